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
PACKS = ("lexicon.toml", "thresholds.toml", "tables.toml", "readers.toml")


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


def test_every_word_list_and_pattern_of_the_prose_book_is_read():
    """rules/readers.toml: a pattern is read by name; a word list by name or
    through a pattern's {name}."""
    data = tomllib.loads((ROOT / "rules" / "readers.toml").read_text(encoding="utf-8"))
    unread = []
    for section, book in data.items():
        filled = set(re.findall(r"\{([a-z_]+)\}", " ".join(book.get("patterns", {}).values())))
        unread += [f"{section}.patterns.{k}" for k in book.get("patterns", {}) if not named_in_source(k)]
        unread += [f"{section}.words.{k}" for k in book.get("words", {}) if k not in filled and not named_in_source(k)]
    assert unread == []


def test_a_prose_pattern_fills_in_its_word_lists_in_order():
    from fiscallint.support.wordbook import pattern, words

    assert words("changes", "last_year") == ("上年", "去年", "上一年")
    assert pattern("changes", "last_year_comparison").pattern == "(?:较|比)(?:上年|去年|上一年)|同比"
    assert pattern("changes", "compared_base").search("比2021年预算减少4万元").group(1, 2) == ("2021", "预算")


def test_the_chinese_digits_of_a_heading_fill_a_character_class():
    from fiscallint.support.numerals import HEADING
    from fiscallint.support.wordbook import pattern

    assert pattern("row_tree", "chinese_run").pattern == f"[{HEADING}]+"
    assert pattern("row_tree", "chinese_run").fullmatch("十二")
