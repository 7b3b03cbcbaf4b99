"""A form exported one cell a line whose columns are named by year and
phase only (2023年决算数 / 2024年预算数 / 2024年决算数: a 部门整体支出绩效评价
基础数据表's 经费控制情况): read as a table under an unnamed label column,
its rows' numbers in the columns' order. Every figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.table_text import find_tables
from fiscallint.support.lexicon import default_lexicon

ROWS = [("三公经费:", "12.50", "10.00", "{sangong}"), ("1、公务用车购置和维护经费", "8.20", "6.00", "6.10"),
        ("其中:公车购置", "0", "0", "0"), ("公车运行维护", "8.20", "6.00", "6.10"), ("2、出国经费", "0", "0", "0"),
        ("3、公务接待", "4.30", "4.00", "3.70"), ("项目支出:", "920.40", "650.00", "1,012.36"),
        ("公用经费", "98.60", "90.00", "101.25"), ("其中:办公经费", "30.12", "28.00", "31.40"),
        ("水费、电费、差旅费", "10.35", "9.00", "11.02")]


def form(sangong: str = "9.80") -> str:
    cells = ["2024年度部门整体支出绩效评价基础数据表", "经费控制情况(万元)", "2023年决算数", "2024年预算数", "2024年决算数"]
    for row in ROWS:
        cells += [c.format(sangong=sangong) for c in row]
    return "\n\n".join(cells) + "\n"


def test_the_columns_named_by_year_and_phase_head_the_rows():
    (table,) = find_tables(form(), tuple(default_lexicon().form_headers))
    assert table.header == ["项目", "2023年决算数", "2024年预算数", "2024年决算数"]
    assert [r.label for r in table.rows][:2] == ["三公经费:", "1、公务用车购置和维护经费"]
    assert [c.text for c in table.rows[0].cells] == ["三公经费:", "12.50", "10.00", "9.80"]


def test_the_form_adds_up_and_a_slip_in_it_is_found():
    assert run(Document("r.txt", form()), active_rules()).findings == []
    found = run(Document("r.txt", form(sangong="9.30")), active_rules()).findings
    assert [f.rule for f in found] == ["FL101"]
    assert "6.10" in found[0].message and "3.70" in found[0].message and "9.30" in found[0].message


def test_two_period_names_alone_are_no_header():
    text = "\n\n".join(["经费控制情况", "2023年决算数", "2024年决算数", "三公经费", "12.50", "9.80"]) + "\n"
    assert find_tables(text, tuple(default_lexicon().form_headers)) == []
