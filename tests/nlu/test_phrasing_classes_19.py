"""Classes of phrasing of the thirteenth session, each tested both ways: the safety errors of the
nineteenth held-out set's first run (docs/measurements/nlu_eval_heldout19_first_run.md) and what was
found beside them. Every sentence here is written for these tests; none is a held-out or
development-set sentence. By kind:

- rest: pain at rest in learners' "now also (in the night)", "hurts when I rest", bedtime, "the whole
  time", "doesn't go away even after I sit", "nite", "is it normal for my leg to ache at night?";
  sudden severe pain as a count of hours or "went from fine to agony"; cauda equina signs as the
  urine not coming, "not been able to pass water" (capability, not a denial), an accident in the pants;
- sudden: words the red-flag suspicion was leaning on, found when the model trained with dev18 no
  longer suspected a sentence of tests/nlu/test_red_flag_suspicion.py ("from nothing to the worst",
  "on fire", "like a knife", a leg gone dead within a minute);
- colour: "its" typed for "it's" (lexicon.yml its_contraction, extractor.py ItsTokenizer), "and now
  it's ...", a reply naming the limb after its colour, a note's bare "very cold", the side named
  between limb and colour, colours in -ish or -y ("bluey"), clothes of a colour ("blue jeans");
- past: over after "now" or "since then" ("now it's healed", "now is closed"), "they're sorted",
  "went black but recovered"; a relative with the age in brackets, "he keeps ...", "in his foot",
  someone's story going on after a comma; "Does the smoking make the foot cold?";
- hypothetical: questions opened by "what should I do if" going on after "and I", a learner's "If
  foot become black?", "can this end up with", "make you lose", "checking my feet for"; a question
  about the cause of the person's own sign ("is smoking the reason my toes are black?") reports it.
"""
from __future__ import annotations

import pytest

from .checks import assert_found, assert_held_as, assert_no_red_flag

RED_FLAG_FOUND: list = []
HELD: list = []
NO_RED_FLAG: list = []

