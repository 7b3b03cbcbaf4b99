"""Claims inside tables: what a table's layout asserts between its cells.

- a total row (合计, 小计, a concept whose parts the identities name, a row
  heading numbered items 1、2、3、) against the rows under it, column by
  column; 其中 rows are parts of the row above them, and list selected
  items unless they are all the parts an identity names;
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
from fiscallint.model.claim import SCORES_CAPPED, Claim
from fiscallint.understanding.table_context import facts_between
from fiscallint.understanding.table_facts import _across_tables
from fiscallint.understanding.row_tree import row_tree
from fiscallint.understanding.table_ratios import column_words, rate_columns, share_columns
from fiscallint.understanding.table_model import (compared_columns, fact_sign, side_models, side_tables, signed,
                                                  table_models_by_table, written_sign)
from fiscallint.model.tables import Table, leaf_name

_BY_SIDE = pattern("table_claims", "by_side")
_TOTAL_ROW = pattern("row_tree", "total_row")
_CHILD_MARK = pattern("row_tree", "child_mark")
_FIRST_LEVEL = pattern("table_claims", "first_level")
_BETWEEN_BLOCKS = pattern("table_claims", "between_blocks")
_TOTAL_SCORE_ROW = pattern("table_claims", "total_score_row")


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
                form_out.extend(form_claims(a, m, side.facts))
                out.extend(share_columns(side, side.facts, m))
            out.extend(_row_sums(a, side, side.facts))
        out.extend(_row_changes(a, t, cells))
        out.extend(_header_points(a, t, cells))
        out.extend(rate_columns(t, cells))
        if _column(t, Measure.POINTS) is not None and _column(t, Measure.SCORE) is not None:
            score_tables.append((t, cells))
            out.extend(_score_rows(t, cells))
        out.extend(_breakdown_sides(a, t, cells))
        if all(len(r.cells) == 2 for r in t.rows):  # name, value
            out.extend(_key_value_rates(t, cells))
        if t.layout == "score-tree":
            out.extend(_score_tree(t, cells))
    out.extend(_score_totals(a, score_tables, models))
    out.extend(_scores_without_points(a, models))
    out.extend(_across_tables(a))
    return _without_repeats(form_out + out)


def _without_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per stated figure and operands (a form's identity and the
    table's structure often say the same); where a form sums a total, its
    parts are the form's, not the rows the structure put under it."""
    by_form = {id(c.stated) for c in claims if c.how.startswith("form ") and c.kind == "composition"
               and _down_its_column(c)}
    seen = set()
    out = []
    for c in claims:
        if c.kind == "composition" and id(c.stated) in by_form and not c.how.startswith("form "):
            continue
        key = (id(c.stated), frozenset(id(o) for o in c.operands))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _down_its_column(c: Claim) -> bool:
    """A form's sum of rows in the total's own column (合计 = 出国 + 用车 +
    接待), not of columns in its row (本年支出合计 = 基本支出 + 项目支出:
    the rows under the total still add up to it, a claim of its own)."""
    ref = c.stated.extras.get("cell")
    return ref is None or all(getattr(o.extras.get("cell"), "column", None) == ref.column for o in c.operands)


def _score_tree(t: Table, cells) -> list[Claim]:
    """一级 → 二级 → 三级 indicators, a row each: a group's points are the sum
    of its children's. A group followed by another group is a first-level
    one (its children are the groups up to the next first-level group); a
    group followed by leaves is second-level (its children are those leaves)."""
    rows = t.rows
    leaf = [not rows[i].cells[2].empty for i in range(len(rows))]
    out = []
    i = 0
    while i < len(rows):
        if leaf[i]:  # a leaf's 得分 ≤ 分值 is a score row's check (_score_rows)
            i += 1
            continue
        if i + 1 < len(rows) and not leaf[i + 1]:  # first level: its second-level groups follow
            kids, j = [], i + 1
            while j < len(rows) and not leaf[j]:
                if j + 1 < len(rows) and not leaf[j + 1] and j > i + 1:
                    break  # the next first-level group
                kids.append(j)
                j += 1
                while j < len(rows) and leaf[j]:
                    j += 1
            head = cells.get((i, 1))
            parts = [cells[(k, 1)] for k in kids if (k, 1) in cells]
            if head is not None and parts:
                out.append(Claim("composition", head, parts, "eq", f"table: {rows[i].label} 分值 = Σ 二级指标"))
            i += 1
            continue
        j = i + 1
        while j < len(rows) and leaf[j]:
            j += 1
        head = cells.get((i, 1))
        parts = [cells[(k, 1)] for k in range(i + 1, j) if (k, 1) in cells]
        if head is not None and parts:
            out.append(Claim("composition", head, parts, "eq", f"table: {rows[i].label} 分值 = Σ 三级指标"))
        i += 1
    return out


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


