"""A reply's leading yes or no (symptom_nlu/reply.py, lexicon.yml ``reply``): the answer to the
interview's question, given to the requested slot only by the domain. Both ways: a reply that
starts with its answer and goes on gives it; a "no" that is a determiner, a yes or no turned by
what follows, and a yes beside someone else's or past words give none."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "yes on my heel, few weeks now",
    "yeah one on my heel",
    "yep at night mostly",
    "Yes, they're always cold",
    "oh yes, both legs",
    "aye the left foot",
    "yes",
    "Yes, what tests will I need?",
])
def test_a_reply_that_starts_with_yes_answers_yes(extract, text):
    assert extract(text).answer is True


@pytest.mark.parametrize("text", [
    "no, only when I walk",
    "no it settles in a minute",
    "nope, all fine down there",
    "nah only walking",
    "well no not really",
    "No.",
    "no the left one only",
    "No!! never at night",
])
def test_a_reply_that_starts_with_no_answers_no(extract, text):
    assert extract(text).answer is False


@pytest.mark.parametrize("text", [
    # "no" as a determiner: a finding of its own, not an answer to another question
    "no sores",
    "No pain at night",
    "no idea",
    # the other answer further on: no guess
    "yes and no",
    "no... well actually yes one on my heel",
    "yes, no problem",
    # a yes turned by a negation, the past, a condition or another person
    "yes, used to",
    "yeah I don't think so",
    "yes if I walk really far",
    "Yes I had an ulcer last year but it healed",
    "yes my dad had the same",
    "yes, my wife noticed it",
    # a no with a contrast that may bring the thing back
    "no but there's a blister that won't go",
    "nope, although my toes look a bit dark",
    # not a reply
    "my calf aches when I walk",
    "what if yes",
    "",
])
def test_no_answer_where_the_reply_does_not_start_with_an_unturned_yes_or_no(extract, text):
    assert extract(text).answer is None