# --- rest -------------------------------------------------------------------------------------------
RED_FLAG_FOUND += [
    # "now also" after the walking pain, across a comma and "but"; since a time, also at night
    ("My calf hurts after 300 metres of walking, but now also at night in bed.", "rest_pain"),
    ("the ache in my left foot is now also at night", "rest_pain"),
    ("pain in the legs when walking and now also during the night", "rest_pain"),
    ("I had pain only on walking, now it also comes at night", "rest_pain"),
    ("the burning in my feet is now even when I'm lying down", "rest_pain"),
    ("the pain is now also there when I rest", "rest_pain"),
    ("pain in my leg when walking, since 2 weeks also at night", "rest_pain"),
    # learners' articles
    ("leg pain now also in night", "rest_pain"),
    ("the pain comes at the night also", "rest_pain"),
    ("my legs hurt in the bed", "rest_pain"),
    ("my foot is paining also in night time", "rest_pain"),
    # the verb "rest" with its subject
    ("my foot hurts when I rest", "rest_pain"),
    ("the calf aches even if I rest", "rest_pain"),
    ("my toes are painful when I rest in the evening", "rest_pain"),
    ("Since one week my calf is aching also when I rest", "rest_pain"),
    ("my feet hurt when i rest up in the evenings", "rest_pain"),
    # bedtime
    ("my feet start to ache as soon as I get into bed", "rest_pain"),
    ("the pain in my toes comes when I go to bed", "rest_pain"),
    ("when I go to bed my feet burn", "rest_pain"),
    ("within minutes of getting into bed my foot is throbbing", "rest_pain"),
    # constant
    ("my toes hurt the whole time now", "rest_pain"),
    ("the left foot aches 24/7", "rest_pain"),
    ("my foot is painful round the clock", "rest_pain"),
    ("it's there all the time, the pain in my foot", "rest_pain"),
    ("I get this burning in my toes the whole time, even sitting", "rest_pain"),
    # not eased even by sitting, lying or rest
    ("the pain doesn't ease even when I lie down", "rest_pain"),
    ("it won't settle even after I sit down", "rest_pain"),
    ("the ache does not go away even after resting for an hour", "rest_pain"),
    ("the pain doesn't get better even with rest", "rest_pain"),
    ("the pain doesn't stop until I hang my foot out of bed", "rest_pain"),
    # "nite"
    ("my foot aches all nite long", "rest_pain"),
    ("it hurts thru the nite", "rest_pain"),
    ("feet burning every nite", "rest_pain"),
    ("it throbs in the nite", "rest_pain"),
    # a question about the person's own leg
    ("is it normal for my leg to ache at night?", "rest_pain"),
    ("Is it normal for my toes to hurt in bed at night?", "rest_pain"),
    ("is it normal for the foot to throb at night after walking?", "rest_pain"),
    ("is it normal for my foot to be white and cold?", "color_or_temperature_change"),
    # sudden: a count of hours or minutes
    ("my foot went cold and blue in the last 3 hours and it's agony", "sudden_severe_pain"),
    ("within the past 30 mins my calf has become excruciating", "sudden_severe_pain"),
    ("in the past couple of hours my leg went white and it's killing me", "sudden_severe_pain"),
    ("my leg went cold in the last two hours and it is agony", "sudden_severe_pain"),
    # sudden: from fine to severe
    ("my calf went from fine to agony in seconds", "sudden_severe_pain"),
    ("the pain went from nothing to absolutely unbearable in five minutes", "sudden_severe_pain"),
    ("it went from fine to excruciating while I was sitting", "sudden_severe_pain"),
    ("my foot went from totally fine to screaming pain", "sudden_severe_pain"),
    # cauda equina: the urine not coming, not able to pass it
    ("my urine is not coming out properly and my back hurts", "cauda_equina_signs"),
    ("the wee won't come out since this morning", "cauda_equina_signs"),
    ("pee not coming since yesterday, back is bad", "cauda_equina_signs"),
    ("no urine coming out even though I need to go", "cauda_equina_signs"),
    ("I haven't passed water since last night", "cauda_equina_signs"),
    ("not passed any urine since 6am", "cauda_equina_signs"),
    ("I haven't been able to pass urine since this morning", "cauda_equina_signs"),
    ("i havent been able to pee since last night", "cauda_equina_signs"),
    ("unable to pass water since last night", "cauda_equina_signs"),
    ("haven't been able to wee properly for two days", "cauda_equina_signs"),
    # cauda equina: an accident in the pants, the bed, or before the toilet
    ("I had an accident in my trousers this morning", "cauda_equina_signs"),
    ("had a little accident today and didn't feel it", "cauda_equina_signs"),
    ("I've had accidents in bed this week and my back is killing me", "cauda_equina_signs"),
    ("had an accident before I got to the toilet and didn't even feel it", "cauda_equina_signs"),
    ("couldn't make it to the loo in time twice today", "cauda_equina_signs"),
    ("I didn't make it to the toilet in time this morning and my back is agony", "cauda_equina_signs"),
    ("twice today I didn't get to the loo in time", "cauda_equina_signs"),
    # "not been able to" is capability: what follows it is still the person's
    ("I haven't been able to feel my foot and it is white", "color_or_temperature_change"),
]

HELD += [
    # a question in general, about legs or "your" feet
    ("is it normal for legs to ache at night?", "rest_pain", "hypothetical"),
    ("is it normal for your feet to hurt at night?", "rest_pain", "hypothetical"),
    ("is it normal for the feet to hurt at night?", "rest_pain", "hypothetical"),
    ("what if I have an accident in my pants?", "cauda_equina_signs", "hypothetical"),
    ("could my leg go from fine to agony all of a sudden?", "sudden_severe_pain", "hypothetical"),
    # someone else's
    ("my husband's feet hurt the whole time", "rest_pain", "other_person"),
    ("my husband's leg went from fine to agony", "sudden_severe_pain", "other_person"),
    ("my dad can't pass water since his op", "cauda_equina_signs", "other_person"),
    ("is it normal for my dad's legs to hurt at night?", "rest_pain", "other_person"),
    # denied
    ("I don't get any pain when I go to bed", "rest_pain", "negated"),
    ("I haven't had any trouble passing water", "cauda_equina_signs", "negated"),
    ("no pain at nite", "rest_pain", "negated"),
]

