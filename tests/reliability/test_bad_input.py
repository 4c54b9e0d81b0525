"""Bad input over REST and socket.io against the real servers: each gets a
clear error or a polite reply; no 500, no crash, no stall (channels/)."""
from __future__ import annotations

import asyncio
import time
from typing import Any, Dict, List

import pytest
import requests
import socketio

from channels.guards import EMPTY_TEXT, MAX_MESSAGE_CHARS, TOO_LONG_TEXT, TROUBLE_TEXT
from tests.reliability.conftest import new_sender, post, run, says, texts

pytestmark = pytest.mark.e2e

JSON = {"Content-Type": "application/json"}

# name, request keyword arguments, HTTP status, error code
REFUSED = [
    ("empty message", {"json": {"sender": "S", "message": ""}}, 400, "empty_message"),
    ("whitespace-only message", {"json": {"sender": "S", "message": " \n\t  "}}, 400, "empty_message"),
    ("control characters only", {"json": {"sender": "S", "message": "\x00\x07\x1b"}}, 400, "empty_message"),
    ("100 kB message", {"json": {"sender": "S", "message": "my calf hurts " * 7200}}, 413, "message_too_long"),
    ("invalid JSON", {"data": b'{"sender": "S", "message": ', "headers": JSON}, 400, "invalid_json"),
    ("not JSON at all", {"data": b"hello", "headers": {"Content-Type": "text/plain"}}, 400, "invalid_json"),
    ("empty body", {"data": b"", "headers": JSON}, 400, "invalid_json"),
    ("invalid UTF-8", {"data": b'{"sender": "S", "message": "\xff\xfe pain"}', "headers": JSON}, 400, "invalid_utf8"),
    ("lone surrogate", {"data": b'{"sender": "S", "message": "\\ud800"}', "headers": JSON}, 400, "invalid_message"),
    ("body is a list", {"json": [{"sender": "S", "message": "hi"}]}, 400, "invalid_body"),
    ("body is a string", {"json": "hi"}, 400, "invalid_body"),
    ("body is null", {"data": b"null", "headers": JSON}, 400, "invalid_body"),
    ("missing message", {"json": {"sender": "S"}}, 400, "missing_message"),
    ("message null", {"json": {"sender": "S", "message": None}}, 400, "missing_message"),
    ("message a number", {"json": {"sender": "S", "message": 42}}, 400, "invalid_message"),
    ("message a list", {"json": {"sender": "S", "message": ["my", "calf"]}}, 400, "invalid_message"),
    ("message an object", {"json": {"sender": "S", "message": {"text": "hi"}}}, 400, "invalid_message"),
    ("missing sender", {"json": {"message": "hi"}}, 400, "missing_sender"),
    ("sender a number", {"json": {"sender": 7, "message": "hi"}}, 400, "invalid_sender"),
    ("sender an object", {"json": {"sender": {"id": 1}, "message": "hi"}}, 400, "invalid_sender"),
    ("sender too long", {"json": {"sender": "x" * 5000, "message": "hi"}}, 400, "invalid_sender"),
    ("metadata a list", {"json": {"sender": "S", "message": "hi", "metadata": [1]}}, 400, "invalid_metadata"),
    ("metadata bad JSON text", {"json": {"sender": "S", "message": "hi", "metadata": "{x"}}, 400, "invalid_metadata"),
]

# name, message: ordinary (if odd) text that gets a polite reply from the bot
ANSWERED = [
    ("emoji only", "😭🦵🔥"),
    ("control characters inside", "my calf\x00 hurts\x1b[31m when I walk\x7f"),
    ("script tags", "<script>alert('x')</script><img src=x onerror=alert(1)>"),
    ("SQL-like text", "'; DROP TABLE events; -- \" OR 1=1; SELECT * FROM events"),
    ("a message at the length limit", ("my calf hurts when I walk " * 100)[:MAX_MESSAGE_CHARS]),
    ("right-to-left and zero-width characters", "\u202egnikooL\u200b my leg \u2066hurts\u2069"),
]


@pytest.mark.parametrize("name, request_args, status, code", REFUSED, ids=[r[0] for r in REFUSED])
def test_rest_refuses_bad_input_with_a_clear_error(servers, name, request_args, status, code):
    args = dict(request_args)
    if "json" in args and isinstance(args["json"], dict) and args["json"].get("sender") == "S":
        args["json"] = {**args["json"], "sender": new_sender()}
    started = time.monotonic()
    reply = requests.post(f"{servers.config.rasa_url}/webhooks/rest/webhook", timeout=30, **args)
    assert reply.status_code == status, reply.text
    body = reply.json()
    assert body["error"] == code and body["message"], body
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("name, message", ANSWERED, ids=[a[0] for a in ANSWERED])
def test_rest_answers_odd_text_politely(servers, name, message):
    who = new_sender()
    started = time.monotonic()
    reply = post(servers, who, message)
    assert reply.status_code == 200, reply.text
    said = texts(reply.json())
    assert said.strip(), "a polite reply, not silence"
    assert TROUBLE_TEXT not in said
    assert "<script" not in said and "onerror" not in said, "the input is not echoed back as markup"
    assert time.monotonic() - started < 10
    # the conversation goes on, and the odd text is stored as plain text
    assert post(servers, who, "hi").json()
    events = servers.tracker(who)["events"]
    assert any(e.get("event") == "user" for e in events)


