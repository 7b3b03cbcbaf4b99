"""Flattened tables: the four layouts a report's tables reach us in, and the
checks fiscallint makes inside a table and between a table and the prose.

Every text below is invented (names and figures). For each layout:
``find_tables`` rebuilds the header, the rows and the declared unit; the
consistent table gives no finding; the same table with one cell broken
beyond rounding gives exactly one finding, of the expected rule, on the
stated number's line and column.
"""
from __future__ import annotations

import pytest

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.table_text import find_tables


# ---------------------------------------------------------------- helpers
def findings(text: str):
    """The findings of every rule enabled by default."""
    return run(Document("report.txt", text), active_rules()).findings


def where(text: str, line_no: int, number: str, nth: int = 1) -> tuple[int, int]:
    """(line, column) of the ``nth`` occurrence of ``number`` on line ``line_no``."""
    line = text.split("\n")[line_no - 1]
    col = -1
    for _ in range(nth):
        col = line.index(number, col + 1)
    return line_no, col + 1


def only(text: str, rule: str, line_no: int, number: str, nth: int = 1):
    """Exactly one finding, of ``rule``, on ``number`` of line ``line_no``."""
    got = findings(text)
    assert [(f.rule, f.line, f.column) for f in got] == [(rule, *where(text, line_no, number, nth))], \
        "\n".join(f"{f.rule} {f.line}:{f.column} {f.message}" for f in got)
    return got[0]


def silent(text: str) -> None:
    got = findings(text)
    assert got == [], "\n".join(f"{f.rule} {f.line}:{f.column} {f.message}" for f in got)


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def cells(row) -> list[str]:
    return [c.text for c in row.cells]


# ---------------------------------------------------------------- pipe rows
PIPE = """附表1：2024年支出决算表
项目 | 年初预算数（万元） | 全年预算数 | 全年执行数
合计 | 1,250.00 | 1,380.40 | 1,302.15
基本支出 | 820.00 | 846.20 | 840.05
其中：人员经费 | 700.00 | 712.60 | 710.30
公用经费 | 120.00 | 133.60 | 129.75
项目支出 | 430.00 | 534.20 | 462.10
以上数据均为财政拨款。
"""


def test_pipe_rows_are_rebuilt():
    (t,) = find_tables(PIPE)
    assert t.layout == "pipe"
    assert t.header == ["项目", "年初预算数（万元）", "全年预算数", "全年执行数"]
    assert t.unit == "万元"
    assert [r.label for r in t.rows] == ["合计", "基本支出", "其中：人员经费", "公用经费", "项目支出"]
    assert [r.line for r in t.rows] == [3, 4, 5, 6, 7]
    assert cells(t.rows[0]) == ["合计", "1,250.00", "1,380.40", "1,302.15"]
    # every cell keeps its offsets in the text
    for r in t.rows:
        for c in r.cells:
            assert PIPE[c.start:c.end] == c.text


def test_pipe_rows_consistent_table_is_silent():
    silent(PIPE)


def test_pipe_rows_total_row_broken():
    # 合计 (全年执行数) 1,312.15, but 840.05 + 462.10 = 1,302.15
    text = replace_once(PIPE, "1,302.15", "1,312.15")
    f = only(text, "FL101", 3, "1,312.15")
    assert "840.05" in f.message and "462.10" in f.message and "1302.15" in f.message.replace(",", "")


def test_pipe_rows_qizhong_part_broken():
    # 其中：人员经费 720.60 + 公用经费 133.60 = 854.20, not the 846.20 of 基本支出;
    # the total row still adds up (846.20 + 534.20 = 1,380.40)
    text = replace_once(PIPE, "712.60", "720.60")
    got = findings(text)
    assert ("FL101", *where(text, 4, "846.20")) in [(f.rule, f.line, f.column) for f in got]


def test_pipe_rows_qizhong_part_broken_is_reported_once():
    text = replace_once(PIPE, "712.60", "720.60")
    only(text, "FL101", 4, "846.20")


