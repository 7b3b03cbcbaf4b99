"""Recompute each claim over the operands' intervals and decide whether the
stated figure agrees (statcheck's middle step: extraction, then
recomputation, then decision).

Values are in each dimension's base unit (元, 亩, …) so 万元 and 元 mix;
percentages stay in percent (0–100).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from fiscallint.model.claim import EXACT_POINTS, MONTHS_OF_A_YEAR, SCORES_CAPPED, Claim
from fiscallint.understanding.labels import shares_word
from fiscallint.model.intervals import HUNDRED, Interval, sum_intervals
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg

ONE = Decimal(1)
TWELVE = Decimal(12)  # the months of a year
HALF = Decimal("0.5")


@dataclass
class Verdict:
    status: str  # consistent | contradiction | unchecked
    computed: Interval | None = None
    stated: Interval | None = None
    reason: str = ""
    # other readings tried, as (what, the value it gives or None), for `explain`
    readings: list[tuple[str, Interval | None]] = field(default_factory=list)
    # the claim as it held when another reading of it did (the report's other
    # total, another pair of figures, the list's first parts); None: as built
    reading: Claim | None = None

    @property
    def margin(self) -> Decimal | None:
        if self.computed is None or self.stated is None:
            return None
        return self.computed.gap(self.stated)


def compute(claim: Claim, operands=None) -> Interval:
    """The value the stated figure should have, from ``operands`` (default:
    the claim's own)."""
    return compute_over(claim, [f.q.interval() for f in (operands or claim.operands)])


def _capped(variant: str, ops: list[Interval]) -> list[Interval]:
    """Scores, each at most its row's points (得分 ≤ 分值, the form's rule),
    when the variant gives the caps; else the operands as they are."""
    if not variant.startswith(SCORES_CAPPED):
        return ops
    caps = [Decimal(c) for c in variant[len(SCORES_CAPPED):].split(",")]
    return [Interval(iv.lo, min(iv.hi, max(cap, iv.lo))) for iv, cap in zip(ops, caps)]


def compute_over(claim: Claim, ops: list[Interval]) -> Interval:
    """The value the stated figure should have, from the operands'
    intervals ``ops`` (in the order of the claim's operands)."""
    kind = claim.kind
    if kind in ("composition", "identity"):
        return sum_intervals(_capped(claim.variant, ops))
    if kind == "rate" and claim.variant == "remainder":  # done / (done + not done)
        done, rest = ops
        return (done / (done + rest)) * HUNDRED
    if kind == "share" and claim.variant == "same-whole":  # part / (other part / other share)
        part, other_part, other_share = ops
        return part / (other_part / other_share * HUNDRED) * HUNDRED
    if kind in ("share", "rate"):
        part, whole = ops
        return (part / whole) * HUNDRED
    if kind == "change":  # 由 A 增加到 B: the change is B − A (a magnitude)
        b, a = ops
        d = b - a
        return d if claim.direction >= 0 else -d
    if kind == "growth":  # C changed by D: the rate is D / (C ∓ D); or D / base
        current, delta = ops
        if claim.variant == "base":
            return (delta / current) * HUNDRED
        if claim.variant == "pair":  # current and last year's figure: (C − B) / B
            base = delta
            change = current - base if claim.direction > 0 else base - current
            return (change / base) * HUNDRED
        base = current - delta if claim.direction > 0 else current + delta
        return (delta / base) * HUNDRED
    if kind == "form_linear":  # a form's X = A + B − C: each term's sign in the variant
        d = Interval(Decimal(0), Decimal(0))
        for signs, iv in zip(claim.variant.split(","), ops):
            in_identity, written = signs.split(":")
            d = d + iv if (in_identity == "1") == (written == "1") else d - iv
        return _signed(d, claim.direction)
    if kind in ("row_change", "row_growth"):
        return _row_change(claim, ops)
    if kind == "product":
        whole_year = claim.variant == MONTHS_OF_A_YEAR
        return _product(ops) * Interval(TWELVE, TWELVE) if whole_year else _product(ops)
    if kind in ("crossref", "restatement", "entity_total"):
        return ops[0]
    if kind == "score":
        if claim.variant == "cap":
            return ops[0]
        points = ops[0]
        ratio = ops[1] / HUNDRED if claim.variant == "rate" else ops[1] / ops[2]
        capped = Interval(min(ratio.lo, ONE), min(ratio.hi, ONE))
        return points * capped
    raise ValueError(f"unknown claim kind {kind}")


def _product(ops: list[Interval]) -> Interval:
    """A count × a standard per unit (× a number of days). A head count, a
    standard and days are exact, not rounded ("5元" is 5元, not 4.5 to 5.5):
    only a figure rounded to more than its unit (3.2万亩) keeps its span."""
    out = Interval(ONE, ONE)
    for iv in ops:
        mid = (iv.lo + iv.hi) / 2
        out = out * (Interval(mid, mid) if iv.hi - iv.lo <= ONE else iv)
    return out


def _signed(d: Interval, direction: int) -> Interval:
    """A signed result against a stated figure's size: negated for a figure
    written negative; for one written without a sign, the result's size."""
    if direction < 0 or (direction == 0 and d.hi < 0):
        return -d
    if direction == 0 and d.lo < 0:
        return Interval(Decimal(0), max(-d.lo, d.hi))
    return d


def _row_change(claim: Claim, ops: list[Interval]) -> Interval:
    """A table row's change columns: 增减额 = 本年 − 上年, 增减率 = 增减额 / 上年;
    the stated cell's sign is the direction (-1 written negative, +1 written
    with a +); a cell written without a sign states a magnitude."""
    current, base, *change = ops
    d = current - base
    if change:
        # the row's 增减额 as written: the difference lies in both (two rounded
        # figures' difference, and that difference rounded once), when they meet
        written = change[0] if d.mid >= 0 else -change[0]
        if d.meets(written):
            d = Interval(max(d.lo, written.lo), min(d.hi, written.hi))
    if claim.kind == "row_growth":
        d = (d / base) * HUNDRED
    return _signed(d, claim.direction)


def decide(claim: Claim) -> Verdict:
    """The verdict on ``claim``; the claim itself is left as it was built (a
    reading that held instead is the verdict's ``reading``)."""
    stated = claim.stated.q.interval()
    if claim.variant == EXACT_POINTS and "." not in claim.stated.q.digits:
        stated = Interval(claim.stated.q.value, claim.stated.q.value)
    try:
        computed = compute(claim)
    except ZeroDivisionError:
        return Verdict("unchecked", None, stated, Msg(M.DIVISOR_ZERO))
    early = _bounded_or_not_parts(claim, computed, stated)
    if early is not None:
        return early
    if _holds(claim, computed, stated):
        return Verdict("consistent", computed, stated)
    near = _holds_as_written(claim, computed, stated)
    if near is not None:
        return near
    tried: list[str] = []
    held = _first_parts_hold(claim, stated, tried)
    if held is not None:
        return held
    held = _alternative_holds(claim, computed, stated, tried)
    if held is not None:
        return held
    if not claim.decisive:
        return Verdict("unchecked", computed, stated, Msg(M.AUTHOR_UNCLEAR), tried)
    return Verdict("contradiction", computed, stated, "", tried)


def _bounded_or_not_parts(claim: Claim, computed: Interval, stated: Interval) -> Verdict | None:
    """The verdict on each part at most its total, and none for counts that
    are not parts of their total or only a selection of them."""
    if claim.relation == "each_le":
        over = [f for f in claim.operands if not f.q.interval().can_be_le(stated)]
        # a part larger than its whole is not a part (a new clause): no verdict
        return Verdict("consistent" if not over else "unchecked", computed, stated,
                       Msg(M.EACH_AT_MOST_TOTAL) if not over else Msg(M.FIGURE_EXCEEDS_TOTAL))
    if claim.kind == "composition" and claim.stated.q.is_count:
        # a count over twice its total is not one of its parts (为240名死亡人员…)
        over = [f for f in claim.operands if not f.q.interval().can_be_le(stated.scale(Decimal(2)))]
        if over:
            # a count larger than its total is not one of its parts (为240名死亡人员…)
            return Verdict("unchecked", computed, stated, Msg(M.COUNT_EXCEEDS_TOTAL))
        if claim.relation == "eq" and computed.hi * 2 < stated.lo and claim.variant != "colon":
            # counts under 其中 that cover less than half the total are a
            # selection (其中监测户90户…，已消除50户 of 843户), not a breakdown
            return Verdict("unchecked", computed, stated, Msg(M.COUNTS_A_SELECTION))
    return None


def _holds(claim: Claim, computed: Interval, stated: Interval) -> bool:
    """Whether the computed value and the stated one agree, by the relation."""
    if claim.kind == "score" and claim.variant == "cap":
        return stated.can_be_le(computed)  # 得分 at most 分值
    if claim.relation == "le":
        return computed.can_be_le(stated)
    if claim.relation == "ge":
        return stated.can_be_le(computed)
    return computed.meets(stated)


def _holds_as_written(claim: Claim, computed: Interval, stated: Interval) -> Verdict | None:
    """The readings of how the figure was written: a rate's digits cut, the
    report's other total, a list that may be partial."""
    if claim.relation == "eq" and claim.stated.q.is_percent and claim.kind != "score" \
            and _cut_to(computed.mid, stated):
        # some authors cut a rate's digits instead of rounding (3.636% written
        # 3.63%); an amount is added up, a score worked out by its form
        return Verdict("consistent", computed, stated, Msg(M.HOLDS_IF_TRUNCATED))
    if claim.relation == "eq" and claim.stated.q.is_percent and claim.kind in ("share", "rate", "growth") \
            and _raised_to(computed.mid, stated):
        # 18.7505% written 18.76%, 99.622% written 99.63% so that the shares make 100%:
        # a hundredth of a point, rounded up
        return Verdict("consistent", computed, stated, Msg(M.HOLDS_IF_ROUNDED_UP))
    if claim.relation == "eq" and claim.stated.q.is_percent and claim.kind in ("share", "rate", "growth") \
            and _rounded_twice(computed.mid, stated, whole=claim.kind == "growth"):
        # 33.047% written 33.1%: rounded to 33.05 first, a common way to lose half a digit
        return Verdict("consistent", computed, stated, Msg(M.HOLDS_IF_ROUNDED_TWICE))
    if claim.kind == "score" and claim.relation == "eq" and "." not in claim.stated.q.digits:
        whole = _score_written_whole(claim, computed, stated)
        if whole is not None:
            return whole
    for other in claim.other_totals:
        # (a list that may leave parts out fits a total it stays under: "结余107.07万元。
        # 其中产业发展类2,721.66万元" is of the sentence's 实际支出4,754.93万元)
        if computed.meets(other.q.interval()) or claim.relation == "le" and computed.can_be_le(other.q.interval()):
            return Verdict("consistent", computed, other.q.interval(), Msg(M.HOLDS_WITH_OTHER_TOTAL),
                           reading=replace(claim, stated=other))
    if claim.may_be_partial and computed.hi < stated.lo:
        return Verdict("unchecked", computed, stated, Msg(M.LIST_MAY_BE_PARTIAL))
    return None


def _score_written_whole(claim: Claim, computed: Interval, stated: Interval) -> Verdict | None:
    """A score its form works out, written as a whole number: rounded (2.98
    as 3, even beside scores written with decimals, which make the whole ones
    exact), or with its fraction dropped (5.96 as 5: the form's rule gives the
    points, the evaluator wrote the whole ones)."""
    if computed.meets(Interval(stated.mid - HALF, stated.mid + HALF)):
        return Verdict("consistent", computed, stated, Msg(M.HOLDS_IF_SCORE_WHOLE))
    if claim.stated.q.value > 0 and stated.mid <= computed.mid < stated.mid + 1:
        return Verdict("consistent", computed, stated, Msg(M.HOLDS_IF_SCORE_CUT))
    return None


def _alternative_holds(claim: Claim, computed: Interval, stated: Interval, tried: list) -> Verdict | None:
    """The first alternative set of figures that holds, or None; the readings
    tried are added to ``tried``."""
    for alt in claim.alternatives:
        try:
            alt_value = compute(claim, alt)
            if claim.alternative_relation == "le":
                # only the figures left out can explain a sum above the total
                holds = computed.lo > stated.hi and alt_value.can_be_le(stated)
            else:
                holds = alt_value.meets(stated)
            if holds:
                return Verdict("consistent", alt_value, stated, Msg(M.HOLDS_WITH_OTHER_PAIR),
                               reading=replace(claim, operands=list(alt)))
            if [id(f) for f in alt] != [id(f) for f in claim.operands]:
                tried.append((f"with {', '.join(f.q.shown() for f in alt)} as its figures", alt_value))
        except ZeroDivisionError:
            tried.append((f"with {', '.join(f.q.shown() for f in alt)} as its figures: a divisor can be zero", None))
    return None



def _first_parts_hold(claim: Claim, stated: Interval, tried: list) -> Verdict | None:
    """A list may run past its parts into the next clause: a prefix of two or
    more parts that adds up is a reading that holds (not for a list whose end
    the layout marks); so is one that makes the whole of a list that may be
    partial (其中新建1.30万亩，改造0.80万亩 of 2.10万亩, then "同步发展…0.45万亩").
    The readings tried are added to ``tried``."""
    if claim.relation not in ("eq", "le") or claim.kind != "composition" or len(claim.operands) <= 2 \
            or claim.list_closed:
        return None
    total_label = claim.stated.label
    for k in range(2, len(claim.operands)):
        kept, dropped = claim.operands[:k], claim.operands[k:]
        kept_sum = sum_intervals(f.q.interval() for f in kept)
        if kept_sum.lo == kept_sum.hi == 0 and not (
                any(shares_word(f.label, total_label) for f in kept)
                and not any(shares_word(f.label, total_label) for f in dropped)):
            continue  # zeros add up to anything zero: only labels can say where the list ends
        if kept_sum.meets(stated):
            return Verdict("consistent", compute(claim, kept), stated, Msg(M.FIRST_PARTS_ADD_UP),
                           reading=replace(claim, operands=list(kept)))
        tried.append((f"the list ending after its first {k} parts ({_shown_sum(kept)})", kept_sum))
    return None

def _raised_to(value: Decimal, stated: Interval) -> bool:
    """Whether ``value`` rounded up to the stated figure's places, two
    decimals or more, is that figure (18.7505 to 18.76)."""
    if stated.hi - stated.lo > Decimal("0.01"):
        return False
    shown = (stated.lo + stated.hi) / 2
    return _cut_to(2 * shown - value, stated)  # rounded up to the figure: its mirror about it is cut to it


def _rounded_twice(value: Decimal, stated: Interval, whole: bool = False) -> bool:
    """Whether ``value`` rounded half up to one more place than the stated
    figure, then to its places, is that figure (33.047 → 33.05 → 33.1); a
    whole percent only when ``whole`` (a growth rate: 11.49% written 12%,
    as real reports do; a share of a whole is rounded once)."""
    unit = stated.hi - stated.lo
    if unit <= 0 or unit > 1 or unit == 1 and not whole or value < 0:
        return False
    shown = stated.lo + unit / 2
    finer = (value / unit * 10).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit / 10
    return (finer / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit == shown


def _cut_to(value: Decimal, stated: Interval) -> bool:
    """Whether ``value`` cut (not rounded) to the stated figure's places is
    that figure: 38.2877 cut to 38.28, 80.71 to 80; a single reading, from
    the figures as displayed, so it is not stretched by their rounding too."""
    half = (stated.hi - stated.lo) / 2
    if half == 0:
        return False
    shown = stated.lo + half
    if shown >= 0:
        return shown <= value < shown + 2 * half
    return shown - 2 * half < value <= shown


def _shown_sum(facts) -> str:
    return " + ".join(f.q.shown() for f in facts)
