"""Every test runs in an English locale unless it sets another: messages
follow LC_ALL/LC_MESSAGES/LANG (fiscallint.i18n), and the expected outputs
are English."""
import pytest


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    from fiscallint import i18n

    i18n.set_lang("en")
