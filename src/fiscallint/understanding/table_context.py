"""Give the numbers of a table what prose gives the numbers of a sentence:
a label (the row's name, or the words before the number in its cell), a
concept, a phase and a year (from the column's name: 2023年决算数, 年初预算数),
and a unit (the one the table declares; a rate column's %, a score column's
分)."""
from __future__ import annotations

import bisect
from decimal import Decimal
import re
from collections import Counter
from dataclasses import dataclass

from fiscallint.support.wordbook import pattern, words
from fiscallint.model.vocabulary import Measure, Phase
from fiscallint.model.fact import Analysis, Fact
from fiscallint.understanding.phases import _YEAR, _phase_marks
from fiscallint.understanding.table_model import balance_side, column_keys, title_of
from fiscallint.understanding.table_facts import name_form_facts
from fiscallint.understanding.row_codes import CLASSIFICATION_CODE, code_column
from fiscallint.model.tables import NUMBERED_LABEL as _NUMBERING, Row, Table, is_serial_name, leaf_name, numbers_the_columns
from fiscallint.understanding.table_text import find_tables, tables_from_cells
from fiscallint.support.units import lookup
from fiscallint.understanding.quantities import money_unit_of_scale

_INLINE_NOISE = pattern("table_context", "inline_noise")
_PEOPLE = {"编制数", "行政编制数", "事业编制数", "工勤编制数", "在职人数", "实有人数", "离退休人数"}  # concepts of rules/lexicon.toml
_NOT_LEVEL = (Measure.CHANGE, Measure.CHANGE_RATE, Measure.SHARE, Measure.EXECUTION_RATE)


def _cell_words() -> dict:
    """How a cell is read by its header: rules/tables.toml's [cells], as patterns."""
    from fiscallint.understanding.table_model import word_patterns

    return word_patterns("cells")


@dataclass
class CellRef:
    table: Table
    row: Row
    row_index: int
    column: int
    header: str
    # False: the row is far wider than the header (a header wrapped over
    # lines the table did not take in): the cell is under no known column,
    # and the table's row and column identities leave it out
    aligned: bool = True


def facts_between(a: Analysis, start: int, end: int) -> list[Fact]:
    """The facts whose number starts in [start, end), in text order: one
    sorted index per document, so a lookup costs log(figures), not figures."""
    index = a.__dict__.get("_by_offset")
    if index is None:
        ordered = sorted(a.facts, key=lambda f: f.q.num_start)
        index = a.__dict__["_by_offset"] = (ordered, [f.q.num_start for f in ordered])
    ordered, starts = index
    return ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]


def _place_in_cell(a: Analysis, facts: list, cell, ref: CellRef, assumed) -> None:
    """The figures of one cell, placed; "201 一般公共服务支出" (a class's code and
    its name, one cell): the code is no figure."""
    code = None if cell.numeric else _CODE_THEN_NAME.match(cell.text)
    for f in facts:
        if code is not None and f.q.start == cell.start:
            f.role, f.concept = "descriptor", None
            continue
        _place(a, f, ref, a.doc.text[cell.start:f.q.start], assumed)


_CODE_THEN_NAME = re.compile(r"[0-9]{3,7}[ \u3000]+[\u4e00-\u9fff]")


def _names_the_row(t: Table, col: int, cell, codes: int | None, named: bool) -> bool:
    """A cell of the codes' or the row numbers' column (科目编码, 行次): no figure. So
    is a row's code where the row was placed in no column ("302 | 商品和服务支出 | 119.36 | …")."""
    if col == codes and (named or col == 0 and CLASSIFICATION_CODE.fullmatch(cell.text.strip())):
        return True
    if not leaf_name(t.column_name(col)) and CLASSIFICATION_CODE.fullmatch(cell.text.strip()) \
            and any(leaf_name(t.column_name(c)).strip() in ("类", "款") for c in (col - 1, col + 1) if 0 <= c < len(t.header)):
        return True  # (类 | (unnamed) | 款 | 项: the 类's code drawn between the code columns)
    return named and is_serial_name(leaf_name(t.column_name(col)))


