"""Which columns of a table a change column compares: 本年 with 上年, 决算
with 预算, the adjusted budget with the initial one, next year's budget with
this year's (:func:`compared_columns`); and where a change column's total
is no sum of its rows' (:func:`not_of_derived_changes`)."""
from __future__ import annotations

from fiscallint.model.intervals import sum_intervals
from fiscallint.model.tables import leaf_name
from fiscallint.model.vocabulary import PLAN_PHASES, Measure, Phase
from fiscallint.support.wordbook import pattern
from fiscallint.understanding.table_model import TableModel, vocabulary

_YEAR = pattern("table_model", "year")


def compared_columns(m: TableModel, change: int) -> tuple[int, int] | None:
    """The (current, base) columns a change column compares: two amount
    columns of one phase and two years (上年决算数, 本年决算数), or of one
    year and two phases (预算数, 决算数: the later phase less the earlier);
    None unless exactly one such pair is to the change column's left."""
    key = m.columns[change]
    voc = vocabulary()
    if leaf_name(key.name).startswith(voc.adjustments):
        return _adjusted_columns(m, change)
    # (and columns named by their period alone, "本期 | 上年同期 | 增加额", or beside amounts:
    # "年初预算数 | 1—6月执行数 | 上年同期数 | 增减额")
    amounts = [c for c in m.columns[:change] if c.measure == Measure.AMOUNT
               or c.measure is None and c.year and c.unit != "%"]
    by_year, by_phase = _column_pairs(amounts, voc)
    said_year = any(w in key.name for w in voc.previous + voc.against_previous) or bool(_YEAR.search(key.name))
    said_phase = "预算" in key.name or "决算" in key.name
    if not said_phase and _next_year_ahead(amounts):
        return _with_its_kind(amounts[-1], amounts[:-1])
    if said_year and not said_phase:
        pairs = by_year
    elif said_phase and not said_year:
        pairs = by_phase
    else:
        pairs = by_year or by_phase
    return pairs[0] if len(pairs) == 1 else None


def other_bases(m: TableModel, change: int, base: int) -> list[int]:
    """The columns a change column may also compare with, beside ``base``:
    next year's budget is set against this year's budget or its outturn."""
    key = m.columns[change]
    amounts = [c for c in m.columns[:change] if c.measure == Measure.AMOUNT]
    if "预算" in key.name or "决算" in key.name or not _next_year_ahead(amounts):
        return []
    return [c.index for c in amounts[:-1] if c.index != base]


def _next_year_ahead(amounts) -> bool:
    """"2025年调整预算数 | 2025年执行数 | 完成% | 2026年预算数 | 增减%": the amounts end
    with the one column of a later year, after two or more of one earlier
    year (whose two phases its 完成% compares, not the change)."""
    if len(amounts) < 3 or not amounts[-1].year or not amounts[-1].year.isdigit():
        return False
    years = {c.year for c in amounts[:-1]}
    return len(years) == 1 and all(y and y.isdigit() and int(y) < int(amounts[-1].year) for y in years)


def _with_its_kind(late, earlier) -> tuple[int, int] | None:
    """The later column and the one earlier column of its kind (a budget with
    a budget, an outturn with an outturn); None when not just one is."""
    plan = late.phase in _PLAN_PHASE_VALUES
    alike = [c for c in earlier if (c.phase in _PLAN_PHASE_VALUES) == plan]
    return (late.index, alike[0].index) if len(alike) == 1 else None


_PLAN_PHASE_VALUES = frozenset(p.value for p in PLAN_PHASES)


def _adjusted_columns(m: TableModel, change: int) -> tuple[int, int] | None:
    """An adjustment column's (adjusted, initial) columns: the one amount
    column of the adjusted budget to its right and the one of the initial
    budget to its left, of one year."""
    initial = (Phase.INITIAL_BUDGET.value, Phase.BUDGET.value)
    right = [c for c in m.columns[change + 1:] if c.measure == Measure.AMOUNT and c.phase == Phase.ADJUSTED_BUDGET.value]
    left = [c for c in m.columns[:change] if c.measure == Measure.AMOUNT and c.phase in initial]
    if len(right) != 1 or len(left) != 1 or right[0].year != left[0].year:
        return None
    return right[0].index, left[0].index


def _column_pairs(amounts, voc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (later, earlier) pairs of amount columns: of one phase and two
    years, and of one year and two phases."""
    order = {p: i for i, p in enumerate(voc.phase_order)}
    by_year, by_phase = [], []
    for i, x in enumerate(amounts):
        for y in amounts[i + 1:]:
            if (x.phase == y.phase or _last_years_outturn(x, y, voc)) and x.year != y.year and _of_two_years(x, y, voc):
                early, late = (x, y) if _earlier(x, y) else (y, x)
                by_year.append((late.index, early.index))
            elif x.year == y.year and x.phase in order and y.phase in order and x.phase != y.phase:
                early, late = (x, y) if order[x.phase] < order[y.phase] else (y, x)
                by_phase.append((late.index, early.index))
    return by_year, by_phase


def _last_years_outturn(x, y, voc) -> bool:
    """"全年预算数 | 实际支出数 | 执行率 | 上年支出数 | 增减额": a column of last year
    named by no phase is what was spent then, set against this year's outturn."""
    for last, now in ((x, y), (y, x)):
        if last.phase is None and last.year and any(w in last.name for w in voc.previous) \
                and now.phase == Phase.FINAL.value and not now.year:
            return True
    return False


def _of_two_years(x, y, voc) -> bool:
    """Two columns of two years: both name one, or one is named last year's
    ("上年执行数") or by its year ("2023年决算数") beside one named by no year
    ("执行数", "决算数": this year's)."""
    if x.year and y.year:
        return True
    dated = x if x.year else y
    return bool(dated.year) and (any(w in dated.name for w in voc.previous) or bool(_YEAR.search(dated.name)))


def _earlier(x, y) -> bool:
    """Whether column x is of an earlier year than y (a column of no year is this year's)."""
    if x.year and y.year:
        return _year_rank(x.year) < _year_rank(y.year)
    return not y.year


def _year_rank(year: str) -> int:
    if year.isdigit():
        return int(year)
    return 0 if year == "上年" else 1


def not_of_derived_changes(claims: list, m, cells) -> list:
    """The claims but those adding down a 增减额 column whose rows are each
    本年 − 上年 (checked across the row) where the two columns add up only
    to within their rounding: its total is then the difference of two
    totals each rounded on its own (26.38 − 6.46 over rows adding to 26.39
    and 6.45)."""
    pairs = {c.index: compared_columns(m, c.index) for c in m.columns if c.measure == Measure.CHANGE}
    out = []
    for c in claims:
        ref = c.stated.extras.get("cell")
        pair = pairs.get(getattr(ref, "column", None))
        rows = [getattr(o.extras.get("cell"), "row_index", None) for o in c.operands]
        sums = [_printed_sum(cells, ref.row_index, rows, col) for col in pair] if pair else []
        if sums and "rounded" in sums and "off" not in sums:
            continue
        out.append(c)
    return out


def _printed_sum(cells, total: int, rows: list, col: int) -> str:
    """How the figures of ``rows`` in ``col`` add up to ``total``'s: "exact" as
    printed, "rounded" within rounding only, "off" beyond it (or "" unread)."""
    figures = [cells.get((r, col)) for r in rows]
    if (total, col) not in cells or None in figures:
        return ""
    stated = cells[(total, col)]
    if sum(f.q.value for f in figures) == stated.q.value:
        return "exact"
    return "rounded" if sum_intervals(f.q.interval() for f in figures).meets(stated.q.interval()) else "off"
