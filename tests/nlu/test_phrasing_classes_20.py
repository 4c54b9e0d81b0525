"""Classes of phrasing behind the twentieth held-out set's safety errors, each tested both ways.
Every sentence here is written for these tests; none is a held-out or development-set sentence.

ces: Classes of phrasing from the twentieth held-out set's first run: cauda equina signs in learners'
and lay words that were missed (control partly lost, the feeling of passing gone, "my two legs",
"both side", the private area, the groin, the backside), and false alarms on red-flag words that were
someone else's (a comparison with the person, a patient on the person's ward), asked about (a
threshold question, a red-flag noun opening a question) or no wound at all ("a sore feeling"). Each
class is tested both ways.

missed: Classes of phrasing behind the twentieth held-out set's missed red flags, each tested both ways.
By kind:

- rest: "it" said to be constant ("it's constant now"; constant over a walk is blocked), the states
  listed then "doesn't matter" / "no matter if I'm sitting", learners' "paining whole night", "in the
  middle of the night", waking at a clock time with the pain ("wake up 2 or 3 in the morning with a
  burning"), learners' "even I am not walking" / "even no walking", the rest in a clause of its own
  after the walking pain (", when I lie down also"; ", at night also fine" is blocked);
- sudden: "a pain like nothing before" (after a pain word only), learners' "very much pain",
  Nigerian Pidgin "pain me well well", the limb gone dead or cold after the sudden pain, also after
  "and then";
- colour: "also cold" after "cannot walk" (the negation stopped the comma gap), "a black bit on the
  end of my toe" (not "a black bit of fluff on my sock");
- wound: skin on the foot still raw weeks on ("still raw after a month"; not "raw last month but
  it's healed", not "raw from the new shoes");
- a block no longer takes the limb's own sign that a punctuation mark parts from it ("my foot is
  white, very cold day today": the weather block took the whole span before).

movement: The twentieth set's last false alarm, found when it became dev20: pain on turning or rolling
over in bed comes with the movement (hip or knee osteoarthritis, clinical notes' Table 7), not
pain at rest.

past: Classes of phrasing behind the twentieth held-out set's false alarms on red flags that are past
and over (first run), each tested both ways: a dated past the past context did not know (a holiday,
a decade, learners' "before 3 years"), an end it did not know (a wound that "took months to heal",
"the podiatrist fixed it up", learners' "doctor fix it", "no problems with it since", "nice and pink
now", "they've gone back to normal", "stopped once I started the tablets", the pain "I used to get"),
a benign explanation after a comma, a past clot named again ("..., a DVT"); and, the other way, a
recurrence said after the end ("it's back", "has come back": context.yml released_by), a dated start
of a problem now, and a past episode beside a current one.
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

# --- ces ------------------------------------------------------------
CES_RED_FLAG_FOUND = [
    # control of the bladder or bowels partly lost
    ("I think I've lost a bit of control over my bowels since Tuesday", "cauda_equina_signs"),
    ("losing some control of my bladder these last few days", "cauda_equina_signs"),
    ("I have less control of my bladder since the weekend", "cauda_equina_signs"),
    ("yeah, poor control of the bowels since yesterday", "cauda_equina_signs"),
    # the feeling of passing stool or urine gone, in learners' words
    ("from this morning I am not feeling when I pass urine", "cauda_equina_signs"),
    ("I do not feel anything when I pass motion since two days", "cauda_equina_signs"),
    ("I can't feel it when I pass a stool any more", "cauda_equina_signs"),
    ("no sensation when I pass water since last night", "cauda_equina_signs"),
    # both legs as learners say it
    ("my two legs are very weak since morning", "cauda_equina_signs"),
    ("since yesterday weakness in my 2 legs and back pain", "cauda_equina_signs"),
    ("weakness both sides since last night, I can hardly stand", "cauda_equina_signs"),
    ("legs are weak on both sides from this morning", "cauda_equina_signs"),
    # the saddle area in other words
    ("numbness in the private area since this morning", "cauda_equina_signs"),
    ("my intimate area has gone numb", "cauda_equina_signs"),
    ("numb around the back side and down below since yesterday", "cauda_equina_signs"),
    ("my backside is numb since I got up", "cauda_equina_signs"),
    ("the groin area has gone numb since last night", "cauda_equina_signs"),
    # "not able" is a capability lost, not a denial of what follows
    ("I am not able to hold my water and there is numbness down below", "cauda_equina_signs"),
    ("I'm not able to feel my toes and they've gone a bluish colour", "color_or_temperature_change"),
    # the person's own red flag, beside someone else or a question
    ("my brother says my heel ulcer looks infected", "foot_wound"),
    ("my mate had leg pain like me but I'm the one with the black toe", "color_or_temperature_change"),
    ("I was a patient on the ward when my calf went red, hot and swollen", "dvt_signs"),
    ("there's an ulcer on my ankle, will it get bigger?", "foot_wound"),
    ("chest pain since this morning, does it have anything to do with my legs?", "chest_pain_or_breathlessness"),
    ("Does my chest pain have anything to do with PAD?", "chest_pain_or_breathlessness"),
    ("how long before I should worry about my ulcer that won't heal?", "foot_wound"),
    ("should I worry about my black toe?", "color_or_temperature_change"),
    # "sore" the adjective beside a sore that is a wound
    ("my shin is sore and there's a sore on my ankle that won't heal", "foot_wound"),
    ("I have a sore feeling in my calf and an open sore on my big toe", "foot_wound"),
]

CES_HELD = [
    # someone else's story goes on after a comparison with the person
    ("my neighbour had the same calf pain as me and ended up with an ulcer on his foot", "foot_wound", "other_person"),
    ("my uncle had bad circulation like me and then lost his toe after it went black",
     "color_or_temperature_change", "other_person"),
    # a patient or a resident where the person works, someone from the person's street
    ("a patient on our ward had sudden chest pain after his op", "chest_pain_or_breathlessness", "other_person"),
    ("a resident in the care home had a black toe last week", "color_or_temperature_change", "other_person"),
    ("a lady at my gym had an ulcer on her heel for months", "foot_wound", "other_person"),
    ("This is not about me: a man on my street had numbness down below", "cauda_equina_signs", "other_person"),
    # the point from which a sign would be a worry, asked about
    ("if I get a blister on my heel, how long before I need to worry it won't heal?", "foot_wound", "hypothetical"),
    ("when do I need to worry that a scratch on my foot is not healing?", "foot_wound", "hypothetical"),
    # a red-flag noun opening a question
    ("Does chest pain come with bad circulation in the legs?", "chest_pain_or_breathlessness", "hypothetical"),
    ("Can chest pain be a sign of PAD?", "chest_pain_or_breathlessness", "hypothetical"),
    ("Does shortness of breath go with blocked arteries?", "chest_pain_or_breathlessness", "hypothetical"),
    # control of the bladder asked about, someone else's
    ("have you lost some control of your bladder?", "cauda_equina_signs", "hypothetical"),
]

CES_NO_RED_FLAG = [
    # "sore" as a feeling, not a wound
    ("I get a sore feeling in my calves when I walk about 300 yards", "foot_wound"),
    ("a sore, achy feeling in both shins after walking", "foot_wound"),
    ("there's a sore sensation in my thighs when I climb hills", "foot_wound"),
    ("my calves have a sore tight feeling walking uphill", "foot_wound"),
    # control and feeling kept, or denied
    ("no problems with my bladder or bowels", "cauda_equina_signs"),
    ("I haven't lost any control of my bladder", "cauda_equina_signs"),
    ("I don't have less control of my bladder, it's fine", "cauda_equina_signs"),
    ("I can feel when I pass stool, that's all normal", "cauda_equina_signs"),
    ("I don't feel any pain when I pass urine", "cauda_equina_signs"),
    ("no weakness in my two legs", "cauda_equina_signs"),
    ("no numbness in the private area", "cauda_equina_signs"),
    # both legs weak or numb with walking or standing: neurogenic claudication
    ("my two legs get weak after walking half a mile", "cauda_equina_signs"),
    ("I get weakness in both legs when I walk far", "cauda_equina_signs"),
    ("weak in both legs when I walk to the shops", "cauda_equina_signs"),
    ("whenever I walk to the post office, it's about a mile, both legs go weak", "cauda_equina_signs"),
    ("when I walk into the village, about a mile, my two legs go weak and I must sit down", "cauda_equina_signs"),
    ("weakness on both sides when I walk far", "cauda_equina_signs"),
    ("my legs feel weak after a long walk", "cauda_equina_signs"),
    # the groin and the back side of a limb as where a leg numbness runs, a numb bum from sitting
    ("my leg goes numb from the groin down to the knee", "cauda_equina_signs"),
    ("numb down the back side of my thigh when I walk", "cauda_equina_signs"),
    ("numb bum after sitting on a hard bench all afternoon", "cauda_equina_signs"),
    # looking and not finding still denies
    ("I'm not able to see any sores on my feet", "foot_wound"),
    ("I was unable to find any ulcers when I checked", "foot_wound"),
    # someone else's, asked about
    ("my wife has lost some control of her bladder", "cauda_equina_signs"),
    ("what if I couldn't control my bowels?", "cauda_equina_signs"),
    ("my dad has numbness between his legs", "cauda_equina_signs"),
]
# --- missed ------------------------------------------------------------
MISSED_RED_FLAG_FOUND = [
    # "it" said to be constant: in this conversation "it" is the pain
    ("it's constant now, the ache in my toes", "rest_pain"),
    ("Honestly it's continuous these days. My left foot mostly.", "rest_pain"),
    ("the burning has become constant, day and night", "rest_pain"),
    # the states listed, then "doesn't matter"; "no matter if I'm sitting"
    ("sat down, lying in bed, walking, doesn't matter, my left foot aches", "rest_pain"),
    ("it doesn't matter if I'm sitting or standing, the toes burn", "rest_pain"),
    ("no matter whether I'm lying in bed or up, the foot hurts", "rest_pain"),
    # learners' "whole night"; the middle of the night
    ("my legs are aching whole night, cannot sleep", "rest_pain"),
    ("my toes are burning the whole night", "rest_pain"),
    ("I wake in the middle of the night with my foot aching", "rest_pain"),
    # waking at a clock time with the pain
    ("I wake at 4 in the morning with an ache in my right foot", "rest_pain"),
    ("most nights I wake up around 2am from the pain in my toes", "rest_pain"),
    ("I woke at 3 or 4 with a throbbing in my heel again", "rest_pain"),
    # learners' "even I am not walking", "even no walking"
    ("my foot is paining even I am not walking", "rest_pain"),
    ("the calf hurts even when not walking", "rest_pain"),
    ("pain in my foot even no moving", "rest_pain"),
    # the rest in a clause of its own after the walking pain
    ("my leg pains on walking, at night also", "rest_pain"),
    ("my calf aches when I walk, and also in bed", "rest_pain"),
    ("the toes hurt when I walk far, when I lie down too", "rest_pain"),
    # a pain like nothing before, after a sudden onset
    ("suddenly a pain in my calf like nothing I've ever felt before", "sudden_severe_pain"),
    ("all of a sudden an ache in my left leg like nothing else, it won't stop", "sudden_severe_pain"),
    # learners' "very much pain", Pidgin "well well"
    ("my leg suddenly very much paining, I cannot stand", "sudden_severe_pain"),
    ("all of a sudden my foot is hurting very much", "sudden_severe_pain"),
    ("sudden my foot start to pain me well well", "sudden_severe_pain"),
    # the limb gone dead or cold after the sudden pain, also after "and then"
    ("sudden pain in my calf and now my foot feels dead", "sudden_severe_pain"),
    ("all of a sudden my thigh hurt and then the whole leg went numb and cold", "sudden_severe_pain"),
    ("suddenly a pain in my shin and now the whole foot feels numb and icy", "sudden_severe_pain"),
    # "also cold" after "cannot walk"
    ("my left leg is agony, I can't walk, also cold", "color_or_temperature_change"),
    ("pain in the right foot since lunch, cannot stand on it, and freezing", "color_or_temperature_change"),
    # a coloured bit on a part of the toe
    ("there's a black bit at the tip of my big toe", "color_or_temperature_change"),
    ("a purple bit on the side of my little toe", "color_or_temperature_change"),
    # skin on the foot still raw weeks on
    ("the skin on my heel has been raw for three weeks", "foot_wound"),
    ("my big toe is still raw 6 weeks later", "foot_wound"),
    ("where the blister was on my heel the skin is still raw after two months", "foot_wound"),
    # the limb's own sign kept when a block takes the rest of a long span
    ("my foot is white, very cold day today", "color_or_temperature_change"),
    ("my foot is white, can't walk, also cold weather", "color_or_temperature_change"),
]

MISSED_HELD = [
    # asked, someone else's, denied
    ("what if I suddenly get a pain like nothing before in my leg?", "sudden_severe_pain", "hypothetical"),
    ("my brother suddenly got a pain in his leg like nothing before", "sudden_severe_pain", "other_person"),
    ("my husband wakes at 4 in the morning with pain in his feet", "rest_pain", "other_person"),
    ("I never wake up at 3 in the morning with pain", "rest_pain", "negated"),
    ("my dad's heel has been raw for weeks", "foot_wound", "other_person"),
    ("the skin on my heel was raw for a week but it healed", "foot_wound", "historical"),
]

MISSED_NO_RED_FLAG = [
    # constant over a walk, not at rest
    "it's constant when I walk uphill, then it goes once I stop",
    "the pain is constant while I walk, goes away when I stop",
    "the ache is constant on the walk to the shops, fine when I sit",
    "it's not constant, only when I walk",
    "it used to be constant but it's fine now",
    "is it constant? no, only when I walk",
    # not waking with it, or waking with something else
    "I don't wake up with it, only when I walk",
    "I wake up at 7 with my alarm, the calves ache later when I walk",
    "no pain when I lie down",
    "my legs don't hurt the whole night, just when I walk",
    # the rest said with its relief
    "my calf hurts when I walk, at night also fine",
    "my calf hurts when I walk, in bed too no pain",
    # a question, someone else's, a brief twinge
    "if it ever got severe suddenly what do I do?",
    "my dad's leg went white suddenly",
    "a sudden twinge when I stepped off the kerb, gone in a second",
    "suddenly I felt like nothing before, so happy",
    # "very much", "well well" about other things
    "thank you very much, the calf pain is only when I walk",
    "I like this app very much, my calves hurt walking uphill",
    "well well, my calves ache after the hill",
    # black things that are not the toe
    "black toenail polish on my toes",
    "a black bit of fluff on my sock",
    # raw skin that healed, raw from shoes, raw feelings
    "the skin was raw last month but it's healed",
    "the skin on my heel was still raw after a month but it's healed now",
    "my heels are raw from the new shoes",
    "I'm still raw after a month since my wife died, and my calves ache when I walk",
]
# --- movement ------------------------------------------------------------

# --- past ------------------------------------------------------------
PAST_HELD = [
    # a dated past with a benign explanation after a comma, however far
    ("I got a sudden agonising pain in my thigh the christmas before last, it turned out to be a torn muscle",
     "sudden_severe_pain", "historical"),
    ("sudden terrible pain in my calf last easter, turned out it was a strained muscle, all healed",
     "sudden_severe_pain", "historical"),
    ("out of nowhere an awful pain shot through my calf in 2016, turned out to be a baker's cyst",
     "sudden_severe_pain", "historical"),
    # learners' "before N years" (N years ago)
    ("before five years I get sudden strong pain in leg, hospital fix it", "sudden_severe_pain", "historical"),
    ("before 4 years my chest was paining on walking, doctor fixed it", "chest_pain_or_breathlessness",
     "historical"),
    # a wound that took long to heal did heal
    ("I had an ulcer on my ankle back in 2018 that took months to heal, no problems now", "foot_wound",
     "historical"),
    ("had a sore on my big toe a few winters ago that took forever to heal", "foot_wound", "historical"),
    ("there was a wound on my heel in 2017 which took 8 months to close", "foot_wound", "historical"),
    # mended by a doctor or a clinic, also in learner English
    ("I had an ulcer on my heel in 2020 that the podiatrist fixed up", "foot_wound", "historical"),
    ("had a nasty wound on my foot in 2019 that the nurses fixed up nicely", "foot_wound", "historical"),
    ("before 3 years I had ulcer on my heel, doctor fixed it, now pain only in calf when I walk", "foot_wound",
     "historical"),
    ("sore on my toe last year, the clinic fix it, now problem is calf when walking", "foot_wound", "historical"),
    # no trouble since, however far (a decade, a time of life)
    ("my toes went black from frostbite on a climbing trip in my twenties, no problems with them since",
     "color_or_temperature_change", "historical"),
    ("my foot went white and numb once in a cold snap in the 90s, haven't had any trouble with it since",
     "color_or_temperature_change", "historical"),
    # the same foot or toes back to normal, said of them
    ("my toes were purple and cold for a week after the op last year but they've gone back to normal",
     "color_or_temperature_change", "historical"),
    ("my foot was white and numb for a day or two in january but it has gone back to normal",
     "color_or_temperature_change", "historical"),
    # the pain "I used to get"
    ("since the bypass the night pain I used to get in my foot has gone", "rest_pain", "historical"),
    ("the rest pain I used to have in bed disappeared after the stent", "rest_pain", "historical"),
    # stopped once a treatment began
    ("the pain in bed at night went away after I started the statins. Now it's just my calves when walking",
     "rest_pain", "historical"),
    ("the night pain stopped once I started the new tablets", "rest_pain", "historical"),
    ("the night pain went after the stent and never came back", "rest_pain", "historical"),
    # what it turned out to be goes on with the dated episode after a comma
    ("chest pain and breathless two years ago, turned out to be a clot in my lung, all fine now", "dvt_signs",
     "historical"),
    # a denied or feared recurrence is no recurrence
    ("I had an ulcer in 2018 that took a year to heal, I'm worried it might come back", "foot_wound",
     "historical"),
    ("the ulcer on my shin healed last spring and it hasn't come back", "foot_wound", "historical"),
    ("I had sudden severe pain in my leg years ago, what are the chances of it happening again?",
     "sudden_severe_pain", "historical"),
]

PAST_RED_FLAG_FOUND = [
    # the same words with the red flag back now (released_by)
    ("had an ulcer in 2019 and it's back now", "foot_wound"),
    ("the ulcer healed in 2019 but it's back", "foot_wound"),
    ("the night pain stopped for a while but it's back", "rest_pain"),
    ("the night pain I used to get has come back", "rest_pain"),
    ("I used to get pain at night and it has come back", "rest_pain"),
    ("I used to get pain in my feet at night and the burning pain has come back", "rest_pain"),
    ("the rest pain I used to have has started again since last week", "rest_pain"),
    ("I had an ulcer on my heel that healed but it came back in the same place", "foot_wound"),
    ("the ulcer on my heel took ages to heal but it has opened up again", "foot_wound"),
    ("the ulcer the nurses fixed up last year has broken down again", "foot_wound"),
    ("I had a sore on my heel in 2019, it took months to heal. It came back in March.", "foot_wound"),
    ("I had sudden chest pain years ago and it's back now", "chest_pain_or_breathlessness"),
    ("sudden severe pain in my leg last year and it's still there", "sudden_severe_pain"),
    ("my foot went cold and white last month and it's still like that", "color_or_temperature_change"),
    ("my toe went black last christmas and it still is", "color_or_temperature_change"),
    ("it was fine after the bypass but my toes are white again now", "color_or_temperature_change"),
    ("the toes were white before the op, they went pink but now they're white again",
     "color_or_temperature_change"),
    ("my toes went white last winter and they're white again", "color_or_temperature_change"),
    # a colour or a feeling that never came back is still lost
    ("my toes went grey on Friday and the pink has never come back", "color_or_temperature_change"),
    ("my foot went white and the feeling has never come back", "color_or_temperature_change"),
    # still not healed, or healing slowly now
    ("the sore from last month still hasn't healed", "foot_wound"),
    ("the sore on my heel is taking ages to heal", "foot_wound"),
    # a dated start of a problem now
    ("since last christmas my foot has been cold and white", "color_or_temperature_change"),
    ("ever since last easter my left foot has been cold and pale", "color_or_temperature_change"),
    ("the ulcer I got last year is still open", "foot_wound"),
    ("in 2019 I got an ulcer and it never healed", "foot_wound"),
    ("before 2 years I had bypass, now my foot is black", "color_or_temperature_change"),
    # a past event and a current one in the same message
    ("had a clot 10 years back and now my calf is swollen, red and hot", "dvt_signs"),
    ("I had a DVT in 2017 and now my left calf is swollen, tender and warm again", "dvt_signs"),
    ("my calf is swollen and warm now", "dvt_signs"),
    ("my leg suddenly went agony and cold this morning, I had a clot years ago, a DVT", "sudden_severe_pain"),
    ("I had a DVT in 2015, a DVT again now in the other leg", "dvt_signs"),
    ("the ulcer took months to heal and it's back", "foot_wound"),
    ("the night pain stopped once I started the tablets, but it's started again", "rest_pain"),
    # the other foot's warmth, or a fix of something else
    ("my right foot is cold and white, the other one is nice and warm now", "color_or_temperature_change"),
    ("the doctor fixed my stent last year but my foot is cold and white", "color_or_temperature_change"),
    ("my foot is cold and white, they fixed up my hip last year", "color_or_temperature_change"),
    # a fix asked for, hoped for, or not done
    ("my foot is white and cold and nobody has fixed it", "color_or_temperature_change"),
    ("I've had an ulcer on my heel for months, the clinic still hasn't fixed it", "foot_wound"),
    ("can the doctor fix it? I have a wound on my foot that won't heal", "foot_wound"),
    ("I have wound on foot, I want doctor fix it", "foot_wound"),
    ("I have a sore on my heel, can the clinic fix it?", "foot_wound"),
    # relief each time, not a treatment that ended it
    ("the night pain stopped after I hung my leg out of bed last night", "rest_pain"),
    ("the pain in my foot at night went away after I got up and walked about", "rest_pain"),
    # a benign explanation only guessed
    ("a sudden pain in my leg this morning, the doctor thinks it is a torn muscle", "sudden_severe_pain"),
]

PAST_NO_RED_FLAG = [
    # the colour and warmth come back (the warmth is itself a denial of the colour change)
    "my foot went cold and pale last winter before the stent, nice and warm now",
    "my toes were blue and icy last year until the operation, pink and warm again now",
    "my big toe went a dusky purple after the fall in 2021, lovely and pink now",
    # a result, not a recurrence
    "I had a clot years ago, a DVT, and the scan last month came back clear",
]

# a past clot named again after a comma is a history of DVT, not a sign now
PAST_CLOT_NAMED_AGAIN = [
    "I had a clot in my right leg in 2015, a DVT they said",
    "Many years back I had a clot in my calf, a DVT, took warfarin for six months",
]

# --- the same three checks for every class ----------------------------------------
RED_FLAG_FOUND = CES_RED_FLAG_FOUND + MISSED_RED_FLAG_FOUND + PAST_RED_FLAG_FOUND
HELD = CES_HELD + MISSED_HELD + PAST_HELD
# (the ces lists name the code beside each sentence; no red flag at all is asked of every one)
NO_RED_FLAG = ([text for text, _ in CES_NO_RED_FLAG] + MISSED_NO_RED_FLAG + PAST_NO_RED_FLAG
               + PAST_CLOT_NAMED_AGAIN)


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)


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


@pytest.mark.parametrize("text", PAST_CLOT_NAMED_AGAIN)
def test_a_past_clot_named_again_is_a_history_of_dvt(extract, text):
    assert extract(text).findings.get("history_of_dvt") is True, text
