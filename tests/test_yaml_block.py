"""The direct YAML writer gives libyaml's bytes: on the committed seeds data, on strings
chosen to hit each quoting rule, and on generated data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import store, yaml_block

DATA = Path(__file__).resolve().parent.parent / "site_src" / "data"


class _Libyaml(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data: Any) -> bool:
        return True


def libyaml(data: Any) -> str:
    """What ``store.dump_yaml`` wrote before it had a writer of its own."""
    return yaml.dump(
        data, Dumper=_Libyaml, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False
    )


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: p.name)
def test_the_committed_seeds_data_is_written_directly_byte_for_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert yaml_block.dump(data) == text  # the fast path, not libyaml's


@pytest.mark.parametrize(
    "value",
    [
        "plain words",
        "it's",
        "a: b",
        "x:",
        "a #b",
        "#a",
        "-x",
        "- x",
        "?",
        "? x",
        ":x",
        "@at",
        "`tick",
        '"quoted" start',
        "a,b[c]{d}?",
        "123",
        "1.5",
        "yes",
        "No",
        "null",
        "~",
        "",
        "2017-01-01",
        "---",
        "...x",
        " lead",
        "trail ",
        "é ü",
        "non\u00a0breaking",
        "one\ntwo",
        "one\n\n\ntwo",
        "end\n",
        "\nstart",
        "it's\nok",
        "space \nbreak",
        "break\n space",
        "tab\there",
        "emoji \U0001f600",
        "line\u2028sep",
        "bom\ufeff",
        "nel\x85",
        "x" * 9_500,
    ],
)
def test_each_quoting_rule_matches_libyaml(value: str) -> None:
    for data in ({"a": value}, {"a": {"b": [value, {"c": value}]}}, [[value]], {"k": [value]}):
        assert store.dump_yaml(data) == libyaml(data)


_TEXT = st.text(
    alphabet=st.sampled_from(list("ab yz09:#-?'\",[]{}&*!|>%@`\n\t.~é\u00a0\u2028\U0001f600")),
    max_size=12,
)
_SCALARS = (
    _TEXT
    | st.sampled_from(["yes", "null", "true", "12", "0x1f", "1e3", ".inf", "2020-02-02", "a: b"])
    | st.integers()
    | st.floats(allow_nan=True)
    | st.booleans()
    | st.none()
    | st.dates(min_value=dt.date(1900, 1, 1))
)
_KEYS = st.sampled_from(["name", "kind", "yes", "null", "on", "a_b", "x1"]) | _TEXT
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.dictionaries(_KEYS, _DATA, max_size=4) | st.lists(_DATA, max_size=4))
def test_generated_data_matches_libyaml(data: Any) -> None:
    assert store.dump_yaml(data) == libyaml(data)
