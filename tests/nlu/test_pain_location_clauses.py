"""A body part is where it hurts when its own clause speaks of pain, or when a later clause of
its sentence speaks of a pain without naming a body part ("... and it really hurts"). A body
part named only beside a colour, a wound or a swelling, with the pain said of another part,
is no pain location."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,location",
    [
        ("my foot went white and cold an hour ago and the pain is unbearable", "foot"),
        ("the toes have gone dusky, it throbs at night", "foot"),
        ("my calf isn't red or hot, it just aches after a mile", "calf"),
        ("only the right calf, sort of crampy after 300 yards", "calf"),
        ("the skin on my shin looks shiny, and it burns when I walk", "shin"),
    ],
)
def test_a_pain_said_after_the_body_part_is_its_pain(extract, text, location):
    findings = extract(text).findings
    assert location in (findings.get("pain_location") or []), (text, findings)


@pytest.mark.parametrize(
    "text,not_location",
    [
        # the pain has its own body part
        ("my toes have gone blue and my calves ache", "foot"),
        ("my calves ache walking, and my toes have gone blue", "foot"),
        ("my toes are a normal pink colour, it hurts in my calf", "foot"),
        # no pain said at all, or a pain denied after it
        ("my ankles swell by the evening, nothing else", "ankle"),
        ("no sores, toes are a good colour, no pain in bed, just my calf on walks", "foot"),
    ],
)
def test_a_body_part_with_the_pain_elsewhere_is_no_location(extract, text, not_location):
    findings = extract(text).findings
    assert not_location not in (findings.get("pain_location") or []), (text, findings)


@pytest.mark.parametrize(
    "text,expected",
    [
        # walking said to be fine: players and runners whose pain comes with running
        ("both calves go tight after 20 minutes of football, walking is fine", {"brought_on_by_walking": False}),
        ("my shins burn when I run, fine walking", {"brought_on_by_walking": False}),
        ("calves seize at the same point of every 10k, normal walking no problem", {"brought_on_by_walking": False}),
        # ... but fine only up to a point is walking bringing it on
        ("walking is fine until about 200 yards, then my calf cramps", {"brought_on_by_walking": True}),
        # a slow walk that is fine is no denial of walking
        ("my calves hurt if I walk briskly but strolling is ok", {"brought_on_by_walking": True}),
        ("smoked for twenty years but packed in last spring", {"smoking": "former"}),
        # a past date ends at "but": the pain after it is now
        ("I gave up the cigarettes ten years ago but the calf pain when I walk is getting worse",
         {"smoking": "former", "pain_location": ["calf"]}),
        # the month is no walking
        ("I had a chest infection back in March, all better now", {"brought_on_by_walking": None}),
        ("we march up the hill and my calves burn", {"brought_on_by_walking": True}),
        # "killin' me" says where it hurts
        ("two blocks and my calves are killin me", {"pain_location": ["calf"]}),
    ],
)
def test_finding_phrasing(extract, text, expected):
    findings = extract(text).findings
    assert {k: findings.get(k) for k in expected} == expected, (text, findings)
