"""Readings a sixteenth set of reports, written blind to the linter, showed
wrong or missed: each consistent passage is silent, and a slip planted in
it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


def test_the_report_following_is_not_the_list_a_count_names():
    text = ("我街道对2023年度实施的老旧小区改造、社区居家养老服务、城区环境卫生保洁三个项目开展了绩效自评，现将有关情况报告如下。\n\n"
            "一、老旧小区改造项目\n1.资金到位及执行情况。该项目计划安排资金300.00万元。\n2.产出情况。完成改造8个。\n"
            "3.效益情况。满意度96%。\n4.自评得分。该项目自评得分97.25分。\n")
    assert counted(text, ("FL204",)) == []


def test_a_grand_totals_parts_are_a_whole_and_what_was_carried_over():
    text = ("2023年度收入总计42000.00万元，其中：本年收入41000.00万元，年初结转和结余1000.00万元。"
            "支出总计42000.00万元，其中：本年支出40500.00万元，年末结转和结余1500.00万元。\n")
    assert counted(text) == []
    assert counted(text.replace("年末结转和结余1500.00", "年末结转和结余1050.00")) == ["FL101"]


def test_a_change_in_percentage_points_between_two_years_rates():
    text = "2023年药占比为27.85%，较上年的26.10%提高1.75个百分点。床位使用率92.4%，比上年下降2.1个百分点。\n"
    assert counted(text) == []
    assert counted(text.replace("提高1.75", "提高2.75")) == ["FL104"]
    assert counted(text.replace("提高1.75", "下降1.75")) == ["FL104"]  # the direction too
