"""Classes of phrasing of the eleventh and twelfth sessions, each tested both ways: a question
someone asked, answered yes in the report (context.yml hypothetical.answered_yes), the seventeenth
set's leftovers, and the safety errors of the eighteenth held-out set's first run
(docs/measurements/). Every sentence here is written for these tests; none is a held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # a question someone asked, answered yes in the report: the person's own
    ("the doctor asked if I had ulcers on my feet and I said yes", "foot_wound"),
    ("the nurse asked if my foot goes cold and I told her it does", "color_or_temperature_change"),
    ("the nurse asked if my foot goes cold and I said yes it does, most days", "color_or_temperature_change"),
    ("she asked if my toes ever go blue, and they do", "color_or_temperature_change"),
    ("The GP asked if I get pain in bed at night. I said yes.", "rest_pain"),
    ("the physio asked if my calf was swollen and hot and I said yes and she sent me for a scan", "dvt_signs"),
    # a leg named, the person unable to stand or walk, then its colour as "it"
    ("my foot hurts so much, I can't put weight on it, and it's gone a bit blue", "color_or_temperature_change"),
    ("all of a sudden my left leg is agony, I could not walk, it is pale", "color_or_temperature_change"),
    # "Not" opening a longer sentence is no sarcastic take-back
    ("my toes have gone black. Not sure why.", "color_or_temperature_change"),
    ("there's an ulcer on my heel that won't heal. Not getting any better either.", "foot_wound"),
    # pain that stays when sitting down after walking is pain at rest
    ("calves ache walking, sit down and it's still there", "rest_pain"),
    ("I lie down and the pain is still there", "rest_pain"),
    # a reported question without "if", answered yes: the person's own
    ("the nurse asked was my foot ever cold and it is, most mornings", "color_or_temperature_change"),
    # the person's own sign asked about: not a general question
    ("is it possible my big toe went black from the frost?", "color_or_temperature_change"),
    ("have you any idea why my foot is blue and cold?", "color_or_temperature_change"),
    # not denied by "nowt" or a Scots "-nae" verb about something else
    ("there's nowt wrong with my hips but my left foot has gone white and cold", "color_or_temperature_change"),
    # someone else named, then the person's own
    ("our kid has bad knees, but I've got an ulcer on my heel that won't heal", "foot_wound"),
    # a wound on the foot, with another on the hand
    ("the sore I told you about is on my heel, and there's one on my hand too", "foot_wound"),
]

HELD = [
    # asked and not answered, or the hypothesis goes on after "and I ...": still a question
    ("the doctor asked if I had ulcers on my feet", "foot_wound", "hypothetical"),
    ("what if my foot goes black and I have to lose it", "color_or_temperature_change", "hypothetical"),
    ("what if my toes turn blue and I do nothing about it", "color_or_temperature_change", "hypothetical"),
]

HELD += [
    # a reported question without "if" or with "whether": asked, not said
    ("the practice nurse asked me had I any sores on my feet", "foot_wound", "hypothetical"),
    ("my wife keeps asking whether I get chest pain", "chest_pain_or_breathlessness", "hypothetical"),
    ("the form asks if I've ever had an ulcer on my foot", "foot_wound", "hypothetical"),
    # a condition in dialect "if me", "if ya", or what it can go on to
    ("if me toes went black, what then?", "color_or_temperature_change", "hypothetical"),
    ("my uncle reckons if ya leg goes cold and white you're in trouble", "color_or_temperature_change", "hypothetical"),
    ("can this go to sudden severe pain in the leg?", "sudden_severe_pain", "hypothetical"),
    ("and say it starts hurting at night, what do I do?", "rest_pain", "hypothetical"),
    # questions put to the person, quoted
    ("the GP went through the list, 'have you lost control of your bladder', that sort of thing",
     "cauda_equina_signs", "hypothetical"),
    # someone else's, in dialect or without "my"
    ("wor lass has an ulcer on her ankle that won't heal", "foot_wound", "other_person"),
    ("ma mither's feet are blue and cold", "color_or_temperature_change", "other_person"),
    ("Mother cannot control her bladder since Sunday", "cauda_equina_signs", "other_person"),
    ("yer man at the bus stop said his leg went white and cold", "color_or_temperature_change", "other_person"),
    ("the lady three doors down had a calf all swollen, red and hot", "dvt_signs", "other_person"),
    ("the nurse told granny her sore on the heel won't heal", "foot_wound", "other_person"),
    ("my grandad lost a leg, it all started with a sore on his heel", "foot_wound", "other_person"),
    # over: taken off, or healed (learner English)
    ("my little toe went black ten years back and they had to take it off", "color_or_temperature_change",
     "historical"),
]

NO_RED_FLAG = [
    # a form's answers
    "Night pain: No. Foot ulcers: No. Colour change: No.",
    # Geordie "nowt", Scots "-nae" verbs
    "nowt's gone a funny colour, it's just the calves when I walk",
    "I dinnae get pain at night and I hivnae any sores",
    # "not one sore"
    "not a single sore on either foot, I checked",
    "last time I had a blister on my foot it healed already",
    # asked and answered no
    "the doctor asked if I had ulcers on my feet and I said no",
    # sarcasm: a sentence that is only "Not." takes back the one before it
    "my toes are jet black and about to drop off. Not! They just ache going up hills",
    "Foot like a block of ice, blue as a smurf. NOT. Calf cramps on long walks is all",
    # walking brings the pain on and sitting down eases it, in note form: no pain at rest
    "both calves ache walking sit down it eases in a couple of mins",
    "ache walkin sit down n it goes",
    # ...or lingers a few minutes after stopping: slow relief
    "when I sit down after walking it's still there for a few minutes",
    # a wound placed on another body part after a clause: not the foot's
    "that ulcer I mentioned is on my arm actually, feet are fine",
    "the sore I told you about was on my hand not my foot",
    # the weather, not the leg
    "my calves ache, can't stand the cold, it is white outside",
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
