"""The Edinburgh Claudication Questionnaire (Leng & Fowkes 1992), answered
from the findings (item map in knowledge/ecq.yml).

Positive: Q1 yes, Q2 no, Q3 yes, Q5 "disappears in 10 minutes or less", and
pain in the calf (definite) or in the thigh or buttock without the calf
(atypical). Grade 1 if Q4 no, 2 if Q4 yes. The result is None until the items
decide it either way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Mapping, Optional

from .kb import Knowledge


@dataclass(frozen=True)
class EcqResult:
    positive: bool
    kind: Optional[str] = None  # "definite" | "atypical" when positive
    grade: Optional[int] = None  # 1 | 2 when positive and Q4 is known

    def to_dict(self) -> Dict[str, Any]:
        return {"positive": self.positive, "kind": self.kind, "grade": self.grade}


def _yes_no(value: Any) -> Optional[bool]:
    return value if isinstance(value, bool) else None


def edinburgh(kb: Knowledge, values: Mapping[str, Any]) -> Optional[EcqResult]:
    items = kb.ecq["items"]
    q1 = _yes_no(values.get(items["q1_pain_when_walking"]))

    q2_answers = [values.get(name) for name in items["q2_begins_standing_or_sitting"]]
    if any(a is True for a in q2_answers):
        q2: Optional[bool] = True
    elif all(a is False for a in q2_answers):
        q2 = False
    else:
        q2 = None

    q3 = _yes_no(values.get(items["q3_uphill_or_hurrying"]))
    q4 = _yes_no(values.get(items["q4_ordinary_pace_level"]))

    q5_spec = items["q5_stand_still"]
    relieved = values.get(q5_spec["relieved"])
    minutes = values.get(q5_spec["minutes"])
    if relieved is False or (minutes is not None and minutes > q5_spec["max_minutes"]):
        q5: Optional[bool] = False  # "usually continues more than 10 minutes"
    elif relieved is True and minutes is not None:
        q5 = True  # "usually disappears in 10 minutes or less"
    else:
        q5 = None

    locations = values.get(items["q6_location"])
    if locations is None:
        kind: Optional[str] = None
        q6: Optional[bool] = None
    elif any(loc in locations for loc in kb.ecq["definite_locations"]):
        kind, q6 = "definite", True
    elif any(loc in locations for loc in kb.ecq["atypical_locations"]):
        kind, q6 = "atypical", True
    else:
        kind, q6 = None, False

    required = (q1, q2 is False if q2 is not None else None, q3, q5, q6)
    if any(answer is False for answer in required):
        return EcqResult(positive=False)
    if any(answer is None for answer in required):
        return None
    grade = None if q4 is None else (2 if q4 else 1)
    return EcqResult(positive=True, kind=kind, grade=grade)