NO_RED_FLAG += [
    # "now also" of relief, of something else, or of a cramp
    "my leg pain has gone, now also at night I sleep well",
    "the pain is better now, also at night",
    "I walk my dog in the morning and now also at night",
    "the cramps in my calves are now also at night",
    "I can walk now and also at night I have no pain",
    "pain in my calf when walking, since 2 weeks also better",
    # relief by rest or sitting, or less pain at rest
    "the pain goes away when I rest",
    "it eases off when I rest",
    "it only hurts when I walk, not when I rest",
    "the pain is much less when I rest",
    "it's less painful when I rest",
    "when I rest for five minutes the pain settles",
    "I have to rest when it hurts",
    "my calf hurts when I walk and feels fine when I rest",
    "my calf hurts when I walk and feels fine when I sit down",
    "it doesn't hurt when I rest",
    "I used to have pain when I rest but not any more",
    "My wife's feet hurt when she rests",
    "the pain doesn't go away until I sit down",
    "the pain doesn't stop until I sit down",
    "it doesn't ease unless I sit for a bit",
    # bedtime without pain at it
    "my legs feel fine when I go to bed",
    "I go to bed early because I'm tired",
    "when I go to bed the pain goes",
    "the dog sleeps in the bed",
    "I sleep in my bed fine, no pain",
    # the whole time of a walk
    "my calves ached the whole time I was walking",
    "it hurts all the time when I'm out walking",
    "my calves hurt the whole time on the hike",
    "the pain is there all the time when I walk",
    "I don't have pain the whole time, only when walking",
    # a good night, night cramps
    "I had a good nite's sleep",
    "I get cramp in my calf at night",
    # a walk or a hike inside the hours counted; from fine to sore; the weather; slowly over years
    "in the last two hours I've walked 3 miles and my calves are killing me",
    "over the past 2 hours I have done 10,000 steps and my legs ache terribly",
    "the pain was unbearable in the last two hours of the hike",
    "I've been sat here in the last 2 hours reading",
    "my leg went from fine to sore after a 10 mile hike",
    "the weather went from fine to terrible",
    "the pain went from ok to terrible over the years",
    "my leg pain went from mild to severe over the last few months",
    # the urine fine; water that is not the person's; able to walk is not the bladder
    "urine is coming fine, no problem",
    "I pass water fine",
    "no problems passing water",
    "the water isn't coming out of the tap",
    "I'm not passing water any differently",
    "I'm not passing water more than usual",
    "my water tablets make me pee a lot",
    "I've not been able to walk far since yesterday",
    "I haven't been able to see any sores on my feet",
    # an accident of another kind, someone else's, or denied
    "I had an accident at work last week and hurt my back",
    "had accident at work yesterday",
    "I have an accident at work and my leg hurts",
    "I was in a car accident years ago",
    "I had an accident in the car park and hurt my leg",
    "I had a little accident on my bike and grazed my knee",
    "I had a motorbike accident in 2010",
    "my grandson had an accident in his pants",
    "the dog had an accident in the bed",
    "no accidents with my bladder",
    "no accidents in my pants or anything",
    "I've never had an accident in my pants",
    "I always make it to the toilet in time",
    "I've never had trouble getting to the loo in time",
]

# --- sudden -----------------------------------------------------------------------------------------
RED_FLAG_FOUND += [
    # "nothing" of "went from nothing to ..." is no denial
    ("my calf went from nothing to the worst pain I have ever known in a few seconds", "sudden_severe_pain"),
    ("the leg went from nothing at all to agony in a minute", "sudden_severe_pain"),
    # a burning said with a sudden onset
    ("all of a sudden my left leg was on fire, I couldn't bear it", "sudden_severe_pain"),
    # a blade, with a sudden onset
    ("out of nowhere it felt like a knife stuck into my calf", "sudden_severe_pain"),
    ("in a split second my thigh was like a blade going through it", "sudden_severe_pain"),
    # a leg gone dead, then how fast; severity in idioms
    ("my right leg went dead in the space of a few seconds", "sudden_severe_pain"),
    ("came on out of nowhere, the pain in my calf is off the charts", "sudden_severe_pain"),
    ("all at once my foot hurt like nothing I have ever felt", "sudden_severe_pain"),
    # "on fire" is a pain: at night it is pain at rest
    ("my toes are on fire in bed at night", "rest_pain"),
]

NO_RED_FLAG += [
    "nothing to report about my feet, calves ache after a mile",
    "my calves are on fire when I walk up the hill, better when I stop",
    "suddenly when I walk fast my calves are on fire, it eases standing still",
    "the pain is like a knife going through my calf when I walk, eases in a minute",
    "I cut my finger on a knife suddenly this morning",
    # dead legs with walking, recovering within a minute: claudication
    "my legs go dead after 300 yards and in the space of a minute they come back",
    "the pain is off the scale on hills but goes when I stop",
]

# --- colour -----------------------------------------------------------------------------------------
COLOUR = "color_or_temperature_change"

