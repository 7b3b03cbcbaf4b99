"""A change and its rate whose change words disagree (增加 … 下降):
growth.direction-words-differ (FL105). Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def fl105(text: str):
    return [f for f in run(Document("r.txt", text), active_rules(["FL105"])).findings if f.severity != "info"]


RIGHT = "2024年度机关运行经费支出96.30万元，比上年减少5.70万元，下降5.59%，主要原因是压减一般性支出。"


def test_a_change_and_its_rate_in_one_direction_hold():
    assert fl105(RIGHT) == []


def test_an_amount_said_to_rise_with_a_rate_said_to_fall_is_found_and_the_hint_names_the_word():
    found = fl105(RIGHT.replace("减少5.70万元", "增加5.70万元"))
    assert len(found) == 1
    # 5.70 / (96.30 + 5.70) = 5.59%: the rate fits the rate's own word
    assert "下降" in found[0].message and "5.588" in found[0].message


def test_a_negative_rate_with_a_rising_word_states_its_direction_by_its_sign():
    text = "2024年度机关运行经费支出96.30万元，比上年减少5.70万元，增长-5.59%。"
    assert fl105(text) == []


def test_a_rate_naming_another_subject_is_not_the_amounts():
    text = "2024年度机关运行经费支出96.30万元，比上年增加5.70万元，公务接待费下降40.00%。"
    assert fl105(text) == []
