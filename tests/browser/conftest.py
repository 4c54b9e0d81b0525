"""Browser fixtures: Debian's chromium driven by Playwright, one fresh browser
context per chat (its own storage, so its own Rasa session). The servers come
from tests/conftest.py (`servers`)."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Optional

import pytest
import requests

from chatpage import CHROMIUM, CHROMIUM_ARGS, DESKTOP, WEBCHAT, Chat


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make install-browser` (or set CHROMIUM_PATH)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def chat_factory(browser, servers):
    """Chat(viewport=..., bypass_csp=...) on the real web-chat server; each one a
    fresh browser context (its own storage, so its own Rasa session)."""
    contexts = []

    def make(viewport=DESKTOP, bypass_csp: bool = False, url: Optional[str] = None) -> Chat:
        context = browser.new_context(viewport=viewport, bypass_csp=bypass_csp)
        contexts.append(context)
        return Chat(context.new_page(), url or servers.config.webchat_url + "/")

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def chat(chat_factory) -> Chat:
    return chat_factory()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def webchat_without_rasa(tmp_path) -> Iterator[str]:
    """The web-chat server alone, pointed at a port where nothing listens."""
    port, dead = free_port(), free_port()
    log = open(tmp_path / "webchat.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, str(WEBCHAT / "serve.py"), "--port", str(port),
         "--rasa-url", f"http://localhost:{dead}"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://localhost:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if requests.get(url, timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("webchat/serve.py did not start:\n" + (tmp_path / "webchat.log").read_text())
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
