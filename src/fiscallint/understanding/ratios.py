"""Share claims (FL102: 占…%) and rate claims (FL103: 执行率 = actual / plan).
"""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern, section_table, words
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact
from fiscallint.understanding.claim_text import (
    _TOTAL_WORDS, _has_word, _is_base, _levels, _prev_sentence_facts, _same_dim, both_actuals, set_apart_by_spaces,
)
from fiscallint.understanding.composition_parts import _in_closed_bracket
from fiscallint.understanding.plan_rates import (
    NAMED_PLANS as _NAMED_PLANS, of_periods, of_things_not_counted, plan_named_across, rate_of_another_plan,
    rate_of_a_plan_apart, rate_of_stated_plan, two_budgets, wholes_of_parts, without_a_plans_parts,
)
from fiscallint.understanding.share_pairs import OrphanShare, shares_of_unstated_wholes
from fiscallint.understanding.share_parts import NEGATION, NOT_HAN, share_part, share_subject
from fiscallint.understanding.share_plans import (
    no_share_of_a_whole, share_of_a_whole_named_alike, smaller_than_its_part, whole_shares_an_unnamed_whole,
    wholes_named_alike,
)


# ---------------------------------------------------------------- share
_WHOLE_NOISE = pattern("ratios", "whole_noise")
_TIME_OF_NAME = pattern("ratios", "time_of_name")
_SHARE = words("ratios", "share")[0]
_DONE = words("ratios", "done")
_PLAN_RATE_VERBS = words("ratios", "plan_rate_verbs")


def _shares(a: Analysis, by_sentence, compositions: list[Claim]) -> list[Claim]:
    orphans: list[OrphanShare] = []
    part_of: dict[int, Claim] = {}
    for c in compositions:
        for p in c.operands:
            part_of.setdefault(id(p), c)
    out = []
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        paired: set[int] = set()
        for k, f in enumerate(facts):
            if f.role != "share" or f.q.approx or f.q.is_range or id(f) in paired:
                continue
            # "支出18.77万元（含结转3.58万元），占总数的100%": a figure in a bracket is
            # a detail of the one before it, not what the share is of
            before = [g for g in _levels(facts[:k]) if not _in_closed_bracket(a.doc.text, g, f.q.start)]
            if not before:
                out.extend(_share_named_before(a, by_sentence, s, f, part_of))
                continue
            stated_whole = _whole_in_share_phrase(a, f, before)
            if stated_whole is not None:
                # "完成22797万元，占全年任务数22881万元99.63%": the 占 phrase states its whole
                part, whole = stated_whole
                out.append(Claim("share", f, [part, whole], "eq", f"占 {whole.label.strip()[-8:]}: the whole the phrase states",
                                 pattern="share.whole-in-phrase", trigger=whole.label.strip()[-8:]))
                continue
            named = f.label[f.label.find(_SHARE) + 1:] if _SHARE in f.label else ""
            named = _WHOLE_NOISE.sub("", named)
            respective = _respective_share_claims(a, s, facts, k, before, named, part_of)
            if respective:
                paired.update(id(c.stated) for c in respective)
                out.extend(respective)
                continue
            part = share_part(a, f, before)
            if part is None or no_share_of_a_whole(a, f, part, named, part_of.get(id(part))):
                continue
            claim = _share_of_its_whole(a, (s, by_sentence), f, part, named, before, part_of, orphans)
            if claim is not None:
                out.append(claim)
    return out + shares_of_unstated_wholes(a, by_sentence, orphans)


