"""The declarative packs in ``rules/``: label synonyms, trigger words and
identities. Parsed with tomllib; nothing in them is ever evaluated."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from fiscallint.support.resources import read_text
from fiscallint.support.wordbook import pattern

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


_MEMO_SIZE = 1 << 14  # answers kept per kind of question (labels repeat): a few MB at most, however long the run


def _remembered(method):
    """A method of the lexicon answering for one string from its words alone,
    each answer kept with the lexicon (labels repeat: 本年支出, 基本支出 …).
    Only for answers nobody changes (a tuple, a frozenset, a bool)."""
    key = "_memo_" + method.__name__

    def answer(self, text: str):
        return self.memo(key, method, text)

    answer.__name__, answer.__doc__, answer.__wrapped__ = method.__name__, method.__doc__, method
    return answer


@dataclass(frozen=True)
class Identity:
    name: str
    total: str
    parts: tuple[str, ...]
    checked: bool = True  # False: only used to know siblings, never checked
    relation: str = "eq"  # "le": the parts add up to at most the total (others may add to it)
    partial: bool = False  # the parts name only some of the total's: a table's rows may leave others out
    rows: bool = True  # False: a balance (资产 = 负债 + 净资产), whose parts never stand as rows under the total
    prose: bool = True  # False: only places a table's rows (人员经费's classes); prose may name the same classes of more


_LONGEST_TAIL = 8  # characters of a label's end looked up as a name of its own
_PART_AFTER = pattern("changes", "part_after_whole")
_GRAND_ENDS = ("总计",)
_ITEM_BEFORE_WHOLE = pattern("lexicon", "item_before_whole")
_WHOLE_LEAD = pattern("lexicon", "whole_lead")


@dataclass
class Lexicon:
    concepts: dict[str, str]  # synonym -> canonical concept
    generic: dict[str, str]  # synonym -> concept, used only when no specific synonym is found
    phases: dict[str, str]  # phase word -> phase
    qualifiers: list[str]
    composition_triggers: list[str]
    partial_words: list[str]
    attribute_words: list[str]
    restatements: list[str]
    rate_keywords: list[str]
    plan_words: list[str]
    actual_words: list[str]
    up_words: list[str]
    down_words: list[str]
    identities: list[Identity]
    form_headers: list[str] = field(default_factory=list)
    same_fact: dict[str, str] = field(default_factory=dict)
    siblings: dict[str, set[str]] = field(default_factory=dict)
    children: dict[str, set[str]] = field(default_factory=dict)
    restated: dict[str, list[str]] = field(default_factory=dict)  # [restated]: lead, tail, verbs, generic, exclude
    entity_totals: dict[str, list[str]] = field(default_factory=dict)  # [entity_totals]: nouns, whole, stop
    level_words: list[str] = field(default_factory=list)  # [composition] levels
    status_words: list[str] = field(default_factory=list)  # [composition] statuses
    clause_openers: list[str] = field(default_factory=list)  # [composition] clause_openers
    retired_words: list[str] = field(default_factory=list)  # [composition] retired
    generic_lead: list[str] = field(default_factory=list)  # [generic_concepts_lead] words
    establishment_words: list[str] = field(default_factory=list)  # [composition] establishment
    post_words: list[str] = field(default_factory=list)  # [composition] posts
    profession_words: list[str] = field(default_factory=list)  # [composition] professions
    reason_words: list[str] = field(default_factory=list)  # [composition] reasons
    subtracted_words: list[str] = field(default_factory=list)  # [composition] subtracted
    peer_class_words: list[str] = field(default_factory=list)  # [composition] peer_classes
    named_set_words: list[str] = field(default_factory=list)  # [counts] named_sets
    named_set_modifiers: list[str] = field(default_factory=list)  # [counts] named_set_modifiers
    unit_kind_words: list[str] = field(default_factory=list)  # [counts] kinds
    count_lead_verbs: list[str] = field(default_factory=list)  # [counts] lead_verbs
    set_up_words: list[str] = field(default_factory=list)  # [counts] set_up
    body_endings: list[str] = field(default_factory=list)  # [counts] body_endings
    subject_verbs: list[str] = field(default_factory=list)  # [counts] subject_verbs
    generic_wholes: list[str] = field(default_factory=list)  # [share] generic_wholes
    own_wholes: list[str] = field(default_factory=list)  # [share] own_wholes

    def complete(self, total: str, parts: set) -> bool:
        """Whether ``parts`` hold every part of some identity of ``total``."""
        return any(ident.total == total and ident.relation == "eq" and not ident.partial and set(ident.parts) <= parts
                   for ident in self.identities)

    def __post_init__(self) -> None:
        for ident in self.identities:
            if ident.relation != "eq" or not ident.prose:
                continue  # parts that leave others unnamed, or a table's rows only: no family of the total's parts
            kids = set(ident.parts)
            self.children.setdefault(ident.total, set()).update(kids)
            for p in ident.parts:
                self.siblings.setdefault(p, set()).update(kids - {p})
        self._concept_re = alternation(self.concepts)
        self._wholes = frozenset(self.generic.values())  # 总支出, 总收入: what a generic name stands for
        self._generic_re = alternation(self.generic)
        # before a generic name, only words that leave it the report's own
        # ("本部门2024年度全年决算数"); "财力安排支出" names something narrower
        self._generic_lead_re = re.compile(
            r"(?:(?:19|20)[0-9]{2}\s*年度?|[\s，,、：:（）()“”\"]|" + alternation(self.generic_lead).pattern + ")*")
        self._phase_re = alternation(self.phases)
        self._qual_re = alternation(self.qualifiers)
        self._names_re = alternation([*self.concepts, *self.generic, *self.phases])

    def pattern(self, key: str, build) -> re.Pattern:
        """A pattern made of this lexicon's words, compiled the first time
        ``key`` is asked for (``build()`` makes it) and kept with the
        lexicon: never compiled again for the next document. (Also any
        other value made of its words alone and never changed: a list of
        some of its words, its identities' parts as sets.)"""
        patterns = self.__dict__.setdefault("_patterns", {})
        found = patterns.get(key)
        if found is None:
            found = patterns[key] = build()
        return found

    def memo(self, key: str, compute, text: str):
        """``compute(self, text)``, remembered with this lexicon under ``key``
        (for a pure question of a string and these words whose answer is never
        changed); a kind's answers are forgotten all at once past _MEMO_SIZE."""
        try:
            return self.__dict__[key][text]  # (the common case: asked before)
        except KeyError:
            pass
        answers = self.__dict__.get(key)
        if answers is None:
            answers = self.__dict__[key] = {}
        if len(answers) >= _MEMO_SIZE:
            answers.clear()
        found = answers[text] = compute(self, text)
        return found

    def strip_names(self, text: str) -> str:
        """``text`` without the concept and phase words it holds."""
        return self._names_re.sub("", text)

    def concept_of(self, label: str) -> str | None:
        """The concept a label names: its longest synonym (the last, on ties)."""
        best = self.head_concept(label)
        return best[2] if best else None

    @_remembered
    def head_concept(self, label: str) -> tuple[int, int, str] | None:
        """The concept a label is about: the one ending last (a Chinese noun
        phrase ends with its head: 一般公共预算财政拨款“三公”经费 is 三公经费),
        the longest on ties."""
        spans = self.concept_spans(label)
        if not spans:
            return None
        best = max(spans, key=lambda t: (t[1], t[1] - t[0]))
        if _PART_AFTER.match(label, best[1]):
            # "项目支出中使用非财政拨款资金", "项目支出主要用于校舍维修": a part of 项目支出 naming no concept of its own
            return None
        if best[1] < len(label) and label.endswith(_GRAND_ENDS):
            # "一般公共预算收入总计": a grand total's name at the label's end that the
            # match before it overlapped (收入总计) is what the label is about
            tail = next((n for n in range(min(_LONGEST_TAIL, len(label) - best[0]), 2, -1)
                         if label[-n:] in self.concepts), None)
            if tail is not None:
                return (len(label) - tail, len(label), self.concepts[label[-tail:]])
        if best[2] in self._wholes and label[best[0]:best[0] + 2] in ("收入", "支出") \
                and _ITEM_BEFORE_WHOLE.search(label, 0, best[0]) and not _WHOLE_LEAD.search(label, 0, best[0]) \
                and not any(t[1] == best[0] for t in spans) and not self.qualifiers_in(label[max(0, best[0] - 8):best[0]]):
            return None  # "药品收入合计": the total of 药品收入, no concept the lexicon names
        if best[2] in self._wholes:
            # "“三公”经费支出总额": a whole's name right after another concept
            # says how much of that concept, not the report's whole spending
            before = [t for t in spans if t[1] == best[0] and t[2] not in self._wholes]
            if before:
                return before[-1]
        return best

    def concept_spans(self, label: str) -> list[tuple[int, int, str]]:
        spans = [(m.start(), m.end(), self.concepts[m.group(0)]) for m in self._concept_re.finditer(label)]
        if not spans:
            spans = [(m.start(), m.end(), self.generic[m.group(0)]) for m in self._generic_re.finditer(label)
                     if self._generic_lead_re.fullmatch(label, 0, m.start())]
        return spans

    @_remembered
    def names_specific_concept(self, label: str) -> bool:
        """Whether ``label`` names a concept by a specific synonym."""
        return self._concept_re.search(label) is not None

    def phases_in(self, text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), self.phases[m.group(0)]) for m in self._phase_re.finditer(text)]

    @_remembered
    def qualifiers_in(self, text: str) -> frozenset[str]:
        return frozenset(m.group(0) for m in self._qual_re.finditer(text))


