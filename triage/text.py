"""Plain words for findings (knowledge/phrases.yml)."""
from __future__ import annotations

from typing import Any, Iterable, List, Mapping, Sequence, Tuple

from .kb import Knowledge


def join_words(words: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def format_number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".rstrip("0").rstrip(".")


def phrase(kb: Knowledge, finding: str, value: Any, items: Iterable[str] = ()) -> str:
    """Words for ``finding`` = ``value``; for a many-valued finding, ``items``
    (default: all of ``value``) are the values named, in contract order."""
    entry = kb.phrases[finding]
    spec = kb.contract.findings[finding]
    if spec.type in ("bool", "one"):
        return entry[value]
    if spec.type == "many":
        chosen = set(items) if items else set(value)
        words = [entry["items"][v] for v in spec.values if v in chosen]
        return entry["template"].replace("{items}", join_words(words))
    return (
        entry["template"]
        .replace("{value}", format_number(value))
        .replace("{s}", "" if value == 1 else "s")
    )


def describe(kb: Knowledge, values: Mapping[str, Any]) -> Tuple[str, ...]:
    """Every known finding in plain words, in contract order."""
    out: List[str] = []
    for name in kb.contract.findings:
        value = values.get(name)
        if value is None:
            continue
        if kb.contract.findings[name].type == "many" and not value:
            continue
        out.append(phrase(kb, name, value))
    return tuple(out)
