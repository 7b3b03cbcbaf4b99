"""Claims inside tables: what a table's layout asserts between its cells.

- a total row (合计, 小计, a concept whose parts the identities name, a row
  heading numbered items 1、2、3、) against the rows under it, column by
  column; 其中 rows are parts of the row above them, and list selected
  items unless they are all the parts an identity names;
- a row after a deduction (固定资产原值 | 减：累计折旧 | 固定资产净值) against
  the row before it less the deduction;
- a rate column (执行率, 控制率 …) against the columns it divides;
- a score table: 得分 at most 分值, 得分 = 分值 × min(1, 实际/目标) for a
  plain target, the 执行率 row's 得分 = 分值 × 执行率, a first-level
  indicator's points (产出指标（30分）) against its rows' 分值, and the 总分 row
  against the sums of 分值 and 得分;
- a 按收入性质分 / 按支出性质分 block against the total it splits.
"""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Measure
from fiscallint.model.fact import Analysis, Fact
from dataclasses import replace

from fiscallint.model.claim import ANOTHER_COLUMNS_PARTS, Claim
from fiscallint.model.intervals import sum_intervals
from fiscallint.understanding.table_context import facts_between
from fiscallint.understanding.table_facts import _across_tables
from fiscallint.understanding.row_codes import CLASSIFICATION_CODE, classification_codes
from fiscallint.understanding.row_tree import CLASSIFICATION_HEADING, numbering_style, row_tree
from fiscallint.understanding.row_sums import another_columns_parts, first_parts_add_up, nesting_contradicted
from fiscallint.understanding.table_lists import no_list_here, totals_alone
from fiscallint.understanding.header_places import screen_width
from fiscallint.understanding.score_claims import (
    column_named, points_column, score_rows, score_totals, score_tree, scores_without_points,
)
from fiscallint.understanding.table_ratios import column_words, rate_columns, share_columns
from fiscallint.understanding.column_pairs import compared_columns, not_of_derived_changes, other_bases
from fiscallint.understanding.table_model import (fact_sign, side_models, side_tables, signed,
                                                  table_models_by_table, written_sign)
from fiscallint.model.tables import NUMBERED_LABEL, Table, leaf_name, unit_column

_BY_SIDE = pattern("table_claims", "by_side")
_PERIOD_ROW = pattern("table_claims", "period_row")
_CUMULATIVE = pattern("table_claims", "cumulative")
_TOTAL_ROW = pattern("row_tree", "total_row")
_CHILD_MARK = pattern("row_tree", "child_mark")
_DEDUCTION_MARK = pattern("row_tree", "deduction_row")


def _cells(a: Analysis, t: Table) -> dict[tuple[int, int], Fact]:
    """The table's figures by (row, column), as table_context placed them."""
    return t.facts


def table_claims(a: Analysis) -> list[Claim]:
    from fiscallint.understanding.forms import form_claims

    out: list[Claim] = []
    form_out: list[Claim] = []
    score_tables = []
    models = table_models_by_table(a)
    sided = {id(m.table): m for m in side_models(a)}
    for t in a.tables:
        cells = _cells(a, t)
        if not cells:
            continue
        # a table printed in two sides (收入 | 支出) is read a side at a time:
        # each side's rows form their own tree under their own label column
        for side in side_tables(t):
            m = sided.get(id(side)) or models.get(id(t))
            if m is not None:
                form_out.extend(not_of_derived_changes(form_claims(a, m, side.facts), m, side.facts))
                out.extend(share_columns(side, side.facts, m))
            out.extend(_row_sums(a, side, side.facts, m))
        out.extend(_row_changes(a, t, cells))
        out.extend(_header_points(a, t, cells))
        out.extend(rate_columns(t, cells))
        if points_column(t) is not None and column_named(t, Measure.SCORE) is not None:
            score_tables.append((t, cells))
            out.extend(score_rows(t, cells))
        out.extend(_breakdown_sides(a, t, cells))
        if all(len(r.cells) == 2 for r in t.rows):  # name, value
            out.extend(_key_value_rates(t, cells))
        if t.layout == "score-tree":
            out.extend(score_tree(t, cells))
    out.extend(score_totals(a, score_tables, models))
    out.extend(scores_without_points(a, models))
    out.extend(_across_tables(a))
    return _without_repeats(form_out + out)


