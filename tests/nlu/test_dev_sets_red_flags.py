"""The development sets as a safety regression test for the extractor alone: every red flag
they affirm is found, and none is invented where they have none. (They guided fixes, so they
are no measure of unseen text: the held-out set is, with `make eval-nlu`.) A pattern added
for one phrasing can hide another - "healed since" once hid "hasn't healed since the summer"
- and this catches it at `make test`."""
from __future__ import annotations

from pathlib import Path

import pytest

from scripts.eval_nlu import load_heldout

SETS = sorted((Path(__file__).resolve().parents[1] / "nlu_heldout").glob("dev*.yml"))

# Over-triage left on the safe side on purpose (symptom_nlu/README.md, known gaps): a treatment
# alone, or a resolution far from the event, does not make a red flag past.
KNOWN_OVER_TRIAGE = {
    "my leg suddenly went agony and cold back in 2020, they did an emergency op, and since then I get calf "
    "cramps after 500 yards",
    # the context's scope ends at "and I" / at the comma, and "healed since" sits inside the
    # wound's own span; narrowing these hid real red flags when tried (README, known gaps)
    "God forbid my legs ever went weak together and I couldn't hold my water, would I go straight to hospital?",
    "tore my calf playing rugby at uni, proper sudden agony, but that was 30 years ago. Now I'm 51 it's more a "
    "dull ache after a mile",
    "I had foot wound before, it has healed since last year. My problem now is my legs are paining me when I "
    "trek far",
    # someone else's clot, found back then; the other-person scope ends before "a clot" (a
    # trigger "turned out to be" hid a clot found this morning, so it was dropped)
    "my father-in-law was short of breath with a swollen leg and it turned out to be a clot on the lung. I'm 60 "
    "and my calves get tight walking, should I get checked?",
    # a year dating the event at the head of the sentence: the commas around "maybe 2010" end
    # the past scope of "long time ago" (the leg's words, not the clot, make the flag)
    "Long time ago, maybe 2010, my leg was swollen and red with a clot, doctor gave me injection. Now is only "
    "pain when I walk far.",
    # someone else's leg named more than 12 tokens before a bare "DVT"
    "my mate at the gym's leg swelled up red and hot, turned out to be a DVT. mine just aches when I run",
    # the comma inside "cold, pale feet" ends the other person's scope
    "I'm a practice nurse. One of my patients has rest pain and cold, pale feet - which tests should be arranged?",
    # a nurse's handover about a patient, read as the person's own: nothing in the words says
    # whose ("Pt (me) 70M: rest pain ..." is written the same way about oneself)
    "Bed 12: 81M c/o rest pain L foot overnight, ulcer L heel not healing, for vascular r/v.",
    "Handing over bay 3: known LSS, reports new urinary incontinence and saddle anaesthesia, surgical team aware.",
    # Black Country "ay" (aren't) is Scots "ay" (always): not a denial word
    "Me feet ay cold an they ay changed colour, the nurse 'ad a look. It's me calves when I walk to Merry Hill.",
    # a clot dated by a bare year, treated: only "back in <year>" or an "over" word makes a red flag past
    "When I was in hospital in 2020 they said my leg was swollen and hot from a clot, I took the tablets. Now "
    "just the walking cramp in my right calf.",
    # a self-correction across commas: the comma ends the denial's scope, and an affirmed
    # mention wins over a later denial of the same red flag (the safe side)
    "My foot went a bit blue, sorry, no, I mean my sock is blue, the foot's fine, normal colour. The calf aches "
    "walking though.",
    # fifteenth set: a buttock numb by the end of a day on the feet, eased by leaning forward
    # (neurogenic claudication) reads as saddle numbness: the standing is said as "on ma feet a day"
    "eh'm 57 an eh work in a bakery, on ma feet a day makin pehs an bridies, an by dinnertime ma thighs an bum are "
    "burnin an numb. eh sit doon on the flour sacks an lean forward an efter a good quarter hour it eases. ma "
    "back's been sair for years an a",
    # a calf "hard and painful like a cramp" on walking reads as DVT signs; a block on "hard ...
    # like a cramp" also hid "hard and painful like a cramp and it's red and hot and swollen"
    "Right I'll try to be clear because my English is not perfect. I am Dutch, 61, I live in Kent now. I cycle "
    "30 km on Saturdays without any problem. But walking with the dog, after about one kilometre, my right calf "
    "becomes hard and painful like a cramp. When I stand still it goes in one or two minutes. If I walk fast it "
    "comes after 500 metres. I never smoked but my father did and he had the same in his legs",
    # sixteenth set: an answer to an earlier question, far from its denial ("... she says there's
    # nothing there at all"); reading "you asked about sores" as a question would also hide "you
    # asked about sores: one on my heel"
    "you asked about sores earlier, I got my daughter to look at the soles with a torch and she says there's "
    "nothing there at all",
    # seventeenth set: a heading answered sentences later ("Ulcers: ... I can report that there are
    # none"), past the answer rule's two sentences; a joke between a question and its "no"
    "Ulcers: I had to look up what the leaflet meant. Having examined both feet with a hand mirror this morning, "
    "as it suggested, I can report that there are none.",
    "pain at rest? only if you count the rest of my life, ha. no, seriously, only when I'm walking",
    # eighteenth set, left after its fixes: a double negative over "because", a general question after
    # a reported one
    "I can't say I've ever not been able to walk because of sudden pain, it's always the slow build-up after "
    "the same distance",
    "the doctor asked me if I ever get pain at night, why would she ask that, is night pain a bad sign?",
    # nineteenth set: a buttock numb after standing in a queue (neurogenic claudication, as the
    # fifteenth set's bakery) reads as saddle numbness
    "bladder and bowels are fine thank god, it's just the numb bum after standing in the queue at the post office",
    # twenty-first set, left after its fixes by the safe-side rule: a date and a treatment alone do not
    # make a red flag past, and "only ... the once" is a count, not an end (docs/measurements/
    # nlu_eval_heldout21_first_run.md); for a clinician
    "Two years ago my foot went white and cold and I had emergency surgery. Now I get cramp in the calf at the end "
    "of the road.",
    "The pale foot thing only happened the once, when I'd been sitting cross-legged. It's been normal since.",
    "Some time ago my leg was swelling and red, doctor gave me injection, it's finished. Now the pain is when I "
    "walk far.",
    "I was in A&E with chest pain in March, it was my heart, I've had the stent. Now my calves are the problem, "
    "after 5 minutes walking",
    "My foot went cold and numb once after sitting cross-legged, fine in 5 minutes, that was months ago",
}


