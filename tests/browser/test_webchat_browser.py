"""The web chat in a real browser (Debian's chromium, Playwright) against the
real action, Rasa and web-chat servers (`servers` in tests/conftest.py).

What a person does and sees: a reply to a message, answer buttons, a reload
that keeps the conversation, "Start over", urgency cards, HTML that stays
text, a server restart in the middle, an unreachable server, the keyboard, a
phone-sized screen; and axe-core's accessibility check."""
from __future__ import annotations

import json
import re
import time

import pytest

from chatpage import DESKTOP, PHONE, RESULTS, Chat

pytestmark = pytest.mark.browser

SYMPTOMS = "my right calf cramps after about 2 blocks and goes away if I stop for a minute"
EMERGENCY = "sudden severe pain in my leg and my foot has gone cold and white"
URGENT = "I have a sore on my big toe that won't heal"
XSS = "<img src=x onerror=alert(1)>"
# Free-text answers for questions that come without buttons, in a plausible order.
ANSWERS = ["about 200 metres", "a minute or two", "yes I smoke", "I'm 64", "no", "no"]

RED = "rgb(213, 40, 27)"  # NHS red, #d5281b


def plain(text: str) -> str:
    return " ".join(text.replace("**", "").split())


def test_a_message_gets_the_bots_reply(chat: Chat) -> None:
    chat.open()
    assert chat.bot.first.inner_text().strip(), "the bot greets when a conversation starts"
    replies = chat.send(SYMPTOMS)
    assert replies and all(r.strip() for r in replies)
    assert chat.user.last.inner_text().strip().endswith(SYMPTOMS)
    assert chat.page.locator(".lpc-typing").is_hidden()
    assert not chat.errors


def test_a_button_answers_a_question(chat: Chat, servers) -> None:
    chat.open()
    chat.send(SYMPTOMS)
    buttons = chat.last_buttons()
    assert buttons.count() >= 2, "the bot asks a closed question with answer buttons"
    before = chat.bot.count()
    group = chat.bot.nth(before - 1).locator(".lpc-replies")
    assert group.get_attribute("role") == "group"
    title = chat.click_reply()
    assert chat.bot.count() > before, "the answer gets a reply"
    assert chat.user.last.inner_text().strip().endswith(title)
    # usable once: every button of that question is now disabled, the chosen one marked
    assert all(group.locator(".lpc-reply").nth(i).is_disabled() for i in range(group.locator(".lpc-reply").count()))
    assert group.locator(".lpc-reply--chosen").inner_text().startswith(title)
    # the server heard the button's payload in this session
    events = servers.tracker(chat.session_id())["events"]
    assert sum(1 for e in events if e["event"] == "user") >= 3  # greeting payload, symptoms, answer


def test_a_reload_keeps_the_conversation(chat: Chat, servers) -> None:
    chat.open()
    chat.send(SYMPTOMS)
    session, shown = chat.session_id(), chat.texts()
    chat.page.reload()
    chat.wait_connected()
    assert chat.texts() == shown
    assert chat.session_id() == session
    chat.send("no")
    said = [e.get("text") for e in servers.tracker(session)["events"] if e["event"] == "user"]
    assert SYMPTOMS in said and "no" in said, "the same Rasa session goes on after the reload"


def test_start_over_clears_the_conversation(chat: Chat, servers) -> None:
    chat.open()
    chat.send(SYMPTOMS)
    old = chat.session_id()
    chat.page.get_by_role("button", name="Start over").click()
    chat.wait_replies(0)  # a new greeting
    assert chat.user.count() == 0
    assert SYMPTOMS not in " ".join(chat.texts())
    new = chat.session_id()
    assert new and new != old
    assert chat.page.evaluate("() => document.activeElement === document.querySelector('.legpain-chat')")
    said = [e.get("text") for e in servers.tracker(new)["events"] if e["event"] == "user"]
    assert SYMPTOMS not in said
    chat.page.reload()
    chat.wait_connected()
    assert chat.user.count() == 0, "the cleared conversation stays cleared after a reload"


