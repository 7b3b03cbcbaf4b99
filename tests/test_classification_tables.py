"""A 决算 table by the budget classification: a 科目编码 column (类 201, 款
20101, 项 2010101) beside the 科目名称. The codes are no amounts and no
second side of the table; they nest the rows (类 = Σ 款, 款 = Σ 项, 合计 = Σ
类), and every row's 本年支出合计 = 基本支出 + 项目支出 (the form). Every
figure is invented."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.analysis import analyse
from fiscallint.understanding.table_model import side_models

ROWS = [("", "合计", "1,211.58", "673.20", "538.38"),
        ("201", "一般公共服务支出", "{general}", "512.30", "140.00"),
        ("20101", "人大事务", "25.60", "25.60", "0.00"),
        ("2010108", "代表工作", "25.60", "25.60", "0.00"),
        ("20103", "政府办公厅（室）及相关机构事务", "626.70", "486.70", "140.00"),
        ("2010301", "行政运行", "486.70", "486.70", "0.00"),
        ("2010350", "事业运行", "140.00", "0.00", "140.00"),
        ("208", "社会保障和就业支出", "160.90", "160.90", "0.00"),
        ("20805", "行政事业单位养老支出", "160.90", "160.90", "0.00"),
        ("2080505", "机关事业单位基本养老保险缴费支出", "110.20", "110.20", "0.00"),
        ("2080506", "机关事业单位职业年金缴费支出", "50.70", "50.70", "0.00"),
        ("213", "农林水支出", "398.38", "0.00", "398.38"),
        ("21307", "农村综合改革", "398.38", "0.00", "398.38"),
        ("2130705", "对村民委员会和村党支部的补助", "398.38", "0.00", "398.38")]


def table(general: str = "652.30") -> str:
    lines = ["表5 一般公共预算财政拨款支出决算表", "单位：万元", "| 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |"]
    lines += ["| " + " | ".join(c.format(general=general) for c in row) + " |" for row in ROWS]
    return "\n".join(lines) + "\n"


def test_the_codes_nest_the_rows_and_name_nothing():
    (model,) = side_models(analyse(Document("r.txt", table())))
    labels = [r.label for r in model.rows]
    assert labels[:3] == ["合计", "一般公共服务支出", "人大事务"]
    parent = {r.label: (labels[r.parent] if r.parent is not None else None) for r in model.rows}
    assert parent["一般公共服务支出"] == "合计"
    assert parent["人大事务"] == "一般公共服务支出"
    assert parent["行政运行"] == "政府办公厅（室）及相关机构事务"
    assert parent["农林水支出"] == "合计"


def test_a_consistent_classification_table_is_silent():
    assert run(Document("r.txt", table()), active_rules()).findings == []


def test_a_slip_in_a_class_row_breaks_both_of_its_sums():
    found = run(Document("r.txt", table(general="625.30")), active_rules()).findings
    assert {f.rule for f in found} == {"FL101"}
    messages = " ".join(f.message for f in found)
    assert "512.30" in messages and "140.00" in messages  # 基本 + 项目 across its row
    assert "25.60" in messages and "626.70" in messages  # its 款 down its column
    assert any(f.location.line == 4 for f in found)  # and the 合计's 类 down the column


FUND = """表8 政府性基金预算财政拨款收入支出决算表
单位：万元
| 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 |
| 合计 | 12.50 | 126.00 | 130.40 | {end} |
| 城乡社区支出 | 12.50 | 126.00 | 130.40 | 8.10 |
| 国有土地使用权出让收入安排的支出 | 12.50 | 126.00 | 130.40 | 8.10 |
| 农林水支出 | 0.00 | 40.00 | 35.00 | 5.00 |
| 大中型水库移民后期扶持基金支出 | 0.00 | 30.00 | 26.00 | 4.00 |
| 小型水库移民扶助基金安排的支出 | 0.00 | 10.00 | 9.00 | 1.00 |
"""


def test_rows_without_codes_that_break_down_the_row_before_them_are_its_children():
    # 合计 = 城乡社区支出 + 农林水支出; each 类's 款 rows add up to it in every column
    text = FUND.format(end="13.10").replace("| 合计 | 12.50 | 126.00 | 130.40 |", "| 合计 | 12.50 | 166.00 | 165.40 |")
    assert run(Document("r.txt", text), active_rules()).findings == []
    broken = text.replace("| 合计 | 12.50 | 166.00 | 165.40 | 13.10 |", "| 合计 | 12.50 | 166.00 | 165.40 | 18.10 |")
    found = run(Document("r.txt", broken), active_rules()).findings
    assert found and all(f.location.line == 4 for f in found)
    assert any(f.rule == "FL101" and "8.10" in f.message and "5.00" in f.message and "4.00" not in f.message for f in found)


def test_three_levels_without_codes_are_read_by_their_sums():
    # the 科目编码 column dropped: 类, 款 and 项 rows are told apart by what adds up to what
    text = "\n".join(line.replace("| 科目编码 | 科目名称 |", "| 科目名称 |") if line.startswith("| 科目编码") else
                     ("| " + line.split(" | ", 1)[1] if line.startswith("| ") else line)
                     for line in table().split("\n"))
    assert "| 合计 | 1,211.58" in text and "201" not in text
    assert run(Document("r.txt", text), active_rules()).findings == []
    (model,) = side_models(analyse(Document("r.txt", text)))
    labels = [r.label for r in model.rows]
    parent = {r.label: (labels[r.parent] if r.parent is not None else None) for r in model.rows}
    assert parent["行政运行"] == "政府办公厅（室）及相关机构事务"
    assert parent["机关事业单位职业年金缴费支出"] == "行政事业单位养老支出"
    assert parent["农林水支出"] == "合计"


def split_table(general: str = "652.30", repeat_levels: bool = True) -> str:
    """The same table with its code split into 类 | 款 | 项 cells under a
    spanning 科目编码, the lower header row losing its trailing blanks;
    ``repeat_levels`` False writes only each row's own part (03, not 201 | 03)."""
    lines = ["表5 一般公共预算财政拨款支出决算表", "单位：万元",
             "| 科目编码 | | | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |", "| 类 | 款 | 项 |"]
    for code, *rest in ROWS:
        parts = [code[:3], code[3:5], code[5:7]]
        if not repeat_levels and len(code) > 3:
            parts = ["" if k < len(code) // 2 - 1 else p for k, p in enumerate(parts)]
        cells = parts + [c.format(general=general) for c in rest]
        # a blank cell between bars keeps its place ("| 0.00 | |" would be read short)
        lines.append("| " + " | ".join(c.replace("0.00", "") if c == "0.00" else c for c in cells) + " |")
    return "\n".join(lines) + "\n"


def test_codes_split_into_class_section_item_cells_nest_the_rows():
    for repeat in (True, False):
        (model,) = side_models(analyse(Document("r.txt", split_table(repeat_levels=repeat))))
        labels = [r.label for r in model.rows]
        parent = {r.label: (labels[r.parent] if r.parent is not None else None) for r in model.rows}
        assert parent["一般公共服务支出"] == "合计", repeat
        assert parent["人大事务"] == "一般公共服务支出", repeat
        assert parent["行政运行"] == "政府办公厅（室）及相关机构事务", repeat
        assert parent["机关事业单位职业年金缴费支出"] == "行政事业单位养老支出", repeat


def test_a_split_code_table_is_silent_when_consistent_and_finds_a_slip():
    for repeat in (True, False):
        assert run(Document("r.txt", split_table(repeat_levels=repeat)), active_rules()).findings == [], repeat
        found = run(Document("r.txt", split_table("625.30", repeat_levels=repeat)), active_rules()).findings
        assert {f.rule for f in found} == {"FL101"}, repeat
        messages = " ".join(f.message for f in found)
        assert "626.70" in messages and "512.30" in messages, repeat
        assert "201 " not in messages and "03 " not in messages  # the codes are no amounts


def as_tabs(text: str) -> str:
    """The same rows copied out of Word: a tab between cells, one for every
    cell, blank ones at the end of a row included."""
    return "\n".join("\t".join(c.strip() for c in line.strip()[1:-1].split("|")) if line.startswith("|") else line
                     for line in text.splitlines()) + "\n"


def test_a_split_code_table_copied_with_tabs_keeps_its_blank_last_cells():
    assert run(Document("r.txt", as_tabs(split_table())), active_rules()).findings == []
    found = run(Document("r.txt", as_tabs(split_table("625.30"))), active_rules()).findings
    assert {f.rule for f in found} == {"FL101"}
    assert "626.70" in " ".join(f.message for f in found)
