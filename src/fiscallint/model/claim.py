"""A claim: what the text says holds between its figures (a composition, a
share, a rate, a change …), the figure stated and the figures it is
computed from, and the recogniser that read it."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from fiscallint.model.fact import Fact


class _Word(str, Enum):
    """An enum whose members are their words: compared, printed and written
    to JSON as the plain string."""

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


class ClaimKind(_Word):
    """What a claim says holds between its figures."""

    COMPOSITION = "composition"  # a total and its parts
    SHARE = "share"  # a part as a percentage of a whole
    RATE = "rate"  # actual / planned (执行率, 完成率)
    CHANGE = "change"  # the difference to a base (增加 X)
    GROWTH = "growth"  # a growth rate (增长 X%)
    CROSSREF = "crossref"  # a concept's figure stated twice
    IDENTITY = "identity"  # figures stated apart that an identity relates
    RESTATEMENT = "restatement"  # a count described by the same words twice
    ENTITY_TOTAL = "entity_total"  # a count of villages against the whole
    SCORE = "score"  # a score against its points and rate
    FORM_LINEAR = "form_linear"  # a form's identity over its cells
    ROW_CHANGE = "row_change"  # a table row's 增减额 = 本年 − 上年
    ROW_GROWTH = "row_growth"  # a table row's 增减率 = 增减额 / 上年
    PRODUCT = "product"  # an amount = a count × a standard per unit (× days)


class Relation(_Word):
    """How the computed value must stand to the stated one."""

    EQ = "eq"  # equal within rounding
    LE = "le"  # computed ≤ stated (parts at most the total)
    GE = "ge"  # computed ≥ stated
    EACH_LE = "each_le"  # every operand ≤ stated


# each member by its word (a member is its word, so it finds itself): a
# claim is made hundreds of thousands of times in a run, Enum's call is slow
_KINDS: dict[str, ClaimKind] = {k.value: k for k in ClaimKind}
_RELATIONS: dict[str, Relation] = {r.value: r for r in Relation}

# a composition of scores whose variant goes on with each score's cap (its
# row's 分值, comma-separated): a score is at most its points
SCORES_CAPPED = "scores-capped:"
# a composition whose stated figure is an indicator's points: written whole, they are exact
# (its points are set, not rounded: "该项分值5分，得4.58分，扣0.42分")
EXACT_POINTS = "exact-points"
# a table column's rows, one figure each, that add up to their total row's figure in
# another column: which column they stand in is unclear (FL101 tells it as info)
ANOTHER_COLUMNS_PARTS = "another-columns-parts"
# a score's variant: full marks where a bare target and a bare outcome stand far
# apart, which may measure different things (FL301 tells it as info)
BARE_FIGURES = "bare-figures"
# a product's variant: a standard per month paid to persons the whole year (× 12)
MONTHS_OF_A_YEAR = "months-of-a-year"


@dataclass(frozen=True)
class Claim:
    kind: ClaimKind  # a ClaimKind or its word; an unknown word is an error
    stated: Fact  # the figure the claim is about (a total, a share, a rate …)
    operands: list[Fact]
    relation: Relation = Relation.EQ
    how: str = ""  # how the claim was recognised, for `extract`
    decisive: bool = True  # False: only report when the author's meaning is clear
    direction: int = 0  # for changes: +1 增加, -1 减少
    variant: str = ""  # change: "delta" (C, D → rate) | "levels" (from A to B)
    alternatives: list[list[Fact]] = field(default_factory=list)  # other readings that make it hold
    alternative_relation: Relation = Relation.EQ  # how an alternative reading must hold (le: parts at most the total)
    # a list that may leave items out (含 means "including"): parts short of
    # the total are no contradiction, parts above it are
    may_be_partial: bool = False
    # a prose list that nothing shows to be whole (no identity names all its
    # parts, no total word closes it): a shortfall no plain slip explains
    # may be items left out
    open_list: bool = False
    # a list whose end the layout marks (one item a line, each with its
    # bullet): it cannot run on into the next clause, so no shorter reading
    # of it is tried
    list_closed: bool = False
    # other figures the stated one may be (a list opening a sentence may be of
    # any figure of the sentence before): the claim holds if it holds for one
    other_totals: list[Fact] = field(default_factory=list)
    # the recogniser that built it (a stable id, see rules/ledger.toml) and
    # the words that triggered it, so a false finding leads to its cause
    pattern: str = ""
    trigger: str = ""

    def __post_init__(self) -> None:
        # frozen: a claim changes only by dataclasses.replace, which makes a new one
        object.__setattr__(self, "kind", _KINDS.get(self.kind) or ClaimKind(self.kind))
        object.__setattr__(self, "relation", _RELATIONS.get(self.relation) or Relation(self.relation))
        object.__setattr__(self, "alternative_relation",
                           _RELATIONS.get(self.alternative_relation) or Relation(self.alternative_relation))

    @property
    def facts(self) -> list[Fact]:
        return [self.stated, *self.operands]


@dataclass
class CountClaim:
    """A count against the list it counts (FL204): "党政机构5个" and the names
    after it."""
    count: Fact
    items: list[tuple[int, int]]  # spans of the listed items
    relation: str  # eq | ge: the count is at least the items listed (…等N个)
    how: str
    # how many items other readings of the list give (where it ends, whether
    # "A和B" is one item or two): the count holds when any reading agrees
    readings: frozenset[int] = frozenset()

    @property
    def listed(self) -> int:
        return len(self.items)

    @property
    def holds(self) -> bool:
        n = int(self.count.q.value)
        counts = self.readings | {self.listed}
        return n >= min(counts) if self.relation == "ge" else n in counts