def _column(t: Table, word: str, exclude: str | None = None) -> int | None:
    for i, name in enumerate(t.header):
        if word in name and (exclude is None or exclude not in name):
            return i
    return None


# ---------------------------------------------------------------- row sums
def _unsure_parents(t: Table, parent: list[int | None]) -> set[int | None]:
    """A row that may stand on another side leaves its parent's sum open,
    and the parent of the row it could stand beside."""
    unsure = {parent[r] for r in t.uncertain_rows if r < len(parent)}
    unsure |= {parent[r - 1] for r in t.uncertain_rows if 0 < r <= len(parent)}
    return unsure


def _sum_relation(lex, labels: list[str], concepts: list, p: int, kids: list[int], kinds: set[str]) -> str:
    """"le" for 其中 rows that the lexicon does not say complete their row
    (a partial list is not a sum) and whose last row is not the rest, else "eq"."""
    complete = concepts[p] and lex.complete(concepts[p], {concepts[k] for k in kids})
    return "le" if kinds == {"其中"} and not complete and not _ends_with_rest(labels, kids) else "eq"


def _ends_with_rest(labels: list[str], kids: list[int]) -> bool:
    """Two or more 其中 rows, the last of them 其他 (其他资金 …): the list names every part."""
    from fiscallint.understanding.table_model import word_patterns

    if len(kids) < 2:
        return False
    last = _CHILD_MARK.sub("", labels[kids[-1]])
    return bool(word_patterns("residual")["words"].match(last)) and len(last) <= 4


def _may_run_on(a: Analysis, t: Table, p: int, kids: list[int]) -> bool:
    """A row heading the rows below it, down to a table that ends the text
    on a row cut short: the text is an excerpt cut inside the table, so its
    rows may go on past it (parts short of the row are no contradiction,
    parts above it are). A table the document itself delimits (Word) is whole."""
    if not (p < kids[0] and kids[-1] == len(t.rows) - 1) or _NOT_BLANK_OR_RULE.search(a.doc.text, t.end):
        return False
    if a.doc.origins is not None and getattr(a.doc.origins, "cells", None) is not None:
        return False
    return len(t.rows[-1].cells) < len(t.header)


def _lone_row_of_text(a: Analysis, t: Table, kids: list[int]) -> bool:
    """A row with one row under it, in a table read from text: the others
    may be on lines the reading did not take for rows (a row broken over
    lines), so the one is a part, not the whole. A Word table is whole."""
    return len(kids) == 1 and not (a.doc.origins is not None and getattr(a.doc.origins, "cells", None) is not None)


_NOT_BLANK_OR_RULE = re.compile(r"[^\s|]")  # after a table's last row, at the end of the text, nothing else


def _not_summable(total) -> bool:
    """A percentage, or a measure other than money or a count: its rows are not its parts."""
    return total.q.is_percent or total.q.dimension != "money" and total.q.unit not in (None,) and not total.q.is_count


def _column_sum(a: Analysis, t: Table, label: str, col: int, total, parts, relation: str) -> Claim | None:
    """A row's figure in one column as the sum of its rows' figures there:
    with their signs when some rise and some fall (-204.61, +12.30: their
    sizes do not add up, the changes do), and then only as an equality."""
    name = t.column_name(col)
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


def _change_left_blank(t: Table, cells, kids: list[int], col: int) -> bool:
    """A change column where a row with figures leaves its change blank
    ("二、非税收入 | 325.09 | 360.91 | |"): not written, not zero; the rows'
    changes do not add up to the total's."""
    key = t.keys[col] if col < len(t.keys) else None
    return key is not None and key.measure == Measure.CHANGE and any(
        (k, col) not in cells and any((k, c) in cells for c in range(len(t.header))) for k in kids)


def _row_sums(a: Analysis, t: Table, cells) -> list[Claim]:
    lex = a.lexicon
    labels = [r.label for r in t.rows]
    concepts = [lex.concept_of(lab) if lab else None for lab in labels]
    parent, how = row_tree(lex, t, cells)
    unsure = _unsure_parents(t, parent)
    out = []
    for p in sorted(set(x for x in parent if x is not None and x >= 0)):
        if p in unsure:
            continue
        kids = [i for i, x in enumerate(parent) if x == p]
        relation = _sum_relation(lex, labels, concepts, p, kids, how.get(p, set()))
        if _may_run_on(a, t, p, kids) or _lone_row_of_text(a, t, kids):
            relation = "le"
        for col in sorted({c for (r, c) in cells if r == p}):
            total = cells[(p, col)]
            if _not_summable(total):
                continue
            parts = [cells[(k, col)] for k in kids if (k, col) in cells]
            if not parts or any(f.q.is_percent for f in parts) or _change_left_blank(t, cells, kids, col):
                continue
            claim = _column_sum(a, t, labels[p], col, total, parts, relation)
            if claim is not None:
                out.append(claim)
    return out