def _share_of_its_whole(a: Analysis, where, f: Fact, part: Fact, named: str, before: list[Fact],
                        part_of: dict[int, Claim], orphans: list[OrphanShare]) -> Claim | None:
    """The claim that ``f`` is ``part``'s share of the whole found for it (an
    orphan when none is found). ``where``: its sentence and the facts by sentence."""
    s, by_sentence = where
    whole, how, pattern = _share_whole(a, s, part, named, before, part_of)
    if whole is None:
        whole = _whole_named_before(a, _prev_sentence_facts(a, by_sentence, s), f, part, named)
        if whole is None:
            return share_of_a_whole_named_alike(a, s, f, part, named, orphans)
        how, pattern = f"{share_subject(f)}占{named}: the whole so named in the sentence before", "share.named-before"
    if whole is part:
        return None
    if smaller_than_its_part(pattern, whole, part, named) and f.q.value <= 100:
        # "编外聘用人员31人；其中卫生技术人员89人，占全部在岗人员的86.41%": a whole smaller than its part is no whole
        a.note(f, f"not a share of {whole.q.shown()}: it is smaller than {part.q.shown()}")
        return None
    if pattern == "share.of-list-total" and not named and whole_shares_an_unnamed_whole(a, whole, f):
        return None
    # the list may be the breakdown of another figure of the sentence before (实际支出, not 全年预算)
    others = part_of[id(part)].other_totals if pattern == "share.of-list-total" else []
    if pattern == "share.named-whole":
        others = wholes_named_alike(a, s, part, named, whole)
    return Claim("share", f, [part, whole], "eq", how, pattern=pattern, trigger=f.label.strip()[-8:],
                 alternatives=[[part, o] for o in others if _same_dim(o, part)])


_PHRASE_GAP = pattern("ratios", "phrase_gap")
_RESPECTIVE_SHARE = pattern("ratios", "respective_share")
_RESPECTIVE_JOIN = pattern("ratios", "respective_join")


def _respective_share_claims(a: Analysis, s, facts: list[Fact], k: int, before: list[Fact], named: str,
                             part_of: dict[int, Claim]) -> list[Claim]:
    """The claims of shares stated respectively from ``facts[k]`` on, each of
    the figure in its place, all of the whole the first one names."""
    pairs = _respective_shares(a, facts, k, before)
    if pairs is None:
        return []
    if _OWN_WHOLE_EACH.search(facts[k].label):
        return []  # "余额分别占各自限额的88.6%和88.8%": each of its own whole, not one
    whole, how, _ = _share_whole(a, s, pairs[0][1], named, before, part_of)
    if whole is None or any(whole is part for _, part in pairs):
        return []
    trigger = facts[k].label.strip()[-8:]
    return [Claim("share", share, [part, whole], "eq", f"{how}; shares paired in order (分别占)",
                  pattern="share.respective", trigger=trigger) for share, part in pairs]


def _respective_shares(a: Analysis, facts: list[Fact], k: int, before: list[Fact]) -> list[tuple[Fact, Fact]] | None:
    """"A 1,802.40万元，B 126.00万元，C 58.12万元，分别占本年收入合计的90.73%、
    6.34%和2.93%": the run of shares from ``facts[k]``, each paired in order
    with as many figures just before it, of one kind; None when the shares
    are not stated respectively or the figures before are too few."""
    first = facts[k]
    if not _RESPECTIVE_SHARE.search(first.label):
        return None
    run = [first]
    for g in facts[k + 1:]:
        if not g.q.is_percent or not _RESPECTIVE_JOIN.fullmatch(a.doc.text, run[-1].q.end, g.q.start):
            break
        run.append(g)
    if len(run) < 2 or len(before) < len(run):
        return None
    parts = before[-len(run):]
    if any(p.q.dimension != parts[0].q.dimension or p.q.is_percent for p in parts):
        return None
    return list(zip(run, parts))


def _whole_in_share_phrase(a: Analysis, share: Fact, before: list[Fact]) -> tuple[Fact, Fact] | None:
    """(part, whole) when the figure right before the share is the whole its
    占 phrase names ("占全年任务数22881万元99.63%"): that figure's label opens
    with 占 and nothing but fillers stand between it and the share; the part
    is the figure before it, of the same kind."""
    if len(before) < 2:
        return None
    whole, part = before[-1], before[-2]
    label = whole.label.strip()
    if not label.startswith(_SHARE) or not _PHRASE_GAP.fullmatch(a.doc.text, whole.q.end, share.q.start):
        return None
    if part.q.dimension != whole.q.dimension or part.q.is_percent:
        return None
    return part, whole


