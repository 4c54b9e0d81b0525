"""Every red flag of contract.yml, both ways: affirmed lay phrasings are found;
the same words negated, asked hypothetically, said of someone else, or said to
be over are not the person's red flag (and a negation gives `false`)."""
from __future__ import annotations

import pytest

from .checks import assert_no_red_flag

from triage.contract import load_contract

CONTRACT = load_contract()

AFFIRMED = {
    "rest_pain": [
        "pain in my feet at night in bed",
        "hurts even when I'm sitting",
        "my feet hurt even when I'm resting",
        "the pain keeps me awake at night",
        "I have to hang my foot out of the bed at night because it hurts",
        "my toes ache all night",
        "it aches when I'm lying down",
        "constant pain in my foot day and night",
        "the pain doesnt stop even when i sit down",
        "I get pain in my legs at rest",
        "even sitting in my chair my calf hurts",
        "my sleep is disturbed by pain in my feet",
    ],
    "foot_wound": [
        "a sore on my heel that won't heal",
        "I have an ulcer on my foot",
        "there's an open wound on my big toe",
        "a cut on my toe that hasn't healed for weeks",
        "I've had a sore on my big toe since August that won't heal",
        "there are sores on my feet",
        "my toe has gangrene",
        "a blister on my foot that is not healing",
    ],
    "color_or_temperature_change": [
        "toes turned blue",
        "foot white and cold",
        "my big toe has gone black",
        "foot cold as ice",
        "my foot is pale and cold",
        "my feet are freezing all the time",
        "the skin on my foot has gone a funny dark colour",
        "my leg has changed colour",
        "my toes look purple",
        "one foot is colder than the other",
    ],
    "sudden_severe_pain": [
        "sudden agonising pain in my leg",
        "all of a sudden I've got excruciating pain in my calf",
        "the pain came on suddenly and it's unbearable",
        "terrible pain in my left leg that started suddenly",
        "I have sudden severe pain in my thigh",
        "my leg suddenly became really painful an hour ago",
        "my foot suddenly went cold and white",
        "worst pain of my life in my leg",
    ],
    "cauda_equina_signs": [
        "can't control my bladder",
        "numb between my legs",
        "saddle numbness",
        "both legs suddenly weak",
        "I've lost control of my bowels",
        "I wet myself and didn't notice",
        "I can't feel the toilet paper when I wipe",
        "both my legs are getting weaker",
        "numbness around my bottom and private parts",
        "I can't pee properly",
        "I no longer feel when I need to wee",
        "the feeling in my bowels has gone",
    ],
    "dvt_signs": [
        "one calf swollen, hot and red",
        "my calf is swollen and tender",
        "my left leg is red, swollen and warm",
        "I think I have a blood clot in my leg",
        "a hot swollen calf",
        "my calf is tender and the skin is red and warm",
    ],
    "chest_pain_or_breathlessness": [
        "I have chest pain",
        "I'm suddenly short of breath",
        "I can't breathe properly",
        "tightness in my chest",
        "I'm coughing up blood",
    ],
}

NEGATED = {
    "rest_pain": ["no pain at night", "never when I sit", "it never hurts when I sit", "I don't get pain at rest",
                  "no pain in my feet at night in bed", "it doesn't hurt when I'm lying down"],
    "foot_wound": ["no sores on my feet", "I don't have any ulcers", "there are no wounds on my feet",
                   "I haven't got any sores that won't heal", "never had an ulcer"],
    "color_or_temperature_change": ["my toes haven't turned blue", "no colour change in my feet",
                                    "my foot is not cold", "my feet never go white"],
    "sudden_severe_pain": ["no sudden severe pain", "it didn't come on suddenly and it isn't severe",
                           "I haven't had any sudden agonising pain"],
    "cauda_equina_signs": ["no numbness between my legs", "no problems with my bladder or bowels",
                           "I don't have any saddle numbness", "no bladder problems"],
    "dvt_signs": ["my calf isn't swollen or red", "no swelling or redness in my calf",
                  "I don't have a blood clot"],
    "chest_pain_or_breathlessness": ["no chest pain", "I don't have chest pain", "I'm not short of breath"],
}

