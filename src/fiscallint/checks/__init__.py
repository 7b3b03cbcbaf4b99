"""The built-in rules. Importing this package registers them.

Codes: FL1xx arithmetic contradictions between figures of the prose.
"""
from __future__ import annotations

from decimal import Decimal

from fiscallint.model.fact import Fact
from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, Rule, iter_contradictions, register
from fiscallint.model.finding import Finding, Location
from fiscallint.model.intervals import Interval, fmt, round_to
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


def interval_in(f: Fact, iv: Interval) -> str:
    return f"[{value_in(f, iv.lo)}, {value_in(f, iv.hi)}]"


def shown(f: Fact) -> str:
    return f.q.shown().replace("\n", "").replace(" ", "")


def named(ctx: Context, f: Fact) -> str:
    """"基本支出 806.97万元 (line 19:56)"; a table's figure that names nothing
    is named by its row ("公务接待费 -1.85 (line 9:28)")."""
    name = f.words or f.name
    ref = f.extras.get("cell")
    sign = ""
    if ref is not None:
        from fiscallint.understanding.table_model import fact_sign

        sign = "-" if fact_sign(ctx.doc.text, f) < 0 else ""
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
    computed = f"{value_in(s, comp.mid)}{unit} {interval_in(s, comp)}"
    stated = f"{shown(s)} {interval_in(s, verdict.stated)}"
    gap = (verdict.margin or Decimal(0)) / _display_factor(s)
    margin = fmt(round_to(gap, min(_places(s) + 2, 6)).normalize())
    return computed, stated, (Msg(M.PERCENTAGE_POINTS, value=margin) if s.q.is_percent else f"{margin}{unit}")


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
        return self.with_slip(self.finding(ctx, message, s, related(ctx, claim.operands), computed, stated,
                                           pattern=claim.pattern, trigger=claim.trigger), claim, verdict)

    @staticmethod
    def with_slip(found: Finding, claim: Claim, verdict: Verdict) -> Finding:
        """Name the plain typing slip that would make the claim hold, if one
        (or two equally plain ones) would."""
        from fiscallint.deciding.slips import describe, likely_slip

        slip = describe(likely_slip(claim, verdict))
        if slip:
            found.slip = slip
            found.message = Msg(M.WITH_SLIP, message=found.message, slip=slip)
        return found

    def stated_as(self, claim: Claim) -> str:
        return claim.stated.words or claim.stated.name or Msg(M.THE_FIGURE)

    def expression(self, ctx: Context, claim: Claim) -> str:
        raise NotImplementedError


# ---------------------------------------------------------------- FL101
@register
class CompositionSum(ClaimRule):
    """The parts listed under a total do not add up to it.

    Recognises a total followed by its parts: ``总支出3724.07万元，其中：基本支出
    806.97万元，…项目支出2917.1万元``; also 包括, 分别为, and a parenthesis right
    after a figure (``监测户90户（脱贫不稳定户34户，…）``). Parts are the
    figures of the total's dimension (money with money, 户 with 户) up to the
    end of the sentence; a nested 其中 opens a list of its own, closed by a
    sibling label (项目支出 after 基本支出's 人员经费 and 公用经费).

    Each figure stands for the interval its digits allow (806.97 is
    [806.965, 806.975]); the sum of the parts' intervals must meet the total's.

    Stays silent when the list is not exhaustive (主要, 等: the parts may add to
    less, and only a sum above the total is reported), when the parts are
    overlapping attributes (发展党员11人，其中35周岁以下5人，大专以上文化3人),
    and when the first parts already add up (the list ran into the next
    clause).

    The message names every figure and its line:column, the computed sum with
    its interval, the stated total and the margin beyond rounding. It cannot
    know which figure is wrong and does not say.
    """

    code = "FL101"
    patterns = ("sum.of-which", "sum.including", "sum.respectively", "sum.consists-of", "sum.parenthesis",
                "sum.added-to-total", "sum.listed-before-total", "sum.total-then-labelled-parts",
                "sum.done-and-not-done", "table.row-sum", "table.points-sum", "form.sum")
    name = "composition-sum"
    kind = "composition"

    def report(self, ctx: Context, claim: Claim, verdict: Verdict) -> Finding:
        from fiscallint.deciding.slips import explained_by_slip

        found = super().report(ctx, claim, verdict)
        if claim.open_list and verdict.computed.hi < verdict.stated.lo and not explained_by_slip(claim, verdict):
            # a list not shown to be whole, short by no plain slip: items may be left out
            found.severity = "info"
            found.message = Msg(M.SHORT_OF_AN_OPEN_LIST, message=found.message)
        return found

    def expression(self, ctx: Context, claim: Claim) -> str:
        return Msg.join(" + ", (named(ctx, p) for p in claim.operands))

    def stated_as(self, claim: Claim) -> str:
        total = claim.stated.words or claim.stated.name or Msg(M.THE_TOTAL)
        return Msg(M.TOTAL_AT_MOST, total=total) if claim.relation == "le" else total


