"""Fuzz target: the baseline loader (--baseline FILE) applied to the
findings of the example reports, and the stale entries worded as the CLI
words them.

Allowed: BaselineError (one line naming the file). Anything else is a crash."""
import os
import tempfile
from pathlib import Path

import atheris

import common

common.instrumented()

from fiscallint.engine import active_rules, run  # noqa: E402
from fiscallint.gate.suppressions import BaselineError, GateOutcome, apply_baseline  # noqa: E402
from fiscallint.reporting.output import FileResult, RunResult  # noqa: E402
from fiscallint.reading import read_document  # noqa: E402

RULES = active_rules(None, None)
REPORTS = [(str(p.relative_to(common.ROOT)), FileResult.of(run(read_document(p), RULES)))
           for p in sorted((common.ROOT / "examples").glob("*.txt"))]
FILE = Path(tempfile.mkdtemp(prefix="fiscallint-fuzz-")) / "baseline.json"


def test_one(data: bytes) -> None:
    FILE.write_bytes(data)
    result = RunResult()
    for path, fr in REPORTS:
        result.reports.append((path, FileResult(list(fr.findings), fr.coverage, fr.lines, fr.suppressions)))
    outcome = GateOutcome()
    try:
        apply_baseline(result, FILE, outcome)
    except BaselineError as exc:
        assert "\n" not in str(exc), exc
        return
    for e in outcome.stale:  # as cli.check words them
        f"{e.get('path')}: {e.get('rule')} {str(e.get('message', ''))[:80]}"


if __name__ == "__main__":
    try:
        common.run(test_one)
    finally:
        os.unlink(FILE) if FILE.exists() else None
