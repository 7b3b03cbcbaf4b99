"""Machine formats for the findings of a run, beside the text and JSON of
:mod:`fiscallint.reporting.output`: SARIF 2.1.0 (code scanning), GitHub Actions
workflow commands (annotations), JUnit XML (CI test reports), JSON Lines,
a concise one-line-a-finding listing and per-rule statistics.

Every function takes a :class:`~fiscallint.reporting.output.RunResult` and returns
the whole output as a string (ending with a newline when it is not empty);
none of them prints or reads a report.

Positions: ours are 1-based, count characters, and our ``end_column`` is
inclusive (it is the column of the number's last character). SARIF's
``endColumn`` is exclusive, so it is ours + 1; GitHub's ``endColumn`` is
given as ours.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path, PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

from fiscallint.engine import Finding, Location
from fiscallint.reporting.output import FileResult, RunResult

if TYPE_CHECKING:
    from fiscallint.engine import Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# where a SARIF viewer sends its reader for the tool: the home page the
# installed package's metadata names ([project.urls]); none is given when it
# names none (the property is optional), never a registry page for a name
# this project does not publish there
DEFAULT_INFORMATION_URI: str | None = None
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "fiscallint/v1"

SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SEVERITY_ORDER = ("error", "warning", "info")


# ---------------------------------------------------------------- shared helpers
def _header(f: Finding) -> str:
    """The first line of a finding in the text format."""
    where = f.location.describe_source()
    return (f"{f.path}:{f.location.line}:{f.location.column}: {f.rule} [{f.severity}] {f.message}"
            + (f" [{where}]" if where else ""))


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text


def split_input_error(message: str) -> tuple[str | None, str]:
    """(path, rest) of an input error line ``"path: what went wrong"``; the
    path is None when the line does not start with one."""
    head, sep, rest = message.partition(": ")
    if sep and head.strip():
        return head, rest
    return None, message


def _stated_text(report: FileResult, loc: Location) -> str:
    """The characters of the stated number (on its first line only when it
    runs over a line end)."""
    line = report.lines.get(loc.line, "")
    end = loc.end_column if loc.end_line == loc.line else len(line)
    return line[loc.column - 1:end]


def fingerprints(report: FileResult) -> list[str]:
    """A stable identity for each finding of one report, in order: a hash of
    the rule code, the stated number's text and the text of its line with
    white space collapsed -- not the line number, so that a line inserted
    above leaves it unchanged, nor the message, whose wording may change.
    Findings with the same hash in one report are told apart by their order
    (``:1``, ``:2``, like GitHub's own line hashes)."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for f in report.findings:
        line = " ".join(report.lines.get(f.location.line, "").split())
        payload = "\x00".join((f.rule, _stated_text(report, f.location), line))
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
        seen[digest] = seen.get(digest, 0) + 1
        out.append(f"{digest}:{seen[digest]}")
    return out


# ---------------------------------------------------------------- SARIF
def artifact_uri(path: str, root: str | os.PathLike | None = None) -> tuple[str, str | None]:
    """(uri, uriBaseId) of a report for SARIF: a relative reference,
    percent-encoded (UTF-8 for non-ASCII characters, and every reserved
    character but ``/``), against ``%SRCROOT%``; an absolute path is made
    relative to ``root`` (default: the current directory) or, outside it,
    becomes a ``file://`` URI with no base."""
    if os.path.isabs(path):
        base = os.path.abspath(root if root is not None else os.getcwd())
        try:
            rel = os.path.relpath(path, base)
        except ValueError:  # another drive (Windows)
            rel = os.pardir
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            return Path(path).as_uri(), None
        path = rel
    posix = PurePath(path).as_posix()
    while posix.startswith("./"):
        posix = posix[2:]
    return quote(posix, safe="/"), SRCROOT


def _information_uri() -> str | None:
    try:
        from importlib.metadata import metadata

        meta = metadata("fiscallint")
    except Exception:
        return DEFAULT_INFORMATION_URI
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "repository", "source") and url.strip():
            return url.strip()
    home = meta.get("Home-page")
    return home.strip() if home and home.strip() and home.strip() != "UNKNOWN" else DEFAULT_INFORMATION_URI


def _markdown(doc: str) -> str:
    """A rule's docstring as Markdown: reStructuredText's ``literal`` is
    Markdown's `literal`; the rest (paragraphs, ``-`` lists) reads the same."""
    return _RST_LITERAL.sub(r"`\1`", doc)


def _rule_descriptor(code: str, rule: type["Rule"]) -> dict:
    doc = rule.documentation()
    out: dict = {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary() or rule.name},
        "defaultConfiguration": {"level": SARIF_LEVELS.get(rule.severity, "warning"),
                                 "enabled": bool(getattr(rule, "enabled_by_default", True))},
    }
    if doc:
        out["fullDescription"] = {"text": doc, "markdown": _markdown(doc)}
        out["help"] = {"text": doc, "markdown": _markdown(doc)}
    return out