def test_qizhong_row_listing_selected_items_is_not_a_sum():
    text = """项目支出明细表（万元）
项目 | 全年预算数 | 全年执行数
项目支出 | 534.20 | 462.10
其中：村道硬化工程 | 220.00 | 205.40
人居环境整治 | 96.00 | 88.30
"""
    silent(text)  # 220.00 + 96.00 < 534.20: selected items, not all the parts
    # but selected items cannot add up to more than their parent
    only(replace_once(text, "205.40", "405.40"), "FL101", 3, "462.10")


def test_numbered_rows_under_a_head_row():
    text = """项目支出明细表（万元）
项目 | 预算数 | 执行数
项目支出 | 300.00 | 290.00
1、村道硬化工程 | 120.00 | 110.00
2、人居环境整治 | 100.00 | 95.00
3、防汛救灾 | 80.00 | 85.00
"""
    silent(text)
    only(replace_once(text, "| 95.00", "| 85.00"), "FL101", 3, "290.00")


def test_subtotal_rows_after_their_parts_are_not_counted_twice():
    text = """支出明细表（万元）
项目 | 预算数 | 决算数
合计 | 215.00 | 200.00
人员经费 | 105.00 | 100.00
公用经费 | 25.00 | 20.00
小计 | 130.00 | 120.00
村道硬化 | 52.00 | 50.00
环境整治 | 33.00 | 30.00
小计 | 85.00 | 80.00
"""
    silent(text)


# ---------------------------------------------------------------- pipe stream
STREAM = """“三公”经费支出情况表（万元）
项目 |
预算数 |
决算数 |
合计 |
25.60 |
21.35 |
因公出国（境）费 |
0 |
0 |
公务用车购置及运行维护费 |
10.40 |
9.15 |
公务接待费 |
15.20 |
12.20 |
"""


def test_pipe_stream_is_rebuilt():
    (t,) = find_tables(STREAM)
    assert t.layout == "pipe-stream"
    assert t.header == ["项目", "预算数", "决算数"]
    assert t.unit == "万元"
    assert [r.label for r in t.rows] == ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"]
    assert [r.line for r in t.rows] == [5, 8, 11, 14]
    assert [cells(r) for r in t.rows][2] == ["公务用车购置及运行维护费", "10.40", "9.15"]


def test_pipe_stream_consistent_table_is_silent():
    silent(STREAM)


def test_pipe_stream_broken_cell():
    # 0 + 9.15 + 13.20 = 22.35, 合计 决算数 says 21.35
    text = replace_once(STREAM, "12.20 |", "13.20 |")
    f = only(text, "FL101", 7, "21.35")
    assert "13.20" in f.message and "22.35" in f.message


# ---------------------------------------------------------------- tab cells
TAB = (
    "附件1\n"
    "部门支出决算表\n"
    "\t项目（万元）\n"
    "\t年初预算\n"
    "数\n"
    "\t全年执行\n"
    "数\n"
    "\n"
    "\t合计\n"
    "\t960.00\n"
    "\t931.42\n"
    "\n"
    "\t基本支出\n"
    "\t610.00\n"
    "\t605.18\n"
    "\n"
    "\t项目支出\n"
    "\t350.00\n"
    "\t326.24\n"
    "\n"
    "说明：以上数据来自部门决算报表。\n"
)


def test_tab_cells_are_rebuilt_with_wrapped_header():
    (t,) = find_tables(TAB)
    assert t.layout == "tab-cells"
    assert t.header == ["项目（万元）", "年初预算数", "全年执行数"]  # 年初预算 / 数 joined
    assert t.unit == "万元"
    assert [r.label for r in t.rows] == ["合计", "基本支出", "项目支出"]
    assert [r.line for r in t.rows] == [9, 13, 17]
    assert cells(t.rows[1]) == ["基本支出", "610.00", "605.18"]
    for r in t.rows:
        for c in r.cells:
            assert TAB[c.start:c.end] == c.text


def test_tab_cells_unit_declared_above_the_table():
    text = TAB.replace("部门支出决算表\n", "部门支出决算表\n金额单位：万元\n").replace("项目（万元）", "项目")
    (t,) = find_tables(text)
    assert t.header == ["项目", "年初预算数", "全年执行数"]
    assert t.unit == "万元"


