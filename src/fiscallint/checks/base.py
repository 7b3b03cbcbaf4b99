"""What the rules share: how a figure, an interval and a computation are
worded, and ClaimRule, the rule that reports the contradicted claims of its
kind."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from fiscallint.model.fact import Fact
from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, Rule, iter_contradictions
from fiscallint.model.finding import Finding, Location
from fiscallint.model.intervals import Interval, fmt, round_to
from fiscallint.model.tables import leaf_name
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.deciding.recompute import Verdict


# ---------------------------------------------------------------- wording
def _places(f: Fact) -> int:
    d = f.q.digits
    return len(d.split(".", 1)[1]) if "." in d else 0


def _display_factor(f: Fact) -> Decimal:
    factor = f.q.info.factor if (f.q.info and not f.q.is_percent) else Decimal(1)
    return factor * f.q.scale


def _unit(f: Fact) -> str:
    scale = {Decimal(1000): "千", Decimal(10000): "万", Decimal(100000000): "亿", Decimal(10) ** 12: "万亿"}.get(f.q.scale, "")
    return scale + (f.q.unit or "")


def value_in(f: Fact, x: Decimal, extra: int | None = None) -> str:
    """A base-unit value shown in ``f``'s unit, a little more precise than
    ``f`` displays (one more place for amounts, two for percentages)."""
    if x.is_infinite():
        return fmt(x)
    if extra is None:
        extra = 2 if f.q.is_percent else 1
    v = x / _display_factor(f)
    return fmt(v, min(_places(f) + extra, 6))


def interval_in(f: Fact, iv: Interval, extra: int | None = None) -> str:
    return f"[{value_in(f, iv.lo, extra)}, {value_in(f, iv.hi, extra)}]"


def shown(f: Fact) -> str:
    return f.q.shown().replace("\n", "").replace(" ", "")


def in_one_row(facts) -> bool:
    """Figures all in one row of one table: a computation across its columns."""
    refs = [f.extras.get("cell") for f in facts]
    return len(refs) > 1 and all(r is not None for r in refs) and \
        len({(id(r.table), r.row_index) for r in refs}) == 1 and all(leaf_name(r.header) for r in refs)


def named(ctx: Context, f: Fact, by_column: bool = False) -> str:
    """"基本支出 806.97万元 (line 19:56)"; a table's figure that names nothing
    is named by its row ("公务接待费 -1.85 (line 9:28)"), and by its column
    when the computation runs across one row (``by_column``: 基本支出 + 项目支出
    in the row 合计)."""
    name = f.words or f.name
    ref = f.extras.get("cell")
    sign = ""
    if ref is not None:
        from fiscallint.understanding.table_model import fact_sign

        sign = "-" if fact_sign(ctx.doc.text, f) < 0 else ""
        if by_column:
            name = leaf_name(ref.header)
        if not name:
            name = ref.row.label
    line, column = ctx.doc.position(f.q.num_start)
    return Msg(M.FIGURE_AT, figure=f"{name + ' ' if name else ''}{sign}{shown(f)}", line=line, column=column)


def related(ctx: Context, facts: list[Fact]) -> list[Location]:
    return [ctx.locate(f, named(ctx, f)) for f in facts]


def computed_vs_stated(claim: Claim, verdict: Verdict) -> tuple[str, str, str]:
    """(computed, stated, margin) as text in the stated figure's unit."""
    s = claim.stated
    unit = _unit(s)
    comp = verdict.computed
    # (parts written finer than their whole, 7.15 + 0.58 against 8: the sum as finely)
    finer = max((_places(f) for f in claim.operands if f.q.unit == s.q.unit), default=0) - _places(s)
    extra = (2 if s.q.is_percent else 1) + max(0, finer)
    computed = f"{value_in(s, comp.mid, extra)}{unit} {interval_in(s, comp, extra)}"
    stated = f"{shown(s)} {interval_in(s, verdict.stated)}"
    gap = (verdict.margin or Decimal(0)) / _display_factor(s)
    margin = fmt(round_to(gap, min(_places(s) + 2, 6)).normalize())
    return computed, stated, (Msg(M.PERCENTAGE_POINTS, value=margin) if s.q.is_percent else f"{margin}{unit}")


# slips that rewrite digits say little of a short figure: a one-digit figure
# is a digit away from any other, and 3人 read as 34人 (a digit dropped) adds
# any tens at all; the fewest digits each slip needs to say something
_DIGITS_TO_TELL = {"one digit mistyped": 2, "two adjacent digits swapped": 2, "a digit dropped": 3, "a digit doubled": 3}


_SLIPS: dict[tuple[int, int], tuple] = {}  # (claim, verdict) ids -> (claim, verdict, slips): the last few


