"""The claims of score tables (分值 | 得分): each row's score against its
points (and its 执行率 or target), a first-level indicator's points against
its rows', a 小计 against the rows above it, and the 总分 row against the
sums of 分值 and 得分 — the form's blocks printed as tables of their own
counted into one 总分."""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern
from fiscallint.model.vocabulary import Measure
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.claim import BARE_FIGURES, SCORES_CAPPED, Claim
from fiscallint.understanding.table_context import facts_between
from fiscallint.understanding.table_ratios import column_words
from fiscallint.understanding.cell_split import PAGE_FOOTER
from fiscallint.understanding.column_places import past_page_break
from fiscallint.model.tables import Table, numeric_text

_FIRST_LEVEL = pattern("table_claims", "first_level")
_FIRST_LEVEL_CELL = pattern("table_claims", "first_level_cell")
_PER_PERIOD = pattern("score_claims", "per_period")
_UNIT_IN_NAME = re.compile(r"[（(][^）)]{1,6}[）)]\s*$")
_BETWEEN_BLOCKS = pattern("table_claims", "between_blocks")
_TARGET_CELL, _OUTTURN_CELL = pattern("restatements", "target_cell"), pattern("restatements", "outturn_cell")
_TOTAL_SCORE_ROW = pattern("table_claims", "total_score_row")


def column_named(t: Table, word: str, exclude: str | None = None) -> int | None:
    for i, name in enumerate(t.header):
        if word in name and (exclude is None or exclude not in name):
            return i
    return None


def points_column(t: Table) -> int | None:
    """The 分值 column, named so or by another name its key reads as points (权重（分）)."""
    named = column_named(t, Measure.POINTS)
    if named is None:
        named = next((k.index for k in t.keys or () if k is not None and k.measure == Measure.POINTS), None)
    return named


def score_tree(t: Table, cells) -> list[Claim]:
    """一级 → 二级 → 三级 indicators, a row each: a group's points are the sum
    of its children's. A group followed by another group is a first-level
    one (its children are the groups up to the next first-level group); a
    group followed by leaves is second-level (its children are those leaves)."""
    rows = t.rows
    leaf = [not rows[i].cells[2].empty for i in range(len(rows))]
    out = []
    i = 0
    while i < len(rows):
        if leaf[i]:  # a leaf's 得分 ≤ 分值 is a score row's check (score_rows)
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


# ---------------------------------------------------------------- scores
def _points_and_score(points, score) -> bool:
    """Both cells hold points (a 100% under 得分: a row that lost cells, its
    rate read as its score; "14个" there: a reason's first words wrapped
    into the score's cell; "提升0.03等" there: a value in words, its row
    shifted)."""
    return points is not None and score is not None and not score.q.is_percent and not points.q.is_percent \
        and all(f.q.unit in (None, "分") and not _worded(f) for f in (points, score))


def _worded(f) -> bool:
    """A figure inside words in its cell (its column's name left aside for them)."""
    ref = f.extras.get("cell")
    return ref is not None and ref.aligned and not ref.header


def score_rows(t: Table, cells) -> list[Claim]:
    points_col, score_col = points_column(t), column_named(t, Measure.SCORE)
    words = column_words()
    target_col = next((i for i, n in enumerate(t.header) if words["target"].search(n)), None)
    actual_col = next((i for i, n in enumerate(t.header) if words["actual"].search(n)), None)
    rate_col = next((i for i, n in enumerate(t.header) if Measure.EXECUTION_RATE in n), None)
    out = []
    for ri in range(len(t.rows)):
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
        if target_col is not None and actual_col is not None:
            out.extend(_score_by_target(t, ri, cells, (target_col, actual_col), points, score))
    return out


