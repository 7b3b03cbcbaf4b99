"""A budget adjusted in the year, stated in one sentence (FL101,
``sum.initial-plus-added``): "年初预算为860.00万元，年中追加预算120.50万元，调整后
全年预算为980.50万元" — the year's budget is the initial one and what was
added to it. Only additions: a sentence that also takes something off
(调减, 核减) is left alone, and so is one with any other figure between
the initial budget and the year's."""
from __future__ import annotations

from fiscallint.model.claim import Claim, ClaimKind, Relation
from fiscallint.model.fact import Analysis, Fact
from fiscallint.model.vocabulary import Phase
from fiscallint.support.wordbook import pattern

PATTERN = "sum.initial-plus-added"
_ADDED = pattern("budget_additions", "added")
_TAKEN_OFF = pattern("budget_additions", "taken_off")


def budget_additions(a: Analysis, by_sentence) -> list[Claim]:
    out = []
    for facts in by_sentence.values():
        for k, f in enumerate(facts):
            if f.phase == Phase.INITIAL_BUDGET and f.role == "level" and _ADDED.search(f.label) is None \
                    and _names_initial_budget(a, f):
                claim = _added_then_whole(a, f, facts[k + 1:])
                if claim is not None:
                    out.append(claim)
    return out


def _names_initial_budget(a: Analysis, f: Fact) -> bool:
    """The figure's own label names the initial budget ("年初预算260.00万元"),
    not a part of it that took the phase from its sentence ("其中…村集体自筹20.00万元")."""
    return any(phase == Phase.INITIAL_BUDGET for _, _, phase in a.lexicon.phases_in(f.label))


def _names_adjusted_budget(a: Analysis, f: Fact) -> bool:
    """The figure's own label names the year's budget ("调整后全年预算为980.50万元"),
    not another figure that took the phase from its sentence ("（…追加36.00万元），上年结转24.80万元")."""
    return any(phase == Phase.ADJUSTED_BUDGET for _, _, phase in a.lexicon.phases_in(f.label))


def _added_then_whole(a: Analysis, initial: Fact, rest: list[Fact]) -> Claim | None:
    added: list[Fact] = []
    for g in rest:
        if g.q.dimension != initial.q.dimension or g.q.approx or g.q.is_percent:
            return None
        if _TAKEN_OFF.search(g.label):
            return None
        if _ADDED.search(g.label):
            added.append(g)
            continue
        if added and g.role == "level" and g.phase == Phase.ADJUSTED_BUDGET and _names_adjusted_budget(a, g):
            return Claim(ClaimKind.COMPOSITION, g, [initial, *added], Relation.EQ,
                         "the year's budget: the initial one and what was added to it",
                         pattern=PATTERN, trigger=added[0].label.strip()[-6:])
        return None
    return None
