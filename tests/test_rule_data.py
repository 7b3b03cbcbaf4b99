"""Heuristic words are data in rules/*.toml, and every section (and every
named list of words) there is read by some module: a section nothing reads
would be documentation that lies."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "fiscallint").rglob("*.py"))
PACKS = ("lexicon.toml", "thresholds.toml", "tables.toml")


def named_in_source(key: str) -> bool:
    return f'"{key}"' in SOURCE or f"'{key}'" in SOURCE


@pytest.mark.parametrize("pack", PACKS)
def test_every_section_and_named_word_list_is_read(pack):
    data = tomllib.loads((ROOT / "rules" / pack).read_text(encoding="utf-8"))
    unread = [s for s in data if not named_in_source(s)]
    for section, values in data.items():
        if isinstance(values, dict):  # keys that are names (not data such as a concept's name) must be read
            unread += [f"{section}.{k}" for k in values if re.fullmatch(r"[a-z_]+", k) and not named_in_source(k)]
    assert unread == []


def test_the_plausibility_words_come_from_the_data():
    """FL201's budget labels and FL202's establishment words are read from
    rules/thresholds.toml: another list there changes what is recognised."""
    from fiscallint.understanding.analysis import analyse
    from fiscallint.deciding.plausibility import over_establishment, report_budget
    from fiscallint.reading import Document

    a = analyse(Document("t.txt", "核定编制30人，实有在职在编人数34人。\n本单位2024年度预算安排1500.00万元。\n"))
    assert [e.fact.q.value for e in over_establishment(a)] == [34]
    assert over_establishment(a, {"total": ["核定"], "not_in_post": ["在编"]}) == []
    assert report_budget(a).q.value == 1500
    assert report_budget(a, {"budget_labels": ["决算数"], "budget_concepts": [], "not_the_unit": []}) is None
