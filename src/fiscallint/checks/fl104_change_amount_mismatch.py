"""The rule FL104 change-amount-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, named
from fiscallint.model.claim import ClaimKind


@register
class ChangeAmountMismatch(ClaimRule):
    """A stated change (增加 X) disagrees with the two figures it compares.

    ``由上年的74批次增加到105批次，增加31批次``: the change must be 105 − 74;
    ``药占比27.85%，较上年的26.10%提高1.75个百分点``: a change in percentage
    points, 27.85 − 26.10.

    Stays silent within the rounding of the figures (120.5 − 98.3 written
    22.3 holds: the two figures allow [22.1, 22.3]), and when the two
    figures the change compares are not found.

    Wrong (exactly one FL104 finding)::

        办公费由上年的60.00万元减少到45.00万元，减少16.00万元。

    Right (no finding)::

        办公费由上年的60.00万元减少到45.00万元，减少15.00万元。
    """

    code = "FL104"
    patterns = ("change.from-to", "change.against-phase", "change.year-pair", "change.net-of-raised-and-lowered",
                "change.last-year-figure")
    name = "change-amount-mismatch"
    kind = ClaimKind.CHANGE

    def expression(self, ctx: Context, claim: Claim) -> str:
        new, old = claim.operands
        if claim.direction < 0:  # a decrease is stated as a positive amount: old − new
            return Msg.formula("{a} − {b}", a=named(ctx, old), b=named(ctx, new))
        return Msg.formula("{a} − {b}", a=named(ctx, new), b=named(ctx, old))

    def stated_as(self, claim: Claim) -> str:
        return Msg(M.THE_CHANGE)
