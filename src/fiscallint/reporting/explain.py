"""``fiscallint explain FILE[:LINE]``: why a finding was made, or why a line
holds none.

For each finding on a line it prints the sentence as it was split, every
figure with its label, concept, phase and year, the pattern that built the
claim (its id, as in ``rules/ledger.toml``) and the words that triggered
it, and the readings considered and set aside. A line with no finding gets
what was read there: its figures, the claims they take part in with their
verdicts, and why the others were left alone. A maintainer goes from a false
finding to the recogniser that made it in one step.
"""
from __future__ import annotations

from fiscallint.model.fact import Fact
from fiscallint.engine import Finding, Report, Rule, run
from fiscallint.reading import Document

def _rule_of_kind() -> dict[str, str]:
    """Which rule reports the contradictions of each kind of claim, from the
    rules' own ``kind`` / ``kinds``."""
    from fiscallint.engine import all_rules

    out = {}
    for code, rule in all_rules().items():
        for kind in getattr(rule, "kinds", None) or ((rule.kind,) if getattr(rule, "kind", "") else ()):
            out.setdefault(kind, code)
    return out


def explain(doc: Document, rules: list[Rule], line: int | None = None) -> str:
    """The explanation of ``line`` (every line holding a finding when None)."""
    report = run(doc, rules)
    lines = [line] if line is not None else sorted({f.location.line for f in report.findings})
    if not lines:
        return f"{doc.path}: no finding; `fiscallint explain {doc.path}:LINE` says what was read on a line\n"
    return "\n".join(_explain_line(doc, report, n) for n in lines)


def _explain_line(doc: Document, report: Report, n: int) -> str:
    a = report.analysis
    out: list[str] = []
    if not 1 <= n <= doc.line_count:
        return f"{doc.path}:{n}: the report has {doc.line_count} lines\n"
    text = doc.line_text(n)
    start = doc.line_start(n)
    end = start + len(text)
    out.append(f"{doc.path}:{n}")
    out.append(f"  | {_clip(text, 160)}")
    where = doc.where(start)
    if where:
        out.append(f"  in the document: {_describe(where)}")
    sentences = [s for s in a.sentences if s.start < max(end, start + 1) and s.end > start]
    out.append("")
    out.append("sentences (as split):")
    for s in sentences:
        l1, c1 = doc.position(s.start)
        l2, c2 = doc.position(max(s.start, s.end - 1))
        out.append(f"  {l1}:{c1}–{l2}:{c2}  {_clip(doc.text[s.start:s.end].strip(), 120)}")
    facts = [f for f in a.facts if start <= f.q.num_start <= end]
    out.append("")
    out.append("figures:" if facts else "figures: none on this line")
    for f in facts:
        out.append("  " + _figure(doc, f))
    findings = [f for f in report.findings if f.location.line == n]
    linked = {id(x) for c, _ in report.checked for x in c.facts}
    out.append("")
    if findings:
        for fd in findings:
            out.extend(_finding_block(doc, report, fd))
    else:
        out.append("findings: none on this line")
    out.extend(_other_claims(doc, report, start, end))
    out.extend(_set_aside(doc, a, facts, linked, start, end))
    return "\n".join(out) + "\n"


def _other_claims(doc: Document, report: Report, start: int, end: int) -> list[str]:
    """The claims with a figure between ``start`` and ``end`` not shown with a finding."""
    on_line = [(c, v) for c, v in report.checked if any(start <= x.q.num_start <= end for x in c.facts)]
    shown_claims = {id(c) for c, v in on_line if v.status == "contradiction" and start <= c.stated.q.num_start <= end}
    rest = [(c, v) for c, v in on_line if id(c) not in shown_claims]
    out: list[str] = []
    if rest:
        out.append("")
        out.append("other claims with figures on this line:")
        for c, v in rest:
            out.append(f"  [{v.status}] {_claim_line(doc, c)}")
            if v.reason:
                out.append(f"      {v.reason}")
    return out