def _score_by_target(t: Table, ri: int, cells, cols: tuple[int, int], points: Fact, score: Fact) -> list[Claim]:
    """得分 = 分值 × min(1, 实际/目标), or 目标/实际 for a ceiling, where the row states both."""
    words, row = column_words(), t.rows[ri]
    target_col, actual_col = cols
    target, actual = cells.get((ri, target_col)), cells.get((ri, actual_col))
    if target is None or actual is None or target.q.value == 0 or target.q.dimension != actual.q.dimension:
        return []
    texts = {i: c.text.strip() for i, c in (t.aligned(row) or {}).items() if i in cols}
    target_text = texts.get(target_col, "")
    if _PER_PERIOD.search(target_text):
        return []  # "每季度1次" against "4次": a rate per period, no count to divide by
    if words["lower_is_better"].search(target_text + row.label) and not words["at_least"].search(target_text):
        # (a target written ≥5% is a floor, whatever the indicator's name says: 下降率 ≥5%)
        # a ceiling (≤3000元, 成本): scored the other way, the target over what was reached
        return [Claim("score", score, [points, target, actual], "eq", "table: 得分 = 分值 × min(1, 目标/实际)",
                      variant="ratio", pattern="table.score-ceiling")]
    # (bare, unless the indicator's name gives their unit: "培训农民人数（人） | 500 | 200")
    bare = _full_marks_for_a_bare_fraction(points, score, target, actual, texts.values()) \
        and not _UNIT_IN_NAME.search(row.label)
    return [Claim("score", score, [points, actual, target], "eq", "table: 得分 = 分值 × min(1, 实际/目标)",
                  variant=BARE_FIGURES if bare else "ratio")]


def _full_marks_for_a_bare_fraction(points: Fact, score: Fact, target: Fact, actual: Fact, cell_texts) -> bool:
    """Full marks where two bare numbers, neither cell with a unit or a sign,
    put what was reached below half the target ("550 | 20 | 9.3 | 9.3"): the
    two cells may measure different things (万元 planned, 台 bought) as
    likely as the score was slipped by half its points (FL301 tells it as info)."""
    bare = all(text.replace(",", "").replace(".", "", 1).isdigit() for text in cell_texts)
    return bare and score.q.value == points.q.value and actual.q.value * 2 < target.q.value


def score_totals(a: Analysis, score_tables, models) -> list[Claim]:
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
        if _points_misread(t, cells):
            carried = ([], [])  # (nor are its points carried into the 总分 of the table after it)
            continue
        made: list[Claim] = []
        carried = _form_totals(a, t, cells, carried if adjacent else ([], []), made, models.get(id(t)))
        made.extend(_subtotal_sums(t, cells, models.get(id(t))))
        # (a row a value in words may have cut, "4" / "全面建立" / "基本建立": no sum holding it is sure)
        out.extend(c for c in made if not any(_row_of(f, t) in t.uncertain_rows for f in c.operands))
    return out


def _points_misread(t: Table, cells) -> bool:
    """A 分值 or 得分 cell holding a count or a rate (402台, 326户, 96.5%): the
    row's values were read into the wrong columns (a header a page break cut),
    so no sum of the table's points or scores is sure."""
    cols = {c for c in (points_column(t), column_named(t, Measure.SCORE)) if c is not None}
    return any(f.q.is_percent or f.q.unit not in (None, "分") for (_, c), f in cells.items() if c in cols)


def _row_of(f: Fact, t: Table) -> int | None:
    ref = f.extras.get("cell")
    return ref.row_index if ref is not None and ref.table is t else None


def _subtotal_sums(t: Table, cells, m) -> list[Claim]:
    """A 小计 row under its block (决策小计 | 15 | 13): its 分值 and 得分 are the
    sums of its rows'."""
    out = []
    cols = [c for c in (points_column(t), column_named(t, Measure.SCORE)) if c is not None]
    for p in sorted(_subtotal_rows(m)):
        kids = [r.index for r in m.rows if r.parent == p]
        for col in cols:
            parts = [cells[(k, col)] for k in kids if (k, col) in cells]
            if (p, col) in cells and len(parts) >= 2 and len(parts) == len(kids):
                out.append(Claim("composition", cells[(p, col)], parts, "eq",
                                 f"table: {t.rows[p].label} {t.header[col]} = Σ its rows'"))
    return out


