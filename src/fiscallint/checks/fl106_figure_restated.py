"""The rule FL106 figure-restated: its documentation is the class's docstring."""
from __future__ import annotations

from dataclasses import replace

from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, iter_contradictions, register
from fiscallint.model.finding import Finding
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.deciding.recompute import Verdict
from fiscallint.checks.base import ClaimRule, computed_vs_stated, interval_in, related, shown, telling_slip
from fiscallint.model.claim import ClaimKind


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

    A table's row names an item of its own too (a project: 农村公路养护工程 |
    3,260.00 | 1,438.62 under 项目名称 | 全年预算 | 已支付): a sentence naming
    that item with a figure, and words that name one of the row's columns
    (已支付, 预算), states that cell again (``restated.row-in-text``). Only a
    name of four characters or more that one row holds, never a concept of
    the lexicon, a row of the budget classification, or a figure said as a
    difference (超预算, 较上年减少).

    A name is not proof of one fact: real reports give the figures of a
    body within the whole (市公安局's 公务用车 after the city's), of one
    class (其中中央国有企业负债总额) or of another period under the same
    words. An amount stated twice in prose is therefore reported only when
    a plain typing slip turns one value into the other (3933.42 and
    3399.42; 1.58元 and 1.58万元; two figures swapped between two
    statements). Values no slip relates are reported as ``info``: two facts
    that share a name are likelier than a mistyped one. A score, a figure of
    the text against the report's own table, a fact two tables of a form
    both state, and an amount restated in brackets right after it in
    another unit (2,318,906.75元（231.98万元）, ``restated.in-other-units``)
    are reported whatever the difference. A table row's name right before a
    figure of the text, no column named between them ("其中，水利发展资金2163.00
    万元" against the row 水利发展资金 | 2,136.00, the row's one amount;
    ``restated.row-named-alone``), is reported only when a plain slip turns
    one value into the other: the name may be another body's or phase's.

    Wrong (exactly one FL106 finding)::

        2024年公用经费86.40万元，主要用于办公费和水电费。

        三、公用经费使用情况
        2024年公用经费68.40万元，均按规定使用。

    Right (no finding)::

        2024年公用经费86.40万元，主要用于办公费和水电费。

        三、公用经费使用情况
        2024年公用经费86.40万元，均按规定使用。
    """

    code = "FL106"
    patterns = ("restated.concept", "restated.table-and-text", "table.same-fact", "restated.in-other-units",
                "restated.row-in-text", "restated.row-named-alone")
    name = "figure-restated"
    kind = ClaimKind.CROSSREF

    def check(self, ctx: Context):
        for claim, verdict in iter_contradictions(ctx, self.kind):
            if claim.pattern == "restated.row-named-alone" and not _a_slip_apart(ctx, claim, verdict):
                continue  # (a row's name right before a figure may name another body's or phase's amount)
            yield self.report(ctx, claim, verdict)

    def report(self, ctx: Context, claim: Claim, verdict: Verdict) -> Finding:
        computed, stated, margin = computed_vs_stated(claim, verdict)
        s, first = claim.stated, claim.operands[0]
        of_a_row = claim.pattern in ("restated.row-in-text", "restated.row-named-alone")  # (a row's item, by its name)
        phase = s.phase or (first.phase if of_a_row else None) or ctx.analysis.default_phase  # (the row's column says it)
        context = ", ".join(x for x in (phase, s.year, *sorted(s.qualifiers)) if x)
        (line1, column1), (line2, column2) = ctx.doc.position(first.q.num_start), ctx.doc.position(s.q.num_start)
        if claim.pattern == "table.same-fact":  # one fact in two tables: name both tables and cells
            from fiscallint.understanding.table_model import cell_place

            message = Msg(M.TABLES_RESTATED, name=claim.trigger, context=context,
                          first_place=cell_place(ctx.analysis, first), first=shown(first),
                          interval=interval_in(s, verdict.computed), line1=line1, column1=column1,
                          second_place=cell_place(ctx.analysis, s), stated=stated, line2=line2, column2=column2,
                          margin=margin)
        else:
            name = claim.trigger if of_a_row else s.name
            message = Msg(M.RESTATED, name=name, context=context, first=shown(first),
                          interval=interval_in(s, verdict.computed), line1=line1, column1=column1, stated=stated,
                          line2=line2, column2=column2, margin=margin)
        found = self.with_slip(self.finding(ctx, message, s, related(ctx, claim.operands), computed, stated,
                                            pattern=claim.pattern, trigger=claim.trigger), claim, verdict)
        if claim.pattern in ("restated.concept", "restated.row-in-text") and s.q.dimension == "money" \
                and not _a_slip_apart(ctx, claim, verdict):
            return replace(found, severity="info", message=Msg(M.TWO_VALUES_NO_SLIP, message=found.message))
        return found


def _a_slip_apart(ctx: Context, claim: Claim, verdict: Verdict) -> bool:
    """Whether a plain typing slip turns one value into the other, or the
    two values are swapped with those of another statement of the same place."""
    return telling_slip(claim, verdict) or _swapped(ctx, claim)


def _swapped(ctx: Context, claim: Claim) -> bool:
    """"公务用车购置费25万元、运行维护费50万元" against a table's 50 and 25: two
    figures swapped, each restatement the other's values."""
    s, first = claim.stated, claim.operands[0]
    for other, _ in iter_contradictions(ctx, ClaimKind.CROSSREF):
        if other is claim:
            continue
        o, o_first = other.stated, other.operands[0]
        if (o.sentence is s.sentence or o_first.sentence is first.sentence) \
                and o.q.interval().meets(first.q.interval()) and o_first.q.interval().meets(s.q.interval()):
            return True
    return False
