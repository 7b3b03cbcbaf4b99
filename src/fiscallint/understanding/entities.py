"""The unit each part of a compiled report speaks for.

A county department's 部门决算汇编 holds its own summary and then each
subordinate unit's 决算说明, under a heading naming the unit ("二、某县农业
技术推广中心2023年度决算说明"). Each unit states its own 基本支出, its own
“三公”经费 and its own counts: a figure under one unit's heading is never
the same fact as another unit's, nor the base of its change. A figure's
entity is what the nearest such heading above it names, until the next
part of the report (第三部分 名词解释); a report that names fewer than two
units in its headings has none (its one unit is the report's). (A heading
of the unit's level naming none does not close it: a numbered row of a
table, "一、收入", looks like one.)
"""
from __future__ import annotations

from fiscallint.support.wordbook import pattern

_HEADING_LEVEL = pattern("analysis", "heading_level")
_ENTITY_HEADING = pattern("entities", "heading")
_PART = pattern("entities", "part")


def mark_entities(facts: list, text: str) -> None:
    """Mark each figure (in text order) with the unit it is of, where a
    compiled report names several: ``extras["entity"]``."""
    scopes = entity_scopes(text)
    k = -1
    for f in facts:
        while k + 1 < len(scopes) and scopes[k + 1][0] <= f.q.start:
            k += 1
        if k >= 0 and scopes[k][1]:
            f.extras["entity"] = scopes[k][1]


def entity_scopes(text: str) -> list[tuple[int, str | None]]:
    """(offset, entity) from each place the entity changes on, in order;
    empty when the headings name fewer than two units."""
    headings: list[tuple[int, str | None]] = []  # (offset, entity named; None: a part of the report)
    offset = 0
    for line in text.split("\n"):
        part = _PART.match(line)
        m = part or _HEADING_LEVEL.match(line)
        if m and not _table_row(line):
            named = _ENTITY_HEADING.match(line, m.end())
            if named or part:
                headings.append((offset, named.group("entity") if named else None))
        offset += len(line) + 1
    if len({e for _, e in headings if e}) < 2:
        return []
    scopes: list[tuple[int, str | None]] = []
    for at, entity in headings:
        if entity or (scopes and scopes[-1][1]):
            scopes.append((at, entity))
    return scopes


def _table_row(line: str) -> bool:
    """A row of a table whose label is numbered ("一、收入\t…", "| 二、支出 |"): no heading."""
    return "\t" in line or "|" in line or "   " in line.strip()
