"""Name the likely slip: which plain typing slip in one figure would make a
contradicted claim hold.

The usual slips of a hand-typed report: two adjacent digits swapped
(3933.42 for 3393.42), one digit mistyped, a digit dropped or doubled, the
decimal point moved, 万元 written for 元 (or the reverse). Each figure of the
claim is rewritten by each slip in turn and the claim recomputed over the
rewritten figure's interval (those that cannot make it hold, being too far
from the value the figure needs or in a group over which the claim fails,
are set aside untried). The plainest slips that make it hold are named,
without claiming to know: one, or two when they are equally plain, and none
when more than two are (then any of the figures may be the one).

Pure: a claim and its verdict in, a sentence out; nothing is changed.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from fiscallint.support import messages as M
from fiscallint.model.claim import Claim, ClaimKind, Relation
from fiscallint.support.messages import Msg
from fiscallint.model.intervals import INF, NEG_INF, Interval, sum_intervals
from fiscallint.deciding.recompute import Verdict, compute_over

# how plain each slip is: 1 the plainest; only the plainest that hold are named
_RANK = {"two adjacent digits swapped": 1, "one digit mistyped": 1, "a digit dropped": 2, "a digit doubled": 2,
         "the decimal point moved": 2, "万元 written for 元": 3, "元 written for 万元": 3, "a minus sign dropped": 1,
         "the change's word reversed": 1}
_SIGNED_CELLS = (ClaimKind.ROW_CHANGE, ClaimKind.ROW_GROWTH)
_WORDED_CHANGES = (ClaimKind.CHANGE, ClaimKind.GROWTH)
_MAX_DIGITS = 12  # longer figures are not rewritten (the candidates grow with the length)
_TEN_THOUSAND = Decimal(10000)
_DIGITS = "0123456789"
_ONE = Decimal(1)


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
        q = fact.q
        if q.approx or q.is_range or q.chinese or q.value == 0:
            continue  # a zero states that nothing was spent: not a typed figure
        if restated:
            # only the first figure's digits can be meant: the slip that
            # gives them, if any, is the one to try
            meant = _at_precision(claim.operands[0].q.digits, q.digits)
            kind = _rewrite_kind(q.digits, meant)
            rewrites = ((meant, kind),) if kind is not None else ()
        else:
            rewrites = _rewrites(q.digits)
        for digits, kind in _making_it_hold(claim, verdict, i, rewrites):
            holding.append((_RANK[kind], Slip(q.shown(), _shown(q, digits), kind)))
        if q.dimension == "money" and q.unit in ("万元", "元"):
            factor, kind = ((Decimal(1) / _TEN_THOUSAND, "万元 written for 元") if q.unit == "万元"
                            else (_TEN_THOUSAND, "元 written for 万元"))
            iv = q.interval().scale(factor)
            if _holds(claim, verdict, i, iv):
                other = "元" if q.unit == "万元" else "万元"
                shown = q.shown()  # (a table's cell shows no unit: its column or title gives it)
                holding.append((_RANK[kind], Slip(shown, shown.removesuffix(q.unit) + other, kind)))
        if i == 0 and claim.kind in _SIGNED_CELLS and q.value > 0 and claim.direction > 0 and _holds(
                claim, verdict, 0, -q.interval()):
            # a table's change written without a sign where a negative one was meant (a column that
            # writes signs); in prose the sign is a word (增加 for 减少), not a slip of one figure
            holding.append((_RANK["a minus sign dropped"], Slip(q.shown(), "-" + q.shown(), "a minus sign dropped")))
        if i == 0 and claim.kind in _WORDED_CHANGES:
            holding.extend(_reversed_word(claim, verdict))
    return holding


def _reversed_word(claim: Claim, verdict: Verdict) -> list[tuple[int, Slip]]:
    """"较上年增加1.50万元" where the figures give a decrease of 1.50: the
    change's word typed the other way (rules/readers.toml [slips.opposite])."""
    label = claim.stated.label.rstrip(" ，,：:为是了")
    word = next((w for w in _opposites() if label.endswith(w)), None)
    if word is None or not claim.direction:
        return []
    reversed_claim = replace(claim, direction=-claim.direction)
    if not compute_over(reversed_claim, [f.q.interval() for f in claim.operands]).meets(verdict.stated):
        return []
    shown = claim.stated.q.shown()
    kind = "the change's word reversed"
    return [(_RANK[kind], Slip(word + shown, _opposites()[word][0] + shown, kind))]


