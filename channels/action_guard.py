"""What the Rasa server does when the action server is down or slow.

Rasa 3.6 calls the action server with a fixed 5-minute timeout
(rasa.core.constants.DEFAULT_REQUEST_TIMEOUT, not configurable) and, when the
call fails, logs the error and carries on without a word to the person
(rasa.core.processor.MessageProcessor._run_action). A person would wait five
minutes and then get nothing.

``install()`` wraps ``RemoteAction.run`` so that a custom action call

- gives up after ``timeout`` seconds (``action_endpoint.timeout`` in
  endpoints.yml; default 5: the actions are local and take milliseconds) in
  which the Rasa server could have read the answer (see ``_within``: under
  load the server's own event loop is the slow part);
- on a timeout, a refused connection or an error reply, returns the response
  ``utter_action_server_trouble`` from the domain (or the built-in text in
  channels/guards.py when the domain has none): a short "I'm having trouble"
  that still says when to see a doctor. It is said once per turn, and not
  after a red-flag card (``utter_red_flag*``), which already says what to do;
- for a form's validation action, also clears a form slot that holds the
  person's raw words (a from_text mapping the action would have checked), so
  the form asks that question again; slots the NLU filled stay. The
  conversation goes on where it was when the action server is back;
- after a refused connection, or a second timeout in a row, does not call
  the action server again for ``retry_after`` seconds (default 10), so the
  turns that follow do not wait too.

Red flags are answered by rules with domain responses, which never call the
action server, so they keep working. In the middle of a form, where the
form's validation action would step aside for a red flag (so the rules can
say the card), a failed validation steps aside in its place
(``ActionExecutionRejected``) when the message's intent is a red flag
(``red_flag*``) and no card was said yet this turn. ``ActionExecutionRejection`` (a form
validation saying "not this slot") passes through unchanged.

It is installed by the project's channels (channels/rest.py,
channels/socketio.py) when the Rasa server loads credentials.yml; ``rasa
shell`` does not load them and keeps Rasa's stock behaviour.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import time
from typing import Any, Dict, List, Optional

import aiohttp
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction, create_bot_utterance
from rasa.shared.core.events import ActionExecutionRejected, BotUttered, Event, SlotSet, UserUttered

from channels.guards import TROUBLE_RESPONSE, TROUBLE_TEXT

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 5.0
DEFAULT_RETRY_AFTER = 10.0
BUSY_LOOP_S = 0.25  # one pass through the event loop's queue longer than this: the server is busy
LAG_CAP = 6  # a busy server gives an answer at most 6 x timeout

RED_FLAG_PREFIX = "utter_red_flag"  # domain responses that answer a red flag
RED_FLAG_INTENT_PREFIX = "red_flag"  # intents of a red flag (red_flag_emergency, red_flag_urgent)

TIMEOUTS_FOR_OUTAGE = 2  # timeouts in a row before the pause (a refused connection: at once)

_open_until: Dict[str, float] = {}  # action server URL -> monotonic time to try again
_timeouts: Dict[str, int] = {}  # action server URL -> timeouts in a row


class ActionServerUnavailable(Exception):
    pass


def _setting(endpoint: Any, key: str, default: float) -> float:
    try:
        return float((getattr(endpoint, "kwargs", None) or {}).get(key, default))
    except (TypeError, ValueError):
        return default


def _is_outage(error: BaseException) -> bool:
    """A timeout or no connection (not an error reply of a running server)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, (asyncio.TimeoutError, aiohttp.ClientConnectionError,
                              ActionServerUnavailable)):
            return True
        error = error.__cause__ or error.__context__
    return False