RED_FLAG_FOUND += [
    # "its" for "it's", after the limb or a sudden pain
    ("my right foot went numb half an hour ago and its gone white", COLOUR),
    ("my calf is killing me all of a sudden and its cold to touch", COLOUR),
    ("my foot is throbbing, its white", COLOUR),
    ("the pain in my leg came on all at once, its blue and numb", COLOUR),
    ("my leg's agony and its freezing and pale", COLOUR),
    ("Its cold and white, my left foot", COLOUR),
    # "and now it's ...", "and then it's ...": a word between the "and" and the "it"
    ("my foot started hurting out of nowhere and now it's pale and cold", COLOUR),
    ("my leg suddenly got really painful and now its blue", COLOUR),
    ("my toes hurt when I walk and then they are white", COLOUR),
    # run on, with no "and" or comma
    ("my left foot went agony ten minutes ago it's white and I can't feel it", COLOUR),
    ("right leg really painful since lunch its pale", COLOUR),
    # a reply naming the limb after its colour
    ("its white, the whole foot", COLOUR),
    ("it's gone blue - the whole leg", COLOUR),
    ("they're purple, both feet", COLOUR),
    ("its been blue for 3 days, my little toe", COLOUR),
    ("it's a funny grey colour, my big toe", COLOUR),
    ("its freezing, the whole left foot", COLOUR),
    # a note's bare "very cold" after the limb
    ("L foot pain since 6am, v sudden, very cold", COLOUR),
    ("right calf agony since this morning, very cold, no pulse felt", COLOUR),
    ("left foot, very cold day and night", COLOUR),
    ("pain in my right leg since lunchtime, feels cold", COLOUR),
    # the side named between the limb and its colour
    ("my toes on the left have gone a bit dusky", COLOUR),
    ("the toes on the right side have looked really pale lately", COLOUR),
    # a colour with -ish or -y
    ("my toes have been looking a bit bluey recently", COLOUR),
    ("my heel has gone a whitish colour", COLOUR),
    ("the ball of my foot is purpley when I stand", COLOUR),
    ("my left foot looks greyish compared to the right", COLOUR),
    ("my big toe has gone reddish-purple", COLOUR),
    ("my toenails are blueish and my feet are cold", COLOUR),
    ("my feet go a palish colour when I prop them up", COLOUR),
]

HELD += [
    # "its" denied, asked about, someone else's, over
    ("what if my leg goes cold and its white", COLOUR, "hypothetical"),
    ("my dad's foot went numb and its cold and white", COLOUR, "other_person"),
    ("my foot went white years ago but its normal now", COLOUR, "historical"),
    # -ish or -y, denied or someone else's
    ("my feet are not bluey at all", COLOUR, "negated"),
    ("my wife's toes have been a bit bluey", COLOUR, "other_person"),
    ("no whitish or purpley patches on my feet", COLOUR, "negated"),
]

NO_RED_FLAG += [
    # possessive "its", and "it's" that is the weather or a thing
    "its colour is normal, my foot I mean",
    "the dog licked its paw after our walk",
    "my cat hurt its white paw on the fence",
    "the knee brace lost its shape",
    "its not cold, my foot feels the same as the other",
    "its cold outside today so my legs ache more",
    "my calves cramp walking, at its worst after a mile",
    "the bruise was bluey yellow after the blood test",
    # a note's "very cold" of a thing or the weather
    "my calves ache on walks, very cold weather lately",
    "my legs ache walking the dog, very cold day today",
    "leg cramps at night, very cold house",
    "my leg hurts, I had a cold drink",
    "my foot hurts but its not cold or white",
    "my toes on the right are not blue",
    # clothes and dressings of a colour
    "my legs ache in my blue jeans",
    "I wear white socks and my feet ache when I walk",
    "there's a white bandage on my shin from the nurse",
    "black polish on my toenails and my calves ache walking",
    "my feet hurt in my black boots",
]

# possessive "its" stays one token; "its" for "it's" is "it" + "s", as spaCy splits "thats"
TOKENS = [
    ("now its cold and white", "now it s cold and white"),
    ("its pale, the whole foot", "it s pale , the whole foot"),
    ("its been hurting", "it s been hurting"),
    ("its a bit blue", "it s a bit blue"),
    ("its normal now", "it s normal now"),
    ("its colour is normal", "its colour is normal"),
    ("the dog licked its paw", "the dog licked its paw"),
    ("its white paw", "its white paw"),
    ("at its worst", "at its worst"),
    ("on its own", "on its own"),
    ("it lost its colour", "it lost its colour"),
    ("its", "its"),
]

