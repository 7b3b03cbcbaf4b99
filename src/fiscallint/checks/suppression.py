"""Suppressions that cannot be used (FL900) or matched nothing (FL901), and
the ``fiscallint: ignore`` Word comments of a document. The gate
(:mod:`fiscallint.gate.suppressions`) applies them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from fiscallint.checks.fl900_invalid_suppression import InvalidSuppression  # noqa: F401  (the gate reports it)
from fiscallint.checks.fl901_unused_suppression import UnusedSuppression  # noqa: F401  (the gate reports it)
from fiscallint.model.finding import Location
from fiscallint.model.suppression import Suppression, _digits
from fiscallint.support import messages as M
from fiscallint.support.messages import Msg


_NOT_NUMBER = re.compile(r"[^0-9.]")

_DIGIT = re.compile(r"[0-9]")

_IGNORE_COMMENT = re.compile(r"fiscallint\s*[:：]\s*ignore\s+([A-Za-z]+[0-9]+|[a-z][a-z-]+)\s*(.*)", re.S)


@dataclass
class CommentSuppression:
    suppression: Suppression | None
    location: Location
    problem: str = ""


def comment_suppressions(doc, known_rules: dict) -> list[CommentSuppression]:
    """The ``fiscallint: ignore`` Word comments of a .docx, each anchored on
    the figure it accepts."""
    origins = getattr(doc, "origins", None)
    out = []
    for start, end, text in getattr(origins, "comments", []) or []:
        m = _IGNORE_COMMENT.search(text)
        if not m:
            continue
        line, col = doc.position(start)
        end_line, end_col = doc.position(max(start, end - 1))
        loc = Location(line, col, end_line, end_col, Msg(M.WORD_COMMENT, text=text.strip()[:60]), doc.where(start))
        rule, reason = m.group(1), m.group(2).strip()
        code = next((c for c, r in known_rules.items() if c == rule.upper() or r.name == rule), None)
        figure = _digits(_NOT_NUMBER.sub(" ", doc.text[start:end]).split()[0]) if _DIGIT.search(doc.text[start:end]) else ""
        if code is None:
            out.append(CommentSuppression(None, loc, Msg(M.UNKNOWN_RULE, rule=repr(rule))))
        elif not reason:
            out.append(CommentSuppression(None, loc, Msg(M.NO_REASON)))
        elif not figure:
            out.append(CommentSuppression(None, loc, Msg(M.NOT_ON_FIGURE)))
        else:
            out.append(CommentSuppression(Suppression(doc.path, code, figure, reason, f"{doc.path}:{line}:{col}"), loc))
    return out
