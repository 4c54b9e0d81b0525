"""Between the tracker's slots and the engine's findings.

Slots carry the contract's finding names (domain.yml, generated from
contract.yml). A slot holds what the NLU or a button gave it; this module
turns slot values into canonical findings for triage (bool / float / one
value / list), parses a free-text number answer ("about 2 blocks"), and
never lets a bad value reach the engine.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Dict, Mapping, Optional

from triage.contract import ContractError, load_contract

logger = logging.getLogger(__name__)

CONTRACT = load_contract()
FINDINGS = tuple(CONTRACT.findings)  # includes the red-flag codes
RED_FLAGS = tuple(CONTRACT.red_flags)

_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


def coerce(name: str, value: Any) -> Any:
    """``value`` as the finding's canonical type, or None when it is not one.

    Slot values arrive as JSON: bools may be strings ("true"), numbers may be
    ints or strings, list findings may be a single string.
    """
    spec = CONTRACT.spec(name)
    if value is None:
        return None
    if spec.type == "bool" and isinstance(value, str):
        low = value.strip().lower()
        value = True if low in _TRUE else False if low in _FALSE else value
    elif spec.type == "number" and isinstance(value, str):
        parsed = parse_number(name, value)
        value = parsed if parsed is not None else value
    elif spec.type == "many":
        items = _flatten(value)
        if items is not None:
            value = sorted(set(items))
            if not value:
                return None
    try:
        canonical = spec.normalise(value)
    except ContractError as error:
        logger.warning("dropping slot %s=%r: %s", name, value, error)
        return None
    return sorted(canonical) if isinstance(canonical, frozenset) else canonical


def _flatten(value: Any) -> Optional[list]:
    """A list finding's items: from a string, a list, or a list of lists (a
    button payload {"pain_location": ["calf", "thigh"]} arrives as one entity
    whose value is a list)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple, set, frozenset)):
        items: list = []
        for item in value:
            inner = _flatten(item)
            if inner is None:
                return None
            items.extend(inner)
        return items
    return None


def findings_from_slots(slots: Mapping[str, Any]) -> Dict[str, Any]:
    """The known findings in the slots (unknown and invalid values left out)."""
    findings: Dict[str, Any] = {}
    for name in FINDINGS:
        value = coerce(name, slots.get(name))
        if value is not None:
            findings[name] = value
    return findings


def present_red_flags(findings: Mapping[str, Any]) -> list:
    return [code for code in RED_FLAGS if findings.get(code) is True]


# --- numbers in free text ----------------------------------------------------
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "couple": 2, "few": 3, "several": 4, "half": 0.5,
}
_NUMBER = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
# metres per unit; a city block taken as about 90 m (the conversation examples
# reflect "2 blocks" back as "about 180 m")
_DISTANCE_UNITS = [
    (r"km|kilomet(?:er|re)s?", 1000.0),
    (r"miles?", 1609.0),
    (r"blocks?", 90.0),
    (r"yards?|yds?", 0.9144),
    (r"feet|foot|ft", 0.3048),
    (r"m|met(?:er|re)s?", 1.0),
    # "after 10 minutes": at an ordinary walking pace of about 5 km/h (judgement)
    (r"minutes?|mins?", 80.0),
]
_TIME_UNITS = [(r"seconds?|secs?", 1 / 60), (r"hours?|hrs?", 60.0), (r"minutes?|mins?", 1.0)]
_INSTANT = re.compile(r"\b(straight away|right away|immediately|at once|instantly)\b")


def _number(token: str) -> float:
    token = token.lower().replace(",", ".")
    return float(_WORD_NUMBERS[token]) if token in _WORD_NUMBERS else float(token)


def _with_unit(text: str, units) -> Optional[float]:
    for unit, factor in units:
        # "half a mile", "a couple of minutes", "2 blocks", "200m"
        match = re.search(rf"\b{_NUMBER}(?:\s+(?:a|an|of))*\s*(?:{unit})\b", text)
        if match:
            value = _number(match.group(1))
            if re.search(rf"\bhalf\s+an?\s+(?:{unit})\b", text):
                value = 0.5
            elif re.search(rf"\ban?\s+(?:{unit})\s+and\s+a\s+half\b", text):
                value = 1.5
            return value * factor
    return None


def _bare_number(text: str) -> Optional[float]:
    match = re.search(r"\b(\d+(?:[.,]\d+)?)\b", text)
    return _number(match.group(1)) if match else None


def parse_number(name: str, text: str) -> Optional[float]:
    """A number finding from a free-text answer, in the contract's unit
    (metres, minutes, years), or None when the text holds none."""
    text = (text or "").lower()
    if name == "walking_distance_m":
        value = _with_unit(text, _DISTANCE_UNITS)
        return round(value) if value is not None else _bare_number(text)
    if name == "relief_minutes":
        if _INSTANT.search(text):
            return 0.5
        value = _with_unit(text, _TIME_UNITS)
        return round(value, 2) if value is not None else _bare_number(text)
    if name == "age":
        value = _bare_number(text)
        return value if value is not None and 1 <= value <= 120 else None
    return _bare_number(text)


def union(old: Any, new: Any) -> Optional[list]:
    """Two list-finding values together (a volunteered extra place or quality)."""
    items: set = set()
    for value in (old, new):
        items.update(_flatten(value) or [])
    return sorted(items) or None