@lru_cache(maxsize=1)
def _opposites() -> dict[str, tuple[str, ...]]:
    from fiscallint.support.wordbook import section_table

    # longest first: "增加" before "多"
    return dict(sorted(section_table("slips", "opposite").items(), key=lambda kv: -len(kv[0])))


def describe(slips: list[Slip]) -> str:
    """"it would hold if 3933.42 were 3399.42 (two adjacent digits swapped)"."""
    if not slips:
        return ""
    if len(slips) == 1:
        return Msg(M.WOULD_HOLD_IF, slip=slips[0].describe())
    return Msg(M.WOULD_HOLD_IF_EITHER, first=slips[0].describe(), second=Msg.join(", or if ", (s.describe() for s in slips[1:])))


def _making_it_hold(claim: Claim, verdict: Verdict, index: int, rewrites) -> list[tuple[str, str]]:
    """The (digits, kind) rewrites of the figure at ``index`` under which
    the claim holds, in their order; the figure is neither approximate nor a
    range, so the interval of a rewritten figure lies within one unit of its
    digits (half a unit each way, one unit up when truncated): those a unit
    or more from where the figure must reach are set aside untried."""
    q = ([claim.stated, *claim.operands][index]).q
    holds, span = _test(claim, verdict, index)
    factor = q.factor_to_base
    tried = _valued(rewrites)
    if factor > 0 and span is not None:
        lo, hi = span
        tried = [c for c in tried if (c[0] + _ONE) * factor >= lo and (c[0] - _ONE) * factor <= hi]
    elif factor > 0 and len(tried) > 2:
        tried = _by_groups(tried, factor, _operand_test(claim, verdict, index, strict=True))
    making = []
    for _, digits, kind in tried:
        try:
            iv = q.interval_if_written(digits)
        except InvalidOperation:
            continue
        if holds(iv):
            making.append((digits, kind))
    return making


@lru_cache(maxsize=4096)
def _valued(rewrites: tuple) -> tuple[tuple[Decimal, str, str], ...]:
    """(value, digits, kind) for each rewrite whose digits are a number
    (remembered, as the rewrites are)."""
    try:
        return tuple((Decimal(digits), digits, kind) for digits, kind in rewrites)
    except InvalidOperation:
        pass  # not all of them: one by one
    valued = []
    for digits, kind in rewrites:
        try:
            valued.append((Decimal(digits), digits, kind))
        except InvalidOperation:
            continue
    return tuple(valued)


def _by_groups(tried: list, factor: Decimal, holds_over) -> list:
    """The (value, digits, kind) rewrites of an operand that may make the
    claim hold, in their order, set aside by groups. Recomputed over an
    interval inside another, a claim comes out inside the other's result
    (interval arithmetic, each bound rounded the same way), so a claim that
    does not hold over a span holding a group of rewritten figures
    (``holds_over``, which raises where it cannot say) holds for none of
    them: the rewrites are split in halves, by value, only while a half may
    hold."""
    order = sorted(range(len(tried)), key=lambda k: tried[k][0])
    kept: list[int] = []

    def search(group: list[int]) -> None:
        span = Interval((tried[group[0]][0] - _ONE) * factor, (tried[group[-1]][0] + _ONE) * factor)
        try:
            if not holds_over(span):
                return
        except ArithmeticError:
            pass  # a divisor that may be zero over the span: the halves may say
        if len(group) == 1:
            kept.append(group[0])
            return
        half = len(group) // 2
        search(group[:half])
        search(group[half:])

    search(order)
    return [tried[k] for k in sorted(kept)]


