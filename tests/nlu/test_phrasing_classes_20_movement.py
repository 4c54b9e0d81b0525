"""The twentieth set's last false alarm, found when it became dev20: pain on turning or rolling
over in bed comes with the movement (hip or knee osteoarthritis, clinical notes' Table 7), not
pain at rest. Both ways; every sentence is written for these tests."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_no_red_flag


@pytest.mark.parametrize("text", [
    "my hip hurts when I roll over at night",
    "the knee aches whenever I turn over in bed",
    "turning over in bed hurts my hip, and it's sore walking up hills",
    "it's my groin mostly when I walk, pain if I turn round in bed as well",
])
def test_pain_on_turning_over_in_bed_is_not_rest_pain(extract, text):
    assert_no_red_flag(extract(text), text)


@pytest.mark.parametrize("text", [
    "my foot aches in bed at night even when I lie still",
    "my toes throb all night in bed and it hurts when I turn over too",
    "my feet hurt in bed, I turn over and over all night",
    "the pain in my foot keeps me awake, I have to hang it out of bed",
])
def test_pain_at_rest_beside_turning_over_is_still_found(extract, text):
    assert_found(extract(text), "rest_pain", text)
