"""The REST channel with input checks: POST /webhooks/rest/webhook.

Same URL, request and reply as Rasa's stock ``rest`` channel (it subclasses
it and keeps its name), but a bad request gets a clear JSON error instead of
an HTTP 500, a silent ``[]`` or a minute of blocked server:

| request                                 | stock Rasa 3.6            | here |
|-----------------------------------------|---------------------------|------|
| body not JSON / invalid UTF-8           | 400 (HTML or JSON)        | 400 JSON `invalid_json` / `invalid_utf8` |
| body a list, string or null             | 500                       | 400 `invalid_body` |
| no `sender`                             | joins conversation "default" | 400 `missing_sender` |
| `message` missing / not a string        | 200 `[]`, traceback logged with the text | 400 |
| empty or whitespace-only `message`      | 200 `[]`                  | 400 `empty_message` |
| `message` over MAX_MESSAGE_CHARS        | 14 GB RSS, 60 s, 200 `[]` | 413 `message_too_long` |
| `metadata` not an object                | 200 `[]`, traceback       | 400 `invalid_metadata` |
| more than MAX_PENDING_PER_SENDER waiting | queued behind the lock   | 429 `too_many_pending_messages` |
| more than REST_BURST at once, then REST_RATE_PER_S a second | all processed | 429 `too_many_messages` |
| Rasa fails while answering              | 200 `[]`, text logged at ERROR | 200 with a short "having trouble" reply that says when to seek help; no text logged |

Control characters are replaced by spaces; emoji, markup and SQL-like text
are ordinary text (the tracker store uses bound parameters; the widget
renders replies as text).
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
import rasa.utils.endpoints
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels import action_guard, heap, speedups
from channels.guards import (
    REST_BURST, REST_RATE_PER_S, TROUBLE_TEXT, MessageRate, PendingMessages, Rejection, check_metadata,
    clean_sender, clean_text,
)

logger = logging.getLogger(__name__)


def _error(rejection: Rejection) -> HTTPResponse:
    headers = {"Retry-After": "1"} if rejection.status == 429 else None
    return response.json(rejection.as_json(), status=rejection.status, headers=headers)


def parse_body(request: Request) -> Dict[str, Any]:
    """sender, message, metadata, input_channel of a webhook request, checked."""
    try:
        body = json.loads((request.body or b"").decode("utf-8"))
    except UnicodeDecodeError:
        raise Rejection(400, "invalid_utf8", "the body is not valid UTF-8", "")
    except ValueError:
        raise Rejection(400, "invalid_json",
                        'the body must be JSON: {"sender": "...", "message": "..."}', "")
    if not isinstance(body, dict):
        raise Rejection(400, "invalid_body",
                        'the body must be a JSON object: {"sender": "...", "message": "..."}', "")
    input_channel = body.get("input_channel")
    if input_channel is not None and not (isinstance(input_channel, str) and 0 < len(input_channel) <= 64):
        raise Rejection(400, "invalid_input_channel", "'input_channel' must be a short string", "")
    return {
        "sender": clean_sender(body.get("sender")),
        "message": clean_text(body.get("message")),
        "metadata": check_metadata(body.get("metadata")),
        "input_channel": input_channel or RestInput.name(),
    }


class GuardedRestInput(RestInput):
    """Rasa's REST channel, checking its input first (see the module doc)."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        action_guard.install()
        speedups.install()
        return cls()

    def __init__(self) -> None:
        self.pending = PendingMessages()
        self.rate = MessageRate(REST_BURST, REST_RATE_PER_S)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.listener("after_server_start")  # the model is loaded before_server_start
        async def freeze_model_objects(*_: Any) -> None:
            heap.freeze_loaded_objects()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                fields = parse_body(request)
                self.rate.take(fields["sender"])
                self.pending.acquire(fields["sender"])
            except Rejection as rejection:
                logger.debug("rest: refused a message (%s)", rejection.code)
                return _error(rejection)
            sender = fields["sender"]
            released = False
            try:
                # Rasa answers a message without yielding to the event loop (NLU,
                # policies and SQLite are synchronous), so requests that arrived
                # together would otherwise be taken one by one, each counted and
                # answered before the next is even read. Yielding here lets every
                # waiting request be counted first: a burst from one sender gets
                # its 429s at once, instead of queueing in front of everyone else.
                await asyncio.sleep(0)
                if rasa.utils.endpoints.bool_arg(request, "stream", default=False):
                    async def stream(resp: Any) -> None:
                        try:
                            await self.stream_response(
                                _answering(on_new_message), fields["message"], sender,
                                fields["input_channel"], fields["metadata"],
                            )(resp)
                        finally:
                            self.pending.release(sender)

                    released = True  # the stream releases it when done
                    return response.stream(stream, content_type="text/event-stream")
                collector = CollectingOutputChannel()
                await _answering(on_new_message)(UserMessage(
                    fields["message"], collector, sender,
                    input_channel=fields["input_channel"], metadata=fields["metadata"],
                ))
                return response.json(collector.messages)
            finally:
                if not released:
                    self.pending.release(sender)

        return webhook


def _answering(
    on_new_message: Callable[[UserMessage], Awaitable[Any]]
) -> Callable[[UserMessage], Awaitable[None]]:
    """on_new_message that answers "I'm having trouble" when Rasa fails,
    instead of saying nothing, and logs the failure without the person's text."""

    async def handle(message: UserMessage) -> None:
        try:
            await on_new_message(message)
        except asyncio.CancelledError:
            logger.warning("rest: the client went away before the reply was ready")
            raise
        except Exception as error:  # noqa: BLE001 - every failure gets a reply
            logger.error("rest: failed to answer a message: %s", type(error).__name__,
                         exc_info=logger.isEnabledFor(logging.DEBUG))
            await message.output_channel.send_text_message(message.sender_id, TROUBLE_TEXT)

    return handle