# ---------------------------------------------------------------- row changes
def _row_changes(a: Analysis, t: Table, cells) -> list[Claim]:
    """Across one row: a 增减额 column is the later column less the earlier
    (本年 − 上年, 决算 − 预算), a 增减率 column that change over the earlier
    one, each with the sign it is written with."""
    m = table_models_by_table(a).get(id(t))
    if m is None:
        return []
    out = []
    for col in m.columns:
        if col.measure not in (Measure.CHANGE, Measure.CHANGE_RATE):
            continue
        pair = compared_columns(m, col.index)
        if pair is None:
            continue
        now_col, base_col = pair
        for ri, row in enumerate(t.rows):
            stated, now, base = cells.get((ri, col.index)), cells.get((ri, now_col)), cells.get((ri, base_col))
            if stated is None or now is None or base is None or now.q.is_percent or base.q.is_percent:
                continue
            if (col.measure == Measure.CHANGE_RATE) != stated.q.is_percent and stated.q.unit is not None:
                continue
            cell = (t.aligned(row) or {}).get(col.index)
            if cell is None:
                continue
            kind = "row_change" if col.measure == Measure.CHANGE else "row_growth"
            out.append(Claim(kind, stated, [now, base], "eq",
                             f"table: {leaf_name(col.name)} = {leaf_name(m.columns[now_col].name)} − "
                             f"{leaf_name(m.columns[base_col].name)}" + (" over it" if kind == "row_growth" else ""),
                             direction=signed(cell),
                             pattern="table.change-column" if kind == "row_change" else "table.change-rate-column",
                             trigger=leaf_name(col.name)))
    return out


# ---------------------------------------------------------------- header points
def _header_points(a: Analysis, t: Table, cells) -> list[Claim]:
    """A 得分 column whose header states its points ("得分（20分*执行率）"): no
    row scores above them, and where the row has a 执行率 the score is the
    points × min(1, 执行率)."""
    m = table_models_by_table(a).get(id(t))
    if m is None or _column(t, Measure.POINTS) is not None:
        return []  # a 分值 column gives each row its own points (_score_rows)
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


# ---------------------------------------------------------------- scores
def _points_and_score(points, score) -> bool:
    """Both cells hold points (a 100% under 得分: a row that lost cells, its
    rate read as its score)."""
    return points is not None and score is not None and not score.q.is_percent and not points.q.is_percent


def _score_rows(t: Table, cells) -> list[Claim]:
    points_col, score_col = _column(t, Measure.POINTS), _column(t, Measure.SCORE)
    words = column_words()
    target_col = next((i for i, n in enumerate(t.header) if words["target"].search(n)), None)
    actual_col = next((i for i, n in enumerate(t.header) if words["actual"].search(n)), None)
    rate_col = next((i for i, n in enumerate(t.header) if Measure.EXECUTION_RATE in n), None)
    out = []
    for ri, row in enumerate(t.rows):
        points, score = cells.get((ri, points_col)), cells.get((ri, score_col))
        if not _points_and_score(points, score):
            continue
        if not score.q.interval().can_be_le(points.q.interval()):
            out.append(Claim("score", score, [points], "le", "table: 得分 at most 分值", variant="cap"))
            continue
        if rate_col is not None and (ri, rate_col) in cells:
            rate = cells[(ri, rate_col)]
            out.append(Claim("score", score, [points, rate], "eq", "table: 得分 = 分值 × min(1, 执行率)", variant="rate"))
            continue
        if target_col is None or actual_col is None:
            continue
        target, actual = cells.get((ri, target_col)), cells.get((ri, actual_col))
        if target is None or actual is None or target.q.value == 0 or target.q.dimension != actual.q.dimension:
            continue
        target_text = next((c.text for i, c in (t.aligned(row) or {}).items() if i == target_col), "")
        if words["lower_is_better"].search(target_text + row.label) and not words["at_least"].search(target_text):
            # (a target written ≥5% is a floor, whatever the indicator's name says: 下降率 ≥5%)
            # a ceiling (≤3000元, 成本): scored the other way, the target over what was reached
            out.append(Claim("score", score, [points, target, actual], "eq", "table: 得分 = 分值 × min(1, 目标/实际)",
                             variant="ratio", pattern="table.score-ceiling"))
            continue
        out.append(Claim("score", score, [points, actual, target], "eq", "table: 得分 = 分值 × min(1, 实际/目标)",
                         variant="ratio"))
    return out