def test_tab_cells_consistent_table_is_silent():
    silent(TAB)


def test_tab_cells_broken_cell():
    # 605.18 + 336.24 = 941.42, 合计 全年执行数 says 931.42
    text = replace_once(TAB, "326.24", "336.24")
    f = only(text, "FL101", 11, "931.42")
    assert "605.18" in f.message and "336.24" in f.message and "941.42" in f.message


# ---------------------------------------------------------------- columns
COLUMNS = """2024年政府采购情况
金额单位：万元
类别      预算金额      实际采购金额
合计      186.50      172.35
货物类      62.30      58.10
工程类      90.00      85.05
服务类      34.20      29.20

以上为本年度政府采购情况。
"""


def test_columns_are_rebuilt():
    (t,) = find_tables(COLUMNS)
    assert t.layout == "columns"
    assert t.header == ["类别", "预算金额", "实际采购金额"]
    assert t.unit == "万元"
    assert [r.label for r in t.rows] == ["合计", "货物类", "工程类", "服务类"]
    assert [r.line for r in t.rows] == [4, 5, 6, 7]
    assert cells(t.rows[3]) == ["服务类", "34.20", "29.20"]


def test_columns_consistent_table_is_silent():
    silent(COLUMNS)


def test_columns_broken_cell():
    # 58.10 + 85.05 + 39.20 = 182.35, 合计 says 172.35
    text = replace_once(COLUMNS, "29.20", "39.20")
    f = only(text, "FL101", 4, "172.35")
    assert "182.35" in f.message


def test_columns_broken_total_in_the_budget_column():
    text = replace_once(COLUMNS, "186.50", "168.50")
    only(text, "FL101", 4, "168.50")


# ---------------------------------------------------------------- rate column
RATES = """项目资金执行情况表（万元）
项目名称 | 全年预算数 | 全年执行数 | 执行率
村道硬化工程 | 320.00 | 301.44 | 94.20%
饮水安全巩固 | 85.50 | 85.50 | 100.00%
人居环境整治 | 146.00 | 118.26 | 81.00%
"""


def test_rate_column_consistent():
    silent(RATES)


def test_rate_column_broken():
    # 118.26 / 146.00 = 81.00%, stated 86.00%
    text = replace_once(RATES, "81.00%", "86.00%")
    f = only(text, "FL103", 5, "86.00%")
    assert "118.26" in f.message and "146.00" in f.message and "81.00" in f.message


def test_rate_column_without_percent_signs():
    # the column's name gives the unit: 执行率（%） over bare numbers
    text = RATES.replace("| 执行率", "| 执行率（%）").replace("%\n", "\n")
    assert "94.20\n" in text
    silent(text)
    only(replace_once(text, "81.00", "86.00"), "FL103", 5, "86.00")


def test_rate_column_rounding_is_not_a_contradiction():
    # 301.44 / 320.00 = 94.2%: written 94% it stands for [93.5%, 94.5%]
    silent(replace_once(RATES, "94.20%", "94%"))


# ---------------------------------------------------------------- score table
SCORES = """项目支出绩效自评表
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
产出指标（20分） | 数量指标 | 改造农村危房户数 | 40 | 36 | 10 | 9
 | 质量指标 | 验收合格率 | 100% | 100% | 10 | 10
效益指标（10分） | 社会效益 | 受益群众人数 | 500 | 520 | 10 | 10
总分 | | | | | 30 | 29
"""


def test_score_table_is_rebuilt():
    (t,) = find_tables(SCORES)
    assert t.header == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    assert [r.label for r in t.rows] == ["改造农村危房户数", "验收合格率", "受益群众人数", "总分"]


def test_score_table_consistent():
    # 9 = 10 × 36/40; 10 = 10 × min(1, 520/500); 20 = 10 + 10; 30 = Σ 分值; 29 = Σ 得分
    silent(SCORES)