def _without_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per stated figure and operands (a form's identity and the
    table's structure often say the same); where a form sums a total, its
    parts are the form's, not the rows the structure put under it."""
    by_form = {id(c.stated) for c in claims if c.how.startswith("form ") and c.kind == "composition"
               and _down_its_column(c)}
    seen: dict[tuple, int] = {}
    out: list[Claim] = []
    for c in claims:
        if c.kind == "composition" and id(c.stated) in by_form and not c.how.startswith("form "):
            continue
        # (a row's change rate checked with the row's 增减额 too says more than the form's, of the two years alone)
        ops = c.operands[:2] if c.kind == "row_growth" else c.operands
        key = (id(c.stated), frozenset(id(o) for o in ops))
        if key in seen:
            if len(c.operands) > len(out[seen[key]].operands):
                out[seen[key]] = c
            continue
        seen[key] = len(out)
        out.append(c)
    return out


def _down_its_column(c: Claim) -> bool:
    """A form's sum of rows in the total's own column (合计 = 出国 + 用车 +
    接待), not of columns in its row (本年支出合计 = 基本支出 + 项目支出:
    the rows under the total still add up to it, a claim of its own)."""
    ref = c.stated.extras.get("cell")
    return ref is None or all(getattr(o.extras.get("cell"), "column", None) == ref.column for o in c.operands)


_PART_RATE = pattern("table_claims", "part_rate")


def _key_value_rates(t: Table, cells) -> list[Claim]:
    """"投入总数 246.37 | 抽查资金总数 246.37 | 资金抽查占比 100%": a ratio named
    after the value just before it divides that value by the one before."""
    from fiscallint.understanding.labels import shares_word

    out = []
    for ri in range(2, len(t.rows)):
        rate, part, whole = cells.get((ri, 1)), cells.get((ri - 1, 1)), cells.get((ri - 2, 1))
        if rate is None or part is None or whole is None or not rate.q.is_percent or part.q.is_percent or whole.q.is_percent:
            continue
        name, part_name = t.rows[ri].label, t.rows[ri - 1].label
        if not _PART_RATE.search(name) or not shares_word(name, part_name):
            continue
        out.append(Claim("rate", rate, [part, whole], "eq", f"table: {part_name} / {t.rows[ri - 2].label}"))
    return out


# ---------------------------------------------------------------- row sums
def _unsure_parents(t: Table, parent: list[int | None]) -> set[int | None]:
    """A row that may stand on another side leaves its parent's sum open,
    and the parent of the row it could stand beside."""
    unsure = {parent[r] for r in t.uncertain_rows if r < len(parent)}
    unsure |= {parent[r - 1] for r in t.uncertain_rows if 0 < r <= len(parent)}
    return unsure


def _sum_relation(lex, labels: list[str], concepts: list, p: int, kids: list[int], kinds: set[str]) -> str:
    """"le" for 其中 rows, or rows placed only as the lexicon's parts of their
    row (identity), that the lexicon does not say complete it (a partial list
    is not a sum) and whose last row is not the rest, else "eq"."""
    named = {concepts[k] for k in kids}
    if kinds == {"identity"}:
        # rows placed by an identity that names only some parts (rules/identities.toml partial:
        # 总收入's 一般公共预算拨款 and 政府性基金预算拨款, beside which 其他收入 … may stand unnamed)
        idents = [i for i in lex.identities if i.total == concepts[p] and named & set(i.parts)]
        partial = bool(idents) and all(i.partial for i in idents)
        return "le" if partial and not _ends_with_rest(labels, kids) else "eq"
    complete = concepts[p] and lex.complete(concepts[p], named)
    return "le" if kinds == {"其中"} and not complete and not _ends_with_rest(labels, kids) else "eq"


def _ends_with_rest(labels: list[str], kids: list[int]) -> bool:
    """Two or more 其中 rows, the last of them 其他 (其他资金 …): the list names every part."""
    from fiscallint.understanding.table_model import word_patterns

    if len(kids) < 2:
        return False
    last = _CHILD_MARK.sub("", labels[kids[-1]])
    return bool(word_patterns("residual")["words"].match(last)) and len(last) <= 4


def _may_run_on(a: Analysis, t: Table, cells, parent: list[int | None], p: int, kids: list[int]) -> bool:
    """A row heading the rows below it, down to a table that ends the text
    on a row cut short (or a row's first words): the text is an excerpt cut inside the table, so its
    rows may go on past it (parts short of the row are no contradiction,
    parts above it are). A table the document itself delimits (Word) is whole."""
    if not p < kids[0] or a.doc.origins is not None and getattr(a.doc.origins, "cells", None) is not None:
        return False
    text_end = a.__dict__.get("_text_end")
    if text_end is None:  # (where the text's last words end, found once a document)
        text_end = a.__dict__["_text_end"] = len(a.doc.text.rstrip(_BLANK_OR_RULE))
    if text_end - t.end > _CUT_ROW_CHARS + _TAIL_SLACK:
        return False  # more text after the table than a row's first words
    # the table's last row, but for rows that stand for nothing (a page's header printed again)
    end = max((r for r in range(len(parent)) if parent[r] != -1), default=-1)
    if max(r for r in range(len(parent)) if _under(parent, r, p)) != end:
        return False
    rest = a.doc.text[t.end:text_end].strip(_BLANK_OR_RULE)
    if rest:
        # "常山" and the end: the next row's first words, cut with the text (numbered as its rows are: "3.工伤预")
        return len(rest) <= _CUT_ROW_CHARS and not _SENTENCE_OR_LINE.search(rest) and (
            not NUMBERED_LABEL.match(rest) or numbering_style(rest) == numbering_style(t.rows[kids[-1]].label))
    return len(t.rows[-1].cells) < len(t.header)


_CUT_ROW_CHARS = 20
_TAIL_SLACK = 40  # blanks and bars around those words
_SENTENCE_OR_LINE = re.compile(r"[\n。；;：:]")


def _lone_row_of_text(a: Analysis, t: Table, kids: list[int]) -> bool:
    """A row with one row under it, in a table read from text: the others
    may be on lines the reading did not take for rows (a row broken over
    lines), so the one is a part, not the whole. A Word table is whole."""
    return len(kids) == 1 and not (a.doc.origins is not None and getattr(a.doc.origins, "cells", None) is not None)


_BLANK_OR_RULE = " \t\r\n\u3000|"  # after a table's last row, at the end of the text, nothing else


def _under(parent: list[int | None], r: int, p: int) -> bool:
    """Whether row r stands under row p, at any depth."""
    seen = set()
    while r is not None and r >= 0 and r not in seen:
        seen.add(r)
        r = parent[r]
        if r == p:
            return True
    return False


def _places_on_screen(a: Analysis, f) -> tuple[int, int]:
    """Where a figure starts and ends on screen on its line (a Chinese character two wide)."""
    line = a.doc.start_of_line(f.q.start)
    return screen_width(a.doc.text[line:f.q.start]), screen_width(a.doc.text[line:f.q.end])


def _near(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two figures in one column: starting or ending within a cell's width (left- or right-aligned,
    padded by characters or by screen places); not a figure of a column a whole side away."""
    return abs(x[0] - y[0]) <= _CELL_WIDTH or abs(x[1] - y[1]) <= _CELL_WIDTH


_CELL_WIDTH = 24  # (two cells: a long label may push its row's figures one cell right)


def _not_summable(total) -> bool:
    """A percentage, or a measure other than money or a count: its rows are not its parts."""
    return total.q.is_percent or total.q.dimension != "money" and total.q.unit not in (None,) and not total.q.is_count


def _column_sum(a: Analysis, t: Table, label: str, col: int, total, parts, relation: str) -> Claim | None:
    """A row's figure in one column as the sum of its rows' figures there:
    with their signs when some rise and some fall (-204.61, +12.30: their
    sizes do not add up, the changes do), and then only as an equality."""
    name = t.column_name(col)
    if _CUMULATIVE.search(name) and all(_PERIOD_ROW.match(p.label.strip()) for p in parts):
        return None  # "季度 | 本季度支出 | 累计支出": each period's running total, the year's is the last
    if t.layout == "columns" and not any(_near(_places_on_screen(a, total), _places_on_screen(a, p)) for p in parts) \
            and "\t" not in a.doc.text[a.doc.start_of_line(total.q.start):total.q.end]:
        return None  # (aligned columns: a figure ending far from its parts' is another column's, misplaced)
    said = f"table: {label or '合计'} {('(' + name + ') ') if name else ''}= its rows"
    signs = {fact_sign(a.doc.text, f) for f in (total, *parts)}
    # all written negative: the sum of the sizes holds too, but the figures
    # the finding names must keep the signs the table shows
    if len(signs) > 1 or (signs == {-1} and relation == "eq"):
        if relation != "eq":
            return None
        return Claim("form_linear", total, parts, "eq", f"{said}, with their signs",
                     direction=written_sign(a.doc.text, total),
                     variant=",".join(f"1:{fact_sign(a.doc.text, f)}" for f in parts),
                     pattern="table.signed-sum", trigger=leaf_name(name) or label)
    return Claim("composition", total, parts, relation, said)


def _per_unit(t: Table, col: int) -> bool:
    """A column no total adds (单价, 天数, a gap in points: rules/tables.toml's 单价; a rate,
    增速（％） whose cells are bare numbers)."""
    key = t.keys[col] if t.keys and col < len(t.keys) else None
    return key is not None and key.measure in _NOT_ADDED


_NOT_ADDED = frozenset({Measure.PER_UNIT, Measure.CHANGE_RATE, Measure.EXECUTION_RATE})


def _units_unsure(total, parts) -> bool:
    """Amounts beside bare numbers (a table whose unit was not read, some
    rows' units guessed from their names): what the bare ones count is unknown."""
    figures = (total, *parts)
    return any(f.q.dimension == "money" for f in figures) and any(f.q.unit is None and not f.q.is_count for f in figures)


def _change_column(t: Table, col: int) -> bool:
    key = t.keys[col] if t.keys and col < len(t.keys) else None
    return key is not None and key.measure in (Measure.CHANGE, Measure.CHANGE_RATE)


def _change_left_blank(t: Table, cells, kids: list[int], col: int) -> bool:
    """A change column where a row with figures leaves its change blank
    ("二、非税收入 | 325.09 | 360.91 | |"): not written, not zero; the rows'
    changes do not add up to the total's."""
    key = t.keys[col] if col < len(t.keys) else None
    return key is not None and key.measure == Measure.CHANGE and any(
        (k, col) not in cells and any((k, c) in cells for c in range(len(t.header))) for k in kids)


def _row_sums(a: Analysis, t: Table, cells, m=None) -> list[Claim]:
    """Each row's figures as the sums of its rows', column by column, but a
    增减额 column's where its total is no sum of its rows'
    (column_pairs.not_of_derived_changes)."""
    claims = _row_sum_claims(a, t, cells)
    return not_of_derived_changes(claims, m, cells) if m is not None else claims


_SOME_ROWS_NOTE = pattern("table_claims", "some_rows_note")


def _some_of_the_rows(a: Analysis, t: Table, cells, parent, p: int, kids: list[int]) -> bool:
    """The rows under ``p`` may be some of its parts: they may run on past the
    table, a row of text stands among them, or a note under the table says it
    lists some ("注：本表仅列示类级科目及主要款级科目")."""
    return _may_run_on(a, t, cells, parent, p, kids) or _lone_row_of_text(a, t, kids) \
        or _SOME_ROWS_NOTE.match(a.doc.text, t.end) is not None


def _row_sum_claims(a: Analysis, t: Table, cells) -> list[Claim]:
    lex = a.lexicon
    labels = [r.label for r in t.rows]
    concepts = [lex.concept_of(lab) if lab else None for lab in labels]
    parent, how = row_tree(lex, t, cells)
    unsure = _unsure_parents(t, parent) | nesting_contradicted(parent, cells, lambda f: fact_sign(a.doc.text, f))
    codes, continued = classification_codes(t), _codes_continued_on_other_sides(t)
    figured = {r for r, _ in cells}
    if totals_alone(lex, labels, figured):
        return []
    out = []
    for p in sorted(set(x for x in parent if x is not None and x >= 0)):
        if p in unsure:
            continue
        kids = [i for i, x in enumerate(parent) if x == p]
        if no_list_here(t, labels, figured, kids, "其中" in how.get(p, ())):
            continue
        if "net" in how.get(p, ()):
            out.extend(_net_of_deduction(a, t, cells, p, kids))
            continue
        relation = _sum_relation(lex, labels, concepts, p, kids, how.get(p, set()))
        if relation == "eq" and "其中" in how.get(p, ()) and _short_in_every_column(t, cells, p, kids):
            relation = "le"
        if "其中" in how.get(p, ()) and first_parts_add_up(cells, p, kids):
            continue
        if _some_of_the_rows(a, t, cells, parent, p, kids) or bool(codes) and codes[p] in continued:
            relation = "le"  # (302's 款 going on in the side after it: those here are some of them)
        whole = _whole_of(labels, parent, figured, p)
        if whole is not None:
            out.extend(_column_sums_of_row(a, t, cells, labels[whole], whole, kids, relation, "其中" in how.get(p, ())))
    return out


def _whole_of(labels: list[str], parent: list[int | None], figured: set[int], p: int) -> int | None:
    """The row whose figures row ``p``'s rows add up to: its own, or under a
    heading with none ("按支出性质分："), the total above the heading (one
    breakdown of it, beside the breakdown under another heading)."""
    if p in figured or not CLASSIFICATION_HEADING.match(labels[p]):
        return p
    return next((r for r in range(p - 1, -1, -1) if r in figured and parent[r] is None), None)


def _short_in_every_column(t: Table, cells, p: int, kids: list[int]) -> bool:
    """其中 rows falling short of their row in every column of figures, two or
    more, by gaps of their own (本期 and 上年同期 both): a part left out of the
    list, not a slip in one cell; the list is partial."""
    short = 0
    for col in sorted({c for (r, c) in cells if r == p}):
        total = cells[(p, col)]
        parts = [cells[(k, col)] for k in kids if (k, col) in cells]
        if _not_summable(total) or _per_unit(t, col) or _change_column(t, col) or not parts \
                or any(f.q.is_percent or f.q.value < 0 for f in (total, *parts)):
            continue
        if sum_intervals(f.q.interval() for f in parts).hi >= total.q.interval().lo:
            return False
        short += 1
    return short >= 2


def _net_of_deduction(a: Analysis, t: Table, cells, net: int, terms: list[int]) -> list[Claim]:
    """"固定资产净值" under "固定资产原值" and "减：累计折旧", in each column
    holding all three: the gross less the deduction (however its sign is
    written: 减 says it is taken away)."""
    if len(terms) < 2:
        return []
    gross, taken = terms[0], terms[1:]
    out = []
    for col in sorted({c for (r, c) in cells if r == net}):
        if (gross, col) not in cells or any((k, col) not in cells for k in taken) or _not_summable(cells[(net, col)]):
            continue
        stated, parts = cells[(net, col)], [cells[(gross, col)], *(cells[(k, col)] for k in taken)]
        name = t.column_name(col)
        less = " − ".join(_DEDUCTION_MARK.sub("", t.rows[k].label) for k in taken)
        out.append(Claim("form_linear", stated, parts, "eq",
                         f"table: {t.rows[net].label} {('(' + name + ') ') if name else ''}= {t.rows[gross].label} − {less}",
                         direction=written_sign(a.doc.text, stated),
                         # (a change column's deduction is signed: a fall in 累计折旧 raises the net)
                         variant=",".join([f"1:{fact_sign(a.doc.text, parts[0])}"] + [
                             f"0:{fact_sign(a.doc.text, p)}" if _change_column(t, col) else "0:1" for p in parts[1:]]),
                         pattern="table.net-of-deduction", trigger=leaf_name(name) or t.rows[net].label))
    return out


def _column_sums_of_row(a: Analysis, t: Table, cells, label: str, p: int, kids: list[int], relation: str,
                        breakdown: bool = False) -> list[Claim]:
    """Row ``p``'s figure in each column as the sum of its rows' there; a 其中
    ``breakdown`` with a part left blank in a column is a bound there."""
    out = []
    kids = _of_its_unit(t, p, kids)
    for col in sorted({c for (r, c) in cells if r == p}):
        total = cells[(p, col)]
        if _not_summable(total) or _per_unit(t, col):
            continue
        parts = [cells[(k, col)] for k in kids if (k, col) in cells]
        # ("公务用车运行维护费 | — | 5.97 | 4.59": not broken down there, not nil: a bound in that column only)
        here = "le" if breakdown and len(parts) < len(kids) and _left_blank_here(cells, kids, col) else relation
        if here != "eq" and _change_column(t, col):
            continue  # (the parts named may rise while the rest fall: a change is no bound of its named parts')
        if not parts or any(f.q.is_percent for f in parts) or _change_left_blank(t, cells, kids, col) \
                or _units_unsure(total, parts):
            continue
        claim = _column_sum(a, t, label, col, total, parts, here)
        if claim is not None and claim.kind == "composition" and another_columns_parts(cells, p, kids, col, parts):
            claim = replace(claim, variant=ANOTHER_COLUMNS_PARTS)
        if claim is not None:
            out.append(claim)
    return out


def _of_its_unit(t: Table, p: int, kids: list[int]) -> list[int]:
    """Under a 单位 column ("城市低保户数 | 户", "城市低保资金 | 万元", "低保资金合计 | 万元"),
    the rows of the total's unit only: rows of other units are no parts of it."""
    col = unit_column(t)
    if col is None:
        return kids
    unit = (t.aligned(t.rows[p]) or {}).get(col)
    if unit is None or not unit.text.strip():
        return kids
    return [k for k in kids if ((t.aligned(t.rows[k]) or {}).get(col) or unit).text.strip() == unit.text.strip()]


def _left_blank_here(cells, kids: list[int], col: int) -> bool:
    """A part with figures in other columns left blank (or "—") in this one."""
    return any((k, col) not in cells and any(r == k for r, _ in cells) for k in kids)


def _codes_continued_on_other_sides(t: Table) -> set[str]:
    """The classification codes whose rows go on in another side of the table
    t is a side of ("302 商品和服务支出" and its 款 30201… in the middle side,
    30217… in the right one): each code prefix of the other sides' rows."""
    whole = t.__dict__.get("_whole")
    if whole is None:
        return set()
    out: set[str] = set()
    for side in side_tables(whole[0]):
        if side is not t:
            for row in side.rows:
                code = next((c.text.strip() for c in row.cells if CLASSIFICATION_CODE.fullmatch(c.text.strip())), "")
                out.update(code[:n] for n in (3, 5) if n < len(code))
    return out



# ---------------------------------------------------------------- row changes
def _row_changes(a: Analysis, t: Table, cells) -> list[Claim]:
    """Across one row: a 增减额 column is the later column less the earlier
    (本年 − 上年, 决算 − 预算), a 增减率 column that change over the earlier
    one, each with the sign it is written with. In a column that writes a
    decrease negative, a figure written without a sign is an increase."""
    m = table_models_by_table(a).get(id(t))
    if m is None:
        return []
    out = []
    change_cols = {compared_columns(m, c.index): c.index for c in m.columns if c.measure == Measure.CHANGE}
    for col in m.columns:
        if col.measure not in (Measure.CHANGE, Measure.CHANGE_RATE):
            continue
        pair = compared_columns(m, col.index)
        if pair is not None:
            out.extend(_changes_down(a.doc.text, t, cells, m, col, pair, change_cols.get(pair)))
    return out


def _changes_down(text: str, t: Table, cells, m, col, pair: tuple[int, int], change_col: int | None) -> list[Claim]:
    """The claims of one change column, row by row; a rate's row that writes
    its 增减额 too (``change_col``) bounds the difference by it as well."""
    now_col, base_col = pair
    also = other_bases(m, col.index, base_col)
    column = [(t.aligned(row) or {}).get(col.index) for row in t.rows]
    writes_signs = any(c is not None and signed(c) < 0 for c in column)
    kind = "row_change" if col.measure == Measure.CHANGE else "row_growth"
    said = (f"table: {leaf_name(col.name)} = {leaf_name(m.columns[now_col].name)} − "
            f"{leaf_name(m.columns[base_col].name)}" + (" over it" if kind == "row_growth" else ""))
    out = []
    for ri, row in enumerate(t.rows):
        stated, now, base = cells.get((ri, col.index)), cells.get((ri, now_col)), cells.get((ri, base_col))
        if stated is None or now is None or base is None or now.q.is_percent or base.q.is_percent or column[ri] is None:
            continue
        if (col.measure == Measure.CHANGE_RATE) != stated.q.is_percent and stated.q.unit is not None:
            continue
        direction = signed(column[ri]) or int(writes_signs)
        signed_levels = _signed_levels_change(text, kind, stated, now, base, direction, said, leaf_name(col.name))
        if signed_levels is not None:
            out.extend(signed_levels)
            continue
        written = cells.get((ri, change_col)) if kind == "row_growth" and change_col is not None else None
        out.append(Claim(kind, stated, [now, base] + ([written] if written is not None and not written.q.is_percent else []),
                         "eq", said, direction=direction,
                         alternatives=[[now, cells[(ri, b)]] for b in also if (ri, b) in cells],
                         pattern="table.change-column" if kind == "row_change" else "table.change-rate-column",
                         trigger=leaf_name(col.name)))
    return out


def _signed_levels_change(text: str, kind: str, stated: Fact, now: Fact, base: Fact, direction: int, said: str,
                          column: str) -> list[Claim] | None:
    """当年收支结余 | 293.55 | -951.78 | -1245.33: a row whose levels are written
    negative changes by the signed difference (a rate over a negative figure
    is no report's convention: none is read); None for levels written as sizes."""
    if fact_sign(text, now) > 0 and fact_sign(text, base) > 0:
        return None
    if kind != "row_change":
        return []
    return [Claim("form_linear", stated, [now, base], "eq", said, direction=direction,
                  variant=f"1:{fact_sign(text, now)},0:{fact_sign(text, base)}", pattern="table.change-column",
                  trigger=column)]


# ---------------------------------------------------------------- header points
def _header_points(a: Analysis, t: Table, cells) -> list[Claim]:
    """A 得分 column whose header states its points ("得分（20分*执行率）"): no
    row scores above them, and where the row has a 执行率 the score is the
    points × min(1, 执行率)."""
    m = table_models_by_table(a).get(id(t))
    if m is None or points_column(t) is not None:
        return []  # a 分值 column gives each row its own points (score_rows)
    out = []
    rate_col = next((c.index for c in m.columns if c.measure == Measure.EXECUTION_RATE), None)
    for col in m.columns:
        if col.measure != Measure.SCORE:
            continue
        points = None
        for hr in reversed(t.header_rows):
            cell = hr.cells[col.index] if col.index < len(hr.cells) else None
            if cell is not None:
                points = next((f for f in facts_between(a, cell.start, cell.end) if f.q.unit == "分"), None)
            if points is not None:
                break
        if points is None:
            continue
        for (ri, c), score in cells.items():
            if c != col.index or score.q.is_percent or score is points:
                continue
            rate = cells.get((ri, rate_col)) if rate_col is not None else None
            if rate is not None and rate.q.is_percent:
                out.append(Claim("score", score, [points, rate], "eq", f"table: {col.name} = 分值 × min(1, 执行率)",
                                 variant="rate"))
            else:
                out.append(Claim("score", score, [points], "le", f"table: {col.name} at most its points",
                                 variant="cap"))
    return out


# ---------------------------------------------------------------- 按…性质分
def _breakdown_sides(a: Analysis, t: Table, cells) -> list[Claim]:
    """"按收入性质分： | 按支出性质分：" then cells "一般公共预算：3427.08" …: each
    side adds up to the total row's budget (收入) or outturn (支出)."""
    out = []
    total_row = next((ri for ri, r in enumerate(t.rows) if "资金总额" in r.label or _TOTAL_ROW.match(r.label)), None)
    for ri, row in enumerate(t.rows):
        sides = {i: c.text for i, c in enumerate(row.cells) if _BY_SIDE.search(c.text)}
        if not sides or total_row is None:
            continue
        for pos, name in sides.items():
            parts = []
            for rj in range(ri + 1, len(t.rows)):
                r2 = t.rows[rj]
                if pos >= len(r2.cells) or not any(c.text for c in r2.cells):
                    break
                cell = r2.cells[pos]
                parts.extend(f for f in facts_between(a, cell.start, cell.end) if f.q.dimension == "money")
            claim = _side_of_total(t, cells, total_row, name, parts)
            if claim is not None:
                out.append(claim)
    return out


def _side_of_total(t: Table, cells, total_row: int, name: str, parts: list[Fact]) -> Claim | None:
    """One side's parts as the total row's budget (收入) or outturn (支出): the
    form leaves the column unsaid, so filled in, a side may split another of
    the row's figures."""
    want = column_words()["outturn"] if "支出" in name else column_words()["budget"]
    col = next((i for i, n in enumerate(t.header) if want.search(n)), None)
    total = cells.get((total_row, col)) if col is not None else None
    if total is None or len(parts) < 2:
        return None
    others = [f for (r, c), f in cells.items() if r == total_row and c != col
              and f.q.dimension == total.q.dimension and not f.q.is_percent]
    return Claim("composition", total, parts, "eq", f"table: {name.strip('：:')} = {t.header[col]}", other_totals=others)
