"""A table that matches a form states the facts its form names (the 三公
table's 合计 row is 三公经费, rules/forms/01_sangong_final.toml [facts]), so
the prose's figure of that fact is read against it: its change from last
year against the table's 上年 column, its value against the same year's
cell. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document

TEXT = ("某镇2024年度部门决算说明\n"
        "本年度“三公”经费支出{now}万元，较上年减少{rate}%。\n"
        "表1 “三公”经费支出决算表（单位：万元）\n"
        "| 项目 | 2023年决算数 | 2024年决算数 |\n"
        "| 合计 | 10.12 | 9.80 |\n"
        "| 公务用车运行维护费 | 6.02 | 6.10 |\n"
        "| 公务接待费 | 4.10 | 3.70 |\n")


def findings(now: str = "9.80", rate: str = "3.16"):
    return run(Document("r.txt", TEXT.format(now=now, rate=rate)), active_rules()).findings


def test_the_prose_agrees_with_the_form_total():
    assert findings() == []  # (10.12 − 9.80) / 10.12 = 3.16%


def test_a_rate_of_change_off_the_tables_figures_is_found():
    found = findings(rate="2.72")
    assert [f.rule for f in found] == ["FL105"]
    assert "10.12" in found[0].message and "(line 5:" in found[0].message


def test_a_table_without_its_forms_words_names_no_fact():
    text = TEXT.format(now="9.80", rate="2.72").replace("表1 “三公”经费支出决算表（单位：万元）", "单位：万元")
    assert run(Document("r.txt", text), active_rules()).findings == []


def test_a_table_header_near_the_top_gives_no_report_year():
    # no title: the report's year is not the first year of a table's header
    # (2023年决算数), so the prose's 本年度 figure is not 2023's stated twice
    text = TEXT.format(now="9.80", rate="3.16").split("\n", 1)[1]
    assert [f.rule for f in run(Document("r.txt", text), active_rules()).findings] == []