def _side_serial(t: Table, row, col: int) -> bool:
    """A row of two sides under a header of one ("项目 | 行次 | 金额" over "一、…收入 | 1 |
    1521.71 | 八、…支出 | 39 | 70.29"): each side's cell under the 行次 is a row number."""
    width = len(t.header)
    return width > 1 and len(row.cells) % width == 0 and is_serial_name(leaf_name(t.header[col % width]))


def attach_tables(a: Analysis) -> None:
    origins = a.doc.origins
    if origins is not None and getattr(origins, "cells", None) is not None:
        a.tables = tables_from_cells(a.doc.text, origins.cells)  # a Word document knows its tables
    else:
        a.tables = find_tables(a.doc.text, tuple(a.lexicon.form_headers))
    if not a.tables:
        return
    facts = sorted(a.facts, key=lambda f: f.q.num_start)
    starts = [f.q.num_start for f in facts]
    assumed = _dominant_money_unit(a)
    for t in a.tables:
        t.keys = column_keys(t.header, a.lexicon, a.year, t.unit)
        _mark_value_columns(t)
        codes = code_column(t)  # (a column of codes whose name was lost is no column of figures)
        for ri, row in enumerate(t.rows):
            aligned = t.aligned(row)
            # a row far wider than the header (a header wrapped over lines
            # the table did not take in): its cells are under no known column
            named = aligned is not None or not t.header  # a headerless stream is read by position
            # 栏次 1 | 2 | 3 (named, or its name left off): numbers that name the columns
            numbering = named and (is_serial_name(row.label) or numbers_the_columns(row))
            for col, cell in (aligned if aligned is not None else dict(enumerate(row.cells))).items():
                if _is_prose(cell.text):
                    continue  # a narrative cell (实际完成情况): its numbers read as prose
                lo = bisect.bisect_left(starts, cell.start)
                hi = bisect.bisect_right(starts, cell.end)
                if numbering or _names_the_row(t, col, cell, codes, named) or not named and _side_serial(t, row, col):
                    for f in facts[lo:hi]:  # 行次 1, 2 …, a 栏次 row: numbers that name rows and columns
                        f.role, f.concept = "descriptor", None
                    continue
                ref = CellRef(t, row, ri, col, t.column_name(col) if named else "", named)
                _place_in_cell(a, facts[lo:hi], cell, ref, assumed)
    for f in facts:  # each table's figures by (row, column): the last placement of a figure wins
        ref = f.extras.get("cell")
        if ref is not None and ref.aligned:
            ref.table.facts.setdefault((ref.row_index, ref.column), f)
    for t in a.tables:
        _whole_scores_exact(t)
    _all_row_numbers_out(a.tables)
    name_form_facts(a)


def _whole_scores_exact(t) -> None:
    """A whole score ("9") in a 得分 column that shows decimals elsewhere
    ("9.75") is exact: the evaluator wrote the decimals where there were any."""
    for key in t.keys or []:
        if key is None or key.measure != Measure.SCORE:
            continue
        scores = [f for (_, c), f in t.facts.items() if c == key.index and not f.q.is_percent]
        if any("." in f.q.digits for f in scores):
            for f in scores:
                if "." not in f.q.digits:
                    f.q.extras["exact"] = True
                    f.q.reread()