HYPOTHETICAL = {
    "rest_pain": ["what if I get pain at night?", "should I worry if it hurts when I'm sitting?",
                  "what happens if my feet hurt at rest?"],
    "foot_wound": ["what if I get a sore on my foot that won't heal?", "in case I get an ulcer on my foot",
                   "could I get ulcers on my feet?"],
    "color_or_temperature_change": ["what if my foot turns blue?", "should I worry if my toes go black?",
                                    "is it bad if my foot goes cold and white?",
                                    "I'm worried my foot could turn blue one day"],
    "sudden_severe_pain": ["what if I get sudden severe pain in my leg?",
                           "what should I do if I have sudden agonising pain?"],
    "cauda_equina_signs": ["what if I can't control my bladder?", "should I worry if I get numb between my legs?"],
    "dvt_signs": ["what if my calf is swollen and red?", "could I get a blood clot in my leg?"],
    "chest_pain_or_breathlessness": ["what if I get chest pain?"],
}

OTHER_PERSON = {
    "rest_pain": ["my husband gets pain in his feet at night", "my dad has pain at rest"],
    "foot_wound": ["my dad has an ulcer on his foot", "my mum had a sore on her heel that won't heal"],
    "color_or_temperature_change": ["my wife's toes have turned blue", "my dad's foot went black and he lost his leg"],
    "sudden_severe_pain": ["my friend had sudden agonising pain in his leg"],
    "cauda_equina_signs": ["my brother can't control his bladder", "my mum has numbness between her legs"],
    "dvt_signs": ["my sister had a swollen red calf", "my husband has a blood clot in his leg"],
    "chest_pain_or_breathlessness": ["my dad has chest pain"],
}

HISTORICAL = {
    "foot_wound": ["had an ulcer years ago, healed", "I used to have a sore on my foot but it healed",
                   "I had a sore on my foot last year but it healed fine"],
    "color_or_temperature_change": ["my foot used to go white in the cold when I was younger"],
    "rest_pain": ["I used to get pain at night but not any more"],
}

# A past clot is the finding history_of_dvt, not a DVT sign now.
PAST_DVT = ["I had a DVT years ago", "I had a blood clot in my leg in 2018, it was treated",
            "history of DVT in my left leg", "I've had a clot in my calf before"]


def _cases(table):
    return [(code, text) for code, texts in table.items() for text in texts]


def test_every_red_flag_of_the_contract_is_tested():
    for table in (AFFIRMED, NEGATED, HYPOTHETICAL, OTHER_PERSON):
        assert set(table) == set(CONTRACT.red_flags), "a red flag without tests (or a stale one)"
    assert all(len(AFFIRMED[c]) >= 5 for c in CONTRACT.red_flags)


@pytest.mark.parametrize("code,text", _cases(AFFIRMED))
def test_affirmed_red_flag_is_found(extract, code, text):
    result = extract(text)
    assert code in result.red_flags, (text, result.mentions)
    assert result.findings[code] is True
    assert result.urgency == ("emergency" if CONTRACT.red_flag_urgency[code] == "emergency" else result.urgency)
    assert result.urgency in ("emergency", "urgent")


@pytest.mark.parametrize("code,text", _cases(NEGATED))
def test_negated_red_flag_is_false(extract, code, text):
    result = extract(text)
    assert result.red_flags == [], (text, result.mentions)
    assert result.findings.get(code) is False, (text, result.mentions)
    # denied by a negation, or by a pattern that carries its own ("no bladder problems")
    assert any(m.finding == code and m.held == "negated" for m in result.mentions)