def _share_named_before(a: Analysis, by_sentence, s, f: Fact, part_of: dict[int, Claim]) -> list[Claim]:
    """"…基金收入32894.65万元，其中财政补助收入20934.82万元…。财政补助收入占基金收入的
    63.64%": a share opening its sentence names its part and its whole, each
    the latest figure of the sentence before whose name ends so; "中央补助资金占比
    69.97%" names its part only, a part of the list before: the list's total."""
    if _SHARE not in f.label:
        return []
    subject, whole_name = share_subject(f), _WHOLE_NOISE.sub("", f.label[f.label.find(_SHARE) + 1:])
    prev = [g for g in _levels(_prev_sentence_facts(a, by_sentence, s)) if not g.q.approx and g.year == f.year]
    whole_name = "" if whole_name == "比" else whole_name  # (占比: no whole named)
    if len(subject) < 2 or len(whole_name) == 1 or subject == whole_name:
        return []
    part = next((g for g in reversed(prev) if _ends_with_name(g.label, subject)), None)
    if not whole_name:
        listed = part_of.get(id(part)) if part is not None else None
        whole = listed.stated if listed is not None and not listed.may_be_partial else None
    else:
        whole = next((g for g in reversed(prev) if _ends_with_name(g.label, whole_name)), None)
    if part is None or whole is None or part is whole or not _same_dim(part, whole):
        return []
    return [Claim("share", f, [part, whole], "eq", f"{subject}占{whole_name}: the figures so named in the sentence before",
                  pattern="share.named-before", trigger=f.label.strip()[-8:])]


def _whole_named_before(a: Analysis, prev: list[Fact], share: Fact, part: Fact, named: str) -> Fact | None:
    """"全年医疗收入4,216.83万元，…。药品收入1,162.58万元，药品收入占医疗收入的比重为24.75%": the whole
    named, the one figure of the sentence before named so (but for 全年), of the part's phase, larger."""
    subject = share_subject(share)
    if len(named) < 3 or len(subject) < 2 or not _ends_with_name(part.label, subject):
        return None
    named_so = [g for g in _levels(prev) if not g.q.approx and g.year == share.year and _same_dim(g, part)
                and g.phase == part.phase and not _is_base(g)
                and _TIME_OF_NAME.sub("", NOT_HAN.sub("", g.label)) == named]
    return named_so[0] if len(named_so) == 1 and named_so[0].q.base_value > part.q.base_value else None


def _ends_with_name(label: str, name: str) -> bool:
    """The label ends with the name, not with its negation (非税收入 is no 税收收入)."""
    label = NOT_HAN.sub("", label)
    return label.endswith(name) and label[-len(name) - 1:-len(name)] not in NEGATION


_DEVIATION = pattern("ratios", "deviation")
_SHORT_OF = pattern("ratios", "short_of")
_CAPACITY_RATE = pattern("ratios", "capacity_rate")
_TARGET_RATE = pattern("ratios", "target_rate")
_REMAINDER = pattern("ratios", "remainder")


def _share_whole(a: Analysis, s, part: Fact, named: str, before: list[Fact],
                 part_of: dict[int, Claim]) -> tuple[Fact | None, str, str]:
    """The whole a share is of, how it was found and the pattern: the total of
    the part's list, the figure the share names, the concept the sentence is
    about, or the figure of the sentence its label names."""
    lex = a.lexicon
    w_concept = lex.concept_of(named) if named else None
    t = _list_total_named(part_of.get(id(part)), part, named, w_concept)
    if t is not None:
        return t, f"占 the total of its list ({t.name or t.q.shown()})", "share.of-list-total"
    if w_concept is not None:
        # "占一般公共预算项目支出总额的97%": the whole so qualified, not 项目支出 of all funds
        whole = _lookup(a, w_concept, part, same_dim=True, qualifiers=lex.qualifiers_in(named))
        if whole is not None:
            return whole, f"占{named}: found by its label", "share.named-whole"
    if not named and part.concept:
        # "三公经费支出决算中，公务接待费16.3万元，占63.42%": the whole is
        # the concept the sentence is about, when the part belongs to it
        head = a.doc.text[s.start:part.label_start]
        for _, _, concept in reversed(lex.concept_spans(head)):
            if part.concept in lex.children.get(concept, ()):
                return _lookup(a, concept, part, same_dim=True), f"占 the {concept} the sentence is about", "share.sentence-subject"
    if len(named) >= 3:
        # "本次审计预算资金额3200万元，…问题资金13.44万元，占审计预算资金额的0.42%":
        # the whole is named by the label of a figure of the sentence
        # (not "基本支出中人员经费": a part of it, named after 中)
        whole = next((g for g in reversed(before[:-1]) if named in g.label and _same_dim(g, part) and not _one_of_joined_names(
            named, g.label) and g.label[g.label.find(named) + len(named):][:1] not in ("中", "的")), None)
        return whole, f"占{named}: the figure so labelled in the sentence", "share.named-in-sentence"
    return None, "", ""


