"""Items numbered in order after a count: 一是…, 二是… on a line or a
paragraph each, and (一)…(二)… on one line; each item up to the next."""
from __future__ import annotations

import re

from fiscallint.support.numerals import heading_number
from fiscallint.support.wordbook import pattern

_ORDINAL_IS = pattern("structure", "ordinal_is")
_WRAPPED_ORDINAL = pattern("structure", "wrapped_ordinal")
_BRACKETED_ORDINAL = pattern("structure", "bracketed_ordinal")
_HEADING_LINE = pattern("analysis", "heading")


def ordinals_in_line(text: str, start: int) -> list[tuple[int, int]]:
    """The items 一是…, 二是… from ``start`` (which opens with 一是) to the
    line's end, each up to the next ordinal in order; none unless two or
    more follow in order."""
    first = _ORDINAL_IS.match(text, start)
    bracketed = _BRACKETED_ORDINAL.match(text, start) if first is None else None
    if bracketed is not None:
        return _bracketed_in_line(text, bracketed)
    if first is None or heading_number(first.group(0)[:-1]) != 1:
        return []
    stop = _wrapped_paragraph_end(text, start)
    if not text[:stop].rstrip().endswith("。"):
        return []  # (a paragraph going on past its line: a page's number or a wrap; read as a sentence)
    marks = [first.start()]
    for m in _WRAPPED_ORDINAL.finditer(text, first.end(), stop):  # (a wrap may part 四 and 是)
        if heading_number(m.group(1)) == len(marks) + 1 and text[m.start() - 1] in "。；;，, \u3000\n":
            marks.append(m.start())
    return [(a, b) for a, b in zip(marks, marks[1:] + [stop])] if len(marks) >= 2 else []


def _bracketed_in_line(text: str, first: re.Match) -> list[tuple[int, int]]:
    """"主要用于三个方面：(一)用于扶持…、…。(二)…。(三)…。" on one line: the items
    (一), (二) … in order, each up to the next; none unless two or more."""
    if heading_number(first.group(1)) != 1:
        return []
    stop = text.find("\n", first.end())
    stop = len(text) if stop < 0 else stop
    marks = [first.start()]
    for m in _BRACKETED_ORDINAL.finditer(text, first.end(), stop):
        if heading_number(m.group(1)) == len(marks) + 1 and text[m.start() - 1] in "。；;，, \u3000":
            marks.append(m.start())
    return [(a, b) for a, b in zip(marks, marks[1:] + [stop])] if len(marks) >= 2 else []


def _wrapped_paragraph_end(text: str, start: int, most_lines: int = 12) -> int:
    """The end of the line of ``start``, or of the paragraph a PDF's page width wrapped
    from it: up to a line ending a sentence before a blank line, a heading or the end."""
    stop = text.find("\n", start)
    for _ in range(most_lines):
        if stop < 0:
            return len(text)
        nxt = text.find("\n", stop + 1)
        line = text[stop + 1:nxt if nxt >= 0 else len(text)]
        if text[:stop].rstrip().endswith("。") or not line.strip() or _HEADING_LINE.match(line):
            return stop
        stop = nxt
    return stop if stop >= 0 else len(text)


def ordinal_paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """The paragraphs from the line after ``start`` that open with 一是, 二是 …
    in order, blank lines between them or not ("存在以下三个方面的问题：" then a
    paragraph each); none unless the first is 一是."""
    spans: list[tuple[int, int]] = []
    pos = start + 1
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if line.strip():
            lead = len(line) - len(line.lstrip(" \t\u3000"))
            m = _ORDINAL_IS.match(text, pos + lead)
            if m is None or heading_number(m.group(0)[:-1]) != len(spans) + 1:
                break
            spans.append((m.start(), stop))
        pos = stop + 1
    return spans
