"""Space-aligned tables as a PDF export gives them: a long label wrapped
onto a line of its own, a page number printed between two rows. Either
used to end the table, and its 合计 was checked against half its rows.
Every figure is invented."""
from __future__ import annotations

import pytest

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.table_text import find_tables

HEAD = ("表8  一般公共预算财政拨款“三公”经费支出决算表\n"
        "编制单位：某镇人民政府                                   单位：万元\n"
        "项目                        上年决算数    本年决算数     增减额      增减率\n"
        "合计                          21.30        {total}       -2.70     -12.68%\n"
        "因公出国（境）费                0.00         0.00        0.00\n")
TAIL = ("  其中：公务用车购置费          0.00         0.00        0.00\n"
        "        公务用车运行维护费      14.10        12.40       -1.70     -12.06%\n"
        "公务接待费                     7.20         6.20       -1.00     -13.89%\n")
CUTS = {
    "wrapped label": "公务用车购置及运行维          14.10        12.40       -1.70     -12.06%\n护费\n",
    "long wrap": "公务用车购置及运行维          14.10        12.40       -1.70     -12.06%\n护费（含新能源车辆充电）\n",
    "page number": "公务用车购置及运行维护费      14.10        12.40       -1.70     -12.06%\n                     - 3 -\n",
}


def table_text(cut: str, total: str = "18.60") -> str:
    return HEAD.format(total=total) + CUTS[cut] + TAIL


@pytest.mark.parametrize("cut", sorted(CUTS))
def test_the_table_goes_on_past_the_cut(cut):
    (table,) = find_tables(table_text(cut))
    assert [r.label for r in table.rows][-1] == "公务接待费"
    assert len(table.rows) == 6
    assert run(Document("r.txt", table_text(cut)), active_rules()).findings == []


@pytest.mark.parametrize("cut", sorted(CUTS))
def test_a_total_off_its_rows_is_still_found(cut):
    found = run(Document("r.txt", table_text(cut, total="16.80")), active_rules()).findings
    assert found and all(f.location.line == 4 for f in found)
    # 0.00 + 12.40 + 6.20 = 18.60: every part counted, the 公务接待费 row after the cut too
    assert any(f.rule == "FL101" and "12.40" in f.message and "6.20" in f.message for f in found)


def test_a_wrapped_label_is_joined():
    (table,) = find_tables(table_text("wrapped label"))
    assert table.rows[2].label == "公务用车购置及运行维护费"


WRAPPED_HEADER = ("“三公”经费支出决算表\n单位：万元\n"
                  "项目                      上年        本年        增减额      增减率\n"
                  "                          决算数      决算数\n"
                  "合计                      21.30       18.60       {change}      -12.68%\n"
                  "因公出国（境）费            0.00        0.00        0.00\n"
                  "公务用车购置及运行维护费    14.10       12.40       -1.70      -12.06%\n"
                  "公务接待费                  7.20        6.20       -1.00      -13.89%\n")


def test_a_header_wrapped_onto_a_second_line_names_its_columns():
    (table,) = find_tables(WRAPPED_HEADER.format(change="-2.70"))
    assert table.header == ["项目", "上年决算数", "本年决算数", "增减额", "增减率"]
    assert run(Document("r.txt", WRAPPED_HEADER.format(change="-2.70")), active_rules()).findings == []


def test_the_change_column_under_a_wrapped_header_is_checked():
    found = run(Document("r.txt", WRAPPED_HEADER.format(change="-2.20")), active_rules()).findings
    assert {f.rule for f in found} == {"FL108"}
    assert any("本年决算数 18.60" in f.message and "上年决算数 21.30" in f.message for f in found)