def _list_total_named(comp: Claim | None, part: Fact, named: str, w_concept: str | None) -> Fact | None:
    """The total of the part's list, when the share's named whole is it (or
    names none): a whole named that is no concept is the list's total when its
    last word is the total's too, "占本险种基金收入的" after "预算收入…，其中："; not
    "占限额的" after "债务余额…，其中："."""
    if comp is None or comp.stated is part or _one_of_joined_names(named, comp.stated.label):
        return None
    t = comp.stated
    if not named or w_concept is None and (_TOTAL_WORDS.search(named) or named[-2:] in t.label) or (
        w_concept is not None and w_concept == t.concept) or (
        w_concept is not None and t.concept is None and named.startswith("总")
    ):
        return t
    return None


def _one_of_joined_names(named: str, label: str) -> bool:
    """"对市县税收返还和转移支付4404.78亿元（包括一般性转移支付…，占转移支付比重达82%…）":
    the whole named is only the last of the things the total's name joins."""
    at = label.rfind(named) if len(named) >= 2 else -1
    return at > 0 and label[at - 1] in "和及与"


_CELL_GAP = re.compile(r"[ \u3000]{3,}|\t")


def _done_of_total(a: Analysis, rate: Fact, here: list[Fact]) -> Claim | None:
    """"监测户90户350人（…），已消除风险50户204人，风险消除率为58.29%": the rate of
    what is done (已 + the rate's own verb) out of the figure it was done among,
    the one just before it (before its bracket); by each unit the figures give."""
    text = a.doc.text
    if _CELL_GAP.search(rate.label.strip()):
        return None  # "已完成    资金支出进度    ≥95%": cells of a table read as a line, no sentence
    verb = _RATE_NAME_END.sub("", rate.label.strip())
    grams = {verb[i:i + 2] for i in range(len(verb) - 1)} - set(_PLAN_RATE_VERBS)  # 完成率: plan/actual figures
    pairs = []
    for num in here:
        label = num.label.strip(" ，,")
        if not label.startswith(_DONE) or not grams or not any(g in label for g in grams) \
                or any(num.q.end <= g.q.start and _same_dim(g, num) for g in here):  # (已整改38个，正在整改21个…，整改率: which it counts is unsaid)
            continue
        before = [g for g in here if g.q.end <= num.label_start and _same_dim(g, num) and not g.label.strip(" ，,").startswith(_DONE)]
        if not before:
            continue
        whole = before[-1]
        opened = text.rfind("）", whole.q.end, num.q.start)
        if opened >= 0:
            # the figures in the bracket break the whole down: the whole is before it
            at = text.rfind("（", 0, opened)
            outside = [g for g in before if g.q.end <= at]
            if not outside:
                continue
            whole = outside[-1]
        pairs.append([num, whole])
    if not pairs:
        return None
    first, *others = pairs[::-1]
    return Claim("rate", rate, first, "eq", "done (已…) / the figure it was done among", alternatives=others,
                 pattern="rate.done-of-total", trigger=rate.label.strip()[-8:])


_RATE_NAME_END = pattern("ratios", "rate_name_end")


