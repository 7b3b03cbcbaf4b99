"""Age bands opening the parts of a list of people ("80—89周岁老年人9,781人；
90—99周岁…；100周岁及以上…"): bands that do not overlap part the people by
age, so such a list is a sum, not attributes that overlap."""
from __future__ import annotations

import re

from fiscallint.model.fact import Fact
from fiscallint.support.wordbook import pattern

_AGE_BAND = pattern("composition_parts", "age_band")


def age_bands(text: str, total: Fact, parts: list[Fact]) -> bool:
    """"80—89周岁老年人…；90—99周岁…；100周岁及以上…": each part after an age
    band of its own, bands that do not overlap: they part the people by age,
    unlike attributes that overlap (35周岁以下 beside 党员; 60周岁以上 beside 80周岁以上)."""
    ends = [total.q.end] + [p.q.end for p in parts[:-1]]
    bands = [_AGE_BAND.search(text, lo, p.q.start) for lo, p in zip(ends, parts)]
    if len(parts) < 2 or not all(bands):
        return False
    spans = sorted(_age_span(m) for m in bands)
    return all(hi < lo for (_, hi), (lo, _) in zip(spans, spans[1:]))


def _age_span(m: re.Match) -> tuple[int, float]:
    """The ages a band holds: 80—89 (80, 89), 100及以上 (100, ∞), 35以下 (0, 35)."""
    low = int(m.group(1).translate(_FULL_WIDTH))
    if m.group(2):
        return low, int(m.group(2).translate(_FULL_WIDTH))
    bound = m.group(3) or ""
    return (0, low) if "下" in bound else (low, float("inf")) if bound else (low, low)


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
