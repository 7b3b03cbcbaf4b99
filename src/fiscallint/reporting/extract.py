"""``fiscallint extract``: every quantity and every claim, with its verdict
or why it could not be checked. How a user learns to trust the tool."""
from __future__ import annotations

import json

from fiscallint.understanding.analysis import Fact, analyse
from fiscallint.engine import check_claims
from fiscallint.model.intervals import fmt
from fiscallint.reading import Document


def _quantity_row(doc: Document, f: Fact) -> dict:
    q = f.q
    line, col = doc.position(q.num_start)
    places = len(q.digits.split(".", 1)[1]) if "." in q.digits else 0
    return {
        "line": line,
        "column": col,
        "text": q.shown().replace("\n", ""),
        "value": fmt(q.value),
        "unit": q.unit,
        "dimension": q.dimension,
        "decimals": places,
        "interval": str(q.interval(base=False)) if not q.approx else None,
        "approximation": q.approx,
        "range_high": fmt(q.high) if q.high is not None else None,
        "label": f.label.strip(),
        "concept": f.concept,
        "role": f.role,
        "phase": f.phase,
        "year": f.year,
    }


def _claim_row(doc: Document, claim, verdict) -> dict:
    def loc(f: Fact) -> str:
        line, col = doc.position(f.q.num_start)
        return f"{f.q.shown().replace(chr(10), '')}@{line}:{col}"

    return {
        "kind": claim.kind,
        "relation": claim.relation,
        "stated": loc(claim.stated),
        "operands": [loc(f) for f in claim.operands],
        "how": claim.how,
        "verdict": verdict.status,
        "computed": str(verdict.computed) if verdict.computed is not None else None,
        "reason": verdict.reason,
    }


def extract_data(doc: Document) -> dict:
    a = analyse(doc)
    checked = check_claims(a)
    return {
        "path": doc.path,
        "encoding": doc.encoding,
        "quantities": [_quantity_row(doc, f) for f in a.facts],
        "not_quantities": [
            {"line": doc.position(s)[0], "column": doc.position(s)[1], "text": doc.text[s:e], "kind": kind.lower()}
            for s, e, kind in a.skipped
        ],
        "claims": [_claim_row(doc, c, v) for c, v in checked],
    }


def extract_json(doc: Document) -> str:
    return json.dumps(extract_data(doc), ensure_ascii=False, indent=2) + "\n"


def extract_text(doc: Document) -> str:
    from tabulate import tabulate

    data = extract_data(doc)
    out = [f"{doc.path} ({data['encoding']}): {len(data['quantities'])} quantities, {len(data['claims'])} claims", ""]
    rows = [
        (f"{q['line']}:{q['column']}", q["text"], q["value"], q["unit"] or "", q["dimension"], q["decimals"],
         q["approximation"] or "", q["role"], q["concept"] or "", q["phase"] or "")
        for q in data["quantities"]
    ]
    out.append(tabulate(rows, headers=["at", "as written", "value", "unit", "dimension", "dp", "approx", "role", "concept", "phase"],
                        tablefmt="simple", disable_numparse=True))
    out.append("")
    skipped = ", ".join(f"{s['text']}({s['kind']})" for s in data["not_quantities"][:40])
    if skipped:
        out.append(f"not quantities: {skipped}{' …' if len(data['not_quantities']) > 40 else ''}")
        out.append("")
    for c in data["claims"]:
        out.append(f"[{c['verdict']}] {c['kind']} ({c['relation']}): {c['stated']} from {', '.join(c['operands'])}")
        detail = f"    {c['how']}"
        if c["computed"]:
            detail += f"; computed {c['computed']}"
        if c["reason"]:
            detail += f"; {c['reason']}"
        out.append(detail)
    return "\n".join(out) + "\n"
