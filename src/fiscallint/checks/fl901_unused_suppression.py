"""The rule FL901 unused-suppression: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Rule, register


@register
class UnusedSuppression(Rule):
    """A suppression that matched no finding: the figure it accepted has
    changed or no longer disagrees. Remove it, so that it cannot hide a new
    problem.

    No text example: suppressions are comments on a Word document's figures
    (or configuration entries), applied by the gate (fiscallint.gate) to a
    finished run; tests/test_gate.py gives the wrong and right cases.
    """

    code = "FL901"
    name = "unused-suppression"
    text_examples = False  # produced by the gate, not by a text
    severity = "warning"

    def check(self, ctx):
        return iter(())
