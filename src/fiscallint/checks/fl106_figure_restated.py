"""The rule FL106 figure-restated: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, register
from fiscallint.model.finding import Finding
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.deciding.recompute import Verdict
from fiscallint.checks.base import ClaimRule, computed_vs_stated, interval_in, related, shown
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
    patterns = ("restated.concept", "restated.table-and-text", "table.same-fact")
    name = "figure-restated"
    kind = ClaimKind.CROSSREF

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
