"""A suppression: a finding accepted with a reason (configuration's
``[[suppress]]`` or a Word comment ``fiscallint: ignore``), matched by rule,
path and figure."""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Suppression:
    path: str  # glob
    rule: str
    figure: str  # the number as written, digits compared
    reason: str
    origin: str  # where it was declared (file:entry, or report:line for a Word comment)
    used: int = 0

    def matches(self, path: str, finding) -> bool:
        if self.rule != finding.rule or not _glob(path, self.path):
            return False
        return _digits(self.figure) in _figures(finding)


def _glob(path: str, pattern: str) -> bool:
    path = path.replace("\\", "/")
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, "*/" + pattern) or fnmatch.fnmatch(Path(path).name, pattern)


def _digits(text: str) -> str:
    return "".join(ch for ch in str(text) if ch.isdigit() or ch == ".").strip(".")


def _figures(finding) -> set[str]:
    """The numbers a finding names (stated and related), as digits."""
    import re

    texts = [finding.stated or "", finding.location.message, finding.message] + [r.message for r in finding.related]
    out = set()
    for t in texts:
        for m in _FIGURE.finditer(t.split("[", 1)[0] if t is finding.stated else t):
            out.add(_digits(m.group(0).replace(",", "")))
    return out

_FIGURE = re.compile(r"[0-9][0-9,，.]*")
