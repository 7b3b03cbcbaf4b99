"""Table claims of ratio columns: a 占比 column's shares of the total row
(FL102 table.share-column) and a 执行率 column's actual over budget (FL103
table.rate-column)."""
from __future__ import annotations

import re
from decimal import Decimal

from fiscallint.model.claim import Claim
from fiscallint.model.tables import Table, leaf_name
from fiscallint.model.vocabulary import Measure

_HUNDRED = Decimal(100)


def column_words() -> dict:
    """The header words of rules/tables.toml's [columns], as patterns."""
    from fiscallint.understanding.table_model import word_patterns

    return word_patterns("columns")


# ---------------------------------------------------------------- shares
def share_columns(t: Table, cells, m) -> list[Claim]:
    """A 占比 column: each row's amount (the nearest amount column to its
    left) over the amount of the total its row is under (合计), or over its
    own parent row's."""
    out = []
    for col in m.columns:
        if col.measure != Measure.SHARE:
            continue
        amount = next((c.index for c in reversed(m.columns[:col.index]) if c.measure == Measure.AMOUNT), None)
        if amount is None:
            continue
        for rk in m.rows:
            share, part = cells.get((rk.index, col.index)), cells.get((rk.index, amount))
            if share is None or part is None or not share.q.is_percent or part.q.is_percent:
                continue
            top = rk.index
            while m.rows[top].parent is not None:
                top = m.rows[top].parent
            if m.rows[top].kind != "total" or (top, amount) not in cells:
                continue
            whole = cells[(top, amount)]
            if top == rk.index and _sum_of_rounded_shares(m, cells, col.index, share):
                continue  # the 合计 row's 99.99%: the parts' shares as written, added up
            parent = cells.get((rk.parent, amount)) if rk.parent is not None else None
            alternatives = [[part, parent]] if parent is not None and parent is not whole else []
            # "2025年预算数 | 2024年预算数 | 增减额 | 增减率 | 占比": the share may be of
            # any amount column, not only the nearest (this year's, often the first)
            # (or of a money column its name says no more of: 年初原值 | 年末原值 | … | 原值占比)
            alternatives += [[cells[(rk.index, c.index)], cells[(top, c.index)]] for c in m.columns[:col.index]
                             if c.measure in (Measure.AMOUNT, None) and c.index != amount
                             and (rk.index, c.index) in cells and (top, c.index) in cells]
            out.append(Claim("share", share, [part, whole], "eq", f"table: {leaf_name(col.name)} = "
                             f"{leaf_name(m.columns[amount].name)} / {m.rows[top].label or '合计'}",
                             alternatives=alternatives, pattern="table.share-column", trigger=leaf_name(col.name)))
    return out


def _sum_of_rounded_shares(m, cells, col: int, total_share) -> bool:
    """Whether a total row's share is 100% give or take the rounding of
    every share above it (eight shares to two places add to 99.96–100.04)."""
    shares = [cells[(rk.index, col)] for rk in m.rows if (rk.index, col) in cells and cells[(rk.index, col)] is not total_share]
    if not shares:
        return False
    slack = sum(f.q.interval().hi - f.q.interval().lo for f in shares) / 2
    stated = total_share.q.interval()
    return stated.lo - slack <= _HUNDRED <= stated.hi + slack


# ---------------------------------------------------------------- rates
def rate_columns(t: Table, cells) -> list[Claim]:
    words = column_words()
    out = []
    for rc, name in enumerate(t.header):
        if not words["rate"].search(name) or Measure.SCORE in name or words["other_rates"].search(name):
            continue
        terms = _rate_terms(t, rc, words)
        if terms is None:
            continue
        num, den, pairs = terms
        for (r, c), rate in cells.items():
            if c != rc or not rate.q.is_percent:
                continue
            actual, plan = cells.get((r, num)), cells.get((r, den))
            if actual is None or plan is None or actual.q.is_percent or plan.q.is_percent:
                continue
            others = [[cells[(r, x)], cells[(r, y)]] for x, y in pairs
                      if (r, x) in cells and (r, y) in cells and not cells[(r, x)].q.is_percent
                      and not cells[(r, y)].q.is_percent]
            if _money(actual) != _money(plan):
                continue  # ("13部" over "326.52": a count over an amount is no rate)
            # (a rate of amounts, 资金执行率 326.52 | 274.41, does not hold by the row's counts, 13部 of 15部)
            others = [pair for pair in others if _money(pair[0]) == _money(actual) and _money(pair[1]) == _money(plan)]
            out.append(Claim("rate", rate, [actual, plan], "eq", f"table: {t.header[num]} / {t.header[den]}",
                             alternatives=others))
    return out


