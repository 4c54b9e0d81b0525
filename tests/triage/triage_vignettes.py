"""Helpers shared by the triage tests: the vignettes file and a simulated
conversation that answers next_question from a vignette."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Mapping, Tuple

import yaml

from triage import assess, load_contract, plan_questions

VIGNETTES_PATH = Path(__file__).resolve().parent / "vignettes.yml"


def load_vignettes() -> List[Dict[str, Any]]:
    with open(VIGNETTES_PATH, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def complete_findings(vignette: Mapping[str, Any]) -> Dict[str, Any]:
    """The vignette's findings with every red flag it does not list answered
    "no" (the file's convention)."""
    findings = dict(vignette["findings"])
    for flag in load_contract().red_flags:
        findings.setdefault(flag, False)
    return findings


def simulate(vignette: Mapping[str, Any], limit: int = 40) -> Tuple[Dict[str, Any], List[str], str]:
    """Start from the opening findings, ask next_question until it stops,
    answering from the vignette (unlisted findings: "not sure", unlisted red
    flags: no). Returns (known findings, questions asked, stop reason)."""
    contract = load_contract()
    known = dict(vignette["opening"])
    asked: List[str] = []
    while len(asked) < limit:
        plan = plan_questions(known, asked)
        if plan.question is None:
            return known, asked, plan.reason
        asked.append(plan.question)
        if plan.question in vignette["findings"]:
            known[plan.question] = vignette["findings"][plan.question]
        elif plan.question in contract.red_flags:
            known[plan.question] = False
    raise AssertionError(f"{vignette['id']}: more than {limit} questions: {asked}")


def assess_vignette(vignette: Mapping[str, Any]):
    return assess(complete_findings(vignette))
