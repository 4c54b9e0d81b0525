"""The end-of-interview summary, in plain words, from a triage Assessment.

What the engine says (urgency line, reasons, tests, advice) is used as it
is: each of those sentences carries its source in triage/knowledge/. This
module adds only the frame: headings, the cause names in plain words, and
the fixed "not a diagnosis" line. Never "diagnosis" for the result, never
certainty, never "nothing to worry about".

Layout (plain text with the conventions the web widget renders: blank-line
paragraphs, "- " list items, **bold**):

    Here's what your answers suggest.
    [See a doctor today / Call for help now, with why]
    **Most likely: a circulation (vascular) cause**, the pattern of ... What points that way:
    - your own findings
    [Edinburgh Claudication Questionnaire line] [Also possible: ...]
    **What to do:** ...
    **What a doctor may check:**
    - tests
    **What helps:**
    - advice
    Get help sooner if ...
    This isn't a diagnosis ...
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from triage import Assessment, load_knowledge

GROUP_WORDS = {
    "vascular": "a circulation (vascular) cause",
    "neurogenic": "a nerve (neurogenic) cause",
    "musculoskeletal": "a joint, muscle or tendon (musculoskeletal) cause",
}
# Plain names of the causes (contract.yml causes), from the source article
# and clinical-notes.md (AHA/ACC 2016 Table 7; red flags and urgency).
CAUSE_WORDS = {
    "pad": "peripheral artery disease (PAD), a narrowing of the leg arteries",
    "venous_claudication": "venous claudication, blood draining poorly from the leg, often after a clot in a leg vein",
    "popliteal_entrapment": "popliteal artery entrapment, an artery pinched behind the knee",
    "spinal_stenosis": "lumbar spinal stenosis, a narrowing in the lower back that squeezes the nerves to the legs",
    "osteoarthritis": "osteoarthritis, wear of a joint such as the hip or knee",
    "tendinopathy": "a tendon problem (tendinopathy), such as of the Achilles tendon",
    "cecs": "chronic exertional compartment syndrome (CECS), pressure building up in the lower-leg muscles during exercise",
    "acute_limb_ischemia": "a sudden blockage of the blood flow to the leg",
    "clti": "poor circulation to the leg and foot (chronic limb-threatening ischaemia)",
    "cauda_equina": "squeezed nerves at the bottom of the spine (cauda equina syndrome)",
    "dvt": "a blood clot in a leg vein (deep vein thrombosis, DVT)",
}
SHORT_NAMES = {
    "pad": "peripheral artery disease (PAD)",
    "venous_claudication": "venous claudication",
    "popliteal_entrapment": "popliteal artery entrapment",
    "spinal_stenosis": "lumbar spinal stenosis",
    "osteoarthritis": "osteoarthritis",
    "tendinopathy": "a tendon problem (tendinopathy)",
    "cecs": "chronic exertional compartment syndrome (CECS)",
}
NOT_A_DIAGNOSIS = (
    "This isn't a diagnosis: it's what the pattern of your answers suggests. "
    "A doctor who examines you can tell what it is."
)
ALSO_POSSIBLE_MIN_SCORE = 0.2  # a second cause worth naming (judgement)
MAX_HELPS = 4

# Follow-up questions offered after the summary, by cause group (text
# payloads go through the NLU to the faq retrieval intent).
FOLLOW_UPS = {
    "vascular": [("What is PAD?", "What is PAD?"), ("The ABI test", "What is an ABI?"), ("What helps?", "What helps leg pain when walking?")],
    "neurogenic": [("What is spinal stenosis?", "What is spinal stenosis?"), ("Which tests?", "Which tests might a doctor do?"), ("What helps?", "What helps leg pain when walking?")],
    "musculoskeletal": [("What is CECS?", "What is compartment syndrome?"), ("Which tests?", "Which tests might a doctor do?"), ("What helps?", "What helps leg pain when walking?")],
    "uncertain": [("What is claudication?", "What is claudication?"), ("Which tests?", "Which tests might a doctor do?"), ("When to see a doctor?", "When should I see a doctor?")],
}


@lru_cache(maxsize=1)
def _advice_kinds() -> Dict[str, str]:
    """Advice sentence (or its fixed start) -> kind: urgency | urgent_cause | warning."""
    advice = load_knowledge().advice
    kinds: Dict[str, str] = {}
    for entry in advice["urgency"].values():
        kinds[entry["text"].split("{")[0]] = "urgency"
    for entry in advice["urgent_causes"].values():
        kinds[entry["text"]] = "urgent_cause"
    for entry in advice["warnings"].values():
        kinds[entry["text"]] = "warning"
    for entry in advice.get("uncertain", []):
        kinds[entry["text"]] = "uncertain"
    return kinds


def advice_kind(line: str) -> str:
    for start, kind in _advice_kinds().items():
        if line == start or (kind == "urgency" and line.startswith(start)):
            return kind
    return "help"


def bullets(lines) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _first_scored(assessment: Assessment):
    scored = [c for c in assessment.likely_causes if not c.urgent]
    return scored[0] if scored else None, scored[1:]


SUMMARY_HEADING = "Here's what your answers suggest."  # the summary's first line; tests and benches look for it


def format_summary(assessment: Assessment) -> Tuple[str, List[Dict[str, str]]]:
    """The summary text and its follow-up buttons."""
    a = assessment
    kinds = [(line, advice_kind(line)) for line in a.advice]
    urgency_lines = [line for line, kind in kinds if kind == "urgency"]
    urgent_cause_lines = [line for line, kind in kinds if kind == "urgent_cause"]
    warnings = [line for line, kind in kinds if kind == "warning"]
    uncertain_lines = [line for line, kind in kinds if kind == "uncertain"]
    helps = [line for line, kind in kinds if kind == "help"]
    urgent_causes = [c for c in a.likely_causes if c.urgent]
    parts: List[str] = [SUMMARY_HEADING]

    if a.urgency == "emergency":
        parts.append("**Call for help now.** " + " ".join(urgency_lines + urgent_cause_lines + helps))
        parts.append("I've stopped the questions so that you can get help straight away.")  # = actions.STOPPED
        parts.append(NOT_A_DIAGNOSIS)
        return "\n\n".join(parts), []

    top, others = _first_scored(a)
    if urgent_causes:
        because = []
        for cause in urgent_causes:
            because.extend(cause.reasons_for)
        because = list(dict.fromkeys(because))
        head = "**This needs a doctor today**"
        head += (", because you mentioned " + _join(because) + ".") if because else "."
        parts.append(" ".join([head] + urgent_cause_lines))
        parts.append("**What to do:** " + " ".join(urgency_lines))
        if top is not None and top.reasons_for:
            parts.append(f"Apart from that, your pain fits best with the pattern of {CAUSE_WORDS.get(top.cause, top.cause)}. "
                         "What points that way:\n" + bullets(top.reasons_for))
    elif a.cause_group == "uncertain" or top is None:
        if a.uncertain_reason == "too_few_findings":
            parts.append("**I can't tell the likely cause yet:** I don't know enough about the pain.")
        else:
            parts.append("**Your answers don't point clearly to one cause.**")
        named = [SHORT_NAMES.get(c.cause, c.cause) for c in a.likely_causes[:2]]
        if named:
            parts[-1] += " The patterns that fit best are " + _join(named) + "."
        if uncertain_lines:
            parts.append(" ".join(uncertain_lines))
    else:
        text = (f"**Most likely: {GROUP_WORDS.get(a.cause_group, a.cause_group)}**, "
                f"the pattern of {CAUSE_WORDS.get(top.cause, top.cause)}.")
        if top.reasons_for:
            text += " What points that way:\n" + bullets(top.reasons_for)
        parts.append(text)
    if a.ecq is not None and a.ecq.positive and not urgent_causes:
        kind = f" ({a.ecq.kind})" if a.ecq.kind else ""
        parts.append(f"Your answers match the Edinburgh Claudication Questionnaire's definition of claudication{kind}.")
    if not urgent_causes and a.cause_group != "uncertain":
        also = [c for c in others if c.score >= ALSO_POSSIBLE_MIN_SCORE]
        if also:
            parts.append("Also possible: " + _join(SHORT_NAMES.get(c.cause, c.cause) for c in also) + ".")

    if urgency_lines and not urgent_causes:
        parts.append("**What to do:** " + " ".join(urgency_lines))
    if a.next_tests:
        parts.append("**What a doctor may check:**\n" + bullets(a.next_tests))
    if helps:
        parts.append("**What helps:**\n" + bullets(helps[:MAX_HELPS]))
    parts.extend(warnings)
    parts.append(NOT_A_DIAGNOSIS)
    group = a.cause_group if a.cause_group in FOLLOW_UPS else "uncertain"
    parts.append("Want to know more? Pick a question, or ask me anything.")
    buttons = [{"title": t, "payload": p} for t, p in FOLLOW_UPS[group]]
    return "\n\n".join(parts), buttons


def _join(words) -> str:
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def reflect(descriptions: Tuple[str, ...], first_time: bool) -> Optional[str]:
    """ "So far I have: ..." before the first question."""
    start = "Thanks." if first_time else "Thanks, I've added that."
    if not descriptions:
        return f"{start} I'll ask a few short questions, one at a time."
    return f"{start} So far I have: " + "; ".join(descriptions) + "."
