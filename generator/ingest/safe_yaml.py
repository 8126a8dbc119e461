"""YAML from users (front matter, settings.yaml, corrections.yaml): plain data only, no aliases,
bounded nesting, and errors as one line that names a line number and never quotes the file.

A YAML alias (``*a``) lets 300 bytes stand for a structure of billions of items: harmless while
it is shared, but every walk over it (``str()``, a type check, JSON) expands it. Hand-written
metadata has no use for aliases, so they are refused while the document is composed, before
anything is built; so are merge keys (``<<: *a``), which are aliases too.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.events import AliasEvent
from yaml.nodes import Node

from generator.text import printable

MAX_DEPTH = 32
"""Deepest nesting of lists and mappings; a corrections entry needs 7."""
_PROBLEM_CHARS = 80
_UNREADABLE = {
    "timestamp": "not a calendar date",
    "int": "not a number, or one too long to read",
    "float": "not a number",
}


class YamlRefused(ValueError):
    """The text is not YAML this project reads; ``str()`` is one line, e.g. "line 3: ..."."""

    def __init__(self, problem: str, line: int | None = None) -> None:
        super().__init__(f"line {line}: {problem}" if line is not None else problem)
        self.problem = problem
        self.line = line


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader (plain data, no tags that build objects), refusing aliases and
    nesting deeper than ``MAX_DEPTH``, with every constructor failure made a YAML error."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            alias = printable(event.anchor or "", 20)
            raise ConstructorError(
                None, None, f"uses the YAML alias *{alias}, which is not allowed", event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise ConstructorError(None, None, f"is nested more than {MAX_DEPTH} levels deep", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, AttributeError, OverflowError) as exc:
            # PyYAML's own constructors raise these for 2024-02-30, a 5,000-digit integer ...
            kind = node.tag.rsplit(":", 1)[-1]
            problem = _UNREADABLE.get(kind, "a value that cannot be read")
            raise ConstructorError(None, None, problem, node.start_mark) from exc


def load(text: str, *, first_line: int = 1) -> Any:
    """The YAML document in ``text`` as plain data (dicts, lists, strings, numbers, dates).

    Raises YamlRefused naming the line (counted from ``first_line``, for front matter inside a
    file) and the problem, never quoting the text itself.
    """
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:
        raise YamlRefused(f"holds the character #x{exc.character:04x}, which YAML does not allow") from None
    try:
        return loader.get_single_data()
    except RecursionError:
        raise YamlRefused(f"is nested more than {MAX_DEPTH} levels deep") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + first_line if mark is not None else None
        raise YamlRefused(_problem(exc), line) from None
    finally:
        loader.dispose()


def _problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or type(exc).__name__
    tag = re.search(r"for the tag '([^']*)'", problem)
    if tag:
        name = tag.group(1).replace("tag:yaml.org,2002:", "!!")
        return f"uses the YAML tag {printable(name, 40)}, which is not allowed (plain fields only)"
    return printable(problem, _PROBLEM_CHARS)
