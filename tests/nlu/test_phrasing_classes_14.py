"""Classes of phrasing of the eleventh and twelfth sessions, each tested both ways: a question
someone asked, answered yes in the report (context.yml hypothetical.answered_yes), the seventeenth
set's leftovers, and the safety errors of the eighteenth held-out set's first run
(docs/measurements/), by kind below. Every sentence here is written for these tests; none is a
held-out or development-set sentence."""
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
    ("is it possible this black toe is from my new shoes?", "color_or_temperature_change"),
    # what someone keeps asking about, or asked about something already the person's
    ("my husband keeps asking why my toes are so blue", "color_or_temperature_change"),
    ("she keeps asking about the sore on my heel that won't heal", "foot_wound"),
    ("the nurse asked me had I seen the dark patch on my big toe spreading", "color_or_temperature_change"),
    ("the GP asked me if my foot had gone cold and white and it has", "color_or_temperature_change"),
    ("have you ever heard of a sore on the heel not healing for two months like mine?", "foot_wound"),
    # not denied by "nowt" or a Scots "-nae" verb about something else
    ("there's nowt wrong with my hips but my left foot has gone white and cold", "color_or_temperature_change"),
    # someone else named, then the person's own
    ("our kid has bad knees, but I've got an ulcer on my heel that won't heal", "foot_wound"),
    # a learner's colour with "a bit" / "a little" (the pattern's group once bound "a?" to "little" only)
    ("big toe colour a bit dark since the weekend", "color_or_temperature_change"),
    # "cannot" before a verb of doing is capability, not a denial of what follows
    ("I cannot feel my toes and they are a funny blue colour", "color_or_temperature_change"),
    ("since this morning I cannot pass water properly and both my legs are weak", "cauda_equina_signs"),
    # ...with any verb ("can not" is one pseudo phrase, not a list of verbs), and so is "could not"
    ("I cannot wiggle my toes and my foot is white", "color_or_temperature_change"),
    ("I could not feel my foot this morning and it is cold as ice", "color_or_temperature_change"),
    # ...nor is a change not seen
    ("I cannot see any improvement in the sore on my heel, it's been six weeks", "foot_wound"),
    ("I cannot remember when the ulcer on my heel started, it just won't heal", "foot_wound"),
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
    "no colour a bit dark or anything on my feet, it's the calves that ache",
    # looked for and not found: a denial, with "can't" or "cannot"
    "I had a good look and I can't see any sores on either foot",
    "my daughter checked and she cannot find any ulcers on my feet",
    "the nurse could not see any wounds on my toes",
    # not remembering any: a denial
    "I can't remember any sores on my feet",
    "I cannot recall ever having an ulcer on my foot",
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


# Classes of phrasing behind the eighteenth held-out set's missed rest pain and sudden severe pain
# (first run), each tested both ways: pain while sat, seated, laying or in bed said in dialect or
# learner English; a recent spell after "used to"; a sudden severe pain said as a blow, in seconds,
# misspelt, or with the limb gone cold after it.

