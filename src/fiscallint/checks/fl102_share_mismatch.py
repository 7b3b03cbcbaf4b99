"""The rule FL102 share-mismatch: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, register
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.checks.base import ClaimRule, named
from fiscallint.model.claim import ClaimKind


@register
class ShareMismatch(ClaimRule):
    """A stated share (占…%) disagrees with the part divided by the whole.

    The part is the amount just before ``占``; the whole is the total of the
    list the part belongs to (``总支出…其中：基本支出806.97万元，占总支出的22%``)
    or, when ``占`` names it (占总收入, 占总支出的比重), the figure carrying that
    label in the same phase; when the 占 phrase states the whole's amount
    (占全年任务数22881万元99.63%), that amount (``share.whole-in-phrase``).
    A whole named by words of its own (占支出总预算)
    but stated nowhere is implied by each share of it (part / share): shares
    of it in one section, phase and year must imply the same whole, and the
    one that does not is compared with the share most others agree with
    (``share.same-whole``; silent for 占总数 and 占同类…). Shares stated
    respectively (``…分别占本年收入合计的90.73%、6.34%和2.93%``) pair with as
    many figures just before them, in order (``share.respective``). A share
    opening its sentence that names its part and its whole (财政补助收入占基金
    收入的63.64%) is of the latest figures of the sentence before whose names
    end so (``share.named-before``). Any other share whose whole cannot be
    found is not checked, nor one whose whole found is smaller than its part
    when the share is under 100% (a list's total, or a figure found by the
    concept of the whole's name but labelled otherwise: 在编在职521人 for the
    886人 of 在职人员), nor a part's bare 占 after a total with a bare 占 of its
    own (授予中小企业合同金额…，占96.00%，其中授予小微企业…，占60.00%: of the
    whole the total's share is of, not known).

    806.97 / 3724.07 = 21.67% written ``22%`` is consistent: 22% stands for
    [21.5%, 22.5%].

    Wrong (exactly one FL102 finding)::

        2024年本年支出800.00万元，其中：基本支出200.00万元，占总支出的30.00%；项目支出600.00万元。

    Right (no finding)::

        2024年本年支出800.00万元，其中：基本支出200.00万元，占总支出的25.00%；项目支出600.00万元。
    """

    code = "FL102"
    patterns = ("share.of-list-total", "share.respective", "share.named-whole", "share.named-alike", "share.sentence-subject", "share.named-in-sentence",
                "share.same-whole", "share.whole-in-phrase", "table.share-column", "share.of-figure-before",
                "share.named-before")
    name = "share-mismatch"
    kind = ClaimKind.SHARE

    def expression(self, ctx: Context, claim: Claim) -> str:
        if claim.variant == "same-whole":  # the whole another share of it implies
            part, other_part, other_share = claim.operands
            return Msg.formula("{a} / ({b} / {c})", a=named(ctx, part), b=named(ctx, other_part),
                               c=named(ctx, other_share))
        part, whole = claim.operands
        return Msg.formula("{a} / {b}", a=named(ctx, part), b=named(ctx, whole))

    def stated_as(self, claim: Claim) -> str:
        return Msg(M.THE_SHARE)
