"""The socket.io channel for the web widget, with origin, input and session
checks. Everything else is Rasa's stock ``socketio`` channel: it builds the
stock blueprint and wraps three of its event handlers.

1. Origins. The stock channel creates ``AsyncServer(cors_allowed_origins=[])``;
   in python-engineio 4.7 ``[]`` switches the origin check off, so a page on
   any site could open a WebSocket to the assistant and talk as the person.
   Here ``connect`` is refused unless the browser's Origin is an allowed one:
   ``allowed_origins`` in credentials.yml, else the WEBCHAT_ORIGIN environment
   variable (set by scripts/stack.py to the web chat's URL), else only the
   server's own origin. Clients that send no Origin (not browsers) connect as
   before. CORS headers stay with Sanic-CORS (``rasa run --cors``) so that
   responses do not carry them twice.
2. Input: the same checks as the REST channel (channels/guards.py); a bad
   message gets a polite bot reply instead of an exception in the server.
   A session that sends more than a person types (20 at once, then two
   a second) is asked to wait, without its messages reaching the NLU.
3. "Start over": with ``session_persistence`` the stock channel puts the
   socket in the room of each session it asks for and never takes it out, so
   after "start over" the page would still receive the replies of the old
   conversation. Here a socket leaves its previous session rooms first.
"""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from channels import action_guard, speedups
from channels.guards import (
    TROUBLE_TEXT, MAX_SENDER_CHARS, MessageRate, PendingMessages, Rejection, check_metadata, clean_sender,
    clean_text,
)

logger = logging.getLogger(__name__)


def _origins(configured: Any) -> List[str]:
    if configured is None:
        configured = os.environ.get("WEBCHAT_ORIGIN", "")
    if isinstance(configured, str):
        configured = configured.replace(",", " ").split()
    return [str(origin).rstrip("/") for origin in configured if origin]


def _own_origin(environ: Dict[str, Any]) -> Optional[str]:
    """The server's own origin, as python-engineio's same-origin default sees it."""
    host = environ.get("HTTP_HOST")
    scheme = environ.get("wsgi.url_scheme", "http")
    scheme = {"ws": "http", "wss": "https"}.get(scheme, scheme)
    return f"{scheme}://{host}" if host else None


class GuardedSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with the checks described in the module doc."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = dict(credentials or {})
        action_guard.install()
        speedups.install()
        allowed = _origins(credentials.pop("allowed_origins", None))
        channel = super().from_credentials(credentials)
        channel.allowed_origins = allowed
        return channel

    allowed_origins: List[str] = []

    def origin_allowed(self, environ: Dict[str, Any]) -> bool:
        origin = environ.get("HTTP_ORIGIN")
        if not origin:
            return True  # not a browser: an Origin header proves nothing there
        origin = origin.rstrip("/")
        return origin in self.allowed_origins or origin == _own_origin(environ)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        pending = PendingMessages()
        rate = MessageRate()
        blueprint = super().blueprint(_answering(on_new_message))
        sio = self.sio
        namespace = self.namespace or "/"
        handlers = sio.handlers[namespace]
        stock_connect = handlers["connect"]
        stock_session_request = handlers["session_request"]
        stock_message = handlers[self.user_message_evt]

        async def reply(sid: str, text: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=self.namespace)

        async def connect(sid: Text, environ: Dict, auth: Optional[Dict] = None) -> bool:
            if not self.origin_allowed(environ):
                logger.warning("socketio: refused a connection from origin %r", environ.get("HTTP_ORIGIN"))
                return False
            return await stock_connect(sid, environ, auth)

        async def session_request(sid: Text, data: Any = None) -> None:
            if not isinstance(data, dict):
                data = {}
            session_id = data.get("session_id")
            if session_id is not None:
                try:
                    clean_sender(session_id, "session_id")
                except Rejection:
                    data = {**data, "session_id": None}  # the stock handler makes a new one
            if self.session_persistence:
                for room in _session_rooms(sio.rooms(sid, namespace=self.namespace), sid):
                    sio.leave_room(sid, room, namespace=self.namespace)
            await stock_session_request(sid, data)

        async def handle_message(sid: Text, data: Any = None) -> None:
            if not isinstance(data, dict):
                await reply(sid, _rejected(Rejection(400, "invalid_body", "", "")).reply)
                return
            try:
                sender = data.get("session_id") if self.session_persistence else sid
                if self.session_persistence:
                    sender = clean_sender(sender, "session_id")
                    if sender not in sio.rooms(sid, namespace=self.namespace):
                        # only a socket that asked for this session may talk in it
                        raise Rejection(403, "unknown_session", "", "")
                checked = {
                    **data,
                    "message": clean_text(data.get("message")),
                    self.metadata_key: check_metadata(data.get(self.metadata_key)) or {},
                }
                rate.take(sender)
                pending.acquire(sender)
            except Rejection as rejection:
                logger.debug("socketio: refused a message (%s)", rejection.code)
                await reply(sid, _rejected(rejection).reply)
                return
            try:
                # Answering blocks the event loop, and this socket's next message
                # is read only when the loop is free: a short pause here lets the
                # messages already sent be read and counted (and a flood be told
                # to wait) before this one is answered.
                await asyncio.sleep(0.002)
                await stock_message(sid, checked)
            finally:
                pending.release(sender)

        sio.on("connect", connect, namespace=self.namespace)
        sio.on("session_request", session_request, namespace=self.namespace)
        sio.on(self.user_message_evt, handle_message, namespace=self.namespace)
        return blueprint


def _rejected(rejection: Rejection) -> Rejection:
    if not rejection.reply:
        rejection.reply = "I couldn't read that message. Please reload the page and try again."
    return rejection


def _session_rooms(rooms: Iterable[str], sid: str) -> List[str]:
    """The session rooms a socket is in: all but its own room (its sid)."""
    return [room for room in rooms if room != sid and room is not None
            and isinstance(room, str) and len(room) <= MAX_SENDER_CHARS]


def _answering(
    on_new_message: Callable[[UserMessage], Awaitable[Any]]
) -> Callable[[UserMessage], Awaitable[None]]:
    """on_new_message that answers "I'm having trouble" when Rasa fails."""

    async def handle(message: UserMessage) -> None:
        try:
            await on_new_message(message)
        except Exception as error:  # noqa: BLE001 - every failure gets a reply
            logger.error("socketio: failed to answer a message: %s", type(error).__name__,
                         exc_info=logger.isEnabledFor(logging.DEBUG))
            if isinstance(message.output_channel, SocketIOOutput):
                await message.output_channel.send_text_message(message.sender_id, TROUBLE_TEXT)

    return handle
