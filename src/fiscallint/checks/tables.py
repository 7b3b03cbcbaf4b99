"""Rules that read the table model (fiscallint.table_model)."""
from __future__ import annotations

from fiscallint.checks import ClaimRule, computed_vs_stated, related, shown
from fiscallint.engine import Context, register
from fiscallint.intervals import Interval
from fiscallint.table_model import cell_place


@register
class TableRowMismatch(ClaimRule):
    """Within one table row, a change column disagrees with the columns it compares.

    A table's columns are read from its header (one to three rows, spanning
    cells included: ``比上年增、减情况`` over ``增、减金额 | 增、减幅度``): what
    each measures, its phase and its year (上年/本年 against the report's
    year). In every row, a 增减额 column must be the later amount less the
    earlier one (本年决算数 − 上年决算数, or 决算 − 预算 of one year), and a
    增减率 column that change over the earlier amount, in percent. A cell
    written negative (``-204.61``, ``-7.03%``, ``（12.5）``) states a decrease;
    a cell written without a sign is taken as the change's size.

    Stays silent when the change column's two amounts are not plain: more
    than one pair of columns it could compare, a base of zero, or a row
    missing one of the three figures.

    The message names the table by its caption, the row by its label and the
    columns by their names, with every figure's line:column (and, in a Word
    document, its table, row and column).
    """

    code = "FL108"
    name = "table-row-mismatch"
    kinds = ("row_change", "row_growth")

    def check(self, ctx: Context):
        for claim, verdict in ctx.checked:
            if claim.kind in self.kinds and verdict.status == "contradiction":
                yield self.report(ctx, claim, verdict)

    def report(self, ctx: Context, claim, verdict):
        computed, stated, margin = computed_vs_stated(claim, verdict)
        now, base = claim.operands
        s = claim.stated
        where = cell_place(ctx.analysis, s) or ""
        row_part, _, column = where.rpartition(", ")
        now_col = (cell_place(ctx.analysis, now) or "").rpartition(", ")[2]
        base_col = (cell_place(ctx.analysis, base) or "").rpartition(", ")[2]
        if claim.direction < 0:  # show the change and the stated cell with their signs
            comp, st = verdict.computed, verdict.stated
            computed, stated, _ = computed_vs_stated(
                claim, type(verdict)(verdict.status, Interval(-comp.hi, -comp.lo), Interval(-st.hi, -st.lo)))
            stated = "-" + stated
        formula = f"{now_col} {shown(now)} (line {ctx.where(now)}) − {base_col} {shown(base)} (line {ctx.where(base)})"
        if claim.kind == "row_growth":
            formula = f"({formula}) / {base_col}"
        message = (f"{row_part}: {formula} = computed {computed}, but {column} is stated as {stated} "
                   f"(line {ctx.where(s)}): apart by {margin} beyond rounding")
        return self.finding(ctx, message, s, related(ctx, claim.operands), computed, stated)