def test_score_above_its_points():
    # 10.5 > 10; the 总分 (29 beside 10.5: exact) no longer adds up either
    text = replace_once(SCORES, "| 10 | 9\n", "| 10 | 10.5\n")
    (f,) = [f for f in findings(text) if f.rule == "FL301"]
    assert (f.line, f.column) == where(text, 3, "10.5") and "分值" in f.message
    assert [f.rule for f in findings(text)] == ["FL301", "FL101"]


def test_a_whole_score_beside_decimal_ones_is_exact():
    """"29" in a 得分 column that writes "10.5" elsewhere is 29, not 28.5 to
    29.5: the 总分 no longer adds up once one score changes."""
    text = replace_once(SCORES, "| 10 | 9\n", "| 10 | 8.5\n")
    assert {f.rule for f in findings(text)} == {"FL301", "FL101"}


def test_score_not_proportional_to_the_outcome():
    # 36 of 40 earns 9 of 10 points, not 8 (总分 lowered with it: 28)
    text = replace_once(replace_once(SCORES, "| 10 | 9\n", "| 10 | 8\n"), "| 30 | 29", "| 30 | 28")
    assert text.split("\n")[2].count("8") == 1
    f = only(text, "FL301", 3, "8")
    assert "36" in f.message and "40" in f.message


def test_first_level_points_against_their_rows():
    text = replace_once(SCORES, "产出指标（20分）", "产出指标（25分）")
    f = only(text, "FL101", 3, "25")
    assert "20" in f.message


def test_total_score_against_the_sum_of_scores():
    text = replace_once(SCORES, "| 30 | 29", "| 30 | 26")
    only(text, "FL101", 6, "26")


def test_total_points_against_the_sum_of_points():
    text = replace_once(SCORES, "| 30 | 29", "| 35 | 29")
    only(text, "FL101", 6, "35")


FUNDS = """项目支出绩效自评表（万元）
项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 200.00 | 240.00 | 216.00 | 10 | 90.00% | 9.00
"""


def test_execution_rate_row_scores_points_times_rate():
    # 216.00 / 240.00 = 90.00%; 10 × 90.00% = 9.00
    silent(FUNDS)


def test_execution_rate_row_score_broken():
    text = replace_once(FUNDS, "| 9.00", "| 9.50")
    f = only(text, "FL301", 3, "9.50")
    assert "90.00%" in f.message


def test_execution_rate_row_rate_broken():
    text = replace_once(FUNDS, "90.00%", "95.00%")
    got = [(f.rule, f.line, f.column) for f in findings(text)]
    # the rate disagrees with 216.00 / 240.00 (and the score with 10 × 95%)
    assert ("FL103", *where(text, 3, "95.00%")) in got


def test_placeholder_cells_at_the_end_of_a_row_keep_the_columns():
    text = """资金执行情况（万元）
项目 | 全年预算数 | 全年执行数 | 得分
年度资金总额 | 240.00 | 216.00 | 9.00
其中：财政拨款 | 240.00 | 216.00 | —
"""
    silent(text)


def test_score_of_a_ceiling_target_is_not_checked_as_proportional():
    # a target written as a ceiling (≤5%) is scored the other way
    text = replace_once(SCORES, "| 验收合格率 | 100% | 100% | 10 | 10", "| 返工率 | ≤5% | 3% | 10 | 10")
    silent(text)


# ---------------------------------------------------------------- table vs prose
CROSS = """2024年度部门整体支出绩效自评报告
2024年本年支出1,302.15万元，其中基本支出{prose}万元。

附表：2024年支出情况（万元）
项目 | 2024年预算数 | 2024年决算数
基本支出 | 846.20 | 840.05
项目支出 | 534.20 | 462.10
"""


def test_prose_agrees_with_the_table_outturn():
    silent(CROSS.format(prose="840.05"))


def test_prose_against_the_table_outturn_of_the_same_year():
    text = CROSS.format(prose="850.05")
    f = only(text, "FL106", 6, "840.05")
    assert "850.05" in f.message and f.related[0].line == 2