def test_a_red_flag_shows_an_emergency_card(chat: Chat, servers) -> None:
    chat.open()
    chat.send(EMERGENCY)
    card = chat.page.locator(".lpc-card--emergency").last
    assert card.is_visible()
    label = card.locator(".lpc-card__label").inner_text()
    title = card.locator(".lpc-card__title").inner_text().strip()
    body = card.locator(".lpc-card__body").inner_text().strip()
    assert re.search("immediate action", label, re.I) and title and body
    # the action comes first: the heading (with the title) is above the body
    assert card.locator(".lpc-card__heading").bounding_box()["y"] < card.locator(".lpc-card__body").bounding_box()["y"]
    assert card.locator(".lpc-card__heading").evaluate("e => getComputedStyle(e).backgroundColor") == RED
    # the same words reach REST clients as plain text
    rest = plain(" ".join(m.get("text", "") for m in servers.send("rest-emergency-check", EMERGENCY)))
    assert plain(title) in rest and plain(body) in rest, "the card's words are the REST channel's words"


def test_urgent_and_emergency_cards_look_distinct(chat: Chat) -> None:
    chat.open()
    chat.send(URGENT)
    urgent = chat.page.locator(".lpc-card--urgent").last
    assert urgent.is_visible()
    assert re.search("urgent", urgent.locator(".lpc-card__label").inner_text(), re.I)
    chat.send(EMERGENCY)
    emergency = chat.page.locator(".lpc-card--emergency").last
    assert emergency.is_visible()
    style = "e => getComputedStyle(e).backgroundColor"
    assert urgent.locator(".lpc-card__body").evaluate(style) != emergency.locator(".lpc-card__body").evaluate(style)
    assert urgent.locator(".lpc-card__label").inner_text() != emergency.locator(".lpc-card__label").inner_text()


def test_html_in_a_message_is_shown_as_text_and_runs_nothing(chat: Chat) -> None:
    chat.open()
    chat.page.evaluate("() => { window.__alerted = false; window.alert = () => { window.__alerted = true; }; }")
    chat.send(XSS)
    time.sleep(1)
    assert chat.user.last.locator(".lpc-bubble").inner_text() == XSS
    assert chat.page.locator(".lpc-log img").count() == 0
    assert chat.dialogs == []
    assert chat.page.evaluate("() => window.__alerted") is False
    assert not chat.errors


def test_a_server_restart_mid_conversation_recovers(chat: Chat, servers) -> None:
    chat.open()
    chat.send(SYMPTOMS)
    session = chat.session_id()
    chat.record_statuses()
    servers.stop_rasa()
    try:
        chat.wait_status("Connection lost|Can.t reach the helper")
        # a message written while the server is down waits and is sent once it is back
        chat.input.fill("no")
        chat.input.press("Enter")
        chat.wait_status("will be sent when the connection is back", timeout=5)
        assert chat.page.locator(".lpc-typing").is_hidden()
        before = chat.bot.count()
    finally:
        servers.start_rasa()
    chat.wait_replies(before, timeout=60)
    chat.wait_status("Connected again", timeout=10)
    assert chat.session_id() == session
    assert chat.send("yes")
    said = [e.get("text") for e in servers.tracker(session)["events"] if e["event"] == "user"]
    assert SYMPTOMS in said and "no" in said and "yes" in said, "the conversation goes on in the same session"


