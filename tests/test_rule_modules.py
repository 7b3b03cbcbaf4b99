"""A rule is one place: one module per rule under fiscallint/checks, whose
docstring documents it and holds one wrong and one right example that run
here; the recognisers (claim pattern ids) it names exist and every one
belongs to a rule; the README's rule table agrees with the registry."""
from __future__ import annotations

import ast
import inspect
import re
import textwrap
from pathlib import Path

import pytest

from fiscallint.engine import SEVERITIES, active_rules, all_rules, run
from fiscallint.reporting.extract import extract_data
from fiscallint.reading import Document, read_document

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "fiscallint"
RULES = all_rules()
CODES = sorted(RULES)


def examples(rule) -> dict[str, str]:
    """The docstring's ``Wrong …::`` and ``Right …::`` blocks, dedented."""
    doc = inspect.cleandoc(rule.__doc__ or "")
    found = {}
    for kind in ("Wrong", "Right"):
        m = re.search(rf"^{kind}\b[^\n]*::\n\n((?:(?: {{4}}[^\n]*)?\n)+)", doc + "\n", re.M)
        if m:
            found[kind.lower()] = textwrap.dedent(m.group(1)).strip("\n")
    return found


def rules_for(code: str):
    """The rules on by default, and ``code`` also when it is off by default."""
    rules = active_rules()
    return rules if any(r.code == code for r in rules) else rules + active_rules([code])


# ---------------------------------------------------------------- one module per rule
@pytest.mark.parametrize("code", CODES)
def test_each_rule_is_its_own_module_named_by_code_and_name(code):
    rule = RULES[code]
    assert rule.__module__ == f"fiscallint.checks.fl{code[2:]}_{rule.name.replace('-', '_')}"
    assert rule.severity in SEVERITIES
    assert re.fullmatch(r"FL\d{3}", code) and re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)


def test_each_rule_module_registers_exactly_one_rule():
    modules = sorted(p.stem for p in (SRC / "checks").glob("fl*.py"))
    by_module = {}
    for code, rule in RULES.items():
        by_module.setdefault(rule.__module__.rsplit(".", 1)[1], []).append(code)
    assert sorted(by_module) == modules
    assert all(len(codes) == 1 for codes in by_module.values()), by_module


# ---------------------------------------------------------------- the docstring's examples
@pytest.mark.parametrize("code", CODES)
def test_each_rule_has_a_wrong_and_a_right_example(code):
    rule = RULES[code]
    if not getattr(rule, "text_examples", True):  # FL900/FL901: comments on a .docx, applied by the gate
        assert code in ("FL900", "FL901") and "No text example" in rule.__doc__
        return
    ex = examples(rule)
    assert set(ex) == {"wrong", "right"}, f"{code}'s docstring needs a Wrong:: and a Right:: example"
    assert ex["wrong"] != ex["right"]


EXAMPLE_CODES = [c for c in CODES if getattr(RULES[c], "text_examples", True)]


@pytest.mark.parametrize("code", EXAMPLE_CODES)
def test_the_wrong_example_gives_exactly_that_rules_finding(code):
    text = examples(RULES[code])["wrong"]
    found = run(Document("example.txt", text + "\n"), rules_for(code)).findings
    assert [f.rule for f in found] == [code], [f.message for f in found]


@pytest.mark.parametrize("code", EXAMPLE_CODES)
def test_the_right_example_gives_no_finding(code):
    text = examples(RULES[code])["right"]
    found = run(Document("example.txt", text + "\n"), rules_for(code)).findings
    assert found == [], [f"{f.rule} {f.message}" for f in found]


def test_the_example_parser_reads_a_block_and_stops_at_its_end():
    class Fake:
        """Summary.

        Wrong (one)::

            第一行
            第二行

        Right::

            第三行

        More prose.
        """
    assert examples(Fake) == {"wrong": "第一行\n第二行", "right": "第三行"}


# ---------------------------------------------------------------- recognisers
RECOGNISER = re.compile(r"^(sum|share|rate|change|growth|restated|identity|table|form|count|numbering|product)\.[a-z][a-z0-9-]*$")


def produced_ids() -> dict[str, set[str]]:
    """Every recogniser id written as a literal in the source, outside the
    rules' own ``patterns`` lists, with the files it is written in."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "patterns" for t in node.targets):
                named |= {id(n) for n in ast.walk(node.value)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and RECOGNISER.match(node.value) \
                    and id(node) not in named:
                found.setdefault(node.value, set()).add(path.name)
    return found


def owners() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for code, rule in RULES.items():
        for p in rule.patterns:
            out.setdefault(p, []).append(code)
    return out


def test_every_recogniser_a_rule_names_is_produced_somewhere():
    produced = produced_ids()
    missing = sorted(p for p in owners() if p not in produced)
    assert missing == []


def test_every_recogniser_belongs_to_exactly_one_rule():
    own = owners()
    assert {p: c for p, c in own.items() if len(c) > 1} == {}
    assert sorted(p for p in produced_ids() if p not in own) == []


def test_the_recognisers_seen_on_the_examples_belong_to_rules():
    """Ids built at run time (not literals) are caught here: every claim's
    and finding's pattern on the example reports belongs to a rule (a rule
    that reports its own evidence has one id, its name)."""
    own = {p for rule in RULES.values() for p in rule.pattern_ids()}
    seen = set()
    for path in sorted((ROOT / "examples").glob("*.txt")):
        doc = read_document(path, str(path))
        seen |= {c["pattern"] for c in extract_data(doc)["claims"] if c.get("pattern")}
        seen |= {f.pattern for f in run(doc, active_rules()).findings if f.pattern}
    assert len(seen) >= 10
    assert sorted(p for p in seen if p not in own) == []


# ---------------------------------------------------------------- the README's table
def readme_rows() -> dict[str, tuple[str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (FL\d{3}) \| ([a-z-]+) \| ([^|]+) \|", text, re.M)
    assert len(rows) == len({r[0] for r in rows}), "a rule has two rows"
    return {code: (name, severity.strip()) for code, name, severity in rows}


def test_the_readme_table_has_a_row_for_each_rule_and_no_other():
    rows = readme_rows()
    assert sorted(rows) == CODES
    for code, (name, severity) in rows.items():
        rule = RULES[code]
        assert name == rule.name
        expected = rule.severity + ("" if rule.enabled_by_default else ", off")
        assert severity == expected, code