# A set's label the contract does not support, with the codes the extractor leaves out. The
# message must still get its other red flags, so the card (here: emergency) stays right.
CONTRACT_DISAGREES = {
    # dvt_signs is "one leg swollen, warm, red, tender" (contract.yml); swelling alone is
    # leg_swelling, and the sudden breathlessness beside it gives the emergency card
    "Suddenly I am short of breath since one hour and my right leg is swollen since yesterday.": {"dvt_signs"},
    "Very hard to breathe suddenly, and chest pain, my leg also big one side.": {"dvt_signs"},
    "swollen calf on the left and since this morning I'm puffed out just sitting here, came on all of a "
    "sudden": {"dvt_signs"},
    "suddenly can't catch my breath this afternoon, and my calf's been swollen for two days, just the left": {
        "dvt_signs"},
    "I'm suddenly really breathless and my chest hurts and my calf is swollen": {"dvt_signs"},
    "Mi breath just cut off sudden sudden an mi left foot swell up big": {"dvt_signs"},
}


# Red flags a development set affirms that the extractor leaves out, with why (symptom_nlu/README.md,
# known gaps): labels the writer marked unclear that a clinician should settle, and phrasings no
# pattern reads yet. Skipped by name, so the gaps stay listed.
KNOWN_MISSES = {
    # sixteenth set, marked unclear by its writer: night cramps are not rest pain (README); colour
    # in the cold with Raynaud's named is blocked as the weather's; "nearly wet myself" is blocked as
    # the near miss of the idiom
    "I get cramp in both calves in bed at night, most nights, after a day of walking":
        "night cramps: not rest pain by the README; for a clinician",
    "my toes go white in the cold, the doctor says it's Raynaud's, so it's probably not related?":
        "colour in the cold (Raynaud's): blocked as the weather's; for a clinician",
    "when I walk a long way now I nearly wet myself, that's new since the spring":
        "'nearly wet myself' is blocked as a near miss; urgency on walking: for a clinician",
    "my fiat is cold and pale since yesterday": "an autocorrected 'foot' that is a real word (a car)",
    # eighteenth set, left after its fixes
    "I get terrible cramp in both calves in bed most nights, it's not just from walking any more":
        "night cramps: not rest pain by the README; for a clinician",
    "I wouldn't say I don't never get it at night": "a triple negative",
    # a self-correction over sentences after a denial
    "yeah I don't have pain at night. Well. Except last night. And the night before. Actually most nights "
    "this week.": "a self-correction after a denial, over three sentences",
    # nineteenth set, left after its fixes: night cramps, and replies that say their red flag only
    # as the answer to the assistant's question (the interview reads them as that answer)
    "keep getting cramp in my calf at night, it's agony, have to get up and stand on the cold floor":
        "night cramps: not rest pain by the README; for a clinician",
    "charley horses in my calves most nights and then during the day they cramp after a couple of blocks":
        "night cramps: not rest pain by the README; for a clinician",
    "yes on my heel, few weeks now": "a reply: a sore only as the answer to the question about sores",
    "yeah one on my heel": "a reply: a sore only as the answer to the question about sores",
    "yes at night in bed mostly": "a reply: rest pain only as the answer to the question about rest pain",
    # twentieth set, left after its fixes: replies, read by the interview as the answer
    "yes it's cold and pale": "a reply: the colour only as the answer to the question about colour",
    "yes, on my left heel, its been about 6 weeks": "a reply: a sore only as the answer to the question about sores",
    "yeah the left one feels cooler to the touch":
        "a reply: the temperature only as the answer to the question about colour",
    # twenty-first set, left after its fixes: the person's own slow wound inside a question (the
    # suspicion asks about sores first)
    "Is it normal for a scratch on my foot to take 2 months to heal? I'm 74 and I get pain walking":
        "the person's own wound asked about as a question",
}


