"""A claim: what the text says holds between its figures (a composition, a
share, a rate, a change …), the figure stated and the figures it is
computed from, and the recogniser that read it."""
from __future__ import annotations

from dataclasses import dataclass, field

from fiscallint.model.fact import Fact


@dataclass
class Claim:
    kind: str  # composition | share | rate | change | growth | crossref | identity | restatement | entity_total
    stated: Fact  # the figure the claim is about (a total, a share, a rate …)
    operands: list[Fact]
    relation: str = "eq"  # eq | le: computed ≤ stated | ge: computed ≥ stated | each_le: every operand ≤ stated
    how: str = ""  # how the claim was recognised, for `extract`
    decisive: bool = True  # False: only report when the author's meaning is clear
    direction: int = 0  # for changes: +1 增加, -1 减少
    variant: str = ""  # change: "delta" (C, D → rate) | "levels" (from A to B)
    alternatives: list[list[Fact]] = field(default_factory=list)  # other readings that make it hold
    alternative_relation: str = "eq"  # how an alternative reading must hold (le: parts at most the total)
    # a list that may leave items out (含 means "including"): parts short of
    # the total are no contradiction, parts above it are
    may_be_partial: bool = False
    # a prose list that nothing shows to be whole (no identity names all its
    # parts, no total word closes it): a shortfall no plain slip explains
    # may be items left out
    open_list: bool = False
    # other figures the stated one may be (a list opening a sentence may be of
    # any figure of the sentence before): the claim holds if it holds for one
    other_totals: list[Fact] = field(default_factory=list)
    # the recogniser that built it (a stable id, see rules/ledger.toml) and
    # the words that triggered it, so a false finding leads to its cause
    pattern: str = ""
    trigger: str = ""

    @property
    def facts(self) -> list[Fact]:
        return [self.stated, *self.operands]
