"""The rule FL202 over-establishment: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Context, Rule, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import named, related
from fiscallint.deciding.plausibility import over_establishment


@register
class OverEstablishment(Rule):
    """More staff in post than the establishment allows (超编).

    ``核定人员编制人数为100人，…实有在职在编人数139人``: staff on the
    establishment (在编, 编内) stated beside the establishment (编制数, 核定编制)
    in the same sentence exceed it. Retired staff (离退休) and staff outside the
    establishment (临聘, 编外) are not counted, and staff said only to be in
    post (在职教师58人) are not compared: they may include contract staff. When several establishments are listed
    without a total (行政编制10人，事业编制3人), their sum is the cap.

    Wrong (exactly one FL202 finding)::

        核定编制30人，实有在职在编人数34人，离退休8人。

    Right (no finding)::

        核定编制30人，实有在职在编人数28人，离退休8人。
    """

    code = "FL202"
    name = "over-establishment"
    severity = "warning"

    def check(self, ctx: Context):
        for e in over_establishment(ctx.analysis, ctx.thresholds.get("establishment", {})):
            caps = Msg.join(" + ", (named(ctx, r) for r in e.related))
            msg = Msg.formula("{a} ({caps})", a=Msg(M.FIGURE_REASON, figure=named(ctx, e.fact), reason=e.reason), caps=caps)
            yield self.finding(ctx, msg, e.fact, related(ctx, e.related))