def _test(claim: Claim, verdict: Verdict, index: int):
    """The test of the figure at ``index`` (0 the stated one, else an
    operand) rewritten to an interval, whether the claim then holds, with
    what does not depend on the rewritten figure worked out once; and, where
    the test asks only that the figure's interval reach into a known span,
    that span (lo, hi) in base units, else None."""
    needed = _needed_part(claim, verdict, index)
    if needed is not None:
        return needed.meets, (needed.lo, needed.hi)
    if index == 0:
        return _stated_test(claim, verdict.computed)
    return _operand_test(claim, verdict, index), None


def _holds(claim: Claim, verdict: Verdict, index: int, iv: Interval) -> bool:
    """Whether the claim holds with the figure at ``index`` standing for
    ``iv``, recomputed."""
    if index == 0:
        return _stated_test(claim, verdict.computed)[0](iv)
    return _operand_test(claim, verdict, index)(iv)


def _needed_part(claim: Claim, verdict: Verdict, index: int) -> Interval | None:
    """For a sum, the value the figure at ``index`` needs (the total less
    the other parts), worked out once: what makes naming a slip cheap for the
    most common claim."""
    if claim.kind not in (ClaimKind.COMPOSITION, ClaimKind.IDENTITY) or claim.relation != Relation.EQ:
        return None
    if index == 0:
        return verdict.computed
    others = sum_intervals(f.q.interval() for k, f in enumerate(claim.operands) if k != index - 1)
    return verdict.stated - others


def _stated_test(claim: Claim, computed: Interval):
    """The test of the stated figure rewritten, against the value computed,
    and the span the rewritten figure must reach into."""
    if (claim.kind == ClaimKind.SCORE and claim.variant == "cap") or claim.relation == Relation.GE:
        return (lambda iv: iv.can_be_le(computed)), (NEG_INF, computed.hi)
    if claim.relation == Relation.LE:
        return (lambda iv: computed.can_be_le(iv)), (computed.lo, INF)
    return computed.meets, (computed.lo, computed.hi)


def _operand_test(claim: Claim, verdict: Verdict, index: int, strict: bool = False):
    """The test of an operand rewritten: the claim recomputed with it (a
    divisor that may be zero fails it; with ``strict``, the test raises)."""
    agree = _agree(claim)
    try:
        ops = [f.q.interval() for f in claim.operands]
    except InvalidOperation:
        return lambda iv: False  # no rewrite of one figure mends another
    stated = verdict.stated

    def test(iv: Interval) -> bool:
        ops[index - 1] = iv
        try:
            computed = compute_over(claim, ops)
        except (ZeroDivisionError, InvalidOperation):
            if strict:
                raise
            return False
        return agree(computed, stated)

    return test


def _agree(claim: Claim):
    """Whether a computed value and a stated one agree by the claim's
    relation, as a function of the two."""
    if claim.kind == ClaimKind.SCORE and claim.variant == "cap":
        return lambda computed, stated: stated.can_be_le(computed)
    if claim.relation == Relation.LE:
        return lambda computed, stated: computed.can_be_le(stated)
    if claim.relation == Relation.GE:
        return lambda computed, stated: stated.can_be_le(computed)
    return lambda computed, stated: computed.meets(stated)


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


@lru_cache(maxsize=4096)
def _rewrites(written: str) -> tuple[tuple[str, str], ...]:
    """(digits, slip) for every figure the written digits may have been
    meant as, under each slip (remembered: a figure is weighed in each
    claim it takes part in)."""
    plain = written.replace(".", "")
    if len(plain) > _MAX_DIGITS or not plain.isdigit():
        return ()
    w, n = written, len(written)
    point = w.find(".") if "." in w else n
    candidates = [(w[:i] + w[i + 1] + w[i] + w[i + 2:], "two adjacent digits swapped") for i in range(n - 1)
                  if w[i] != w[i + 1] and w[i].isdigit() and w[i + 1].isdigit()]
    if 0 < point < n - 1 and w[point - 1] != w[point + 1]:
        # the digits either side of the point swapped (42.18 typed 41.28)
        candidates.append((w[:point - 1] + w[point + 1] + "." + w[point - 1] + w[point + 2:], "two adjacent digits swapped"))
    candidates += [(w[:i] + r + w[i + 1:], "one digit mistyped") for i, ch in enumerate(w) if ch.isdigit()
                   for r in _DIGITS if r != ch]
    # a digit dropped or doubled in the integer part (the decimals a report
    # shows are fixed: a slip there shows as a figure of another precision)
    candidates += [(w[:i] + r + w[i:], "a digit dropped") for i in range(point + 1) for r in _DIGITS]
    candidates += [(w[:i] + w[i + 1:], "a digit doubled") for i in range(point - 1)
                   if w[i] == w[i + 1] and w[i].isdigit()]
    candidates += [(plain[:i] + "." + plain[i:] if i < len(plain) else plain, "the decimal point moved")
                   for i in range(1, len(plain) + 1)]
    seen = {written}
    rewrites = []
    for d, kind in candidates:
        if d not in seen:
            seen.add(d)
            if _valid(d):
                rewrites.append((d, kind))
    return tuple(rewrites)