def _money(f) -> bool:
    return f.q.dimension == "money"


def _rate_terms(t: Table, rc: int, words: dict) -> tuple[int, int, list[tuple[int, int]]] | None:
    """The rate column ``rc``'s numerator and denominator columns (the nearest
    column left of it of an actual's words, of the first plan words found),
    and the other (numerator, denominator) pairs it may be of ("预算数 | 到位数
    | 支出数 | 执行率": 支出数 over 到位数 as well); None without a pair."""
    def plain(i: int) -> bool:
        return i != rc and not words["rate"].search(t.header[i])

    # (the columns nearest left of the rate first: a side-by-side 收支 table's right side has its own)
    near = sorted(range(len(t.header)), key=lambda i: (i > rc, abs(rc - i)))
    nums = [i for i in near if plain(i) and words["numerator"].search(t.header[i])]
    if not nums:
        return None
    num = _numerator_named(t, rc, nums, words)
    den = None
    for rx in words["denominators"]:
        den = next((i for i in near if i != num and plain(i) and rx.search(t.header[i])), None)
        if den is not None:
            break
    if den is None:
        return None
    dens = [i for i in range(len(t.header)) if plain(i) and any(rx.search(t.header[i]) for rx in words["denominators"])]
    # (a rate of this year's plan, 为调整预算%, is of no last year's figure: "上年执行数" is neither of its terms)
    this_year = [i for i in nums if _LAST_YEAR not in t.header[i]] if words["of_a_plan"].search(t.header[rc]) else nums
    pairs = [(x, y) for x in this_year for y in dict.fromkeys([den, *dens, *this_year])
             if x != y and (x, y) != (num, den)]
    return num, den, pairs


_LAST_YEAR = "上年"
_YEAR_IN = re.compile(r"((?:19|20)[0-9]{2})\s*年")


def _rate_stem(name: str) -> str:
    """The two characters before a rate's 率 (执行率（%） -> 执行, 资金到位率 -> 到位)."""
    at = name.find("率")
    return name[max(0, at - 2):at] if at >= 2 else ""


def _numerator_named(t: Table, rc: int, nums: list[int], words: dict) -> int:
    """Of the actual's columns (``nums``, nearest first; this year's), the one the rate's
    name names ("到位率": 实际到位数), else the nearest no other rate column of the table
    names ("实际到位数 | 实际支出数 | 到位率 | 执行率": 执行率 is not of 实际到位数, which
    到位率 is of)."""
    # (last year's outturn is no actual of this year's rate: "上年执行数 | 本年预算数 | 本年执行数 | 为预算%",
    # "2024年执行数 | 2025年预算数 | 2025年执行数")
    latest = max((y for i in nums for y in _YEAR_IN.findall(t.header[i])), default=None)
    nums = [i for i in nums if _LAST_YEAR not in t.header[i]
            and (latest is None or all(y == latest for y in _YEAR_IN.findall(t.header[i])))] or nums
    stem = _rate_stem(t.header[rc])
    named = [i for i in nums if stem and stem in t.header[i]]
    if named:
        return named[0]
    others = {_rate_stem(h) for i, h in enumerate(t.header) if i != rc and words["rate"].search(h)} - {"", stem}
    free = [i for i in nums if not any(o in t.header[i] for o in others)]
    return (free or nums)[0]