def _without_rate_scored_twice(t: Table, carried: tuple[list[Fact], list[Fact]]) -> tuple[list[Fact], list[Fact]]:
    """The funds block's points and score carried into an indicator table
    that scores its 预算执行率 in a row of its own (rules/tables.toml [scores]
    apart_rows) with the same points and score: one indicator, counted once,
    in the row."""
    from fiscallint.understanding.table_model import vocabulary

    funds = [k for k, p in enumerate(carried[0]) if _FUNDS_TOTAL.search(p.label)]
    if len(funds) != 1 or len(carried[1]) != len(carried[0]):
        return carried
    k = funds[0]
    pair = (carried[0][k].q.value, carried[1][k].q.value)
    rows = vocabulary().score_apart_rows
    points_col, score_col = points_column(t), column_named(t, Measure.SCORE)
    twice = any(any(w in t.rows[r].label for w in rows)
                and (t.facts[(r, points_col)].q.value, t.facts[(r, score_col)].q.value) == pair
                for r in range(len(t.rows)) if (r, points_col) in t.facts and (r, score_col) in t.facts)
    if not twice:
        return carried
    return carried[0][:k] + carried[0][k + 1:], carried[1][:k] + carried[1][k + 1:]


_FUNDS_TOTAL = pattern("table_claims", "funds_total")


def _new_head(head: Fact | None, block_head: Fact | None) -> Fact | None:
    """``head``, unless it is the open block's written again (None)."""
    same = head is not None and block_head is not None and head.q.value == block_head.q.value \
        and head.label.strip() == block_head.label.strip()
    return None if same else head


def _nothing_between(gap: str) -> bool:
    """Two blocks of one form: at most a blank line, a row of no figures or
    the form's 年度总体目标 row between them."""
    lines = gap.split("\n")
    turned = next((k for k, ln in enumerate(lines) if PAGE_FOOTER.match(ln)), None)
    if turned is not None:
        # a page's number and the next page's running header ("- 5 -" / "某局…自评报告"): no rows
        after = past_page_break(lines, turned)
        lines, extra = lines[:turned] + lines[after:], after - turned
    else:
        extra = 0
    lines = [ln for ln in lines if ln.strip()]
    if _a_header_one_cell_a_line(lines) or _one_cell_a_line(lines):
        return True
    if _form_rows_between(lines):
        return True
    return gap.count("\n") <= 4 + extra and len(lines) <= 2 and all(
        not any(ch.isdigit() for ch in ln) or _BETWEEN_BLOCKS.match(ln) or _FIRST_LEVEL.search(ln) and
        len(ln.strip()) <= 20 for ln in lines)


def _form_rows_between(lines: list[str]) -> bool:
    """The form's own rows between its blocks (年度总体目标, 年度主要任务 | 对应项目 |
    预算数 …) in cells, no 总分; or the same rows set in spaces ("年度总体目标" /
    "  预期目标：…" / "  实际完成情况：…")."""
    if lines and len(lines) <= _FORM_ROWS_BETWEEN and any(_BETWEEN_BLOCKS.match(ln.strip(" |\t")) for ln in lines) \
            and all(ln.count("|") >= 3 or ln.count("\t") >= 2 or not ln.strip(" |\t") for ln in lines) \
            and not any("总分" in ln for ln in lines):
        return True
    return bool(lines) and len(lines) <= 4 and all(_BETWEEN_BLOCKS.match(ln.strip(" |\t\u3000")) for ln in lines)


def _one_cell_a_line(lines: list[str]) -> bool:
    """The form's 年度总体目标 block one cell a line ("年度" / "总体" / "目标" / "\t预期目标" /
    "\t实际完成情况" / "\t建设…" / "绩" / "效" …): tabbed cells and a label wrapped a few characters a line."""
    # (the target's and the outturn's cells, untabbed, wrapped over lines of words: no row's figures)
    cells_named = any(_TARGET_CELL.match(ln) for ln in lines) and any(_OUTTURN_CELL.match(ln) for ln in lines)
    return len(lines) <= _FORM_ROWS_BETWEEN and any(_BETWEEN_BLOCKS.match(ln.strip(" |\t")) for ln in lines) \
        and all(ln.startswith("\t") or len(ln.strip()) <= 4 and not any(ch.isdigit() for ch in ln)
                or cells_named and len(ln.strip()) > 4 and not numeric_text(ln.strip()) for ln in lines) \
        and not any("总分" in ln for ln in lines)


