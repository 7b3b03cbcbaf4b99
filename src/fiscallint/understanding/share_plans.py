"""When a percentage after a figure is not that figure's share of a whole
(FL102 stays silent): a rate of the figure's own plan, or of its list's
whole's plan, or a clause between them says all of it went one way; and
which figures a whole named generically (支出总额) may be."""
from __future__ import annotations

from decimal import Decimal

from fiscallint.model.claim import Claim
from fiscallint.model.intervals import HUNDRED
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.vocabulary import PLAN_PHASES, Phase
from fiscallint.support.lexicon import alternation
from fiscallint.support.wordbook import pattern, words
from fiscallint.understanding.claim_text import _same_dim
from fiscallint.understanding.table_context import facts_between
from fiscallint.understanding.share_pairs import OrphanShare

_PLAN_WORDS = words("ratios", "plan")
_ALL_OF_IT = pattern("ratios", "all_of_it")


def no_share_of_a_whole(a: Analysis, f: Fact, part: Fact, named: str, comp: Claim | None) -> bool:
    """The percentage ``f`` after ``part`` (listed in ``comp``) is not its share
    of a whole: noted why."""
    if _ALL_OF_IT.search(a.doc.text, part.q.end, f.label_start + 1):
        a.note(f, f"not the share of {part.q.shown()}: a clause between says all went one way (全部)")
        return True
    if named and (names_a_plan(a.lexicon, named) and not _listed_under_a_plan(a, part, comp)
                  or _plan_of_the_whole(a.lexicon, named, part, comp.stated if comp else None)):
        # "国税完成11765万元，占年初预算的25%": of the part's own budget,
        # a completion rate, not a share of the list's total
        a.note(f, "of the figure's own plan (占预算): not a share of a total")
        return True
    return False


def _listed_under_a_plan(a: Analysis, part: Fact, comp: Claim | None) -> bool:
    """"全年预算数为225.60万元。其中：当年财政拨款142.00万元，占全年预算数的62.94%":
    a part of a plan listed under it is a budget's part of a budget, its share (one
    done, 税收收入完成330万元，占年初预算的110%, is its own completion rate)."""
    return comp is not None and comp.stated.phase in PLAN_PHASES and part.phase not in (Phase.FINAL,) \
        and not any(w in part.label for w in a.lexicon.actual_words)


def _plan_words(lex):
    return lex.pattern("plan_phase_words", lambda: alternation(
        [w for w, phase in lex.phases.items() if phase not in (Phase.FINAL, Phase.LAST_YEAR)] + list(_PLAN_WORDS)))


def names_a_plan(lex, named: str) -> bool:
    """Whether the whole a share names is only a plan (年初预算, 调整预算数, 计划,
    任务): what the part itself was planned at."""
    rest = _plan_words(lex).sub("", named)
    return rest != named and not rest.strip("数额的")


def _plan_of_the_whole(lex, named: str, part: Fact, whole: Fact | None) -> bool:
    """"基本支出…，其中…公用经费225.87万元，占基本支出预算的52.08%": the plan of
    the list's own whole, a rate of that whole, not a share of it (a part of
    another figure's plan, 预留中小企业份额占政府采购预算的, is a share)."""
    if whole is None or not whole.concept or whole.phase in PLAN_PHASES or part.phase in PLAN_PHASES:
        return False  # (a budget's part of a budget: a share of it)
    name = named.rstrip("数额的")
    tail = _plan_words(lex).search(name)
    return tail is not None and tail.end() == len(name) and tail.start() > 0 \
        and lex.concept_of(name[:tail.start()]) == whole.concept


def wholes_named_alike(a: Analysis, s, part: Fact, named: str, whole: Fact) -> list[Fact]:
    """"全乡一般公共预算支出3,253.63万元…。主要支出项目是：一般公共服务支出831.41万元，
    占支出总额的25.6%": a whole named generically (支出总额) may be the figure the
    list breaks down, stated just before it under a narrower name ("该项资金到位18,064.48万元。
    …涉及资金12,903.46万元，占资金总额的71.43%")."""
    found = _named_alike(a, s, part, named, whole)
    # (the list's items are named alike too, and smaller; and the nearest may be its own fund's: "该项资金到位…")
    largest = sorted(found, key=lambda g: g.q.value)[-2:]
    return largest + [g for g in found[-1:] if g not in largest]


