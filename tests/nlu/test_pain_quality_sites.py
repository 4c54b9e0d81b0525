"""pain_quality is what the legs feel: a quality said of another body part (a wrist, the chest,
the saddle area) is that part's, and "dead" before a colour means "completely".
The legs' quality in the same kind of sentence still counts."""
from __future__ import annotations

import pytest

# a quality whose clause names only a non-leg part: no pain_quality
NOT_THE_LEGS = [
    "my elbow stings when I lean on the desk",
    "a stabbing pain in my jaw when I chew",
    "my thumb throbs after a day of gardening",
    "my hand went numb while I was driving",
    "my thumbs turn white and numb in winter",
    "tingling in my fingers when I type",
    "my neck is sore from the new pillow",
    "a burning feeling in my stomach after meals",
    "my chest has been feeling tight today",
    "there is a heavy pressure across my chest",
    "my backside has gone numb since yesterday",
    "numbness round my privates since this morning",
    "I can't feel the loo roll when I wipe",
    "my bladder has been a bit weak lately",
    "my toes go dead pale when I lift my leg",
]


@pytest.mark.parametrize("text", NOT_THE_LEGS)
def test_quality_of_another_part_is_not_pain_quality(extract, text):
    result = extract(text)
    assert "pain_quality" not in result.findings, (text, result.mentions)


# the legs' quality next to a non-leg part's (or naming both): still the legs' quality
LEGS_TOO = [
    ("my elbow stings and my calves cramp when I walk", {"cramping"}),
    ("my shoulder throbs and my calves burn when I walk uphill", {"burning"}),
    ("a tight chest, and my calves cramp after 200 yards", {"cramping"}),
    ("tight calves and a tight chest when I walk up hills", {"tightness"}),
    ("my hands and feet go numb when I walk", {"numbness"}),
    ("pins and needles in my fingers and toes when I walk", {"tingling"}),
    ("numb backside and thighs when I walk", {"numbness"}),
    ("my legs and arms go heavy when I walk", {"heaviness"}),
    ("my toes go dead pale and my foot goes numb", {"numbness"}),
    ("my lower back aches and my thighs go numb after ten minutes standing", {"numbness"}),
]


@pytest.mark.parametrize("text,qualities", LEGS_TOO)
def test_the_legs_quality_still_counts(extract, text, qualities):
    result = extract(text)
    assert set(result.findings.get("pain_quality") or []) == qualities, (text, result.mentions)


# ordinary leg descriptions that look like the blocked ones
ORDINARY = [
    ("my calf goes dead after a mile", "numbness"),
    ("my calves feel tight when I walk", "tightness"),
    ("sharp pain in my calf when I walk", "sharp"),
    ("my bum aches when I walk", "aching"),
    ("my buttocks go numb when I walk far", "numbness"),
    ("numb on the bottom of my foot when I walk", "numbness"),
    ("the back of my calf aches when I walk", "aching"),
    ("burning pain in my shins when I walk", "burning"),
    ("my arm is fine but my leg goes weak after a few hundred yards", "weakness"),
]


@pytest.mark.parametrize("text,quality", ORDINARY)
def test_leg_quality_is_kept(extract, text, quality):
    result = extract(text)
    assert quality in (result.findings.get("pain_quality") or []), (text, result.mentions)
