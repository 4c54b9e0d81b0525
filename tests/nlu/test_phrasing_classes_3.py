"""Classes of phrasing behind the safety errors of the third and fourth held-out sets'
first runs (docs/measurements/nlu_eval_heldout3_first_run.md, ..._heldout4_first_run.md),
each tested both ways. Every sentence here is written for these tests; none is a
held-out sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # rest pain: sleeping in a chair or recliner, pain lying flat, eased by hanging the foot down
    ("I've been sleeping in my recliner for weeks because of my feet", "rest_pain"),
    ("I sleep on the sofa now, my toes ache less that way", "rest_pain"),
    ("my toes throb lying flat in bed", "rest_pain"),
    ("it's easier with my leg dangling over the side of the bed", "rest_pain"),
    ("I hang my foot down and that helps", "rest_pain"),
    # a wound overdue to heal
    ("the sore on my heel should have healed weeks ago", "foot_wound"),
    ("the nurse says the ulcer on my shin ought to have healed by now", "foot_wound"),
    # dependent rubor, elevation pallor
    ("my toes turn purple whenever my legs are down", "color_or_temperature_change"),
    ("my foot goes pale if I lift it up on a cushion", "color_or_temperature_change"),
    # cauda equina: cannot feel when passing urine, "waterworks gone funny"
    ("I can't tell when I'm going any more", "cauda_equina_signs"),
    ("my bladder has gone strange since Tuesday", "cauda_equina_signs"),
    # one leg much bigger than the other; a swollen red lump further from the leg word
    ("my right leg is double the size of my left", "dvt_signs"),
    ("swollen hot patch near the top of my left calf", "dvt_signs"),
    # the look-alikes below are blocked only where they are what the words are about
    ("my foot is ice cold and the pain is horrible, it started an hour ago", "sudden_severe_pain"),
    ("a sore on my heel keeps coming back", "foot_wound"),
    ("I wet myself this morning and can't feel my bottom", "cauda_equina_signs"),
    ("my tea went cold while my toes went white", "color_or_temperature_change"),
    # a past view of a present sign does not make the sign past
    ("my big toe went black last week, at the time I thought it was a bruise", "color_or_temperature_change"),
    ("my foot went cold and white on Sunday, back then I thought it was the weather", "color_or_temperature_change"),
    # fourth set: the foot out of bed, the small hours, under the covers
    ("I stick my foot out from under the quilt and it eases", "rest_pain"),
    ("my heel aches in the early hours", "rest_pain"),
    ("my toes burn under the duvet", "rest_pain"),
    # a nick or raw patch that stays open; "one on my toe, weeks now"
    ("a nick on my heel from my shoe, still open after a month", "foot_wound"),
    ("there's a raw spot on my instep, had it since the summer", "foot_wound"),
    ("yes I've got one between my toes, weeks now", "foot_wound"),
    ("there's one on the top of my second toe, a month now", "foot_wound"),
    # one foot paler or colder than the other
    ("my left foot is paler than the other", "color_or_temperature_change"),
    # severe as a simile
    ("it came on all at once like being stabbed in the calf", "sudden_severe_pain"),
    # swollen with more words before the redness
    ("my calf has swelled right up, hot and red", "dvt_signs"),
    ("my shin is swollen on the right only, the skin's red and warm", "dvt_signs"),
]


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


RED_FLAG_NOT_AFFIRMED = [
    ("I don't sleep in a chair, I'm fine in bed", "rest_pain", "negated"),
    ("there's no sore on my foot that should have healed", "foot_wound", "negated"),
    ("my leg isn't twice the size of the other", "dvt_signs", "negated"),
    ("my bladder hasn't gone funny", "cauda_equina_signs", "negated"),
    # asked about: "at what point does ... mean"
    ("at what point does a cold foot mean I need A&E?", "color_or_temperature_change", "hypothetical"),
    ("at what stage is pain in bed a worry?", "rest_pain", "hypothetical"),
    # over, with the episode's end or time named
    ("my toes were blue for a few days after the frostbite", "color_or_temperature_change", "historical"),
    ("they cleared a clot in 2019, the sudden pain then was terrible but I've been fine", "sudden_severe_pain",
     "historical"),
    ("my leg was swollen and red for a few weeks after the DVT", "dvt_signs", "historical"),
    # someone else's
    ("my wife sleeps in the armchair because of her foot pain", "rest_pain", "other_person"),
    ("my brother's toe went black last month", "color_or_temperature_change", "other_person"),
    # fourth set: "say I ...", back to normal, right as rain since, antibiotics cleared it
    ("say I get a sore on my foot that won't heal, what then?", "foot_wound", "hypothetical"),
    ("my toes went white once in the snow and went back to normal in an hour", "color_or_temperature_change",
     "historical"),
    ("I had chest pain before my bypass, been right as rain since", "chest_pain_or_breathlessness",
     "historical"),
    ("my calf was hot and swollen in May, the antibiotics cleared it up", "dvt_signs", "historical"),
]


@pytest.mark.parametrize("text,code,context", RED_FLAG_NOT_AFFIRMED)
def test_red_flag_words_held_not_affirmed(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize(
    "text",
    [
        # a chair or sofa by day, feet up: not rest pain
        "I like to sit on the sofa with my feet up after a walk",
        # red in the face, pale when standing up quickly: not the leg
        "I go red when I'm embarrassed",
        "my husband goes pale when he stands up too fast",
        # "going" as walking, and a different "twice"
        "I can't feel much when I'm going uphill, just tired",
        "I walk twice the distance my brother does",
        # found after the first run's "after" evaluation: food, idioms, other body parts
        "my coffee's gone cold while I typed this",
        "I nearly wet myself laughing at the telly",
        "there's a sore on my lip again",
    ],
)
def test_look_alikes_raise_no_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


def test_a_horrible_colour_is_a_colour_change_not_severe_pain(extract):
    result = extract("my toes are cold and they're a horrible colour")
    assert result.red_flags == ["color_or_temperature_change"], result.mentions
