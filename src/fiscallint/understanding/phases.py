"""Phases and years in the words of a sentence: 年初预算, 调整预算, 决算 …
(the lexicon says which words name which), and the years a text names."""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern, words
from fiscallint.support.lexicon import Lexicon


_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")

# "预算" inside these names a kind of budget, not a phase; "上年结转" is a
# fund brought forward, not last year's figure.
_NOT_PHASE = pattern("phases", "not_phase")
_COMPARED_BEFORE = words("phases", "compared_before")


def _phase_at(lex: Lexicon, text: str, upto: int) -> str | None:
    """The phase named nearest before ``upto``, skipping compared phases
    ("较预算增加" compares with the budget: it does not set the phase)."""
    best, best_end = None, 0
    text = _NOT_PHASE.sub(lambda m: "＿" * len(m.group(0)), text[:upto].replace("\n", ""))
    for s, e, phase in lex.phases_in(text):
        before = text[max(0, s - 2):s]
        if before.endswith(_COMPARED_BEFORE):
            continue  # "较预算增加", "完成预算的84%": the budget is compared with, not described
        if not _narrowed(text, best, best_end, s, phase):
            best, best_end = phase, e
    return best


def _narrowed(text: str, kept: str | None, kept_end: int, at: int, phase: str) -> bool:
    """"年初一般公共预算支出预算为…", "调整后支出预算为…": a bare 预算 after a
    budget's own phase in the same words (no figure, no clause between) is
    that budget, not another phase."""
    return phase == _BARE_BUDGET and kept in _BUDGET_PHASES and _WORDS_ONLY.fullmatch(text, kept_end, at) is not None


_BARE_BUDGET = "预算"
_BUDGET_PHASES = frozenset({"年初预算", "调整预算"})
_WORDS_ONLY = re.compile(r"[^0-9０-９，,。；;：:、]*")


def _blank(m: re.Match) -> str:
    return "＿" * len(m.group(0))


def _phase_marks(lex: Lexicon, sentence: str) -> list[tuple[int, str]]:
    """(offset, phase) of the phases a sentence names, compared ones left out."""
    # (a PDF's line break inside a name: "一般公\n共预算收入" names no budget phase)
    kept = [k for k, ch in enumerate(sentence) if ch != "\n"] if "\n" in sentence else None
    masked = _NOT_PHASE.sub(_blank, sentence if kept is None else "".join(sentence[k] for k in kept))
    marks, last_end = [], 0
    for s, e, phase in lex.phases_in(masked):
        before = masked[max(0, s - 2):s]
        if before.endswith(_COMPARED_BEFORE):
            continue
        if marks and _narrowed(masked, marks[-1][1], last_end, s, phase):
            continue
        marks.append((e if kept is None else kept[e - 1] + 1, phase))
        last_end = e
    return marks


_OPENS_WITH_OF_WHICH = pattern("phases", "opens_with_of_which")


def year_of_head(text: str, s, facts: list) -> str | None:
    """"2026年全镇一般公共预算收入预计2927.00万元…。其\n中：税收收入2111.00万元": a
    sentence that opens with 其中 breaks down the figure the sentence before
    opens with, and is of its year."""
    start = s.start - 2 if text[s.start:s.start + 1] == "中" and text[max(0, s.start - 2):s.start] == "其\n" else s.start
    if not _OPENS_WITH_OF_WHICH.match(text, start):
        return None
    # (the sentence before, or the one before "其" when a line break split it off; read
    # back from the last figure, so that the cost does not grow with the document)
    head, nearest = None, None
    for f in reversed(facts):
        if f.sentence.index < s.index - 2 or nearest is not None and f.sentence.index < nearest:
            break
        if f.sentence.index < s.index and f.role == "level" and not in_aside(text, f.sentence.start, f.q.start):
            head, nearest = f, f.sentence.index  # (a figure in a bracket is an aside, no head)
    return head.year if head is not None else None


def in_aside(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands in a bracket opened after ``lo`` ("（2024年度收、支总计均为842.52万元）")."""
    return text.count("（", lo, at) + text.count("(", lo, at) > text.count("）", lo, at) + text.count(")", lo, at)


def sentence_years(text: str, s, compared) -> list[tuple[int, str]]:
    """(offset, year) of the years sentence ``s`` names, those ``compared``
    finds compared left out. A year in a bracket dates the figures in it
    only: from the bracket's close the year before it holds again ("" for
    none: the line's or the report's)."""
    marks: list[tuple[int, str]] = []
    outside = ""
    for m in _YEAR.finditer(text, s.start, s.end):
        if compared.search(text, max(s.start, m.start() - 3), m.start()):
            continue
        marks.append((m.end() - s.start, m.group(1)))
        if not in_aside(text, s.start, m.start()):
            outside = m.group(1)
            continue
        closes = [i for i in (text.find("）", m.end(), s.end), text.find(")", m.end(), s.end)) if i >= 0]
        if closes:
            marks.append((min(closes) + 1 - s.start, outside))
    return sorted(marks)
