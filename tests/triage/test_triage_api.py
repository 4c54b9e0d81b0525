"""The public API the action server and NLU rely on (docs/architecture.md)."""
from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import triage

ROOT = Path(__file__).resolve().parents[2]


def test_public_names():
    for name in ("assess", "next_question", "red_flag_urgency", "Assessment", "CauseLikelihood", "EcqResult",
                 "load_contract", "ContractError", "Contract", "FindingSpec", "plan_questions", "describe_findings"):
        assert hasattr(triage, name), name
    assert list(inspect.signature(triage.assess).parameters) == ["findings"]
    assert list(inspect.signature(triage.next_question).parameters) == ["findings", "asked", "suspected"]
    assert list(inspect.signature(triage.red_flag_urgency).parameters) == ["codes"]


def test_assessment_fields():
    fields = [f.name for f in triage.Assessment.__dataclass_fields__.values()]
    assert fields[:7] == ["urgency", "red_flags", "likely_causes", "cause_group", "ecq", "next_tests", "advice"]
    assert [f for f in triage.CauseLikelihood.__dataclass_fields__][:4] == ["cause", "score", "reasons_for", "reasons_against"]


def test_the_engine_imports_neither_rasa_nor_rasa_sdk():
    code = (
        "import sys, triage; triage.assess({'pain_location': ['calf']}); triage.next_question({});"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk', 'tensorflow', 'spacy'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