def _region(loc: Location) -> dict:
    return {"startLine": loc.line, "startColumn": loc.column,
            "endLine": loc.end_line, "endColumn": loc.end_column + 1}  # SARIF's end is exclusive


def _physical(uri: str, base: str | None, loc: Location | None = None) -> dict:
    artifact = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    out: dict = {"artifactLocation": artifact}
    if loc is not None:
        out["region"] = _region(loc)
    return out


def to_sarif(result: RunResult, rules: dict[str, type["Rule"]] | None = None,
             root: str | os.PathLike | None = None) -> str:
    """The run as a SARIF 2.1.0 log: one run, the rules as
    ``tool.driver.rules`` (every rule of ``rules``, default all registered
    ones, sorted by code; a finding of a rule not among them adds a bare
    descriptor), a result per finding (level error/warning/note, the stated
    number as the location, the other numbers as related locations, a
    ``partialFingerprints`` entry, and for a .docx the place in the
    document as ``properties.source``), and the input errors as tool
    execution notifications (level error; the run's notices, such as a
    stale baseline entry, level warning). ``root``: the directory relative URIs are
    against (absolute paths are made relative to it; default the current
    directory, and then ``originalUriBaseIds`` is left to the consumer)."""
    from fiscallint import __version__

    if rules is None:
        from fiscallint.engine import all_rules

        rules = all_rules()
    descriptors = [_rule_descriptor(code, rules[code]) for code in sorted(rules)]
    index = {d["id"]: i for i, d in enumerate(descriptors)}

    results: list[dict] = []
    for path, report in result.reports:
        uri, base = artifact_uri(path, root)
        for f, fingerprint in zip(report.findings, fingerprints(report)):
            if f.rule not in index:
                index[f.rule] = len(descriptors)
                descriptors.append({"id": f.rule, "name": f.name, "shortDescription": {"text": f.name},
                                    "defaultConfiguration": {"level": SARIF_LEVELS.get(f.severity, "warning")}})
            res: dict = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": SARIF_LEVELS.get(f.severity, "warning"),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": _physical(uri, base, f.location)}],
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
            }
            related = []
            for i, r in enumerate(f.related):
                rel: dict = {"id": i, "physicalLocation": _physical(uri, base, r)}
                if r.message:
                    rel["message"] = {"text": r.message}
                if r.source:
                    rel["properties"] = {"source": r.source}
                related.append(rel)
            if related:
                res["relatedLocations"] = related
            props = f.details()
            if props:
                res["properties"] = props
            results.append(res)

    notifications = []
    for message in result.input_errors:
        note: dict = {"level": "error", "message": {"text": message}}
        path, _ = split_input_error(message)
        if path is not None:
            uri, base = artifact_uri(path, root)
            note["locations"] = [{"physicalLocation": _physical(uri, base)}]
        notifications.append(note)
    # what the run noticed about its own configuration (an unused
    # suppression, a stale baseline entry): worth acting on, not a failure
    notifications += [{"level": "warning", "message": {"text": m}} for m in getattr(result, "notices", None) or []]
    invocation: dict = {"executionSuccessful": not result.input_errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications

    driver: dict = {"name": "fiscallint", "version": __version__}
    info = _information_uri()
    if info:
        driver["informationUri"] = info
    driver["rules"] = descriptors
    run: dict = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",  # our columns count characters
        "results": results,
    }
    if root is not None:
        run["originalUriBaseIds"] = {SRCROOT: {"uri": Path(os.path.abspath(root)).as_uri().rstrip("/") + "/"}}
    log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- GitHub Actions
