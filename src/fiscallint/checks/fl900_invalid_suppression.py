"""The rule FL900 invalid-suppression: its documentation is the class's docstring."""
from __future__ import annotations

from fiscallint.checks.base import ProducedByTheGate
from fiscallint.deciding.rule import register


@register
class InvalidSuppression(ProducedByTheGate):
    """A suppression that cannot be used: a Word comment ``fiscallint: ignore``
    without a reason, or naming an unknown rule. A suppression must say why
    (``fiscallint: ignore FL101 年中追加预算，附表已说明``).

    No text example: suppressions (Word comments, configuration entries) are
    applied by the gate to a finished run; tests/test_gate.py has the cases.
    """

    code = "FL900"
    name = "invalid-suppression"
    severity = "error"
