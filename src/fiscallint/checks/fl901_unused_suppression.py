"""The rule FL901 unused-suppression: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.checks.base import ProducedByTheGate
from fiscallint.deciding.rule import register


@register
class UnusedSuppression(ProducedByTheGate):
    """A suppression that matched no finding: the figure it accepted has
    changed or no longer disagrees. Remove it, so that it cannot hide a new
    problem.

    No text example: suppressions (Word comments, configuration entries) are
    applied by the gate to a finished run; tests/test_gate.py has the cases.
    """

    code = "FL901"
    name = "unused-suppression"
    severity = "warning"
