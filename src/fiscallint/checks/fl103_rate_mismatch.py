"""The rule FL103 rate-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, named, shown
from fiscallint.model.claim import ClaimKind


@register
class RateMismatch(ClaimRule):
    """A stated rate (执行率, 完成率, 到位率 …) disagrees with actual / planned.

    The two amounts are the last two of one dimension before the rate, in its
    sentence or the one before (``预算安排6024.595024万元，总体执行3789.9671万元，
    预算执行率56%``: 62.91%, not 56%). Which is the plan comes from the labels
    (预算, 计划, 任务 against 执行, 决算, 实际, 完成). When the labels do not
    say, or the amounts sit in another sentence, a rate that holds with
    another pair of the sentence's figures is accepted and one that holds with
    none is not reported: the author's meaning is unclear.

    A rate followed by 的 (执行率80%以下的项目) describes a group and is no claim.
    When the second amount is what is left (``支付18501.096万元，未支703万元，
    支付率95%``), the plan is the two together. Two amounts whose labels name
    neither plan nor actual (林地面积, 森林面积 before 森林覆盖率, a share of
    land area) are not taken for the rate's terms. Rates stated respectively
    (``支出1,928.40万元，年初预算、调整预算分别为1,650.00万元、1,940.00万元，分别完成
    116.87%、99.40%``) are each the actual over the plan in its place
    (``rate.respective``). A division written out
    (``执行率=1,452.16/1,486.30×100%=97.70%``) is checked as written
    (``rate.written-division``). A rate whose clause names one actual
    (``其中：基本支出1,509.88万元，…执行率99.83%``, ``全年执行数3,452.88万元，即全年
    预算数的95.96%``) is of that concept's budget wherever the report states it,
    in another section or in its table; either budget, 年初 or 调整后, may be the
    plan (``rate.plan-stated-apart``); one whose actual the report's tables
    state once, in an actual's column (本年执行数, 实际支出), is of the budget
    of that row (``rate.plan-in-table-row``). A rate whose name says what it divides
    (节约率: the saving over the 招标控制价; 审减率: what an audit took off over
    what was submitted; rules/readers.toml ``[ratios.named_rates]``) is that
    quotient of the figures so named before it (``rate.named-quotient``).

    Wrong (exactly one FL103 finding)::

        全年预算数为400.00万元，全年实际支出360.00万元，预算执行率为95.00%。

    Right (no finding)::

        全年预算数为400.00万元，全年实际支出360.00万元，预算执行率为90.00%。
    """

    code = "FL103"
    patterns = ("rate.actual-over-plan", "rate.previous-sentence", "rate.done-and-left", "rate.done-of-total",
                "rate.of-stated-plan", "rate.plan-stated-apart", "rate.plan-in-table-row", "rate.outturn-stated-apart", "rate.respective",
                "rate.written-division", "rate.named-quotient", "table.rate-column",
                "form.ratio")
    name = "rate-mismatch"
    kind = ClaimKind.RATE

    def stated_as(self, claim: Claim) -> str:
        if claim.variant == "written":
            # "预算执行率=…/…×100%=97.70%": the rate's name opens its formula
            head = claim.operands[0].label.split("=")[0].split("＝")[0].strip(" ，,：:")
            return head[-10:] or Msg(M.THE_RATE)
        words = claim.stated.words
        if words.endswith("的") and "完成" not in words:
            return Msg(M.THE_RATE)  # "即全年预算数的95.69%": the words name the plan, not the rate (完成预算的 does)
        return words or claim.stated.name or Msg(M.THE_RATE)

    def expression(self, ctx: Context, claim: Claim) -> str:
        if claim.variant == "written":
            # the formula names its terms in words before the figures: the figures as written
            num, den = claim.operands
            return Msg.formula("{a} / {b}", a=_as_written(ctx, num), b=_as_written(ctx, den))
        if claim.variant == "remainder":
            done, rest = claim.operands
            return Msg.formula("{a} / ({b} + {c})", a=named(ctx, done), b=shown(done), c=named(ctx, rest))
        actual, plan = claim.operands
        return Msg.formula("{a} / {b}", a=named(ctx, actual), b=named(ctx, plan))


def _as_written(ctx: Context, f) -> str:
    line, column = ctx.doc.position(f.q.num_start)
    return Msg(M.FIGURE_AT, figure=shown(f), line=line, column=column)
