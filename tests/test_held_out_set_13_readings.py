"""Readings a thirteenth set of reports (Word files, written blind to the
linter) showed wrong: each consistent passage is silent, and a slip planted
in it is found. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def counted(text: str, select=("FL",)) -> list[str]:
    return [f.rule for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


SECTIONS = ("某县水利局2023年度项目支出绩效自评报告\n一、2023年农村饮水巩固提升工程\n（一）绩效目标完成情况\n"
            "项目设置三级绩效指标9个，经逐项评价，项目自评得分98.20分，自评等级为“优”。\n"
            "二、2023年小型水库除险加固项目\n（一）绩效目标完成情况\n"
            "项目设置三级绩效指标9个，经逐项评价，项目自评得分97.50分，自评等级为“优”。\n"
            "附表2  项目支出绩效自评表\n项目名称 | 2023年小型水库除险加固项目\n"
            "一级指标 | 二级指标 | 分值 | 得分\n产出指标 | 数量指标 | 50 | 48.50\n效益指标 | 社会效益 | 50 | 49.00\n总分 | | 100 | 97.50\n")


def test_scores_under_two_project_sections_are_each_projects_own():
    assert counted(SECTIONS, ("FL106",)) == []
    # the table's 总分 against its own section's prose is still one figure
    assert counted(SECTIONS.replace("总分 | | 100 | 97.50", "总分 | | 100 | 97.60"), ("FL106",)) == ["FL106"]


PARAGRAPH = ("该项目年初预算480.00万元，年中追加40.00万元，全年预算520.00万元，其中财政拨款500.00万元。"
             "财政资金到位500.00万元，到位率100%。截至年底，项目实际支出496.84万元，预算执行率95.55%。"
             "其中财政拨款支出478.24万元，执行率95.65%。\n")


def test_an_execution_rate_of_an_unnamed_actual_is_of_the_budget_its_paragraph_states():
    assert counted(PARAGRAPH) == []
    assert counted(PARAGRAPH.replace("预算执行率95.55%", "预算执行率95.85%")) == ["FL103"]
