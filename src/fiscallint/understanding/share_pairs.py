"""Shares of one whole that the text names but never states (FL102,
``share.same-whole``).

"项目支出48100元，占支出总预算的4.43%" and, in the same section,
"…支出850088.3元，占支出总预算78.33%": no figure is labelled 支出总预算, so
neither share can be checked against its whole, but each implies the whole
(part / share), and the two must imply the same one. A share is compared
with the share whose implied whole most others agree with, so one slip
gives one finding; two shares that disagree give one finding naming both.

Silent when the shares differ in phase or year, when a heading of the top
level stands between them, or when the whole is named only by a word any
total is called (总数, 合计 …): those may be two wholes.
"""
from __future__ import annotations

from dataclasses import dataclass

from fiscallint.model.claim import Claim, ClaimKind, Relation
from fiscallint.model.fact import Analysis, Fact
from decimal import Decimal

from fiscallint.model.intervals import Interval
from fiscallint.understanding.structure import LEVELS, headings

_HUNDRED = Interval(Decimal(100), Decimal(100))

PATTERN = "share.same-whole"
_RESPECTIVELY = "分别"


@dataclass(frozen=True)
class OrphanShare:
    """A share whose part was found and whose whole, though named, was not."""

    share: Fact
    part: Fact
    whole_name: str


def shares_of_one_whole(a: Analysis, orphans: list[OrphanShare]) -> list[Claim]:
    named = [o for o in orphans if _names_one_whole(a, o)]
    # "A、B、C分别为…，占全国规模的25.8%、46.6%和27.6%": shares of one list
    # pair with its figures by position, which a share's part does not know
    in_sentence: dict[tuple, int] = {}
    for o in named:
        key = (o.share.sentence.index, o.whole_name)
        in_sentence[key] = in_sentence.get(key, 0) + 1
    named = [o for o in named if in_sentence[(o.share.sentence.index, o.whole_name)] == 1
             and _RESPECTIVELY not in a.doc.text[o.share.sentence.start:o.share.q.start]]
    if len(named) < 2:
        return []
    sections = _top_level_starts(a)
    groups: dict[tuple, list[OrphanShare]] = {}
    for o in named:
        key = (o.whole_name, _section(sections, a, o.share), o.share.phase, o.share.year, o.part.q.dimension)
        groups.setdefault(key, []).append(o)
    out = []
    for members in groups.values():
        if len(members) >= 2:
            out.extend(_claims_of_group(members))
    return out


def _names_one_whole(a: Analysis, o: OrphanShare) -> bool:
    """A whole named by words of its own, not by what any total is called
    (总数) nor relative to each part (同类产品)."""
    name = o.whole_name
    if len(name) < 2 or name in a.lexicon.generic_wholes or o.part.q.is_percent:
        return False
    return not any(w in name for w in a.lexicon.own_wholes)


def _claims_of_group(members: list[OrphanShare]) -> list[Claim]:
    implied = [_implied_whole(o) for o in members]
    if any(iv is None for iv in implied):
        return []
    agree = [sum(iv.meets(other) for other in implied) for iv in implied]
    reference = max(range(len(members)), key=lambda k: (agree[k], -k))
    ref = members[reference]
    out = []
    for k, o in enumerate(members):
        if k == reference:
            continue
        out.append(Claim(ClaimKind.SHARE, o.share, [o.part, ref.part, ref.share], Relation.EQ,
                         f"占{o.whole_name}, a whole stated nowhere: the whole the share of {ref.part.q.shown()} implies",
                         variant="same-whole", pattern=PATTERN, trigger=o.share.label.strip()[-8:]))
    return out


def _implied_whole(o: OrphanShare) -> Interval | None:
    share = o.share.q.interval()
    if share.lo <= 0:
        return None
    return o.part.q.interval() / share * _HUNDRED


def _top_level_starts(a: Analysis) -> list[int]:
    """Line numbers of the headings of the top level the text uses (一、)."""
    heads = headings(a.doc.text)
    if not heads:
        return []
    top = min((h.style for h in heads), key=LEVELS.index)
    return [h.line for h in heads if h.style == top]


def _section(starts: list[int], a: Analysis, f: Fact) -> int:
    line, _ = a.doc.position(f.q.num_start)
    return sum(1 for s in starts if s <= line)
