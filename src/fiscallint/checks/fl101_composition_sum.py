"""The rule FL101 composition-sum: its documentation is the class's docstring."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from fiscallint.model.claim import Claim
from fiscallint.deciding.rule import Context, register
from fiscallint.model.finding import Finding
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg
from fiscallint.deciding.recompute import Verdict
from fiscallint.checks.base import ClaimRule, in_one_row, named, telling_slip
from fiscallint.model.tables import leaf_name
from fiscallint.model.claim import ANOTHER_COLUMNS_PARTS, ClaimKind, Relation


_TABLE_SUMS = ("table.row-sum", "table.points-sum")
_FAR_APART = Decimal(3)  # the parts over their row's figure, beyond which a slip is not the likely cause


def _total_of_the_sentence_before(claim: Claim) -> bool:
    """A prose list whose total stands in a sentence before its parts' own."""
    total, parts = claim.stated, claim.operands
    return bool(parts) and "cell" not in total.extras and total.sentence is not None \
        and parts[0].sentence is not None and total.sentence.index < parts[0].sentence.index


def _times_apart(verdict: Verdict) -> Decimal | None:
    """How many times the parts' sum is the stated figure (or the reverse),
    when more than three; else None."""
    computed, stated = verdict.computed.mid, verdict.stated.mid
    if computed <= 0 or stated <= 0:
        return None
    times = max(computed / stated, stated / computed)
    return times if times > _FAR_APART else None


def _short(claim: Claim, verdict: Verdict) -> bool:
    return claim.open_list and verdict.computed.hi < verdict.stated.lo


def _item_name(claim: Claim) -> str:
    return claim.operands[0].label.strip(" ，,；;：:")


def _parallel_list_short(ctx: Context, claim: Claim, verdict: Verdict) -> Claim | None:
    """Another list of the document not shown to be whole, opening with the
    same item and as many items, whose parts fall short of its total by no
    plain slip (when this one's fall short too); else None."""
    if not _short(claim, verdict) or len(_item_name(claim)) < 2:
        return None
    name = _item_name(claim)
    for other, seen in ctx.checked:
        if other is claim or other.kind != claim.kind or other.pattern != claim.pattern \
                or len(other.operands) != len(claim.operands) or other.stated is claim.stated:
            continue
        if _item_name(other) == name and _short(other, seen) and not telling_slip(other, seen):
            return other
    return None


@register
class CompositionSum(ClaimRule):
    """The parts listed under a total do not add up to it.

    Recognises a total followed by its parts: ``总支出3724.07万元，其中：基本支出
    806.97万元，…项目支出2917.1万元``; also 包括, 分别为, and a parenthesis right
    after a figure (``监测户90户（脱贫不稳定户34户，…）``). Parts are the
    figures of the total's dimension (money with money, 户 with 户) up to the
    end of the sentence; a nested 其中 opens a list of its own, closed by a
    sibling label (项目支出 after 基本支出's 人员经费 and 公用经费). With no
    word at all, figures named right after a total as some of the parts
    ``rules/identities.toml`` gives it (``收入预算总额300万元，一般公共预算拨款
    收入320万元``) are at most that total.

    Each figure stands for the interval its digits allow (806.97 is
    [806.965, 806.975]); the sum of the parts' intervals must meet the total's.

    Stays silent when the list is not exhaustive (主要, 等: the parts may add to
    less, and only a sum above the total is reported), when the parts are
    overlapping attributes (发展党员11人，其中35周岁以下5人，大专以上文化3人),
    when the first parts already add up (the list ran into the next
    clause), and when the total is exactly the parts but one that repeats
    the figure before it, four digits or more (文化旅游体育与传媒支出286.85万元，
    群众文化支出286.85万元: a class and its one item, both named).

    The message names every figure and its line:column, the computed sum with
    its interval, the stated total and the margin beyond rounding. It cannot
    know which figure is wrong and does not say. A table row whose rows read
    as its parts are more than three times its figure (or less than a third
    of it), with no plain slip to explain it, is reported as ``info``: a
    misread table is likelier than such a typo.

    Wrong (exactly one FL101 finding)::

        2024年本年支出500.00万元，其中：基本支出320.00万元，项目支出190.00万元。

    Right (no finding)::

        2024年本年支出500.00万元，其中：基本支出320.00万元，项目支出180.00万元。
    """

    code = "FL101"
    patterns = ("sum.of-which", "sum.including", "sum.respectively", "sum.consists-of", "sum.parenthesis",
                "sum.added-to-total", "sum.listed-before-total", "sum.total-then-labelled-parts",
                "sum.done-and-not-done", "sum.identity-parts-after-total", "sum.initial-plus-added", "sum.points-less-deduction", "sum.dash-items", "table.row-sum", "table.points-sum", "form.sum")
    name = "composition-sum"
    kind = ClaimKind.COMPOSITION

    def report(self, ctx: Context, claim: Claim, verdict: Verdict) -> Finding:
        found = super().report(ctx, claim, verdict)
        parallel = _parallel_list_short(ctx, claim, verdict)
        if parallel is not None:
            # "…基金收入2296亿元，其中：保险费收入648亿元；政府补贴收入1569亿元" beside lists of the
            # same items that fall short by no slip: the author's lists leave items out (利息收入),
            # and a slip that would close this one's gap is a coincidence
            line, column = ctx.doc.position(parallel.stated.q.num_start)
            return self.as_info(found, M.SHORT_LIKE_ITS_PARALLEL, line=line, column=column)
        if claim.open_list and verdict.computed.hi < verdict.stated.lo and not telling_slip(claim, verdict):
            # a list not shown to be whole, short by no plain slip: items may be left out (a slip
            # too slight to tell, 0.01 for 0.31, is not named: the message says none explains it)
            return self.as_info(found, M.SHORT_OF_AN_OPEN_LIST)
        if claim.variant == ANOTHER_COLUMNS_PARTS:
            # rows of one figure each adding up to the total's other column: lost blank cells, or a
            # budget spent in full; which column the figures stand in is unclear
            return self.as_info(found, M.ROWS_ADD_TO_ANOTHER_COLUMN)
        times = _times_apart(verdict)
        if times is not None and _total_of_the_sentence_before(claim) and not telling_slip(claim, verdict):
            # "…基金收入完成4.5万元。其中：上级转移支付补助收入4041.68万元…": the list names the
            # sentence before's other figure (the year's revenue), not its last
            return self.as_info(found, M.FAR_FROM_THE_SENTENCE_BEFORE, times=f"{times:.1f}")
        if claim.pattern in _TABLE_SUMS and times is not None and not telling_slip(claim, verdict):
            # 5.89 over rows of 2,153.79, 58.20 over 512.37: a misread table's rows, more
            # likely than a typist's slip, which a slip would explain
            return replace(found, severity="info", slip=None,
                           message=Msg(M.FAR_FROM_ITS_ROWS, message=found.message, times=f"{times:.1f}"))
        return found

    def expression(self, ctx: Context, claim: Claim) -> str:
        across = in_one_row((claim.stated, *claim.operands))
        return Msg.join(" + ", (named(ctx, p, across) for p in claim.operands))

    def stated_as(self, claim: Claim) -> str:
        if in_one_row((claim.stated, *claim.operands)):
            total = leaf_name(claim.stated.extras["cell"].header)
        else:
            total = claim.stated.words or claim.stated.name or Msg(M.THE_TOTAL)
        return Msg(M.TOTAL_AT_MOST, total=total) if claim.relation == Relation.LE else total
