"""Name the likely slip: which plain typing slip in one figure would make a
contradicted claim hold.

The usual slips of a hand-typed report: two adjacent digits swapped
(3933.42 for 3393.42), one digit mistyped, a digit dropped or doubled, the
decimal point moved, 万元 written for 元 (or the reverse). Each figure of the
claim is rewritten by each slip in turn and the claim recomputed over the
rewritten figure's interval. The plainest slips that make it hold are named,
without claiming to know: one, or two when they are equally plain, and none
when more than two are (then any of the figures may be the one).

Pure: a claim and its verdict in, a sentence out; nothing is changed.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import SimpleNamespace

from fiscallint.support import messages as M
from fiscallint.model.claim import Claim, ClaimKind, Relation
from fiscallint.support.messages import Msg
from fiscallint.model.intervals import Interval, sum_intervals
from fiscallint.deciding.recompute import Verdict, compute

# how plain each slip is: 1 the plainest; only the plainest that hold are named
_RANK = {"two adjacent digits swapped": 1, "one digit mistyped": 1, "a digit dropped": 2, "a digit doubled": 2,
         "the decimal point moved": 2, "万元 written for 元": 3, "元 written for 万元": 3}
_MAX_DIGITS = 12  # longer figures are not rewritten (the candidates grow with the length)
_TEN_THOUSAND = Decimal(10000)


@dataclass(frozen=True)
class Slip:
    written: str  # the figure as written
    meant: str  # the figure the slip would have come from
    kind: str  # which slip

    def describe(self) -> str:
        return Msg(M.SLIP, written=self.written, meant=self.meant, kind=Msg(M.SLIP_KINDS[self.kind]))


def likely_slip(claim: Claim, verdict: Verdict) -> list[Slip]:
    """The plainest slips, in one figure, that make ``claim`` hold: one or
    two equally plain ones, else none."""
    holding = _holding(claim, verdict)
    if not holding:
        return []
    best = min(rank for rank, _ in holding)
    plainest = list(dict.fromkeys(s for rank, s in holding if rank == best))
    return plainest if len(plainest) <= 2 else []


def explained_by_slip(claim: Claim, verdict: Verdict) -> bool:
    """Whether some plain slip in one figure would make ``claim`` hold, even
    where too many would to name one."""
    return bool(_holding(claim, verdict))


def _holding(claim: Claim, verdict: Verdict) -> list[tuple[int, Slip]]:
    if verdict.status != "contradiction" or verdict.computed is None:
        return []
    holding: list[tuple[int, Slip]] = []
    figures = [claim.stated, *claim.operands]
    restated = claim.kind in (ClaimKind.CROSSREF, ClaimKind.RESTATEMENT)
    if restated:
        # one figure stated twice: a slip turns the later one into the first
        figures = [claim.stated]
    for i, fact in enumerate(figures):
        if fact.q.approx or fact.q.is_range or fact.q.chinese or fact.q.value == 0:
            continue  # a zero states that nothing was spent: not a typed figure
        holds = _sum_test(claim, verdict, i) or (lambda iv, i=i: _holds(claim, verdict, i, iv))
        for digits, kind in _rewrites(fact.q.digits):
            if restated and digits != claim.operands[0].q.digits:
                continue
            iv = _interval_of(fact.q, digits)
            if iv is not None and holds(iv):
                holding.append((_RANK[kind], Slip(fact.q.shown(), _shown(fact.q, digits), kind)))
        if fact.q.dimension == "money" and fact.q.unit in ("万元", "元"):
            factor, kind = ((Decimal(1) / _TEN_THOUSAND, "万元 written for 元") if fact.q.unit == "万元"
                            else (_TEN_THOUSAND, "元 written for 万元"))
            iv = fact.q.interval().scale(factor)
            if _holds(claim, verdict, i, iv):
                other = "元" if fact.q.unit == "万元" else "万元"
                holding.append((_RANK[kind], Slip(fact.q.shown(), fact.q.shown()[:-len(fact.q.unit)] + other, kind)))
    return holding


def describe(slips: list[Slip]) -> str:
    """"it would hold if 3933.42 were 3399.42 (two adjacent digits swapped)"."""
    if not slips:
        return ""
    if len(slips) == 1:
        return Msg(M.WOULD_HOLD_IF, slip=slips[0].describe())
    return Msg(M.WOULD_HOLD_IF_EITHER, first=slips[0].describe(), second=Msg.join(", or if ", (s.describe() for s in slips[1:])))


def _sum_test(claim: Claim, verdict: Verdict, index: int):
    """For a sum, the test of a rewritten figure against the value it needs
    (the total less the other parts), worked out once: what makes naming a
    slip cheap for the most common claim."""
    if claim.kind not in (ClaimKind.COMPOSITION, ClaimKind.IDENTITY) or claim.relation != Relation.EQ:
        return None
    if index == 0:
        needed = verdict.computed
    else:
        others = sum_intervals(f.q.interval() for k, f in enumerate(claim.operands) if k != index - 1)
        needed = verdict.stated - others
    return needed.meets


def _holds(claim: Claim, verdict: Verdict, index: int, iv: Interval) -> bool:
    if index == 0:
        stated, computed = iv, verdict.computed
    else:
        operands = [SimpleNamespace(q=SimpleNamespace(interval=(lambda v=iv: v))) if k == index - 1 else f
                    for k, f in enumerate(claim.operands)]
        try:
            computed = compute(claim, operands)
        except (ZeroDivisionError, InvalidOperation):
            return False
        stated = verdict.stated
    if claim.kind == ClaimKind.SCORE and claim.variant == "cap":
        return stated.can_be_le(computed)
    if claim.relation == Relation.LE:
        return computed.can_be_le(stated)
    if claim.relation == Relation.GE:
        return stated.can_be_le(computed)
    return computed.meets(stated)


def _interval_of(q, digits: str) -> Interval | None:
    try:
        return q.interval_if_written(digits)
    except InvalidOperation:
        return None


def _shown(q, digits: str) -> str:
    """The figure as the author would have typed it: with its own prefix and
    unit and, where the figure has thousands separators, separators again."""
    written = q.text
    head, number, tail = (written[:q.num_start - q.start], written[q.num_start - q.start:q.num_end - q.start],
                          written[q.num_end - q.start:])
    if "," in number or "，" in number:
        whole, dot, frac = digits.partition(".")
        digits = f"{int(whole):,}" + dot + frac
    return (head + digits + tail).strip()


def _rewrites(written: str):
    """(digits, slip) for every figure the written digits may have been
    meant as, under each slip."""
    if len(written.replace(".", "")) > _MAX_DIGITS or not written.replace(".", "").isdigit():
        return
    seen = {written}

    def ok(d: str) -> bool:
        whole = d.split(".")[0]
        valid = d not in seen and bool(whole) and (len(whole) == 1 or whole[0] != "0") and not d.endswith(".")
        seen.add(d)
        return valid

    n = len(written)
    for i in range(n - 1):
        a, b = written[i], written[i + 1]
        if a != b and a.isdigit() and b.isdigit():
            d = written[:i] + b + a + written[i + 2:]
            if ok(d):
                yield d, "two adjacent digits swapped"
    for i, ch in enumerate(written):
        if ch.isdigit():
            for r in "0123456789":
                d = written[:i] + r + written[i + 1:]
                if r != ch and ok(d):
                    yield d, "one digit mistyped"
    point = written.find(".") if "." in written else n
    # a digit dropped or doubled in the integer part (the decimals a report
    # shows are fixed: a slip there shows as a figure of another precision)
    for i in range(point + 1):
        for r in "0123456789":
            d = written[:i] + r + written[i:]
            if ok(d):
                yield d, "a digit dropped"
    for i in range(point - 1):
        if written[i] == written[i + 1] and written[i].isdigit():
            d = written[:i] + written[i + 1:]
            if ok(d):
                yield d, "a digit doubled"
    plain = written.replace(".", "")
    for i in range(1, len(plain) + 1):
        d = plain if i == len(plain) else plain[:i] + "." + plain[i:]
        if ok(d):
            yield d, "the decimal point moved"
