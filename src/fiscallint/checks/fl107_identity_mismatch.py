"""The rule FL107 identity-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, register
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, named
from fiscallint.model.claim import ClaimKind


@register
class IdentityMismatch(ClaimRule):
    """Figures stated apart break an identity (总支出 = 基本支出 + 项目支出).

    When a report states the total and every part of an identity of
    ``rules/identities.toml`` in different sentences, with the same phase,
    the identity is checked over their rounding intervals. Figures already
    checked as a 其中 list are not checked again. An identity whose parts
    leave others unnamed (支出总计 = 本年支出 + 年末结转和结余, with 结余分配
    often unsaid: ``relation = "le"``) only says the parts add up to at most
    the total.

    Wrong (exactly one FL107 finding)::

        2024年资产总额600.00万元。
        负债总额150.00万元。
        净资产460.00万元。

    Right (no finding)::

        2024年资产总额600.00万元。
        负债总额150.00万元。
        净资产450.00万元。
    """

    code = "FL107"
    patterns = ("identity.apart",)
    name = "identity-mismatch"
    kind = ClaimKind.IDENTITY

    def expression(self, ctx: Context, claim: Claim) -> str:
        return Msg.formula("{how}: {parts}", how=claim.how, parts=Msg.join(" + ", (named(ctx, p) for p in claim.operands)))
