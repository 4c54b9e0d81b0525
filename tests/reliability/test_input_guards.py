"""The input checks of the channels (channels/guards.py), without servers."""
from __future__ import annotations

import pytest

from channels.guards import (
    MAX_MESSAGE_CHARS, PendingMessages, Rejection, check_metadata, clean_sender, clean_text,
)


@pytest.mark.parametrize("text, expected", [
    ("my calf hurts", "my calf hurts"),
    ("  my calf hurts \n", "my calf hurts"),
    ("pain\x00 at\x1b[31m rest\x7f", "pain  at [31m rest"),
    ("😭🦵", "😭🦵"),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("'; DROP TABLE events; --", "'; DROP TABLE events; --"),
    ("/affirm", "/affirm"),
    ("cafe\u0301", "caf\u00e9"),  # NFC
])
def test_clean_text_keeps_words_and_drops_control_characters(text, expected):
    assert clean_text(text) == expected


@pytest.mark.parametrize("value, status, code", [
    (None, 400, "missing_message"),
    ("", 400, "empty_message"),
    ("   \t\n ", 400, "empty_message"),
    ("\x00\x01", 400, "empty_message"),
    (42, 400, "invalid_message"),
    (["a"], 400, "invalid_message"),
    ({"a": 1}, 400, "invalid_message"),
    ("x" * (MAX_MESSAGE_CHARS + 1), 413, "message_too_long"),
    ("\ud800 lone surrogate", 400, "invalid_message"),
])
def test_clean_text_refuses_what_the_nlu_cannot_take(value, status, code):
    with pytest.raises(Rejection) as caught:
        clean_text(value)
    assert (caught.value.status, caught.value.code) == (status, code)
    assert caught.value.reply, "the widget gets a polite sentence"


def test_a_message_at_the_limit_is_accepted():
    assert len(clean_text("a" * MAX_MESSAGE_CHARS)) == MAX_MESSAGE_CHARS


@pytest.mark.parametrize("value, code", [
    (None, "missing_sender"), ("", "missing_sender"), (5, "invalid_sender"),
    ({"x": 1}, "invalid_sender"), ("x" * 129, "invalid_sender"), ("  ", "invalid_sender"),
    ("a\nb", "invalid_sender"),
])
def test_clean_sender_refuses_anything_but_a_short_string(value, code):
    with pytest.raises(Rejection) as caught:
        clean_sender(value)
    assert caught.value.code == code


def test_metadata_must_be_an_object():
    assert check_metadata(None) is None
    assert check_metadata({"a": 1}) == {"a": 1}
    assert check_metadata('{"a": 1}') == {"a": 1}
    for bad in ("{bad", "[1]", [1], 3):
        with pytest.raises(Rejection):
            check_metadata(bad)


def test_pending_messages_are_counted_per_sender():
    pending = PendingMessages(limit=2)
    pending.acquire("a")
    pending.acquire("a")
    with pytest.raises(Rejection) as caught:
        pending.acquire("a")
    assert caught.value.status == 429
    pending.acquire("b")  # another sender is not affected
    pending.release("a")
    pending.acquire("a")
    for sender in ("a", "a", "b"):
        pending.release(sender)
    assert len(pending) == 0


def test_message_rate_allows_a_burst_then_one_a_second():
    from channels.guards import MessageRate
    rate = MessageRate(burst=3, per_second=1.0)
    for _ in range(3):
        rate.take("s", now=100.0)
    with pytest.raises(Rejection) as caught:
        rate.take("s", now=100.0)
    assert caught.value.status == 429
    rate.take("other", now=100.0)  # another session has its own allowance
    rate.take("s", now=101.0)  # one more a second later
    with pytest.raises(Rejection):
        rate.take("s", now=101.2)
    for _ in range(3):
        rate.take("s", now=110.0)  # full again after a pause
