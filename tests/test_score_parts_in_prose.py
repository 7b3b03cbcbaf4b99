"""A self-evaluation's total score and its first-level scores stated in the
next sentence (分项得分为：…): the parts add up to the total (FL101). Every
figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(["FL101"])).findings if f.severity != "info"]


RIGHT = ("三、自评结论\n经综合评定，2024年度农村道路提升项目自评得分96.45分，等级为“优”。"
         "分项得分为：预算执行率9.80分，产出指标47.15分，效益指标29.50分，满意度指标10.00分。\n")


def test_first_level_scores_after_the_total_add_up_to_it():
    assert counted(RIGHT) == []
    assert counted(RIGHT.replace("效益指标29.50分", "效益指标28.50分")) == ["FL101"]


def test_first_level_scores_with_no_total_before_them_are_no_sum():
    text = "三、自评结论\n分项得分为：预算执行率9.80分，产出指标47.15分，效益指标29.50分，满意度指标10.00分。\n"
    assert counted(text) == []
