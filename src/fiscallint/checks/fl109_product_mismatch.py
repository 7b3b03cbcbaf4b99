"""The rule FL109 product-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from decimal import Decimal

from fiscallint.model.claim import MONTHS_OF_A_YEAR, Claim, ClaimKind
from fiscallint.deciding.rule import Context, iter_contradictions, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, named


@register
class ProductMismatch(ClaimRule):
    """An amount disagrees with its count times the standard per unit it was paid at.

    ``按每生每学期500元标准，资助283人次，发放资金14.15万元``: the amount must be
    283 × 500元; ``每亩补贴105.00元，补贴面积3,200亩，发放补贴33.60万元``:
    3,200 × 105元; ``受益学生1,200人，按每生每天5元、100天计算，拨付60.00万元``:
    1,200 × 5元 × 100.

    Read within one sentence: a standard per head (每人, 每生, 人均), per
    household (每户, 户均), per 亩 (每亩, 元/亩) or per village (每村, counted
    as …村N个), the one count of what it is per, and the first amount after
    both. A standard per 学期, 月 or 次 is checked against a count of
    person-times (人次); one per 月 against a count of persons too when the
    amount is the whole year's (``80名专职网格员全年补贴…``: × 12 months);
    one per day against the days stated beside it.
    Tiers (``一类村1个，每村每年2万元，计2万元；二类村6个，…``) are read clause
    by clause, each with its own count and amount, never against a total of
    all tiers (合计, 共计). Stays silent within the rounding of the figures,
    and where a clause states two counts or none; and where the amount is less than half a percent
    apart (``[products] min_relative_gap`` in rules/thresholds.toml): paid
    to many, an amount gathers each payment's rounding.

    Wrong (exactly one FL109 finding)::

        按每人每年600元标准，为120名困难群众发放生活补助7.60万元。

    Right (no finding)::

        按每人每年600元标准，为120名困难群众发放生活补助7.20万元。
    """

    code = "FL109"
    patterns = ("product.count-times-standard",)
    name = "product-mismatch"
    kind = ClaimKind.PRODUCT

    def check(self, ctx: Context):
        least = Decimal(str(ctx.thresholds.get("products", {}).get("min_relative_gap", 0)))
        for claim, verdict in iter_contradictions(ctx, self.kind):
            stated = abs(claim.stated.q.interval().hi) or Decimal(1)
            if verdict.margin is not None and verdict.margin / stated >= least:
                yield self.report(ctx, claim, verdict)

    def expression(self, ctx: Context, claim: Claim) -> str:
        factors = Msg.join(" × ", (named(ctx, f) for f in claim.operands))
        return Msg(M.TIMES_TWELVE_MONTHS, factors=factors) if claim.variant == MONTHS_OF_A_YEAR else factors