def test_prose_against_the_budget_column_is_no_contradiction():
    # 846.20 is the budget: another fact than the outturn 850.05 the prose states
    text = CROSS.format(prose="850.05").replace(" | 2024年决算数", "").replace(" | 840.05", "").replace(" | 462.10", "")
    assert "基本支出 | 846.20\n" in text
    silent(text)
    # the prose agrees with the outturn column and differs from the budget one
    silent(CROSS.format(prose="840.05"))


def test_prose_against_another_year_of_the_table_is_no_contradiction():
    text = CROSS.format(prose="850.05").replace("2024年预算数", "2023年决算数").replace("846.20", "790.66")
    text = replace_once(text, "| 840.05", "| 850.05")
    silent(text)


GROWTH = """2024年度部门整体支出绩效自评报告
2024年基本支出840.05万元，较上年减少{rate}。

附表：基础数据表（万元）
项目 | 2023年决算数 | 2024年预算数 | 2024年决算数
基本支出 | 886.12 | 846.20 | 840.05
项目支出 | 412.30 | 534.20 | 462.10
"""


def test_growth_rate_against_last_years_table_figure():
    # (886.12 − 840.05) / 886.12 = 5.199%
    silent(GROWTH.format(rate="5.20%"))


def test_growth_rate_against_last_years_table_figure_broken():
    text = GROWTH.format(rate="6.20%")
    f = only(text, "FL105", 2, "6.20%")
    assert "886.12" in f.message and "5.199" in f.message
    assert {r.line for r in f.related} == {2, 6}


def test_header_without_a_label_column_aligns_every_labelled_row():
    # the header names only the value columns; the 其中 row has one cell
    # more (its trailing 得分 dash), the total row lost its empty 得分 cell
    text = ("部门整体支出绩效自评表\n"
            "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% |\n"
            "其中:当年财政拨款 | 329.77 | 329.77 | 338.31 | — | 102.59% | — |\n")
    from fiscallint.engine import active_rules, run
    from fiscallint.reading import Document

    assert run(Document("t.txt", text), active_rules()).findings == []
    text_bad = text.replace("102.59% |\n其中", "112.59% |\n其中")
    found = run(Document("t.txt", text_bad), active_rules()).findings
    assert [f.rule for f in found] == ["FL103"]


def test_indicator_rows_after_a_funding_breakdown_are_not_its_parts():
    # a form exported one cell a line: 年度资金总额, 其中 本年财政拨款, then
    # indicator rows whose values are counts and scores, not funds
    text = ("绩效目标自评表 (2023年度) |\n年度资金总额: |\n30 |\n其中:本年财政拨款 |\n30 |\n"
            "低保发放人数(按月平均)(≥**人) |\n5 |\n>=21933人 |\n21980人 |\n"
            "特困人员救助供养人数(≥**人) |\n5 |\n>=4754人 |\n4604人 |\n")
    assert [f.rule for f in findings(text) if f.rule == "FL101"] == []


def test_numbered_rows_after_a_closing_total_are_the_next_tables():
    text = ("项 目 | 2019年决算数 | 2020年执行数 |\n"
            "税收收入 | 401 | 431 |\n转移性收入 | 2442 | 2351 |\n收入总计 | 2843 | 2782 |\n"
            "表2 | | |\n"
            "一、一般公共服务支出 | 946 | 965 |\n二、公共安全支出 | 120 | 130 |\n")
    assert [f.rule for f in findings(text) if f.rule == "FL101"] == []


# ---------------------------------------------------------------- rows and cells left blank
BLANK_ROWS = """一、2024年度“三公”经费支出决算表
单位：万元
项 目 | 预 算 数 | 决 算 数 |
合 计 | 6.5 | 5.20 |
因公出国（境）费 | ||
公务接待费 | 2.5 | 1.70 |
公务用车购置及运行维护费 | 4 | 3.50 |
其中：公务用车购置费 | ||
公务用车运行维护费 | 4 | 3.50 |
二、说明
本单位“三公”经费支出预算为6.5万元，决算为5.20万元；公务接待费支出决算1.70万元。
"""


