"""What the test modules of readings share: the findings a text gets
from every rule (or those selected), info left out."""
from __future__ import annotations

from fiscallint.engine import active_rules, run
from fiscallint.reading import Document


def findings(text: str, select=("FL",)):
    """The counted findings (errors and warnings) of ``text``."""
    return [f for f in run(Document("r.txt", text), active_rules(list(select))).findings if f.severity != "info"]


def counted(text: str, select=("FL",)) -> list[str]:
    """The rule codes of ``findings``, in order."""
    return [f.rule for f in findings(text, select)]
