"""Languages: English (the messages as written in :mod:`fiscallint.support.messages`)
and Chinese (the gettext catalogue ``locale/zh/LC_MESSAGES/fiscallint.mo``).

The language is ``--lang``, else ``lang`` in the configuration, else the
locale: Chinese when LC_ALL, LC_MESSAGES or LANG (the first one set) starts
with ``zh``, English otherwise. English needs no catalogue: gettext is
loaded only for Chinese. Rule codes, rule names and JSON field names are
never translated.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

LANGS = ("en", "zh")
DOMAIN = "fiscallint"
LOCALE_DIR = Path(__file__).parent.parent / "locale"

_current = "en"


def default_lang(environ=None) -> str:
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_lang(lang: str) -> None:
    global _current
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (choose {', '.join(LANGS)})")
    _current = lang


def current() -> str:
    return _current


def _identity(text: str) -> str:
    return text


@lru_cache(maxsize=None)
def _catalogue(lang: str):
    import gettext

    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang])


def translator(lang: str | None = None):
    """A gettext function for ``lang`` (default: the current language)."""
    lang = lang or _current
    return _identity if lang == "en" else _catalogue(lang).gettext


def gettext(text: str, lang: str | None = None) -> str:
    return translator(lang)(text)


def ngettext(forms: tuple[str, str], n: int, lang: str | None = None) -> str:
    """``forms`` (singular, plural) for ``n``, formatted with ``n``."""
    lang = lang or _current
    if lang == "en":
        template = forms[0] if n == 1 else forms[1]
    else:
        template = _catalogue(lang).ngettext(forms[0], forms[1], n)
    return template.format(n=n)


def render(message, lang: str | None = None) -> str:
    """A message (a :class:`~fiscallint.support.messages.Msg` or a plain string from
    a plug-in rule, left as it is) in ``lang``."""
    from fiscallint.support.messages import Msg

    lang = lang or _current
    if lang == "en" or not isinstance(message, Msg):
        return str(message)
    return message.render(translator(lang))


def localize(result, lang: str | None = None) -> None:
    """Render every finding's message of a run in ``lang``: each report's
    findings are replaced by their rendered copies."""
    lang = lang or _current
    if lang == "en":
        return
    result.input_errors[:] = [render(m, lang) for m in result.input_errors]
    for _, report in result.reports:
        report.findings = [_localized(f, lang) for f in report.findings]


def _localized(f, lang: str):
    from dataclasses import replace

    return replace(f, message=render(f.message, lang), slip=render(f.slip, lang) if f.slip else f.slip,
                   location=replace(f.location, message=render(f.location.message, lang)),
                   related=[replace(r, message=render(r.message, lang)) for r in f.related])
