"""The quantity grammar's parse, driven lean: Lark's own LALR table, tree
callbacks and per-state scanners, run by a loop that does only what this
grammar needs.

Lark's parse loop is general: a token object for every token, ignored text
included, line and column counting, an interactive parser kept for errors.
On report text that is most of a scan's time. This loop reads the same
table Lark built from ``grammar/quantities.lark``, so it accepts exactly the
language Lark does and builds the same trees (tests compare the two on the
examples, the corpora and random text); it gives up (returns None) on a
parser that is not the one it was written for, and Lark's own parse runs.
"""
from __future__ import annotations

_END = "$END"
_TOP_LIST = "__start_star_0"  # the rule Lark makes of the top level's repetition


def _plainly_named(callback):
    """A rule's tree callback that names its tree by a plain string where
    Lark's names it by a Token (``partial(Tree, Token('RULE', 'quantity'))``):
    the same tree, whose name compares without Token.__eq__ (the scan reads
    every quantity's nodes by name)."""
    from functools import partial

    from lark import Tree

    if (isinstance(callback, partial) and callback.func is Tree and len(callback.args) == 1
            and not callback.keywords and isinstance(callback.args[0], str)):
        return partial(Tree, str(callback.args[0]))
    return callback


class LeanParse:
    """A parse of the whole text by the table of ``parser`` (a Lark LALR
    parser with a contextual lexer whose states scan with ``scanner_type``).
    ``skipped`` receives (start, end, type) of each ignored terminal the
    lexer's callbacks would have collected."""

    def __init__(self, parser, scanner_type, recover, plain_text: tuple[str, str] | None = None) -> None:
        from lark.lexer import Token
        from lark.parsers.lalr_analysis import Shift

        front = parser.parser
        inner = front.parser.parser
        table = inner.parse_table
        self.token = Token._future_new  # Token's own constructor, past its check for a deprecated keyword
        self.shift = Shift
        self.states = table.states
        self.start = table.start_states["start"]
        self.end = table.end_states["start"]
        self.callbacks = inner.callbacks
        lexers = front.lexer.lexers
        self.scanners = {state: lexer._scanner for state, lexer in lexers.items()}
        self.ignored = next(iter(lexers.values())).ignore_types
        self.collected = frozenset(next(iter(lexers.values())).user_callbacks)
        self.recover = recover  # the one error the grammar recovers from: a range sign at the end
        from lark import Tree

        self.tree = Tree
        self.usable = (all(isinstance(s, scanner_type) for s in self.scanners.values())
                       and len({id(s.shared) for s in self.scanners.values()}) == 1
                       and all(lexer.ignore_types == self.ignored for lexer in lexers.values())
                       and not any(t in self.callbacks for s in self.scanners.values() for t in s.allowed_types))
        # the one alternation every state's scanner matches with first (see
        # quantities._StateScanner), matched here without a call per token
        self.union = next(iter(self.scanners.values())).shared.compiled() if self.usable else None
        # the shortcut's name for a run of plain text (``plain_text``: the text
        # terminal and that name), skipped at once where the text is ignored
        # and not collected
        text, shortcut = plain_text or (None, None)
        self.plain_text = shortcut if text in self.ignored and text not in self.collected else None
        self.table = self._flat_table() if self.usable else None

    def _flat_table(self) -> dict:
        """Lark's table with each action read once: a state's terminal (or
        rule name) -> (True, the state shifted to) or (False, what a
        reduction by the rule needs: its length, its name, its tree callback
        and how the list of the top level is built), so that the loop hashes
        no rule object and looks nothing up twice."""
        reductions: dict = {}
        flat = {}
        for state, actions in self.states.items():
            row = {}
            for kind, (action, arg) in actions.items():
                # (names as plain strings: Lark names rules by Tokens, whose
                # __eq__ is Python code run at every look-up of a rule's goto)
                if action is self.shift:
                    row[str(kind)] = (True, arg)
                    continue
                how = reductions.get(id(arg))
                if how is None:
                    name = str(arg.origin.name)
                    top = 1 if name == _TOP_LIST else 2 if name == "start" else 0
                    how = reductions[id(arg)] = (len(arg.expansion), name, _plainly_named(self.callbacks[arg]), top)
                row[str(kind)] = (False, how)
            flat[state] = row
        return flat

    def parse(self, text: str, skipped: list):
        table, scanners, ignored, collected = self.table, self.scanners, self.ignored, self.collected
        token, union, reduce, top_items = self.token, self.union, self._reduce, self._top_items
        plain = self.plain_text
        allowed = {state: scanner.allowed_types for state, scanner in scanners.items()}
        state = self.start
        state_stack = [state]
        value_stack: list = []
        pos, end = 0, len(text)
        while pos < end:
            m = union.match(text, pos, end)  # (_CHAR matches any character: never None)
            kind = m.lastgroup
            if kind == plain:  # a run of plain text (ignored in every state, never collected)
                pos = m.end()
                continue
            if kind in allowed[state]:
                value = m.group(0)
            else:  # a terminal this state does not accept: its own after it (the scanner's match_at)
                value, kind = scanners[state].after(kind, text, pos, end)
            start, pos = pos, pos + len(value)
            if kind in ignored:
                if kind in collected:
                    skipped.append((start, pos, kind))
                continue
            shifts, arg = table[state][kind]
            while not shifts:
                size, name, callback, top = arg
                if top == 2 or not size:
                    state = reduce(arg, state_stack, value_stack)
                else:  # (a quantity's own rules and the top level's list, inline)
                    children = value_stack[-size:]
                    del state_stack[-size:]
                    del value_stack[-size:]
                    state = table[state_stack[-1]][name][1]
                    state_stack.append(state)
                    value_stack.append(top_items(children) if top else callback(children))
                shifts, arg = table[state][kind]
            state = arg
            state_stack.append(state)
            value_stack.append(token(kind, value, start, None, None, None, None, pos))
        return self._finish(state_stack, value_stack)

    def _reduce(self, how: tuple, state_stack: list, value_stack: list) -> int:
        """Reduce by a rule (``how``: from the flat table); the state after."""
        size, name, callback, top = how
        if size:
            children = value_stack[-size:]
            del state_stack[-size:]
            del value_stack[-size:]
        else:
            children = []
        state = self.table[state_stack[-1]][name][1]
        state_stack.append(state)
        if top == 1:
            value_stack.append(self._top_items(children))
        elif top == 2 and children:
            value_stack.append(callback([self.tree(_TOP_LIST, children[0])]))
        else:
            value_stack.append(callback(children))
        return state

    @staticmethod
    def _top_items(children: list) -> list:
        """``start: (quantity | _dangling)*``: Lark copies the list at every
        item (quadratic in a text's figures); here it grows in place. An
        inlined rule's (_dangling's) children stand in its place, as in
        Lark's tree."""
        items = children[0] if len(children) == 2 else []
        item = children[-1]
        if getattr(item, "data", "").startswith("_"):
            items.extend(item.children)
        else:
            items.append(item)
        return items

    def _finish(self, state_stack: list, value_stack: list):
        while True:
            actions = self.table[state_stack[-1]]
            if _END not in actions:
                if not self.recover(state_stack, value_stack):
                    raise ValueError("the quantity grammar cannot end here")
                continue
            self._reduce(actions[_END][1], state_stack, value_stack)
            if state_stack[-1] == self.end:
                return value_stack[-1]
