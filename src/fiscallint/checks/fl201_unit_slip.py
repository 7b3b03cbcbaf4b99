"""The rule FL201 unit-slip: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Context, Rule, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import named, related
from fiscallint.deciding.plausibility import unit_slips


@register
class UnitSlip(Rule):
    """An amount looks written in the wrong unit (万元 for 元, or the reverse).

    Evidence, any of:

    - it exceeds the report's whole budget many times over, and would fit
      once read 10⁴ times smaller (``特困供养资金…共计617705万元`` in a report
      whose budget is 6024.6万元);
    - its amount per counted unit (per 人次, per 户) is out of scale with the
      other items of its list (387350元 for 2965人次 beside 617705万元 for
      1466人次);
    - the same labelled figure is stated elsewhere about 10⁴ times apart;
    - its unusual digits (``19.32元``) are written in the other unit twice
      or more elsewhere (``发放补贴资金19.32万元``, the table's cells), once
      in a sentence sharing a word of its label;
    - a list that does not add up would add up with this term scaled by 10⁴;
    - a share of it that does not hold would hold with it scaled by 10⁴
      (``涉及资金2,149.25元，占资金总额的38.70%`` of 5,553.63万元).

    The message names the likely intended unit. Thresholds are in
    ``rules/thresholds.toml`` (``[unit_slip]``).

    Not compared with the report's budget: a region's or an economy's
    figures (全镇生产总值, 总投资: ``not_the_unit`` in ``[unit_slip]``) and
    amounts inside tables.

    Wrong (exactly one FL201 finding)::

        一、基本情况
        本单位2024年度预算安排1500.00万元，全年执行1460.00万元。
        全年发放临时救助金共计268000万元，惠及群众900人次。

    Right (no finding)::

        一、基本情况
        本单位2024年度预算安排1500.00万元，全年执行1460.00万元。
        全年发放临时救助金共计26.80万元，惠及群众900人次。
    """

    code = "FL201"
    name = "unit-slip"
    severity = "warning"

    def check(self, ctx: Context):
        th = ctx.thresholds.get("unit_slip", {})
        for e in unit_slips(ctx.analysis, ctx.checked, th):
            parts = [Msg(M.FIGURE_REASON, figure=named(ctx, e.fact), reason=e.reason)]
            if e.related:
                parts.append(Msg.formula(" ({others})", others=Msg.join(", ", (named(ctx, r) for r in e.related))))
            if e.suggestion and e.suggestion != "another unit":
                parts.append(Msg(M.MAY_HAVE_BEEN_MEANT, unit=e.suggestion))
            msg = Msg.join("", parts)
            yield self.finding(ctx, msg, e.fact, related(ctx, e.related))
