"""Classes of phrasing behind the twenty-second held-out set's missed red flags (DVT signs, sudden
severe pain, cauda equina signs, chest pain or sudden breathlessness), each tested both ways.
Every sentence here is written for these tests; none is a held-out or development-set sentence.

- dvt: learners' "very big and hot"; one leg measured against the other ("bigger than the left",
  "swollen compared to the other"); swelling "on one side only", and a short reply that names the
  side first ("only on one side, puffy and hot to touch"); the limb named by its side ("calf on the
  left side", "the calf on that side"); "below my left knee" as the leg; one leg swollen and "the left
  one's fine";
- sudden: learners' "come quick quick", "fast fast", "come so fast", "so strong", "hurt too much";
  "I can't bear this pain"; "a sudden sharp pain"; "never felt pain this bad";
- cauda: "can't seem to pee", "wasn't even aware I needed to go", "didn't make it to the toilet";
- chest: "cannot finish the sentence"; learners' "very hard breathing", "suddenly I breathe very hard".
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # dvt
    ("my left calf is really big and red since yesterday", "dvt_signs"),
    ("my left leg is so big and warm from 3 days", "dvt_signs"),
    ("the right calf looks bigger than the left now", "dvt_signs"),
    ("it's a lot bigger than the other one and it aches", "dvt_signs"),
    ("my right leg is swollen compared with the left", "dvt_signs"),
    ("the leg has swollen up on one side only since the weekend", "dvt_signs"),
    ("yes, just on one side, swollen and red", "dvt_signs"),
    ("left side: puffy and warm to the touch", "dvt_signs"),
    ("my leg on the right side has gone swollen and it's hot", "dvt_signs"),
    ("had a hip op last month and now the leg on that side is swollen", "dvt_signs"),
    ("everything under my right knee is swollen and sore", "dvt_signs"),
    ("my left calf swelled up over the weekend, sore and warm at the back, the right leg is fine", "dvt_signs"),
    # sudden severe pain
    ("this afternoon the pain in my leg came quick quick and very strong pain", "sudden_severe_pain"),
    ("my foot hurt so much, it come so fast", "sudden_severe_pain"),
    ("leg pain fast fast, I can't bear the pain", "sudden_severe_pain"),
    ("the calf pain came on very quickly and it hurts too much", "sudden_severe_pain"),
    ("my foot went white and cold, I can't take this pain", "sudden_severe_pain"),
    ("I felt a sudden stabbing pain in my thigh while I was reaching for a cup", "sudden_severe_pain"),
    ("it came on out of nowhere and I've never had pain this bad", "sudden_severe_pain"),
    # cauda equina
    ("I can't seem to wee since yesterday and my back is killing me", "cauda_equina_signs"),
    ("I don't seem able to pass water since this morning", "cauda_equina_signs"),
    ("I wasn't aware I had to go and then I'd wet the chair", "cauda_equina_signs"),
    ("I didn't make it to the loo this morning and my back is bad", "cauda_equina_signs"),
    # chest
    ("I can't finish the sentence without stopping for air", "chest_pain_or_breathlessness"),
    ("since an hour I have very hard breathing", "chest_pain_or_breathlessness"),
    ("all of a sudden I breathe really hard and my calf is swollen", "chest_pain_or_breathlessness"),
]

HELD = [
    ("my dad's right calf is very big and hot", "dvt_signs", "other_person"),
    ("what if my leg is swollen on one side only?", "dvt_signs", "hypothetical"),
    ("I don't have a leg bigger than the other", "dvt_signs", "negated"),
    ("my leg is not swollen compared to the other", "dvt_signs", "negated"),
    ("my husband can't seem to pee properly", "cauda_equina_signs", "other_person"),
]

NO_RED_FLAG = [
    # review: heavy or hard breathing with no sudden onset is asthma, COPD or sleep, not sudden breathlessness
    "I've had heavy breathing for years with my COPD",
    "my wife says I have heavy breathing when I sleep",
    # dvt look-alikes: both legs, swelling after exercise that settles, the other leg named
    "both my legs are very big and puffy by the evening",
    "my ankles swell in the heat and go down overnight",
    "my legs swell a bit after a long run but it settles when I rest",
    "my right leg is stronger than the left",
    "I don't have swelling on one side only",
    "no swelling in either leg, both are the same size",
    # sudden look-alikes: building over weeks, with walking, an ordinary "strong", an ordinary "fast"
    "the pain has built up over weeks, now it hurts too much to walk far",
    "I get a sudden sharp pain in my calf when I walk uphill",
    "had a sudden sharp pain in my wrist when I opened the jar",
    "the ache comes on so fast when I walk and goes when I stop",
    "I walk very fast in the morning and my calves ache",
    "my legs feel so strong since the physio",
    "I can't bear this pain any longer, it's been months of aching when I walk",
    # cauda look-alikes: denied, asked, ordinary
    "no problems passing water, I can pee fine",
    "I didn't make it to the shop today because of my calf",
    "the calf cramps at night and I nearly didn't make it to the loo with it",
    # breathing look-alikes: exertion, denied
    "I have hard breathing when I climb the stairs",
    "out of breath on the stairs, but fine once I stop",
    "I breathe very hard after my run",
    "I can finish the sentence fine, no breathlessness",
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
