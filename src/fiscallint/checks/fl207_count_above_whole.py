"""The rule FL207 count-above-whole: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Context, Rule, iter_contradictions, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import related, shown
from fiscallint.model.claim import ClaimKind


@register
class CountAboveWhole(Rule):
    """A count of villages or communities exceeds the township's whole.

    How many 行政村, 社区 or 村民小组 a township has is one figure, stated as a
    whole (``下辖17个行政村``, ``全镇10个行政村``, ``中峰镇10个行政村``); no count
    of them elsewhere in the report (``共分配给13个行政村``) can be larger.
    Sentences about a merger (合并, 撤并, 原有), counts for the county or
    city (全县, 全市) and counts of two kinds at once (``11个社区（村）``) are
    not compared. The words are in ``[entity_totals]``
    of ``rules/lexicon.toml``.

    Wrong (exactly one FL207 finding)::

        一、基本情况
        本镇下辖8个行政村。
        二、项目实施
        农村饮水安全补助资金共分配给9个行政村。

    Right (no finding)::

        一、基本情况
        本镇下辖8个行政村。
        二、项目实施
        农村饮水安全补助资金共分配给6个行政村。
    """

    code = "FL207"
    kind = ClaimKind.ENTITY_TOTAL
    patterns = ("count.above-township-whole",)
    name = "count-above-whole"
    severity = "warning"

    def check(self, ctx: Context):
        for claim, _ in iter_contradictions(ctx, self.kind):
            s, whole = claim.stated, claim.operands[0]
            (line1, column1), (line2, column2) = ctx.doc.position(s.q.num_start), ctx.doc.position(whole.q.num_start)
            msg = Msg(M.ABOVE_WHOLE, figure=shown(s), noun=claim.variant, line1=line1, column1=column1, whole=shown(whole),
                      line2=line2, column2=column2)
            yield self.finding(ctx, msg, s, related(ctx, [whole]), pattern=claim.pattern, trigger=claim.trigger)
