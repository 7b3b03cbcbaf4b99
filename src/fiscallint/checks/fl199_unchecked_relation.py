"""The rule FL199 unchecked-relation: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Context, Rule, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import computed_vs_stated, named, related


@register
class UncheckedRelation(Rule):
    """A relation was recognised but could not be checked (info).

    Reported when the figures do not hold under the reading fiscallint chose,
    but which figures the author related is unclear (a rate whose amounts are
    not labelled as plan and actual, a list whose figures exceed the total).
    Off by default: select it (``--select FL199``) to see what is left
    unchecked; ``fiscallint extract`` shows every claim with its verdict.

    Silent when the relation holds under one of its readings, and on a
    clear contradiction: that is its own rule's finding.

    Wrong (exactly one FL199 finding)::

        上级下达资金200.00万元，拨付资金150.00万元。项目执行率为60%。

    Right (no finding)::

        上级下达资金200.00万元，拨付资金150.00万元。项目执行率为75%。
    """

    code = "FL199"
    name = "unchecked-relation"
    severity = "info"
    enabled_by_default = False

    def check(self, ctx: Context):
        for claim, verdict in ctx.checked:
            if verdict.status == "unchecked" and verdict.reason:
                computed = stated = None
                if verdict.computed is not None and verdict.stated is not None:
                    computed, stated, _ = computed_vs_stated(claim, verdict)
                yield self.finding(ctx, Msg(M.UNCHECKED, kind=claim.kind, figure=named(ctx, claim.stated), reason=verdict.reason),
                                   claim.stated, related(ctx, claim.operands), computed, stated,
                                   pattern=claim.pattern, trigger=claim.trigger)
