"""Phases and years in the words of a sentence: 年初预算, 调整预算, 决算 …
(the lexicon says which words name which), and the years a text names."""
from __future__ import annotations

import re

from fiscallint.support.lexicon import Lexicon


_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")

# "预算" inside these names a kind of budget, not a phase; "上年结转" is a
# fund brought forward, not last year's figure.
_NOT_PHASE = re.compile(r"上年结转(?:结余|和结余)?|上年结余|一般公共(?:财政)?预算|政府性基金预算|国有资本经营预算|社会保险基金预算|财政预算拨款|预算单位|预算法|预算管理|预算绩效|部门预算")


def _phase_at(lex: Lexicon, text: str, upto: int) -> str | None:
    """The phase named nearest before ``upto``, skipping compared phases
    ("较预算增加" compares with the budget: it does not set the phase)."""
    best = None
    text = _NOT_PHASE.sub(lambda m: "＿" * len(m.group(0)), text[:upto])
    for s, e, phase in lex.phases_in(text):
        before = text[max(0, s - 2):s]
        if before and (before[-1] in "较比与对为占超" or before.endswith("完成") or before.endswith("相比")):
            continue  # "较预算增加", "完成预算的84%": the budget is compared with, not described
        best = phase
    return best


def _phase_marks(lex: Lexicon, sentence: str) -> list[tuple[int, str]]:
    """(offset, phase) of the phases a sentence names, compared ones left out."""
    masked = _NOT_PHASE.sub(lambda m: "＿" * len(m.group(0)), sentence)
    marks = []
    for s, e, phase in lex.phases_in(masked):
        before = masked[max(0, s - 2):s]
        if before and (before[-1] in "较比与对为占超" or before.endswith("完成") or before.endswith("相比")):
            continue
        marks.append((e, phase))
    return marks
