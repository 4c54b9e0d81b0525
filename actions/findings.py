"""Between the tracker's slots and the engine's findings.

Slots carry the contract's finding names (domain.yml, generated from
contract.yml). A slot holds what the NLU or a button gave it; this module
turns slot values into canonical findings for triage (bool / float / one
value / list), parses a free-text number answer ("about 2 blocks"), and
never lets a bad value reach the engine.
"""
from __future__ import annotations

import importlib.util
import logging
import re
import sys
from pathlib import Path
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
    if name == "walking_distance_m":  # "about 2 blocks" is 182.88 m: say "about 180 metres"
        canonical = float(round(canonical, -1) if canonical >= 100 else round(canonical))
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
def _load_quantities():
    """symptom_nlu/quantities.py, the NLU's own reader of distances, times and
    ages, loaded on its own: it is pure Python, while importing the symptom_nlu
    package would build its spaCy pipeline inside the action server. One
    reader means a free-text answer and a described finding get the same
    number (e.g. a block is 91.44 m in both)."""
    path = Path(__file__).resolve().parent.parent / "symptom_nlu" / "quantities.py"
    spec = importlib.util.spec_from_file_location("_symptom_quantities", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


_QUANTITIES = _load_quantities()
_KIND = {"walking_distance_m": "distance", "relief_minutes": "time", "age": "age"}
WALKING_METRES_PER_MINUTE = 80.0  # "after 10 minutes": an ordinary pace of about 5 km/h (judgement)
_INSTANT = re.compile(r"\b(straight away|right away|immediately|at once|instantly)\b")
_BARE = re.compile(r"^\D*?(\d+(?:\.\d+)?)\D*$")


def parse_number(name: str, text: str) -> Optional[float]:
    """A number finding from a free-text answer, in the contract's unit
    (metres, minutes, years), or None when the text holds none."""
    text = (text or "").strip().lower()
    found = {}
    for quantity in _QUANTITIES.parse_quantities(text):
        found.setdefault(quantity.kind, quantity.value)
    kind = _KIND.get(name)
    if kind in found:
        value = found[kind]
    elif name == "walking_distance_m" and "time" in found:
        value = found["time"] * WALKING_METRES_PER_MINUTE
    elif name == "relief_minutes" and _INSTANT.search(text):
        value = 0.5
    elif "distance" in found or "time" in found or "age" in found:
        return None  # a number of another kind: not an answer to this question
    else:
        bare = _BARE.match(text)  # "maybe 150", "68": one number, its unit implied
        if not bare:
            return None
        value = float(bare.group(1))
    if name == "age" and not 1 <= value <= 120:
        return None
    if name == "walking_distance_m":
        return float(round(value))
    return round(value, 2)


def union(old: Any, new: Any) -> Optional[list]:
    """Two list-finding values together (a volunteered extra place or quality)."""
    items: set = set()
    for value in (old, new):
        items.update(_flatten(value) or [])
    return sorted(items) or None