def _row_numbers_out(t) -> None:
    """"二、上级补助收入 | 2 | 二、外交支出 | 29 | |" where a blank cell was lost: the
    right side's 行次 (28, 29, 30 … in rows one after another) stand in a column of
    amounts, or in one column and then another as the lost cells shift them. Three or
    more such integers in a run down consecutive rows, in a table with a 行次 column
    (or going on from one), are row numbers, no figures."""
    whole: dict[tuple[int, int], tuple[int, int]] = {}  # (row, value) -> its cell
    for r, row in enumerate(t.rows):
        # (a headerless table's cells stand by their place, as its figures were placed)
        for c, cell in (t.aligned(row) or {} if t.header else dict(enumerate(row.cells))).items():
            text = cell.text.strip()
            if text.isdigit() and len(text) <= 3:
                whole.setdefault((r, int(text)), (r, c))
    for (r, v), start in list(whole.items()):
        if (r - 1, v - 1) in whole:
            continue  # not where a run starts
        run = [start]
        while (r + len(run), v + len(run)) in whole:
            run.append(whole[(r + len(run), v + len(run))])
        if len(run) >= 3 and not _below_own_numbers(t, r, v, len(run)):
            for cell in run:
                f = t.facts.get(cell)
                if f is not None and _whole(f):
                    f.role, f.concept = "descriptor", None
                    del t.facts[cell]


def _below_own_numbers(t, first_row: int, first_value: int, n: int) -> bool:
    """A run of integers each below the number the row's own 序号/行次 cell
    holds ("9 | 邮电小区 | 5", "10 | 粮站宿舍 | 6", "11 | … | 7": buildings
    counted, not a side's row numbers going on past the first side's)."""
    serial = next((i for i, h in enumerate(t.header) if is_serial_name(leaf_name(h))), None)
    if serial is None:
        return False
    for k in range(n):
        cell = (t.aligned(t.rows[first_row + k]) or {}).get(serial)
        text = cell.text.strip() if cell is not None else ""
        if not text.isdigit() or int(text) <= first_value + k:
            return False
    return True


def _all_row_numbers_out(tables) -> None:
    """Each table's row numbers out (_row_numbers_out): of the tables with a 行次
    column, and of a headerless table after one (its rows go on being numbered)."""
    numbered_before = False
    for t in tables:
        numbered = _numbers_rows(t) or not t.header and numbered_before
        if numbered:
            _row_numbers_out(t)
        if not t.header:
            _unnamed_row_numbers_out(t)
        numbered_before = numbered


def _unnamed_row_numbers_out(t) -> None:
    """A headerless table (its header left on the page before) with a column of
    whole numbers rising a few at a time down its rows ("拨款 | 1 | 8,803.77",
    "政拨款 | 2 | …", "财政拨款 | 3 | …"), beside figures with decimals: the
    form's 行次, no figures, though rows of words come between them."""
    by_column: dict[int, list] = {}
    decimals = False
    for (r, c), f in sorted(t.facts.items()):
        if _whole(f):
            by_column.setdefault(c, []).append(f)
        elif "." in f.q.digits:
            decimals = True
    for c, found in by_column.items():
        values = [int(f.q.digits) for f in found]
        if decimals and len(values) >= 3 and all(0 < b - a <= _ROW_NUMBER_STEP for a, b in zip(values, values[1:])) \
                and not any((r, col) for (r, col), f in t.facts.items() if col == c and not _whole(f)):
            for (r, col), f in list(t.facts.items()):
                if col == c:
                    f.role, f.concept = "descriptor", None
                    del t.facts[(r, col)]


_ROW_NUMBER_STEP = 3  # a form's 行次 rise by one a row, or by a few where rows were cut off


def _numbers_rows(t) -> bool:
    """A table with a 行次 column (a header cell read run into the next, "行次金额", names one too);
    not one whose rows a 序号 numbers, a list of one side."""
    return any(_SERIAL_RUN_IN.search(leaf_name(h)) for h in t.header)


_SERIAL_RUN_IN = pattern("table_context", "serial_run_in")


def _whole(f) -> bool:
    return f.q.digits.isdigit() and len(f.q.digits) <= 3 and not f.q.is_percent


def _mark_value_columns(t) -> None:
    """Rows of a table whose header names a target or an achieved value
    (年度指标值, 实际完成值) are named before those columns: a value written
    in words there ("合理", "基本健全") is not the row's name."""
    first = next((k.index for k in t.keys if k is not None and k.measure in _WORDED_VALUES), None)
    # …and so are rows named before a column of their kind (采购类别 | 计量单位: 货物, 台), not by it
    kinds = [i for i, name in enumerate(t.header) if i and _KIND_COLUMN.search(name)]
    first = min([x for x in (first, *kinds[:1]) if x is not None], default=None)
    if first is None:
        return
    for row in t.rows:
        if t.aligned(row) is not None and len(row.cells) == len(t.header):
            row.values_from = first


