"""Fuzz target: the quantity grammar (grammar/quantities.lark through
fiscallint.understanding.quantities.scan) on any text, and every quantity's interval.

Nothing may raise: any text has quantities (maybe none)."""
import atheris

import common

common.instrumented()

from fiscallint.understanding.quantities import scan  # noqa: E402


def test_one(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    quantities, skipped = scan(text)
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text), (q.start, q.end)
        q.interval()
        q.shown()
    for start, end, _ in skipped:
        assert 0 <= start <= end <= len(text)


if __name__ == "__main__":
    common.run(test_one)
