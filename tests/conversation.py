"""What a simulated person answers in the interview, shared by the end-to-end
and fault tests: a vignette's findings (tests/triage/vignettes.yml) and the
quick-reply button that answers a question from them."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Mapping

import yaml

from triage import load_contract

VIGNETTES = Path(__file__).resolve().parent / "triage" / "vignettes.yml"


@lru_cache(maxsize=None)
def _vignettes() -> Dict[str, Dict[str, Any]]:
    return {v["id"]: v for v in yaml.safe_load(VIGNETTES.read_text(encoding="utf-8"))}


def vignette(vignette_id: str) -> Dict[str, Any]:
    """One vignette: its `description` (the opening message) and `findings` (every answer)."""
    return _vignettes()[vignette_id]


def answer(finding: str, person: Mapping[str, Any]) -> str:
    """The button press answering `finding` from the person's findings: a
    red flag they do not have is denied, anything else unknown is "not sure"."""
    if finding not in person:
        return "/deny" if finding in load_contract().red_flags else "/unsure"
    value = person[finding]
    if isinstance(value, bool):
        return "/affirm" if value else "/deny"
    return "/describe_symptoms" + json.dumps({finding: value})