_WORDED_VALUES = (Measure.TARGET, Measure.ACHIEVED)
_KIND_COLUMN = pattern("table_context", "kind_column")


_GRAND_TOTALS = frozenset(("总收入", "总支出", "收入总计", "支出总计"))
# (and the 基本支出 breakdown: a 财政拨款基本支出表's 人员经费 is the grants' share of the text's)
_TITLE_SCOPED = frozenset(words("table_context", "title_scoped_concepts"))


def _title_qualifiers(a: Analysis, t: Table) -> frozenset:
    """The qualifiers its caption names (财政拨款, 一般公共预算), read once a table."""
    found = t.__dict__.get("_title_qualifiers")
    if found is None:
        found = t.__dict__["_title_qualifiers"] = a.lexicon.qualifiers_in(title_of(a.doc.text, t))
    return found


def _annexed(a: Analysis, t: Table) -> bool:
    """A table captioned as an annex (附表1 …, 附件2 …), read once a table."""
    found = t.__dict__.get("_annexed")
    if found is None:
        found = t.__dict__["_annexed"] = title_of(a.doc.text, t).startswith(("附表", "附件"))
    return found


def _place(a: Analysis, f: Fact, ref: CellRef, before: str, assumed: str | None) -> None:
    """Label, concept, phase, year and unit of a figure in a cell; ``before``
    is the cell's text before the figure."""
    f.extras["cell"] = ref
    f.extras["in_table"] = True
    label = _cell_label(f, ref, before)
    f.label = label
    f.role = "level"
    key = ref.table.keys[ref.column] if ref.header and 0 <= ref.column < len(ref.table.keys) else None
    _cell_concept(a.lexicon, f, ref, label, key)
    if f.concept in _GRAND_TOTALS or f.concept in _TITLE_SCOPED:
        # "财政拨款收支总表 | 一、本年收入 2863.23": the fiscal grants' income, not the unit's whole (事业收入 too)
        f.qualifiers = f.qualifiers | _title_qualifiers(a, ref.table)
    if "section" in f.extras and _annexed(a, ref.table):
        # "附表1 收入支出决算总体情况表" after the text's last section: its own caption says what it holds
        f.extras["section"] = _title_qualifiers(a, ref.table)
    _cell_phase_and_year(a, f, ref.header, key)
    counted = _is_count(f, label, ref.header)
    # ("13部", "加装电梯15部": a figure with a word after it in its cell counts what no unit names; no 万元)
    if f.q.unit is None and not counted and not _HAN_AFTER.match(a.doc.text, f.q.end):
        unit = _cell_unit(f, ref, key, assumed)
        info = lookup(unit) if unit else None
        if info is not None and info.dimension == "money" and f.q.scale >= 10000:
            # "3359.62万" in a 万元 table: the cell's 万 is the unit's own scale, not a second one
            f.q.unit, f.q.scale, f.q.info = money_unit_of_scale(f.q.scale)
            f.q.value = Decimal(f.q.digits) * f.q.scale
            f.q.reread()
        elif unit:
            f.q.unit, f.q.info = unit, info
            f.q.reread()
    if "." not in f.q.digits and (_cell_words()["exact_columns"].search(ref.header) or counted):
        # weights (分值) and whole targets/outcomes of a score table are exact
        f.q.extras["exact"] = True
        f.q.reread()


def _cell_label(f: Fact, ref: CellRef, before: str) -> str:
    """The figure's name: the cell's own words before it, the name cell
    before it in a row of pairs, the row's label or the column's name,
    without its numbering. A cell naming its number ("其中：基本支出：3399.42")
    leaves the column's name aside (``ref.header`` emptied)."""
    inline = _INLINE_NOISE.sub("", before).strip("-−－+＋（( ≥≤＞＜><=")  # a sign (or a target's ≥) is not a name
    if inline:
        ref.header = ""
    label = inline or _pair_name(ref.row, f.q.num_start, _serial_cells(ref)) or ref.row.label or ref.header
    return _NUMBERING.sub("", label).strip()


