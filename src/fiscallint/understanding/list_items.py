"""The items of an enumeration in prose ("A、B和C", "（1）…（2）…", "1、…；2、…"): where each
item begins and ends, for the counts of :mod:`structure` to be checked against."""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern
from fiscallint.support.numerals import thousands_comma
from fiscallint.support.brackets import top_level

MARKER = pattern("structure", "marker")
_SEMICOLON = re.compile(r"[；;]")
_JOIN_WORD = pattern("structure", "join_word")
_OWN_LEVEL_AND = pattern("structure", "own_level_and")
_LONE_NUMBER = re.compile(r"\s*[0-9０-９]{1,2}\s*")
_DIGIT = re.compile(r"[0-9０-９]")
_FULL = str.maketrans("０１２３４５６７８９", "0123456789")


def split_items(text: str, start: int, end: int, join: str = "same_kind") -> list[tuple[int, int]]:
    """Spans of the items of an enumeration in text[start:end]: split at 、，；
    outside brackets (at ；only, when the list uses it: 、 then separates
    sub-items), or at list markers （1）（2）… or 1、2、… when it has them.
    ``join`` says when "A和B" ending the list is two items: "always", or
    "same_kind" (东坡村和南塘村, not 自然资源和生态环境办公室)."""
    body = text[start:end]
    markers = [m for m in MARKER.finditer(body)]
    if len(markers) < 2:
        markers = _numbered_markers(body)
    if len(markers) >= 2:
        spans = []
        for i, m in enumerate(markers):
            s = start + m.end()
            e = start + (markers[i + 1].start() if i + 1 < len(markers) else len(body))
            spans.append((s, e))
        return spans
    seps = "；;" if _SEMICOLON.search(outside_brackets(body)) else "、，,；;"
    spans, s = [], start
    for i in top_level(text, start, end):
        if text[i] in seps and not thousands_comma(text, i):
            spans.append((s, i))
            s = i + 1
    spans.append((s, end))
    if seps != "；;":
        # "A、B和C": the last item may join two
        a, b = spans[-1]
        m = _JOIN_WORD.search(outside_brackets(text[a:b]))
        last = text[a:b].rstrip(" \t\u3000。.，,；;：:")[-1:]
        # where the join word stands in the text, outside brackets
        at = next((i for i in top_level(text, a, b) if text.startswith(m.group(0), i)), -1) if m else -1
        before = at - 1
        if at > a and text[before] in "）)":  # "职工基本医疗保险基金（含生育保险）和城乡居民…": the name before its bracket
            before = max(text.rfind("（", a, before), text.rfind("(", a, before)) - 1
        # "东坡村和南塘村" joins two of a kind; "自然资源和生态环境办公室" is one name
        if at - a > 1 and b - (at + len(m.group(0))) > 1 and before >= a \
                and (join == "always" or join == "same_kind" and text[before] == last):
            spans[-1:] = [(a, at), (at + len(m.group(0)), b)]
    # a lone list number ("1、" opening a list cut short) is no item
    return [(a, b) for a, b in _own_levels_apart(text, spans) if text[a:b].strip(" \t\u3000。.，,；;：:")
            and not _LONE_NUMBER.fullmatch(text[a:b])]


def _own_levels_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"临江街道本级及退役军人服务站": the unit's own level and another unit, two items
    (not "本级及所属事业单位11个": a count of its own)."""
    out = []
    for a, b in spans:
        m = _OWN_LEVEL_AND.search(text, a, b)
        two = m is not None and m.end() < b - 1 and not _DIGIT.search(text, m.end(), b)
        out.extend([(a, m.start() + 2), (m.end(), b)] if two else [(a, b)])
    return out


_ARABIC_MARKER = re.compile(r"(?<![0-9０-９.．])([0-9０-９]{1,2})\s*[、．.](?![0-9０-９])")


def _numbered_markers(body: str) -> list[re.Match]:
    """"1、A；2、B；3、C" inside a list: markers numbered 1, 2, 3 … in order."""
    out = []
    for m in _ARABIC_MARKER.finditer(body):
        if int(m.group(1).translate(_FULL)) == len(out) + 1:
            out.append(m)
    return out


def outside_brackets(body: str) -> str:
    return "".join(body[i] for i in top_level(body, 0, len(body)))
