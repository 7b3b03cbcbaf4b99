"""What the test modules of readings share: the findings a text gets
from every rule (or those selected), info left out, or every one."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL",)):
    """The counted findings (errors and warnings) of ``text``."""
    return [f for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


def counted(text: str, select=("FL",)) -> list[str]:
    """The rule codes of ``findings``, in order."""
    return [f.rule for f in findings(text, select)]


def every_finding(text: str, select=("FL",)):
    """All findings of ``text``, info too."""
    return run(Document("r.txt", text), active_rules(list(select))).findings