def test_a_pipe_row_of_blank_cells_keeps_the_table_a_grid():
    (t,) = [t for t in find_tables(BLANK_ROWS) if t.rows]
    assert t.layout == "pipe"
    assert t.header[1:] == ["预算数", "决算数"]
    assert [r.label for r in t.rows][:3] == ["合计", "因公出国（境）费", "公务接待费"]
    silent(BLANK_ROWS)  # 2.5 is the 预算数 of 公务接待费 and 1.70 its 决算数: two facts


def test_a_pipe_grid_with_blank_rows_still_adds_up():
    got = findings(replace_once(BLANK_ROWS, "公务接待费 | 2.5 | 1.70 |", "公务接待费 | 2.5 | 1.90 |"))
    # the 决算数 column no longer adds up, and the prose's 1.70 is that cell restated
    assert [(f.rule, f.line) for f in got] == [("FL101", 4), ("FL106", 11)]
    assert "1.90" in got[0].message and "预算数" not in got[0].message.split(":")[0].split(",")[-1]


BLANK_STREAM = "一、2024年度“三公”经费支出决算表\n单位：万元\n" + "\n".join(
    f"{c} |" if c else "|" for c in
    ["项 目", "预 算 数", "决 算 数", "合 计", "6.5", "5.20", "因公出国（境）费", "", "", "公务接待费", "2.5", "1.70",
     "公务用车购置及运行维护费", "4", "3.50", "其中：公务用车购置费", "", ""]) + \
    "\n二、说明\n本单位公务接待费预算为2.5万元，支出决算1.70万元。\n"


def test_a_stream_keeps_its_blank_cells_in_place():
    (t,) = find_tables(BLANK_STREAM)
    assert t.layout == "pipe-stream" and t.header == ["项目", "预算数", "决算数"]
    assert [cells(r) for r in t.rows][2] == ["公务接待费", "2.5", "1.70"]
    silent(BLANK_STREAM)


REASONS = """单位：万元
项目 | 2023年预算数 | 2024年预算数 | 2024年预算数增减 | 增减原因 |
合计 | 300.00 | 280.00 | -20.00 | |
公务接待费 | 100.00 | 80.00 | -20.00 | 严格执行中央八项规定，减少接待 |
公务用车费 | 200.00 | 200.00 | 0 | |
"""


def test_a_column_of_reasons_is_not_a_column_of_figures():
    from fiscallint.understanding.table_model import measure_of
    assert measure_of("增减原因") is None and measure_of("偏差原因分析及改进措施") is None
    assert measure_of("2024年预算数增减") == "增减额"
    silent(REASONS)
    got = findings(replace_once(REASONS, "| 80.00 | -20.00 |", "| 80.00 | -30.00 |"))
    # the row's change is 80.00 − 100.00 = −20.00, not −30.00 (the 合计 row's change may be found too)
    assert ("FL108", 4) in [(f.rule, f.line) for f in got]
    assert all("八" not in f.message and f.line in (3, 4) for f in got)


SERIAL = """金额单位：元
序号 | 资金来源 | 批复概算 | 实际到位 | 备注 |
1 | 中央重建资金 | 480000.00 | 480000.00 | |
2 | 捐赠资金 | |||
合计 | 480000.00 | 480000.00 |
"""


def test_a_row_number_is_not_an_amount():
    silent(SERIAL)
    t = [t for t in find_tables(SERIAL) if t.rows][0]
    row = [r for r in t.rows if r.cells and r.cells[0].text == "2"][0]
    assert t.aligned(row)[0].text == "2" and t.aligned(row)[1].text == "捐赠资金"


# A balance table printed in two sides (收入 | 执行数 | 支出 | 执行数) and
# exported one cell a line; the right side runs out first ("||": its two
# cells blank). Invented figures: 本级收入 300 = 税收 200 + 非税 100,
# 转移性收入 500 = 120 + 300 + 80, 转移性支出 100 = 60 + 40, 总计 800 both sides.
TWO_SIDED_STREAM = "\n".join([
    "表1 一般公共预算收支平衡表", "单位：万元",
    "收入 |", "执行数 |", "支出 |", "执行数 |",
    "总计 |", "800 |", "总计 |", "800 |",
    "一、本级收入 |", "300 |", "一、本级支出 |", "700 |",
    "税收 |", "200 |", "二、转移性支出 |", "100 |",
    "非税 |", "100 |", "上解支出 |", "60 |",
    "二、转移性收入 |", "500 |", "结转下年支出 |", "40 |",
    "上级补助收入 |", "120 |", "||",
    "债务收入 |", "300 |", "||",
    "上年结转 |", "80 |",
]) + "\n"