def _messages():
    for path in SETS:
        for message in load_heldout(path):
            yield pytest.param(message, id=f"{path.stem}:{message['text'][:40]}")


MESSAGES = list(_messages())


def test_there_are_development_sets():
    assert len(SETS) >= 5 and len(MESSAGES) > 1000


@pytest.mark.parametrize("message", [m for m in MESSAGES if m.values[0]["red_flags"]])
def test_every_affirmed_red_flag_is_found(extract, message):
    if message["text"] in KNOWN_MISSES:
        pytest.skip(f"known miss: {KNOWN_MISSES[message['text']]} (symptom_nlu/README.md)")
    result = extract(message["text"])
    expected = set(message["red_flags"]) - CONTRACT_DISAGREES.get(message["text"], set())
    assert expected and expected <= set(result.red_flags), (message["text"], result.mentions)


@pytest.mark.parametrize("message", [m for m in MESSAGES if not m.values[0]["red_flags"]])
def test_no_red_flag_where_there_is_none(extract, message):
    if message["text"] in KNOWN_OVER_TRIAGE:
        pytest.skip("known over-triage (symptom_nlu/README.md)")
    result = extract(message["text"])
    assert result.red_flags == [], (message["text"], result.mentions)


def test_the_known_lists_name_development_messages():
    texts = {m.values[0]["text"] for m in MESSAGES}
    for listed in (KNOWN_OVER_TRIAGE, CONTRACT_DISAGREES, KNOWN_MISSES):
        assert set(listed) <= texts, set(listed) - texts


def test_known_misses_and_over_triage_are_still_there(extract):
    # a fix must also take its entry off the list, so the lists never hide a working case
    labels = {m.values[0]["text"]: set(m.values[0]["red_flags"]) for m in MESSAGES}
    for text in KNOWN_MISSES:
        assert not labels[text] <= set(extract(text).red_flags), text
    for text in KNOWN_OVER_TRIAGE:
        assert extract(text).red_flags, text
