"""The web chat as a person uses it in one browser tab: `Chat` types, presses
Enter, clicks buttons, and waits for the bot the way a person does (until the
replies stop coming). Shared by the browser tests and their fixtures."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import List, Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEBCHAT = ROOT / "webchat"
RESULTS = ROOT / "results"
AXE = WEBCHAT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
REPLY_TIMEOUT = 45.0  # seconds: the first reply of a fresh Rasa server can be slow


class Chat:
    """One person's view of the web chat in one browser tab."""

    def __init__(self, page, url: str) -> None:
        self.page = page
        self.url = url
        self.dialogs: List[str] = []
        self.errors: List[str] = []
        page.on("dialog", self._on_dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.set_default_timeout(REPLY_TIMEOUT * 1000)

    def _on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    # --- what is on the screen ------------------------------------------------
    @property
    def host(self):
        return self.page.locator(".legpain-chat")

    @property
    def log(self):
        return self.page.locator(".lpc-log")

    @property
    def bot(self):
        return self.page.locator(".lpc-msg--bot")

    @property
    def user(self):
        return self.page.locator(".lpc-msg--user")

    @property
    def input(self):
        return self.page.get_by_label("Your message")

    @property
    def status(self):
        return self.page.locator(".lpc-status__text")

    def texts(self) -> List[str]:
        return [t.strip() for t in self.page.locator(".lpc-msg").all_inner_texts()]

    def session_id(self) -> Optional[str]:
        return self.page.evaluate(
            """() => {
                for (const store of [sessionStorage, localStorage]) {
                    for (let i = 0; i < store.length; i++) {
                        const key = store.key(i);
                        if (key.startsWith('legpain-chat:')) return JSON.parse(store.getItem(key)).sessionId;
                    }
                }
                return null;
            }"""
        )

    def record_statuses(self) -> None:
        """From now on, remember every text the status line shows (some show briefly)."""
        self.page.evaluate(
            """() => {
                const status = document.querySelector('.legpain-chat').shadowRoot.querySelector('.lpc-status__text');
                window.__statuses = [];
                new MutationObserver(() => { if (status.textContent) window.__statuses.push(status.textContent); })
                    .observe(status, {childList: true, characterData: true, subtree: true});
            }"""
        )

    def statuses(self) -> List[str]:
        return self.page.evaluate("() => window.__statuses || []")

    def wait_status(self, pattern: str, timeout: float = 20.0) -> None:
        """Wait until the status line has shown text matching `pattern` (since record_statuses)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(re.search(pattern, text) for text in self.statuses()):
                return
            time.sleep(0.2)
        raise AssertionError(f"the status line never said /{pattern}/; it said {self.statuses()}")

    # --- doing things -----------------------------------------------------------
    def open(self, greeting: bool = True) -> "Chat":
        self.page.goto(self.url)
        self.wait_connected()
        if greeting:
            self.wait_replies(0)
        return self

    def wait_connected(self, timeout: float = REPLY_TIMEOUT) -> None:
        self.page.wait_for_selector(
            ".legpain-chat[data-connection=ready], .legpain-chat[data-connection=reconnected]",
            state="attached", timeout=timeout * 1000,
        )

    def wait_replies(self, before: int, timeout: float = REPLY_TIMEOUT, quiet: float = 2.0) -> int:
        """Wait until there are more than `before` bot messages and no more come
        for `quiet` seconds with the typing indicator gone; the new count."""
        deadline = time.monotonic() + timeout
        self.page.wait_for_function(
            "n => document.querySelector('.legpain-chat').shadowRoot"
            ".querySelectorAll('.lpc-msg--bot').length > n",
            arg=before, timeout=timeout * 1000,
        )
        count, since = self.bot.count(), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.2)
            now = self.bot.count()
            typing = self.page.locator(".lpc-typing").is_visible()
            if now != count or typing:
                count, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return count
        return count

    def send(self, text: str) -> List[str]:
        """Type a message, press Enter, wait for the replies; their texts."""
        before = self.bot.count()
        self.input.fill(text)
        self.input.press("Enter")
        after = self.wait_replies(before)
        return [self.bot.nth(i).inner_text() for i in range(before, after)]

    def last_buttons(self, wait: float = 10.0):
        """The answer buttons of the last bot message, waiting a little for them
        (a reply may come in parts, the question last)."""
        buttons = self.bot.last.locator(".lpc-reply")
        try:
            buttons.first.wait_for(state="attached", timeout=wait * 1000)
        except Exception:  # noqa: BLE001 (Playwright's TimeoutError): no buttons
            pass
        return self.bot.last.locator(".lpc-reply")

    def click_reply(self, title: Optional[str] = None) -> str:
        """Click an answer button of the last bot message (by title, else the
        first); the title clicked."""
        buttons = self.last_buttons()
        if title is None:
            button = buttons.first
        else:
            button = self.bot.last.get_by_role("button", name=title, exact=True)
        clicked = button.inner_text().strip()
        before = self.bot.count()
        button.click()
        self.wait_replies(before)
        return clicked

    def converse(self, opening: str, answers: List[str], max_turns: int = 12) -> None:
        """A whole interview: the opening message, then each question answered
        until the bot stops asking. A question with buttons (they offer "No" or
        "Not sure") gets "No" when offered, else its first answer; a question
        without buttons gets the next scripted answer. Buttons without either
        (the summary's follow-ups) end it."""
        self.send(opening)
        scripted = list(answers)
        for _ in range(max_turns):
            last = self.bot.last
            buttons = last.locator(".lpc-reply:not([disabled])")
            titles = [b.strip() for b in buttons.all_inner_texts()] if buttons.count() else []
            if titles and ("No" in titles or "Not sure" in titles):
                choices = [t for t in titles if t != "Not sure"] or titles
                self.click_reply("No" if "No" in choices else choices[0])
            elif not titles and last.inner_text().strip().endswith("?") and scripted:
                self.send(scripted.pop(0))
            else:
                return

    def fit_to_conversation(self, width: int, max_height: int = 6000) -> None:
        """Make the window tall enough to show the whole conversation, for a screenshot."""
        extra = self.page.evaluate(
            """() => {
                const log = document.querySelector('.legpain-chat').shadowRoot.querySelector('.lpc-log');
                return log.scrollHeight - log.clientHeight;
            }"""
        )
        height = self.page.viewport_size["height"] + max(0, extra)
        self.page.set_viewport_size({"width": width, "height": min(max_height, height)})
        self.page.evaluate(
            "() => { const a = document.querySelector('.legpain-chat').shadowRoot.activeElement; if (a) a.blur(); }"
        )
        time.sleep(0.5)

    def axe(self, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")) -> dict:
        """axe-core's verdict on the page as it is now (needs a CSP-bypassing context)."""
        if not AXE.exists():
            pytest.fail(f"{AXE} is missing: run `make install` (npm ci in webchat/)")
        self.page.add_script_tag(path=str(AXE))
        return self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            list(tags),
        )
