"""Classes of phrasing from the twentieth held-out set's first run: cauda equina signs in learners'
and lay words that were missed (control partly lost, the feeling of passing gone, "my two legs",
"both side", the private area, the groin, the backside), and false alarms on red-flag words that were
someone else's (a comparison with the person, a patient on the person's ward), asked about (a
threshold question, a red-flag noun opening a question) or no wound at all ("a sore feeling"). Each
class is tested both ways. Every sentence here is written for these tests; none is a held-out or
development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
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

HELD = [
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

NO_RED_FLAG = [
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


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text,code", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text, code):
    result = extract(text)
    assert code not in result.red_flags, (text, result.mentions)
    assert_no_red_flag(result, text)
