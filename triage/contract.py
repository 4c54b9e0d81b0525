"""The project's clinical vocabulary, loaded from ``contract.yml``.

Every other part (NLU, domain, engine, tests) takes finding names, red-flag
codes, urgency levels and causes from here instead of repeating them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Tuple

import yaml

CONTRACT_PATH = Path(__file__).resolve().parent.parent / "contract.yml"

FindingValue = Any  # bool | float | str | frozenset[str], by the finding's type


class ContractError(ValueError):
    """A finding name or value that contract.yml does not allow."""


@dataclass(frozen=True)
class FindingSpec:
    name: str
    type: str  # bool | number | one | many
    values: Tuple[str, ...] = ()
    red_flag: bool = False

    def normalise(self, value: Any) -> FindingValue:
        """Return ``value`` in canonical form, or raise ContractError naming it."""
        if self.type == "bool":
            if isinstance(value, bool):
                return value
            raise ContractError(f"finding '{self.name}' takes true or false, not {value!r}")
        if self.type == "number":
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ContractError(f"finding '{self.name}' takes a number, not {value!r}")
            if value != value or value < 0 or value == float("inf"):  # NaN, negative or infinite
                raise ContractError(f"finding '{self.name}' takes a finite non-negative number, not {value!r}")
            return float(value)
        if self.type == "one":
            if value not in self.values:
                raise ContractError(
                    f"finding '{self.name}' takes one of {list(self.values)}, not {value!r}"
                )
            return value
        # many
        items = [value] if isinstance(value, str) else value
        try:
            chosen = frozenset(items)
        except TypeError:
            raise ContractError(f"finding '{self.name}' takes a list of {list(self.values)}, not {value!r}") from None
        unknown = sorted(str(v) for v in chosen if v not in self.values)
        if unknown:
            raise ContractError(
                f"finding '{self.name}' takes values from {list(self.values)}, not {unknown}"
            )
        return chosen


@dataclass(frozen=True)
class Contract:
    findings: Mapping[str, FindingSpec]  # includes red-flag codes as bool findings
    red_flag_urgency: Mapping[str, str]  # red-flag code -> urgency level
    seed_red_flags: Tuple[str, ...]  # the red flags named by the source article
    urgency_levels: Tuple[str, ...]  # most urgent first
    causes: Mapping[str, Tuple[str, ...]]  # group -> cause codes
    result_slots: Tuple[str, ...]

    @property
    def red_flags(self) -> Tuple[str, ...]:
        return tuple(self.red_flag_urgency)

    @property
    def cause_group_of(self) -> Dict[str, str]:
        return {cause: group for group, codes in self.causes.items() for cause in codes}

    def spec(self, name: str) -> FindingSpec:
        try:
            return self.findings[name]
        except KeyError:
            raise ContractError(f"unknown finding '{name}' (not in contract.yml)") from None

    def validate(self, findings: Mapping[str, Any]) -> Dict[str, FindingValue]:
        """Canonical copy of ``findings``; ``None`` means unknown and is dropped."""
        return {
            name: self.spec(name).normalise(value)
            for name, value in findings.items()
            if value is not None
        }

    def urgency_rank(self, level: str) -> int:
        """0 for the most urgent level."""
        return self.urgency_levels.index(level)


def _parse(raw: Mapping[str, Any]) -> Contract:
    findings: Dict[str, FindingSpec] = {}
    for name, spec in raw["findings"].items():
        findings[name] = FindingSpec(name, spec["type"], tuple(spec.get("values", ())))
    red_flags = raw["red_flags"]
    for code in red_flags:
        if code in findings:
            raise ContractError(f"red flag '{code}' is also a finding")
        findings[code] = FindingSpec(code, "bool", red_flag=True)
    levels = tuple(raw["urgency_levels"])
    for code, spec in red_flags.items():
        if spec["urgency"] not in levels:
            raise ContractError(f"red flag '{code}' has unknown urgency {spec['urgency']!r}")
    return Contract(
        findings=findings,
        red_flag_urgency={code: spec["urgency"] for code, spec in red_flags.items()},
        seed_red_flags=tuple(code for code, spec in red_flags.items() if spec.get("seed")),
        urgency_levels=levels,
        causes={group: tuple(codes) for group, codes in raw["causes"].items()},
        result_slots=tuple(raw["result_slots"]),
    )


@lru_cache(maxsize=None)
def load_contract(path: Optional[str] = None) -> Contract:
    with open(path or CONTRACT_PATH, encoding="utf-8") as handle:
        return _parse(yaml.safe_load(handle))
