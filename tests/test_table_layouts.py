"""Layouts added for real exports: PDF rows wrapped onto a second line, forms
exported one cell a line, key-value streams, score trees."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.support.lexicon import default_lexicon
from fiscallint.reading import Document
from fiscallint.understanding.table_text import find_tables


def findings(text: str):
    return run(Document("t.txt", text), active_rules()).findings


WRAPPED = (
    "资金来源 | 年初预算数(A) | 全年执行数(B) | 分值 | 得分 |\n"
    "年度资金总额: | 640.20 | 655.10 | 10 | 10 |\n"
    "基本支出 | 512.40 | 498.30 |\n"
    "10 | 10 | |||\n"
    "项目支出 | 127.80 | 156.80 | 10 | 10 |\n"
)


def test_pdf_row_wrapped_onto_the_next_line_is_one_row():
    (t,) = find_tables(WRAPPED)
    assert [r.label for r in t.rows] == ["年度资金总额:", "基本支出", "项目支出"]
    assert [c.text for c in t.rows[1].cells] == ["基本支出", "512.40", "498.30", "10", "10"]
    assert findings(WRAPPED) == []


def test_wrapped_row_still_checked_by_column():
    broken = WRAPPED.replace("498.30", "488.30")
    found = findings(broken)
    assert [(f.rule, f.line) for f in found] == [("FL101", 2)]


FORM = "\n".join([
    "项目资金", "(万元)", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
    "年度资金总额", "60.5", "60.5", "54.45", "10", "90%", "9",
    "其中:当年财政拨款", "60.5", "60.5", "54.45",
    "  上年结转资金", "  其他资金",
    "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因分析及改进措施",
    "产出指标", "数量指标", "指标1修缮村道公里数", "12", "12", "20", "20",
]) + "\n"


def test_form_exported_one_cell_a_line():
    tables = find_tables(FORM, tuple(default_lexicon().form_headers))
    assert [t.layout for t in tables] == ["form", "form"]
    assert tables[0].header[:4] == ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数"]
    assert findings(FORM) == []


def test_form_rate_and_score_are_checked():
    assert [f.rule for f in findings(FORM.replace("90%", "95%"))] == ["FL103"]
    assert [f.rule for f in findings(FORM.replace("\n9\n", "\n10\n", 1))] == ["FL301"]


def test_form_sources_add_up_exactly():
    # 当年财政拨款 + 上年结转资金 + 其他资金 are all the sources: the 其中 list is exhaustive
    broken = FORM.replace("其中:当年财政拨款\n60.5\n60.5\n54.45", "其中:当年财政拨款\n60.5\n60.5\n50.45")
    assert [f.rule for f in findings(broken)] == ["FL101"]


STREAM = (
    "项目资金投入总数 |\n328.60 |\n抽查资金总数 |\n164.30 |\n资金抽查占比 |\n50% | |||\n"
    "项目数量 |\n4 |\n抽查项目数 |\n2 |\n项目抽查占比 |\n50% | |||\n"
)


def test_key_value_stream_ratio():
    assert findings(STREAM) == []
    assert [f.rule for f in findings(STREAM.replace("164.30", "184.30"))] == ["FL103"]
    assert [f.rule for f in findings(STREAM.replace("\n2 |", "\n3 |"))] == ["FL103"]


TREE = "\n".join([
    "一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分",
    "项目决策", "15", "项目立项", "6", "立项依据", "3", "3", "立项程序", "3", "3",
    "绩效目标", "9", "目标明确性", "4", "4", "指标量化", "5", "4",
    "项目管理", "10", "资金管理", "10", "资金使用", "6", "6", "财务管理", "4", "4",
]) + "\n"


def test_score_tree():
    (t,) = find_tables(TREE, tuple(default_lexicon().form_headers))
    assert t.layout == "score-tree"
    assert findings(TREE) == []
    assert [f.rule for f in findings(TREE.replace("绩效目标\n9", "绩效目标\n8"))] == ["FL101", "FL101"]
    assert [f.rule for f in findings(TREE.replace("指标量化\n5\n4", "指标量化\n5\n6"))] == ["FL301"]
