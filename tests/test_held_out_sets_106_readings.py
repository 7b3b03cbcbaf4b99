"""Readings that reports written blind to the linter (sets 106 and later)
and real passages judged in session 24 showed wrong or missed: each
consistent passage is silent, and a slip planted in it is found. Every
figure is invented."""
from __future__ import annotations

from readings import counted, findings


# ---------------------------------------------------------------- a classification whose classes' counts add up
def _classes(road_funds: str = "2,218.40") -> str:
    return ("全年共建设项目96个、安排专项资金6,450.20万元，按建设内容分：道路项目41个，"
            f"资金{road_funds}万元；水利项目35个，资金2,871.60万元；产业项目20个，资金1,360.20万元。\n")


def test_a_classification_after_a_total_is_read_whole_when_its_counts_add_up():
    # 41 + 35 + 20 = 96 projects: every class is named, so the amounts add up to the total too
    assert counted(_classes()) == []
    found = findings(_classes("2,281.40"))
    assert [f.rule for f in found] == ["FL101"]
    assert "6,450.20" in found[0].message and "2,281.40" in found[0].message


def test_a_classification_after_a_total_stays_partial_when_its_counts_fall_short():
    # 41 + 35 = 76 of 96 projects: the classes named are only some, so the amounts may fall short
    text = ("全年共建设项目96个、安排专项资金6,450.20万元，按建设内容分：道路项目41个，资金2,218.40万元；"
            "水利项目35个，资金2,871.60万元。\n")
    assert counted(text) == []
