"""Classes of phrasing behind the safety errors of the seventh, eighth and ninth held-out sets'
first runs (docs/measurements/nlu_eval_heldout7_first_run.md, ..._heldout8_..., ..._heldout9_...)
and the ones the sixth left, each tested both ways. Every sentence here is written for these tests;
none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # rest pain: can't rest without it; still going while resting; on days off ("off" eases);
    # "what's new is ..." opens a report, not a question
    ("I can't lie on the sofa now without my feet throbbing", "rest_pain"),
    ("can't even sit and watch telly without the right calf aching", "rest_pain"),
    ("lying down right now and it's still there, my left foot", "rest_pain"),
    ("my legs hurt on my day off when I'm just resting", "rest_pain"),
    ("what's new is the toes burn when I'm lying in bed", "rest_pain"),
    # an answer about a sore: "one on ..., been there weeks"
    ("one on the side of my heel, scabby, been there weeks", "foot_wound"),
    # colour: no blood in it, drained of colour, white when lifted, back again after it settled
    ("my toes look like there's no blood in them", "color_or_temperature_change"),
    ("the colour has drained out of my right foot", "color_or_temperature_change"),
    ("my foot is drained of colour", "color_or_temperature_change"),
    ("pale as a ghost when I prop it up on a cushion", "color_or_temperature_change"),
    ("it warmed up fine yesterday but today my foot has gone blue again", "color_or_temperature_change"),
    # sudden: the pain with its site, then the sudden onset
    ("a stabbing pain in my left calf came on suddenly at lunchtime", "sudden_severe_pain"),
    # cauda equina: the urge gone, not knowing when the toilet is needed, bowels going unbidden
    ("I've stopped getting the urge to wee, and my bum feels odd", "cauda_equina_signs"),
    ("I don't feel the urge to go at all since Tuesday", "cauda_equina_signs"),
    ("I do not know when I need the loo any more", "cauda_equina_signs"),
    ("my bowels open without me knowing", "cauda_equina_signs"),
    ("weeing has gone all strange this week", "cauda_equina_signs"),
    # chest: "went" tight (a relief word no gap may cross)
    ("my chest went heavy on the stairs and hasn't settled", "chest_pain_or_breathlessness"),
    # the person's own, after naming a relative or a client
    ("Grandad has noticed my toe has gone black", "color_or_temperature_change"),
    ("my client asked me to check, but it's my own foot that has gone cold and white", "color_or_temperature_change"),
    ("a mate at work said my foot looks blue", "color_or_temperature_change"),
    ("I'm a grandad and my big toe has gone black", "color_or_temperature_change"),
    # a look-alike block spares a leg named after the other body part, and the feet beside the hair
    ("my neck is stiff and my calf suddenly went agonising and white", "sudden_severe_pain"),
    ("my hair has gone grey and my toes have gone black", "color_or_temperature_change"),
    ("the left has gone white", "color_or_temperature_change"),  # "left", not the plants' "leaves"
    # a look-alike block on another body part spares the foot named beside it
    ("my eye is sore and I have an ulcer on my heel", "foot_wound"),
    ("my back's sore and there's a sore on my heel that won't heal", "foot_wound"),
    ("a hole in the sole of my foot that won't heal", "foot_wound"),
    ("I had a sudden fall and now my leg is in agony and cold", "sudden_severe_pain"),
    ("a sudden change in colour, my foot has gone white and it's agony", "sudden_severe_pain"),
    ("my shoulder aches and my feet hurt every night in bed", "rest_pain"),
    ("there's a sore on my heel since March", "foot_wound"),
    ("a sore on the side of my heel that won't heal", "foot_wound"),
    ("my toenail has gone black", "color_or_temperature_change"),
    ("both legs suddenly weak on my walk this morning", "cauda_equina_signs"),
    ("both my legs suddenly gave way on the stairs this morning", "cauda_equina_signs"),
    # eighth set: formal ("persists even when I am seated", "disturbs my sleep"), Irish ("do be at
    # me all night", "walking the floor"), Scots ("aw night", "cannae"), Jamaican ("cyaan"), "it's
    # cold to the touch", "suddenly and severely painful", feeling lost round the back passage,
    # "swell until very big"
    ("the pain in my toes persists even while I am seated", "rest_pain"),
    ("the aching in my calves has begun to disturb my sleep", "rest_pain"),
    ("my calf pain doesn't go away anymore, even lying down it's still there", "rest_pain"),
    ("the toes do be at me all night", "rest_pain"),
    ("I'm up out of bed walking the floor with my feet most nights", "rest_pain"),
    ("ma feet are burnin aw night", "rest_pain"),
    ("my leg went numb and it's ice cold to the touch", "color_or_temperature_change"),
    ("my calf became suddenly and terribly painful an hour ago", "sudden_severe_pain"),
    ("sudden pain in mi leg an mi cyaan walk", "sudden_severe_pain"),
    ("I've lost a bit of the feeling round my bottom since yesterday", "cauda_equina_signs"),
    ("my right calf swell up until big and red and hot", "dvt_signs"),
    # ninth set: metaphors and comparisons, phonetic spelling, nurses' words, what can no longer
    # be done
    ("the evenings are the worst, my toes throb in bed", "rest_pain"),
    ("the nights are hell with my feet", "rest_pain"),
    ("my left foot wakes me most nights", "rest_pain"),
    ("when I'm seated in the evening the ache in my calves does not stop", "rest_pain"),
    ("my toes feel like they've been packed in snow", "color_or_temperature_change"),
    ("the left one is like ice all day", "color_or_temperature_change"),
    ("my heel looks like a bruise and it's been like that a week", "color_or_temperature_change"),
    ("my toes look as if they were dipped in ink", "color_or_temperature_change"),
    ("there's a black patch on the side of my big toe", "color_or_temperature_change"),
    ("my foot goes deep red when I let it hang down", "color_or_temperature_change"),
    ("my foot has gon blu", "color_or_temperature_change"),
    ("my big tow is black", "color_or_temperature_change"),
    ("my leg went like a horse kicked me and now I can't walk", "sudden_severe_pain"),
    ("the leg gave way with horrendous pain in the street", "sudden_severe_pain"),
    ("there's an ulser on my shin that wont heel", "foot_wound"),
    ("my caf is swolen and red", "dvt_signs"),
    ("left calf oedema, erythema and warmth since Tuesday", "dvt_signs"),
    ("I can't finish a sentence without gasping", "chest_pain_or_breathlessness"),
    ("all of a sudden I'm panting like a train going up one step", "chest_pain_or_breathlessness"),
    ("it feels like a weight on my chest", "chest_pain_or_breathlessness"),
    # reports that look like fears or questions (rules narrowed on review)
    ("I always end up with pain in my feet at night", "rest_pain"),
    ("how worried should I be about the black toe I've had since Monday?", "color_or_temperature_change"),
    ("my toe went black, otherwise all good now", "color_or_temperature_change"),
    ("my chest hurts, heart was fine on the ECG last year", "chest_pain_or_breathlessness"),
    ("my toe is turning into a black mess", "color_or_temperature_change"),
    # fears that are not reports: only the words after them
    ("I'm paranoid about my foot, it's gone blue", "color_or_temperature_change"),
    ("I fear the discomfort in my feet now persists at night", "rest_pain"),
    ("I'm terrified of the pain at night, it keeps me awake", "rest_pain"),
    ("I'll give you the details: my big toe has gone black", "color_or_temperature_change"),
    # "would it" asks only about what follows it
    ("my toe went black on Sunday, would it be gangrene?", "color_or_temperature_change"),
    # "turned out to be a clot" found this morning is the person's now
    ("my calf swelled up and it turned out to be a clot, they only found it this morning", "dvt_signs"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


NOT_A_RED_FLAG = [
    # the sudden-onset pattern is not claudication's "comes on suddenly when I walk"
    "the pain in my calves comes on suddenly after a mile of walking",
    "the cramp in my calf comes on suddenly when I walk uphill",
    # "without ... aching" while walking or in the back
    "I can't walk far without my calf aching",
    "I can't sit for long without my back aching",
    # urges and bowels that are not cauda equina
    "I don't get the urge to smoke anymore",
    "I've stopped getting the urge to smoke",
    "my bowels go every morning like clockwork",
    # screens and other body parts
    "my phone screen went black suddenly",
    "the telly went blue and then dead",
    "my elbow's got a graze that's taking ages to heal",
    "a cut on my hand that won't heal",
    # the ninth set's look-alikes: a cold floor, a drop in money, a shoulder at night,
    # golf holes in words, "sore" as an adjective
    "the kitchen tiles are icy under my feet in the morning",
    "a sudden severe drop in the temperature outside",
    "my shoulder hurts every night in bed",
    "my calves ache by the sixth hole",
    "my knee is stiff and sore when I walk downhill since the summer",
    # shoes with holes, a sore point, a sore back (the eighth set's look-alikes)
    "my boots have a hole in the sole",
    "it's a sore point with my wife",
    "my neck's been sore all week",
    # ninth set: not chest, not a cold leg
    "I was breathless for a week with flu back in March, fine now",
    "the weather's cold as anything but my calves only hurt walking",
    "it's cold as anything out there today, my calves ache on the hill",
    "stop for air now and then on the big hill, normal for me",
    # other body parts, plants, the sky, the nose, legs that give out at a distance
    "my wrist went suddenly agonising when I fell off the ladder",
    "my stomach is in agony since the curry",
    "the roses have gone black at the edges",
    "the sky went black and my calves cramped as usual",
    "I can hardly breathe through my nose with this hayfever",
    "my legs give out after about 6 blocks of my paper round",
    # found by running the extractor over new training examples
    "I'm a smoker but I've cut right down to 10 a day",
    "can a narrow spinal canal make both legs weak and heavy on walks",
    "I've an ulcer on the tip of my tongue",
    "my eye is sore and weeping since yesterday",
    "my back tooth has gone black",
    "nicked myself shaving this morning",
    # colour words "again" that are not the leg's
    "my tea went cold again",
    "the weather is cold again",
]


@pytest.mark.parametrize("text", NOT_A_RED_FLAG)
def test_look_alike_is_not_a_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


HELD = [
    # relatives named without "my", a friend, a carer's client, a nurse's patient, his chest
    ("Grandma has a black toe", "color_or_temperature_change", "other_person"),
    ("grandpa has an ulcer on his shin", "foot_wound", "other_person"),
    ("a mate had sudden agony in his calf last week", "sudden_severe_pain", "other_person"),
    ("one of my clients has a sore on her heel that won't heal", "foot_wound", "other_person"),
    ("my patient's foot has gone cold and white", "color_or_temperature_change", "other_person"),
    ("my husband says his chest goes tight on hills", "chest_pain_or_breathlessness", "other_person"),
    # over: normal ever since, warmed up fine
    ("my foot went blue in the snow once, it's been normal ever since", "color_or_temperature_change", "historical"),
    ("my toes went white at the beach, but they warmed up fine", "color_or_temperature_change", "historical"),
    # a question after a comma
    ("what happens if it blocks, would the pain come on all of a sudden?", "sudden_severe_pain", "hypothetical"),
    # eighth set: Jamaican "nuh", fears and the future, "make you", "mi granny"
    ("mi foot nuh have no sore", "foot_wound", "negated"),
    ("I'm paranoid they'll turn black one day", "color_or_temperature_change", "hypothetical"),
    ("my biggest fear is a clot in my leg", "dvt_signs", "hypothetical"),
    ("can a bad back make you incontinent?", "cauda_equina_signs", "hypothetical"),
    ("mi granny foot turn black", "color_or_temperature_change", "other_person"),
    # ninth set: asked about, read about, someone on TV or at work, a pet, a benign cause, a wound
    # that closed, all good since
    ("if I suddenly lost control of my bowels would that be serious?", "cauda_equina_signs", "hypothetical"),
    ("do people with PAD end up with black toes?", "color_or_temperature_change", "hypothetical"),
    ("I keep googling ulcers on feet", "foot_wound", "hypothetical"),
    ("on the telly a woman's foot went black", "color_or_temperature_change", "other_person"),
    ("my workmate had sudden agony in his calf", "sudden_severe_pain", "other_person"),
    ("my lola has a sore on her heel that won't heal", "foot_wound", "other_person"),
    ("our cat's paws are cold and the vet said a clot", "dvt_signs", "other_person"),
    ("I had chest pain in 2019, it turned out to be indigestion", "chest_pain_or_breathlessness", "historical"),
    ("the ulcer on my heel finally closed in the spring", "foot_wound", "historical"),
    ("I had a sudden terrible leg pain once, they cleared it, all good since", "sudden_severe_pain", "historical"),
]


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_in_context_are_held(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


# Findings the seventh set's first run missed as whole classes: an age standing alone in a
# list of facts, and relief by standing said in more words
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Smoker, 61. My calves ache after a few hundred yards", {"age": 61.0}),
        ("calves ache at 200 yards - 47, never smoked", {"age": 47.0}),
        ("a) both calves b) 300m c) 73", {"age": 73.0}),
        ("I'm only 49 and my calves cramp on walks", {"age": 49.0}),
        ("I walk 2 blocks then I stand for a min and it goes", {"relieved_by_standing_still": True, "relief_minutes": 1.0}),
        ("cramps at 400m, stand for a bit and she's right", {"relieved_by_standing_still": True}),
        ("it settles standing in a minute or so", {"relieved_by_standing_still": True}),
        ("standing still sorts it in 2 min", {"relieved_by_standing_still": True, "relief_minutes": 2.0}),
        ("I stop, take a few breaths and it's gone", {"relieved_by_standing_still": True}),
        ("I wait at the lamppost until it eases", {"relieved_by_standing_still": True}),
        # a future relief is relief, not a fear ("it'll turn" is; "it'll go" is not)
        ("it'll go away if I stop for a minute", {"relieved_by_standing_still": True}),
    ],
)
def test_finding_phrasing(extract, text, expected):
    findings = extract(text).findings
    assert {k: findings.get(k) for k in expected} == expected, (text, findings)


@pytest.mark.parametrize(
    "text,absent",
    [
        # a number alone is the answer to the question asked (the form reads it), not an age
        ("20", "age"),
        ("20.", "age"),
        ("about 20, then I have to stop", "age"),
        ("I smoke 20, sometimes 30 a day", "age"),
        ("type 2 diabetes, 20 years.", "age"),
        # standing that brings the pain on is not relief
        ("I can't stand for long without my legs aching", "relieved_by_standing_still"),
        ("and I can't stand at the sink for more than a few minutes", "relieved_by_standing_still"),
        ("I stand and it gets worse", "relieved_by_standing_still"),
    ],
)
def test_finding_look_alike(extract, text, absent):
    assert absent not in extract(text).findings, (text, extract(text).mentions)