def _a_header_one_cell_a_line(lines: list[str]) -> bool:
    """The indicator block's own header, one cell a line (一级指标 / … / 分值 / 得分 / 产出指标)."""
    cells = {ln.strip() for ln in lines}
    return {"分值", "得分"} <= cells and all(len(c) <= 6 and not any(ch.isdigit() for ch in c) for c in cells)


_FORM_ROWS_BETWEEN = 30  # rows of a 部门整体支出绩效自评表's 目标 and 任务 blocks, at most


def _total_cells(t: Table, cells, ri: int, cols: tuple, points: list[Fact], carried: bool) -> tuple:
    """The 总分 row's 分值 and 得分 cells to check, (None, None) when the form
    scores part of them apart (_scored_apart)."""
    p_total, s_total = cells.get((ri, cols[0])), cells.get((ri, cols[1]))
    if not carried and _scored_apart(t, points, p_total):
        return None, None
    if _scores_among_points(points):
        p_total = None  # (its points' sum is unsure; its scores' is checked still)
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
    carried = _without_rate_scored_twice(t, carried)
    all_points, all_scores = list(carried[0]), list(carried[1])
    points_col, score_col = _score_columns(t)
    sections = _section_rows(t, m, cells, points_col)
    # a section's points are its rows', and so are a 小计's (决策小计 under its rows): they add none of their own
    points = _without_rows(cells, set(sections) | _subtotal_rows(m))
    rate_col = next((i for i, n in enumerate(t.header) if Measure.EXECUTION_RATE in n), None)
    block_head: Fact | None = None
    block: list[Fact] = []

    def close(head: Fact | None, block: list[tuple[Fact, Fact | None]]) -> None:
        if head is not None and block:
            out.append(Claim("composition", head, [p for p, _ in block], "eq", "table: 一级指标分值 = Σ 分值"))
            out.extend(_block_score(t, cells, head, block, score_col))

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
            if _points_add_up_to(p_total, all_points):
                out.append(Claim("composition", p_total, list(all_points), "eq", "table: 总分 分值 = Σ 分值"))
            if s_total is not None and len(all_scores) >= 2 and len(all_scores) == len(all_points):
                out.append(Claim("composition", s_total, list(all_scores), "eq",
                                 "table: 总分 = Σ 得分 (each at most its 分值)", variant=_capped_by(all_points)))
            if p_total is not None or s_total is not None:
                all_points, all_scores = [], []  # a 总分 closes the form above it: the next form starts afresh
            continue
        head = _new_head(sections.get(ri) or _first_level(a, row), block_head)
        if head is not None:
            # ("产出指标（50分）" written again in each of its rows, a merged cell repeated: one block)
            close(block_head, block)
            block_head, block = head, []
        p = points.get((ri, points_col))
        if p is None or _heads_rows_below(a, t, ri, head, points, points_col):
            continue  # ("决策（20分） |  |  | 20 | … | 16.5" over its indicators: their points, not more)
        s = cells.get((ri, score_col))
        if s is None and rate_col is not None and (ri, rate_col) in cells and cells[(ri, rate_col)].q.value >= 100:
            s = p  # an execution rate of 100% earns the row's points
        all_points.append(p)
        if s is not None:
            all_scores.append(s)
        if block_head is not None:
            block.append((p, s))
    close(block_head, block)
    return all_points, all_scores


def _points_add_up_to(total: Fact | None, points: list[Fact]) -> bool:
    """Whether the 总分's 分值 is checked against the rows': not when they add up to two or
    three times it exactly (the column holds each level's points, 一级, 二级, 三级 one cell a line)."""
    if total is None or len(points) < 2:
        return False
    whole, added = total.q.value, sum(p.q.value for p in points)
    return not (whole > 0 and added in (2 * whole, 3 * whole))


def _score_columns(t: Table) -> tuple[int | None, int | None]:
    """The 分值 and 得分 columns; of two 分值 columns (一级指标 | 分值 | 二级指标 |
    分值 | 得分), the one nearer the scores: they are of its level."""
    points_col, score_col = points_column(t), column_named(t, Measure.SCORE)
    if points_col is not None and score_col is not None and points_col < score_col:
        points_col = max((i for i in range(points_col, score_col) if Measure.POINTS in t.header[i]), default=points_col)
    return points_col, score_col


