"""Numbers with units: conversions (quantities.py) and what a number is about."""
from __future__ import annotations

import pytest

from symptom_nlu.quantities import METRES_PER_BLOCK, parse_amount, parse_quantities

MILE = 1609.344
YARD = 0.9144


@pytest.mark.parametrize(
    "words,value",
    [
        ("two", 2), ("a", 1), ("an", 1), ("a couple of", 2), ("couple of", 2), ("a few", 3),
        ("several", 3), ("half a", 0.5), ("a half", 0.5), ("a quarter of a", 0.25),
        ("three quarters of a", 0.75), ("one and a half", 1.5), ("twenty five", 25),
        ("twenty - five", 25), ("a hundred", 100), ("two hundred", 200), ("a few hundred", 300),
        ("a couple of hundred", 200), ("10 - 15", 12.5), ("2 to 3", 2.5), ("two or three", 2.5),
        ("1.5", 1.5), ("2,000", 2000), ("two hundred and fifty", 250),
    ],
)
def test_number_words(words, value):
    assert parse_amount(words.split()) == pytest.approx(value)


@pytest.mark.parametrize("words", ["the", "my", "for", "about", "15 - 10", ""])
def test_not_a_number(words):
    assert parse_amount(words.split()) is None


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("two blocks", "distance", 2 * METRES_PER_BLOCK),
        ("a block", "distance", METRES_PER_BLOCK),
        ("half a mile", "distance", 0.5 * MILE),
        ("a mile and a half", "distance", 1.5 * MILE),
        ("100 yards", "distance", 100 * YARD),
        ("a few hundred yards", "distance", 300 * YARD),
        ("200m", "distance", 200),
        ("200 metres", "distance", 200),
        ("1.5km", "distance", 1500),
        ("1 km", "distance", 1000),
        ("300 ft", "distance", 300 * 0.3048),
        ("50 steps", "distance", 50 * 0.75),
        ("a couple of minutes", "time", 2),
        ("a minute or so", "time", 1),
        ("a minute or two", "time", 1.5),
        ("5 mins", "time", 5),
        ("5mins", "time", 5),
        ("10-15 minutes", "time", 12.5),
        ("10-15mins", "time", 12.5),
        ("30 seconds", "time", 0.5),
        ("a few seconds", "time", 0.05),
        ("seconds", "time", 0.05),  # a bare plural unit counts as "a few"
        ("half an hour", "time", 30),
        ("half hour", "time", 30),
        ("a good half hour", "time", 30),
        ("a good hour", "time", 60),
        ("a solid 10 minutes", "time", 10),
        ("an hour and a half", "time", 90),
        ("I'm 72", "age", 72),
        ("im 72", "age", 72),
        ("I am 72", "age", 72),
        ("72 years old", "age", 72),
        ("a 72-year-old man", "age", 72),
        ("aged 72", "age", 72),
        ("age: 72", "age", 72),
        ("72yo", "age", 72),
        ("72 y/o", "age", 72),
        ("I'm seventy two", "age", 72),
        ("in my seventies", "age", 75),
        ("in my 70s", "age", 75),
    ],
)
def test_units_are_converted(text, kind, value):
    found = parse_quantities(text)
    assert [(q.kind, round(q.value, 3)) for q in found] == [(kind, round(value, 3))]


@pytest.mark.parametrize(
    "text",
    ["my feet", "a foot", "I'm 5 minutes from home", "I'm fine", "I'm 100% sure", "I'm 6 foot tall"],
)
def test_no_age_or_bogus_quantity(text):
    assert [q for q in parse_quantities(text) if q.kind == "age"] == []
    assert [q for q in parse_quantities(text) if q.kind == "distance" and "foot" in text and "6" not in text] == []


