"""Classes of phrasing behind the eighteenth held-out set's missed cauda equina, DVT and chest
red flags, each tested both ways: not knowing one needs the loo, rhyming slang and learner English
for incontinence, a stool that cannot be held, bowels that "let go", "without warning/knowing" as a
manner and not a denial, saddle numbness as "the place I sit on" or "numb like ... down below",
Scots and Yorkshire words for a swollen hot red leg, a symptom checker's "Leg swelling: unilateral"
and "Shortness of breath: no", a numbered list whose items end a denial, chest pain and sudden
breathlessness in dialect. Every sentence here is written for these tests; none is a held-out
sentence."""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND = [
    ("twice this week I didn't know I needed the toilet till it was too late", 'cauda_equina_signs'),
    ("I don't even realise I need a wee any more, it just happens", 'cauda_equina_signs'),
    ('since Monday I cannot tell when I have to go to the loo', 'cauda_equina_signs'),
    ("I can't feel when I need 2 pee anymore", 'cauda_equina_signs'),
    ("cant 'old me Jimmy Riddle, it just dribbles out", 'cauda_equina_signs'),
    ("I can't control my Jimmy Riddles since the weekend", 'cauda_equina_signs'),
    ('I cannot hold in my stools since Tuesday', 'cauda_equina_signs'),
    ('my bladder just let go in the kitchen this morning', 'cauda_equina_signs'),
    ('my bowels let go without warning and my back is killing me', 'cauda_equina_signs'),
    ("I pissed myself on the bus and didn't feel it", 'cauda_equina_signs'),
    ('the place I sit on feels numb since yesterday', 'cauda_equina_signs'),
    ('numb like someone injected me down below', 'cauda_equina_signs'),
    ('both my legs went proper jelly this morning', 'cauda_equina_signs'),
    ("it came on without warning and there's no feeling round my bum now", 'cauda_equina_signs'),
    ("my right calf's near twice the size o t'other and it's hot", 'dvt_signs'),
    ('the left calf is puffier than the other one and warm', 'dvt_signs'),
    ("ma left leg's swalled an het since the flight", 'dvt_signs'),
    ('ma calf is aa swelt up and reid', 'dvt_signs'),
    ('Calf swelling: one-sided (R)', 'dvt_signs'),
    ('unilateral leg swelling and warmth', 'dvt_signs'),
    ('1) no sores 2) left calf red, hot and swollen', 'dvt_signs'),
    ('sair in ma chest since this morning', 'chest_pain_or_breathlessness'),
    ("I've got a chest pane on the left side", 'chest_pain_or_breathlessness'),
    ('my chest feels like someone is sitting on it', 'chest_pain_or_breathlessness'),
    ('chest feels like a horse is standing on it', 'chest_pain_or_breathlessness'),
    ('I was outta breath just sitting on the couch', 'chest_pain_or_breathlessness'),
    ("I suddenly couldn't get enough air in", 'chest_pain_or_breathlessness'),
    ('my breathing just cut out on me this afternoon', 'chest_pain_or_breathlessness'),
    ('all of a suddin my breath went and my leg is swollen', 'chest_pain_or_breathlessness'),
    ('calves pain when I walk and it will go if I rest, also these days my chest is paining me', 'chest_pain_or_breathlessness'),
    ('1) no sores 2) chest pain since this morning', 'chest_pain_or_breathlessness'),
    ("like I couldn't get any air into my lungs, and my calf is swollen", 'chest_pain_or_breathlessness'),
]

HELD = [
    # a Scots question: "if thon / if ma ..."
    ("whit if thon calf o mine swalled up an went het?", 'dvt_signs', 'hypothetical'),
    ("if ma leg went reid an swalled, would that be a clot?", 'dvt_signs', 'hypothetical'),
    ('what if my calf got twice the size of the other one?', 'dvt_signs', 'hypothetical'),
    ('my dad pissed himself without knowing at the match', 'cauda_equina_signs', 'other_person'),
    ("what if I couldn't tell when I need to wee?", 'cauda_equina_signs', 'hypothetical'),
    ('my wife says her chest feels like someone is sitting on it', 'chest_pain_or_breathlessness', 'other_person'),
]

NO_RED_FLAG = [
    # a form's "X: no" denies X
    'Wound on foot: NO | Pain at rest: no | Calf cramp walking: yes',
    'Chest pain: no\nBreathlessness: no\nCalves: ache after 200 m',
    'I have no idea when I need the loo because I drink so much tea',
    "I didn't know I needed the hospital for a swollen leg",
    "I didn't know I needed to go to the doctor for calf pain",
    "my husband can't hold his Jimmy Riddle these days",
    "what if I couldn't hold my stool, would that be serious?",
    "my dog's bladder let go on the carpet",
    'I nearly pissed myself laughing at the telly',
    'pissed myself laughing when my calves cramped on the stairs',
    'I sit on a stool at work and my calves ache when I walk',
    'I couldnt get any air in the tyres so I walked and my calves hurt',
    'my legs went jelly after walking up the big hill',
    'Leg swelling: no. Redness: no',
    'Shortness of breath: no. Chest pain: no',
    'neither calf is puffier than the other',
    'my calves ache, het up about nothing',
    'I was outta breath running for the bus',
    'outta breath after climbing the stairs, calves burning',
    "it's like a cow sat on my foot it's that heavy when I walk",
    'the pane in my window is cracked and my calves ache walking',
    '1) no chest pain 2) no breathlessness 3) calves ache when I walk',
    'my breath goes when I walk up hills and my calves cramp',
    'the pump could not get any air into the ball',
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
