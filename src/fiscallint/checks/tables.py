"""Rules that read the table model (fiscallint.table_model)."""
from __future__ import annotations

from fiscallint.checks import ClaimRule, computed_vs_stated, related, shown
from fiscallint.engine import Context, register
from fiscallint.intervals import Interval
from fiscallint.table_model import cell_place, fact_sign


@register
class TableRowMismatch(ClaimRule):
    """Within a table, a change column disagrees with the columns it compares, or a form's identity fails.

    A table's columns are read from its header (one to three rows, spanning
    cells included: ``比上年增、减情况`` over ``增、减金额 | 增、减幅度``): what
    each measures, its phase and its year (上年/本年 against the report's
    year). In every row, a 增减额 column must be the later amount less the
    earlier one (本年决算数 − 上年决算数, or 决算 − 预算 of one year), and a
    增减率 column that change over the earlier amount, in percent. A cell
    written negative (``-204.61``, ``-7.03%``, ``（12.5）``) states a decrease;
    a cell written without a sign is taken as the change's size.

    A table recognised as one of the forms of rules/forms/*.toml (or of the
    configuration's ``forms`` folder) is also checked against the form's
    identities that are not plain sums (年末结转和结余 = 年初 + 收入 − 支出), and
    against its sums when a cell is written negative (a 增减额 column's 合计),
    each figure with its sign.

    Stays silent when the change column's two amounts are not plain: more
    than one pair of columns it could compare, a base of zero, or a row
    missing one of the three figures.

    The message names the table by its caption, the row by its label and the
    columns by their names, with every figure's line:column (and, in a Word
    document, its table, row and column).
    """

    code = "FL108"
    name = "table-row-mismatch"
    kinds = ("row_change", "row_growth", "form_linear")
    patterns = ("table.change-column", "table.change-rate-column", "form.signed-sum", "form.change-rate")

    def check(self, ctx: Context):
        for claim, verdict in ctx.checked:
            if claim.kind in self.kinds and verdict.status == "contradiction":
                yield self.report(ctx, claim, verdict)

    def report(self, ctx: Context, claim, verdict):
        computed, stated, margin = computed_vs_stated(claim, verdict)
        s = claim.stated
        where = cell_place(ctx.analysis, s) or ""
        row_part, _, column = where.rpartition(", ")
        if claim.direction < 0:  # show the change and the stated cell with their signs
            comp, st = verdict.computed, verdict.stated
            computed, stated, _ = computed_vs_stated(
                claim, type(verdict)(verdict.status, Interval(-comp.hi, -comp.lo), Interval(-st.hi, -st.lo)))
            stated = "-" + stated
        formula = self.formula(ctx, claim, row_part)
        message = (f"{row_part}: {formula} = computed {computed}, but {column} is stated as {stated} "
                   f"(line {ctx.where(s)}): apart by {margin} beyond rounding")
        return self.with_slip(self.finding(ctx, message, s, related(ctx, claim.operands), computed, stated,
                                           pattern=claim.pattern, trigger=claim.trigger), claim, verdict)

    def formula(self, ctx: Context, claim, row_part: str) -> str:
        """The computation in the table's words: the other cells by column
        (in the stated cell's row) or by row (in its column)."""
        s_ref = claim.stated.extras.get("cell")

        def term(f) -> str:
            place = cell_place(ctx.analysis, f) or ""
            row, _, col = place.rpartition(", ")
            ref = f.extras.get("cell")
            same_row = ref is not None and s_ref is not None and ref.row_index == s_ref.row_index
            name = col if same_row else row.rpartition(", row ")[2] or col
            sign = "-" if fact_sign(ctx.doc.text, f) < 0 else ""
            return f"{name} {sign}{shown(f)} (line {ctx.where(f)})"

        if claim.kind == "form_linear":
            out = ""
            for i, (signs, f) in enumerate(zip(claim.variant.split(","), claim.operands)):
                sign = signs.split(":")[0]
                op = ("" if sign == "1" else "−") if i == 0 else (" + " if sign == "1" else " − ")
                out += op + term(f)
            return out
        now, base = claim.operands
        text = f"{term(now)} − {term(base)}"
        if claim.kind == "row_growth":
            base_col = (cell_place(ctx.analysis, base) or "").rpartition(", ")[2]
            text = f"({text}) / {base_col}"
        return text
