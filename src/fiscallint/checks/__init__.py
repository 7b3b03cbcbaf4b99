"""The built-in rules, one module per rule (``flNNN_name.py``): its code,
name, default severity, the recognisers (claim pattern ids) that build its
claims, and a docstring saying what it reports, why, what it stays silent
on, with one wrong and one right example (run as tests by
tests/test_rule_modules.py). Importing this package registers them.

Codes: FL1xx arithmetic contradictions between figures, FL2xx plausibility
and structure (warnings), FL301 self-evaluation scores, FL9xx suppressions.
What the rules share (wording of figures, ClaimRule) is in ``base``.
"""
from __future__ import annotations

from fiscallint.checks.base import (  # noqa: F401  (the wording helpers, for other modules)
    ClaimRule, computed_vs_stated, interval_in, named, related, shown, value_in)

# in this order: the registry's order (and so `fiscallint rules`, SARIF's rule list) is unchanged
from fiscallint.checks import fl101_composition_sum  # noqa: E402,F401
from fiscallint.checks import fl102_share_mismatch  # noqa: E402,F401
from fiscallint.checks import fl103_rate_mismatch  # noqa: E402,F401
from fiscallint.checks import fl104_change_amount_mismatch  # noqa: E402,F401
from fiscallint.checks import fl105_growth_rate_mismatch  # noqa: E402,F401
from fiscallint.checks import fl106_figure_restated  # noqa: E402,F401
from fiscallint.checks import fl107_identity_mismatch  # noqa: E402,F401
from fiscallint.checks import fl301_score_mismatch  # noqa: E402,F401
from fiscallint.checks import fl199_unchecked_relation  # noqa: E402,F401
from fiscallint.checks import fl201_unit_slip  # noqa: E402,F401
from fiscallint.checks import fl202_over_establishment  # noqa: E402,F401
from fiscallint.checks import fl203_rate_out_of_range  # noqa: E402,F401
from fiscallint.checks import fl204_count_list_mismatch  # noqa: E402,F401
from fiscallint.checks import fl205_heading_numbering  # noqa: E402,F401
from fiscallint.checks import fl206_restated_figure_differs  # noqa: E402,F401
from fiscallint.checks import fl207_count_above_whole  # noqa: E402,F401
from fiscallint.checks import fl108_table_row_mismatch  # noqa: E402,F401
from fiscallint.checks import fl109_product_mismatch  # noqa: E402,F401
from fiscallint.checks import fl900_invalid_suppression  # noqa: E402,F401
from fiscallint.checks import fl901_unused_suppression  # noqa: E402,F401
from fiscallint.checks import suppression as _suppression  # noqa: E402,F401  (the Word comments the gate applies)
