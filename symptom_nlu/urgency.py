"""Urgency of a set of affirmed red flags.

The triage engine owns this rule (``triage.red_flag_urgency``). Until it is
there, a fallback reads the per-flag urgency from contract.yml and applies the
combination rule that contract.yml states in a comment (sudden severe pain
together with a colour/temperature change is an emergency).
TODO(remove the fallback once triage.red_flag_urgency exists in every checkout).
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from triage.contract import load_contract

try:  # the engine's rule, when the engine provides it
    from triage import red_flag_urgency as _engine_red_flag_urgency  # type: ignore[attr-defined]
except ImportError:  # triage/__init__.py not there yet, or without the function
    _engine_red_flag_urgency = None

# contract.yml: "A sudden change of colour or temperature together with sudden pain is an emergency."
_EMERGENCY_COMBINATIONS = (frozenset({"sudden_severe_pain", "color_or_temperature_change"}),)


def _fallback_red_flag_urgency(codes: Iterable[str]) -> Optional[str]:
    contract = load_contract()
    codes = set(codes)
    for code in codes:
        contract.spec(code)  # raises ContractError for an unknown code
    for combination in _EMERGENCY_COMBINATIONS:
        if not combination <= set(contract.red_flags):
            raise ValueError(f"combination {sorted(combination)} names a code that contract.yml lacks")
    levels = [contract.red_flag_urgency[c] for c in codes]
    if any(combination <= codes for combination in _EMERGENCY_COMBINATIONS):
        levels.append("emergency")
    if not levels:
        return None
    return min(levels, key=contract.urgency_rank)


def red_flag_urgency(codes: Iterable[str]) -> Optional[str]:
    """"emergency" | "urgent" | None for the affirmed red-flag codes."""
    codes = list(codes)
    if _engine_red_flag_urgency is not None:
        return _engine_red_flag_urgency(codes)
    return _fallback_red_flag_urgency(codes)


def source() -> str:
    """Where the rule comes from: "triage" or "fallback" (for tests and the report)."""
    return "triage" if _engine_red_flag_urgency is not None else "fallback"


red_flag_urgency_fn: Callable[[Iterable[str]], Optional[str]] = red_flag_urgency