@pytest.mark.parametrize("code,text", _cases(HYPOTHETICAL))
def test_hypothetical_red_flag_is_not_the_persons(extract, code, text):
    result = extract(text)
    assert result.red_flags == [], (text, result.mentions)
    assert code not in result.findings
    assert any(m.finding == code and m.context == "hypothetical" for m in result.mentions), result.mentions


@pytest.mark.parametrize("code,text", _cases(OTHER_PERSON))
def test_other_persons_red_flag_is_not_the_persons(extract, code, text):
    result = extract(text)
    assert result.red_flags == [], (text, result.mentions)
    assert code not in result.findings
    assert any(m.finding == code and m.context == "other_person" for m in result.mentions), result.mentions


@pytest.mark.parametrize("code,text", _cases(HISTORICAL))
def test_resolved_red_flag_is_not_current(extract, code, text):
    result = extract(text)
    assert code not in result.red_flags, (text, result.mentions)
    assert any(m.finding == code and m.context == "historical" for m in result.mentions), result.mentions


@pytest.mark.parametrize("text", PAST_DVT)
def test_a_past_dvt_is_history_not_a_sign(extract, text):
    result = extract(text)
    assert result.red_flags == [], (text, result.mentions)
    assert result.findings.get("history_of_dvt") is True


@pytest.mark.parametrize(
    "text,flags",
    [
        ("no sores but my toe has gone black", {"color_or_temperature_change"}),
        ("no pain at night, but there's a sore on my heel that won't heal", {"foot_wound"}),
        ("my dad lost a leg to PAD and my foot is cold and white", {"color_or_temperature_change"}),
        ("what if my foot turns blue? also I can't control my bladder", {"cauda_equina_signs"}),
        ("no sores, no pain at night", set()),
        ("I had an ulcer years ago, it healed, but now my toe has gone black", {"color_or_temperature_change"}),
    ],
)
def test_scope_of_a_context_ends_at_the_clause(extract, text, flags):
    assert set(extract(text).red_flags) == flags


def test_negation_gives_false_and_affirmation_in_the_same_message_wins(extract):
    result = extract("no sores on my feet. Actually there is a sore on my heel that won't heal")
    assert result.findings["foot_wound"] is True
    assert result.red_flags == ["foot_wound"]


@pytest.mark.parametrize(
    "text,urgency",
    [
        ("a sore on my heel that won't heal", "urgent"),
        ("sudden agonising pain in my leg", "emergency"),
        ("can't control my bladder", "emergency"),
        ("toes turned blue", "urgent"),
        # contract.yml: a sudden colour/temperature change with sudden pain is an emergency
        ("sudden severe pain in my leg and my foot has gone white", "emergency"),
        ("one calf swollen, hot and red and I'm suddenly short of breath", "emergency"),
    ],
)
def test_urgency_follows_the_engine(extract, text, urgency):
    assert extract(text).urgency == urgency


@pytest.mark.parametrize(
    "text",
    [
        "my calves cramp after two blocks and it goes away when I stop",
        "my feet are sore after a long walk",
        "my calves are sore",
        "I've got a sore throat",
        "it's worse in the cold weather",
        "the pain goes away when I sit down",
        "when I sit down the pain goes",
        "it hurts until I sit down",
        "sometimes my calf cramps suddenly when I walk",
        "my legs feel weak and heavy when I walk",
        "I get a bit out of breath walking uphill",
        "I had a stomach ulcer once",
        "I've cut down on smoking",
        "my legs swell in hot weather",
        "it runs in the family",
        "my legs give way if I walk too far",
        "I sleep fine, it only hurts when I walk",
    ],
)
def test_ordinary_complaints_raise_no_red_flag(extract, text):
    assert_no_red_flag(extract(text), text)


def test_another_persons_story_sets_nothing(extract):
    result = extract("my dad lost a leg to PAD")
    assert result.findings == {} and result.red_flags == []