def _cell_concept(lex, f: Fact, ref: CellRef, label: str, key) -> None:
    """The concept its label heads, none in a column of points, rates or
    changes (not the amount the label names); a 总分 row's 得分 is the
    自评得分."""
    head = lex.head_concept(label)
    f.concept = head[2] if head else None
    f.tight = head is not None and len(lex.strip_names(label).strip(" ：:（）()")) <= 4
    # "财政拨款支出合计" is the 总支出 of 财政拨款 only: the words beside the concept narrow it
    f.qualifiers = lex.qualifiers_in(label[:head[0]] + label[head[1]:] if head else label)
    if _cell_words()["score_columns"].search(ref.header) or _cell_words()["rate_columns"].search(ref.header) or (
            key is not None and key.measure in _NOT_LEVEL):
        f.concept, f.tight = None, False
    if ref.table.header and ref.aligned and ref.column >= len(ref.table.header):
        # (a column past the header's names, a 收支总表's other side whose names were lost: not the row's figure)
        f.concept, f.tight = None, False
    if ref.row.label in ("总分", "合计得分", "总得分", "合计", "总计") and leaf_name(ref.header).endswith("得分"):
        f.concept, f.tight = "自评得分", True
    leaf = leaf_name(ref.header) if ref.header else ""
    # (a column named by a phase alone, 年初预算数 or 全年执行数, names no concept of its own)
    column = lex.head_concept(leaf) if leaf and lex.names_specific_concept(leaf) else None
    if f.tight and column is not None and column[2] != f.concept:
        # row 工资福利支出 × column 公用经费 (or 项目支出): a part of the row's figure, not it
        f.tight = False


def _cell_phase_and_year(a: Analysis, f: Fact, header: str, key) -> None:
    """The column's phase (a score table's target is neither budget nor
    outturn: 目标) and year (上年决算数 is last year's figure: the column's key
    reads 上年/本年 against the report's year)."""
    # (a column naming none, the row's name may: "全年预算数 | 120" in a form read by its rows)
    marks = _phase_marks(a.lexicon, header) or _phase_marks(a.lexicon, f.label)
    f.phase = marks[-1][1] if marks else None
    if f.phase and key is not None and key.phase is None and key.year and balance_side(header):
        f.phase = None  # a balance sheet's 年初数: last year's closing balance, no 年初预算
    if _cell_words()["target_columns"].search(header):
        f.phase = "目标"
    elif _cell_words()["actual_columns"].search(header):
        f.phase = Phase.FINAL.value
    years = _YEAR.findall(header)
    f.year = years[-1] if years else (key.year if key is not None and key.year else a.year)


def _is_count(f: Fact, label: str, header: str) -> bool:
    """A whole number with no unit whose label counts (人数, 个数), outside a column of points or rates."""
    return bool(f.q.unit is None and "." not in f.q.digits and _cell_words()["count_label_endings"].search(label)
                and not _cell_words()["score_columns"].search(header) and not _cell_words()["rate_columns"].search(header))


_TOTAL_SCORE_LABEL = pattern("table_context", "total_score_label")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]")


def _cell_unit(f: Fact, ref: CellRef, key, assumed: str | None) -> str | None:
    """The unit of a figure written without one: 分 in a score column, % in
    a rate column, 人 for people, the table's unit, else the prose's money
    unit for a money figure (marked assumed)."""
    header = ref.header
    if _cell_words()["score_columns"].search(header) or _TOTAL_SCORE_LABEL.match(ref.row.label):
        return "分"
    if _cell_words()["rate_columns"].search(header) or (key is not None and key.unit == "%"):
        return "%"
    if _cell_words()["people_headers"].search(header):
        return "人"
    if f.concept in _PEOPLE and not _money_table(ref.table) and "." not in f.q.digits:
        return "人"  # (a row 行政单位离退休 of a table in 万元, or of 853.06, is spending, not people)
    if ref.table.unit:
        return ref.table.unit
    if assumed and (_cell_words()["money_headers"].search(header) or f.concept or _change_of_amounts(ref.table, key)
                    or _total_of_amounts(ref.table, header) or _a_years_amounts(ref.table, key)):
        f.extras["unit_assumed"] = True
        return assumed
    return None


