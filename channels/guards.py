"""Checks shared by the REST and socket.io channels: what a message may look
like before it reaches the NLU pipeline, and how many messages one sender may
have waiting at once.

Why: the stock channels pass anything on. A 100 kB message made the DIET
transformer allocate 14 GB and block the server for a minute; a non-string
``message`` or ``metadata`` raised inside Rasa (HTTP 500 or a silent ``[]``);
a missing ``sender`` put every such client into one shared conversation
called "default"; and a burst of messages from one sender queued behind the
conversation lock and slowed everyone else down.
"""
from __future__ import annotations

import json
import os
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any, Optional


def _int_env(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


# A patient describing leg pain rarely needs more than a few sentences; the
# transformer's cost grows with the square of the message length.
MAX_MESSAGE_CHARS = _int_env("MAX_MESSAGE_CHARS", 2000)
MAX_SENDER_CHARS = 128
# Messages of one sender that may wait for a reply at once. A person types a
# few messages before the bot answers, not more; a client that sends more is
# told to wait (429) so that it cannot queue in front of other conversations.
MAX_PENDING_PER_SENDER = _int_env("MAX_PENDING_PER_SENDER", 4)

# A rate per conversation (token bucket: a burst, then so many a second) on
# top of the pending count. Over socket.io the messages of one socket are read
# one by one, in between the answers, so a flood never shows as many pending
# messages; the rate is what tells a flood from a person. The widget is used
# by people (and browser tests): 20 at once, then two a second is plenty. REST
# clients are programs that send a conversation quickly: 30, then two a second.
SOCKET_BURST = _int_env("SOCKET_MESSAGE_BURST", 20)
SOCKET_RATE_PER_S = float(os.environ.get("SOCKET_MESSAGES_PER_SECOND", "2"))
REST_BURST = _int_env("REST_MESSAGE_BURST", 30)
REST_RATE_PER_S = float(os.environ.get("REST_MESSAGES_PER_SECOND", "2"))

# Said when the assistant itself fails (not the person's fault); it still says
# when to seek help, because the person may be in danger and we cannot check.
TROUBLE_TEXT = (
    "Sorry, I'm having trouble right now and can't continue this step. "
    "If you have pain at rest, sores on your feet or legs that don't heal, "
    "a leg or foot that has turned pale, blue or cold, or sudden severe pain, "
    "see a doctor now or call your emergency number (911 / 999 / 112). "
    "Otherwise, please try again in a few minutes."
)
TROUBLE_RESPONSE = "utter_action_server_trouble"

# Polite replies for the socket.io widget (REST clients get an HTTP error).
EMPTY_TEXT = "I didn't get any words there. Could you tell me about your leg pain in a sentence or two?"
TOO_LONG_TEXT = (
    f"That message is too long for me (more than {MAX_MESSAGE_CHARS} characters). "
    "Could you say it in a few shorter sentences?"
)
BUSY_TEXT = "I'm still answering your earlier messages. Please wait for my reply, then go on."
INVALID_TEXT = "I couldn't read that message. Could you type it again?"


@dataclass
class Rejection(Exception):
    status: int  # HTTP status for REST clients
    code: str
    message: str  # for the API client
    reply: str  # polite reply for a person in the widget

    def as_json(self) -> dict:
        return {"status": self.status, "error": self.code, "message": self.message}


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and char not in "\n\t"


def clean_text(value: Any, field: str = "message") -> str:
    """The message as the NLU should see it, or a Rejection saying why not."""
    if value is None:
        raise Rejection(400, f"missing_{field}", f"'{field}' is required (a string)", EMPTY_TEXT)
    if not isinstance(value, str):
        raise Rejection(400, f"invalid_{field}",
                        f"'{field}' must be a string, not {type(value).__name__}", INVALID_TEXT)
    if len(value) > MAX_MESSAGE_CHARS:
        raise Rejection(413, "message_too_long",
                        f"'{field}' has {len(value)} characters; the limit is {MAX_MESSAGE_CHARS}",
                        TOO_LONG_TEXT)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from JSON "\ud800" escapes
        raise Rejection(400, f"invalid_{field}", f"'{field}' is not valid Unicode text", INVALID_TEXT)
    text = unicodedata.normalize("NFC", value)
    # Control characters (NUL, terminal escape sequences, DEL) carry no meaning
    # for the NLU; NUL would also be refused by PostgreSQL.
    text = "".join(" " if _is_control(c) else c for c in text).strip()
    if not text:
        raise Rejection(400, f"empty_{field}", f"'{field}' is empty", EMPTY_TEXT)
    return text


def clean_sender(value: Any, field: str = "sender") -> str:
    if value is None or value == "":
        raise Rejection(400, f"missing_{field}",
                        f"'{field}' is required: a string that names the conversation", INVALID_TEXT)
    if not isinstance(value, str):
        raise Rejection(400, f"invalid_{field}",
                        f"'{field}' must be a string, not {type(value).__name__}", INVALID_TEXT)
    if len(value) > MAX_SENDER_CHARS or not value.strip() or any(
        _is_control(c) or c in "\n\t" for c in value
    ):
        raise Rejection(400, f"invalid_{field}",
                        f"'{field}' must be 1-{MAX_SENDER_CHARS} printable characters", INVALID_TEXT)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Rejection(400, f"invalid_{field}", f"'{field}' is not valid Unicode text", INVALID_TEXT)
    return value


def check_metadata(value: Any) -> Optional[dict]:
    if value is None:
        return None
    if isinstance(value, str):  # the stock socket.io channel accepts JSON text
        try:
            value = json.loads(value)
        except ValueError:
            raise Rejection(400, "invalid_metadata", "'metadata' is not valid JSON", INVALID_TEXT)
    if not isinstance(value, dict):
        raise Rejection(400, "invalid_metadata",
                        f"'metadata' must be an object, not {type(value).__name__}", INVALID_TEXT)
    return value


class PendingMessages:
    """Counts messages per sender that are being processed or wait for the
    conversation lock. One sender cannot fill the server's queue."""

    def __init__(self, limit: int = MAX_PENDING_PER_SENDER) -> None:
        self.limit = limit
        self._pending: Counter = Counter()

    def acquire(self, sender: str) -> None:
        """Count one more message of `sender`, or raise a Rejection."""
        if self._pending[sender] >= self.limit:
            raise Rejection(429, "too_many_pending_messages",
                            f"this sender already has {self.limit} messages waiting for a reply; "
                            "wait for the replies before sending more", BUSY_TEXT)
        self._pending[sender] += 1

    def release(self, sender: str) -> None:
        self._pending[sender] -= 1
        if self._pending[sender] <= 0:
            del self._pending[sender]

    def __len__(self) -> int:
        return sum(self._pending.values())


class MessageRate:
    """A token bucket per key: `burst` messages at once, then `per_second`."""

    def __init__(self, burst: int = SOCKET_BURST, per_second: float = SOCKET_RATE_PER_S) -> None:
        self.burst = burst
        self.per_second = per_second
        self._buckets: dict = {}  # key -> (tokens, monotonic time of the last update)

    def take(self, key: str, now: Optional[float] = None) -> None:
        """Use one message of `key`'s allowance, or raise a Rejection."""
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.per_second)
        if tokens < 1:
            self._buckets[key] = (tokens, now)
            raise Rejection(429, "too_many_messages",
                            f"more than {self.burst} messages at once or {self.per_second:g} a second",
                            BUSY_TEXT)
        self._buckets[key] = (tokens - 1, now)
        if len(self._buckets) > 10000:  # forget sessions whose bucket is full again
            full_after = self.burst / self.per_second
            self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}
