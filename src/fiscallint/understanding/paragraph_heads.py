"""The figure a change opening its sentence is of (:func:`head_before`), and
the figure a paragraph's run-in head makes its subject: "2.公务用车购置及运行维护费。
2025年度预算为20.70万元，支出决算为18.51万元，…。与上年相比，公务用车购置及运行维护费
增加2.46万元" — the change is of what was spent on what the head names."""
from __future__ import annotations

from fiscallint.model.fact import Analysis, Fact, Sentence
from fiscallint.model.vocabulary import Phase
from fiscallint.support.wordbook import pattern
from fiscallint.understanding.claim_text import _levels, _same_dim
from fiscallint.understanding.compositions import _previous_head

_RUN_IN_HEAD = pattern("changes", "run_in_head")
_REACH = 8  # sentences


def spent_under_head(a: Analysis, by_sentence, s: Sentence, f: Fact, concept: str) -> Fact | None:
    """The first figure spent (决算, 执行数) of ``f``'s dimension in the
    sentences of ``s``'s paragraph before it, when the paragraph opens with a
    head naming ``concept``; None otherwise."""
    text = a.doc.text
    head = _RUN_IN_HEAD.match(text, a.doc.start_of_line(s.start))
    if head is None or a.lexicon.concept_of(head.group(1).strip()) != concept:
        return None
    # the paragraph's sentences after its head, a few back at most (a report on one line
    # has its whole text for a paragraph)
    first = next((k + 1 for k in range(s.index - 1, max(-1, s.index - _REACH), -1) if a.sentences[k].end <= head.end()), None)
    if first is None:
        return None
    for idx in range(first, s.index):
        for g in _levels(by_sentence.get(idx, [])):
            if g.q.start >= head.end() and _same_dim(g, f) and g.phase == Phase.FINAL and g.concept in (None, concept):
                return g
    return None


def head_before(a: Analysis, by_sentence, s: Sentence, f: Fact, named_concept: str | None, own_words: str) -> Fact | None:
    """"基本支出3736.92万元，其中…。比2021年预算增加654万元，增长9%": a sentence
    opening with 比/较 goes on about the head figure of the one before, unless
    the change names something else ("收入总计3521.48万元。与上年相比，本年收入合计
    增加155.25万元"; "其中：公务用车购置费54.36万元…。与上年相比，公务用车购置及运行维护费
    增加…": not of a part, but of what the paragraph's head names was spent)."""
    current = _previous_head(a, by_sentence, s, f)
    pieces = [own_words[i:i + 3] for i in range(len(own_words) - 2)]
    if own_words.endswith("各") and len(own_words) >= 3:  # ("收、支总计各增加": each of two, by the name they share)
        own_words = own_words[:-1][-2:]
        pieces = [own_words]
    if current is not None and own_words and (not any(piece in current.label for piece in pieces)
                                              or named_concept and not may_be_named(current, named_concept, own_words)):
        return spent_under_head(a, by_sentence, s, f, named_concept) if named_concept else None
    return current


def may_be_named(current: Fact, named_concept: str, own_words: str) -> bool:
    """Whether the figure before a change that names its subject may be that
    subject: not when it is of another concept ("…公务用车…174,732.10元;
    公务接待费支出决算增加56,716.00元"), nor when it is of none and does not
    hold the words the change names ("…两项合计801.17万元…；人员经费增加54.17万元")."""
    if current.concept:
        return current.concept == named_concept
    return not own_words or own_words in current.label
