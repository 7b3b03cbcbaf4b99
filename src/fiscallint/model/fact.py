"""Facts: a quantity read in its sentence, with its label, role, concept,
phase and year; the sentences; the analysis of a document that holds them."""
from __future__ import annotations

import re
from dataclasses import FrozenInstanceError, dataclass, field
from types import MappingProxyType

from fiscallint.model.vocabulary import Phase
from fiscallint.model.document import Document
from fiscallint.model.quantity import Quantity
from fiscallint.support.lexicon import Lexicon


_LABEL_STRIP = " \t\u3000（()）【】[]“”\"'《》—-"

_HAN = re.compile(r"[\u4e00-\u9fff]")

_WORDS_TAIL = re.compile(r"(?:为|是|达到|达|了|共计|合计|(?<![总小])计|共|约)+$")  # 总计, 小计 are names, not 总, 小 and a verb

_CUT_PUNCT = ".．、)）"
# an item's number before its name ("（三）农林水支出", "2.项目支出", "一、"): no part of the name
ITEM_NUMBER = re.compile(r"\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.．、](?![0-9０-９])|[一二三四五六七八九十]{1,3}、)")
_ITEM_NUMBER = re.compile("^" + ITEM_NUMBER.pattern)
_SAYS_NOTHING = frozenset(("的", "之", "和", "及", "与"))

_NAME_NOISE = re.compile(r"(?:19|20)[0-9]{2}\s*年度?|本部门|本单位|其中|[为是了]$|\s")


@dataclass
class Sentence:
    index: int
    start: int
    end: int


@dataclass
class Fact:
    q: Quantity
    sentence: Sentence
    label: str
    label_start: int
    role: str = "level"  # level | delta | share | rate | growth | descriptor
    direction: int = 0  # +1 增加, -1 减少, for delta and growth
    concept: str | None = None
    tight: bool = False  # the concept ends the label: "基本支出3933.42万元"
    phase: str | None = None
    year: str | None = None
    qualifiers: frozenset[str] = frozenset()
    extras: dict = field(default_factory=dict)

    def seal(self) -> None:
        """Make the fact read-only: the analysis builds it in steps (its
        label, role, concept, phase, year, then its table cell); every stage
        after it only reads it. (A sealed fact is a :class:`SealedFact`, so
        building one costs nothing more.)"""
        self.extras = MappingProxyType(self.extras)  # a view: nothing else holds the dict
        self.__class__ = SealedFact

    @property
    def words(self) -> str:
        """The figure's name in the report's own words (its label without
        years, 其中 and fillers: "全年执行数"), for messages; '' when the label
        says nothing."""
        lab = _ITEM_NUMBER.sub("", _NAME_NOISE.sub("", self.label)).strip(_LABEL_STRIP + "，,：:")
        cut = _WORDS_TAIL.sub("", lab).strip(_LABEL_STRIP + "，,：:")
        lab = cut if len(cut) > 1 else lab  # 总计 is a name, not 总 and a verb
        if lab in _SAYS_NOTHING:
            return ""  # "…1528万元的48%": a particle names nothing
        # cut to its last words, which must not begin with the tail of an
        # item number ("2.公务用车…" → "公务用车…", not ".公务用车…")
        if not _HAN.search(lab):
            return ""
        # a name cut short says so ("…府办公厅（室）及相关机构事务"), not a new word
        return lab if len(lab) <= 14 else "…" + lab[-14:].lstrip(_CUT_PUNCT)

    @property
    def name(self) -> str:
        """A short name for messages: the concept (with its phase when the
        label names one), else the label without years and filler words."""
        if self.role in ("delta", "growth", "share", "rate", "descriptor") or not self.concept:
            lab = _NAME_NOISE.sub("", self.label).strip(_LABEL_STRIP + "，,：:")
            return "" if lab in _SAYS_NOTHING else lab[-10:]
        phase = next((p for p in (Phase.INITIAL_BUDGET, Phase.ADJUSTED_BUDGET, Phase.LAST_YEAR) if p == self.phase and p[:2] in self.label), "")
        return f"{phase}{self.concept}" if phase and phase not in self.concept else self.concept


class SealedFact(Fact):
    """A fact whose analysis is done: reading it is all that is left."""

    def __setattr__(self, name: str, value) -> None:
        raise FrozenInstanceError(f"a fact is read-only once its analysis is done (setting {name!r})")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"a fact is read-only once its analysis is done (deleting {name!r})")


@dataclass
class Analysis:
    doc: Document
    quantities: list[Quantity]
    skipped: list[tuple[int, int, str]]
    sentences: list[Sentence]
    facts: list[Fact]
    lexicon: Lexicon
    default_phase: str = Phase.FINAL.value
    tables: list = field(default_factory=list)
    year: str | None = None
    # readings the claim builders considered and set aside: (figure, why),
    # for `fiscallint explain`
    notes: list = field(default_factory=list)
    # the national and the user's forms tables are matched against (None:
    # the built-in ones)
    forms: tuple | None = None

    def note(self, fact: "Fact", why: str) -> None:
        self.notes.append((fact, why))

    def with_concept(self, concept: str, of_unit: Fact | None = None) -> list[Fact]:
        """The facts labelled with ``concept``, in text order (indexed once);
        only those of ``of_unit``'s unit, where a compiled report holds several
        (:mod:`fiscallint.understanding.entities`)."""
        index = self.__dict__.get("_by_concept")
        if index is None:
            index = {}
            for f in self.facts:
                if f.concept:
                    index.setdefault(f.concept, []).append(f)
            self.__dict__["_by_concept"] = index
        found = index.get(concept, [])
        if of_unit is None:
            return found
        unit = of_unit.extras.get("entity")
        return [f for f in found if f.extras.get("entity") == unit]

    def phases_stated(self) -> frozenset:
        """The phases some figure of the document is of (gathered once)."""
        phases = self.__dict__.get("_phases")
        if phases is None:
            phases = self.__dict__["_phases"] = frozenset(f.phase for f in self.facts if f.phase)
        return phases
