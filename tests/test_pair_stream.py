"""A funding box of name/value pairs exported one cell a line (no bars, no
header): the first row's pairs, then each lower row's pairs, so the names of
the lower rows recur once per column. Each column's 其中 rows break down the
pair above them; a 其中 list ending in 其他 names every part. Texts are our own.
"""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.table_text import find_tables


def _box(planned_city="120", received_city="86.5", planned_total="300", received_total="206.5") -> str:
    return "\n".join([
        "项目资金情况",
        "计划投资额", "(万元)", planned_total,
        "实际到位资金", "(万元)", received_total,
        "实际使用情况(万元)", "198.2",
        "其中:", "中央财政", "100",
        "其中:", "中央财政", "80",
        "省级财政", "60", "省级财政", "40",
        "市县财政", planned_city, "市县财政", received_city,
        "其他", "20", "其他", "0",
        "二、项目实施情况",
        "",
    ])


def _findings(text: str):
    return [f for f in run(Document("box.txt", text), active_rules(["FL1"])).findings
            if f.severity in ("error", "warning")]


def test_each_column_of_the_box_is_a_table_of_its_own_rows():
    tables = [t for t in find_tables(_box()) if t.layout == "pair-stream"]
    assert [[r.label for r in t.rows] for t in tables] == [
        ["计划投资额", "其中：中央财政", "省级财政", "市县财政", "其他"],
        ["实际到位资金", "其中：中央财政", "省级财政", "市县财政", "其他"],
    ]
    assert [t.unit for t in tables] == ["万元", "万元"]
    assert [[r.cells[1].text for r in t.rows] for t in tables] == [
        ["300", "100", "60", "120", "20"], ["206.5", "80", "40", "86.5", "0"]]


def test_a_consistent_box_gives_no_finding():
    assert _findings(_box()) == []


def test_a_part_that_breaks_its_columns_sum_is_found_in_that_column():
    found = _findings(_box(received_city="68.5"))
    assert [(f.rule, f.line) for f in found] == [("FL101", 7)]  # 实际到位资金's value
    assert "68.5" in found[0].message and "206.5" in found[0].message
    # the row is named; the value column has no name in the document
    assert "row 实际到位资金:" in found[0].message and "数值" not in found[0].message


def test_a_total_that_breaks_its_sum_is_found():
    found = _findings(_box(planned_total="330"))
    assert [(f.rule, f.line) for f in found] == [("FL101", 4)]


def test_a_list_without_the_rest_is_partial():
    text = _box(planned_total="330").replace("其他\n20\n其他\n0\n", "")
    # 中央 + 省级 + 市县 = 280 is below 330: a 其中 list that may leave parts out
    assert _findings(text) == []


def test_a_list_with_the_rest_above_its_total_is_still_found_without_it():
    text = _box(planned_total="250").replace("其他\n20\n其他\n0\n", "")
    assert [f.rule for f in _findings(text)] == ["FL101"]  # 280 > 250


def test_lines_that_are_no_grid_of_pairs_make_no_table():
    # names and numbers one a line with no 其中 rows, or lower rows whose
    # names do not recur column by column
    flat = "\n".join(["收入合计", "120", "支出合计", "118", "年末结余", "2", ""])
    ragged = "\n".join(["计划投资额", "300", "实际到位资金", "200", "其中:", "中央财政", "100",
                        "其中:", "省级财政", "80", "市县财政", "10", ""])
    assert [t for t in find_tables(flat) if t.layout == "pair-stream"] == []
    assert [t for t in find_tables(ragged) if t.layout == "pair-stream"] == []


def test_a_pipe_table_whose_list_ends_with_the_rest_sums_exactly():
    rows = ["| 项目 | 金额（万元） |", "| 收入合计 | 500 |", "| 其中：财政拨款收入 | 300 |",
            "| 事业收入 | 120 |", "| 其他收入 | 50 |", ""]
    assert [f.rule for f in _findings("\n".join(rows))] == ["FL101"]  # 470 ≠ 500
    without_rest = rows[:4] + rows[5:]
    assert _findings("\n".join(without_rest)) == []  # 420 ≤ 500: partial
