"""Classes of phrasing behind the twenty-first held-out set's safety errors, each tested both ways.
Every sentence here is written for these tests; none is a held-out or development-set sentence.

missed: Classes of phrasing behind the twenty-first held-out set's missed red flags, each tested both ways.

- rest: the pain named first, then "comes on when I'm sitting still"; pain in the evenings when I sit
  down; woken at a night-time hour, the pain after a comma; "it" carried over a comma ("it does in
  bed, wakes me"); "(that's) there even when I'm not walking"; learners' "painful even I am resting";
- sudden: the knife said before "all of a sudden"; a high pain score from nothing;
- colour: the limb suddenly painful and then pale / white with no limb named again; "darkish";
- dvt: the leg swollen, then the calf named again and warm; learners' "swollen one side".

other: Classes of phrasing from the twenty-first held-out set's first run: false alarms on red-flag words
that were someone else's (a relative named without "my", a noun phrase with a comma between its
adjectives) or asked about (what would prevent a sign, a suspicion someone may have, a condition that
"ever" causes a sign or is "the thing where you" get one), and cauda equina signs that were missed
("problem with toilet", "legs both weak", the double negative "don't feel nothing down there", a numb
saddle compared with a bike ride or that has not gone). Each class is tested both ways. Every
sentence here is written for these tests; none is a held-out or development-set sentence.

past: Classes of phrasing behind the twenty-first held-out set's false alarms on red flags that are
past and over (first run), each tested both ways: an end the historical context did not know (a
wound "is closed now" with no subject, "the nurse healed it up" far from the wound, learners'
"after the stent it is gone" and "now no more", "was fine in ten minutes", a sentence "It's been
normal since." reaching back), and a treatment told between the episode and its end ("... and I
had surgery on the artery, fine since"), whose "and I" no longer ends the scope; and, the other
way, the red flag still there now, a single or a second spell (a count, not an end), a dated start
of a problem now, a past event beside a current one, and a bare "fine in 5 minutes" that may be
each time. Every sentence here is written for these tests; none is a held-out or development-set
sentence.
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

# --- missed ------------------------------------------------------------
MISSED_RED_FLAG_FOUND = [
    ("the ache in my right foot now comes on when I'm sitting quietly", "rest_pain"),
    ("the burning in my toes starts when I am lying still", "rest_pain"),
    ("I get pain in my calf in the evenings when I sit down", "rest_pain"),
    # the multi-word "as soon as" once made the whole line ask for "when soon as i": the lateral
    # word and an adverb between showed it
    ("I get an ache in my right calf in the evenings when I finally sit down", "rest_pain"),
    ("a burning in my left foot of an evening as soon as I sit down", "rest_pain"),
    ("wakes me up at 2am some nights, an ache in my heel", "rest_pain"),
    ("yes it does in bed, wakes me every night", "rest_pain"),
    ("a throbbing in my toes that's there even when I'm not moving", "rest_pain"),
    ("my legs are paining even I am sitting now", "rest_pain"),
    ("an ache like a knife in my calf all of a sudden", "sudden_severe_pain"),
    ("my calf went from nothing to an 8 out of 10 in a minute", "sudden_severe_pain"),
    ("the foot has suddenly gone really painful and white", "color_or_temperature_change"),
    ("my left leg suddenly gave the worst pain, cold as ice", "color_or_temperature_change"),
    ("the skin on my shin has turned darkish", "color_or_temperature_change"),
    ("my left calf is swollen below the knee and the leg aches and is red", "dvt_signs"),
    ("my leg is puffy one side only", "dvt_signs"),
]

MISSED_HELD = [
    ("my mum's foot has suddenly gone painful and pale", "color_or_temperature_change", "other_person"),
    ("what if my leg is swollen one side?", "dvt_signs", "hypothetical"),
]

MISSED_NO_RED_FLAG = [
    "it eases when I sit down in the evening",
    "my calf aches when I walk and settles when I sit down",
    "my calf aches when I walk and in the evenings when I sit down it's fine",
    "my right calf aches in the evenings when I sit down it eases off",
    "the ache in my calf goes as soon as I sit down in the evening",
    "it hurts when I walk, even when I'm not walking far",
    "a 9 out of 10 pain when I walk up hills, goes when I stop",
    "pale ale",
    "my wife's leg went pale suddenly",
    "what if my leg swelled after a flight?",
    "my legs swell a bit on long flights but go down the next day",
    "the pain comes on when I walk and goes when I sit",
]
# --- other ------------------------------------------------------------
OTHER_RED_FLAG_FOUND = [
    # "the thing where" explains a condition only with "you": the person's own "thing where" is a report
    ("the thing where my toes go white has been happening all week", "color_or_temperature_change"),
    ("the one where my foot goes cold and blue is back again", "color_or_temperature_change"),
    # the toilet for the bladder or bowels, in learners' words
    ("since two days I have problem with toilet and my back is paining", "cauda_equina_signs"),
    ("I am having trouble with the toilet since yesterday", "cauda_equina_signs"),
    ("new toilet problems since the weekend, and back pain", "cauda_equina_signs"),
    # "both" after the legs
    ("from this morning my legs both very weak", "cauda_equina_signs"),
    ("legs both gone weak since last night", "cauda_equina_signs"),
    # a learner's double negative: no feeling
    ("I don't feel nothing down there since this morning", "cauda_equina_signs"),
    ("from yesterday I can't feel nothing in my private area", "cauda_equina_signs"),
    # a numb saddle compared with a ride, or one that stays
    ("my bottom is numb, same as after a long ride on the bike, since Sunday", "cauda_equina_signs"),
    ("numb down below as if I'd been cycling for hours, and it's not going away", "cauda_equina_signs"),
    ("numb around my bum after sitting at my desk, and it hasn't worn off since Friday", "cauda_equina_signs"),
    # the person's own signs next to someone else or a question
    ("I've got a cold, pale foot and it hurts", "color_or_temperature_change"),
    ("my husband says my foot has gone a funny white", "color_or_temperature_change"),
    ("wife keeps telling me my toe is black", "color_or_temperature_change"),
    ("I wake up at night with pain in my foot and have to hang it out of bed", "rest_pain"),
    ("will my sore on my heel ever heal if I stop the fags?", "foot_wound"),
    ("will the ulcer on my ankle heal faster if I walk more?", "foot_wound"),
    ("my bladder's not working properly, could that be spinal stenosis?", "cauda_equina_signs"),
    ("I can't control my bowels since yesterday, does stenosis do that?", "cauda_equina_signs"),
    ("my calf is red, hot and swollen, what tests will they do?", "dvt_signs"),
]

OTHER_HELD = [
    # a relative named without "my"
    ("husband has a black toe and won't see the doctor", "color_or_temperature_change", "other_person"),
    ("Mum keeps getting pain in her feet at night in bed", "rest_pain", "other_person"),
    ("wife's got an ulcer on her shin that won't heal", "foot_wound", "other_person"),
    # adjectives of one noun phrase split by a comma
    ("my brother's got a swollen, red calf", "dvt_signs", "other_person"),
    ("my dad has a cold, blue foot", "color_or_temperature_change", "other_person"),
    # what would prevent a sign
    ("does walking stop me getting ulcers on my feet?", "foot_wound", "hypothetical"),
    ("would cutting down on fags prevent me from getting sores on my toes?", "foot_wound", "hypothetical"),
    # a suspicion someone may have
    ("what do they do if they suspect a clot in your leg?", "dvt_signs", "hypothetical"),
    ("what happens at the hospital if the doctor thinks it's a DVT?", "dvt_signs", "hypothetical"),
    # a condition that "ever" causes a sign, or explained by what "you" get
    ("can a trapped nerve ever cause bowel problems?", "cauda_equina_signs", "hypothetical"),
    ("Does sciatica cause incontinence?", "cauda_equina_signs", "hypothetical"),
    ("is cauda equina the one where you lose control of your bowels?", "cauda_equina_signs", "hypothetical"),
    ("is that the condition where you can lose control of your bladder?", "cauda_equina_signs", "hypothetical"),
]

OTHER_NO_RED_FLAG = [
    # the toilet, the legs and the feeling kept or denied
    ("no trouble with the toilet at all", "cauda_equina_signs"),
    ("I've not had any toilet problems", "cauda_equina_signs"),
    ("I don't have numbness in my bottom", "cauda_equina_signs"),
    ("I don't feel nothing wrong down there, it's only my calves", "cauda_equina_signs"),
    ("my legs both ache after walking a mile", "cauda_equina_signs"),
    # a numb bottom from a ride or a long sit that passed
    ("numb backside after a long bike ride, back to normal by teatime", "cauda_equina_signs"),
    ("my bum goes numb after a long sit on the train", "cauda_equina_signs"),
    # asked about, not the person's
    ("what if my bladder stopped working?", "cauda_equina_signs"),
    ("does stenosis ever make your legs go weak?", "cauda_equina_signs"),
    ("if they think it is a clot, do they give you a scan?", "dvt_signs"),
]
# --- past ------------------------------------------------------------
PAST_HELD = [
    # a wound closed, said before "now" with no subject (learners)
    ("three years ago I had sore on the heel, is closed now. Only my calf hurts on walking", "foot_wound",
     "historical"),
    ("ulcer on my big toe last winter, it's closed up now", "foot_wound", "historical"),
    # healed by someone, however far in the sentence
    ("I had a wound on my ankle after the fall last spring and the practice nurse healed it up", "foot_wound",
     "historical"),
    ("there was an ulcer on my foot while I was staying at my daughter's in June but the clinic healed it",
     "foot_wound", "historical"),
    # gone once treated, the treatment said first
    ("two years back my foot was hurting in bed every night, after the bypass it's gone. Walking is the issue",
     "rest_pain", "historical"),
    ("I had pain in the night in my toes, since stent it went away", "rest_pain", "historical"),
    # learners' "now no more"
    ("before my leg hurt at night in the bed but now no more, just when walking", "rest_pain", "historical"),
    # a spell over within minutes, in the past tense
    ("my foot went pale once after a long drive, it was fine in ten minutes", "color_or_temperature_change",
     "historical"),
    # a sentence that opens with "been normal since" reaches back
    ("My left foot turned blue after I fell asleep on the sofa. It's been normal ever since.",
     "color_or_temperature_change", "historical"),
    # a treatment between the episode and its end, and the walking pain is what is back
    ("long ago my foot went cold and white and I had an operation on the artery, all fine since",
     "color_or_temperature_change", "historical"),
    ("ages ago my toes went blue and I had a stent put in, fine since, but now the cramp when walking is back",
     "color_or_temperature_change", "historical"),
]

PAST_RED_FLAG_FOUND = [
    # still there now
    ("two years ago my foot went white and I had surgery, and it's been white ever since",
     "color_or_temperature_change"),
    ("the ulcer on my heel from last year is still open", "foot_wound"),
    ("the sore on my shin closed now and then but it is open again and weeping", "foot_wound"),
    ("the swelling in my calf went down but my calf is swollen again now, red and hot", "dvt_signs"),
    # a single spell is not over: once is a count, not an end (even once, chest pain on walking matters)
    ("I've had a tight pain in my chest going up the stairs, only the once", "chest_pain_or_breathlessness"),
    ("my foot went white and cold only the one time, on Tuesday", "color_or_temperature_change"),
    # a second spell
    ("it happened once last week and again this morning, my foot went white", "color_or_temperature_change"),
    ("my foot went white once on Monday and once again today", "color_or_temperature_change"),
    ("my toes only went blue once so far, this morning, and they are still blue", "color_or_temperature_change"),
    # a dated start of a problem now
    ("since March my foot has been cold and pale", "color_or_temperature_change"),
    ("some time ago my toes went black and they still are", "color_or_temperature_change"),
    # a past event beside a current one
    ("two years ago I had a clot, and now my calf is swollen, red and hot", "dvt_signs"),
    ("I had an ulcer in 2019 that healed, and now there is a new sore on my heel", "foot_wound"),
    # a treatment alone makes nothing past
    ("my foot went white and cold and I had emergency surgery", "color_or_temperature_change"),
    # a bare "fine in minutes" may be each time
    ("my foot goes white when I walk, fine in 5 minutes", "color_or_temperature_change"),
    # a closing phrase that goes on is not an end
    ("after the operation it's gone numb and white, my foot", "color_or_temperature_change"),
    ("my foot is ice cold, now no more feeling in the toes", "color_or_temperature_change"),
    # not healed by anyone
    ("the sore on my foot, the nurse never healed it", "foot_wound"),
]

PAST_NO_RED_FLAG = [
    "years ago my foot went white and I had an emergency operation, no trouble since, just the calf cramp",
    "the wound on my toe the podiatrist healed up in the spring is fine, my calf aches walking",
]

# --- review ------------------------------------------------------------------
# found in the fourteenth session's review: what does not relieve a sign, or does not prevent it,
# reports it ("nothing helps the pain at night" was held as denied, "don't stop me getting" as asked)
REVIEW_RED_FLAG_FOUND = [
    ("nothing helps the pain in my feet at night", "rest_pain"),
    ("nothing seems to ease the burning in my toes in bed", "rest_pain"),
    ("nothing I do helps the sore on my heel, it won't heal", "foot_wound"),
    ("the tablets don't stop me getting pain at night in my feet", "rest_pain"),
]
REVIEW_NO_RED_FLAG = [
    "no sores on my feet, nothing like that",
    "nothing helps the cramp when I walk, but there's no pain at rest",
    "will stopping smoking stop me getting ulcers on my feet?",
]

# --- left after the fixes, found when the set became dev21 (over-triage on messages with no
# red-flag mention, which the false-alarm rate does not count); and two misses the tests found ----
DEV_RED_FLAG_FOUND = [
    # legs that give way suddenly, or weak with saddle numbness, stay cauda equina
    ("my legs suddenly gave way before I could reach the toilet and I can't feel my bum", "cauda_equina_signs"),
    ("both legs have gone weak and numb since this morning", "cauda_equina_signs"),
    # a calf that swells with a run and stays swollen, red and hot is not the exertional kind
    ("my calf swelled up after my run yesterday and it is still swollen red and hot", "dvt_signs"),
    ("my left calf puffed up after football and it's still swollen and warm today", "dvt_signs"),
    ("my left calf is swollen hot and red, it doesn't go away when I rest", "dvt_signs"),
    # a sore on a named part of the foot after a back that is sore ("back and a sore" had been read
    # as "back's sore")
    ("sore lower back and a sore on my heel that won't heal", "foot_wound"),
    ("my back is sore and a sore on my toe has been weeping for weeks", "foot_wound"),
]
DEV_NO_RED_FLAG = [
    # legs that give out at the end of a distance or a time are exertional, not cauda equina
    "I can only get to the end of the drive before my legs give out",
    "I can barely stand five minutes before my legs buckle",
    "I walk to the post box and back before my legs give way",
    # calves that swell or go hard with a run and settle on stopping: exertional compartment syndrome
    "my calves swell up and go tight when I run and it eases off as soon as I stop",
    "both shins get swollen and hard while I jog, settles down when I stop",
    # "sore" of a back, a neck, a hip: an adjective, not a wound
    "I've got a sore lower back as well",
    "sore upper back and stiff knees in the mornings",
]

# --- the same three checks for every class ----------------------------------------
RED_FLAG_FOUND = (REVIEW_RED_FLAG_FOUND + MISSED_RED_FLAG_FOUND + OTHER_RED_FLAG_FOUND + PAST_RED_FLAG_FOUND
                  + DEV_RED_FLAG_FOUND)
HELD = MISSED_HELD + OTHER_HELD + PAST_HELD
# (the other lists name the code beside each sentence; no red flag at all is asked of every one)
NO_RED_FLAG = (REVIEW_NO_RED_FLAG + MISSED_NO_RED_FLAG + [text for text, _ in OTHER_NO_RED_FLAG] + PAST_NO_RED_FLAG
               + DEV_NO_RED_FLAG)


@pytest.mark.parametrize("text,code", RED_FLAG_FOUND)
def test_red_flag_phrasing_is_found(extract, text, code):
    assert_found(extract(text), code, text)


@pytest.mark.parametrize("text,code,context", HELD)
def test_red_flag_words_held_as_not_the_persons_now(extract, text, code, context):
    assert_held_as(extract(text), code, context, text)


@pytest.mark.parametrize("text", NO_RED_FLAG)
def test_no_red_flag_is_found(extract, text):
    assert_no_red_flag(extract(text), text)