# ---------------------------------------------------------------- FL102
@register
class ShareMismatch(ClaimRule):
    """A stated share (占…%) disagrees with the part divided by the whole.

    The part is the amount just before ``占``; the whole is the total of the
    list the part belongs to (``总支出…其中：基本支出806.97万元，占总支出的22%``)
    or, when ``占`` names it (占总收入, 占总支出的比重), the figure carrying that
    label in the same phase. A share whose whole cannot be found is not checked.

    806.97 / 3724.07 = 21.67% written ``22%`` is consistent: 22% stands for
    [21.5%, 22.5%].
    """

    code = "FL102"
    patterns = ("share.of-list-total", "share.named-whole", "share.sentence-subject", "share.named-in-sentence",
                "table.share-column")
    name = "share-mismatch"
    kind = "share"

    def expression(self, ctx: Context, claim: Claim) -> str:
        part, whole = claim.operands
        return Msg.formula("{a} / {b}", a=named(ctx, part), b=named(ctx, whole))

    def stated_as(self, claim: Claim) -> str:
        return Msg(M.THE_SHARE)


# ---------------------------------------------------------------- FL103
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
    land area) are not taken for the rate's terms.
    """

    code = "FL103"
    patterns = ("rate.actual-over-plan", "rate.previous-sentence", "rate.done-and-left", "rate.done-of-total", "table.rate-column",
                "form.ratio")
    name = "rate-mismatch"
    kind = "rate"

    def expression(self, ctx: Context, claim: Claim) -> str:
        if claim.variant == "remainder":
            done, rest = claim.operands
            return Msg.formula("{a} / ({b} + {c})", a=named(ctx, done), b=shown(done), c=named(ctx, rest))
        actual, plan = claim.operands
        return Msg.formula("{a} / {b}", a=named(ctx, actual), b=named(ctx, plan))


# ---------------------------------------------------------------- FL104
@register
class ChangeAmountMismatch(ClaimRule):
    """A stated change (增加 X) disagrees with the two figures it compares.

    ``由上年的74批次增加到105批次，增加31批次``: the change must be 105 − 74.
    """

    code = "FL104"
    patterns = ("change.from-to", "change.against-phase", "change.year-pair")
    name = "change-amount-mismatch"
    kind = "change"

    def expression(self, ctx: Context, claim: Claim) -> str:
        new, old = claim.operands
        if claim.direction < 0:  # a decrease is stated as a positive amount: old − new
            return Msg.formula("{a} − {b}", a=named(ctx, old), b=named(ctx, new))
        return Msg.formula("{a} − {b}", a=named(ctx, new), b=named(ctx, old))

    def stated_as(self, claim: Claim) -> str:
        return Msg(M.THE_CHANGE)


# ---------------------------------------------------------------- FL105
@register
class GrowthRateMismatch(ClaimRule):
    """A stated growth rate (增长/下降 X%) disagrees with the amount and its change.

    ``机关运行经费支出70.18万元，比2017年增加9.19万元，增长15.7%``: the base is
    70.18 − 9.19 = 60.99, so the rate is 9.19 / 60.99 = 15.07%, not 15.7%. For a
    decrease the base is the amount plus the change. The amount is the nearest
    figure before the change in its sentence.
    """

    code = "FL105"
    patterns = ("growth.amount-and-rate", "growth.over-stated-base", "growth.last-year-figure", "growth.respective", "growth.year-pair")
    name = "growth-rate-mismatch"
    kind = "growth"

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

    def stated_as(self, claim: Claim) -> str:
        return Msg(M.THE_GROWTH_RATE) if claim.direction >= 0 else Msg(M.THE_RATE_OF_DECREASE)


# ---------------------------------------------------------------- FL106
@register
class FigureRestated(ClaimRule):
    """The same labelled figure is stated twice with two different values.

    Two amounts are the same fact when their labels name the same concept
    (基本支出, 公用经费, 三公经费 …, synonyms in ``rules/lexicon.toml``), in the
    same phase (年初预算, 调整预算, 预算, 决算, 上年), year and qualifiers
    (一般公共预算, 财政拨款 …), and the label says nothing more. 年初预算 基本支出
    and 决算 基本支出 are different facts and are never compared.

    Across the tables of one document: a role that a form of rules/forms
    says states a fact (its ``[facts]``: 收入支出决算总表's 本年收入合计 and
    收入决算表's 合计 are both 总收入; the 三公 table's 合计 is 三公经费), or a
    row naming only such a concept, in the same phase and year in two
    tables, must agree; the message names both tables, rows and columns.
    Two cells of one table (two columns of one row, two sides) are never
    one fact.
    """

    code = "FL106"
    patterns = ("restated.concept", "restated.table-and-text", "table.same-fact")
    name = "figure-restated"
    kind = "crossref"

    def report(self, ctx: Context, claim: Claim, verdict: Verdict) -> Finding:
        computed, stated, margin = computed_vs_stated(claim, verdict)
        s, first = claim.stated, claim.operands[0]
        context = ", ".join(x for x in (s.phase or ctx.analysis.default_phase, s.year, *sorted(s.qualifiers)) if x)
        (line1, column1), (line2, column2) = ctx.doc.position(first.q.num_start), ctx.doc.position(s.q.num_start)
        if claim.pattern == "table.same-fact":  # one fact in two tables: name both tables and cells
            from fiscallint.understanding.table_model import cell_place

            message = Msg(M.TABLES_RESTATED, name=claim.trigger, context=context,
                          first_place=cell_place(ctx.analysis, first), first=shown(first),
                          interval=interval_in(s, verdict.computed), line1=line1, column1=column1,
                          second_place=cell_place(ctx.analysis, s), stated=stated, line2=line2, column2=column2,
                          margin=margin)
        else:
            message = Msg(M.RESTATED, name=s.name, context=context, first=shown(first),
                          interval=interval_in(s, verdict.computed), line1=line1, column1=column1, stated=stated,
                          line2=line2, column2=column2, margin=margin)
        return self.with_slip(self.finding(ctx, message, s, related(ctx, claim.operands), computed, stated,
                                           pattern=claim.pattern, trigger=claim.trigger), claim, verdict)


# ---------------------------------------------------------------- FL107
@register
class IdentityMismatch(ClaimRule):
    """Figures stated apart break an identity (总支出 = 基本支出 + 项目支出).

    When a report states the total and every part of an identity of
    ``rules/identities.toml`` in different sentences, with the same phase,
    the identity is checked over their rounding intervals. Figures already
    checked as a 其中 list are not checked again.
    """

    code = "FL107"
    patterns = ("identity.apart",)
    name = "identity-mismatch"
    kind = "identity"

    def expression(self, ctx: Context, claim: Claim) -> str:
        return Msg.formula("{how}: {parts}", how=claim.how, parts=Msg.join(" + ", (named(ctx, p) for p in claim.operands)))


# ---------------------------------------------------------------- FL301
@register
class ScoreMismatch(ClaimRule):
    """A score in a self-evaluation table (绩效自评表) disagrees with its row.

    - 得分 above 分值;
    - 得分 ≠ 分值 × min(1, 实际完成值 / 年度指标值) for a plain numeric target
      (a target written as a ceiling — ≤, 以下, 以内 — is scored the other
      way and is not checked);
    - the 执行率 row's 得分 ≠ 分值 × min(1, 执行率).

    Sums in the same tables (a first-level indicator's points, 总分) are
    composition claims (FL101). Scoring rules differ between regions; the
    check uses the national template's proportional rule and the rounding
    of the displayed score.
    """

    code = "FL301"
    patterns = ("table.score-at-most-points", "table.score-by-rate", "table.score-by-target", "table.points-full")
    name = "score-mismatch"
    kind = "score"

    def check(self, ctx: Context):
        yield from super().check(ctx)
        yield from self.points_full(ctx)

    def points_full(self, ctx: Context):
        """A whole score table with no 总分 row whose 分值 do not add up to the
        full marks (100, or the total its header or caption states; 90 also
        holds when the table has no 预算执行 row, the national 项目支出绩效自评表
        scoring it apart): a warning. Silent on a table that may be cut."""
        from fiscallint.model.intervals import Interval, sum_intervals
        from fiscallint.understanding.table_claims import whole_score_tables
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


# ---------------------------------------------------------------- FL199
@register
class UncheckedRelation(Rule):
    """A relation was recognised but could not be checked (info).

    Reported when the figures do not hold under the reading fiscallint chose,
    but which figures the author related is unclear (a rate whose amounts are
    not labelled as plan and actual, a list whose figures exceed the total).
    Off by default: select it (``--select FL199``) to see what is left
    unchecked; ``fiscallint extract`` shows every claim with its verdict.
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


from fiscallint.checks import plausibility as _plausibility  # noqa: E402,F401  (registers FL2xx)
from fiscallint.checks import tables as _tables  # noqa: E402,F401  (registers FL108)
from fiscallint.checks import suppression as _suppression  # noqa: E402,F401  (registers FL900, FL901)