def _lookup(a: Analysis, concept: str, near: Fact, same_dim: bool = True,
            qualifiers: frozenset[str] = frozenset()) -> Fact | None:
    """The figure labelled ``concept`` in the phase of ``near`` (and with
    ``qualifiers``, 一般公共预算 …): the nearest before it, else the nearest
    after; None when the report states several different values for it."""
    phase = near.phase or a.default_phase
    cands = [
        f for f in a.with_concept(concept, of_unit=near)
        if f.concept == concept and f.tight and f.role == "level" and f is not near
        and (f.phase or a.default_phase) == phase
        and (not same_dim or _same_dim(f, near)) and qualifiers <= f.qualifiers
        and (near.year is None or f.year in (None, near.year))  # (2026's budget is not 2025's whole)
    ]
    if not cands:
        return None
    first = cands[0].q.interval()
    if any(not c.q.interval().meets(first) for c in cands[1:]):
        return None
    before = [c for c in cands if c.q.start < near.q.start]
    return before[-1] if before else cands[0]


# ---------------------------------------------------------------- rate
def _rate_figures(a: Analysis, facts: list[Fact], k: int) -> tuple[int, list[Fact]]:
    """Where the figures the rate ``facts[k]`` may be of begin in its sentence,
    and those figures."""
    f = facts[k]
    # "A 35570亿元，完成预算的100%；B 96941亿元，完成预算的98.9%": the figures
    # before another rate are that rate's
    # as are those before a percentage closed by "；" ("完成任务58.2万亩的100.69%；…覆盖率45%")
    since = max((j + 1 for j in range(k) if facts[j].role == "rate" or (
        facts[j].q.is_percent and _SEMICOLON.search(a.doc.text, facts[j].q.end, f.q.start))), default=0)
    # "支出1,996,786万元（含权责发生制列支285,941万元），完成预算的87.7%": a
    # figure in a bracket is a detail of the one before it, not the rate's
    here = [g for g in _levels(facts[since:k]) if not _in_closed_bracket(a.doc.text, g, f.q.start)]
    if _has_word(f.label, a.lexicon.plan_words):
        # "收入56,526.88万元，比上年决算数54,055.20万元增加…，完成年初预算的101.7%":
        # last year's figure, the base of a change, is neither the actual nor the plan
        here = [g for g in here if not _is_base(g)]
    # "收入超预算80.52万元；支出低于预算102.74万元，执行率91.8%": nor is a gap to the budget,
    # or to a target ("较目标420台（套）少23台（套）")
    # (nor is what is left: "尚有86.65万元未到位")
    here = [g for g in here if not _DEVIATION.search(g.label) and not _SHORT_OF.search(g.label)
            and not _REMAINDER.search(g.label)]
    return since, _own_item_clause(a, here, f)


def _own_item_clause(a: Analysis, here: list[Fact], f: Fact) -> list[Fact]:
    """"完成人工造林3,680亩，超额完成目标；退化林修复2,450亩，完成率87.50%": past a ；, a
    figure that names an item of its own (not a phase or a plan: "；全年执行95万元") opens the
    clause the rate is of; the figures before it are another item's."""
    cut = max(a.doc.text.rfind("；", f.sentence.start, f.q.start), a.doc.text.rfind(";", f.sentence.start, f.q.start))
    after = [g for g in here if g.q.start > cut]
    if cut < 0 or not after or len(after) == len(here) or after[0].phase is not None \
            or _has_word(after[0].label, a.lexicon.plan_words) or _has_word(after[0].label, a.lexicon.actual_words):
        return here
    return after


