"""The rule FL203 rate-out-of-range: its documentation is the class's docstring."""
from __future__ import annotations

from decimal import Decimal

from fiscallint.deciding.rule import Context, Rule, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import named, related
from fiscallint.deciding.plausibility import rates_out_of_range, shares_over_whole


@register
class RateOutOfRange(Rule):
    """A rate or share above 100% where it cannot be.

    覆盖率, 到位率, 兑现率, 使用率, 满意度 … (``[rates] bounded`` in
    ``rules/thresholds.toml``) and shares of a whole cannot exceed 100%; nor
    can the shares of one whole add up to more. A rate that can (执行率,
    完成率: spending or output above plan) is reported as info, with a
    milder message: it may be right, and the report should say why.

    Stays silent within ``tolerance`` points above 100 (100.4% is rounding),
    on rates of neither list, on a figure given as an upper bound, on
    figures inside tables, and on a rate above plan whose reason the report
    gives in its sentence or the next (…的主要原因是…).

    Wrong (exactly one FL203 finding)::

        项目资金到位率112%，群众满意度96%。

    Right (no finding)::

        项目资金到位率100%，群众满意度96%。
    """

    code = "FL203"
    name = "rate-out-of-range"
    severity = "warning"

    def check(self, ctx: Context):
        th = ctx.thresholds.get("rates", {})
        for e in rates_out_of_range(ctx.analysis, th):
            if e.suggestion == "may_exceed":
                yield self.finding(ctx, Msg(M.CHECK_EXPLAINED, figure=named(ctx, e.fact), reason=e.reason),
                                   e.fact, severity="info")
            else:
                yield self.finding(ctx, Msg(M.FIGURE_COLON_REASON, figure=named(ctx, e.fact), reason=e.reason), e.fact)
        for e in shares_over_whole(ctx.checked, Decimal(str(th.get("tolerance", 0.5)))):
            yield self.finding(ctx, Msg(M.FIGURE_COLON_REASON, figure=named(ctx, e.fact), reason=e.reason), e.fact,
                               related(ctx, e.related))
