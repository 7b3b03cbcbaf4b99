"""Amounts made of a count and a standard per unit, in one sentence:
"按每生每学期500元标准，资助283人次，发放资金14.15万元" (283 × 500元),
"每亩补贴105.00元，补贴面积3,200亩，发放补贴33.60万元" (3,200 × 105元),
"受益学生1,200人，按每生每天5元、100天计算，拨付60.00万元" (1,200 × 5元 × 100).

A standard is a money figure per one of something (每人, 每生, 每户, 每亩,
元/亩), perhaps per period (每学期, 每年, 每天); an average (人均, 户均,
平均) is none. Its count is the one figure of the sentence counting that
something: persons (人, 名) or person-times (人次) for a standard per head,
户 for 每户, an area for 每亩. A standard per 学期, 月 or 次 is multiplied
out by a count of person-times; one per 月 by a count of persons too when
the amount is the whole year's (全年, twelve months); one per 天 by a number
of days stated beside it; per 年 (or per no period) by either count. The amount is the
first money figure after both, in their clause (no ；or closing bracket
between), labelled as paid (发放, 拨付, 资金 …).

Tiers (two standards of one kind in a sentence) are read clause by clause
(between ；), each with its own count and amount, never a total of all tiers.
Left alone: two counts or none, an approximate or ranged figure.
"""
from __future__ import annotations

from decimal import Decimal

from fiscallint.model.claim import MONTHS_OF_A_YEAR, Claim, ClaimKind, Relation
from fiscallint.model.fact import Analysis, Fact
from fiscallint.support.wordbook import pattern

_PER_HEAD = pattern("products", "per_head")  # the label of a standard: 每生每学期, 每亩补贴
_PER_AFTER = pattern("products", "per_after")  # after its figure: 元/亩, 元/生·日
_AVERAGE = pattern("products", "average")
_PAID = pattern("products", "paid")
_NOT_PAID = pattern("products", "not_paid")
_CLAUSE_END = pattern("products", "clause_end")
_PER_UNIT_AMOUNT = pattern("products", "per_unit_amount")

_COUNTED = {"生": "person", "人": "person", "名": "person", "户": "household", "亩": "area", "村": "village"}
_DIMENSIONS = {"person": ("person", "person_time"), "household": ("household",), "area": ("area",), "village": ("item",)}
_TIER_CLAUSE = pattern("products", "tier_clause")
_ALL_TIERS = pattern("products", "all_tiers")
_YEARS_SPANNED = pattern("products", "years_spanned")
_PER_OCCASION = ("学期", "月", "次", "季度")
_WHOLE_YEAR = pattern("products", "whole_year")  # "80名专职网格员全年补贴…": a standard per month, twelve times
_PER_PERIOD_AFTER = pattern("products", "per_period_after")  # "4,792人·月": a count of person-months  # multiplied out by person-times only


def product_claims(a: Analysis, by_sentence: dict[int, list[Fact]]) -> list[Claim]:
    out = []
    for facts in by_sentence.values():
        standards = [(f, *per) for f in facts if (per := _standard(a, f)) is not None]
        for kind in dict.fromkeys(kind for _, kind, _ in standards):
            of_kind = [(s, p) for s, k, p in standards if k == kind]
            if len(of_kind) == 1:
                claims = [_product(a.doc.text, facts, of_kind[0][0], kind, of_kind[0][1])]
            else:
                # "一类村1个，每村每年20000元，计20000元；二类村6个，…": tiers, each in a clause of its own
                # with its count and its amount; read only when every tier's clause states its own
                claims = [_tier_clause_product(a.doc.text, facts, standards, s, kind, p) for s, p in of_kind]
                claims = claims if all(claims) else []
            out.extend(c for c in claims if c is not None)
    return out


def _tier_clause_product(text: str, facts: list[Fact], standards, standard: Fact, kind: str,
                         period: str | None) -> Claim | None:
    """A tier's product, read within its clause (between ；): None unless the clause holds this
    standard alone and an amount of its own (not the total of all tiers, 合计/共计)."""
    start = max((m.end() for m in _TIER_CLAUSE.finditer(text, facts[0].sentence.start, standard.q.start)),
                default=facts[0].sentence.start)
    end = next((m.start() for m in _TIER_CLAUSE.finditer(text, standard.q.end)), len(text))
    clause = [f for f in facts if start <= f.q.start < end]
    if sum(1 for s, k, _ in standards if k == kind and start <= s.q.start < end) != 1:
        return None
    claim = _product(text, clause, standard, kind, period)
    return None if claim is None or _ALL_TIERS.search(claim.stated.label) else claim


