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

Shares that name no whole at all ("教育支出7423.78万元，占88.63%；…") are of the
figure just before their list that the wholes they imply agree with
(``share.of-figure-before``).
"""
from __future__ import annotations

from dataclasses import dataclass

from fiscallint.model.claim import Claim, ClaimKind, Relation
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.intervals import HUNDRED, Interval
from fiscallint.understanding.headings import LEVELS, headings


PATTERN = "share.same-whole"
_RESPECTIVELY = "分别"


@dataclass(frozen=True)
class OrphanShare:
    """A share whose part was found and whose whole, though named, was not."""

    share: Fact
    part: Fact
    whole_name: str


def shares_of_unstated_wholes(a: Analysis, by_sentence, orphans: list[OrphanShare]) -> list[Claim]:
    """The claims of the shares whose whole was not found: of a whole they
    name, and of none."""
    named = [o for o in orphans if o.whole_name]
    bare = [o for o in orphans if not o.whole_name]
    return shares_of_one_whole(a, named) + shares_of_the_figure_before(by_sentence, bare)


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
        key = (o.whole_name, _section(sections, a, o.share), o.share.phase or a.default_phase, o.share.year,
               o.part.q.dimension)
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
    return o.part.q.interval() / share * HUNDRED


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


BARE_PATTERN = "share.of-figure-before"
_LOOK_BACK = 4  # sentences: a heading ("（二）结构情况。") and a change may stand between


def shares_of_the_figure_before(by_sentence, bare: list[OrphanShare]) -> list[Claim]:
    """"（二）结构情况。教育支出7423.78万元，占88.63%；社会保障和就业支出597.80万元，
    占7.14%；…", after "一般公共预算财政拨款支出8376.10万元": shares that name no whole,
    two or more in a sentence, are of the figure before them (in their sentence
    or a few before) that the wholes they imply agree with, all but one at
    most; with no such figure, or two, they are left alone."""
    by: dict[int, list[OrphanShare]] = {}
    for o in bare:
        by.setdefault(o.share.sentence.index, []).append(o)
    out: list[Claim] = []
    for index, group in by.items():
        whole = _whole_before(by_sentence, index, group)
        if whole is None:
            continue
        out.extend(Claim(ClaimKind.SHARE, o.share, [o.part, whole], Relation.EQ,
                         f"占 (no whole named): the figure before its list, {whole.q.shown()}, that the shares imply",
                         pattern=BARE_PATTERN, trigger=o.share.label.strip()[-8:]) for o in group)
    return out


def _whole_before(by_sentence, index: int, group: list[OrphanShare]) -> Fact | None:
    """The one figure before the shares of sentence ``index`` that the
    wholes they imply agree with (all but one at most), or None."""
    if len(group) < 2 or len({id(o.part) for o in group}) < len(group):
        return None
    implied = [_implied_whole(o) for o in group]
    if any(iv is None for iv in implied):
        return None
    first = min(o.part.q.start for o in group)
    near = [g for back in range(_LOOK_BACK, -1, -1) for g in by_sentence.get(index - back, [])]
    cands = [g for g in near if g.role == "level" and g.q.start < first and not g.q.approx and not g.q.is_percent
             and g.q.dimension == group[0].part.q.dimension]
    fits = [(sum(iv.meets(w.q.interval()) for iv in implied), w) for w in cands]
    best = max((n for n, _ in fits), default=0)
    if best < max(2, len(group) - 1) or len({w.q.value for n, w in fits if n == best}) != 1:
        return None
    return next(w for n, w in reversed(fits) if n == best)
