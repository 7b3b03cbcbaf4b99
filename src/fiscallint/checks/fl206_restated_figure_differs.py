"""The rule FL206 restated-figure-differs: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Context, Rule, iter_contradictions, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import computed_vs_stated, related, shown
from fiscallint.model.claim import ClaimKind


@register
class RestatedFigureDiffers(Rule):
    """A count described by the same words elsewhere has another value.

    Reports repeat their own counts in their own words:
    ``摸排问题厕所649个`` in the summary and again in the detail,
    ``办理各类服务事项2万余件`` in the text and in the self-evaluation form.
    Two figures are compared when their labels are the same words once the
    words that do not change what is counted are dropped (今年, 全镇, 已, 完成,
    共计 … in ``[restated]`` of ``rules/lexicon.toml``; 户厕新建 reads as
    新建户厕), with the same unit, phase and year.

    Stays silent when the label is too generic to name one figure
    (发放补助资金, 涉及预算资金), when it holds a word that makes the figure a
    part, a rate per head or a change (其中, 各, 人均, 增加), when one paragraph
    gives the label two values (a list by village or by year), and when the
    values fall into more than two groups. A target (under "（二）绩效目标")
    is not compared with what was done (under "三、绩效目标完成情况", its
    "（一）产出目标" included); words ending on what the count goes to
    (主要用于11个社区 … 主要用于126个网格员) are compared with the noun after it. Amounts of money are compared only
    right after the same count restated (``改造农村危房264户，发放补助资金278.8
    万元`` in the summary and again in the detail: the count ties the amount
    to one event); otherwise a fund's name recurs for every project it pays
    for, and amounts named by a concept of the lexicon are FL106's.

    Also reported: a count written twice, in digits and in words, that
    disagree (``建立了6三个小型污水处理池``).

    A warning, not an error: the same words may, rarely, describe two things.

    Wrong (exactly one FL206 finding)::

        一、基本情况
        今年对全镇道路开展排查，排查危桥险段36处。
        二、绩效分析
        经过排查，排查危桥险段39处，均已设置警示标志。

    Right (no finding)::

        一、基本情况
        今年对全镇道路开展排查，排查危桥险段36处。
        二、绩效分析
        经过排查，排查危桥险段36处，均已设置警示标志。
    """

    code = "FL206"
    kind = ClaimKind.RESTATEMENT
    patterns = ("restated.same-words", "restated.amount-after-count", "restated.digits-and-words")
    name = "restated-figure-differs"
    severity = "warning"

    def check(self, ctx: Context):
        for claim, verdict in iter_contradictions(ctx, self.kind):
            s, first = claim.stated, claim.operands[0]
            if claim.variant == "side_by_side":
                line, column = ctx.doc.position(first.q.num_start)
                msg = Msg(M.COUNT_TWICE, first=shown(first), second=shown(s), line=line, column=column)
                yield self.finding(ctx, msg, s, related(ctx, [first]), pattern=claim.pattern, trigger=claim.trigger)
                continue
            computed, stated, margin = computed_vs_stated(claim, verdict)
            words = claim.trigger  # the words both figures share
            (line1, column1), (line2, column2) = ctx.doc.position(first.q.num_start), ctx.doc.position(s.q.num_start)
            msg = Msg(M.WORDS_RESTATED, words=words, first=shown(first), line1=line1, column1=column1, second=shown(s),
                      line2=line2, column2=column2, margin=margin)
            yield self.finding(ctx, msg, s, related(ctx, [first]), computed, stated,
                               pattern=claim.pattern, trigger=claim.trigger)