def alternation(words) -> re.Pattern:
    """One pattern matching any of ``words``, the longest first."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(re.escape(w) for w in ordered))


def _load(text: str) -> dict:
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon of the built-in packs, built once per process."""
    return build_lexicon([_load(read_text("rules", "lexicon.toml"))], _load(read_text("rules", "identities.toml")))


def lexicon_with(synonyms: dict | None = None) -> Lexicon:
    """The lexicon a run reads with: the built-in one, with a configuration's
    label synonyms added (concept -> [synonyms]; it cannot remove anything
    built in). Without synonyms, the default lexicon; with them, one built
    once per set of synonyms in this process. A value for the run to pass
    on (``analyse(doc, lexicon)``), never a change to the default."""
    if not synonyms:
        return default_lexicon()
    return _lexicon_with(_key(synonyms))


def _key(data: dict) -> str:
    import json

    return json.dumps(data, sort_keys=True, ensure_ascii=False)


@lru_cache(maxsize=8)
def _lexicon_with(synonyms: str) -> Lexicon:
    import json

    packs = [_load(read_text("rules", "lexicon.toml")), {"concepts": json.loads(synonyms)}]
    return build_lexicon(packs, _load(read_text("rules", "identities.toml")))


# The word lists of a Lexicon: (its field, the pack's section, the key in
# that section); a later pack adds the words an earlier one lacks.
_WORD_LISTS = (
    ("qualifiers", "qualifiers", "words"),
    ("composition_triggers", "composition", "triggers"),
    ("partial_words", "composition", "partial"),
    ("attribute_words", "composition", "attributes"),
    ("post_words", "composition", "posts"),
    ("level_words", "composition", "levels"),
    ("status_words", "composition", "statuses"),
    ("clause_openers", "composition", "clause_openers"),
    ("retired_words", "composition", "retired"),
    ("establishment_words", "composition", "establishment"),
    ("profession_words", "composition", "professions"),
    ("reason_words", "composition", "reasons"),
    ("subtracted_words", "composition", "subtracted"),
    ("peer_class_words", "composition", "peer_classes"),
    ("named_set_words", "counts", "named_sets"),
    ("named_set_modifiers", "counts", "named_set_modifiers"),
    ("unit_kind_words", "counts", "kinds"),
    ("count_lead_verbs", "counts", "lead_verbs"),
    ("set_up_words", "counts", "set_up"),
    ("body_endings", "counts", "body_endings"),
    ("subject_verbs", "counts", "subject_verbs"),
    ("generic_lead", "generic_concepts_lead", "words"),
    ("restatements", "composition", "restatements"),
    ("rate_keywords", "rate", "keywords"),
    ("plan_words", "rate", "plan_words"),
    ("actual_words", "rate", "actual_words"),
    ("form_headers", "tables", "form_headers"),
    ("generic_wholes", "share", "generic_wholes"),
    ("own_wholes", "share", "own_wholes"),
    ("up_words", "change", "up"),
    ("down_words", "change", "down"),
)
# sections whose every key is a word list of its own (Lexicon.restated, .entity_totals)
_KEYED_SECTIONS = ("restated", "entity_totals")