def test_sql_like_text_leaves_the_tracker_store_intact(servers):
    who = new_sender("sql")
    text = "'); DELETE FROM events; --"
    assert post(servers, who, text).status_code == 200
    # every event, whatever the text was read as (a restart hides what came before it)
    events = servers.tracker(who, include_events="ALL")["events"]
    stored = [e.get("text") for e in events if e.get("event") == "user"]
    assert text in stored
    other = new_sender()
    assert post(servers, other, "hi").json()
    assert servers.tracker(other)["events"]


def test_the_server_is_healthy_after_all_the_bad_input(servers):
    assert requests.get(f"{servers.config.rasa_url}/", timeout=5).ok
    assert says(texts(post(servers, new_sender(), "hi").json()), "utter_greet")


def test_a_streamed_request_is_answered_too(servers):
    reply = requests.post(f"{servers.config.rasa_url}/webhooks/rest/webhook", params={"stream": "true"},
                          json={"sender": new_sender(), "message": "hi"}, timeout=30)
    assert reply.status_code == 200 and "text" in reply.text


# --- socket.io ------------------------------------------------------------------


async def _socket(servers, origin: str | None = "webchat") -> tuple[socketio.AsyncClient, List[Dict[str, Any]]]:
    got: List[Dict[str, Any]] = []
    sio = socketio.AsyncClient(reconnection=False)
    sio.on("bot_uttered", lambda data: got.append(data))
    sio.on("session_confirm", lambda data: got.append({"session_confirm": data}))
    headers = {"Origin": servers.config.webchat_url} if origin == "webchat" else ({"Origin": origin} if origin else {})
    await sio.connect(servers.config.rasa_url, headers=headers, transports=["websocket"], wait_timeout=10)
    return sio, got


async def _until(condition, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


async def _wait_for(got: List[Dict[str, Any]], count: int, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while len(got) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


SOCKET_BAD = [
    ("no data", None, "reload"),
    ("data a string", "hello", "reload"),
    ("no message", {}, EMPTY_TEXT),
    ("empty message", {"message": ""}, EMPTY_TEXT),
    ("whitespace-only message", {"message": "  \n "}, EMPTY_TEXT),
    ("100 kB message", {"message": "my calf hurts " * 7200}, TOO_LONG_TEXT),
    ("message a number", {"message": 5}, "couldn't read"),
    ("metadata bad JSON text", {"message": "hi", "metadata": "{x"}, "couldn't read"),
    ("no session id", {"message": "hi", "session_id": None}, "couldn't read"),
    ("a session this socket did not ask for", {"message": "hi", "session_id": "someone-else"}, "reload"),
]


@pytest.mark.parametrize("name, data, expected", SOCKET_BAD, ids=[s[0] for s in SOCKET_BAD])
def test_socketio_answers_bad_input_with_a_polite_reply(servers, name, data, expected):
    async def scenario() -> List[Dict[str, Any]]:
        sio, got = await _socket(servers)
        try:
            session = new_sender("sio")
            await sio.emit("session_request", {"session_id": session})
            await _wait_for(got, 1)
            assert got.pop(0) == {"session_confirm": session}
            payload = data
            if isinstance(data, dict) and "session_id" not in data:
                payload = {**data, "session_id": session}
            await sio.emit("user_uttered", payload)
            await _wait_for(got, 1)
            await asyncio.sleep(0.3)
            # the socket still works afterwards
            count = len(got)
            await sio.emit("user_uttered", {"message": "hi", "session_id": session})
            await _until(lambda: says("\n".join(m.get("text") or "" for m in got[count:]), "utter_greet"))
            return got
        finally:
            await sio.disconnect()

    got = run(scenario())
    assert got, "a reply"
    assert expected.lower() in (got[0].get("text") or "").lower()
    assert says("\n".join(m.get("text") or "" for m in got[1:]), "utter_greet")


@pytest.mark.parametrize("name, message", ANSWERED, ids=[a[0] for a in ANSWERED])
def test_socketio_answers_odd_text_politely(servers, name, message):
    async def scenario() -> List[Dict[str, Any]]:
        sio, got = await _socket(servers)
        try:
            session = new_sender("sio")
            await sio.emit("session_request", {"session_id": session})
            await _wait_for(got, 1)
            await sio.emit("user_uttered", {"message": message, "session_id": session})
            await _wait_for(got, 2)
            return got[1:]
        finally:
            await sio.disconnect()

    said = "\n".join(m.get("text") or "" for m in run(scenario()))
    assert said.strip() and TROUBLE_TEXT not in said
    assert "<script" not in said


def test_socketio_session_request_with_a_bad_session_id_gets_a_new_one(servers):
    async def scenario() -> List[Dict[str, Any]]:
        sio, got = await _socket(servers)
        try:
            for bad in ("x" * 500, 12, {"a": 1}, "a\nb"):
                await sio.emit("session_request", {"session_id": bad})
            await sio.emit("session_request", "not a dict")
            await _wait_for(got, 5)
            return got
        finally:
            await sio.disconnect()

    got = run(scenario())
    assert len(got) == 5
    for confirm in got:
        session = confirm["session_confirm"]
        assert isinstance(session, str) and 0 < len(session) <= 64