def _named_alike(a: Analysis, s, part: Fact, named: str, whole: Fact) -> list[Fact]:
    stem = _GENERIC_WHOLE_WORDS.sub("", named)[-2:]
    if len(stem) < 2:
        return []
    first = a.sentences[max(0, s.index - _WHOLE_REACH)].start
    return [g for g in facts_between(a, first, part.q.start)
            if g is not whole and g.role == "level" and not g.extras.get("in_table") and _same_dim(g, part)
            and g.q.value > part.q.value and _STATED_AS.sub("", g.label.rstrip(" ，,：:为是完成")).endswith(stem)]


def share_of_a_whole_named_alike(a: Analysis, s, share: Fact, part: Fact, named: str,
                                 orphans: list[OrphanShare]) -> Claim | None:
    """A share whose named whole was found nowhere, against a figure just
    before it named alike ("该项资金到位18,064.48万元。…涉及资金12,903.46万元，占资金总额的
    71.43%"): held by one, it is that one's, not a whole it shares with another
    fund's share named the same way; held by one only with the part read 10⁴
    times apart (元 for 万元), it is a claim on that one; else an orphan."""
    wholes = [g for g in _named_alike(a, s, part, named, part) if g.q.value] if named else []
    stated = share.q.interval()
    if any(((part.q.interval() / g.q.interval()) * HUNDRED).meets(stated) for g in wholes):
        return None
    for g in reversed(wholes):
        if any(((part.q.interval().scale(k) / g.q.interval()) * HUNDRED).meets(stated) for k in _TEN_THOUSAND_APART):
            return Claim("share", share, [part, g], "eq", f"占{named}: the figure named alike just before it",
                         pattern="share.named-alike", trigger=share.label.strip()[-8:])
    orphans.append(OrphanShare(share, part, named))
    return None


_TEN_THOUSAND_APART = (Decimal(10000), Decimal(1) / Decimal(10000))


_GENERIC_WHOLE_WORDS = pattern("ratios", "generic_whole_words")
_STATED_AS = pattern("ratios", "stated_as")  # "该项资金到位": how the figure came, after its name
_WHOLE_REACH = 10  # sentences before a share where the figure its list breaks down may stand


def whole_shares_an_unnamed_whole(a: Analysis, whole: Fact, share: Fact) -> bool:
    """The list's total has a bare share of its own right after it
    ("授予中小企业合同金额1,402.37万元，占95.90%，其中授予小微企业合同金额868.15万元，
    占59.37%"): the part's bare 占 may be of the whole the total's is of, not of
    the total (noted)."""
    text = a.doc.text
    own = next((g for g in facts_between(a, whole.q.end, share.q.start)
                if g.q.is_percent and text[whole.q.end:g.q.start].strip(" ，,") == "占"), None)
    if own is not None:
        a.note(share, f"not checked against {whole.q.shown()}: that total's own share ({own.q.shown()}) names no whole")
    return own is not None


def smaller_than_its_part(pattern: str, whole: Fact, part: Fact, named: str) -> bool:
    """A whole found for a share that is smaller than the part: a list's total
    ("编外聘用人员31人；其中卫生技术人员89人，占…86.41%"), or a figure found by the
    concept of the whole's name whose label does not say that name (在编在职521人
    for the 886人 of 在职人员): not what the share is of. (A whole so labelled a little
    under its part, 政府采购支出总额0.83万元 for 0.86万元 at 100%, is a slip.)"""
    smaller = whole.q.interval().hi < part.q.interval().lo
    if pattern == "share.of-list-total":
        return smaller
    return pattern == "share.named-whole" and smaller and (named not in whole.label or
                                                          whole.q.interval().hi * _FAR_SMALLER < part.q.interval().lo)


_FAR_SMALLER = Decimal("1.5")  # a whole this many times smaller than its part is no typing slip of it
