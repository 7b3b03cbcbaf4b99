"""Every test runs in an English locale unless it sets another: messages
follow LC_ALL/LC_MESSAGES/LANG (fiscallint.support.i18n), and the expected outputs
are English.

The tests check what each rule finds at its own severity: the measured
ledger (rules/ledger.toml, which turns patterns of low precision on real
text into warnings) is off for them ($FISCALLINT_LEDGER empty, inherited by
the fiscallint processes they start); tests/test_ledger.py and the README
samples use it."""
import os

import pytest

os.environ["FISCALLINT_LEDGER"] = ""


def missing(what: str) -> None:
    """A test needs something this machine lacks (a browser, a file of
    ../shared): skipped on a developer's machine, failed in CI ($CI or
    $FISCALLINT_CI set, as .ci/run does), where no test may be skipped."""
    if os.environ.get("FISCALLINT_CI") or os.environ.get("CI"):
        pytest.fail(f"{what}: CI runs every test", pytrace=False)
    pytest.skip(what)


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    from fiscallint.support import i18n

    i18n.set_lang("en")
