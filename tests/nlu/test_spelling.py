"""Spelling correction towards the patterns' words, and what it must not touch."""
from __future__ import annotations

import pytest

from symptom_nlu import spelling
from symptom_nlu.spelling import SpellingCorrector, edit_distance


@pytest.mark.parametrize(
    "a,b,d",
    [("calf", "calf", 0), ("calfs", "calf", 1), ("sudenly", "suddenly", 1), ("teh", "the", 1),
     ("diabetis", "diabetes", 1), ("excrutiating", "excruciating", 1), ("abc", "xyz", 3)],
)
def test_edit_distance(a, b, d):
    assert edit_distance(a, b) == d


def test_corrector_rules():
    c = SpellingCorrector(["suddenly", "diabetes", "diabetic", "black", "heal", "heel"], real_words=["bleak"])
    assert c.correct("sudenly") == "suddenly"
    assert c.correct("diabetis") == "diabetic"  # tie: the longer shared beginning wins
    assert c.correct("blak") == "black"
    assert c.correct("bleak") is None  # a real word is never corrected
    assert c.correct("heal") is None  # a vocabulary word is never corrected
    assert c.correct("hexl") is None  # "heal" or "heel": a true tie stays uncorrected
    assert c.correct("bla") is None  # too short
    assert c.correct("zzzzzz") is None


@pytest.mark.parametrize(
    "text,code",
    [
        ("sudenly my leg hurts realy bad", "sudden_severe_pain"),
        ("numbnes between my legs", "cauda_equina_signs"),
        ("my toes have gone blak", "color_or_temperature_change"),
        ("excrutiating pain in my leg that came on suddently", "sudden_severe_pain"),
        ("cant controll my bladder", "cauda_equina_signs"),
        ("a sore on my heel that wont heal", "foot_wound"),
        ("my calf is swolen and red", "dvt_signs"),
    ],
)
def test_misspelled_red_flags_are_found(extract, text, code):
    assert code in extract(text).red_flags


def test_misspelled_findings(extract):
    f = extract("my calfs cramp, I have diabetis and high blood presure and my cholestrol is high").findings
    assert f["pain_location"] == ["calf"]
    assert f["diabetes"] is True and f["high_blood_pressure"] is True and f["high_cholesterol"] is True


def test_the_text_of_a_mention_is_what_was_typed(extract):
    text = "sudenly my leg hurts realy bad"
    m = extract(text).mentions[0]
    assert text[m.start:m.end] == m.text == "sudenly my leg hurts realy bad"


def test_real_word_list_is_current(extractor):
    """patterns/real_words.txt matches the patterns (regenerate: python -m symptom_nlu.spelling --write)."""
    assert spelling.main([]) == 0
