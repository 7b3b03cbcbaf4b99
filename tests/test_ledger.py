"""Severity earned on real text: the ledger of each pattern's measured
precision, and what the engine does with it."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from fiscallint.deciding import ledger as ledger_module
from fiscallint.engine import Finding, Location, active_rules, all_rules, run
from fiscallint.deciding.ledger import apply, ledger, parse
from fiscallint.reading import Document

ROOT = Path(__file__).resolve().parents[1]
SUM = "总支出1,985.20万元，其中：基本支出1,102.36万元，项目支出873.84万元。\n"


def finding(pattern: str, severity: str = "error") -> Finding:
    return Finding("r.txt", "FL101", "composition-sum", severity, "m", Location(1, 1, 1, 2), [], None, None, pattern)


def records(right: int, wrong: int) -> dict:
    return parse({"patterns": {"sum.of-which": {"rule": "FL101", "wild": [right, wrong, 0], "mine": [0, 0, 3]}}})


def test_a_pattern_measured_at_or_above_0_9_keeps_its_severity():
    (f,) = apply([finding("sum.of-which")], False, records(9, 1))
    assert f.severity == "error"


def test_a_pattern_below_0_9_reports_as_a_warning():
    rec = records(8, 2)["sum.of-which"]
    assert rec.precision == 0.8 and rec.effect == "warning" and rec.unjudged == 3
    (f,) = apply([finding("sum.of-which")], False, records(8, 2))
    assert f.severity == "warning" and f.rule == "FL101"


def test_a_pattern_never_judged_right_is_demoted_to_the_info_rule():
    assert apply([finding("sum.of-which")], False, records(0, 3)) == []  # FL199 not selected
    (f,) = apply([finding("sum.of-which")], True, records(0, 3))
    assert (f.rule, f.severity) == ("FL199", "info") and "demoted" in f.message


def test_one_wrong_finding_alone_does_not_demote():
    assert records(0, 1)["sum.of-which"].effect == "warning"


def test_a_pattern_right_now_and_then_is_a_warning_not_demoted():
    assert records(1, 3)["sum.of-which"].effect == "warning"


def test_an_unmeasured_pattern_keeps_its_severity():
    (f,) = apply([finding("sum.parenthesis")], False, records(1, 3))
    assert f.severity == "error"


def test_the_engine_applies_the_ledger(monkeypatch):
    monkeypatch.setattr(ledger_module, "ledger", lambda: records(8, 2))
    (f,) = run(Document("r.txt", SUM), active_rules(["FL101"])).findings
    assert f.pattern == "sum.of-which" and f.severity == "warning"


def test_the_shipped_ledger_parses_and_names_declared_patterns(monkeypatch):
    monkeypatch.delenv("FISCALLINT_LEDGER")
    ledger.cache_clear()
    shipped = ledger()
    ledger.cache_clear()
    assert shipped
    rules = all_rules()
    declared = {p: code for code, r in rules.items() for p in r.pattern_ids()}
    for pattern, rec in shipped.items():
        assert declared.get(pattern) == rec.rule, pattern
        assert rec.right + rec.wrong + rec.unjudged > 0


def test_every_pattern_id_built_in_code_is_declared_by_its_rule():
    declared = {p for r in all_rules().values() for p in r.pattern_ids()}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "fiscallint").rglob("*.py"))
    built = set(re.findall(r'pattern="([a-z]+\.[a-z-]+)"', source))
    built |= set(re.findall(r'"((?:sum|table|share|rate|change|growth|restated|count|numbering|product)\.[a-z-]+)"', source))
    assert built and built <= declared, built - declared


def test_rules_lists_the_patterns_with_their_precision():
    import os

    env = {k: v for k, v in os.environ.items() if k != "FISCALLINT_LEDGER"}
    out = subprocess.run([sys.executable, "-m", "fiscallint", "rules"], capture_output=True, text=True,
                         encoding="utf-8", env=env).stdout
    assert "pattern" in out and re.search(r"FL103\s+rate\.actual-over-plan\s+\d+\s+\d+\s+[01]\.\d\d", out)
    assert re.search(r"FL101\s+sum\.parenthesis\s+(not measured|\d)", out)


def test_fiscallint_ledger_names_another_ledger_or_none(tmp_path, monkeypatch):
    other = tmp_path / "ledger.toml"
    other.write_text('[patterns."sum.of-which"]\nrule = "FL101"\nmine = [1, 9, 0]\n', encoding="utf-8")
    monkeypatch.setenv("FISCALLINT_LEDGER", str(other))
    ledger.cache_clear()
    try:
        assert ledger()["sum.of-which"].effect == "warning"
        monkeypatch.setenv("FISCALLINT_LEDGER", "")
        ledger.cache_clear()
        assert ledger() == {}
    finally:
        ledger.cache_clear()


def test_a_merged_ledger_keeps_the_sets_not_measured_again():
    import importlib.util
    from collections import defaultdict

    spec = importlib.util.spec_from_file_location("ledger_script", ROOT / "benchmarks" / "ledger.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    old = {"sets": {"realA": "judged once", "wild": "shared"},
           "patterns": {"sum.of-which": {"rule": "FL101", "realA": [3, 1, 0], "wild": [1, 0, 0]}}}
    counts = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    counts[("sum.of-which", "FL101")]["wild"] = [2, 0, 0]
    kept = script.kept_from(old, counts, {"wild": Path("w"), "realP": Path("p")})
    assert kept == {"realA": "judged once"}
    assert counts[("sum.of-which", "FL101")]["realA"] == [3, 1, 0]
    assert counts[("sum.of-which", "FL101")]["wild"] == [2, 0, 0]  # measured now: the new counts, not the old
    text = script.to_toml(counts, {"wild": "shared", **kept})
    assert 'realA = [3, 1, 0]' in text and 'realA = "judged once"' in text
