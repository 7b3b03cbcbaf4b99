"""A list of parts one item a line: "支出合计6449万元，其中：" then lines marked
alike ("——一般公共服务支出1650万元，增长40.78%；", "1、…", "（一）…"), each line's
first figure a part, up to a line marked otherwise."""
from __future__ import annotations

from dataclasses import replace

from fiscallint.support.wordbook import pattern
from fiscallint.model.claim import Claim
from fiscallint.model.fact import Analysis, Fact, Sentence
from fiscallint.understanding.claim_text import _levels, _same_dim
from fiscallint.understanding.composition_parts import _make_composition, _primary_totals

_BULLET = pattern("compositions", "bullet")


_ONLY_TRIGGERS = pattern("compositions", "only_triggers")


def bulleted_list(a: Analysis, by_sentence, s: Sentence, facts: list[Fact], trigger_end: int, word: str,
                  at: int) -> Claim | None:
    """"支出合计6449万元，其中：" then one item a line ("——一般公共服务支出1650万元，
    增长40.78%；"): the parts are the first figure of each bulleted line."""
    text = a.doc.text
    if not _ONLY_TRIGGERS.fullmatch(text, trigger_end, s.end):
        return None
    levels = _levels([f for f in facts if f.q.end <= at])
    totals = _primary_totals(levels, text)
    if not totals:
        return None
    total = totals[-1]
    first_item = next((f for f in _levels(by_sentence.get(s.index + 1, [])) if _BULLET.match(text, f.sentence.start)), None)
    if first_item is not None and not _same_dim(first_item, total):
        # "预算2322.42万元，共4个项目，分别为：" over "1.…650.00万元": the items' measure's total
        total = next((f for f in reversed(levels) if _same_dim(f, first_item) and not f.q.approx), total)
    parts: list[Fact] = []
    item_end = -1  # where the line of the last item ends: its later sentences are its own
    style = None  # the first item's bullet: an item marked otherwise ("1、…" then "(二)…") ends the list
    for idx in range(s.index + 1, len(a.sentences)):
        sent = a.sentences[idx]
        if sent.start < item_end:
            continue  # "1.财政拨款收入364.66万元，…。较上年减少24.15万元…": the item's line goes on
        bullet = _BULLET.match(text, sent.start)
        if not bullet or (style is not None and _bullet_style(bullet.group(0)) != style):
            break
        style = style or _bullet_style(bullet.group(0))
        item_end = a.doc.end_of_line(sent.start)
        first = next((f for f in _levels(by_sentence.get(idx, [])) if _same_dim(f, total)), None)
        if first is None:
            break
        parts.append(first)
    if len(parts) < 2:
        return None
    claim = _make_composition(a, total, parts, word, at)
    return replace(claim, how=claim.how + ", one item a line", list_closed=True)


def _bullet_style(bullet: str) -> str:
    """How an item is marked, whatever its number: "1、", "2、" and "3." alike,
    "（一）" and "(二)" alike, "——" alike."""
    mark = bullet.strip()
    if mark[:1] in "（(":
        return "(cn)" if mark[1:2] in _CN_DIGITS else "(0)"
    if mark[:1].isdigit():
        return "0"  # ("1、" and "3." alike: a typist's slip of the mark, not a new level)
    return mark[:1]


_CN_DIGITS = "一二三四五六七八九十"


def dash_items_under(a: Analysis, by_sentence, s: Sentence, covered: set[int]) -> Claim | None:
    """"2、住院收入17,994.39万元" alone on its line (a numbered item with its
    figure), then lines bulleted by a dash ("——床位收入842.64万元", …): the
    bulleted lines' first figures are its parts, as a hospital's income
    list prints them."""
    text = a.doc.text
    line_start = a.doc.start_of_line(s.start)
    if s.start != line_start or not _NUMBERED_ITEM.match(text, s.start) or a.doc.end_of_line(s.start) > s.end + 1:
        return None
    levels = _levels(by_sentence.get(s.index, []))
    if len(levels) != 1 or levels[0].q.approx or id(levels[0]) in covered:
        return None
    total, parts = levels[0], []
    for idx in range(s.index + 1, len(a.sentences)):
        sent = a.sentences[idx]
        if not _DASH_ITEM.match(text, sent.start) or sent.start != a.doc.start_of_line(sent.start):
            break
        first = next((f for f in _levels(by_sentence.get(idx, [])) if _same_dim(f, total)), None)
        if first is None or id(first) in covered:
            return None
        parts.append(first)
    if len(parts) < 2:
        return None
    claim = _make_composition(a, total, parts, "——", parts[0].q.start)
    return replace(claim, how=claim.how + ", one dash-bulleted item a line", list_closed=True, pattern="sum.dash-items",
                   trigger="——")


_NUMBERED_ITEM = pattern("item_lists", "numbered_item")
_DASH_ITEM = pattern("row_tree", "dash_bullet")
