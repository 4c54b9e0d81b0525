"""missed_a: Classes of phrasing behind the twenty-second held-out set's missed rest pain, foot wounds and colour or
temperature changes (first run), each tested both ways. Every sentence here is written for these tests;
none is a held-out or development-set sentence.

- rest: the limb "nipping" in bed; sitting in a chair half the night; "can't get comfy in bed"; up in the
  night walking or pacing a room to ease the feet; "the nights are new"; "mine does every night" after a
  question; a pain or cramp that comes on "just sitting" (day, not night cramps); "sitting also hurts now";
  "doesn't quit when I sit down", "keeps going all evening in the chair"; an answer "even lying still";
- wound: a spot on the side of a toe open or not getting better; a wound "not getting any better"; skin,
  a crack or a corn that keeps splitting or has broken open and stays so; learners' "heel crack and
  open"; a toe, then "it won't close up";
- colour: "my foot colour is change(d)", "colour of foot is changing"; "lost colour"; colder or paler
  "to touch than the right", "compared with my right, the left feels chillier"; French "la jambe est
  froide".

missed_b: Classes of phrasing behind the twenty-second held-out set's missed red flags (DVT signs, sudden
severe pain, cauda equina signs, chest pain or sudden breathlessness), each tested both ways.
Every sentence here is written for these tests; none is a held-out or development-set sentence.

- dvt: learners' "very big and hot"; one leg measured against the other ("bigger than the left",
  "swollen compared to the other"); swelling "on one side only", and a short reply that names the
  side first ("only on one side, puffy and hot to touch"); the limb named by its side ("calf on the
  left side", "the calf on that side"); "below my left knee" as the leg; one leg swollen and "the left
  one's fine";
- sudden: learners' "come quick quick", "fast fast", "come so fast", "so strong", "hurt too much";
  "I can't bear this pain"; "a sudden sharp pain"; "never felt pain this bad";
- cauda: "can't seem to pee", "wasn't even aware I needed to go", "didn't make it to the toilet";
- chest: "cannot finish the sentence"; learners' "very hard breathing", "suddenly I breathe very hard".

context: Classes of phrasing behind the twenty-second held-out set's false alarms on red-flag words that were not
the person's current red flag (first run), each tested both ways:

- asked about: a loss feared on a condition ("will I lose my foot if ..."), advice given on a condition
  ("the nurse told me, if ... come back"), "Can the pain ...?" opening a question, an example going on a
  general question ("Like the toes going black?");
- past and over: "all healed up" beyond the window, "surgery fixed it", "No issues since." reaching back,
  the end state said before "now" ("it's warm now"), a sentence "Now the foot is warm." reaching back,
  an ulcer that "closed over"; the wound clinic where a wound healed;
- someone else's: learners' "she have", someone "at" a place, a nurse's "Patient has ...", a resident by
  room number, "my aunty's", "<name>'s feet are";
- legs that give out on hills: exertional, not cauda equina.

The other way: the person's own sign now, a recurrence, a date and a treatment with no end, the carer
writing about themselves. Every sentence here is written for these tests; none is a held-out or
development-set sentence.
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

# --- missed_a ----------------------------------------------------------------------------------------
MISSED_A_RED_FLAG_FOUND = [
    # review: a question about the course of the person's own pain at rest presupposes it
    ("Will the pain in my feet at night ever go away?", "rest_pain"),
    ("will the night pain in my toes get better with the tablets?", "rest_pain"),
    ("will my pain at night get better if I stop smoking?", "rest_pain"),
    ("my foot aches even lying flat in bed", "rest_pain"),
    # rest
    ("my right foot keeps nipping at night", "rest_pain"),
    ("I end up sat in the recliner most of the night with the leg hanging", "rest_pain"),
    ("I can't get comfy in bed, my heels burn", "rest_pain"),
    ("in the night my toes throb and I get up and pace the landing to settle them", "rest_pain"),
    ("I get up in the night and walk round the bedroom to ease them", "rest_pain"),
    ("I was up pacing the landing at 2am because my feet were burning", "rest_pain"),
    ("the walking I'm used to but the nights are new", "rest_pain"),
    ("does it bother other people in bed? mine does every night", "rest_pain"),
    ("the ache in my calf comes on even sitting at my desk now", "rest_pain"),
    ("my calf cramp comes on just sitting at my desk", "rest_pain"),
    ("lying down also hurts now", "rest_pain"),
    ("the burning in my feet won't quit anymore when I lie down", "rest_pain"),
    ("the ache keeps going all evening on the sofa", "rest_pain"),
    ("mostly in bed, even lying still", "rest_pain"),
    # wound
    ("I've a patch on the top of my second toe that's been open for a month", "foot_wound"),
    ("the spot under the ball of my foot is not getting any better", "foot_wound"),
    ("my leg ulcer isn't getting any better", "foot_wound"),
    ("the skin on my heel keeps splitting open", "foot_wound"),
    ("the callus on my sole has split open and it's been weeks now", "foot_wound"),
    ("my heel cracked and open, bleeding a bit", "foot_wound"),
    ("on the big toe, and it just won't close up", "foot_wound"),
    # the phrasal "crack on" is blocked; a crack on a named part of the foot is kept
    ("I've a crack on my heel that won't heal", "foot_wound"),
    # colour
    ("my foot colour has changed, it looks dusky", "color_or_temperature_change"),
    ("colour of my left foot is changing since yesterday", "color_or_temperature_change"),
    ("my right foot lost its colour this morning", "color_or_temperature_change"),
    ("the left is cooler to the touch than the right", "color_or_temperature_change"),
    ("compared to the other one, my right feels colder", "color_or_temperature_change"),
    ("my feet feel chillier than they used to", "color_or_temperature_change"),
    ("mon pied est froid et blanc", "color_or_temperature_change"),
]

MISSED_A_HELD = [
    ("will the pain come on at night one day?", "rest_pain", "hypothetical"),
    ("will my husband's pain at night ever go away?", "rest_pain", "other_person"),
    ("my dad sits in the chair half the night with his foot down", "rest_pain", "other_person"),
    ("my sister has a crack on her heel that keeps splitting open", "foot_wound", "other_person"),
    ("my wife's left foot is cooler to the touch than the right", "color_or_temperature_change", "other_person"),
]

MISSED_A_NO_RED_FLAG = [
    # review: "even lying still" of something other than leg pain
    "my legs twitch even lying still, restless legs the doctor said",
    "my heart races even sitting quietly",
    "I can feel my pulse even lying flat",
    # rest
    "I was nipping to the loo at night",
    "I sat in the armchair all the night watching the match",
    "I can't get comfy in bed because of my back",
    "I get up and walk round the kitchen to ease them, my calves, after dinner",
    "up walking the floor with the baby because she has colic",
    "the nights are new to me since I started night shifts",
    "does your foot hurt at night? mine does not at night",
    "the pain never comes on just sitting at the desk",
    "sitting also hurts my back now",
    "sitting is fine, only walking hurts",
    "it quits when I sit down",
    "it never hurts even lying still",
    "it goes away, even lying still helps",
    "it takes twenty minutes to wear off even lying down",
    # wound
    "it's a corn on my little toe, it isn't broken open",
    "the blister broke open yesterday and healed in three days",
    "my lips keep splitting open",
    "the bag split open since it was overfilled",
    "a spot on the side of my big toe but it's not open",
    "my heel is not cracked and open",
    "the gap in my fence won't close up",
    "I just crack on with it, my heel hurts",
    # colour
    "my foot colour is normal",
    "the colour of my urine has changed",
    "the colour of my foot hasn't changed",
    "has the colour of your foot changed?",
    "my hair colour has changed",
    "my foot never lost its colour",
    "the photo lost its colour",
    "compared with my right, the left feels stronger",
    "compared with my right the left is no colder",
    "la soupe est froide",
    "ma jambe n'est pas froide",
    "the weather is chillier",
]


# --- missed_b ----------------------------------------------------------------------------------------
MISSED_B_RED_FLAG_FOUND = [
    ("sudden sharp pain in my calf while walking the dog this morning, can't put weight on it", "sudden_severe_pain"),
    ("my left calf is swollen on one side only and hot", "dvt_signs"),
    ("I've got chest pain and a swollen hot red calf", "dvt_signs"),
    ("tooth abscess last week and now an abscess on my heel that won't heal", "foot_wound"),
    # dvt
    ("my left calf is really big and red since yesterday", "dvt_signs"),
    ("my left leg is so big and warm from 3 days", "dvt_signs"),
    ("the right calf looks bigger than the left now", "dvt_signs"),
    ("it's a lot bigger than the other one and it aches", "dvt_signs"),
    ("my right leg is swollen compared with the left", "dvt_signs"),
    ("the leg has swollen up on one side only since the weekend", "dvt_signs"),
    ("yes, just on one side, swollen and red", "dvt_signs"),
    ("left side: puffy and warm to the touch", "dvt_signs"),
    ("my leg on the right side has gone swollen and it's hot", "dvt_signs"),
    ("had a hip op last month and now the leg on that side is swollen", "dvt_signs"),
    ("everything under my right knee is swollen and sore", "dvt_signs"),
    ("my left calf swelled up over the weekend, sore and warm at the back, the right leg is fine", "dvt_signs"),
    # sudden severe pain
    ("this afternoon the pain in my leg came quick quick and very strong pain", "sudden_severe_pain"),
    ("my foot hurt so much, it come so fast", "sudden_severe_pain"),
    ("leg pain fast fast, I can't bear the pain", "sudden_severe_pain"),
    ("the calf pain came on very quickly and it hurts too much", "sudden_severe_pain"),
    ("my foot went white and cold, I can't take this pain", "sudden_severe_pain"),
    ("I felt a sudden stabbing pain in my thigh while I was reaching for a cup", "sudden_severe_pain"),
    ("it came on out of nowhere and I've never had pain this bad", "sudden_severe_pain"),
    # cauda equina
    ("I can't seem to wee since yesterday and my back is killing me", "cauda_equina_signs"),
    ("I don't seem able to pass water since this morning", "cauda_equina_signs"),
    ("I wasn't aware I had to go and then I'd wet the chair", "cauda_equina_signs"),
    ("I didn't make it to the loo this morning and my back is bad", "cauda_equina_signs"),
    # chest
    ("I can't finish the sentence without stopping for air", "chest_pain_or_breathlessness"),
    ("since an hour I have very hard breathing", "chest_pain_or_breathlessness"),
    ("all of a sudden I breathe really hard and my calf is swollen", "chest_pain_or_breathlessness"),
]

MISSED_B_HELD = [
    ("my dad's right calf is very big and hot", "dvt_signs", "other_person"),
    ("what if my leg is swollen on one side only?", "dvt_signs", "hypothetical"),
    ("I don't have a leg bigger than the other", "dvt_signs", "negated"),
    ("my leg is not swollen compared to the other", "dvt_signs", "negated"),
    ("my husband can't seem to pee properly", "cauda_equina_signs", "other_person"),
]

MISSED_B_NO_RED_FLAG = [
    # review: one side of the face or jaw, a dental abscess, a sharp pain each time on walking
    "my face is swollen on one side only, tooth abscess",
    "my jaw swelled up on one side only",
    "a sudden sharp pain in my calf when I walk uphill",
    # review: heavy or hard breathing with no sudden onset is asthma, COPD or sleep, not sudden breathlessness
    "I've had heavy breathing for years with my COPD",
    "my wife says I have heavy breathing when I sleep",
    # dvt look-alikes: both legs, swelling after exercise that settles, the other leg named
    "both my legs are very big and puffy by the evening",
    "my ankles swell in the heat and go down overnight",
    "my legs swell a bit after a long run but it settles when I rest",
    "my right leg is stronger than the left",
    "I don't have swelling on one side only",
    "no swelling in either leg, both are the same size",
    # sudden look-alikes: building over weeks, with walking, an ordinary "strong", an ordinary "fast"
    "the pain has built up over weeks, now it hurts too much to walk far",
    "I get a sudden sharp pain in my calf when I walk uphill",
    "had a sudden sharp pain in my wrist when I opened the jar",
    "the ache comes on so fast when I walk and goes when I stop",
    "I walk very fast in the morning and my calves ache",
    "my legs feel so strong since the physio",
    "I can't bear this pain any longer, it's been months of aching when I walk",
    # cauda look-alikes: denied, asked, ordinary
    "no problems passing water, I can pee fine",
    "I didn't make it to the shop today because of my calf",
    "the calf cramps at night and I nearly didn't make it to the loo with it",
    # breathing look-alikes: exertion, denied
    "I have hard breathing when I climb the stairs",
    "out of breath on the stairs, but fine once I stop",
    "I breathe very hard after my run",
    "I can finish the sentence fine, no breathlessness",
]


# --- context -----------------------------------------------------------------------------------------
CONTEXT_RED_FLAG_FOUND = [
    # review: a learner's "it's" for "its" is no person's name
    ("It's foot has gone white and cold since this morning", "color_or_temperature_change"),
    ("my sore on the heel healed last month but it has opened up again", "foot_wound"),
    ("they told me it was a clot and the calf is still swollen and red today", "dvt_signs"),
    ("my foot went pale and cold about an hour ago", "color_or_temperature_change"),
    ("a long time ago my leg went white and they did an emergency bypass", "color_or_temperature_change"),
    ("my toes are going black, will I lose my foot?", "color_or_temperature_change"),
    ("the nurse told me to come back if it got worse, and now my foot is cold and white",
     "color_or_temperature_change"),
    ("I'm a carer for my husband but this is about me: my left foot has gone blue and icy",
     "color_or_temperature_change"),
    ("I work as a nurse and my own calf is swollen, red and hot", "dvt_signs"),
    ("my foot went white in the night and it's still white", "color_or_temperature_change"),
    ("had a clot in my right leg years back and now this leg's calf is hot and swollen", "dvt_signs"),
    ("can't walk to the end of the road and my legs give out, and I can't control my bladder", "cauda_equina_signs"),
]

CONTEXT_HELD = [
    ("Am I going to lose my toes if they turn black?", "color_or_temperature_change", "hypothetical"),
    ("The GP told me, if the foot goes pale or cold, ring straight away.", "color_or_temperature_change",
     "hypothetical"),
    ("Can the pain come on at night as well later on?", "rest_pain", "hypothetical"),
    ("Does this lead to amputation in the end? Like the toes going dark?", "color_or_temperature_change",
     "hypothetical"),
    ("my big toe turned black from frostbite skiing in 2012, all healed up, just calf ache now",
     "color_or_temperature_change", "historical"),
    ("couldn't feel my bottom and wet myself years back, the op fixed it", "cauda_equina_signs", "historical"),
    ("Back in 2016 I had chest pain from a clot on the lung. No issues since.", "chest_pain_or_breathlessness",
     "historical"),
    ("my toes were blue and cold before they ballooned the artery, they're warm now", "color_or_temperature_change",
     "historical"),
    ("Two winters back my foot was white and cold, they put in a stent. Now it's warm.",
     "color_or_temperature_change", "historical"),
    ("the sore on my shin closed over in the spring", "foot_wound", "historical"),
    ("my dad is 80, she have... sorry, he have ulcer on toe not healing", "foot_wound", "other_person"),
    ("a bloke at the gym got sudden severe pain in his calf", "sudden_severe_pain", "other_person"),
    ("Practice nurse here. Patient has rest pain in the left foot at night", "rest_pain", "other_person"),
    ("Mrs K in room 12 has a weeping ulcer on the heel", "foot_wound", "other_person"),
    ("my aunty's toes have gone purple", "color_or_temperature_change", "other_person"),
    ("our Sheila's feet are cold and white", "color_or_temperature_change", "other_person"),

]

CONTEXT_NO_RED_FLAG = [
    "had a sore on my ankle last year, healed up fine with the wound nurses",
    "no numbness anywhere, just my legs that buckle on the steep hill",
    "my nan's foot is cold and pale and she's 90",
]


# --- the same three checks for every class ----------------------------------------
RED_FLAG_FOUND = MISSED_A_RED_FLAG_FOUND + MISSED_B_RED_FLAG_FOUND + CONTEXT_RED_FLAG_FOUND
HELD = MISSED_A_HELD + MISSED_B_HELD + CONTEXT_HELD
NO_RED_FLAG = MISSED_A_NO_RED_FLAG + MISSED_B_NO_RED_FLAG + CONTEXT_NO_RED_FLAG


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
