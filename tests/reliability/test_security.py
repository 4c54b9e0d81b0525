"""Who may do what: the HTTP API needs the token, CORS and socket.io allow only
the web chat's origin, and "start over" does not carry the old conversation
into the new one."""
from __future__ import annotations

import asyncio
import time
from typing import Any, Dict, List, Optional

import pytest
import requests
import socketio

from tests.reliability.conftest import first_paragraphs, new_sender, post, run

pytestmark = pytest.mark.e2e

EVIL = "http://evil.example"
SECRET = "my calf hurts after 200 metres zanzibarquartz"

# method, path ({c} = a conversation id), JSON body
PROTECTED = [
    ("GET", "/status", None),
    ("GET", "/domain", None),
    ("GET", "/conversations/{c}/tracker", None),
    ("GET", "/conversations/{c}/story", None),
    ("POST", "/conversations/{c}/tracker/events", {"event": "slot", "name": "urgency", "value": "self_care"}),
    ("PUT", "/conversations/{c}/tracker/events", []),
    ("POST", "/conversations/{c}/messages", {"text": "hi", "sender": "user"}),
    ("POST", "/conversations/{c}/trigger_intent", {"name": "greet"}),
    ("POST", "/conversations/{c}/execute", {"name": "utter_greet"}),
    ("POST", "/conversations/{c}/predict", None),
    ("POST", "/model/parse", {"text": SECRET}),
    ("POST", "/model/predict", []),
    ("POST", "/model/train", {}),
    ("POST", "/model/test/intents", {}),
    ("POST", "/model/test/stories", {}),
    ("PUT", "/model", {"model_file": "/tmp/x.tar.gz"}),
    ("DELETE", "/model", None),
]


@pytest.fixture(scope="module")
def conversation(servers) -> str:
    who = new_sender("private")
    assert post(servers, who, SECRET).ok
    return who


@pytest.mark.parametrize("token", [None, "", "wrong-token"], ids=["no token", "empty token", "wrong token"])
@pytest.mark.parametrize("method, path, body", PROTECTED, ids=[f"{m} {p}" for m, p, _ in PROTECTED])
def test_the_http_api_refuses_without_the_token(servers, conversation, method, path, body, token):
    params = {} if token is None else {"token": token}
    reply = requests.request(method, servers.config.rasa_url + path.format(c=conversation),
                             params=params, json=body, timeout=30)
    assert reply.status_code in (401, 403), (reply.status_code, reply.text[:200])
    assert "zanzibarquartz" not in reply.text


def test_the_token_opens_the_api_and_nothing_changed_without_it(servers, conversation):
    tracker = servers.tracker(conversation)
    user_texts = [e.get("text") for e in tracker["events"] if e.get("event") == "user"]
    assert user_texts == [SECRET], "the refused requests above added nothing to the conversation"
    assert requests.get(f"{servers.config.rasa_url}/status", params={"token": servers.token}, timeout=10).ok
    assert servers.model.name in requests.get(
        f"{servers.config.rasa_url}/status", params={"token": servers.token}, timeout=10).text


def test_public_endpoints_say_nothing_private(servers):
    for path in ("/", "/version"):
        reply = requests.get(servers.config.rasa_url + path, timeout=10)
        assert reply.ok and "zanzibarquartz" not in reply.text and servers.token not in reply.text


def _preflight(servers, path: str, origin: str) -> requests.Response:
    return requests.options(servers.config.rasa_url + path, timeout=10, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})


@pytest.mark.parametrize("path", ["/webhooks/rest/webhook", "/conversations/x/tracker", "/model/parse"])
def test_cors_allows_only_the_web_chat_origin(servers, path):
    allowed = _preflight(servers, path, servers.config.webchat_url)
    assert allowed.headers.get("Access-Control-Allow-Origin") == servers.config.webchat_url
    refused = _preflight(servers, path, EVIL)
    assert refused.headers.get("Access-Control-Allow-Origin") in (None, ""), refused.headers
    reply = requests.post(servers.config.rasa_url + "/webhooks/rest/webhook", headers={"Origin": EVIL},
                          json={"sender": new_sender(), "message": "hi"}, timeout=30)
    assert reply.headers.get("Access-Control-Allow-Origin") in (None, "")


