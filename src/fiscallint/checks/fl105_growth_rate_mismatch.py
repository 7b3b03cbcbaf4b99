"""The rule FL105 growth-rate-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from dataclasses import replace

from fiscallint.model.claim import Claim, ClaimKind
from fiscallint.model.finding import Finding
from fiscallint.deciding.recompute import Verdict, compute
from fiscallint.deciding.rule import Context, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, named, shown, value_in


@register
class GrowthRateMismatch(ClaimRule):
    """A stated growth rate (增长/下降 X%) disagrees with the amount and its change.

    ``机关运行经费支出70.18万元，比2017年增加9.19万元，增长15.7%``: the base is
    70.18 − 9.19 = 60.99, so the rate is 9.19 / 60.99 = 15.07%, not 15.7%. For a
    decrease the base is the amount plus the change. The amount is the nearest
    figure before the change in its sentence.

    A change and its rate whose words disagree (``比上年增加8.65万元，下降4.80%``)
    are read with the amount's word, and the finding says when the rate fits
    the rate's word instead (``growth.direction-words-differ``).

    Stays silent within the rounding of all three figures (7.00 / 93.00 =
    7.527% written 7.52% or 8% holds), and when no amount stands before the
    change in its sentence: the base is then unknown.

    Wrong (exactly one FL105 finding)::

        机关运行经费支出66.00万元，比上年增加6.00万元，增长11.00%。

    Right (no finding)::

        机关运行经费支出66.00万元，比上年增加6.00万元，增长10.00%。
    """

    code = "FL105"
    patterns = ("growth.amount-and-rate", "growth.over-stated-base", "growth.last-year-figure", "growth.respective", "growth.year-pair",
                "growth.direction-words-differ")
    name = "growth-rate-mismatch"
    kind = ClaimKind.GROWTH

    def expression(self, ctx: Context, claim: Claim) -> str:
        current, delta = claim.operands
        if claim.variant == "base":
            return Msg(M.GROWTH_ON_BASE, delta=named(ctx, delta), current=named(ctx, current))
        if claim.variant == "pair":
            base = delta
            a, b = (current, base) if claim.direction > 0 else (base, current)
            return Msg.formula("({a} − {b}) / {c}", a=named(ctx, a), b=named(ctx, b), c=shown(base))
        sign = "−" if claim.direction > 0 else "+"
        return Msg.formula("{a} / ({b} {sign} {c})", a=named(ctx, delta), b=named(ctx, current), sign=sign, c=shown(delta))

    def with_slip(self, found: Finding, claim: Claim, verdict: Verdict) -> Finding:
        """The amount says 增加 and the rate 下降 (or the reverse): when the rate
        fits the rate's own word, that is the plainest slip of all."""
        if claim.pattern == "growth.direction-words-differ":
            value = compute(replace(claim, direction=-claim.direction))
            if value.meets(claim.stated.q.interval()):
                word = claim.stated.label.strip(" \t，,、")[:2]
                hint = Msg(M.WOULD_HOLD_IF_WORDS_AGREED, rate_word=word, computed=value_in(claim.stated, value.mid, 2))
                return replace(found, slip=hint, message=Msg(M.WITH_SLIP, message=found.message, slip=hint))
        return super().with_slip(found, claim, verdict)

    def stated_as(self, claim: Claim) -> str:
        return Msg(M.THE_GROWTH_RATE) if claim.direction >= 0 else Msg(M.THE_RATE_OF_DECREASE)
