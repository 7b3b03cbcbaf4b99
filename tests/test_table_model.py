"""The table model: one table, every layout, the same columns, rows and findings."""
from __future__ import annotations

import io
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiscallint.understanding.analysis import analyse
from fiscallint.engine import active_rules, run
from fiscallint.reading import document_from_bytes
from fiscallint.understanding.table_model import measure_of, models

PRE = "某局2024年度部门决算说明\n表2 “三公”经费支出决算表\n单位：万元\n"
HEADER = ["项目", "上年决算数", "本年决算数", "增减额", "增减率"]
ROWS = [["合计", "2903.43", "2698.82", "-204.61", "-7.05%"],
        ["因公出国(境)费", "13.06", "10.20", "-2.86", "-21.90%"],
        ["公务用车购置及运行维护费", "2500.00", "2300.00", "-200.00", "-8.00%"],
        ["公务接待费", "390.37", "388.62", "-1.75", "-0.45%"]]


# ---------------------------------------------------------------- layouts
def pipe(h, rows):
    return PRE + "\n".join(" | ".join(r) for r in [h] + rows) + "\n"


def tabs(h, rows):
    return PRE + "\n\n".join("\n".join("\t" + c for c in r) for r in [h] + rows) + "\n"


def one_cell_a_line(h, rows):
    return PRE + "\n".join(c + " |" for r in [h] + rows for c in r) + "\n"


def pdf_wrapped(h, rows):
    out = [" | ".join(h)]
    for r in rows:  # each row broken after its third cell
        out += [" | ".join(r[:3]), " | ".join(r[3:])]
    return PRE + "\n".join(out) + "\n"


def spaced(h, rows):
    return PRE + "\n".join("    ".join(r) for r in [h] + rows) + "\n"


def word(h, rows, spans=()):
    """A .docx with the same caption and the table as a Word table;
    ``spans``: header rows above ``h``, as (row, [(first col, last col, text)])."""
    import docx

    d = docx.Document()
    for line in PRE.strip().split("\n"):
        d.add_paragraph(line)
    top = len(spans)
    t = d.add_table(rows=top + len(rows) + 1, cols=len(h))
    for r, cells in spans:
        for first, last, text in cells:
            cell = t.cell(r, first).merge(t.cell(r, last)) if last != first else t.cell(r, first)
            cell.text = text
    for i, r in enumerate([h] + rows):
        for j, c in enumerate(r):
            if c:
                t.cell(top + i, j).text = c
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


TEXT_LAYOUTS = {"pipe": pipe, "tabs": tabs, "one-cell-a-line": one_cell_a_line, "pdf-wrapped": pdf_wrapped,
                "spaced": spaced}


def doc_of(layout: str, h, rows):
    if layout == "word":
        return document_from_bytes(word(h, rows), "t.docx", None)
    return document_from_bytes(TEXT_LAYOUTS[layout](h, rows).encode("utf-8"), "t.txt", None)


def summary(doc):
    """The model with positions left out: column keys, row tree, cell texts."""
    a = analyse(doc)
    out = []
    for m in models(a):
        t = m.table
        cols = [(c.name, c.measure, c.phase, c.year, c.unit) for c in m.columns]
        rows = []
        for r in m.rows:
            aligned = t.aligned(t.rows[r.index]) or {}
            rows.append((r.label, r.parent, r.kind, r.level,
                         tuple(sorted((k, c.text) for k, c in aligned.items() if c.numeric))))
        out.append((m.title, cols, rows))
    return out


def findings(doc):
    return run(doc, active_rules()).findings


LAYOUTS = [*TEXT_LAYOUTS, "word"]