@pytest.mark.parametrize("transport", ["websocket", "polling"])
def test_socketio_refuses_other_origins(servers, transport):
    async def attempt(origin: Optional[str]) -> bool:
        sio = socketio.AsyncClient(reconnection=False)
        headers = {"Origin": origin} if origin else {}
        try:
            await sio.connect(servers.config.rasa_url, headers=headers, transports=[transport], wait_timeout=10)
        except socketio.exceptions.ConnectionError:
            if sio.eio.http is not None:  # python-socketio leaves its HTTP session open
                await sio.eio.http.close()
            return False
        await sio.disconnect()
        return True

    assert run(attempt(servers.config.webchat_url)) is True
    assert run(attempt(None)) is True  # not a browser: no Origin to check
    assert run(attempt(EVIL)) is False
    assert run(attempt(servers.config.webchat_url + ".evil.example")) is False
    # the polling handshake does not hand other origins a readable response either
    reply = requests.get(f"{servers.config.rasa_url}/socket.io/", params={"EIO": "4", "transport": "polling"},
                         headers={"Origin": EVIL}, timeout=10)
    assert reply.headers.get("Access-Control-Allow-Origin") in (None, "")


class Page:
    """What the web widget does over socket.io (webchat/src/transport.js)."""

    def __init__(self) -> None:
        self.got: List[Dict[str, Any]] = []
        self.sessions: List[str] = []
        self.sio = socketio.AsyncClient(reconnection=False)
        self.sio.on("bot_uttered", lambda data: self.got.append(data))
        self.sio.on("session_confirm", lambda data: self.sessions.append(data))

    async def open(self, servers, session_id: Optional[str] = None) -> str:
        if not self.sio.connected:
            await self.sio.connect(servers.config.rasa_url, headers={"Origin": servers.config.webchat_url},
                                   transports=["websocket"], wait_timeout=10)
        count = len(self.sessions)
        await self.sio.emit("session_request", {"session_id": session_id})
        await _until(lambda: len(self.sessions) > count)
        return self.sessions[-1]

    async def say(self, session: str, text: str, replies: int = 1) -> List[Dict[str, Any]]:
        count = len(self.got)
        await self.sio.emit("user_uttered", {"message": text, "session_id": session})
        await _until(lambda: len(self.got) >= count + replies)
        return self.got[count:]


async def _until(condition, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


def test_start_over_does_not_leak_the_old_conversation(servers):
    async def scenario():
        page, other = Page(), Page()
        try:
            old = await page.open(servers)
            assert await page.say(old, SECRET)
            await asyncio.sleep(1.0)  # every reply of the old session has arrived
            before = len(page.got)
            # "start over" on the same socket: a new session (the widget asks for none)
            new = await page.open(servers, None)
            assert new != old
            # the old session goes on elsewhere (another tab, a late reply) ...
            await other.open(servers, old)
            assert await other.say(old, "hi")
            await asyncio.sleep(1.0)
            leaked = page.got[before:]  # ... and must not reach the restarted page
            # the new session starts empty
            fresh = await page.say(new, "hi")
            return leaked, fresh, new
        finally:
            for p in (page, other):
                if p.sio.connected:
                    await p.sio.disconnect()

    leaked, fresh, new = run(scenario())
    assert leaked == [], f"the old session's replies reached the restarted page: {leaked}"
    assert fresh[0].get("text") in first_paragraphs("utter_greet")
    events = servers.tracker(new)["events"]
    assert "zanzibarquartz" not in str(events), "the new session's tracker holds the old conversation"