def test_a_two_sided_stream_is_read_a_side_at_a_time_with_its_numbered_sections():
    (table,) = find_tables(TWO_SIDED_STREAM)
    assert table.header == ["收入", "执行数", "支出", "执行数"]
    assert [r.label for r in table.rows][-1] == "上年结转"
    assert findings(TWO_SIDED_STREAM) == []
    # a slip inside a section: 非税 100 → 110 breaks 本级收入 = 税收 + 非税
    broken = TWO_SIDED_STREAM.replace("非税 |\n100 |", "非税 |\n110 |")
    only(broken, "FL101", 12, "300")


def test_a_last_half_row_of_a_two_sided_stream_counts_in_no_sum():
    # nothing says on which side the last pair stands: the sections it could
    # close are left unchecked, the rest still is
    text = TWO_SIDED_STREAM.replace("债务收入 |\n300 |\n||\n上年结转 |\n80 |\n",
                                    "债务收入 |\n300 |\n其他支出 |\n0 |\n上年结转 |\n80 |\n")
    assert find_tables(text)[0].uncertain_rows == {7}
    assert [f.rule for f in findings(text)] == []
    broken = text.replace("税收 |\n200 |", "税收 |\n210 |")
    only(broken, "FL101", 12, "300")


def test_rows_after_a_numbered_row_break_it_down_until_a_part_named_with_a_colon():
    text = "\n".join([
        "表2 支出明细表", "单位：万元",
        "项目 | 本年决算数 |",
        "合计 | 90 |",
        "一、工资福利支出 | 50 |",
        "基本工资 | 30 |",
        "津贴补贴 | 20 |",
        "二、商品和服务支出 | 40 |",
        "办公费 | 40 |",
        "项目支出： | 75 |",
        "业务经费 | 75 |",
    ]) + "\n"
    # 项目支出 is no part of 二、商品和服务支出 (40 ≠ 40 + 75): it opens its own part
    assert [f.rule for f in findings(text)] == []
    only(text.replace("津贴补贴 | 20", "津贴补贴 | 25"), "FL101", 5, "50")


def test_items_numbered_like_the_first_of_a_qiZhong_row_are_its_siblings():
    text = "\n".join([
        "项目 | 上年预算数 | 本年预算数 |",
        "合计 | 50.00 | 60.00 |",
        "1、公务接待费 | 20.00 | 25.00 |",
        "2、公务用车费 | 30.00 | 35.00 |",
        "其中：（1）运行维护费 | 22.00 | 20.00 |",
        "（2）购置费 | 8.00 | 15.00 |",
    ]) + "\n"
    # （2）购置费 is the second 其中 item of 公务用车费, not a third part of 合计
    assert findings(text) == []
    # its 其中 items above it: found on its row (items after 其中 may be partial, never more)
    only(text.replace("2、公务用车费 | 30.00", "2、公务用车费 | 29.00").replace("合计 | 50.00", "合计 | 49.00"),
         "FL101", 4, "29.00")


SCORE_BLOCKS = "\n".join([
    "预算执行情况（10分） | 预算数 | 执行数 | 执行率 | 得分 |",
    "年度资金总额 | 50.00 | 50.00 | 100% | 10 |",
    "一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 得分 |",
    "产出指标 | 数量指标 | 新建道路 | 2公里 | 2公里 | 40 |",
    "效益指标 | 社会效益指标 | 群众出行 | 改善 | 改善 | 30 |",
    "满意度指标 | 满意度 | 群众满意度 | ≥90% | 95% | 20 |",
    "总分 | 100分 |",
]) + "\n"