def _score_totals(a: Analysis, score_tables, models) -> list[Claim]:
    """First-level points (产出指标（30分）) against the 分值 of their rows, and
    the 总分 row against the sums of 分值 and 得分."""
    out: list[Claim] = []
    carried: tuple[list[Fact], list[Fact]] = ([], [])
    last_end = None
    for t, cells in score_tables:
        # a 总分 sums its own table's rows, and those of the form's block printed
        # as a table of its own right above it with no 总分 (the 年度资金总额 row
        # of a 项目支出绩效自评表: its 10 points of 预算执行率 are in the 总分)
        # (between them at most a blank line or a row of no figures, 其他资金 left blank)
        adjacent = last_end is not None and _nothing_between(a.doc.text[last_end:t.start])
        last_end = t.end
        carried = _form_totals(a, t, cells, carried if adjacent else ([], []), out, models.get(id(t)))
    return out


def _nothing_between(gap: str) -> bool:
    """Two blocks of one form: at most a blank line, a row of no figures or
    the form's 年度总体目标 row between them."""
    lines = [ln for ln in gap.split("\n") if ln.strip()]
    return gap.count("\n") <= 4 and len(lines) <= 2 and all(
        not any(ch.isdigit() for ch in ln) or _BETWEEN_BLOCKS.match(ln) for ln in lines)


def _total_cells(t: Table, cells, ri: int, cols: tuple, points: list[Fact], carried: bool) -> tuple:
    """The 总分 row's 分值 and 得分 cells to check, (None, None) when the form
    scores part of them apart (_scored_apart)."""
    p_total, s_total = cells.get((ri, cols[0])), cells.get((ri, cols[1]))
    if not carried and _scored_apart(t, points, p_total):
        return None, None
    return p_total, s_total


def _scored_apart(t: Table, points: list[Fact], p_total: Fact | None) -> bool:
    """Whether a 项目支出绩效自评表's indicator rows hold all its points but the
    预算执行率's, which the form scores in its funds block (rules/tables.toml
    [scores] apart), printed apart with text between: its 总分 adds what
    cannot be read here."""
    from fiscallint.understanding.table_model import vocabulary

    voc = vocabulary()
    if p_total is None or not voc.score_apart or not points:
        return False
    if any(w in r.label for r in t.rows for w in voc.score_apart_rows):
        return False
    return sum(p.q.value for p in points) + voc.score_apart == p_total.q.value


def _form_totals(a: Analysis, t: Table, cells, carried: tuple[list[Fact], list[Fact]],
                 out: list[Claim], m=None) -> tuple[list[Fact], list[Fact]]:
    """The claims of one score table (into ``out``), its rows' points and
    scores counted after ``carried`` (the rows of the block above it); the
    points and scores still open at its end (no 总分 closed them). A section
    row numbered over rows of points ("一、决策 | 15" over "1.项目立项 | 5")
    heads their block: its points are theirs, not more."""
    all_points, all_scores = list(carried[0]), list(carried[1])
    points_col, score_col = _column(t, Measure.POINTS), _column(t, Measure.SCORE)
    sections = _section_rows(t, m, cells, points_col)
    points = _without_rows(cells, sections)  # a section's points are its rows'; it adds none of its own
    rate_col = next((i for i, n in enumerate(t.header) if Measure.EXECUTION_RATE in n), None)
    block_head: Fact | None = None
    block: list[Fact] = []

    def close(head: Fact | None, points: list[Fact]) -> None:
        if head is not None and points:
            out.append(Claim("composition", head, list(points), "eq", "table: 一级指标分值 = Σ 分值"))

    for ri, row in enumerate(t.rows):
        if _header_again(row) and not any((ri, c) in cells for c in range(len(row.cells) + 1)):
            # the header repeated: the next form's block starts (its 总分 is its own)
            close(block_head, block)
            block_head, block, all_points, all_scores = None, [], [], []
            continue
        if _TOTAL_SCORE_ROW.match(row.label):
            close(block_head, block)
            block_head, block = None, []
            p_total, s_total = _total_cells(t, cells, ri, (points_col, score_col), all_points, bool(carried[0]))
            if p_total is not None and len(all_points) >= 2:
                out.append(Claim("composition", p_total, list(all_points), "eq", "table: 总分 分值 = Σ 分值"))
            if s_total is not None and len(all_scores) >= 2 and len(all_scores) == len(all_points):
                # each 得分 at most its row's 分值: a full mark written 10 is not 10.4
                caps = ",".join(str(p.q.interval().hi) for p in all_points)
                out.append(Claim("composition", s_total, list(all_scores), "eq",
                                 "table: 总分 = Σ 得分 (each at most its 分值)", variant=f"{SCORES_CAPPED}{caps}"))
            if p_total is not None or s_total is not None:
                all_points, all_scores = [], []  # a 总分 closes the form above it: the next form starts afresh
            continue
        head = sections.get(ri) or _first_level(a, row)
        if head is not None:
            close(block_head, block)
            block_head, block = head, []
        p = points.get((ri, points_col))
        if p is None:
            continue
        s = cells.get((ri, score_col))
        if s is None and rate_col is not None and (ri, rate_col) in cells and cells[(ri, rate_col)].q.value >= 100:
            s = p  # an execution rate of 100% earns the row's points
        all_points.append(p)
        if s is not None:
            all_scores.append(s)
        if block_head is not None:
            block.append(p)
    close(block_head, block)
    return all_points, all_scores