def _standard(a: Analysis, f: Fact) -> tuple[str, str | None] | None:
    """(what it is per: person, household, area; the period) of a money
    figure stated per unit, else None."""
    if f.q.dimension != "money" or f.q.approx or f.q.is_range or f.extras.get("in_table") or f.extras.get("cell"):
        return None
    m = _PER_HEAD.search(f.label) or _PER_AFTER.match(a.doc.text, f.q.end)
    if m is None or _AVERAGE.search(f.label):
        return None  # (an average, 平均 or 人均纯收入, is no standard paid at)
    what = _COUNTED.get(m.group("what"))
    return (what, m.group("period")) if what else None


def _product(text: str, facts: list[Fact], standard: Fact, kind: str, period: str | None) -> Claim | None:
    factors = _factors(facts, kind, period)
    if factors is None:
        return None
    count, days = factors
    per = _PER_PERIOD_AFTER.match(text, count.q.end)
    if per is not None and per.group(1) != period:
        return None  # "4,792人·月" by a standard 每人每年: counted in months, paid by the year
    after = max(count.q.end, standard.q.end, *(d.q.end for d in days))
    amount = _amount_after(text, facts, after)
    if amount is None or _per_head(amount, count, standard) or "其中" in text[after:amount.q.start] \
            or period in (None, "年") and _YEARS_SPANNED.search(text, standard.sentence.start, amount.q.start):
        return None  # ("…，其中中央财政资金30万元": a part of it; "连续补助3年": years multiplied in too)
    months = period == "月" and count.q.dimension != "person_time"
    if months and not _WHOLE_YEAR.search(amount.label):
        return None  # (persons paid a standard per month, for months the sentence does not say)
    return Claim(ClaimKind.PRODUCT, amount, [count, standard, *days], Relation.EQ,
                 f"{count.q.shown()} × {standard.q.shown()}" + "".join(f" × {d.q.shown()}" for d in days),
                 variant=MONTHS_OF_A_YEAR if months else "",
                 pattern="product.count-times-standard", trigger=standard.label.strip()[-8:])


def _factors(facts: list[Fact], kind: str, period: str | None) -> tuple[Fact, list[Fact]] | None:
    """The one count the standard is multiplied by, and the days (a standard
    per day); None where they are not one each. (A standard per month may
    count persons too: paid them the whole year, if the amount says so.)"""
    dims = _DIMENSIONS[kind]
    if period in _PER_OCCASION and period != "月":
        dims = tuple(d for d in dims if d == "person_time")
    counts = [f for f in facts if f.q.dimension in dims and f.role == "level" and (kind != "village" or "村" in f.label)]
    days = [f for f in facts if f.q.dimension == "time"] if period in ("天", "日") else []
    if len(counts) != 1 or _inexact(counts[0]) or (period in ("天", "日") and len(days) != 1):
        return None
    return counts[0], days


def _amount_after(text: str, facts: list[Fact], after: int) -> Fact | None:
    """The amount paid: the first money figure from ``after`` on, in the same
    clause (no ；or closing bracket before it), labelled as paid ("发放资金…"),
    not a bound ("低于1,800元"), not another standard ("按每村5万元")."""
    amount = next((f for f in facts if f.q.start >= after and f.q.dimension == "money"), None)
    if amount is None or amount.role != "level" or _inexact(amount) or "每" in amount.label:
        return None
    if not _PAID.search(amount.label) or _NOT_PAID.search(amount.label) or _CLAUSE_END.search(
            text, after, amount.label_start):
        return None
    return amount


def _per_head(amount: Fact, count: Fact, standard: Fact) -> bool:
    """An amount named per head (实际生均公用经费支出7742.47元) of about the
    standard's size where many are counted: what each got, not what all got
    (a fund named 生均公用经费 of 102.20万元 is all of it, and one written in
    元 for 万元 is far below the standard)."""
    if not _PER_UNIT_AMOUNT.search(amount.label) or count.q.value < 10 or not standard.q.base_value:
        return False
    return Decimal("0.1") <= amount.q.base_value / standard.q.base_value <= 10


def _inexact(f: Fact) -> bool:
    return bool(f.q.approx) or f.q.is_range
