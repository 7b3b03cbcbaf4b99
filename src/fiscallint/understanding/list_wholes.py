"""The whole a list is of, when its trigger says more than 其中: a name before
中： (社会资金中：), or a classification (按经济分类：, 按项目类别分：) whose
classes break down a total stated before it; or none of the figures before
it, when they are an enumeration of items."""
from __future__ import annotations

import re

from fiscallint.support.numerals import heading_number
from fiscallint.support.wordbook import pattern
from fiscallint.model.intervals import sum_intervals
from fiscallint.model.fact import Analysis, Fact, Sentence
from fiscallint.understanding.claim_text import _has_word, _is_base, _levels, _prev_sentence_facts, _same_dim
from fiscallint.understanding.added_totals import paragraph_levels


def classification_read(a: Analysis, word: str, before: list[Fact], candidates: list[Fact]) -> bool:
    """Whether a 按…分 list is read as a breakdown: a listed trigger
    (按经济分类：) opening its sentence, or any classification after a total
    whose count its classes' counts add up to."""
    return counts_close(before, candidates) if before else word in a.lexicon.composition_triggers


def counts_close(before: list[Fact], candidates: list[Fact]) -> bool:
    """"项目142个、资金9,846.30万元，按类别分：A项目83个，资金…；B项目47个…；C项目12个…":
    the classes' own counts add up to the count stated before, so the
    classification names every class, not only some."""
    counted = [c for c in candidates if c.q.dimension == "item"]
    if len(counted) < 2 or len(counted) == len(candidates):
        return False
    summed = sum_intervals(c.q.interval() for c in counted)
    return any(_same_dim(b, counted[0]) and all(_same_dim(c, b) for c in counted)
               and summed.meets(b.q.interval()) for b in _levels(before))