def _money_table(t: Table) -> bool:
    info = lookup(t.unit) if t.unit else None
    return info is not None and info.dimension == "money"


def _total_of_amounts(t: Table, header: str) -> bool:
    """A 合计 column beside columns of money (合计 | 基本支出 | 项目支出): their total."""
    words = _cell_words()
    return bool(header) and words["total_headers"].fullmatch(leaf_name(header).strip()) is not None and any(
        words["money_headers"].search(h) for h in t.header if h != header)


def _change_of_amounts(t: Table, key) -> bool:
    """A 增减额 column of a table whose amounts are money: the change is in
    their unit (上年决算数 | 本年决算数 | 增减额 with no unit declared; or
    2024年 | 2025年 | 增减额, columns named by their year alone)."""
    return key is not None and key.measure == Measure.CHANGE and any(
        k is not None and (k.measure == Measure.AMOUNT or k.measure is None and k.year) for k in t.keys)


def _a_years_amounts(t: Table, key) -> bool:
    """A column named by its year alone beside a 增减额 column (2024年 | 2025年 |
    增减额): a year's amounts, every row's (合计 too) in the change's unit."""
    return key is not None and key.measure is None and bool(key.year) and any(
        k is not None and k.measure == Measure.CHANGE for k in t.keys)


def _serial_cells(ref: CellRef) -> frozenset[int]:
    """The row's cells under a column that numbers rows (行次): no values."""
    t = ref.table
    cols = t.__dict__.get("_serial_cols")
    if cols is None:
        cols = t.__dict__["_serial_cols"] = frozenset(
            i for i in range(len(t.header)) if is_serial_name(leaf_name(t.column_name(i))))
    if not cols:
        return frozenset()
    aligned = t.aligned(ref.row)
    if aligned is None:  # (a row of two sides under a header of one: each side's 行次)
        return frozenset(id(c) for k, c in enumerate(ref.row.cells) if _side_serial(t, ref.row, k))
    return frozenset(id(c) for col, c in aligned.items() if col in cols)


def _pair_name(row: Row, at: int, serial: frozenset[int] = frozenset()) -> str | None:
    """In a row of name | value pairs ("基本支出总额 | 864.2万 | 项目支出总额 | 0"),
    a value after the first is named by the text cell just before it (a 行次
    cell between them, ``serial``, is passed over; it closes the pair before
    it even when that pair's value is blank: "二、政府性基金…收入 | 2 | | 二、公共安全支出 | 32 | 16.79")."""
    seen_value = False
    name = None
    for c in row.cells:
        if c.start <= at < max(c.end, c.start + 1):
            return name if seen_value and name else None
        if id(c) in serial:
            seen_value = True
            continue
        if c.numeric:
            seen_value, name = True, None
        elif not c.empty:
            name = c.text.strip() if seen_value else None
    return None


_PROSE_CELL = re.compile(r"[，。；,;]")


def _is_prose(text: str) -> bool:
    """A cell holding sentences rather than a figure and its name."""
    body = text.strip()
    # ("建成产业路4.0公里，带动种植1380亩，受益户126户。": short, but clauses)
    return len(body) > 20 and len(_PROSE_CELL.findall(body)) >= 2


def _dominant_money_unit(a: Analysis) -> str | None:
    """The money unit the prose mostly uses (a table that declares none is
    assumed to use it)."""
    units = Counter(f.q.unit for f in a.facts if f.q.dimension == "money" and not f.extras.get("in_table"))
    return units.most_common(1)[0][0] if units else None
