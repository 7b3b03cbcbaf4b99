"""Fuzz target: bytes read as a text report (encoding detection, line ends,
binary detection), then checked by every rule.

Allowed: InputError (the file is refused with one line). Anything else, or a
hang past libFuzzer's -timeout, is a crash."""
import atheris

import common

common.instrumented()

from fiscallint.engine import active_rules, run  # noqa: E402
from fiscallint.reading import InputError, document_from_bytes  # noqa: E402

RULES = active_rules(None, None)


def test_one(data: bytes) -> None:
    if data.startswith(b"PK\x03\x04"):
        return  # the .docx target's
    try:
        doc = document_from_bytes(data, "fuzz.txt")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.txt: "), exc
        return
    run(doc, RULES)


if __name__ == "__main__":
    common.run(test_one)
