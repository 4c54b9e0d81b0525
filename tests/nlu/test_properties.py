"""Properties over generated text (hypothesis): the output always fits
contract.yml, red flags are exactly the affirmed red-flag findings, offsets
quote the text, and a sentence cannot cancel another sentence's red flag."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from symptom_nlu import red_flag_urgency
from triage.contract import load_contract

from .test_red_flags import AFFIRMED, NEGATED, OTHER_PERSON

CONTRACT = load_contract()

WORDS = [
    "my", "I", "no", "not", "never", "don't", "what", "if", "dad", "husband", "used", "to", "years", "ago",
    "healed", "but", "and", ",", ".", "?", "calf", "calves", "foot", "feet", "toe", "thigh", "leg", "legs",
    "both", "left", "pain", "hurts", "cramp", "ache", "numb", "weak", "sore", "sores", "ulcer", "black",
    "blue", "white", "cold", "swollen", "hot", "red", "sudden", "suddenly", "agonising", "night", "bed",
    "sitting", "rest", "walk", "walking", "stop", "stand", "still", "goes", "away", "minute", "minutes",
    "two", "blocks", "200m", "a", "few", "I'm", "72", "smoke", "quit", "smoking", "diabetes", "bladder",
    "control", "can't", "between", "chest", "breath", "uphill", "sit", "down", "eases", "trolley",
]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)


@SETTINGS
@given(text=texts)
def test_output_always_fits_the_contract(extract, text):
    result = extract(text)
    findings = CONTRACT.validate(result.findings)  # raises ContractError on a bad name or value
    assert set(findings) == set(result.findings)
    assert result.red_flags == [c for c in CONTRACT.red_flags if result.findings.get(c) is True]
    assert result.urgency == (red_flag_urgency(result.red_flags) if result.red_flags else None)
    for code in result.red_flags:
        assert any(m.finding == code and m.context == "affirmed" and m.value is True for m in result.mentions)
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
        CONTRACT.spec(m.finding)


affirmed_sentences = st.sampled_from([(c, t) for c, ts in AFFIRMED.items() for t in ts])
other_sentences = st.sampled_from(
    [t for ts in NEGATED.values() for t in ts]
    + [t for ts in OTHER_PERSON.values() for t in ts]
    + ["my calves cramp after two blocks", "I quit smoking years ago", "no sores on my feet", "thanks"]
)


@SETTINGS
@given(flag=affirmed_sentences, other=other_sentences, first=st.booleans())
def test_another_sentence_cannot_cancel_a_red_flag(extract, flag, other, first):
    code, sentence = flag
    text = f"{other}. {sentence}." if first else f"{sentence}. {other}."
    assert code in extract(text).red_flags


@SETTINGS
@given(a=other_sentences, b=other_sentences)
def test_denials_and_other_peoples_flags_add_up_to_no_red_flag(extract, a, b):
    assert extract(f"{a}. {b}.").red_flags == []
