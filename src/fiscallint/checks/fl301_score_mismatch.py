"""The rule FL301 score-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from decimal import Decimal

from fiscallint.model.claim import BARE_FIGURES, Claim
from fiscallint.model.finding import Finding
from fiscallint.deciding.recompute import Verdict
from fiscallint.deciding.rule import Context, register
from fiscallint.model.intervals import fmt
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, named, related
from fiscallint.model.claim import ClaimKind


_HALF = Decimal("0.5")


@register
class ScoreMismatch(ClaimRule):
    """A score in a self-evaluation table (绩效自评表) disagrees with its row.

    - 得分 above 分值;
    - 得分 ≠ 分值 × min(1, 实际完成值 / 年度指标值) for a plain numeric target,
      and 分值 × min(1, 年度指标值 / 实际完成值) for one written as a ceiling
      (≤, 以下, 以内: lower is better);
    - the 执行率 row's 得分 ≠ 分值 × min(1, 执行率).

    Sums in the same tables (a first-level indicator's points, 总分) are
    composition claims (FL101). Scoring rules differ between regions; the
    check uses the national template's proportional rule and the rounding
    of the displayed score.

    Wrong (exactly one FL301 finding)::

        表2 部门整体支出绩效评价得分表
        一级指标 | 分值 | 得分
        预算执行 | 20 | 18.00
        产出指标 | 40 | 38.00
        效益指标 | 30 | 31.00
        满意度指标 | 10 | 9.00
        总分 | 100 | 96.00

    Right (no finding)::

        表2 部门整体支出绩效评价得分表
        一级指标 | 分值 | 得分
        预算执行 | 20 | 18.00
        产出指标 | 40 | 38.00
        效益指标 | 30 | 29.00
        满意度指标 | 10 | 9.00
        总分 | 100 | 94.00
    """

    code = "FL301"
    patterns = ("table.score-at-most-points", "table.score-by-rate", "table.score-by-target", "table.points-full",
                "table.score-ceiling")
    name = "score-mismatch"
    kind = ClaimKind.SCORE

    def check(self, ctx: Context):
        yield from super().check(ctx)
        yield from self.points_full(ctx)

    def report(self, ctx: Context, claim: Claim, verdict: Verdict) -> Finding:
        """An indicator's score in whole or half points against its target
        (实际完成值 over 年度指标值) that the proportional rule does not give is
        reported as info: scoring rules differ between regions, and graders
        deduct for quality or give partial credit (9.5 of 10 for 93% of a 90%
        target, 3.5 of 4 for half the count), a judgment, not arithmetic.
        As found: a score with a finer fraction (8.26 where the rule gives
        8.62: computed, not judged); one far below the rule (2 of 8.62: under
        rules/thresholds.toml [scores] judgment_keeps of it: a digit dropped
        more likely); full marks for a target clearly missed (under
        full_marks_short_of of the points by the rule); a score above its
        points, or a rate's score. Full marks where the target and the
        outcome are bare numbers, the outcome under half the target
        ("550 | 20 | 9.3 | 9.3"), are info: the two may measure different
        things (万元 planned, 台 bought)."""
        found = super().report(ctx, claim, verdict)
        if claim.variant in ("cap", "rate") or verdict.computed is None or verdict.stated is None:
            return found
        if claim.variant == BARE_FIGURES:
            return self.as_info(found, M.SCORE_OF_BARE_FIGURES)
        scores = ctx.thresholds.get("scores", {})
        points = claim.operands[0].q.interval()
        keeps = Decimal(str(scores.get("judgment_keeps", 1)))
        below = verdict.stated.hi < verdict.computed.lo
        if claim.stated.q.value % _HALF or below and verdict.stated.mid < keeps * verdict.computed.mid:
            return found  # (a score like 8.26 was computed, not judged: a slip in it is arithmetic)
        full_for_short = Decimal(str(scores.get("full_marks_short_of", 0)))
        if not below and verdict.stated.meets(points) and verdict.computed.hi < full_for_short * points.lo:
            return found  # full marks for a target clearly missed (6 of 12 done, 10 of 10): a copied 分值
        return self.as_info(found, M.SCORE_BELOW_PROPORTION if below else M.SCORE_ABOVE_PROPORTION)

    def points_full(self, ctx: Context):
        """A whole score table with no 总分 row whose 分值 do not add up to the
        full marks (100, or the total its header or caption states; 90 also
        holds when the table has no 预算执行 row, the national 项目支出绩效自评表
        scoring it apart): a warning. Silent on a table that may be cut."""
        from fiscallint.model.intervals import Interval, sum_intervals
        from fiscallint.understanding.score_tables import whole_score_tables
        from fiscallint.model.tables import leaf_name

        for m, col, figures, full, apart in whole_score_tables(ctx.analysis):
            total = sum_intervals(f.q.interval() for f in figures)
            if any(total.meets(Interval(Decimal(x), Decimal(x))) for x in (full, apart) if x is not None):
                continue
            column = leaf_name(m.columns[col].name) or str(col + 1)
            parts = Msg.join(" + ", (named(ctx, f) for f in figures))
            computed = f"{fmt(total.mid)}分"
            kw = dict(table=m.name, column=column, parts=parts, computed=computed, full=full)
            message = Msg(M.POINTS_NOT_FULL_OR_APART, apart=apart, **kw) if apart is not None else \
                Msg(M.POINTS_NOT_FULL, **kw)
            yield self.finding(ctx, message, figures[0], related(ctx, figures[1:]), computed, f"{full}分",
                               severity="warning", pattern="table.points-full", trigger=column)

    def expression(self, ctx: Context, claim: Claim) -> str:
        if claim.variant == "cap":
            return Msg.formula("分值 {a}", a=named(ctx, claim.operands[0]))
        if claim.variant == "rate":
            points, rate = claim.operands
            return Msg.formula("{a} × min(1, {b})", a=named(ctx, points), b=named(ctx, rate))
        points, actual, target = claim.operands
        return Msg.formula("{a} × min(1, {b} / {c})", a=named(ctx, points), b=named(ctx, actual), c=named(ctx, target))

    def stated_as(self, claim: Claim) -> str:
        return Msg(M.SCORE_AT_MOST) if claim.variant == "cap" else Msg(M.SCORE)
