"""Classes of phrasing behind the eighteenth held-out set's missed rest pain and sudden severe pain
(first run), each tested both ways: pain while sat, seated, laying or in bed said in dialect or
learner English; a recent spell after "used to"; a sudden severe pain said as a blow, in seconds,
misspelt, or with the limb gone cold after it. Every sentence here is written for these tests; none
is a held-out or development-set sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    # the rest said without "I", as "seated" or "laying"
    ("me legs are killin me even when am sat in the chair", "rest_pain"),
    ("my toes are paining even when I am seated at the table", "rest_pain"),
    ("the ache in my shin is there even when I am seated", "rest_pain"),
    ("my foot throbs even when im laying on the settee", "rest_pain"),
    ("my calves hurt just a-layin on the couch", "rest_pain"),
    ("my legs ache lying in the bed", "rest_pain"),
    ("the pane in my toes is bad all night", "rest_pain"),
    ("me toes 'urt when I'm sat still", "rest_pain"),
    # dialect: "at me", nagging in bed, killing at night, the small hours, worse of a night
    ("me heel's at me all night", "rest_pain"),
    ("my right foot has been nagging in bed most nights", "rest_pain"),
    ("my feet are killing me in bed", "rest_pain"),
    ("ma feet are sair in the wee sma oors", "rest_pain"),
    ("I end up sleepin in the armchair", "rest_pain"),
    ("it's a lot wuss of a night", "rest_pain"),
    ("my legs ache throughout the night", "rest_pain"),
    ("I get up and walk the floor most nights with my feet", "rest_pain"),
    ("my calf is super sakit na even when I'm resting", "rest_pain"),
    # a recent spell after "used to": the "used to" ends at it
    ("it never used to bother me in bed but these past weeks it's been waking me", "rest_pain"),
    ("my feet used to be fine at night but lately they've been waking me up", "rest_pain"),
    # sudden severe pain said as a blow
    ("my thigh went like someone had kicked it, I can barely stand", "sudden_severe_pain"),
    ("the pain came on like a bus hit me twenty minutes ago", "sudden_severe_pain"),
    ("my shin felt like it got whacked with a hammer about an hour ago", "sudden_severe_pain"),
    ("like someone's stabbing it, my calf, started half an hour ago", "sudden_severe_pain"),
    ("it was like a kick from a mule, happened all at once", "sudden_severe_pain"),
    ("ten outta ten, came on all of a sudden", "sudden_severe_pain"),
    ("it hurts like the dickens, came on all at once", "sudden_severe_pain"),
    # in seconds; misspelt; unable to put the foot down
    ("within seconds my calf was agony", "sudden_severe_pain"),
    ("suddan terrible pain in my calf", "sudden_severe_pain"),
    ("sudden sevear pain in my foot", "sudden_severe_pain"),
    ("all of a sudden, I can't even put weight on my leg", "sudden_severe_pain"),
    ("it came on suddenly and now I cor put me foot down", "sudden_severe_pain"),
    ("it came on suddenly, an it's killin me", "sudden_severe_pain"),
    # one event while standing still, not an onset with standing
    ("my calf went agonising out of nowhere while I was just standing at the sink", "sudden_severe_pain"),
    # the onset, the pain, then the limb gone cold or white in a clause of its own
    ("it happened all at once, the pain in my calf, and now my foot is white", "sudden_severe_pain"),
    ("suddenly this pain in my leg, an noo ma fit's cauld", "sudden_severe_pain"),
]

HELD = [
    ("my husband's feet ache lying in bed", "rest_pain", "other_person"),
    ("my feet don't ache lying in bed", "rest_pain", "negated"),
    ("my mate had a suddan sevear pain in his leg", "sudden_severe_pain", "other_person"),
    ("no suddan sevear pain, just the ache when I walk", "sudden_severe_pain", "negated"),
    ("what if my leg suddenly felt like it got hit with a bat", "sudden_severe_pain", "hypothetical"),
    ("my calf went like someone had kicked it two years ago, fine ever since", "sudden_severe_pain", "historical"),
    ("my feet used to hurt at night but lately they're fine", "rest_pain", "historical"),
    # Black Country "doe" (doesn't)
    ("it doe 'urt when I'm sat in me chair, only up the hill", "rest_pain", "negated"),
]

NO_RED_FLAG = [
    # a blow felt as a quality each time on walking, or an idiom of being tired
    "my calf feels like someone is stabbing it when I walk",
    "a stabbing pain in my calf when I walk uphill",
    "I feel like I got hit by a truck this morning, I've got the flu",
    "woke up this morning feeling like a truck hit me, must be the cold I've got",
    # quick onset with walking is claudication
    "it gets agony within seconds of walking uphill",
    "my leg hurts like the dickens when I walk",
    # killing, nagging, at me, waking, worse at night: someone or something else
    "the grandkids are killing me at night with their racket",
    "my wife has been nagging me all night about the bins",
    "my wife's at me every night to go and see the doctor",
    "the baby's been waking me up every night",
    "the traffic is worse of a night round here",
    "I get up and walk the floor with the baby",
    "the window pane was cold at night",
    # walking, not rest
    "my feet are killing me after the walk to the shops",
    "my calves ache when I walk but they're fine even when I'm sat down",
    # cramp at night is not rest pain
    "cramp's been waking me up",
    # Black Country "cor" before no verb
    "cor blimey, my calves ache after the hill",
    # a sudden onset, and the weather cold
    "suddenly had a pain in my calf at the football, and the weather was freezing",
]

# another red flag may stand, but not this one
NOT_THIS_RED_FLAG = [
    # one sudden event while seated is a sudden onset, not pain at rest
    ("my calf went suddenly and terribly painful while I was sitting on the train", "rest_pain"),
    # claudication after a block next to a colour change is no sudden severe pain
    ("my shins have gone all blotchy, and the calves kill me after a block", "sudden_severe_pain"),
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


@pytest.mark.parametrize("text,code", NOT_THIS_RED_FLAG)
def test_not_this_red_flag(extract, text, code):
    result = extract(text)
    assert code not in result.red_flags, (text, result.mentions)
