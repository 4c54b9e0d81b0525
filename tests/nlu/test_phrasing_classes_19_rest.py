"""Classes of phrasing behind the nineteenth held-out set's missed pain at rest, sudden severe pain
and cauda equina signs (first run), each tested both ways. Every sentence here is written for these
tests; none is a held-out or development-set sentence.

- pain at rest: learners' "now also" after the walking pain ("..., but now also in the night"), "since
  two weeks also at night", articles dropped or added ("in night", "at the night", "in the bed"); the
  verb "rest" with its subject ("hurts when I rest"); bedtime ("within minutes of going to bed");
  constant ("the whole time", "24/7", "it's just there all the time"); "doesn't go away even after I sit";
  "nite" for night; "is it normal for my leg / the leg to ache at night?" (the person's own leg, not a
  question in general);
- sudden severe pain: a count of hours or minutes ("in the last two hours"), "went from fine to agony";
- cauda equina signs: the urine not coming, "not been able to" / "haven't passed water" (capability
  and retention, not a denial), an accident in the pants or before reaching the toilet.
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # "now also" after the walking pain, across a comma and "but"; since a time, also at night
    ("My calf hurts after 300 metres of walking, but now also at night in bed.", "rest_pain"),
    ("the ache in my left foot is now also at night", "rest_pain"),
    ("pain in the legs when walking and now also during the night", "rest_pain"),
    ("I had pain only on walking, now it also comes at night", "rest_pain"),
    ("the burning in my feet is now even when I'm lying down", "rest_pain"),
    ("the pain is now also there when I rest", "rest_pain"),
    ("pain in my leg when walking, since 2 weeks also at night", "rest_pain"),
    # learners' articles
    ("leg pain now also in night", "rest_pain"),
    ("the pain comes at the night also", "rest_pain"),
    ("my legs hurt in the bed", "rest_pain"),
    ("my foot is paining also in night time", "rest_pain"),
    # the verb "rest" with its subject
    ("my foot hurts when I rest", "rest_pain"),
    ("the calf aches even if I rest", "rest_pain"),
    ("my toes are painful when I rest in the evening", "rest_pain"),
    ("Since one week my calf is aching also when I rest", "rest_pain"),
    ("my feet hurt when i rest up in the evenings", "rest_pain"),
    # bedtime
    ("my feet start to ache as soon as I get into bed", "rest_pain"),
    ("the pain in my toes comes when I go to bed", "rest_pain"),
    ("when I go to bed my feet burn", "rest_pain"),
    ("within minutes of getting into bed my foot is throbbing", "rest_pain"),
    # constant
    ("my toes hurt the whole time now", "rest_pain"),
    ("the left foot aches 24/7", "rest_pain"),
    ("my foot is painful round the clock", "rest_pain"),
    ("it's there all the time, the pain in my foot", "rest_pain"),
    ("I get this burning in my toes the whole time, even sitting", "rest_pain"),
    # not eased even by sitting, lying or rest
    ("the pain doesn't ease even when I lie down", "rest_pain"),
    ("it won't settle even after I sit down", "rest_pain"),
    ("the ache does not go away even after resting for an hour", "rest_pain"),
    ("the pain doesn't get better even with rest", "rest_pain"),
    ("the pain doesn't stop until I hang my foot out of bed", "rest_pain"),
    # "nite"
    ("my foot aches all nite long", "rest_pain"),
    ("it hurts thru the nite", "rest_pain"),
    ("feet burning every nite", "rest_pain"),
    ("it throbs in the nite", "rest_pain"),
    # a question about the person's own leg
    ("is it normal for my leg to ache at night?", "rest_pain"),
    ("Is it normal for my toes to hurt in bed at night?", "rest_pain"),
    ("is it normal for the foot to throb at night after walking?", "rest_pain"),
    ("is it normal for my foot to be white and cold?", "color_or_temperature_change"),
    # sudden: a count of hours or minutes
    ("my foot went cold and blue in the last 3 hours and it's agony", "sudden_severe_pain"),
    ("within the past 30 mins my calf has become excruciating", "sudden_severe_pain"),
    ("in the past couple of hours my leg went white and it's killing me", "sudden_severe_pain"),
    ("my leg went cold in the last two hours and it is agony", "sudden_severe_pain"),
    # sudden: from fine to severe
    ("my calf went from fine to agony in seconds", "sudden_severe_pain"),
    ("the pain went from nothing to absolutely unbearable in five minutes", "sudden_severe_pain"),
    ("it went from fine to excruciating while I was sitting", "sudden_severe_pain"),
    ("my foot went from totally fine to screaming pain", "sudden_severe_pain"),
    # cauda equina: the urine not coming, not able to pass it
    ("my urine is not coming out properly and my back hurts", "cauda_equina_signs"),
    ("the wee won't come out since this morning", "cauda_equina_signs"),
    ("pee not coming since yesterday, back is bad", "cauda_equina_signs"),
    ("no urine coming out even though I need to go", "cauda_equina_signs"),
    ("I haven't passed water since last night", "cauda_equina_signs"),
    ("not passed any urine since 6am", "cauda_equina_signs"),
    ("I haven't been able to pass urine since this morning", "cauda_equina_signs"),
    ("i havent been able to pee since last night", "cauda_equina_signs"),
    ("unable to pass water since last night", "cauda_equina_signs"),
    ("haven't been able to wee properly for two days", "cauda_equina_signs"),
    # cauda equina: an accident in the pants, the bed, or before the toilet
    ("I had an accident in my trousers this morning", "cauda_equina_signs"),
    ("had a little accident today and didn't feel it", "cauda_equina_signs"),
    ("I've had accidents in bed this week and my back is killing me", "cauda_equina_signs"),
    ("had an accident before I got to the toilet and didn't even feel it", "cauda_equina_signs"),
    ("couldn't make it to the loo in time twice today", "cauda_equina_signs"),
    ("I didn't make it to the toilet in time this morning and my back is agony", "cauda_equina_signs"),
    ("twice today I didn't get to the loo in time", "cauda_equina_signs"),
    # "not been able to" is capability: what follows it is still the person's
    ("I haven't been able to feel my foot and it is white", "color_or_temperature_change"),
]

HELD = [
    # a question in general, about legs or "your" feet
    ("is it normal for legs to ache at night?", "rest_pain", "hypothetical"),
    ("is it normal for your feet to hurt at night?", "rest_pain", "hypothetical"),
    ("is it normal for the feet to hurt at night?", "rest_pain", "hypothetical"),
    ("what if I have an accident in my pants?", "cauda_equina_signs", "hypothetical"),
    ("could my leg go from fine to agony all of a sudden?", "sudden_severe_pain", "hypothetical"),
    # someone else's
    ("my husband's feet hurt the whole time", "rest_pain", "other_person"),
    ("my husband's leg went from fine to agony", "sudden_severe_pain", "other_person"),
    ("my dad can't pass water since his op", "cauda_equina_signs", "other_person"),
    ("is it normal for my dad's legs to hurt at night?", "rest_pain", "other_person"),
    # denied
    ("I don't get any pain when I go to bed", "rest_pain", "negated"),
    ("I haven't had any trouble passing water", "cauda_equina_signs", "negated"),
    ("no pain at nite", "rest_pain", "negated"),
]

NO_RED_FLAG = [
    # "now also" of relief, of something else, or of a cramp
    "my leg pain has gone, now also at night I sleep well",
    "the pain is better now, also at night",
    "I walk my dog in the morning and now also at night",
    "the cramps in my calves are now also at night",
    "I can walk now and also at night I have no pain",
    "pain in my calf when walking, since 2 weeks also better",
    # relief by rest or sitting, or less pain at rest
    "the pain goes away when I rest",
    "it eases off when I rest",
    "it only hurts when I walk, not when I rest",
    "the pain is much less when I rest",
    "it's less painful when I rest",
    "when I rest for five minutes the pain settles",
    "I have to rest when it hurts",
    "my calf hurts when I walk and feels fine when I rest",
    "my calf hurts when I walk and feels fine when I sit down",
    "it doesn't hurt when I rest",
    "I used to have pain when I rest but not any more",
    "My wife's feet hurt when she rests",
    "the pain doesn't go away until I sit down",
    "the pain doesn't stop until I sit down",
    "it doesn't ease unless I sit for a bit",
    # bedtime without pain at it
    "my legs feel fine when I go to bed",
    "I go to bed early because I'm tired",
    "when I go to bed the pain goes",
    "the dog sleeps in the bed",
    "I sleep in my bed fine, no pain",
    # the whole time of a walk
    "my calves ached the whole time I was walking",
    "it hurts all the time when I'm out walking",
    "my calves hurt the whole time on the hike",
    "the pain is there all the time when I walk",
    "I don't have pain the whole time, only when walking",
    # a good night, night cramps
    "I had a good nite's sleep",
    "I get cramp in my calf at night",
    # a walk or a hike inside the hours counted; from fine to sore; the weather; slowly over years
    "in the last two hours I've walked 3 miles and my calves are killing me",
    "over the past 2 hours I have done 10,000 steps and my legs ache terribly",
    "the pain was unbearable in the last two hours of the hike",
    "I've been sat here in the last 2 hours reading",
    "my leg went from fine to sore after a 10 mile hike",
    "the weather went from fine to terrible",
    "the pain went from ok to terrible over the years",
    "my leg pain went from mild to severe over the last few months",
    # the urine fine; water that is not the person's; able to walk is not the bladder
    "urine is coming fine, no problem",
    "I pass water fine",
    "no problems passing water",
    "the water isn't coming out of the tap",
    "I'm not passing water any differently",
    "I'm not passing water more than usual",
    "my water tablets make me pee a lot",
    "I've not been able to walk far since yesterday",
    "I haven't been able to see any sores on my feet",
    # an accident of another kind, someone else's, or denied
    "I had an accident at work last week and hurt my back",
    "had accident at work yesterday",
    "I have an accident at work and my leg hurts",
    "I was in a car accident years ago",
    "I had an accident in the car park and hurt my leg",
    "I had a little accident on my bike and grazed my knee",
    "I had a motorbike accident in 2010",
    "my grandson had an accident in his pants",
    "the dog had an accident in the bed",
    "no accidents with my bladder",
    "no accidents in my pants or anything",
    "I've never had an accident in my pants",
    "I always make it to the toilet in time",
    "I've never had trouble getting to the loo in time",
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


def test_non_english_walking_word_is_not_corrected(extract):
    """A new pattern word must not take a foreign word's spelling correction ("marchant" is French)."""
    assert extract("j'ai une douleur dans la cuisse en marchant").findings == {}
