"""The rule FL108 table-row-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

import re

from fiscallint.model.vocabulary import Measure
from fiscallint.deciding.rule import Context, register
from fiscallint.model.intervals import Interval
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, computed_vs_stated, related, shown
from fiscallint.understanding.table_model import cell_parts, fact_sign, words_column
from fiscallint.model.tables import leaf_name, unit_column
from fiscallint.model.claim import ClaimKind
from fiscallint.support.wordbook import pattern

_PERIOD_ROW = pattern("table_claims", "period_row")  # 1月, 第一季度, 上半年
_ROLL_COLUMN = pattern("table_claims", "roll_column")  # 低保户数（户）
_CODE_SHAPED = re.compile(r"[0-9]{3}(?:[0-9]{2}){0,2}")  # 类 201, 款 20105, 项 2010501


def _added_by_none(m, p: int, col, parts: list) -> bool:
    """Figures under a blank total that no total adds: an unnamed column of
    201, 208 … (the 类's codes), or a roll or a balance each month ("1月 |
    412户" … under "全年合计 | |", 月初余额 under 本季合计)."""
    if not leaf_name(col.name) and parts and all(_CODE_SHAPED.fullmatch(f.q.text.strip()) for f in parts):
        return True
    return bool(parts) and bool(_ROLL_COLUMN.search(leaf_name(col.name))) and \
        all(_PERIOD_ROW.match(m.table.rows[k].label.strip()) for k in m.children(p))


def _units_named(t, rows) -> set[str]:
    """The units a table's 单位 column names for ``rows`` (none without such a column)."""
    col = unit_column(t)
    if col is None:
        return set()
    cells = [(t.aligned(t.rows[k]) or {}).get(col) for k in rows]
    return {c.text.strip() for c in cells if c is not None and c.text.strip()}


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
    a cell written without a sign is an increase in a column that writes
    any decrease negative (the finding then names a dropped minus sign
    where that makes it hold), and the change's size in one that writes
    none.

    A table recognised as one of the forms of rules/forms/*.toml (or of the
    configuration's ``forms`` folder) is also checked against the form's
    identities that are not plain sums (年末结转和结余 = 年初 + 收入 − 支出), and
    against its sums when a cell is written negative (a 增减额 column's 合计),
    each figure with its sign.

    A 合计/小计 row over rows whose figures in one column rise and fall
    (a 增减额 column: ``-204.61``, ``12.30``) is their sum with their signs,
    not the sum of their sizes.

    A row after a deduction (``固定资产原值 | 减：累计折旧 | 固定资产净值``) is
    the row before it less the deduction, and is the part of the rows' total
    in their stead.

    A 合计/小计 row (or a row with 其中 parts) that has figures but leaves a
    column blank where its parts hold amounts other than zero is a warning.

    Stays silent when the change column's two amounts are not plain: more
    than one pair of columns it could compare, a base of zero, or a row
    missing one of the three figures.

    The message names the table by its caption, the row by its label and the
    columns by their names, with every figure's line:column (and, in a Word
    document, its table, row and column).

    Wrong (exactly one FL108 finding)::

        表1 “三公”经费支出决算表
        单位：万元
        项目 | 上年决算数 | 本年决算数 | 增减金额 |
        公务用车运行维护费 | 30.00 | 24.00 | -5.00 |
        公务接待费 | 10.00 | 8.00 | -2.00 |

    Right (no finding)::

        表1 “三公”经费支出决算表
        单位：万元
        项目 | 上年决算数 | 本年决算数 | 增减金额 |
        公务用车运行维护费 | 30.00 | 24.00 | -6.00 |
        公务接待费 | 10.00 | 8.00 | -2.00 |
    """

    code = "FL108"
    name = "table-row-mismatch"
    kinds = (ClaimKind.ROW_CHANGE, ClaimKind.ROW_GROWTH, ClaimKind.FORM_LINEAR)
    patterns = ("table.change-column", "table.change-rate-column", "form.signed-sum", "form.change-rate",
                "table.blank-total", "table.signed-sum", "table.net-of-deduction")

    def check(self, ctx: Context):
        for claim, verdict in ctx.checked:
            if claim.kind in self.kinds and verdict.status == "contradiction":
                yield self.report(ctx, claim, verdict)
        yield from self.blank_totals(ctx)

    def blank_totals(self, ctx: Context):
        """A 合计/小计 row, or a row with 其中 parts, that leaves a column blank
        where its parts hold amounts other than zero (a warning: the blank
        may mean "not applicable", but its parts say otherwise). Only a row
        with figures in other columns: a heading row has none."""
        from fiscallint.understanding.table_model import side_models

        a = ctx.analysis
        for m in side_models(a):  # a table of two sides: each side's rows hold its own parts
            t, cells = m.table, m.table.facts
            filled = {r for r, _ in cells}
            scored = any(c.measure in (Measure.SCORE, Measure.POINTS) for c in m.columns)
            for p in {r.parent for r in m.rows if r.parent is not None and r.how in ("合计", "小计", "其中")}:
                row = t.rows[p]
                aligned = t.aligned(row) or {}
                if not any((p, c) in cells for c in range(len(m.columns))) or self.placed_apart(m, cells, p):
                    continue
                for col in m.columns:
                    parts = [] if scored else self.parts_under_blank(m, cells, p, col, aligned.get(col.index), filled)
                    if not parts:
                        continue  # (an indicator table's 合计 adds points only)
                    column = leaf_name(col.name) or str(col.index + 1)
                    terms = [self.term(ctx, f, t.rows[f.extras["cell"].row_index].label) for f in parts]
                    message = Msg(M.BLANK_TOTAL, place=Msg(M.TABLE_ROW, table=m.name, row=row.label or str(p + 1)),
                                  column=column, parts=Msg.join(" + ", terms))
                    yield self.finding(ctx, message, parts[0], related(ctx, parts[1:]), severity="warning",
                                       pattern="table.blank-total", trigger=column)

    @staticmethod
    def placed_apart(m, cells, p: int) -> bool:
        """Row ``p`` holds a figure in a column where none of its parts has
        one: its cells were placed in other columns than theirs (a row that
        lost its code cell, packed to the left), so a blank is no blank."""
        kids = set(m.children(p))
        own = {c for r, c in cells if r == p}
        theirs = {c for r, c in cells if r in kids}
        return bool(own - theirs)

    @staticmethod
    def parts_under_blank(m, cells, p: int, col, cell, filled: set[int]) -> list:
        """The figures other than zero under row ``p``'s blank cell of ``col``,
        when they add up to something (648人 and 8个 do not)."""
        if col.measure not in (Measure.AMOUNT, None) or (p, col.index) in cells or \
                cell is None or cell.text.strip(" —－-/／…") or col.index == 0 or words_column(col.name):
            return []
        # (a figure inside a cell of words, 高桥镇6个村 under 实施地点, is no part of a column's total)
        parts = [cells[(k, col.index)] for k in m.children(p) if (k, col.index) in cells
                 and getattr((m.table.aligned(m.table.rows[k]) or {}).get(col.index), "numeric", False)]
        parts = [f for f in parts if f.q.value != 0 and not f.q.is_percent]
        if any((k, col.index) not in cells and k in filled for k in m.children(p)):
            return []  # ("收入合计 | 11,092,265.00" then "上级补助收入 | | 295,171.00": the column is not filled for these rows)
        if len(_units_named(m.table, m.children(p))) > 1 or _added_by_none(m, p, col, parts):
            return []  # ("伤残抚恤 | 人 | 66" beside "义务兵家庭优待金 | 户 | 171": counts no total adds)
        if len(parts) >= 2 and [f.q.value for f in parts] == list(range(1, len(parts) + 1)):
            return []  # 1, 2, 3 …: the rows' serial numbers, whatever the column is called
        return parts if len({(f.q.dimension, f.q.unit) for f in parts}) == 1 else []

    @staticmethod
    def term(ctx: Context, f, name: str):
        """"公务接待费 -1.85 (line 9:28)": a cell's figure with its sign."""
        sign = "-" if fact_sign(ctx.doc.text, f) < 0 else ""
        line, column = ctx.doc.position(f.q.num_start)
        return Msg(M.FIGURE_AT, figure=f"{name + ' ' if name else ''}{sign}{shown(f)}", line=line, column=column)

    def report(self, ctx: Context, claim, verdict):
        computed, stated, margin = computed_vs_stated(claim, verdict)
        s = claim.stated
        table, row, column = cell_parts(ctx.analysis, s) or ("", "", "")
        if claim.direction < 0:  # show the change and the stated cell with their signs
            comp, st = verdict.computed, verdict.stated
            computed, stated, _ = computed_vs_stated(
                claim, type(verdict)(verdict.status, Interval(-comp.hi, -comp.lo), Interval(-st.hi, -st.lo)))
            stated = "-" + stated
        line, column_no = ctx.doc.position(s.q.num_start)
        message = Msg(M.TABLE_ROW_MISMATCH, place=Msg(M.TABLE_ROW, table=table, row=row),
                      formula=self.formula(ctx, claim), computed=computed, column=column, stated=stated,
                      line=line, column_no=column_no, margin=margin)
        return self.with_slip(self.finding(ctx, message, s, related(ctx, claim.operands), computed, stated,
                                           pattern=claim.pattern, trigger=claim.trigger), claim, verdict)

    def formula(self, ctx: Context, claim):
        """The computation in the table's words: the other cells by column
        (in the stated cell's row) or by row (in its column)."""
        s_ref = claim.stated.extras.get("cell")

        def term(f):
            _, row, col = cell_parts(ctx.analysis, f) or ("", "", "")
            ref = f.extras.get("cell")
            same_row = ref is not None and s_ref is not None and ref.row_index == s_ref.row_index
            return self.term(ctx, f, col if same_row else row or col)

        items: list = []
        if claim.kind == ClaimKind.FORM_LINEAR:
            for i, (signs, f) in enumerate(zip(claim.variant.split(","), claim.operands)):
                sign = signs.split(":")[0]
                items += [("" if sign == "1" else "−") if i == 0 else (" + " if sign == "1" else " − "), term(f)]
            return Msg.join("", items)
        now, base, *change = claim.operands
        if claim.kind == ClaimKind.ROW_GROWTH:
            base_col = (cell_parts(ctx.analysis, base) or ("", "", ""))[2]
            written = [" = ", term(change[0])] if change else []  # (the row's 增减额, which bounds the difference)
            return Msg.join("", ["(", term(now), " − ", term(base), *written, ") / ", base_col])
        return Msg.join("", [term(now), " − ", term(base)])
