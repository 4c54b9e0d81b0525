"""The clinical triage engine of the leg-pain assistant: pure Python, no Rasa.

    from triage import assess, next_question, red_flag_urgency
    a = assess({"pain_location": ["calf"], "brought_on_by_walking": True})
    a.urgency, a.likely_causes, a.cause_group, a.to_dict()
    next_question(findings, asked=(), suspected=())   # finding name or None

Evidence lives in triage/knowledge/*.yml, each row with its source; see
triage/README.md for the rules and thresholds.
"""
from .contract import Contract, ContractError, FindingSpec, load_contract
from .ecq import EcqResult
from .engine import Assessment, CauseLikelihood, assess, describe_findings, red_flag_urgency
from .kb import load_knowledge
from .questions import QuestionPlan, next_question, plan_questions

__all__ = [
    "Assessment",
    "CauseLikelihood",
    "Contract",
    "ContractError",
    "EcqResult",
    "FindingSpec",
    "QuestionPlan",
    "assess",
    "describe_findings",
    "load_contract",
    "load_knowledge",
    "next_question",
    "plan_questions",
    "red_flag_urgency",
]