def test_every_layout_gives_the_same_model():
    expected = summary(doc_of("pipe", HEADER, ROWS))
    (title, cols, rows), = expected
    assert title == "表2 “三公”经费支出决算表"
    assert cols[1] == ("上年决算数", "金额", "决算", "2023", "万元")
    assert cols[2] == ("本年决算数", "金额", "决算", "2024", "万元")
    assert cols[3][1] == "增减额" and cols[4][1:] == ("增减率", None, None, "%")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("合计", None, "total", 0)] + [
        (r[0], 0, "part", 1) for r in ROWS[1:]]
    assert rows[3][4] == ((1, "390.37"), (2, "388.62"), (3, "-1.75"), (4, "-0.45%"))
    for layout in LAYOUTS:
        assert summary(doc_of(layout, HEADER, ROWS)) == expected, layout


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_consistent_table_has_no_finding_in_any_layout(layout):
    assert findings(doc_of(layout, HEADER, ROWS)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_change_cell_off_is_found_in_every_layout(layout):
    rows = [list(r) for r in ROWS]
    rows[3][3] = "-1.85"  # 公务接待费: 388.62 − 390.37 = −1.75
    doc = doc_of(layout, HEADER, rows)
    found = [f for f in findings(doc) if f.rule == "FL108"]
    assert len(found) == 2  # the row's change, and the 合计 row's change over the column (with signs)
    column_sum, f = sorted(found, key=lambda x: x.line)
    assert "row 合计" in column_sum.message and "公务接待费 -1.85" in column_sum.message
    assert "computed -204.710万元" in column_sum.message
    assert doc.text.split("\n")[f.line - 1][f.column - 1:].startswith("1.85")
    assert "row 公务接待费" in f.message and "本年决算数" in f.message and "上年决算数" in f.message
    assert "增减额 is stated as -1.85" in f.message
    assert "computed -1.750万元" in f.message
    if layout == "word":
        assert f.location.source == {"table": 1, "row": 5, "column": 4}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_growth_rate_off_is_found_with_its_sign(layout):
    rows = [list(r) for r in ROWS]
    rows[1][4] = "-23.90%"  # (10.20 − 13.06) / 13.06 = −21.90%
    found = [f for f in findings(doc_of(layout, HEADER, rows)) if f.rule == "FL108"]
    assert len(found) == 1 and "增减率 is stated as -23.90%" in found[0].message
    assert "computed -21.89" in found[0].message  # (the row's 增减额 -2.86 narrows the two years' difference)


def test_an_unsigned_change_is_its_size_but_a_wrong_size_is_found():
    rows = [list(r) for r in ROWS]
    for r in rows:
        r[3], r[4] = r[3].lstrip("-"), r[4].lstrip("-")
    assert findings(doc_of("pipe", HEADER, rows)) == []
    rows[2][3] = "210.00"
    found = [f for f in findings(doc_of("pipe", HEADER, rows)) if f.rule == "FL108"]
    assert len(found) == 1 and "row 公务用车购置及运行维护费" in found[0].message


# ---------------------------------------------------------------- two-row headers
SPANNED_TOP = ["项目", "上年决算数", "本年决算数", "比上年增、减情况"]
SPANNED_LOW = ["", "", "", "增、减金额", "增、减幅度"]


def test_a_wrapped_two_row_header_is_one_header():
    text = PRE + " | ".join(SPANNED_TOP) + "\n" + " | ".join(SPANNED_LOW) + "\n" + \
        "\n".join(" | ".join(r) for r in ROWS) + "\n"
    doc = document_from_bytes(text.encode(), "t.txt", None)
    (m,) = models(analyse(doc))
    assert [c.name for c in m.columns] == ["项目", "上年决算数", "本年决算数", "比上年增、减情况 › 增、减金额",
                                           "比上年增、减情况 › 增、减幅度"]
    assert [c.measure for c in m.columns] == [None, "金额", "金额", "增减额", "增减率"]
    assert findings(doc) == []
    bad = text.replace("-1.75", "-1.95")
    found = findings(document_from_bytes(bad.encode(), "t.txt", None))
    assert {f.rule for f in found} == {"FL108"}
    assert any("row 公务接待费" in f.message and "增、减金额 is stated as -1.95" in f.message for f in found)


def test_a_word_header_with_a_merged_cell_is_one_header():
    data = word(SPANNED_LOW, ROWS, spans=[(0, [(0, 0, "项目"), (1, 1, "上年决算数"), (2, 2, "本年决算数"),
                                                (3, 4, "比上年增、减情况")])])
    doc = document_from_bytes(data, "t.docx", None)
    (m,) = models(analyse(doc))
    assert [c.measure for c in m.columns] == [None, "金额", "金额", "增减额", "增减率"]
    assert [c.year for c in m.columns[1:3]] == ["2023", "2024"]
    assert findings(doc) == []


@pytest.mark.parametrize("name,measure", [
    ("比上年增减 › 金额", "增减额"), ("比上年增减 › %", "增减率"), ("执行率", "执行率"), ("得分", "得分"),
    ("年度指标值", "指标值"), ("实际完成值", "完成值"), ("占总支出比重", "占比"), ("全年预算数", None),
])
def test_measure_of_a_column(name, measure):
    assert measure_of(name) == measure


# ---------------------------------------------------------------- column pairs are never one fact
PAIRS = {
    "上年/本年": (["项目", "上年决算数", "本年决算数"], "某局2024年度部门决算说明\n"),
    "预算/决算": (["项目", "预算数", "决算数"], "某局2024年度部门决算说明\n"),
    "2023/2024": (["项目", "2023年决算数", "2024年决算数"], "某局部门决算说明\n"),
}


@pytest.mark.parametrize("pair", list(PAIRS))
@pytest.mark.parametrize("layout", ["pipe", "tabs", "word"])
def test_two_columns_of_one_row_are_never_one_fact(pair, layout):
    header, title = PAIRS[pair]
    rows = [["基本支出", "806.97", "912.40"], ["项目支出", "2917.10", "2480.55"], ["公用经费", "120.45", "98.30"]]
    global PRE
    saved, PRE = PRE, title + "表1 支出表\n单位：万元\n"
    try:
        doc = doc_of(layout, header, rows)
    finally:
        PRE = saved
    assert findings(doc) == []
    (m,) = models(analyse(doc))
    keys = {(c.phase, c.year) for c in m.columns[1:]}
    assert len(keys) == 2  # two facts: another phase or another year


def test_a_table_figure_and_the_prose_still_meet():
    """Keyed by phase and year, a cell still meets the prose figure it restates."""
    text = ("某局2024年度部门决算说明\n\n2024年公务接待费决算388.62万元。\n" + PRE.split("\n", 1)[1]
            + "\n".join(" | ".join(r) for r in [HEADER] + ROWS) + "\n")
    assert findings(document_from_bytes(text.encode(), "t.txt", None)) == []
    bad = text.replace("公务接待费决算388.62", "公务接待费决算398.62")
    found = findings(document_from_bytes(bad.encode(), "t.txt", None))
    assert [f.rule for f in found] == ["FL106"] and "390.37" not in found[0].message


# ---------------------------------------------------------------- random tables
def _row_values(draw_base, draw_now):
    base = Decimal(draw_base) / 100
    now = Decimal(draw_now) / 100
    change = now - base
    rate = (change / base * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return base, now, change, rate


def _fmt_rows(names, values):
    rows = []
    for name, (base, now, change, rate) in zip(names, values):
        rows.append([name, f"{base:.2f}", f"{now:.2f}", f"{change:.2f}", f"{rate:.2f}%"])
    return rows


NAMES = ["办公费", "印刷费", "水电费", "邮电费", "差旅费", "维修费"]


@st.composite
def tables(draw):
    n = draw(st.integers(2, 4))
    pairs = [(draw(st.integers(2000, 99999)), draw(st.integers(2000, 99999))) for _ in range(n)]
    values = [_row_values(b, c) for b, c in pairs]
    base = sum(v[0] for v in values)
    now = sum(v[1] for v in values)
    total = (base, now, now - base, ((now - base) / base * 100).quantize(Decimal("0.01"), ROUND_HALF_UP))
    rows = _fmt_rows(["合计", *NAMES[:n]], [total, *values])
    layout = draw(st.sampled_from(LAYOUTS))
    target = (draw(st.integers(1, n)), draw(st.sampled_from([1, 2, 3])))
    return layout, rows, target


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_random_consistent_tables_have_no_finding_and_a_changed_cell_is_found(case):
    layout, rows, (r, c) = case
    doc = doc_of(layout, HEADER, rows)
    assert findings(doc) == [], (layout, rows)
    changed = [list(x) for x in rows]
    old = Decimal(changed[r][c])
    changed[r][c] = f"{old + Decimal('37.00'):.2f}"
    doc = doc_of(layout, HEADER, changed)
    found = findings(doc)
    assert found, (layout, changed)
    # the changed cell is one of the figures a finding names
    lines = doc.text.split("\n")
    spots = set()
    for f in found:
        for loc in [f.location, *f.related]:
            spots.add(lines[loc.line - 1][loc.column - 1:loc.end_column])
    assert changed[r][c].lstrip("-") in spots, (layout, changed, [f.message for f in found])


# ---------------------------------------------------------------- points stated in a header
BUDGET_SCORE = """部门整体支出绩效自评表
预算执行情况（万元） | 预算数 | 执行数 | 执行率 | 得分（10分×执行率）
部门整体支出 | 100.00 | 90.00 | 90.00% | 9.00
"""


def test_a_score_column_whose_header_states_its_points():
    doc = document_from_bytes(BUDGET_SCORE.encode(), "t.txt", None)
    (m,) = models(analyse(doc))
    assert m.columns[4].measure == "得分" and m.columns[3].measure == "执行率"
    assert findings(doc) == []
    found = findings(document_from_bytes(BUDGET_SCORE.replace("| 9.00", "| 9.50").encode(), "t.txt", None))
    assert [f.rule for f in found] == ["FL301"] and "得分 10分" in found[0].message
    capped = "指标 | 目标值 | 得分（20分）\n办结案件 | 100件 | 25\n"
    found = findings(document_from_bytes(capped.encode(), "t.txt", None))
    assert [f.rule for f in found] == ["FL301"]


def test_a_cell_holding_a_figure_and_its_unit_is_a_value_and_pairs_name_their_values():
    text = ("一级指标 | 三级指标 | 指标值 | 完成值 | 得分\n产出指标 | 办结案件 | 168起 | 168起 | 10\n"
            "\n单位名称 | 某镇人民政府\n基本支出总额 | 864.2万 | 项目支出总额 | 12.5万\n")
    a = analyse(document_from_bytes(text.encode(), "t.txt", None))
    labels = [r.label for m in models(a) for r in m.rows]
    assert "办结案件" in labels and "168起" not in labels
    concepts = {f.q.digits: f.concept for f in a.facts if f.extras.get("cell")}
    assert concepts["864.2"] == "基本支出" and concepts["12.5"] == "项目支出"


SHARES = """某局2024年度部门决算说明
表4 支出决算构成表
单位：万元
项目 | 决算数 | 占比
合计 | 3724.07 | 100.00%
基本支出 | 806.97 | 21.67%
其中：人员经费 | 700.00 | 86.74%
公用经费 | 106.97 | 13.26%
项目支出 | 2917.10 | 78.33%
"""


@pytest.mark.parametrize("layout", ["pipe", "tabs", "word"])
def test_a_share_column_is_each_row_over_its_total_or_its_parent(layout):
    lines = SHARES.strip().split("\n")
    header, rows = lines[3].split(" | "), [ln.split(" | ") for ln in lines[4:]]
    global PRE
    saved, PRE = PRE, "\n".join(lines[:3]) + "\n"
    try:
        assert findings(doc_of(layout, header, rows)) == []
        rows[4][2] = "76.33%"
        found = findings(doc_of(layout, header, rows))
    finally:
        PRE = saved
    assert [f.rule for f in found] == ["FL102"]
    assert "row 项目支出" in found[0].message and "合计 3724.07" in found[0].message


BLANK = "表5 项目支出表\n单位：万元\n项目 | 年初预算数 | 全年预算数 | 全年执行数\n合计 | 300.00 | {cell} | 280.00\n" \
        "道路维修 | 100.00 | 120.00 | 110.00\n环境整治 | 200.00 | 180.00 | 170.00\n"


def test_a_total_left_blank_over_parts_with_amounts_is_a_warning():
    assert findings(document_from_bytes(BLANK.format(cell="300.00").encode(), "t.txt", None)) == []
    found = findings(document_from_bytes(BLANK.format(cell="").encode(), "t.txt", None))
    assert [(f.rule, f.severity) for f in found] == [("FL108", "warning")]
    assert "row 合计: 全年预算数 is blank" in found[0].message and "环境整治 180.00" in found[0].message
    heading = BLANK.replace("合计 | 300.00 | {cell} | 280.00", "合计 | | | ")
    assert findings(document_from_bytes(heading.encode(), "t.txt", None)) == []


# ---------------------------------------------------------------- signed sums
SIGNED_HEADER = ["项目", "上年决算数", "本年决算数", "增减额", "增减率"]
SIGNED_ROWS = [["合计", "1000.00", "807.69", "-192.31", "-19.23%"],
               ["基本支出", "600.00", "395.39", "-204.61", "-34.10%"],
               ["项目支出", "400.00", "412.30", "12.30", "3.08%"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_total_over_rises_and_falls_is_their_signed_sum(layout):
    assert findings(doc_of(layout, SIGNED_HEADER, SIGNED_ROWS)) == []
    # 合计 = 本年 − 上年 still holds (-182.31 ≠ -192.31 is also found by the
    # row's change): the column's signed sum names both parts with their signs
    rows = [r[:] for r in SIGNED_ROWS]
    rows[2][2], rows[2][3], rows[2][4] = "402.30", "2.30", "0.58%"  # 项目支出 rose by 2.30: 合计 no longer adds up
    rows[0][2], rows[0][4] = "797.69", "-20.23%"
    out = findings(doc_of(layout, SIGNED_HEADER, rows))
    signed = [f for f in out if "基本支出 -204.61" in str(f.message)]
    assert len(signed) == 1, [str(f.message) for f in out]
    msg = str(signed[0].message)
    assert signed[0].rule == "FL108" and "项目支出 2.30" in msg and "-202.310" in msg and "-192.31" in msg


def test_a_total_equal_to_the_sizes_of_rises_and_falls_is_found():
    rows = [r[:] for r in SIGNED_ROWS]
    rows[0][2], rows[0][3], rows[0][4] = "783.09", "-216.91", "-21.69%"  # 204.61 + 12.30: the signs dropped
    out = findings(doc_of("pipe", SIGNED_HEADER, rows))
    assert any(f.rule == "FL108" and "基本支出 -204.61" in str(f.message) and "-192.310" in str(f.message)
               for f in out), [str(f.message) for f in out]


# ---------------------------------------------------------------- 总分 within its table
TWO_SCORE_TABLES = """某单位2024年度绩效自评报告
表1 项目甲绩效指标得分表
一级指标 | 分值 | 得分
产出指标 | 50 | 48
效益指标 | 30 | 30
满意度指标 | 20 | 18

表2 项目乙绩效指标得分表
一级指标 | 分值 | 得分
产出指标 | 50 | 45
效益指标 | 30 | 28
满意度指标 | 20 | 20
总分 | 100 | {total}
"""


def _text_findings(text: str):
    return findings(document_from_bytes(text.encode("utf-8"), "t.txt", None))


def test_a_total_score_sums_its_own_table_only():
    assert _text_findings(TWO_SCORE_TABLES.format(total="93")) == []
    out = _text_findings(TWO_SCORE_TABLES.format(total="96"))
    assert len(out) == 1, [str(f.message) for f in out]
    msg = str(out[0].message)
    assert "表2 项目乙绩效指标得分表" in msg and "产出指标 45" in msg and "48" not in msg.split("computed")[0]


# ---------------------------------------------------------------- Σ 分值 of a whole score table
WHOLE_SCORES = """某单位2024年度部门整体支出绩效自评报告
表3 部门整体支出绩效指标分值表
一级指标 | 分值 | 得分
{rows}
{after}"""


def _scores(rows, after="以上为自评结果。"):
    return _text_findings(WHOLE_SCORES.format(rows="\n".join(" | ".join(r) for r in rows), after=after))


FOUR_LEVELS = [["预算执行", "20", "19"], ["产出指标", "40", "38"], ["效益指标", "30", "28"], ["满意度指标", "10", "9"]]


def test_the_points_of_a_whole_score_table_add_up_to_the_full_marks():
    assert _scores(FOUR_LEVELS) == []
    rows = [r[:] for r in FOUR_LEVELS]
    rows[3][1] = "20"
    out = _scores(rows)
    assert [f.rule for f in out] == ["FL301"] and out[0].severity == "warning"
    msg = str(out[0].message)
    assert "表3 部门整体支出绩效指标分值表, column 分值" in msg and "满意度指标 20" in msg and "110分" in msg
    assert out[0].pattern == "table.points-full" and len(out[0].related) == 3


def test_indicators_without_their_budget_row_may_add_up_to_ninety():
    assert _scores(FOUR_LEVELS[1:] + [["社会效益指标", "10", "10"]]) == []  # 40 + 30 + 10 + 10: 预算执行 scored apart
    out = _scores(FOUR_LEVELS[1:] + [["社会效益指标", "15", "15"]])
    assert len(out) == 1 and "or 90" in str(out[0].message)


@pytest.mark.parametrize("case", ["cut", "blank", "total", "stated"])
def test_a_score_table_that_may_be_cut_or_states_its_total_is_read_so(case):
    rows = [r[:] for r in FOUR_LEVELS]
    rows[3][1] = "20"  # 110
    if case == "cut":  # the excerpt ends with the table
        assert _scores(rows, after="") == []
    elif case == "blank":  # a row without its 分值: the table is not read whole
        assert _scores(rows + [["其他指标", "—", "—"]]) == []
    elif case == "total":  # a 总分 row is checked as a sum (FL101), not against 100
        out = _scores(rows + [["总分", "110", "104"]])
        assert not any(f.pattern == "table.points-full" for f in out)
    else:  # the caption states the full marks
        text = WHOLE_SCORES.replace("分值表", "分值表（满分110分）").format(
            rows="\n".join(" | ".join(r) for r in rows), after="以上为自评结果。")
        assert _text_findings(text) == []


# ---------------------------------------------------------------- a table of two sides
TWO_SIDES_PRE = "某部门2024年度部门决算\n表1 收入支出决算总表\n单位：万元\n"
TWO_SIDES_HEADER = ["项目", "决算数", "项目", "决算数"]
TWO_SIDES_ROWS = [["一、一般公共预算财政拨款收入", "1200.00", "一、一般公共服务支出", "800.00"],
                  ["二、政府性基金预算财政拨款收入", "100.00", "二、教育支出", "300.00"],
                  ["三、事业收入", "50.00", "三、社会保障和就业支出", "200.00"],
                  ["四、其他收入", "10.00", "四、卫生健康支出", "40.00"],
                  ["本年收入合计", "1360.00", "本年支出合计", "1340.00"],
                  ["使用非财政拨款结余", "0", "结余分配", "0"],
                  ["年初结转和结余", "80.00", "年末结转和结余", "100.00"],
                  ["总计", "1440.00", "总计", "1440.00"]]


def _two_sides(layout, rows):
    if layout == "word":
        import docx

        d = docx.Document()
        for line in TWO_SIDES_PRE.strip().split("\n"):
            d.add_paragraph(line)
        t = d.add_table(rows=len(rows) + 1, cols=4)
        for i, r in enumerate([TWO_SIDES_HEADER] + rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        d.add_paragraph("以上为决算总表。")
        b = io.BytesIO()
        d.save(b)
        return document_from_bytes(b.getvalue(), "t.docx", None)
    text = TEXT_LAYOUTS[layout](TWO_SIDES_HEADER, rows).replace(PRE, TWO_SIDES_PRE) + "\n以上为决算总表。\n"
    return document_from_bytes(text.encode("utf-8"), "t.txt", None)


@pytest.mark.parametrize("layout", ["pipe", "tabs", "spaced", "word"])
def test_the_expenditure_side_of_a_two_sided_table_is_read_as_its_own_rows(layout):
    assert findings(_two_sides(layout, TWO_SIDES_ROWS)) == []
    rows = [r[:] for r in TWO_SIDES_ROWS]
    rows[1][3] = "330.00"  # 教育支出: 本年支出合计 no longer adds up, nor does the 支出 side's 总计 … no: 总计 holds
    out = findings(_two_sides(layout, rows))
    assert len(out) == 1, [str(f.message) for f in out]
    msg = str(out[0].message)
    assert out[0].rule == "FL101" and "row 本年支出合计" in msg and "教育支出 330.00" in msg and "收入" not in msg.split(",", 1)[1]
    rows = [r[:] for r in TWO_SIDES_ROWS]
    rows[6][3] = "110.00"  # 年末结转和结余: the 支出 side's 总计 no longer adds up
    out = findings(_two_sides(layout, rows))
    assert len(out) == 1 and "row 总计" in str(out[0].message) and "年末结转和结余 110.00" in str(out[0].message)
    assert "本年支出 1340.00" in str(out[0].message), [str(f.message) for f in out]


# ---------------------------------------------------------------- one fact in two tables
ACROSS = """某部门2024年度部门决算
表1 收入支出决算总表
单位：万元
项目 | 决算数 | 项目 | 决算数
一、一般公共预算财政拨款收入 | 1200.00 | 一、一般公共服务支出 | 800.00
二、事业收入 | 160.00 | 二、教育支出 | 540.00
本年收入合计 | 1360.00 | 本年支出合计 | 1340.00
年初结转和结余 | 80.00 | 年末结转和结余 | 100.00
总计 | 1440.00 | 总计 | 1440.00

表2 收入决算表
单位：万元
项目 | 本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入
合计 | 1360.00 | 1200.00 | 160.00 | 0
一般公共服务支出 | 800.00 | 700.00 | 100.00 | 0
教育支出 | 560.00 | 500.00 | 60.00 | 0

表3 支出决算表
单位：万元
项目 | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出
合计 | {spent} | 1000.00 | {projects} | 0
一般公共服务支出 | 800.00 | 600.00 | 200.00 | 0
教育支出 | {education} | 400.00 | {education_projects} | 0
以上为决算表。
"""


def test_one_fact_in_two_tables_must_agree():
    assert _text_findings(ACROSS.format(spent="1340.00", projects="340.00", education="540.00",
                                        education_projects="140.00")) == []
    out = _text_findings(ACROSS.format(spent="1350.00", projects="350.00", education="550.00",
                                       education_projects="150.00"))
    assert [f.rule for f in out] == ["FL106"], [str(f.message) for f in out]
    msg = str(out[0].message)
    assert "表1 收入支出决算总表, row 本年支出合计, 决算数" in msg and "表3 支出决算表, row 合计, 本年支出合计" in msg
    assert "1340.00" in msg and "1350.00" in msg and out[0].pattern == "table.same-fact"


SANGONG_TWO = """某局2024年度部门决算说明
表5 “三公”经费支出决算表
单位：万元
项目 | 上年决算数 | 本年决算数
合计 | {last} | 56.30
因公出国(境)费 | 0 | 0
公务用车购置及运行维护费 | 44.60 | 38.10
公务接待费 | 20.40 | 18.20

表6 一般公共预算财政拨款支出决算明细表
单位：万元
项目 | {column}
“三公”经费 | {other}
会议费 | 12.00
以上。
"""


@pytest.mark.parametrize("column, other, found", [
    ("决算数", "56.30", False), ("决算数", "58.30", True),
    ("上年决算数", "65.00", False),  # last year's: paired with 上年 only (65.00 = 65.00)
    ("上年决算数", "56.30", True),  # this year's figure under last year's column: 65.00 ≠ 56.30
    ("预算数", "70.00", False),  # another phase: never one fact
])
def test_the_sangong_total_in_two_tables_is_one_fact_of_one_phase_and_year(column, other, found):
    out = _text_findings(SANGONG_TWO.format(last="65.00", column=column, other=other))
    same = [f for f in out if f.pattern == "table.same-fact"]
    assert bool(same) == found, [str(f.message) for f in out]
    if found:
        assert "表5 “三公”经费支出决算表, row 合计" in str(same[0].message) and "表6" in str(same[0].message)


def test_a_rate_rounded_to_a_signed_zero_is_a_rounded_rate():
    # −0.02 / 400.01 = −0.005%: written −0.00%, as a 2-place rate rounds it
    text = PRE + "\n".join(["项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率 |",
                            "合计 | 400.01 | 399.99 | -0.02 | -0.00% |",
                            "办公费 | 20.00 | 20.00 | 0.00 | 0.00% |",
                            "印刷费 | 380.01 | 379.99 | -0.02 | -0.01% |"]) + "\n"
    assert [f.rule for f in findings(document_from_bytes(text.encode("utf-8"), "t.txt"))] == []


def test_the_measures_the_code_names_are_the_measures_the_data_names():
    """model/vocabulary.py and rules/tables.toml's [measures] list the same
    measures (金额 is what a column naming only a phase measures)."""
    from fiscallint.model.vocabulary import Measure
    from fiscallint.understanding.table_model import tables_pack

    assert {m.value for m in Measure} == set(tables_pack()["measures"]) | {"金额"}
    assert Measure.POINTS == "分值" and f"{Measure.SCORE}" == "得分"


def test_the_phases_the_code_names_are_the_phases_the_lexicon_names():
    from fiscallint.model.vocabulary import Phase
    from fiscallint.support.lexicon import default_lexicon

    assert {p.value for p in Phase} == set(default_lexicon().phases.values())
    assert hash(Phase.FINAL) == hash("决算") and "决算" in {Phase.FINAL}  # interchangeable with the plain name
