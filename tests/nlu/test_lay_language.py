"""Lay, UK and US colloquial phrasings, traps (red-flag words in other senses),
rambling messages and past events: the red flags found are exactly the expected ones."""
from __future__ import annotations

import pytest

CASES = [
    ("my calf's come up all red and swollen", {"dvt_signs"}),
    ("my leg's gone all blotchy and cold", {"color_or_temperature_change"}),
    ("my foot's like a block of ice", {"color_or_temperature_change"}),
    ("my big toe's gone a funny purple colour", {"color_or_temperature_change"}),
    ("I've wet myself a couple of times this week and my back's killing me", {"cauda_equina_signs"}),
    ("I keep peeing myself", {"cauda_equina_signs"}),
    ("my bum's gone numb", {"cauda_equina_signs"}),
    ("I can't feel my bits", {"cauda_equina_signs"}),
    ("me legs have gone to jelly, both of them, all of a sudden", {"cauda_equina_signs"}),
    ("there's a nasty sore on me foot that's been there for weeks", {"foot_wound"}),
    ("my heel's got a hole in it that won't close up", {"foot_wound"}),
    ("I've got a weeping sore on my ankle", {"foot_wound"}),
    ("my foot throbs in bed and I have to dangle it over the side", {"rest_pain"}),
    ("I'm up half the night with my feet", {"rest_pain"}),
    ("it hurts even when I'm sat down", {"rest_pain"}),
    ("my leg's killing me and it came on all of a sudden", {"sudden_severe_pain"}),
    ("proper agony in my leg since about an hour ago", {"sudden_severe_pain"}),
    ("I'm really short of breath and my chest feels tight", {"chest_pain_or_breathlessness"}),
    ("no, nothing like that, no sores or anything", set()),
    ("nope, my feet are a normal colour", set()),
    ("not at night, no", set()),
    ("I don't get any pain when I'm resting", set()),
    ("none of that, my bladder's fine", set()),
    ("my waterworks are fine", set()),
    ("no chest pain and I'm not breathless", set()),
    ("is it normal for my feet to go cold in winter?", set()),
    ("would a black toe be serious?", set()),
    ("how would I know if I had a blood clot?", set()),
    ("my doctor said to watch out for sores that don't heal", set()),
    ("I was told to call 999 if my leg goes cold and white", set()),
    ("I had a blood clot in my leg ten years ago", set()),
    ("I had cellulitis in my leg last year, it's cleared up now", set()),
    ("when I was younger I had an ulcer on my foot but it healed", set()),
    ("I used to have numbness down there after my op but it went years ago", set()),
    ("my neighbour's leg went black and they had to amputate", set()),
    ("my mum had sores on her feet from diabetes", set()),
    ("my husband's calf swelled up and it turned out to be a clot", set()),
    ("my legs ache after a long day on my feet", set()),
    ("my feet get cold in winter like everyone's", set()),
    ("I get cramp in my calf at night sometimes", set()),
    ("I'm feeling a bit blue about all this", set()),
    ("I've got cold feet about the operation", set()),
    ("I wear black socks", set()),
    ("it's a pain in the neck having to stop", set()),
    ("my heart sank when the doctor said PAD", set()),
    ("I get breathless walking up steep hills", set()),
    ("the blue badge helps with parking", set()),
    ("I went white as a sheet when I heard", set()),
    ("I had a wee break at the bench", set()),
    ("my legs feel dead tired after work", set()),
    ("I can't control how far I walk, my dog pulls", set()),
    ("there's a swollen river near my house", set()),
    ("my toenails are thick and yellow", set()),
    ("I'm not sure if it's sudden or not, it's been building for months", set()),
    ("no sudden pain, it's been like this for years", set()),
    ("so basically my right calf has been cramping when I walk the dog for about six months, I'm 67, I used to smoke but stopped ten years ago, no problems with my bladder, no sores, feet are a normal colour, and it eases after a couple of minutes when I stand still", set()),
    ("well my wife thinks I should mention that my left foot has gone quite pale and cold over the last week, and it hurts at night now, otherwise the usual calf cramps", {"color_or_temperature_change", "rest_pain"}),
    ("I had sciatica years ago and lost bladder control briefly but that resolved", set()),
    ("I used to get chest pains but I had a stent and it's fine now", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_red_flags_in_everyday_language(extract, text, expected):
    result = extract(text)
    assert set(result.red_flags) == expected, result.mentions


@pytest.mark.parametrize(
    "text",
    [
        # a resolution said far from the event, or an event long ago of a lasting kind: kept on the safe side
        "my toe went black after I dropped a tin on it last month, it's fine now",
        "years ago my foot went cold and white when I had frostbite",
    ],
)
def test_conservative_cases_stay_flagged(extract, text):
    assert extract(text).red_flags == ["color_or_temperature_change"]