# --- past -------------------------------------------------------------------------------------------
RED_FLAG_FOUND += [
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

HELD += [
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

NO_RED_FLAG += [
    # someone's own "his"/"her" after the person's own body: theirs
    "my husband rubs my back, his own feet go blue and icy at night",
    "My dad's 80, he keeps waking with pain in his legs at night. Mine only hurt when I walk.",
    "had an ulcer on the side of my foot in 2021, since then all healed, only calf cramp on walking now",
    "Does the smoking make the feet go cold? My brother smokes and his are always freezing.",
    "my sister had a clot, DVT in her left leg. My legs are fine, just achy calves uphill.",
]

# --- hypothetical -----------------------------------------------------------------------------------
HELD += [
    # the person's own part of a question goes on after "and I" (context.yml question_frames)
    ("what do I do if my back gets worse and I can't hold my water?", "cauda_equina_signs", "hypothetical"),
    ("what happens if my foot goes pale and I lose the feeling in it?", "color_or_temperature_change",
     "hypothetical"),
    ("should I call 999 if my legs give way and I wet myself?", "cauda_equina_signs", "hypothetical"),
    # a learner's condition without "my" or "the", in a question (question_start)
    ("If toes go blue, I must go hospital?", "color_or_temperature_change", "hypothetical"),
    ("If sore on heel not heal, is bad?", "foot_wound", "hypothetical"),
    ("if legs very sudden pain what I do?", "sudden_severe_pain", "hypothetical"),
    # where it can end, what a condition does to anyone, what prevents it, looking for it
    ("can this end up with ulcers on my feet?", "foot_wound", "hypothetical"),
    ("will it end up with my toes going black", "color_or_temperature_change", "hypothetical"),
    ("can a slipped disc make you lose control of your bowels?", "cauda_equina_signs", "hypothetical"),
    ("does diabetes cause you to get sores that never heal?", "foot_wound", "hypothetical"),
    ("what helps stop sores forming on my heels?", "foot_wound", "hypothetical"),
    ("I check my feet for ulcers every night since the podiatrist said to", "foot_wound", "hypothetical"),
]

RED_FLAG_FOUND += [
    # a report still ends at "and I", and a question without a frame is about the person's own
    ("I worry about ulcers and I can't control my bladder since Monday", "cauda_equina_signs"),
    ("what should I do, my legs are weak and I can't control my bladder", "cauda_equina_signs"),
    # a frame's question ends at "?": the next sentence is a report
    ("what if it gets worse? I already can't hold my water since yesterday", "cauda_equina_signs"),
    # learners' "if" for "when" in a report (no "?"), and dependency relief of pain at night
    ("If pain comes in the night I must hang leg out of bed", "rest_pain"),
    ("If leg hangs down the pain at night is better", "rest_pain"),
    # ordinary "ending up" and looking, and a check that found one
    ("I end up with pain in my foot every night in bed", "rest_pain"),
    ("I was looking for my slippers and saw my big toe has gone black", "color_or_temperature_change"),
    ("the nurse checked my feet for ulcers and found one on my heel that won't heal",
     "foot_wound"),
]


# a question about the cause of the person's own sign takes the sign as given (hypothetical
# termination "why my", "the reason my", ...)
RED_FLAG_FOUND += [
    ("is diabetes the reason my heel sore won't heal?", "foot_wound"),
    ("could my pills be why my toes are so blue?", "color_or_temperature_change"),
    ("would the cold weather explain why my foot is white and freezing?", "color_or_temperature_change"),
]
HELD += [
    ("could smoking be why my uncle's toes went black?", "color_or_temperature_change", "other_person"),
    ("does smoking cause black toes?", "color_or_temperature_change", "hypothetical"),
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


def test_non_english_walking_word_is_not_corrected(extract):
    """A new pattern word must not take a foreign word's spelling correction ("marchant" is French)."""
    assert extract("j'ai une douleur dans la cuisse en marchant").findings == {}


@pytest.mark.parametrize("text,tokens", TOKENS)
def test_its_is_split_only_where_it_is_it_is(extractor, text, tokens):
    assert " ".join(t.text for t in extractor.nlp.tokenizer(text)) == tokens


def test_its_for_its_other_findings(extract):
    """The split serves every pattern that reads "it 's|s": pain at rest, relief."""
    assert "rest_pain" in extract("my feet ache and its there at nite too").red_flags
    assert extract("5 mins standing still and its gone").findings.get("relieved_by_standing_still") is True


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
