"""Block YAML for the contract's plain data, written without PyYAML's node objects.

``store.dump_yaml`` asks libyaml for block-style YAML, keys in order, unicode kept, lines
not folded. PyYAML makes one Python node object per value before libyaml sees any of them,
and asks a Python resolver twice per string which tag its text would have: for the 400
articles of the corpus that was 2 of the 52 seconds of extraction. This module writes the
same bytes directly for the values the contract holds (mappings with short keys, lists,
strings on one line, numbers, booleans, null, dates), and says it cannot (``None``) for
anything else, which then goes to libyaml: strings with characters libyaml escapes (tabs,
control characters, emoji) or line breaks, very long lines, keys that are not short words.

The choice between plain, 'single-quoted' and libyaml's other styles follows libyaml's
``yaml_emitter_analyze_scalar`` and ``yaml_emitter_select_scalar_style`` (emitter.c): a
string is written plain when no indicator character, leading or trailing space or
document marker forbids it and its text would read back as a string (not ``123``, ``yes``,
``null``, ``2017-01-01``); otherwise single-quoted with ``'`` doubled. Tested byte for byte
against libyaml on the seeds, the corpus and generated data (tests/test_yaml_block.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import yaml.resolver

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_LINE_LIMIT = 9_000  # libyaml folds a line at a space past column 10,000 (the width asked)

# Characters libyaml writes as they are (IS_PRINTABLE in yaml_private.h, minus its line
# breaks U+0085, U+2028, U+2029 and the byte-order mark): anything else makes it escape.
_UNUSUAL = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
# What stops a string being plain in a block (emitter.c, yaml_emitter_analyze_scalar):
# an indicator first, "? ", ": " or "- " first, ": " or " #" inside, ":" last, a space at
# either end, a document marker first.
_NOT_PLAIN = re.compile(r"""^[#,\[\]{}&*!|>'"%@`]|^[?:-](?: |$)|: |:$| #|^ | $|^---|^\.\.\.""")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_BREAKS = re.compile(r"\n+")


class _Unusual(Exception):
    """A value this module leaves to libyaml."""


def dump(data: Any) -> str | None:
    """The text ``yaml.dump`` gives for ``data`` (a mapping or list) under ``store``'s
    settings, or None when ``data`` holds something only libyaml should write."""
    if not isinstance(data, (dict, list)) or not data:
        return None
    out: list[str] = []
    try:
        _collection(out, data, 0, inline=False)
    except _Unusual:
        return None
    return "".join(out)


def _collection(out: list[str], data: Any, indent: int, inline: bool) -> None:
    """A non-empty mapping or list at ``indent``; its first line goes on the current line
    when ``inline`` (an item of a list: ``- key: value``)."""
    pad = " " * indent
    if type(data) is dict:
        for i, (key, value) in enumerate(data.items()):
            if type(key) is not str or not _KEY.fullmatch(key) or _string(key) != key:
                raise _Unusual
            out.append(f"{'' if inline and i == 0 else pad}{key}:")
            # A list under a key is not indented further; a mapping is, by two.
            _value(out, value, indent if type(value) is list else indent + 2, indent + 2)
        return
    for i, item in enumerate(data):
        out.append("-" if inline and i == 0 else f"{pad}-")
        _value(out, item, indent + 2, indent + 2, after_dash=True)


def _value(out: list[str], value: Any, indent: int, lines: int, after_dash: bool = False) -> None:
    """``value`` after its key or dash; ``indent`` is where a collection's lines start,
    ``lines`` where a quoted string's second line starts."""
    kind = type(value)
    if kind is dict or kind is list:
        if not value:
            out.append(" {}\n" if kind is dict else " []\n")
        elif after_dash:
            out.append(" ")
            _collection(out, value, indent, inline=True)
        else:
            out.append("\n")
            _collection(out, value, indent, inline=False)
        return
    out.append(f" {_scalar(value, lines)}\n")


def _scalar(value: Any, lines: int) -> str:
    kind = type(value)
    if kind is str:
        if lines + len(value) > _LINE_LIMIT or _UNUSUAL.search(value):
            raise _Unusual
        if "\n" in value:
            return _lines(value, lines)
        return _string(value)
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    if kind is dt.date:
        return value.isoformat()
    if kind is float:
        return _float(value)
    raise _Unusual  # datetimes and anything else: libyaml's own way


def _lines(value: str, indent: int) -> str:
    """A string with line breaks, single-quoted as libyaml writes it: each run of breaks
    written once more (a lone break would read back as a space), the next line indented.
    A space beside a break makes libyaml choose double quotes: left to it."""
    if " \n" in value or "\n " in value:
        raise _Unusual
    pad = " " * indent
    quoted = value.replace("'", "''")
    return "'" + _BREAKS.sub(lambda run: run.group() + "\n" + pad, quoted) + "'"


def _float(value: float) -> str:
    """``SafeRepresenter.represent_float``'s text, which libyaml writes plain."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


@functools.lru_cache(maxsize=1 << 16)
def _string(value: str) -> str:
    if (
        value
        and not _NOT_PLAIN.search(value)
        and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG
    ):
        return value
    return "'" + value.replace("'", "''") + "'"
