"""What a CI gate adds to a run: the configuration's per-file ignores and
severity overrides, suppressions with their reasons (a configuration entry
or a Word comment 「fiscallint: ignore FL101 原因」 on the figure), and a
baseline of accepted findings. Applied to a finished run, never to the
analysis: the checks themselves do not change.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from fiscallint.gate.config import Config, Suppression, _digits, _glob
from fiscallint.checks.suppression import CommentSuppression, InvalidSuppression, UnusedSuppression, comment_suppressions
from fiscallint.model.finding import Finding, Location
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg


@dataclass
class GateOutcome:
    unused: list[Suppression] = field(default_factory=list)  # configuration entries that matched nothing
    stale: list[dict] = field(default_factory=list)  # baseline entries that matched nothing
    baselined: int = 0  # findings hidden by the baseline


def apply_config(result, cfg: Config) -> GateOutcome:
    """Per-file ignores, severity overrides and suppressions, in place."""
    outcome = GateOutcome()
    in_run: list[str] = []  # the checked reports, relative to the configuration's folder
    for path, fr in result.reports:
        rel = cfg.relative(path) if path != "-" else path
        in_run.append(rel)
        ignored = cfg.ignored_for(rel)
        kept: list[Finding] = []
        local = [c for c in getattr(fr, "suppressions", [])]
        for f in fr.findings:
            if f.rule in ignored:
                continue
            if f.rule in cfg.severity:
                f = replace(f, severity=cfg.severity[f.rule])
            hit = next((s for s in cfg.suppress if s.matches(rel, f)), None) or next(
                (c.suppression for c in local if c.suppression and c.suppression.matches(path, f)), None)
            if hit is not None:
                hit.used += 1
                continue
            kept.append(f)
        for c in local:
            if c.suppression is None:
                kept.append(Finding(path, InvalidSuppression.code, InvalidSuppression.name,
                                    cfg.severity.get(InvalidSuppression.code, InvalidSuppression.severity),
                                    Msg(M.SUPPRESSION_NOT_USED, problem=c.problem), c.location))
            elif not c.suppression.used and UnusedSuppression.code not in ignored:
                kept.append(Finding(path, UnusedSuppression.code, UnusedSuppression.name,
                                    cfg.severity.get(UnusedSuppression.code, UnusedSuppression.severity),
                                    Msg(M.SUPPRESSION_MATCHED_NOTHING, rule=c.suppression.rule, figure=c.suppression.figure),
                                    c.location))
        kept.sort(key=lambda f: (f.location.line, f.location.column, f.rule))
        fr.findings = kept
    # an entry is unused only when a report it names was checked: a run over
    # some of the reports (a pre-commit batch) says nothing of the others
    outcome.unused = [s for s in cfg.suppress if not s.used and any(_glob(rel, s.path) for rel in in_run)]
    return outcome


# ---------------------------------------------------------------- baseline
# every way a message says where something is: (line 13:30), (lines 4–6),
# [table 1, row 5, column 4], [paragraph 12]
_LINE_REF = re.compile(r"\s*\(lines? \d+(?::\d+)?(?:\s*[–—-]\s*\d+(?::\d+)?)?\)|\[table [^\]]*\]|\[paragraph \d+\]")


def finding_key(path: str, f: Finding) -> str:
    """A finding's identity for a baseline: its file, rule, the labels and
    numbers it names — not where they are, so editing elsewhere in a report
    does not make an accepted finding new."""
    related = sorted(_LINE_REF.sub("", r.message) for r in f.related)
    payload = json.dumps([path.replace("\\", "/"), f.rule, _LINE_REF.sub("", f.message), related], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def write_baseline(result, file: Path, cfg: Config | None = None) -> int:
    """Record the run's findings in ``file`` (written to a temporary file
    in its folder, then renamed into place); paths relative to the
    configuration's folder. Raises BaselineError when it cannot be written."""
    rel = cfg.relative if cfg is not None else (lambda p: str(p).replace("\\", "/"))
    entries = [{"path": rel(path), "rule": f.rule, "key": finding_key(rel(path), f), "message": _LINE_REF.sub("", f.message)}
               for path, fr in result.reports for f in fr.findings]
    payload = json.dumps({"version": 1, "entries": entries}, ensure_ascii=False, indent=1) + "\n"
    try:
        atomic_write(file, payload.encode("utf-8"))
    except OSError as exc:
        raise BaselineError(f"{file}: cannot write the baseline: {_why(file, exc)}") from None
    return len(entries)


def _why(file: Path, exc: OSError) -> str:
    if file.is_dir():
        return "it is a folder (name a file, such as .fiscallint-baseline.json)"
    if not file.parent.is_dir():
        return f"no such folder {str(file.parent)!r}"
    return exc.strerror or str(exc)


def atomic_write(file: Path, data: bytes) -> None:
    """Write ``data`` to ``file`` through a temporary file in the same folder
    renamed into place: a reader never sees half a file, and a failure
    leaves the old one. Raises OSError (IsADirectoryError for a folder,
    FileNotFoundError for a missing folder)."""
    import os
    import tempfile

    if file.is_dir():
        raise IsADirectoryError(21, "is a folder", str(file))
    folder = file.parent if str(file.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.chmod(tmp, 0o644)
        except OSError:
            pass
        os.replace(tmp, file)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class BaselineError(Exception):
    pass


def apply_baseline(result, file: Path, outcome: GateOutcome, cfg: Config | None = None) -> None:
    """Hide the findings the baseline records; report its entries that no
    longer match as stale. Paths are relative to the configuration's folder."""
    rel = cfg.relative if cfg is not None else (lambda p: str(p).replace("\\", "/"))
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        entries = data["entries"] if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise ValueError("no entries")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{file}: not a fiscallint baseline ({exc})") from None
    remaining: dict[str, list[dict]] = {}
    for e in entries:
        if isinstance(e, dict) and isinstance(e.get("key"), str):  # a damaged entry matches nothing
            remaining.setdefault(e["key"], []).append(e)
    checked = {rel(path) for path, _ in result.reports}
    for path, fr in result.reports:
        kept = []
        for f in fr.findings:
            bucket = remaining.get(finding_key(rel(path), f))
            if bucket:
                bucket.pop()
                outcome.baselined += 1
            else:
                kept.append(f)
        fr.findings = kept
    # entries of files not checked this time are not stale: they were not looked at
    outcome.stale = [e for bucket in remaining.values() for e in bucket
                     if str(e.get("path", "")).replace("\\", "/") in checked]