def _block_score(t: Table, cells, head: Fact, block: list[tuple[Fact, Fact | None]], score_col: int | None) -> list[Claim]:
    """"决策（15分） | 15 | 14.30" over its rows' scores: the first level's 得分 is
    theirs summed (each at most its 分值), when each row has one."""
    ref = head.extras.get("cell")
    total = cells.get((ref.row_index, score_col)) if ref is not None and ref.table is t and score_col is not None else None
    if total is None or len(block) < 2 or any(s is None for _, s in block) or \
            any(_row_of(p, t) == ref.row_index for p, _ in block):
        return []  # (a head named beside its block's first indicator: that score is the indicator's)
    return [Claim("composition", total, [s for _, s in block], "eq", "table: 一级指标得分 = Σ 得分 (each at most its 分值)",
                  variant=_capped_by([p for p, _ in block]))]


def _capped_by(points: list[Fact]) -> str:
    """The variant that caps each score at its row's 分值: a full mark written 10 is not 10.4."""
    return SCORES_CAPPED + ",".join(str(p.q.interval().hi) for p in points)


def _scores_among_points(points: list[Fact]) -> bool:
    """Points written bare ("5", "10") beside some written as a score is ("10.00", "9.82"):
    a row whose cells shifted (a target in words, "不超过批复概算") put its score under 分值."""
    return any(p.q.digits.isdigit() for p in points) and any(len(p.q.digits.partition(".")[2]) == 2 for p in points)


def _score_cells(m, cells) -> list[tuple[int, Fact]]:
    """(row, figure) of a table's 得分 column, when it has one and no 分值 column."""
    if m is None or any(c.measure == Measure.POINTS for c in m.columns):
        return []
    col = next((c.index for c in m.columns if c.measure == Measure.SCORE), None)
    if col is None:
        return []
    return sorted((r, f) for (r, c), f in cells.items() if c == col and f.q.unit in ("分", None)
                  and not f.q.is_percent)


def scores_without_points(a: Analysis, models) -> list[Claim]:
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


def _subtotal_rows(m) -> set[int]:
    """The rows that the table's tree reads as 小计 of the rows above them."""
    if m is None:
        return set()
    return {r.index for r in m.rows if r.kind == "subtotal" and any(k.parent == r.index for k in m.rows)}


def _section_rows(t: Table, m, cells, points_col) -> dict[int, Fact]:
    """The points of the rows numbered 一、二、… that the table's tree puts
    over numbered rows of points, by row."""
    if m is None:
        return {}
    numbered = {r.parent for r in m.rows if r.parent is not None and r.how == "numbered" and (r.index, points_col) in cells}
    # rows indented under a row of points ("决策 | 15" over "  立项依据充分性 | 3"): its block too
    indented = {r.parent for r in m.rows if r.parent is not None and not r.how and (r.index, points_col) in cells
                and not _TOTAL_SCORE_ROW.match(t.rows[r.parent].label) and _named_once(t.rows[r.parent])}
    return {p: cells[(p, points_col)] for p in numbered | indented if (p, points_col) in cells
            and (p in indented or _SECTION_NUMBER.match(t.rows[p].label))}


def _heads_rows_below(a: Analysis, t: Table, ri: int, head: Fact | None, points, points_col) -> bool:
    """Whether row ``ri``, a first level (``head``) named once ("决策（20分） |  |  | 20"),
    stands over rows of points of their own below it (决策 | 项目立项 | … | 3)."""
    below = ri + 1
    return head is not None and _named_once(t.rows[ri]) and below < len(t.rows) and (below, points_col) in points \
        and _first_level(a, t.rows[below]) is None


def _named_once(row) -> bool:
    """A row of one name and its figures ("决策 | 15 | 13.50"), not one naming its
    first indicator beside it (决策 | 项目立项 | 立项依据充分性 | 3 | 3)."""
    return sum(1 for c in row.cells if c.text.strip() and not c.numeric) == 1


def _first_level(a: Analysis, row) -> Fact | None:
    for k, c in enumerate(row.cells):
        if _FIRST_LEVEL.search(c.text) or k == 0 and _FIRST_LEVEL_CELL.match(c.text):
            for f in facts_between(a, c.start, c.end):
                if f.q.unit == "分":
                    return f
    return None
