"""The rule FL900 invalid-suppression: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.deciding.rule import Rule, register


@register
class InvalidSuppression(Rule):
    """A suppression that cannot be used: a Word comment ``fiscallint: ignore``
    without a reason, or naming an unknown rule. A suppression must say why
    (``fiscallint: ignore FL101 年中追加预算，附表已说明``).

    No text example: suppressions are comments on a Word document's figures
    (or configuration entries), applied by the gate (fiscallint.gate) to a
    finished run; tests/test_gate.py gives the wrong and right cases.
    """

    code = "FL900"
    name = "invalid-suppression"
    text_examples = False  # produced by the gate, not by a text
    severity = "error"

    def check(self, ctx):
        return iter(())  # produced by the gate, not by the analysis
