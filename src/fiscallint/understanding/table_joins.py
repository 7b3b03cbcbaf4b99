"""Tables a reader cut in two: the rows right after a table that carry no
header of their own go on with it (a page number, a long wrapped label or a
note between two rows ended the first reading)."""
from __future__ import annotations

import re

from fiscallint.model.tables import Row, Table
from fiscallint.understanding.cell_split import split_cells

_FOOTER_NAME = re.compile(r"^\S.*?(?:\s{2,}|\t)(?=第\s*[0-9０-９]+\s*页|[-–—－]\s*[0-9０-９]+\s*[-–—－]$)")


def rejoined(tables: list[Table], text: str) -> list[Table]:
    """A table cut by a line its reader could not place (a page number, a
    label wrapped long, a note) goes on in the rows right after it that have
    no header of their own and no more cells than its header names: one
    table, so that its 合计 is not checked against half its rows."""
    out: list[Table] = []
    heads: set[str] | None = None
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and heads is None and t.start - prev.end < _NEAR:
            heads = _running_heads(text)  # (worked out once, for the first pair close enough)
        if prev is not None and _goes_on(prev, t, text, heads or set()):
            prev.rows.extend(_in_tab_places(prev, t, text))
            prev.end = t.end
            continue
        out.append(t)
    return out


_NEAR = 600  # characters between two tables a page break may part
_PAGE_MARK = re.compile(r"^(?:第\s*[0-9０-９]+\s*页(?:\s*[/／,，]?\s*共\s*[0-9０-９]+\s*页)?|[-–—－]\s*[0-9０-９]+\s*[-–—－]|[0-9０-９]{1,3})$")


_RUNNING_HEAD = re.compile(r"(?![一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[、.．])"
                           r"(?:[^0-9０-９。；;：:，,\s]|(?:19|20)[0-9]{2}\s*年度?){4,40}")


def _running_heads(text: str) -> set[str]:
    """Lines printed again and again on their own (a PDF's running head: the
    unit's name and the report's title at each page's top)."""
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        line = line.strip()
        if 6 <= len(line) <= 40:
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= 3}


def _between(prev: Table, t: Table, text: str, heads: set[str]) -> tuple[list[str], list[str], bool]:
    """The lines between two tables, what they say but for a page's footer
    (its number, after a name: "某某会计师事务所有限公司      第 6 页") and the
    running heads, and whether a page's number stands among them."""
    lines = text[prev.end:t.start].split("\n")[1:]  # blank ones around a page number too
    said = [_FOOTER_NAME.sub("", line.strip()) for line in lines if line.strip() and line.strip() not in heads]
    paged = bool(said) and len(lines) <= 8 and any(_PAGE_MARK.match(x) for x in said)
    if paged:
        # past a page's number, the next page's running head: a title of no figure but a year
        said = [x for x in said if not _PAGE_MARK.match(x) and not _RUNNING_HEAD.fullmatch(x)]
        lines = [ln for ln in lines if ln.strip()]
    return lines, said, paged


def _goes_on(prev: Table, t: Table, text: str, heads: set[str]) -> bool:
    lines, said, paged = _between(prev, t, text, heads)
    if len(lines) > 5 or len(said) > 2:
        return False
    if t.header and t.header == prev.header and t.layout == prev.layout:
        # the header printed again after a page number ("- 9 -", "第 3 页"): the same table
        return paged or bool(said) and all(len(line) <= 12 and any(ch.isdigit() for ch in line) for line in said)
    if t.header or t.header_rows or not prev.header or prev.layout != t.layout or t.layout not in ("columns", "pipe", "tab-cells"):
        return False
    if any(len(line) > 24 or line.endswith("。") for line in said):
        return False  # (a sentence between them, "年度总体目标完成情况：全面完成…。": two blocks)
    return all(len(r.cells) <= len(prev.header) for r in t.rows)


def _in_tab_places(prev: Table, t: Table, text: str) -> list[Row]:
    """The rows that go on a table, each cell in its tab's place when every
    one of their lines has a tab for each of the table's columns ("22102\t住房
    改革支出\t62.22\t62.22\t\t\t…" after a page's number): not placed by where a
    tab stop put it on screen, which the part before the break did not share."""
    lines = []
    for r in t.rows:
        if not r.cells:
            return t.rows
        start = text.rfind("\n", 0, r.cells[0].start) + 1
        end = text.find("\n", start)
        lines.append((start, text[start:end if end >= 0 else len(text)]))
    if not prev.header or any(line.count("\t") != len(prev.header) - 1 for _, line in lines):
        return t.rows
    return [Row(split_cells(line, start, "\t", keep_trailing=True), r.line) for r, (start, line) in zip(t.rows, lines)]