def _extend(lists: dict[str, list[str]], key: str, values) -> None:
    seen = lists.setdefault(key, [])
    for v in values or []:
        if isinstance(v, str) and v not in seen:
            seen.append(v)


def _word_lists(packs: list[dict]) -> dict[str, list[str]]:
    """Every word list of the packs, by field (a keyed section's by section.key: restated.lead)."""
    lists: dict[str, list[str]] = {}
    for pack in packs:
        for name, section, key in _WORD_LISTS:
            _extend(lists, name, (pack.get(section) or {}).get(key))
        for section in _KEYED_SECTIONS:
            for key, words in (pack.get(section) or {}).items():
                _extend(lists, f"{section}.{key}", words)
    return lists


def _names(packs: list[dict]) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """Synonym -> concept (specific, then generic), phase word -> phase, and the same_fact map."""
    concepts: dict[str, str] = {}
    generic: dict[str, str] = {}
    phases: dict[str, str] = {}
    same_fact: dict[str, str] = {}
    for pack in packs:
        for canon, syns in (pack.get("concepts") or {}).items():
            for s in [canon, *syns]:
                concepts[s] = canon
        for canon, syns in (pack.get("generic_concepts") or {}).items():
            for s in syns:
                generic[s] = canon
        for phase, words in (pack.get("phases") or {}).items():
            for w in words:
                phases[w] = phase
        same_fact.update({k: str(v) for k, v in (pack.get("same_fact") or {}).items()})
    return concepts, generic, phases, same_fact