def plainest_slips(claim: Claim, verdict: Verdict) -> list:
    """deciding.slips.likely_slip, worked out once for a claim and its
    verdict (a rule names the slip and may also weigh it)."""
    from fiscallint.deciding.slips import likely_slip

    key = (id(claim), id(verdict))
    hit = _SLIPS.get(key)
    if hit is not None and hit[0] is claim and hit[1] is verdict:
        return hit[2]
    if len(_SLIPS) >= 64:
        _SLIPS.clear()
    slips = likely_slip(claim, verdict)
    _SLIPS[key] = (claim, verdict, slips)  # holding both keeps their ids from being reused
    return slips


def telling_slip(claim: Claim, verdict: Verdict) -> bool:
    """Whether a plain typing slip in one figure makes the claim hold, and
    says something (see _DIGITS_TO_TELL)."""
    from fiscallint.deciding.slips import explained_by_slip

    plainest = plainest_slips(claim, verdict)
    if not plainest:  # none, or more than two equally plain ones
        return explained_by_slip(claim, verdict)
    return any(sum(ch.isdigit() for ch in slip.written.lstrip("0.")) >= _DIGITS_TO_TELL.get(slip.kind, 0)
               for slip in plainest)


class ProducedByTheGate(Rule):
    """A rule whose findings the gate makes from a finished run (suppressions
    that cannot be used or were not used), not the analysis of a text: it
    has no text examples and checks nothing itself."""

    text_examples = False

    def check(self, ctx):
        return iter(())


def _a_hair_beyond(verdict: Verdict, thresholds: dict) -> bool:
    """A stated percentage missed by less than a small share of its own last
    place ("增长20.6%" where the amounts give 20.548% at most): no typing slip
    comes so near; figures rounded from more digits than shown, or a rate on a
    comparable base (同口径), do."""
    computed, stated = verdict.computed, verdict.stated
    if computed is None or stated is None:
        return False
    place = stated.hi - stated.lo
    gap = max(computed.lo - stated.hi, stated.lo - computed.hi)
    share = Decimal(str(thresholds.get("rounding", {}).get("hair", 0)))
    return place > 0 and 0 < gap < place * share


class ClaimRule(Rule):
    """Reports the claims of one kind whose stated figure disagrees with the
    figures it is computed from."""

    kind = ""

    def check(self, ctx: Context):
        for claim, verdict in iter_contradictions(ctx, self.kind):
            yield self.report(ctx, claim, verdict)

    def report(self, ctx: Context, claim: Claim, verdict: Verdict) -> Finding:
        computed, stated, margin = computed_vs_stated(claim, verdict)
        s = claim.stated
        what = self.stated_as(claim)
        line, column = ctx.doc.position(s.q.num_start)
        message = Msg(M.CLAIM_MISMATCH, expression=self.expression(ctx, claim), computed=computed, what=what,
                      stated=stated, line=line, column=column, margin=margin)
        from fiscallint.understanding.table_model import cell_place

        place = cell_place(ctx.analysis, s)  # a table's figure: say where in the table's words
        if place:
            message = Msg.formula("{place}: {message}", place=place, message=message)
        found = self.with_slip(self.finding(ctx, message, s, related(ctx, claim.operands), computed, stated,
                                            pattern=claim.pattern, trigger=claim.trigger), claim, verdict)
        if claim.relation == "eq" and s.q.is_percent and _a_hair_beyond(verdict, ctx.thresholds):
            return self.as_info(found, M.A_HAIR_BEYOND_ROUNDING)
        return found

    @staticmethod
    def with_slip(found: Finding, claim: Claim, verdict: Verdict) -> Finding:
        """Name the plain typing slip that would make the claim hold, if one
        (or two equally plain ones) would."""
        from fiscallint.deciding.slips import describe

        slip = describe(plainest_slips(claim, verdict))
        if slip:
            return replace(found, slip=slip, message=Msg(M.WITH_SLIP, message=found.message, slip=slip))
        return found

    @staticmethod
    def as_info(found: Finding, template: str, **args) -> Finding:
        """The finding told as info, its message (without the slip it named)
        inside ``template``: a reading likelier than the contradiction."""
        message = found.message
        if isinstance(message, Msg) and message.template == M.WITH_SLIP:
            message = message.args["message"]
        return replace(found, severity="info", slip=None, message=Msg(template, message=message, **args))

    def stated_as(self, claim: Claim) -> str:
        return claim.stated.words or claim.stated.name or Msg(M.THE_FIGURE)

    def expression(self, ctx: Context, claim: Claim) -> str:
        raise NotImplementedError