def _rates(a: Analysis, by_sentence, compositions: list[Claim]) -> list[Claim]:
    whole_of = wholes_of_parts(compositions)
    out = []
    for s in a.sentences:
        facts = by_sentence.get(s.index, [])
        for k, f in enumerate(facts):
            named = _named_rate(f, facts[:k])
            if named is not None:
                out.append(named)
                continue
            stated_plan = rate_of_stated_plan(a, facts, k)
            if stated_plan is not None:
                out.append(stated_plan)
                continue
            respective = _respective_rates(a, facts, k)
            if respective:
                out.extend(respective)
                continue
            written = _written_division(a, facts, k)
            if written is not None:
                out.append(written)
                continue
            if f.role != "rate" or f.q.approx or f.q.is_range:
                continue
            if _CAPACITY_RATE.search(f.label):
                a.note(f, "a rate of a capacity used (病床使用率): of figures the sentence does not state")
                continue
            if _TARGET_RATE.search(f.label):
                a.note(f, "a rate's target or bound (目标值≥90%): no quotient of the figures beside it")
                continue
            if of_things_not_counted(a.doc.text, f, [g for g in facts[:k] if not g.q.is_percent]):
                a.note(f, "a rate of things (行政村覆盖率) the figures beside it do not both count")
                continue
            if _a_cell_among_cells(a.doc.text, facts, k):
                a.note(f, "a cell of a row of figures set apart by spaces, not a rate a sentence states")
                continue
            since, here = _rate_figures(a, facts, k)
            here = without_a_plans_parts(a.doc.text, f, here, whole_of)
            done = _done_of_total(a, f, here) or (rate_of_another_plan(facts, since, f) if not here else None)
            if done is not None:
                out.append(done)
                continue
            apart = rate_of_a_plan_apart(a, by_sentence, s, f, here)
            if apart is not None:
                out.append(apart)
                continue
            if two_budgets(a.lexicon, here):
                a.note(f, "its two figures are both budgets: the outturn is stated elsewhere")
                continue
            pool, cross = _rate_pool(a, by_sentence, s, here)
            for dim_pool in _by_dimension(pool[-6:]):
                if len(dim_pool) >= 2:
                    out.extend(_rate_claim(a.lexicon, f, dim_pool, here, cross))
                    break
    return out


_NAMED_RATES = [(name, re.compile(part), re.compile(whole)) for name, (part, whole) in section_table("ratios", "named_rates").items()]


def _named_rate(f: Fact, before: list[Fact]) -> Claim | None:
    """"招标控制价合计2,416.80万元，中标价合计2,264.83万元，节约资金151.97万元，节约率6.29%":
    a rate whose name says what it divides (rules/readers.toml [ratios.named_rates]):
    the last figure before it named as its part over the last before that named as its whole."""
    if not f.q.is_percent:
        return None
    for name, part_words, whole_words in _NAMED_RATES:
        if name not in f.label:
            continue
        parts = [g for g in before if not g.q.is_percent and g.role == "level" and part_words.search(g.label)]
        wholes = [g for g in before if parts and g.q.end <= parts[-1].label_start and _same_dim(g, parts[-1])
                  and whole_words.search(g.label)]
        if not wholes or len(parts) > 1 or any(g.q.start > parts[-1].q.end and _same_dim(g, parts[-1])
                                                for g in before if whole_words.search(g.label)):
            return None  # (two parts, 统筹基金 and 大病保险基金 支付; or a whole after the part, 其中食品类抽检560批次)
        return Claim("rate", f, [parts[-1], wholes[-1]], "eq", f"{name}: its part over its whole", decisive=True,
                     pattern="rate.named-quotient", trigger=name)
    return None


def _a_cell_among_cells(text: str, facts: list[Fact], k: int) -> bool:
    """"照料服务覆盖率  100%  100%  10  10": a figure with nothing but spaces
    between it and the next or the one before is a cell of an indicator
    table's row (年度指标值, 实际完成值 …) that was not read as a table."""
    return k > 0 and set_apart_by_spaces(text, facts[k - 1], facts[k]) \
        or k + 1 < len(facts) and set_apart_by_spaces(text, facts[k], facts[k + 1])
_RESPECTIVE_RATE = pattern("ratios", "respective_rate")
_DIVIDED_BY = pattern("ratios", "divided_by")
_TIMES_HUNDRED_EQUALS = pattern("ratios", "times_hundred_equals")


def _written_division(a: Analysis, facts: list[Fact], k: int) -> Claim | None:
    """"预算执行率=全年执行数/全年预算数×100%=1,452.16/1,486.30×100%=97.70%": the
    division written out, its result stated after the equals sign."""
    f = facts[k]
    if k < 2 or not f.q.is_percent or f.q.approx:
        return None
    num, den = facts[k - 2], facts[k - 1]
    text = a.doc.text
    if not _DIVIDED_BY.fullmatch(text, num.q.end, den.q.start) or not _TIMES_HUNDRED_EQUALS.fullmatch(text, den.q.end, f.q.start):
        return None
    if num.q.is_percent or den.q.is_percent or not _same_dim(num, den):
        return None
    return Claim("rate", f, [num, den], "eq", "a division written out: numerator / denominator × 100%",
                 variant="written", pattern="rate.written-division", trigger=text[den.q.end:f.q.start].strip())