def _identities(identities_pack: dict) -> list[Identity]:
    return [
        Identity(
            str(i.get("name") or f"{i['total']} = {' + '.join(i['parts'])}"),
            str(i["total"]),
            tuple(map(str, i["parts"])),
            bool(i.get("check", True)),
            "le" if i.get("relation") == "le" else "eq",
            bool(i.get("partial", False)),
            bool(i.get("rows", True)),
            bool(i.get("prose", True)),
        )
        for i in identities_pack.get("identity", [])
        if isinstance(i, dict) and "total" in i and "parts" in i
    ]


def build_lexicon(packs: list[dict], identities_pack: dict) -> Lexicon:
    concepts, generic, phases, same_fact = _names(packs)
    lists = _word_lists(packs)
    identities = _identities(identities_pack)
    for ident in identities:  # every concept an identity names is a concept of its own name
        for c in (ident.total, *ident.parts):
            concepts.setdefault(c, c)
    keyed = {section: {k.split(".", 1)[1]: v for k, v in lists.items() if k.startswith(section + ".")}
             for section in _KEYED_SECTIONS}
    return Lexicon(concepts=concepts, generic=generic, phases=phases, identities=identities, same_fact=same_fact,
                   **{name: lists.get(name, []) for name, _, _ in _WORD_LISTS}, **keyed)


@lru_cache(maxsize=1)
def default_thresholds() -> dict:
    """The plausibility thresholds of ``rules/thresholds.toml``."""
    return _load(read_text("rules", "thresholds.toml"))


def thresholds_with(overrides: dict | None = None) -> dict:
    """The thresholds a run checks with: the built-in ones with a
    configuration's overrides (section -> key -> value). Without overrides,
    the defaults; with them, a table built once per set of overrides in this
    process. Not to be changed by the caller."""
    if not overrides:
        return default_thresholds()
    return _thresholds_with(_key(overrides))


@lru_cache(maxsize=8)
def _thresholds_with(overrides: str) -> dict:
    import json

    base = _load(read_text("rules", "thresholds.toml"))
    for section, values in json.loads(overrides).items():
        base.setdefault(section, {}).update(values)
    return base
