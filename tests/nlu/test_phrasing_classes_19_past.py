"""Classes of phrasing behind the nineteenth held-out set's alarms on a red flag that is past
and over, or someone else's (first run), each tested both ways: over after "now" or "since then"
("now it's healed", learners' "now is closed"), "they're sorted", "went black but recovered",
treated "and it's been fine"; a relative without "my" with the age in brackets, "he keeps ...",
the pain then "in his foot", someone's story going on after a comma with "the foot" or the clot
named again; "Does the smoking make the foot cold?". Every sentence here is written for these
tests; none is a held-out or development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # over, then a new one, or a current sign after "now": the person's now
    ("my ulcer healed last year but now there's a new one on my heel", "foot_wound"),
    ("I had a sore on my heel, now it's healed but there's a new one on my toe", "foot_wound"),
    ("the ulcer on my heel is now healed but the one on my toe won't heal", "foot_wound"),
    ("Last year I had ulcer on foot, now is heal but now have new wound on toe, not healing", "foot_wound"),
    ("my toe was black last month, now it's still black", "color_or_temperature_change"),
    ("my toe went black and now it's gone numb", "color_or_temperature_change"),
    ("my foot is cold and now it's numb too", "color_or_temperature_change"),
    ("my toe went black in the spring, now it's fine to walk on but still black", "color_or_temperature_change"),
    ("I had a stent last year and since then my foot is cold again", "color_or_temperature_change"),
    ("they operated in May and it's been ok until this week, now my toes are black",
     "color_or_temperature_change"),
    ("I had a clot years ago, it's been fine, but since yesterday my calf is swollen red and hot", "dvt_signs"),
    # recovering each time, or not recovered: still the person's
    ("my feet went white and numb on the walk and recovered when I sat down", "color_or_temperature_change"),
    ("my toes went grey and cold after the op and haven't recovered", "color_or_temperature_change"),
    ("my foot went white on the walk and never fully recovered", "color_or_temperature_change"),
    # over, said of a second red flag in its own clause: the first is now
    ("my toes have gone dark purple and the sore on my ankle is healed", "color_or_temperature_change"),
    ("there is an open sore on my heel and the bladder trouble has cleared up", "foot_wound"),
    ("my foot is icy and white, but the blister on my toe healed fine", "color_or_temperature_change"),
    # a sign there since a recent time, then something else over: the sign is now
    ("my foot has been freezing since last night, the cut on my finger has healed though",
     "color_or_temperature_change"),
    # someone else named, then the person's own after "now", "my own", "me", ", my"
    ("my dad had PAD and now my own toes are going black", "color_or_temperature_change"),
    ("my dad had PAD and now my toes are going black", "color_or_temperature_change"),
    ("my dad had PAD, now my toes are going black", "color_or_temperature_change"),
    ("my mum had leg ulcers, and I've got a sore on my heel that won't heal", "foot_wound"),
    ("My brother had a DVT, my calf is swollen and hot now", "dvt_signs"),
    # a carer writing for the person: the person's own
    ("my husband is typing for me, the foot has gone black", "color_or_temperature_change"),
    ("Dad (79) told me my foot looks blue", "color_or_temperature_change"),
    ("my grandson is typing, the foot has gone a funny blue colour", "color_or_temperature_change"),
    ("my daughter's writing this, the heel has an open sore that won't heal", "foot_wound"),
    ("he keeps asking why my toes are blue", "color_or_temperature_change"),
    ("she kept telling me my feet looked purple", "color_or_temperature_change"),
    ("my wife, 68, says my feet are always cold and blue", "color_or_temperature_change"),
    # the person's own body named after someone else: "my foot" ends their scope
    ("my husband had a look at my feet and they're gone a dusky purple", "color_or_temperature_change"),
    ("my daughter held my foot and said it was like ice", "color_or_temperature_change"),
    ("he keeps staring at my toes, they're black at the tips", "color_or_temperature_change"),
    ("my wife massages my calves at night because of the pain in bed", "rest_pain"),
    # a nurse's rank or the person as a parent, not a relative
    ("I was a ward sister (retired) and the calf is swollen, hot and red since yesterday", "dvt_signs"),
    ("retired theatre sister: one calf swollen, red and hot, onset two days ago", "dvt_signs"),
    ("I'm a mum (two toddlers) and the pain in my foot keeps me awake at night", "rest_pain"),
    # the person's own after a forwarded sender's words
    ("Mum: are you ok? Me: no, my foot has gone white and cold", "color_or_temperature_change"),
    # the person's own foot in a question about smoking: a report asked about
    ("Does the smoking make my foot go cold like this?", "color_or_temperature_change"),
]

HELD = [
    # over, said after "now" or "since then"
    ("three years back there was an ulcer on my big toe, now it's healed up", "foot_wound", "historical"),
    ("Last year I have sore on toe, now is closed.", "foot_wound", "historical"),
    ("had a sore on my heel in the spring, now all closed", "foot_wound", "historical"),
    ("my left foot went cold and white in 2019, they did a bypass and since then it's been normal",
     "color_or_temperature_change", "historical"),
    ("my toes turned blue on a ski trip and since then they're fine", "color_or_temperature_change", "historical"),
    # sorted, recovered, treated and fine
    ("I did have a bit of bladder trouble after the spinal op but those are sorted now",
     "cauda_equina_signs", "historical"),
    ("got a blood clot in my calf after a long flight, they gave me injections and it's been fine",
     "dvt_signs", "historical"),
    ("got very breathless with a lung clot, but I'm grand now, it's just the calves on hills",
     "chest_pain_or_breathlessness", "historical"),
    ("my toes went white from frostnip on a hike but recovered within the day",
     "color_or_temperature_change", "historical"),
    ("the sudden agony I got in my leg two summers ago was a clot, they cleared it and it's been grand since, "
     "now just aching calves on hills", "sudden_severe_pain", "historical"),
    # ...but a clause of its own ("and it's been fine") speaks of the whole episode
    ("my calf went hot and swollen after the flight, they found a clot and it's been fine since",
     "dvt_signs", "historical"),
    # someone else's: a relative without "my", the age in brackets or "aged"
    ("Mum (84) has a sore on her heel that won't heal", "foot_wound", "other_person"),
    ("Grandad (90) wakes every night with pain in his toes", "rest_pain", "other_person"),
    ("Granny aged 88 keeps waking with pain in her legs", "rest_pain", "other_person"),
    # a forwarded message's sender, or someone next door who went down with it
    ("Mum: the toes have turned a horrible grey colour since breakfast", "color_or_temperature_change",
     "other_person"),
    ("the old boy next door was rushed in with a sudden terrible pain in his leg on Sunday, a clot apparently",
     "sudden_severe_pain", "other_person"),
    # "he keeps ...", "she ended up ..."
    ("my husband's 70 and his feet hurt in bed, he keeps sitting up in the chair all night",
     "rest_pain", "other_person"),
    # the pain, then whose foot
    ("is waking at night with pain in her feet, my mum I mean", "rest_pain", "other_person"),
    # the story goes on after a comma with "the" part or the clot named again
    ("my uncle had the sugar, the toes went black and they took them off",
     "color_or_temperature_change", "other_person"),
    ("My mother has clots, a DVT last spring. My own legs are fine.", "dvt_signs", "other_person"),
    # a question about smoking and "the" foot: asked, not said
    ("Can the smoking make the toes go blue? My wife smokes and hers are blue",
     "color_or_temperature_change", "hypothetical"),
]

NO_RED_FLAG = [
    # someone's own "his"/"her" after the person's own body: theirs
    "my husband rubs my back, his own feet go blue and icy at night",
    "My dad's 80, he keeps waking with pain in his legs at night. Mine only hurt when I walk.",
    "had an ulcer on the side of my foot in 2021, since then all healed, only calf cramp on walking now",
    "Does the smoking make the feet go cold? My brother smokes and his are always freezing.",
    "my sister had a clot, DVT in her left leg. My legs are fine, just achy calves uphill.",
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


def test_made_rows_multiply_their_word_lists_in_order():
    # context.yml "made": an empty word leaves its place out; rows go only into the lists they name
    from symptom_nlu.extractor import context_termset, made_phrases

    spec = {"following": ["healed"],
            "made": [{"into": ["following", "closing"], "words": [["now"], ["", "it's"], ["healed", "closed"]]},
                     {"into": ["pseudo"], "words": [["he"], ["keeps asking"]]}]}
    assert made_phrases(spec, "following") == ["now healed", "now closed", "now it's healed", "now it's closed"]
    assert made_phrases(spec, "closing") == made_phrases(spec, "following")
    assert context_termset(spec)["following"] == ["healed", "now healed", "now closed", "now it's healed",
                                                  "now it's closed"]
    assert context_termset(spec)["pseudo"] == ["he keeps asking"]
    with pytest.raises(ValueError):
        made_phrases({"made": [{"into": ["folowing"], "words": [["now"]]}]}, "following")
    with pytest.raises(ValueError):  # YAML's bare "on" is True
        made_phrases({"made": [{"into": ["following"], "words": [["in", True], ["his"]]}]}, "following")