def _already_answered_this_turn(tracker: Any) -> bool:
    """True when this turn already said the trouble reply or a red-flag card
    (which says what to do more precisely than the trouble reply)."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered):
            said = event.metadata.get("utter_action") or ""
            if said == TROUBLE_RESPONSE or said.startswith(RED_FLAG_PREFIX) or event.text == TROUBLE_TEXT:
                return True
    return False


def _red_flag_card_this_turn(tracker: Any) -> bool:
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, BotUttered) and (event.metadata.get("utter_action") or "").startswith(RED_FLAG_PREFIX):
            return True
    return False


async def trouble_events(action: RemoteAction, nlg: Any, tracker: Any, domain: Any,
                         output_channel: Any) -> List[Event]:
    events: List[Event] = []
    form = action.name()[len("validate_"):] if action.name().startswith("validate_") else None
    intent = ((tracker.latest_message.intent or {}).get("name") or "") if tracker.latest_message else ""
    if form and form in domain.form_names and intent.startswith(RED_FLAG_INTENT_PREFIX) \
            and not _red_flag_card_this_turn(tracker):
        # A red flag said in the middle of the form: the validation action would
        # make the form step aside so that the rules say the red-flag card. Do
        # the same, so the card does not depend on the action server.
        return [ActionExecutionRejected(form)]
    if form and form in domain.form_names:
        # A form slot that holds the person's raw words (a from_text mapping)
        # is unchecked: clear it so the form asks again. Slots the NLU filled
        # with typed values stay.
        required = set(domain.required_slots_for_form(form))
        text = (tracker.latest_message.text or "") if tracker.latest_message else ""
        for event in reversed(tracker.events):
            if isinstance(event, UserUttered):
                break
            if isinstance(event, SlotSet) and event.key in required and text and event.value == text:
                events.append(SlotSet(event.key, None))
    if not _already_answered_this_turn(tracker):
        message: Optional[Dict[str, Any]] = None
        if TROUBLE_RESPONSE in domain.responses:
            message = await nlg.generate(TROUBLE_RESPONSE, tracker, output_channel.name())
        message = dict(message or {"text": TROUBLE_TEXT})
        message["utter_action"] = TROUBLE_RESPONSE
        events.insert(0, create_bot_utterance(message))
    return events


async def _within(coroutine: Any, timeout: float) -> Any:
    """The coroutine's result, or asyncio.TimeoutError after `timeout` seconds
    in which this server could have read the answer.

    Rasa answers messages without yielding to the event loop, so under load
    (50 conversations at once) the loop can be busy for seconds before it reads
    an answer that has long arrived: a plain timeout then blames a healthy
    action server (and, with the pause after an outage, says "trouble" to
    everyone). When the time is up, the loop is asked how busy it is (how long
    one pass through its queue takes); while it is busy, the answer gets that
    much more time, up to LAG_CAP x timeout in all.
    """
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(coroutine)
    started = loop.time()
    deadline = started + timeout
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=max(0.0, deadline - loop.time()))
            if done:
                return task.result()
            before = loop.time()
            await asyncio.sleep(0)  # one pass through the loop's queue
            lag = loop.time() - before
            if task.done():
                return task.result()
            if lag < BUSY_LOOP_S or loop.time() - started >= LAG_CAP * timeout:
                raise asyncio.TimeoutError()
            deadline = loop.time() + max(lag, BUSY_LOOP_S)
    finally:
        if not task.done():
            task.cancel()


def install() -> None:
    """Wrap RemoteAction.run (once) as described in the module doc."""
    if getattr(RemoteAction.run, "_action_guard", False):
        return
    stock_run = RemoteAction.run

    @functools.wraps(stock_run)
    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
                  domain: Any) -> List[Event]:
        endpoint = self.action_endpoint
        url = getattr(endpoint, "url", None) or ""
        timeout = _setting(endpoint, "timeout", DEFAULT_TIMEOUT)
        try:
            if _open_until.get(url, 0.0) > time.monotonic():
                raise ActionServerUnavailable("the action server failed moments ago")
            events = await _within(stock_run(self, output_channel, nlg, tracker, domain), timeout)
            _open_until.pop(url, None)
            _timeouts.pop(url, None)
            return events
        except ActionExecutionRejection:
            raise
        except Exception as error:  # noqa: BLE001 - the person gets an answer whatever failed
            if isinstance(error, asyncio.TimeoutError):
                # one slow answer can be a busy moment; two in a row is a hung server
                _timeouts[url] = _timeouts.get(url, 0) + 1
                outage = _timeouts[url] >= TIMEOUTS_FOR_OUTAGE
            else:
                outage = _is_outage(error)
            if outage and not isinstance(error, ActionServerUnavailable):
                _open_until[url] = time.monotonic() + _setting(endpoint, "retry_after", DEFAULT_RETRY_AFTER)
            events = await trouble_events(self, nlg, tracker, domain, output_channel)
            if any(isinstance(e, ActionExecutionRejected) for e in events):
                outcome = "the form steps aside for the red-flag rules"
            elif any(isinstance(e, BotUttered) for e in events):
                outcome = f"said {TROUBLE_RESPONSE}"
            else:
                outcome = "this turn has already said what to do"
            # the error's type only: some errors quote the reply, which may hold health data
            logger.error("custom action '%s' failed (%s%s); %s", self.name(), type(error).__name__,
                         f" after {timeout:g} s" if isinstance(error, asyncio.TimeoutError) else "", outcome)
            return events

    run._action_guard = True  # type: ignore[attr-defined]
    RemoteAction.run = run  # type: ignore[assignment]
