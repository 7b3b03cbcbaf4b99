"""Errors every stage may raise: a file that cannot be read as a report."""
from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as a report; the message names the file."""


def input_error(path: str, template: str, **args) -> InputError:
    """"path: reason", the reason a message of :mod:`fiscallint.support.messages`."""
    from fiscallint.support.messages import Msg

    return InputError(Msg.formula("{path}: {reason}", path=path, reason=Msg(template, **args)))