def _set_aside(doc: Document, a, facts: list, linked: set, start: int, end: int) -> list[str]:
    """The readings the claim builders set aside, and the figures in no claim."""
    notes = [(f, why) for f, why in a.notes if start <= f.q.num_start <= end]
    alone = [f for f in facts if id(f) not in linked]
    out: list[str] = []
    if notes or alone:
        out.append("")
        out.append("readings set aside:")
        for f, why in notes:
            out.append(f"  {f.q.shown()} ({_at(doc, f)}): {why}")
        for f in alone:
            out.append(f"  {f.q.shown()} ({_at(doc, f)}): in no claim: {_why_alone(a, f)}")
    return out


def _finding_block(doc: Document, report: Report, fd: Finding) -> list[str]:
    out = [f"{fd.rule} {fd.name} [{fd.severity}] at {fd.location.line}:{fd.location.column}"]
    out.append(f"  pattern: {fd.pattern or '(none)'}" + (f", triggered by “{fd.trigger}”" if fd.trigger else ""))
    out.append(f"  {fd.message}")
    claim, verdict = _claim_of(doc, report, fd)
    if claim is not None:
        out.append(f"  claim: {_claim_line(doc, claim)}")
        from fiscallint.checks import interval_in

        for what, value in verdict.readings:
            gives = f": gives {interval_in(claim.stated, value)}, not {interval_in(claim.stated, verdict.stated)}" if value else ""
            out.append(f"  reading rejected: {what}{gives}")
        notes = [(f, why) for f, why in report.analysis.notes if any(f is x for x in claim.facts)]
        for f, why in notes:
            out.append(f"  reading rejected: {f.q.shown()} ({_at(doc, f)}) {why}")
        if not verdict.readings and not notes:
            out.append("  no other reading was considered")
    return out


def _claim_of(doc: Document, report: Report, fd: Finding):
    rule_of = _rule_of_kind()
    for claim, verdict in report.checked:
        if verdict.status != "contradiction" or rule_of.get(claim.kind) != fd.rule:
            continue
        line, col = doc.position(claim.stated.q.num_start)
        if (line, col) == (fd.location.line, fd.location.column):
            return claim, verdict
    return None, None


def _claim_line(doc: Document, c) -> str:
    ops = ", ".join(f"{x.q.shown()} ({_at(doc, x)})" for x in c.operands)
    return f"{c.kind} [{c.pattern or '?'}] {c.stated.q.shown()} ({_at(doc, c.stated)}) from {ops}: {c.how}"


def _figure(doc: Document, f: Fact) -> str:
    bits = [f"{_at(doc, f):>7}  {f.q.shown().replace(chr(10), '')}", f"label “{f.label.strip()}”"]
    for name, value in (("concept", f.concept), ("phase", f.phase), ("year", f.year), ("role", f.role)):
        if value:
            bits.append(f"{name} {value}")
    if f.qualifiers:
        bits.append("qualifiers " + "/".join(sorted(f.qualifiers)))
    if f.q.approx:
        bits.append(f"approximate ({f.q.approx})")
    cell = f.extras.get("cell")
    if cell is not None:
        bits.append(f"table cell: row “{cell.row.label}”, column “{cell.header}”")
    return ", ".join(bits)


def _why_alone(a, f: Fact) -> str:
    if f.role == "share":
        return "the whole it is a share of could not be tied to one figure"
    if f.role == "rate":
        return "no plan and actual figures could be tied to it"
    if f.q.approx == "about":
        return "an approximation (约, 左右) is not used in equations"
    if f.role == "descriptor":
        return "it describes a group (…以下的, …的), it is not a figure of the report"
    if f.q.dimension == "number" and f.q.unit is None:
        return "a bare number with no unit"
    same = [g for g in a.facts if g is not f and g.sentence is f.sentence and g.q.dimension == f.q.dimension]
    if not same:
        return "no other figure of its kind in its sentence, and its label names no concept stated elsewhere"
    if not f.concept:
        return "no relation word (其中, 占, 执行率, 增加 …) ties it to the figures around it"
    return f"its concept ({f.concept}) is stated nowhere else in the same phase and year"


def _at(doc: Document, f: Fact) -> str:
    line, col = doc.position(f.q.num_start)
    return f"{line}:{col}"


def _describe(where: dict) -> str:
    if "table" in where:
        return f"table {where['table']}, row {where['row']}, column {where['column']}"
    if "paragraph" in where:
        return f"paragraph {where['paragraph']}"
    return ""


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"