def _respective_rates(a: Analysis, facts: list[Fact], k: int) -> list[Claim]:
    """"支出1,928.40万元，年初预算、调整预算分别为1,650.00万元、1,940.00万元，分别
    完成116.87%、99.40%": each rate of the run is the one actual over the plan
    in its place; the plans are the figures just before, the actual the one
    before them."""
    first = facts[k]
    if not first.q.is_percent or first.q.approx or not _RESPECTIVE_RATE.search(first.label):
        return []
    if k and facts[k - 1].q.is_percent and _RESPECTIVE_JOIN.fullmatch(a.doc.text, facts[k - 1].q.end, first.q.start):
        return []  # not the run's first rate
    here = [g for g in _levels(facts[:k]) if not _in_closed_bracket(a.doc.text, g, first.q.start)]
    run = [first]
    for g in facts[k + 1:]:
        if not g.q.is_percent or not _RESPECTIVE_JOIN.fullmatch(a.doc.text, run[-1].q.end, g.q.start):
            break
        run.append(g)
    if len(run) < 2 or len(here) < len(run) + 1:
        return []
    plans, actual = here[-len(run):], here[-len(run) - 1]
    if any(not _same_dim(p, actual) or p.q.is_percent for p in plans):
        return []
    return [Claim("rate", rate, [actual, plan], "eq", "actual / plan, rates paired in order with the plans (分别完成)",
                  pattern="rate.respective", trigger=first.label.strip()[-8:]) for rate, plan in zip(run, plans)]


def _rate_pool(a: Analysis, by_sentence, s, here: list[Fact]) -> tuple[list[Fact], bool]:
    """The figures a rate may be of, and whether they reach into the previous
    sentence: with fewer than two of its own, the previous sentence's figures
    (of the same dimension as its one figure, if it has one) come first."""
    if len(here) >= 2 or _OPENS_WITH_PART.match(a.doc.text, s.start):
        return here, False  # ("其中：税收收入…，完成调整预算的100.6%": of the part's own budget, not the whole's)
    prev = _levels(_prev_sentence_facts(a, by_sentence, s))
    if len(here) == 1:
        return [g for g in prev if _same_dim(g, here[0])] + here, True
    return prev, True


def _rate_claim(lex, f: Fact, dim_pool: list[Fact], here: list[Fact], cross: bool) -> list[Claim]:
    """The rate f of the last two figures of one dimension: done over done and
    not done, or actual over plan (with the other pairs as alternatives)."""
    x, y = dim_pool[-2], dim_pool[-1]
    if _EACH_RATE.search(f.label) or "分" in (x.q.unit, y.q.unit) and "得分" not in f.label:
        return []  # "…完成率均为100%": of each figure, no quotient of them; "…指标2分得2分；预算执行率97.20%": of no points
    if _UNPAID.search(y.label) and not _UNPAID.search(x.label) and _rate_of_what_is_left(f, y):
        if "部分" in x.label:
            return []  # "已整改51个，部分整改7个，尚未整改4个，整改完成率82.26%": not done, nor left
        # "资金支付18501.096万元，未支703万元，支付率95%": the plan is paid + unpaid
        return [Claim("rate", f, [x, y], "eq", "done / (done + not done)", variant="remainder",
                      decisive=not cross, pattern="rate.done-and-left", trigger=f.label.strip()[-8:])]
    if of_periods(x, y):
        return []  # "二季度支出114.28万元，二季度末累计支出156.38万元，累计支出进度37.96%": of the year's plan
    plan, actual, decisive = _plan_actual(lex, x, y)
    words = _has_word(_FUND_NAMES.sub("", x.label + "，" + y.label), lex.plan_words + lex.actual_words) \
        and not both_actuals(lex, x, y)
    if not cross and len(dim_pool) == 2 and len(here) == 2 and words:
        # the sentence states exactly these two amounts, named as plan or
        # actual (林地面积 and 森林面积 are neither: 森林覆盖率 is of land area)
        decisive = True
    if _of_another_plan(lex, f, plan, actual):
        return []
    alternatives = []
    for act in dim_pool[-2:]:
        for pl in dim_pool:
            if pl is not act:
                alternatives.append([act, pl])
    return [Claim("rate", f, [actual, plan], "eq", "actual / plan" + (" (labels say which)" if decisive else " (order assumed)"),
                  decisive=decisive and not cross or plan_named_across(lex, f, plan, actual, here, dim_pool), alternatives=alternatives,
                  pattern="rate.previous-sentence" if cross else "rate.actual-over-plan",
                  trigger=f.label.strip()[-8:])]