def github_escape_data(text: str) -> str:
    """A workflow command's message, escaped as actions/toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(text: str) -> str:
    """A workflow command's property value: the message's escapes, and ``:``
    and ``,``, which would end it."""
    return github_escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github_command(command: str, properties: list[tuple[str, object]], message: str) -> str:
    props = ",".join(f"{k}={github_escape_property(str(v))}" for k, v in properties)
    return f"::{command} {props}::{github_escape_data(message)}" if props else f"::{command}::{github_escape_data(message)}"


def to_github(result: RunResult) -> str:
    """One GitHub Actions workflow command a finding (``::error``,
    ``::warning``, ``::notice`` for info), which the runner turns into an
    annotation of the file; columns are sent only for a number on one line
    (GitHub takes none across lines). A finding in a .docx names its place
    in the document at the end of the message. An input error is an
    ``::error`` on its file; a notice of the run (an unused suppression, a
    stale baseline entry) a ``::warning`` on no file."""
    out: list[str] = []
    for path, report in result.reports:
        for f in report.findings:
            loc = f.location
            props: list[tuple[str, object]] = [("file", path), ("line", loc.line)]
            if loc.end_line == loc.line:
                props += [("col", loc.column), ("endLine", loc.end_line), ("endColumn", loc.end_column)]
            else:
                props += [("endLine", loc.end_line)]
            props.append(("title", f"{f.rule} {f.name}"))
            where = loc.describe_source()
            message = f.message + (f" [{where}]" if where else "")
            out.append(_github_command(GITHUB_COMMANDS.get(f.severity, "warning"), props, message))
    for message in result.input_errors:
        path, _ = split_input_error(message)
        out.append(_github_command("error", [("file", path)] if path is not None else [], message))
    out.extend(_github_command("warning", [], m) for m in getattr(result, "notices", None) or [])
    return "".join(line + "\n" for line in out)


# ---------------------------------------------------------------- JUnit XML
# XML 1.0 cannot carry these characters at all, not even as references
_RST_LITERAL = re.compile(r"``(.+?)``", re.S)
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _XML_INVALID.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                            else f"\\u{ord(m.group()):04x}", text)


def to_junit(result: RunResult) -> str:
    """JUnit XML: one ``testsuite`` named fiscallint (in a ``testsuites``
    root), one ``testcase`` a checked file (classname: its path) holding a
    ``failure`` for each error or warning found in it (type: the rule code;
    message: the finding's first line; text: that line and the excerpt that
    the text format prints), info findings left out, and one ``testcase``
    with an ``error`` for each file that could not be read. ``tests``
    counts the test cases, ``failures`` the files with a failure, ``errors``
    the files that could not be read, as JUnit counts tests."""
    import xml.etree.ElementTree as ET

    from fiscallint.reporting.output import _excerpt

    cases: list[ET.Element] = []
    failed = 0
    for path, report in result.reports:
        case = ET.Element("testcase", {"classname": _xml_text(path), "name": "fiscallint", "file": _xml_text(path)})
        problems = [f for f in report.findings if f.severity in ("error", "warning")]
        for f in problems:
            header = _header(f)
            failure = ET.SubElement(case, "failure", {"type": f.rule, "message": _xml_text(_one_line(header))})
            failure.text = _xml_text("\n".join([header, *_excerpt(report, f)]))
        failed += bool(problems)
        cases.append(case)
    for message in result.input_errors:
        path, _ = split_input_error(message)
        name = path if path is not None else "input"
        case = ET.Element("testcase", {"classname": _xml_text(name), "name": "fiscallint", "file": _xml_text(name)})
        error = ET.SubElement(case, "error", {"type": "input-error", "message": _xml_text(_one_line(message))})
        error.text = _xml_text(message)
        cases.append(case)

    counts = {"tests": str(len(cases)), "failures": str(failed), "errors": str(len(result.input_errors)),
              "skipped": "0"}
    root = ET.Element("testsuites", {"name": "fiscallint", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "fiscallint", **counts})
    suite.extend(cases)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# ---------------------------------------------------------------- JSON Lines, concise
def to_json_lines(result: RunResult) -> str:
    """One JSON object a finding a line, with the keys of the JSON format's
    findings; no summary (the input errors go to standard error)."""
    return "".join(json.dumps(f.to_json(), ensure_ascii=False) + "\n" for f in result.findings)


def to_concise(result: RunResult) -> str:
    """``path:line:col: CODE message``, one line a finding, nothing else."""
    return "".join(f"{f.path}:{f.location.line}:{f.location.column}: {f.rule} {_one_line(f.message)}\n"
                   for f in result.findings)


# ---------------------------------------------------------------- statistics
def statistics(result: RunResult) -> str:
    """A table of the findings per rule (count, code, name, severity),
    most frequent first, like ``ruff --statistics``. A rule that reported
    at more than one severity (FL203: warning, and info for 执行率) shows
    the count of each. Empty when nothing was found."""
    from tabulate import tabulate

    rows: dict[str, dict] = {}
    for f in result.findings:
        row = rows.setdefault(f.rule, {"name": f.name, "count": 0, "by": {}})
        row["count"] += 1
        row["by"][f.severity] = row["by"].get(f.severity, 0) + 1
    if not rows:
        return ""

    def severity(by: dict[str, int]) -> str:
        ordered = sorted(by, key=lambda s: SEVERITY_ORDER.index(s) if s in SEVERITY_ORDER else len(SEVERITY_ORDER))
        return ordered[0] if len(ordered) == 1 else ", ".join(f"{s} {by[s]}" for s in ordered)

    table = [(row["count"], code, row["name"], severity(row["by"]))
             for code, row in sorted(rows.items(), key=lambda kv: (-kv[1]["count"], kv[0]))]
    return tabulate(table, headers=["count", "code", "name", "severity"], tablefmt="simple") + "\n"