# --- what a number is about (through the whole pipeline) ---------------------------------
@pytest.mark.parametrize(
    "text,distance",
    [
        ("my calves cramp after two blocks", 2 * METRES_PER_BLOCK),
        ("I can only walk about 100 yards", 100 * YARD),
        ("it starts after 200m", 200),
        ("I manage half a mile before it hurts", 0.5 * MILE),
        ("after a few hundred yards my thigh aches", 300 * YARD),
        # clinicians' notes: "~" for about, "claudication" / "claud" as the walking cue
        ("R calf claudication at ~200 m", 200),
        ("L calf claud ~100 m", 100),
        # a unit that ends the sentence keeps its full stop in spaCy's tokens ("m.")
        ("my calves cramp at about 300 m.", 300),
        ("Claudicates at about 100 m. No rest pain.", 100),
    ],
)
def test_walking_distance(extract, text, distance):
    findings = extract(text).findings
    assert findings["walking_distance_m"] == pytest.approx(distance, abs=0.01)
    assert findings["brought_on_by_walking"] is True  # implied by a walking distance


@pytest.mark.parametrize(
    "text", ["I live 2 miles from the hospital", "I run 5k every week", "I drive 10 miles to work"]
)
def test_distance_not_about_walking(extract, text):
    assert "walking_distance_m" not in extract(text).findings


@pytest.mark.parametrize(
    "text,minutes",
    [
        ("goes away if I stop for a minute or so", 1),
        ("it eases within a couple of minutes", 2),
        ("after 5 mins rest it's gone", 5),
        ("it takes 10-15 minutes to settle", 12.5),
        ("it goes within seconds of stopping", 0.05),
        ("I have to stand still for about 3 minutes", 3),
        ("it takes half an hour to go away after I sit down", 30),
        # "takes N to go|settle|wear off", "takes N before I can walk again", "a good half hour",
        # a rest act a few words before ("sit on a wall for 5 minutes"), a time after "..., like"
        ("it takes a good half hour to settle", 30),
        ("takes 5 mins to go", 5),
        ("the ache takes a few minutes to go off", 3),
        ("takes 2 or 3 minutes before I can walk again", 2.5),
        ("I sit on the steps for 5 minutes and off I go", 5),
        ("I have to bend over for 10 mins", 10),
        ("it takes ages to go off, like 20 minutes", 20),
    ],
)
def test_relief_minutes(extract, text, minutes):
    assert extract(text).findings["relief_minutes"] == pytest.approx(minutes, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "I have to stop after 10 minutes",
        "after 10 minutes of walking my calf cramps",
        "I can walk for 20 minutes before it hurts",
        "I'm 5 minutes from the shops",
        # a walking time before the pain starts, whatever "take" and "go" are near
        "it takes 10 minutes of walking before it starts to go numb",
        "it takes me 20 minutes to walk to the shop and my calves hurt",
        "it takes 10 minutes to go numb",
    ],
)
def test_time_not_about_relief(extract, text):
    assert "relief_minutes" not in extract(text).findings


def test_walking_time_and_relief_time_in_one_message(extract):
    findings = extract("it starts after 10 minutes and goes away after 2 minutes").findings
    assert findings["relief_minutes"] == 2


@pytest.mark.parametrize(
    "text,age",
    [("I'm 72", 72), ("72 years old, smoker", 72), ("aged 64 with diabetes", 64), ("I'm 58 and I smoke", 58),
     # twenty-second set's classes: learners' "I have 71 years", a clinician's "69 male", "my age (77)"
     ("Good morning, I have 71 years. My calf hurts walking", 71), ("69 male, calf claudication", 69),
     ("72 F, calf pain at 200 yards", 72), ("it could be my age (77)", 77)],
)
def test_age(extract, text, age):
    assert extract(text).findings["age"] == age


@pytest.mark.parametrize("text", ["my dad is 80 years old", "I've had diabetes for 10 years", "what if I'm 80?",
                                  "I have 20 years of diabetes", "she has 80 years and her foot is cold",
                                  "I have 3 years.", "Sugar I have 15 years. My calf hurts walking"])
def test_age_only_the_persons(extract, text):
    assert "age" not in extract(text).findings
