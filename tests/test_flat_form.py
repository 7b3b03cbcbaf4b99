"""A 项目支出绩效自评表 flattened onto one line by a PDF export, its cells
separated by spaces: the funding block is read as the form it is (our own
texts, shaped like real exports)."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document
from fiscallint.understanding.table_text import find_tables
from fiscallint.support.lexicon import default_lexicon

_HEAD = ("附件: 项目支出绩效自评表 (2023年度) 项目名称 道路养护经费 主管部门 某镇人民政府 "
         "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ")
_INDICATORS = (" 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
               "产出指标(50分) 数量指标 养护道路里程 =12公里 12 10 10 质量指标 验收合格率 ≥95% 98% 10 10\n")


def _form(total: str) -> str:
    return _HEAD + f"年度资金总额: {total} 10 100% 10 其中:本年财政拨款 60 58.5 58.5 上年结转资金 其他资金" + _INDICATORS


def _findings(text: str):
    return [f for f in run(Document("form.txt", text), active_rules(["FL1", "FL3"])).findings
            if f.severity in ("error", "warning")]


def _forms(text: str):
    return find_tables(text, tuple(default_lexicon().form_headers))


def test_the_funding_block_of_a_flattened_form_is_read_by_its_columns():
    tables = _forms(_form("60 58.5 58.5"))
    assert len(tables) == 1  # the indicator block's words cannot be placed: it is left alone
    rows = tables[0].rows
    assert [r.label for r in rows] == ["年度资金总额", "其中:本年财政拨款"]
    assert [c.text for c in rows[1].cells if c.numeric] == ["60", "58.5", "58.5"]


def test_a_consistent_flattened_form_gives_nothing():
    assert _findings(_form("60 58.5 58.5")) == []


def test_a_total_row_of_zeros_over_its_part_is_found():
    found = _findings(_form("0 0 0"))
    assert {f.rule for f in found} == {"FL101"}
    assert all("年度资金总额" in f.message and "本年财政拨款" in f.message for f in found)
    assert "年度资金总额:" not in found[0].message


def test_a_short_line_naming_columns_is_no_form():
    assert _forms("年初预算数 全年预算数 全年执行数 执行率\n") == []


def test_a_form_one_cell_a_line_with_blank_lines_between_cells_is_read_whole():
    cells = ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "(万元)",
             "年度资金总额", "150", "150", "120", "10", "80%", "8",
             "其中:当年财政拨款", "150", "150", "120", "10", "80%", "7"]
    text = "\n\n".join(cells) + "\n"
    tables = _forms(text)
    assert [r.label for r in tables[0].rows] == ["年度资金总额", "其中:当年财政拨款"]
    assert [c.text for c in tables[0].rows[1].cells if c.numeric] == ["150", "150", "120", "10", "80%", "7"]
    # 10 × 80% = 8: the 其中 row's 得分 of 7 is found, the total row's 8 is not
    assert [(f.rule, f.line) for f in _findings(text)] == [("FL301", 43)]