RED_FLAG_FOUND += [
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

HELD += [
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

NO_RED_FLAG += [
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


# Classes of phrasing behind the eighteenth held-out set's missed cauda equina, DVT and chest red
# flags, each tested both ways: not knowing one needs the loo, rhyming slang and learner English for
# incontinence, a stool that cannot be held, bowels that "let go", "without warning/knowing" as a
# manner and not a denial, saddle numbness as "the place I sit on" or "numb like ... down below",
# Scots and Yorkshire words for a swollen hot red leg, a symptom checker's "Leg swelling:
# unilateral" and "Shortness of breath: no", a numbered list whose items end a denial, chest pain
# and sudden breathlessness in dialect. Every sentence here is written for these tests; none is a
# held-out sentence.

RED_FLAG_FOUND += [
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

HELD += [
    # a Scots question: "if thon / if ma ..."
    ("whit if thon calf o mine swalled up an went het?", 'dvt_signs', 'hypothetical'),
    ("if ma leg went reid an swalled, would that be a clot?", 'dvt_signs', 'hypothetical'),
    ('what if my calf got twice the size of the other one?', 'dvt_signs', 'hypothetical'),
    ('my dad pissed himself without knowing at the match', 'cauda_equina_signs', 'other_person'),
    ("what if I couldn't tell when I need to wee?", 'cauda_equina_signs', 'hypothetical'),
    ('my wife says her chest feels like someone is sitting on it', 'chest_pain_or_breathlessness', 'other_person'),
]

NO_RED_FLAG += [
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


# Classes of phrasing behind the eighteenth held-out set's missed colour, temperature and foot wound
# red flags, each tested both ways: a dark spot with a word before "spot", a double negative that
# affirms, colour and cold as emoji, comparisons (corned beef, blotchy, "as cold as"), grey and
# shiny, "they're freezing" after the feet, Shetland "da fit", "the colour is pale", "cold to touch"
# with no subject; a raw or open place on the foot, Pidgin "puka", "no heal" / "nah heal", leaking,
# "it's been N months", "the heel sore is bigger", dictation "a saw on my heal".

RED_FLAG_FOUND += [
    # a colour, one word, then the spot
    ("there's a dark crusty patch on the side of my little toe", "color_or_temperature_change"),
    ("noticed a black scabby spot under my big toe", "color_or_temperature_change"),
    # a double negative that affirms
    ("I wouldn't say my feet aren't a bit purple, if I'm honest", "color_or_temperature_change"),
    ("wouldn't say they aren't cold, they are", "color_or_temperature_change"),
    # emoji
    ("left foot 🥶 all day even with slippers on", "color_or_temperature_change"),
    ("my toes gone 💜 this morning", "color_or_temperature_change"),
    ("🧊 feet and they ache", "color_or_temperature_change"),
    # comparisons and mottling
    ("my lower leg looks like corned beef from the tin, blotches everywhere", "color_or_temperature_change"),
    ("the right foot has gone strange since yesterday, sort of mottled", "color_or_temperature_change"),
    ("my big toe aches and it's as cold as a stone", "color_or_temperature_change"),
    ("my shins have gone funny this month, all pale and shiny", "color_or_temperature_change"),
    ("me feet ache after the shift and they're freezing", "color_or_temperature_change"),
    # Shetland "da fit"
    ("da fit is blue an it's sair", "color_or_temperature_change"),
    # the colour with no body part after a pain
    ("the pain in my calf came on an hour ago and the colour is a bit blue", "color_or_temperature_change"),
    ("my leg hurts so bad now, can't walk on it, icy to the touch", "color_or_temperature_change"),
    # a raw or open place on the foot
    ("there's an open spot on my heel that keeps weeping", "foot_wound"),
    ("a raw patch between my fourth and fifth toes", "foot_wound"),
    ("got a wee raw bit under me big toe", "foot_wound"),
    # Pidgin and Jamaican "no heal", leaking
    ("get one small puka on my heel, no heal", "foot_wound"),
    ("di blister pon mi toe nah heal from last month", "foot_wound"),
    ("the cut on the sole of my foot is still leaking after a fortnight", "foot_wound"),
    # the sore named by its place, growing
    ("the toe sore is getting deeper", "foot_wound"),
    ("the ankle sore has grown bigger since the summer", "foot_wound"),
    ("there's a blister on my heel, been 5 weeks", "foot_wound"),
    # dictation
    ("I have a saw on my big toe and it is weeping", "foot_wound"),
    ("the ulcer on my heal is no better", "foot_wound"),
    # "not fine now" / "no better now" is still the person's; Shetland "fine noo" is over (below)
    ("the blister on my little toe is no better now, a month on", "foot_wound"),
    # misspellings and homophones the edit distance cannot settle (lexicon.yml spelling_overrides)
    ("a suddan sevear pane in my left calf, can't walk", "sudden_severe_pain"),
    ("my foot went pail and kold this morning", "color_or_temperature_change"),
    ("sever pain in my leg all of a sudden", "sudden_severe_pain"),
]

HELD += [
    ("my toes aren't purple at all", "color_or_temperature_change", "negated"),
    ("what if there's a raw place on my foot and I don't notice", "foot_wound", "hypothetical"),
    ("my husband's got an open area on his heel that won't heal", "foot_wound", "other_person"),
    ("my dad's feet are blotchy and freezing", "color_or_temperature_change", "other_person"),
    ("ma toes went purple in the snaw last week, fine noo", "color_or_temperature_change", "historical"),
]

NO_RED_FLAG += [
    # a hedged denial stays a denial
    "I wouldn't say my toes are blue",
    # hearts as a sign-off, cold things
    "my calves ache after the walk but thanks for asking 💙",
    "thank you 💜 my legs are a bit better today",
    "the radiator in the bedroom is cold to the touch and my legs ache when I walk up the stairs",
    "it's freezing out 🥶 and my calves ache on the hill",
    # the colour of something else
    "the colour of the new bathroom is pale blue",
    "painted the kitchen at the weekend, the colour is pale yellow, and my calves ache walking",
    # "heal" stays "heal": a wound that healed, and one that is healing
    "the cut on my shin has healed fine",
    # a dialect denial of a wound
    "no sores on mi feet, skin is intact, just the calf pain walking",
    # an open slot, a raw place elsewhere
    "there's an open spot at the clinic on Friday, they can look at my leg then",
    "got a raw bit on my lip from the wind, calves ache on hills",
    # ordinary "saw"
    "I saw on my leg a little bruise from the coffee table",
    # a window's pane is no pain
    "the window panes rattle all night in the wind",
    "no sevear pane, just an ache in the calf after a mile",
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


def test_spelling_overrides_name_pattern_words():
    """Every spelling override turns a token into a word the patterns test (else it only hides it)."""
    from symptom_nlu.extractor import build_pipeline, load_lexicon, PATTERNS_DIR
    from symptom_nlu.spelling import pipeline_vocabulary

    vocabulary = pipeline_vocabulary(build_pipeline(spelling=False))
    overrides = load_lexicon(PATTERNS_DIR).get("spelling_overrides") or {}
    assert overrides
    assert {v for v in overrides.values() if v not in vocabulary} == set()