def test_an_unreachable_server_is_said_plainly(browser, webchat_without_rasa) -> None:
    context = browser.new_context(viewport=DESKTOP, bypass_csp=True)  # bypass: to inject axe-core
    try:
        chat = Chat(context.new_page(), webchat_without_rasa)
        chat.page.goto(chat.url)
        chat.status.filter(has_text="Can\u2019t reach the helper").wait_for(timeout=20_000)
        assert chat.page.get_by_role("button", name="Try now").is_visible()
        chat.input.fill("hello?")
        chat.input.press("Enter")
        assert chat.user.last.inner_text().strip().endswith("hello?")
        chat.status.filter(has_text="will be sent when the connection is back").wait_for(timeout=5_000)
        assert chat.page.locator(".lpc-typing").is_hidden(), "no endless typing dots"
        serious = [v["id"] for v in chat.axe()["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, "the warning colours are accessible too"
    finally:
        context.close()


def test_everything_works_by_keyboard_with_visible_focus(chat: Chat) -> None:
    chat.open()
    page = chat.page
    deepest = """() => { let e = document.activeElement;
                         while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                         return e; }"""

    def focused() -> str:
        return page.evaluate(f"() => ({deepest})().className")

    def focus_ring() -> str:
        return page.evaluate(f"() => {{ const s = getComputedStyle(({deepest})()); return s.outlineStyle + ' ' + s.boxShadow; }}")

    seen = []
    for _ in range(8):
        page.keyboard.press("Tab")
        seen.append(focused())
        if seen[-1].startswith("lpc"):
            ring = focus_ring()
            assert not ring.startswith("none") and "rgb" in ring, f"no visible focus on {seen[-1]}: {ring}"
        if seen[-1] == "lpc-send":
            break
    assert [c for c in seen if c.startswith("lpc")] == ["lpc-restart", "lpc-log", "lpc-input", "lpc-send"], seen
    # type and send with the keyboard alone
    page.keyboard.press("Shift+Tab")
    assert focused() == "lpc-input"
    page.keyboard.type(SYMPTOMS)
    before = chat.bot.count()
    page.keyboard.press("Enter")
    chat.wait_replies(before)
    assert chat.user.last.inner_text().strip().endswith(SYMPTOMS)
    # reach an answer button with Shift+Tab and press it with the space bar
    assert chat.last_buttons().count(), "the reply has answer buttons"
    for _ in range(15):
        page.keyboard.press("Shift+Tab")
        if "lpc-reply" in focused():
            break
    assert "lpc-reply" in focused()
    before = chat.bot.count()
    page.keyboard.press("Space")
    chat.wait_replies(before)
    assert chat.page.locator(".lpc-reply--chosen").count() == 1
    assert focused() == "lpc-input", "after an answer button, focus goes back to the message field"


def test_the_embedded_launcher_opens_and_closes_by_keyboard(chat_factory, servers) -> None:
    chat = chat_factory(url=servers.config.webchat_url + "/embed.html")
    page = chat.page
    page.goto(chat.url)
    launcher = page.locator(".lpc-launcher")
    assert launcher.get_attribute("aria-expanded") == "false"
    assert page.locator(".lpc-panel").is_hidden()
    assert launcher.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(0, 127, 59)"  # data-primary-color
    launcher.focus()
    page.keyboard.press("Enter")
    assert page.locator(".lpc-panel").is_visible()
    chat.wait_connected()
    chat.wait_replies(0)  # the greeting comes once the chat is opened
    assert page.evaluate("() => document.querySelector('.legpain-chat').shadowRoot.activeElement.className") == "lpc-input"
    assert chat.send(SYMPTOMS)
    page.keyboard.press("Escape")
    assert page.locator(".lpc-panel").is_hidden()
    assert page.evaluate("() => document.querySelector('.legpain-chat').shadowRoot.activeElement.className") == "lpc-launcher"
    assert launcher.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert chat.user.last.inner_text().strip().endswith(SYMPTOMS), "closing and opening keeps the conversation"


def test_it_fits_a_360_pixel_phone(chat_factory) -> None:
    chat = chat_factory(viewport=PHONE)
    chat.open()
    chat.send(URGENT)
    page = chat.page
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    for selector in (".lpc-input", ".lpc-send", ".lpc-restart", ".lpc-card"):
        box = page.locator(selector).last.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 0.5, selector
    send = page.locator(".lpc-send").bounding_box()
    assert send["height"] >= 44 and send["width"] >= 44, "touch target at least 44 x 44 px"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violations(chat_factory, viewport) -> None:
    chat = chat_factory(viewport=viewport, bypass_csp=True)  # to inject axe-core
    chat.open()
    chat.send(SYMPTOMS)  # answer buttons
    chat.send(EMERGENCY)  # an emergency card
    chat.send(URGENT)  # an urgent card
    chat.page.get_by_label("Your message").focus()
    result = chat.axe()
    RESULTS.mkdir(exist_ok=True)
    name = "desktop" if viewport is DESKTOP else "phone"
    summary = [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": len(v["nodes"])}
        for v in result["violations"]
    ]
    (RESULTS / f"webchat-axe-{name}.json").write_text(json.dumps(summary, indent=2) + "\n")
    bad = [v for v in summary if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, indent=2)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_screenshots_of_a_full_conversation(chat_factory, viewport) -> None:
    chat = chat_factory(viewport=viewport)
    chat.open()
    chat.converse(SYMPTOMS, ANSWERS)
    chat.send(URGENT)
    assert chat.user.count() >= 2 and chat.page.locator(".lpc-card").count() >= 1
    chat.fit_to_conversation(viewport["width"])
    RESULTS.mkdir(exist_ok=True)
    name = "desktop" if viewport is DESKTOP else "phone"
    path = RESULTS / f"webchat-{name}.png"
    chat.page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