def named_or_classified(a: Analysis, by_sentence, s: Sentence, word: str, before: list[Fact], at: int,
                         found: tuple[list[Fact], list[Fact]], candidates: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The totals a list may be of, ``found`` unless the trigger names its
    whole (社会资金中：), opens its sentence with a classification (按经济分类：),
    or none is found and the sentence opens with the whole's name and counts
    its items (项目支出具体包括以下九个项目：)."""
    text = a.doc.text
    named = _named_whole(text, word, _prev_sentence_facts(a, by_sentence, s) + before, max(before[-1].q.end if before
                         else s.start, text.rfind("\n", 0, at) + 1), at)
    if named is not None:
        return named, []
    totals, other_totals = found
    if CLASSIFIED.match(word):
        whole = _classified_whole(a, by_sentence, s, totals + other_totals, candidates)
        if whole is not None:
            return [whole], [g for g in totals + other_totals if g is not whole]
    if not totals and not before:
        whole = whole_named_by_head(a, s, text[s.start:at], at + len(word), candidates)
        return ([whole], other_totals) if whole is not None else found
    return found


def _classified_whole(a: Analysis, by_sentence, s: Sentence, pool: list[Fact], parts: list[Fact]) -> Fact | None:
    """"…本年支出2,685.67万元…。其中：…项目支出713.27万元…。按支出功能分类：…": what a
    classification opening its sentence classifies is the whole its parts add
    up to, else the paragraph's first figure, not the last part before it."""
    pool = [g for g in pool if not g.q.approx and not _is_base(g)]
    summed = sum_intervals(p.q.interval() for p in parts if pool and _same_dim(p, pool[0]))
    return next((g for g in pool if summed.meets(g.q.interval())), None) or next(
        (g for g in paragraph_levels(a, by_sentence, s) if not g.q.approx and not _is_base(g)), None)


def _named_whole(text: str, word: str, before: list[Fact], start: int, at: int) -> list[Fact] | None:
    """"…，社会资金4000.00万元。…；社会资金中：管线单位出资2350.00万元…": 中： after
    a name (from ``start``), not a figure, opens the list of the figure so
    named before it in its sentence or the one before (none when no figure
    is); None when 中： follows its figure."""
    if word.rstrip("：:") != "中" or not _HAN.match(text, at - 1):
        return None
    cut = max(text.rfind(ch, start, at) for ch in "，,；;。：:")
    name = text[max(cut + 1, start):at].strip()
    if len(name) < 2:
        return None
    return [g for g in reversed(_levels(before)) if g.label.strip().endswith(name)][:1]


_HAN = re.compile(r"[\u4e00-\u9fff]")
CLASSIFIED = pattern("composition_parts", "classified_by")


def whole_named_by_head(a: Analysis, s: Sentence, head: str, trigger_end: int, candidates: list[Fact]) -> Fact | None:
    """"…项目支出4967.56万元…。\n项目支出具体包括以下九个项目：1.…；…9.…": a list
    opening its sentence with its whole's name, and counting its items as
    many as it lists, breaks down the last figure so named before it."""
    text = a.doc.text
    core = _HEAD_FILLER.sub("", head.strip(" \t\u3000，,"))
    concept = a.lexicon.concept_of(core) if len(core) >= 2 else None
    counted = ITEMS_COUNTED.match(text, trigger_end) if candidates else None
    if concept is None or counted is None or len(core) > _LONGEST_NAME:
        return None
    if heading_number(counted.group(1)) != len(candidates):
        return None
    named = [g for g in a.with_concept(concept) if g.q.end <= s.start and g.role == "level" and not g.q.approx
             and _same_dim(g, candidates[0]) and not _is_base(g)]
    return named[-1] if named else None


_HEAD_FILLER = pattern("list_wholes", "head_filler")  # 具体, 主要 …: words between a whole's name and its trigger
ITEMS_COUNTED = pattern("list_wholes", "items_counted")  # "以下九个项目": the list's count of its items
_LONGEST_NAME = 12


_ADDED_UP = pattern("list_wholes", "added_up")
_NAMES_THEN_COUNT = pattern("list_wholes", "names_then_count")  # "太平村、松林村、石龙村" before "3个村"
_COUNTED_NOUN = pattern("list_wholes", "counted_noun")  # the 村 of "3个村，"


def an_enumeration(text: str, levels: list[Fact]) -> bool:
    """"从问题性质看，A 386.25万元，B 742.18万元，C 968.43万元，…等其他问题371.85万元。其中，…":
    three or more figures, each right after its own name, parted by commas
    alone: a 其中 after them is of their whole, not of the last."""
    if len(levels) < 3 or not all(_same_dim(p, q) for p, q in zip(levels, levels[1:])):
        return False  # ("补助发放给8户，直接受益13人，家庭间接收益18人。其中：…": heads of their own)
    if any(_ADDED_UP.search(q.label) for q in levels[1:]):
        return False  # (figures added up to the last: the 其中 may be of that sum)
    gaps = [text[p.q.end:q.label_start] for p, q in zip(levels, levels[1:])]
    return all(g.strip() in ("，", ",", "、", "；", ";") for g in gaps) and len({q.label for q in levels}) == len(levels)


def before_the_staff(lex, text: str, start: int, trigger_end: int, end: int) -> int:
    """Where a list of an establishment's places ends: "编制人数54人，其中：行政编制30人，
    事业编制24人；实有人数74人，其中：…", the staff on it after a ；, with a list of its own,
    are a whole of their own (an item's own 其中 after a ；, 项目支出25万元，其中…, is not)."""
    own = text.find("其中", trigger_end, end)
    stop = max(text.rfind("；", trigger_end, own), text.rfind(";", trigger_end, own)) if own > 0 else -1
    words = tuple(lex.establishment_words)
    if stop < 0 or not words or not any(w in text[start:trigger_end] for w in words) \
            or any(w in text[stop:own] for w in words):
        return end
    return stop


def retired_after_staff(lex, inside: list[Fact], nxt: list[Fact]) -> bool:
    """"在职人数61人，包括行政人员26人、…；退休人员15人、聘用人员26人": the retired after a ；
    open a count of their own, never more of the staff's list."""
    words = lex.retired_words
    return bool(words) and _has_word(nxt[0].label, words) and not any(_has_word(f.label, words) for f in inside)


def counts_named_items(text: str, totals: list[Fact], parts: list[Fact], before: list[Fact]) -> bool:
    """"实施项目6个，分布在太平村、松林村、石龙村3个村，其中道路硬化2个、路灯1个…": a
    count right after as many names as it says has its items named already;
    the figures after its 其中, none named by its noun (…村), break down the
    sentence's other count they add up to (the projects'), not it."""
    if len(totals) != 1 or totals[0].q.dimension != "item":
        return False
    count = totals[0].q
    noun = _COUNTED_NOUN.match(text, count.end)
    names = _NAMES_THEN_COUNT.search(text, max(0, count.start - 160), count.start)
    if noun is None or names is None or names.group(1).count("、") + 1 != count.value:
        return False
    if any(p.label.strip().endswith(noun.group(1)) for p in parts):
        return False
    counted = [p for p in parts if p.q.dimension == "item"]
    summed = sum_intervals(p.q.interval() for p in counted) if counted else None
    return summed is not None and any(g.q.dimension == "item" and g.q.end <= names.start(1) and summed.meets(g.q.interval())
                                      for g in before)