def _score_cells(m, cells) -> list[tuple[int, Fact]]:
    """(row, figure) of a table's 得分 column, when it has one and no 分值 column."""
    if m is None or any(c.measure == Measure.POINTS for c in m.columns):
        return []
    col = next((c.index for c in m.columns if c.measure == Measure.SCORE), None)
    if col is None:
        return []
    return sorted((r, f) for (r, c), f in cells.items() if c == col and f.q.unit in ("分", None)
                  and not f.q.is_percent)


def _scores_without_points(a: Analysis, models) -> list[Claim]:
    """A 总分 under a 得分 column with no 分值 beside it ("三级指标 | 指标值 | 完成值
    | 得分 … 总分 | 100分"): the sum of the scores above it, with the scores of
    the form's blocks printed as tables of their own just above (the 预算执行
    block's 得分 of a 部门整体支出绩效自评表)."""
    out = []
    earlier: list[Fact] = []  # scores of the adjacent tables above, with no 总分 of their own
    last_end = None
    for t in a.tables:
        scored = _score_cells(models.get(id(t)), t.facts)
        # (between them at most a blank line or a row of no figures, 其他资金 left blank)
        adjacent = last_end is not None and _nothing_between(a.doc.text[last_end:t.start])
        if not adjacent:
            earlier = []
        last_end = t.end
        if not scored:
            earlier = []
            continue
        total = next(((r, f) for r, f in scored if _TOTAL_SCORE_ROW.match(t.rows[r].label)), None)
        if total is None:
            earlier = earlier + [f for _, f in scored]
            continue
        parts = earlier + [f for r, f in scored if r < total[0]]
        earlier = []
        if len(parts) >= 2:
            out.append(Claim("composition", total[1], parts, "eq", "table: 总分 = Σ 得分 (no 分值 column)",
                             pattern="table.points-sum", trigger="总分"))
    return out


def _header_again(row) -> bool:
    """A row that names the 分值 and 得分 columns again: another form's header."""
    texts = [c.text for c in row.cells]
    return any(Measure.POINTS in x for x in texts) and any(Measure.SCORE in x for x in texts)


_SECTION_NUMBER = re.compile(r"\s*[一二三四五六七八九十]{1,3}\s*、")


def _without_rows(cells, rows) -> dict:
    return {k: f for k, f in cells.items() if k[0] not in rows} if rows else cells


def _section_rows(t: Table, m, cells, points_col) -> dict[int, Fact]:
    """The points of the rows numbered 一、二、… that the table's tree puts
    over numbered rows of points, by row."""
    if m is None:
        return {}
    parents = {r.parent for r in m.rows if r.parent is not None and r.how == "numbered" and (r.index, points_col) in cells}
    return {p: cells[(p, points_col)] for p in parents if (p, points_col) in cells and _SECTION_NUMBER.match(t.rows[p].label)}


def _first_level(a: Analysis, row) -> Fact | None:
    for c in row.cells:
        if _FIRST_LEVEL.search(c.text):
            for f in facts_between(a, c.start, c.end):
                if f.q.unit == "分":
                    return f
    return None


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
            want = column_words()["outturn"] if "支出" in name else column_words()["budget"]
            col = next((i for i, n in enumerate(t.header) if want.search(n)), None)
            total = cells.get((total_row, col)) if col is not None else None
            if total is not None and len(parts) >= 2:
                out.append(Claim("composition", total, parts, "eq", f"table: {name.strip('：:')} = {t.header[col]}"))
    return out
