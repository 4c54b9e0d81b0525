"""The interview's questions: one per finding and red flag of contract.yml.

Short, plain words, one thing at a time. Closed questions offer quick-reply
buttons; every question offers "Not sure" (intent unsure: the interview
records it and moves on). Button payloads carry an intent and, for answers
that are not yes/no, the finding as an entity, so a button press fills the
slot without going through the NLU.

Why the questions are here and not utter_ask_* responses in domain.yml: see
the header of domain.yml (rasa data validate reports utter_ask_* as unused).
tests/actions/test_questions.py checks that every finding has a question.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

YES_NO = (("Yes", "/affirm"), ("No", "/deny"), ("Not sure", "/unsure"))


def inform(finding: str, value) -> str:
    """A button payload that sets one finding: /describe_symptoms{"finding": value}."""
    return "/describe_symptoms" + json.dumps({finding: value}, separators=(",", ":"))


@dataclass(frozen=True)
class Question:
    text: str
    buttons: Tuple[Tuple[str, str], ...] = YES_NO
    hint: str = ""  # said when a free-text answer could not be read

    def button_dicts(self) -> List[Dict[str, str]]:
        return [{"title": title, "payload": payload} for title, payload in self.buttons]


def _choices(finding: str, pairs, unsure: bool = True) -> Tuple[Tuple[str, str], ...]:
    buttons = tuple((title, inform(finding, value)) for title, value in pairs)
    return buttons + ((("Not sure", "/unsure"),) if unsure else ())


QUESTIONS: Dict[str, Question] = {
    # --- what the pain is like ---
    "pain_location": Question(
        "Where in the leg do you feel it? Pick the main place, or tell me in your own words.",
        _choices("pain_location", [("Calf", "calf"), ("Thigh", "thigh"), ("Buttock", "buttock"),
                                   ("Hip", "hip"), ("Groin", "groin"), ("Knee", "knee"),
                                   ("Shin", "shin"), ("Foot or ankle", "foot")]),
    ),
    "laterality": Question(
        "Is it in one leg or both?",
        _choices("laterality", [("One leg", "one_leg"), ("Both legs", "both_legs")]),
    ),
    "pain_quality": Question(
        "What does it feel like? Pick the closest, or describe it.",
        _choices("pain_quality", [("Cramping", "cramping"), ("Aching", "aching"), ("Tired", "fatigue"),
                                  ("Heavy", "heaviness"), ("Tingling", "tingling"), ("Numb", "numbness"),
                                  ("Burning", "burning"), ("Tight", "tightness"), ("Weak", "weakness")]),
    ),
    # --- what brings it on ---
    "brought_on_by_walking": Question("Does the pain come on when you walk?"),
    "brought_on_by_standing": Question("Does it ever start while you're just standing still, without walking?"),
    "worse_uphill_or_hurrying": Question("Is it worse going uphill or when you hurry?"),
    "same_distance_each_time": Question("Does it come on after about the same distance each time?"),
    "walking_distance_m": Question(
        "Roughly how far can you walk before it starts?",
        _choices("walking_distance_m", [("Less than 100 m", 50), ("100 to 200 m", 150),
                                        ("200 to 500 m", 350), ("More than 500 m", 800)]),
        hint="You can say it in metres, yards, blocks or miles, for example \"about 2 blocks\".",
    ),
    "runner_or_athlete": Question("Does it come on when you run or play sport?"),
    "pain_on_level_ground": Question("Does it come on when you walk at an ordinary pace on flat ground?"),
    # --- what relieves it ---
    "relieved_by_standing_still": Question("If you stop and stand still, without sitting down, does it ease?"),
    "relieved_by_sitting_or_bending_forward": Question(
        "Does sitting down or bending forward, like leaning on a shopping trolley, ease it?"),
    "relief_minutes": Question(
        "Once you stop, how long does it take to ease?",
        _choices("relief_minutes", [("A minute or two", 1.5), ("2 to 5 minutes", 4),
                                    ("5 to 10 minutes", 8), ("Longer than 10 minutes", 20)]),
        hint="Roughly how many minutes? For example \"about 3 minutes\".",
    ),
    "relieved_by_leg_elevation": Question("Does raising your leg up help it ease faster?"),
    # --- other findings ---
    "back_pain": Question("Do you also have pain in your lower back?"),
    "joint_stiffness": Question("Is a joint such as your hip or knee stiff after resting, or painful when you move it?"),
    "leg_swelling": Question("Does the leg swell up?"),
    "cycling_pain_free": Question("Can you cycle, or use an exercise bike, without the pain?"),
    "history_of_dvt": Question("Have you ever had a blood clot in a leg vein (a DVT)?"),
    # --- risk factors ---
    "smoking": Question(
        "Do you smoke?",
        _choices("smoking", [("I smoke", "current"), ("I used to", "former"), ("Never", "never")]),
    ),
    "diabetes": Question("Do you have diabetes?"),
    "high_blood_pressure": Question("Do you have high blood pressure?"),
    "high_cholesterol": Question("Have you been told your cholesterol is high?"),
    "age": Question("How old are you?", (("Not sure", "/unsure"),), hint="Your age in years, please, for example \"67\"."),
    # --- red-flag screening ---
    "rest_pain": Question("Does it ever hurt while you're sitting or lying down, for example at night?"),
    "foot_wound": Question("Any sores on your feet or toes that are slow to heal?"),
    "color_or_temperature_change": Question("Has your leg or foot changed colour (pale, blue or dark) or turned cold?"),
    "sudden_severe_pain": Question("Did the pain come on suddenly and severely in the last day or so?"),
    "cauda_equina_signs": Question(
        "Any new trouble controlling your bladder or bowels, or numbness around your bottom or genitals?"),
    "dvt_signs": Question("Is one leg swollen, warm, red and tender?"),
    "chest_pain_or_breathlessness": Question("Do you have any chest pain or sudden shortness of breath?"),
}