def _of_another_plan(lex, f: Fact, plan: Fact, actual: Fact) -> bool:
    """"完成年初预算150万元的146.67%，完成调整预算的100%": a rate naming another
    phase than the plan's, or naming a budget over a figure that names none;
    "…较年初预算138.00万元增加4.80万元，执行率100.00%": a full execution with
    the outturn above the 年初 figure, of the budget adjusted to it."""
    named, planned = ([phase for _, _, phase in lex.phases_in(g.label)] for g in (f, plan))
    if named and planned and {named[-1], planned[-1]} <= _NAMED_PLANS and planned[-1] != named[-1]:
        return True
    if named and named[-1] in _NAMED_PLANS and not planned and not _has_word(plan.label, lex.plan_words):
        return True  # "总支出52818万元，其中：本年支出52818万元（完成调整预算数的98.32%）": the budget is elsewhere
    if _EXECUTION.search(f.label) and {bool(_RECEIVED.search(g.label)) for g in (plan, actual)} == {True, False} \
            and not any(_has_word(g.label, lex.plan_words) for g in (plan, actual)):
        return True  # ("到位1,040.00万元、支出1,018.42万元，执行率94.58%": of a budget not stated here)
    return bool(planned) and planned[-1] == "年初预算" and not named and f.q.value == 100 \
        and actual.q.base_value > plan.q.base_value


_UNPAID = pattern("ratios", "unpaid")
_OPENS_WITH_PART = pattern("ratios", "opens_with_part")
_EXECUTION, _RECEIVED = re.compile("执行率"), re.compile("到位")
_SEMICOLON = re.compile("[；;]")
_EACH_RATE = pattern("ratios", "each_rate")
_OWN_WHOLE_EACH = pattern("ratios", "own_whole_each")
_FUND_NAMES = pattern("ratios", "fund_names")


def _rate_of_what_is_left(rate: Fact, left: Fact) -> bool:
    """Whether a rate is of the verb its "not yet" figure names ("未支703万元，
    支付率95%"; not "未消除风险59人，…帮扶覆盖率100%": covered is not eliminated)."""
    m = _UNPAID.search(left.label)
    verb = left.label[m.end():m.end() + 1]
    return "未" not in m.group(0) and "不" not in m.group(0) or not verb or verb in rate.label


def _by_dimension(facts: list[Fact]) -> list[list[Fact]]:
    """The figures by dimension and by the period they cover: a month's
    amount is no plan for the year to date's."""
    groups: dict[tuple, list[Fact]] = {}
    for f in facts:
        groups.setdefault((f.q.dimension, f.extras.get("period")), []).append(f)
    # the dimension of the figure nearest the rate first
    return sorted(groups.values(), key=lambda g: -g[-1].q.start)


def _plan_actual(lex, x: Fact, y: Fact) -> tuple[Fact, Fact, bool]:
    def score(f: Fact) -> int:
        lab = _FUND_NAMES.sub("", f.label)  # (一般公共预算收入 names a fund, no budget)
        plan = _has_word(lab, lex.plan_words)
        actual = _has_word(lab, lex.actual_words)
        return (1 if plan else 0) - (1 if actual else 0)

    sx, sy = score(x), score(y)
    if sx > sy:
        return x, y, sx > 0 and sy < 0
    if sy > sx:
        return y, x, sy > 0 and sx < 0
    return x, y, False  # budget first, actual second: the usual order
