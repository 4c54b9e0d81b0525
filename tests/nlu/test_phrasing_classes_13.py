"""Classes of phrasing behind the false alarms left on the fifteenth set after its fixes
(symptom_nlu/README.md), someone else named in any possessive, and the safety errors of the
sixteenth and seventeenth held-out sets' first runs (docs/measurements/), each tested both ways.
Every sentence here is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

HELD = [
    # a question echoed and answered by a bare denial a sentence later, after a digression
    ("Any pain in my feet at rest? My daughter asked me the same last week. Nope.",
     "rest_pain", "negated"),
    ("Any sores on my feet? I had a look in the bath last night, both heels and between the toes. None.",
     "foot_wound", "negated"),
    # ...or in the last clause of the sentence that answers it
    ("Ulcers? I checked under the lamp, both feet, all the toes, and honestly, nothing at all",
     "foot_wound", "negated"),
    ("Do my toes change colour? I watched them all week in the shower, not once", "color_or_temperature_change",
     "negated"),
    # a clot treated ever since is an episode over
    ("they found a clot in my lung, been on warfarin ever since, now the calves ache when I walk", "dvt_signs",
     "historical"),
    ("chest pain and a clot on the lung a few years back, been on blood thinners since", "dvt_signs",
     "historical"),
]


# someone else's, in any possessive with any person (context.yml other_person.people): pairs no
# set had written when the list was made by hand
HELD += [
    ("me nephew's toes have gone black, he's 28", "color_or_temperature_change", "other_person"),
    ("ma pal has a sore on his heel that'll no heal", "foot_wound", "other_person"),
    ("mah niece's calf swelled up red and hot", "dvt_signs", "other_person"),
    ("mi stepdad foot cold like ice and white", "color_or_temperature_change", "other_person"),
]


RED_FLAG_FOUND = [
    # a "no" to whether it is healing or better affirms the problem, at once or a sentence later
    ("Is the sore on my heel healing? No.", "foot_wound"),
    ("Is the ulcer on my big toe getting better? It's been there since August. Nope.", "foot_wound"),
    # a "yes" (or "sometimes") comes first: the later denial answers something else
    ("Pain in bed at night? Yes, most nights. Sores? No.", "rest_pain"),
    ("Pain at night in bed? Sometimes, when it's cold. Not at all in the day.", "rest_pain"),
    # the question's finding said again before the denial is an answer of its own
    ("Colour change? My left foot has gone white and cold since this morning. Nothing else.",
     "color_or_temperature_change"),
    # a bare "no" closing a clause is too short to answer across a digression
    ("Any sore on my feet? There's one on my heel that won't heal, six weeks now, no.", "foot_wound"),
    # two sentences on is as far as an answer reaches
    ("Does my foot hurt in bed at night? It does, every night. I hang it out of bed. It wakes me. No.",
     "rest_pain"),
    # what someone says about the person is the person's: "<possessive> <person> says" starts no scope
    ("me da says the sore on my heel won't heal", "foot_wound"),
    ("mah sister reckons my toes look blue", "color_or_temperature_change"),
    # "me" naming the writer, then a person addressed: still the writer's
    ("me toes have gone black son", "color_or_temperature_change"),
    # a clot now, with thinners started since it was found, is still now
    ("my calf swelled up hot and red on Monday, they think it's a clot, on blood thinners since yesterday",
     "dvt_signs"),
]


NO_RED_FLAG = [
    "Pain at rest? My husband keeps asking, and I've sat and thought about it. No. Only when I walk.",
]


# ---------------------------------------------------------------------------
# Found by the sixteenth held-out set's first run (docs/measurements/nlu_eval_heldout16_first_run.md)
# ---------------------------------------------------------------------------

SIXTEENTH_RED_FLAG_FOUND = [
    # rest pain: Yorkshire "out t'bed", "neet"; old-fashioned "of a night"; pain that nags "at me"
    # all night; pain that stays "even lying down"; pain with no walking at all
    ("I have to stick me foot out t'bed most neets", "rest_pain"),
    ("the ache in my toes wakes me of a night now", "rest_pain"),
    ("me calf throbs at me all night long", "rest_pain"),
    ("the ache just lingers, even when I'm sat in the chair", "rest_pain"),
    ("my foot aches right now and I haven't been walking at all today", "rest_pain"),
    # a double negative affirms
    ("not that I don't get pain at night, I do, most nights", "rest_pain"),
    ("not that I haven't got a sore on my heel, it's been there weeks", "foot_wound"),
    # colour: "a nasty colour", a tinge said before the site, "all blotchy" after a sudden onset,
    # and pallor that comes back with each walk
    ("my shin's gone a nasty colour", "color_or_temperature_change"),
    ("there's a purplish tinge to it, down round the ankle", "color_or_temperature_change"),
    ("out of nowhere my calf went, and it's all blotchy", "color_or_temperature_change"),
    ("my feet go white when I walk, then pink again once I stop", "color_or_temperature_change"),
    # sudden: severe pain named after the scene; "dreadful"; sudden and unable to bear weight
    ("all of a sudden this morning, sat at the table, the pain's excruciating", "sudden_severe_pain"),
    ("yesterday all of a sudden, watching telly, the pain was dreadful in my calf", "sudden_severe_pain"),
    ("suddenly I can't bear any weight on my left leg", "sudden_severe_pain"),
    # cauda equina: "losing my water", "I keep leaking"
    ("losing me water without noticing, past two days", "cauda_equina_signs"),
    ("I keep leaking and my legs feel weak", "cauda_equina_signs"),
]


SIXTEENTH_HELD = [
    # hedged answers, and a run of questions answered together
    ("the night pain? none that I know of", "rest_pain", "negated"),
    ("any sores on your feet? not that I've noticed", "foot_wound", "negated"),
    ("numb? cold? sores? nope nope and nope", "foot_wound", "negated"),
    ("Feet pale? Feet cold? no and no", "color_or_temperature_change", "negated"),
    # advice about any such sign
    ("the GP said any sore that won't heal and I'm to come straight back", "foot_wound", "hypothetical"),
    ("the nurse told me any chest pain on the stairs means ring 999", "chest_pain_or_breathlessness",
     "hypothetical"),
    # seasons ago (for an event: a lasting sign dated long ago stays, symptom_nlu/README.md), healed
    # in the end, a note's "Past:" heading
    ("sudden agony in my calf three winters ago, a clot they said", "sudden_severe_pain", "historical"),
    ("had an ulcer on my ankle that was slow to heal but it did in the end", "foot_wound", "historical"),
    ("History: leg ulcer 2015, healed. Now: calf cramps walking.", "foot_wound", "historical"),
    # Welsh grandparents
    ("me nain's feet have gone blue, she's 90", "color_or_temperature_change", "other_person"),
    ("my bampi's calf is swollen red and hot", "dvt_signs", "other_person"),
]


SIXTEENTH_NO_RED_FLAG = [
    # pain with walking, then not walking because of it, is not pain at rest
    "my calf hurts when I walk and I haven't walked much this week because of it",
    # "my waters" is a pregnancy, not a bladder
    "I lost my waters at 38 weeks with my first, years ago; now my calves cramp on hills",
    # a pain that stays away is gone
    "the calf pain stays away even when I walk slowly now",
    # a double negative of looking, then a denial, is no sore
    "it's not that I haven't checked for sores, I have, every morning, and there aren't any",
    # "a nasty colour" of something else
    "my car is a nasty colour but my legs are fine, just ache on hills",
]


def test_legs_weak_with_standing_are_no_cauda_equina_but_sudden_weakness_is(extract):
    # fifteenth set: weakness that comes with standing or walking is neurogenic claudication
    assert extract("both my legs go weak and tingly if I stand in a queue for long").red_flags == []
    assert extract("both legs suddenly went weak this morning and I can't feel my bottom").red_flags == [
        "cauda_equina_signs"]


def test_a_calf_hard_like_a_cramp_and_red_hot_and_swollen_is_still_a_dvt(extract):
    # why no block on "hard ... like a cramp" (tests/nlu/test_dev_sets_red_flags.py: known over-triage)
    assert "dvt_signs" in extract("my calf has gone hard and painful like a cramp and it's red and hot and "
                                  "swollen").red_flags


@pytest.mark.parametrize(
    "text,value",
    [
        # sixteenth set: Australian and New Zealand "durries"; "used to be 20 a day"; stopped after a comma
        ("gave up the durries when my grandson was born", "former"),
        ("still on the durries, ten a day", "current"),
        ("used to be 30 a day, I vape now", "former"),
        ("smoked for 35 years, quit when they put the stent in", "former"),
        ("I smoke, stopped walking far because of the calves", "current"),
    ],
)
def test_sixteenth_set_smoking_status(extract, text, value):
    assert extract(text).findings.get("smoking") == value, text


def test_yorkshire_nobbut_before_an_age(extract):
    assert extract("I'm nobbut 58 and me calves cramp on the hill").findings.get("age") == 58


# ---------------------------------------------------------------------------
# Found by the seventeenth held-out set's first run (docs/measurements/nlu_eval_heldout17_first_run.md)
# ---------------------------------------------------------------------------

SEVENTEENTH_RED_FLAG_FOUND = [
    # rest pain: can't bear the covers; a note's "nocturnal"; "now it's every night"
    ("at night my feet burn so much I can't stand the covers on them", "rest_pain"),
    ("nocturnal ache in both feet for a month", "rest_pain"),
    ("now it's every night, the ache in my toes", "rest_pain"),
    # a sore with no sign of healing
    ("there's no sign of the ulcer on my toe healing", "foot_wound"),
    # colour: the colour of a bruise or a plum
    ("my heel is the colour of a plum", "color_or_temperature_change"),
    # sudden: a learner's "pain too strong"
    ("one hour ago suddenly, pain too strong in my calf", "sudden_severe_pain"),
    # cauda equina: an accident with the bladder, trouble in emptying it, not feeling it, saddle
    # numbness like the dentist's injection, not properly feeling the tissue
    ("I had an accident with my bladder in the shop today and my legs are weak", "cauda_equina_signs"),
    ("some trouble in emptying my bladder since Monday, and my back is agony", "cauda_equina_signs"),
    ("I can't feel when I'm weeing any more", "cauda_equina_signs"),
    ("my bum feels like I've had a jab at the dentist", "cauda_equina_signs"),
    ("I can't properly feel the tissue when I wipe", "cauda_equina_signs"),
    # DVT: a calf "all big and hot"
    ("my calf is all big and hot", "dvt_signs"),
    # chest: like a band round it
    ("my chest feels like a band round it when I climb stairs", "chest_pain_or_breathlessness"),
    # a question someone asked about the person's own, and a "no" about something else
    ("the nurse asked about my ulcer, it's been there 8 weeks, I said no it isn't healing", "foot_wound"),
    # found while testing: a limb that looks dead, the colour of a storm cloud
    ("my calves cramp after a mile, and my toes look like they belong to a dead man",
     "color_or_temperature_change"),
    ("my toes look half dead this morning", "color_or_temperature_change"),
    ("my foot's the colour of a storm cloud", "color_or_temperature_change"),
    # the new blocks and answers leave these alone
    ("the sore on my heel, is it healing? no", "foot_wound"),
    ("I'm worried about a sore on my heel that won't heal", "foot_wound"),
    ("they checked for a clot and found one in my calf, it's swollen and red", "dvt_signs"),
    ("Feet cold? Yes. Toes blue? No.", "color_or_temperature_change"),
]


SEVENTEENTH_NO_RED_FLAG = [
    # a clot feared or tested for
    "I'm scared of a clot after the flight, but my calves look normal",
    "they tested for a DVT last week and it was clear",
    # what a leaflet says something would mean
    "the leaflet says numbness in the saddle would mean an emergency",
    # a colour change that warmed up
    "last winter my toes went white in the snow but they warmed up after an hour",
    # someone in the next bed
    "the man in the next bed to me had a clot in his leg",
    # answers: "nothing like that", "can't say I have", a "won't heal" question answered no
    "sores? nothing like that, just the aching",
    "swelling in one leg? can't say I have",
    "Any sores that won't heal? No. Cold feet? No.",
    "cold toes? wouldn't say so, no more than usual",
    # a question someone asked, answered no in the report
    "the GP asked about cold feet and pain at night and I said no to both",
    "the doctor asked if I'd had any sores on my toes and I said can't say I have",
    "the nurse asked about my bladder and bowels and any numbness down below, and it was no to all three",
    # the person looking half dead is tiredness, not a limb's colour
    "I look half dead after the walk, my calves ache",
    # "did have a DVT" is a history
    "I did have a DVT years back after an operation, now my calves ache walking",
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND + SIXTEENTH_RED_FLAG_FOUND + SEVENTEENTH_RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD + SIXTEENTH_HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG + SIXTEENTH_NO_RED_FLAG + SEVENTEENTH_NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