def test_a_total_score_with_no_points_column_sums_the_scores_of_its_blocks():
    # 总分 100 = the 预算执行 block's 10 + the indicators' 40 + 30 + 20
    assert [f for f in findings(SCORE_BLOCKS) if f.rule == "FL101"] == []
    broken = SCORE_BLOCKS.replace("总分 | 100分", "总分 | 130分")
    assert [(f.rule, f.line) for f in findings(broken) if f.rule == "FL101"] == [("FL101", 7)]


def test_rows_named_more_narrowly_than_a_concept_are_not_that_concept():
    text = "\n".join(["单位：亿元", "项目 |", "预算数 |", "经常性收入合计 |", "7154.36 |", "各项税收 |", "6000.00 |",
                      "其他收入 |", "1154.36 |", "建设性收入合计 |", "1393.03 |", "土地出让收入 |", "1393.03 |"]) + "\n"
    assert [f for f in findings(text) if f.rule == "FL106"] == []


def test_a_two_level_header_packed_to_the_left_spans_its_groups():
    text = "\n".join([
        "项目 | 预算数 | 决算数 | ||||",
        "合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |",
        "公务接待费 | 0.95 | 0.95 | 0.00 | 0.39 | 0.39 | 0.00 |",
        "公务用车运行费 | 2.10 | 2.10 | 0.00 | 1.37 | 1.37 | 0.00 |",
        "总计 | 3.05 | 3.05 | 0.00 | 1.76 | 1.76 | 0.00 |",
        "",
        "2024年公务接待费支出决算0.39万元，公务用车运行费支出决算1.37万元。",
    ]) + "\n"
    (table,) = find_tables(text)
    assert table.header[1] == "预算数 › 合计" and table.header[4] == "决算数 › 合计"
    # the 预算数 column is no 决算 figure stated twice
    assert [f.rule for f in findings(text)] == []
    only(text.replace("| 1.76 | 1.76 | 0.00 |", "| 1.86 | 1.76 | 0.00 |"), "FL101", 5, "1.86")


def test_a_header_whose_last_group_alone_spans_is_read_packed_to_the_left():
    """The 三公 form's header wrapped: 上年/本年 are columns of their own, the
    增减 group alone spans the second header line's names."""
    text = "\n".join([
        "单位：万元",
        "项目 | 2022年决算数 | 2023年决算数 | 比上年增减情况 |",
        "增减金额 | 增减幅度 |",
        "合计 | 12.40 | 10.00 | -2.40 | -19.35% |",
        "公务接待费 | 4.40 | 3.00 | -1.40 | -31.82% |",
        "公务用车购置及运行维护费 | 8.00 | 7.00 | -1.00 | -12.50% |",
    ]) + "\n"
    (table,) = find_tables(text)
    assert table.header[1] == "2022年决算数" and table.header[2] == "2023年决算数"
    assert table.header[3] == "比上年增减情况 › 增减金额"
    assert [f.rule for f in findings(text)] == []
    slipped = text.replace("| 3.00 | -1.40 |", "| 3.00 | -1.20 |")
    # the slipped cell breaks its row (本年 − 上年) and its column (Σ = 合计)
    assert sorted((f.rule, f.line) for f in findings(slipped)) == [("FL108", 4), ("FL108", 5)]


def test_rows_far_wider_than_a_wrapped_header_are_under_no_column():
    """The header wrapped over lines the table did not take in: its last
    line names four columns, the rows have eight; the 序号 under the first
    named column is no 指标分值."""
    text = "\n".join([
        "2024年度部门整体支出绩效自评表",
        "序号 | 一级 指标 |",
        "二级 指标 |",
        "三级 指标 |",
        "指标分值 | 指标解释 | 评分标准 | 自评得分 |",
        "1 | 决策 (10分) | 目标设定 (6分) | 目标合理性 | 3 | 目标是否合理 | 合理得3分 | 3 |",
        "2 | 目标明确性 | 3 | 目标是否明确 | 明确得3分 | 3 |",
        "3 | 资金管理 (4分) | 资金到位率 | 4 | 资金是否到位 | 到位得4分 | 4 |",
    ]) + "\n"
    silent(text)
