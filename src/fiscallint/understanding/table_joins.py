"""Tables a reader cut in two: the rows right after a table that carry no
header of their own go on with it (a page number, a long wrapped label or a
note between two rows ended the first reading)."""
from __future__ import annotations

import re

from fiscallint.model.tables import Table

_FOOTER_NAME = re.compile(r"^\S.*?(?:\s{2,}|\t)(?=第\s*[0-9０-９]+\s*页|[-–—－]\s*[0-9０-９]+\s*[-–—－]$)")


def rejoined(tables: list[Table], text: str) -> list[Table]:
    """A table cut by a line its reader could not place (a page number, a
    label wrapped long, a note) goes on in the rows right after it that have
    no header of their own and no more cells than its header names: one
    table, so that its 合计 is not checked against half its rows."""
    out: list[Table] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and _goes_on(prev, t, text):
            prev.rows.extend(t.rows)
            prev.end = t.end
            continue
        out.append(t)
    return out


def _goes_on(prev: Table, t: Table, text: str) -> bool:
    lines = text[prev.end:t.start].split("\n")[1:]  # the lines between, blank ones around a page number too
    # a page's footer: its number, after a name ("某某会计师事务所有限公司      第 6 页")
    said = [_FOOTER_NAME.sub("", line.strip()) for line in lines if line.strip()]
    if len(lines) > 5 or len(said) > 2:
        return False
    if t.header and t.header == prev.header and t.layout == prev.layout:
        # the header printed again after a page number ("- 9 -", "第 3 页"): the same table
        return bool(said) and all(len(line) <= 12 and any(ch.isdigit() for ch in line) for line in said)
    if t.header or t.header_rows or not prev.header or prev.layout != t.layout or t.layout not in ("columns", "pipe", "tab-cells"):
        return False
    if any(len(line) > 24 or line.endswith("。") for line in said):
        return False  # (a sentence between them, "年度总体目标完成情况：全面完成…。": two blocks)
    return all(len(r.cells) <= len(prev.header) for r in t.rows)