def _valid(d: str) -> bool:
    """Whether ``d`` is a figure an author could have meant: digits before
    any point, no leading zero, no point at the end."""
    return bool(d) and d[0] != "." and (d[0] != "0" or len(d) == 1 or d[1] == ".") and d[-1] != "."


def _at_precision(meant: str, written: str) -> str:
    """``meant`` written to as many decimals as ``written`` when only zeros
    part them (a table's 15500.00 against the text's 15050: the same digits'
    slip)."""
    places = len(written.partition(".")[2])
    whole, _, decimals = meant.partition(".")
    if decimals.rstrip("0") or len(decimals) == places:
        return meant
    return whole + ("." + decimals.ljust(places, "0")[:places] if places else "")


def _rewrite_kind(written: str, meant: str) -> str | None:
    """The slip under which :func:`_rewrites` gives ``meant`` for
    ``written`` (the first it tries), or None: the one slip worth trying when
    the figure meant is known."""
    plain = written.replace(".", "")
    if meant == written or not _valid(meant) or len(plain) > _MAX_DIGITS or not plain.isdigit():
        return None
    if len(meant) == len(written):
        kind = _retyped(written, meant)
    elif len(meant) == len(written) + 1:
        kind = "a digit dropped" if _dropped(written, meant) else None
    elif len(meant) == len(written) - 1:
        kind = "a digit doubled" if _doubled(written, meant) else None
    else:
        kind = None
    if kind is None:
        dot = meant.find(".")
        if meant.replace(".", "") == plain and (dot < 0 or (meant.count(".") == 1 and 0 < dot < len(meant) - 1)):
            kind = "the decimal point moved"
    return kind


def _retyped(written: str, meant: str) -> str | None:
    """Two adjacent digits swapped or one digit mistyped, between two
    figures of one length."""
    differ = [i for i in range(len(written)) if written[i] != meant[i]]
    if len(differ) == 2 and differ[1] - differ[0] in (1, 2):
        i, j = differ
        # (either side of the point: 41.28 for 42.18)
        beside = j == i + 1 or written[i + 1] == "." == meant[i + 1]
        if beside and (meant[i], meant[j]) == (written[j], written[i]) and written[i].isdigit() and written[j].isdigit():
            return "two adjacent digits swapped"
    if len(differ) == 1 and written[differ[0]].isdigit() and meant[differ[0]] in _DIGITS:
        return "one digit mistyped"
    return None


def _dropped(written: str, meant: str) -> bool:
    """Whether ``meant`` is ``written`` with a digit (0-9) put back in its
    integer part."""
    point = written.find(".") if "." in written else len(written)
    return any(meant[i] in _DIGITS and meant[:i] == written[:i] and meant[i + 1:] == written[i:]
               for i in range(point + 1))


def _doubled(written: str, meant: str) -> bool:
    """Whether ``meant`` is ``written`` with one of two equal adjacent
    digits of its integer part taken out."""
    point = written.find(".") if "." in written else len(written)
    return any(written[i] == written[i + 1] and written[i].isdigit() and meant == written[:i] + written[i + 1:]
               for i in range(point - 1))
