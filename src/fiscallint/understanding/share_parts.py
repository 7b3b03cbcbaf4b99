"""The figure a share (占…%) is of: the one just before it, unless its
words say another (a subject the share names, the rest, an average per
one, last year's figure)."""
from __future__ import annotations

import re

from fiscallint.support.wordbook import pattern, words
from fiscallint.model.fact import Analysis, Fact
from fiscallint.understanding.claim_text import _is_base

NEGATION = words("ratios", "negation")


def share_part(a: Analysis, f: Fact, before: list[Fact]) -> Fact | None:
    """The figure a share is of: the one just before it, unless the share's
    label names another subject (then the figure so named, or none). An
    average per one ("补贴251,160元，平均每台补贴20,930元，占…31.5%") is passed
    over for the figure before it, as is last year's figure; a share a change
    started from (由上年同期的15.18%) is no share of this year's figures."""
    # (and so is last year's figure, the base of a change: "…361,150.00元，折合36.12万元，比上年的33.34万元
    # 增长8.3%，占总收入的58.6%")
    if _FROM_VALUE.search(f.label):
        # "…较上年同期2,417.01万元减少…，占税收收入的比重由上年同期的15.18%下降至11.76%": the share a
        # change started from, last year's, of last year's whole
        a.note(f, "the share a change started from (由…): of a whole not stated")
        return None
    while len(before) > 1 and (_PER_ONE.search(before[-1].label) or _is_base(before[-1])) \
            and before[-2].q.dimension == before[-1].q.dimension:
        before = before[:-1]
    part = before[-1]
    if _THE_REST.search(a.doc.text, part.q.end, f.q.start):
        a.note(f, f"not the share of {part.q.shown()}: it is of the rest (其余)")
        return None  # "…公用经费653.33万元；其余为项目支出，占65.3%"
    if not _names_other_subject(f, part):
        return part
    named_part = _figure_named_by_share(f, before[:-1])
    if named_part is None:
        a.note(f, f"not the share of {part.q.shown()}: its label names another subject")
    return named_part


_THE_REST = pattern("ratios", "the_rest")
_FROM_VALUE = pattern("part_candidates", "from_value")  # 由上年同期的
_PER_ONE = pattern("ratios", "per_one")


NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")


_SHARE_SUBJECT = pattern("ratios", "share_subject")


def share_subject(share: Fact) -> str:
    return NOT_HAN.sub("", _SHARE_SUBJECT.sub("", share.label.strip()))


def _names_subject(label: str, subject: str) -> bool:
    """``label`` names ``subject``, and not its negation (非税收入 is not 税收)."""
    at = label.find(subject)
    return at >= 0 and label[at - 1:at] not in NEGATION


def _figure_named_by_share(share: Fact, before: list[Fact]) -> Fact | None:
    """"其中税收收入77864万元，…，非税收入31625万元，…，税收占收入的比重为71.1%":
    the latest figure before whose label names the share's subject."""
    subject = share_subject(share)
    if len(subject) < 2:
        return None
    return next((g for g in reversed(before) if _names_subject(g.label, subject)), None)


def _names_other_subject(share: Fact, part: Fact) -> bool:
    """"泛半导体产业产值36亿元，…，战略新兴产业增加值占比达25%": a share whose
    label names a subject of its own, unlike the figure before it, is that
    subject's share."""
    subject = share_subject(share)
    if len(subject) < 2:
        return False
    if subject in part.label and not _names_subject(part.label, subject):
        return True  # 非税收入 before a share of 税收
    head = part.label.find(subject[:2])
    if head > 0 and part.label[head - 1] in NEGATION:
        return True  # 非税收入 before a share of 税收收入
    grams = [subject[i:i + 2] for i in range(len(subject) - 1)]
    return sum(g in part.label for g in grams) * 2 < len(grams)
