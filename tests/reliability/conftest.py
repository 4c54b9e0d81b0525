"""Fixtures of the reliability tests.

- `servers` (tests/conftest.py): the shared stack, for tests that leave it as
  they found it (bad input, load, security, logs).
- `fault_stack`: a second stack of our own on other ports, for tests that stop,
  restart or slow down its servers. Its action endpoint gives up after 2 s
  (endpoints.yml says 5) so the tests stay short.
"""
from __future__ import annotations

import asyncio
import os
import socket
import threading
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import requests
import yaml

from scripts.stack import ROOT, Stack, StackConfig

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def new_sender(prefix: str = "rel") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def response_texts(name: str) -> List[str]:
    return [variant.get("text", "") for variant in DOMAIN["responses"].get(name, [])]


def first_paragraphs(response: str) -> set:
    """What the first message of the domain response `response` says."""
    return {text.split("\n\n")[0].strip() for text in response_texts(response)}


def says(said: str, response: str) -> bool:
    """True when `said` (the joined replies) holds a variant of the domain
    response `response`. The channels send each paragraph ("\\n\\n") as a
    message of its own."""
    for text in response_texts(response):
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        if paragraphs and all(p in said for p in paragraphs):
            return True
    return False


def texts(replies: List[Dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def post(stack: Stack, sender: str, message: Any, timeout: float = 30) -> requests.Response:
    return requests.post(f"{stack.config.rasa_url}/webhooks/rest/webhook",
                         json={"sender": sender, "message": message}, timeout=timeout)


class HangingServer:
    """Accepts connections on a port and never answers: a hung action server."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(128)
        self.held: List[socket.socket] = []
        self.stopped = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stopped:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        self.stopped = True
        for conn in self.held:
            conn.close()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        self.thread.join(timeout=5)


@pytest.fixture(scope="session")
def fault_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    model = os.environ.get("MODEL")
    stack = Stack(StackConfig(
        workdir=tmp_path_factory.mktemp("fault-stack"),
        rasa_port=free_port(), action_port=free_port(), webchat_port=free_port(),
        model=Path(model) if model else None,
    ))
    endpoints = yaml.safe_load(stack.endpoints.read_text())
    endpoints["action_endpoint"].update(timeout=2, retry_after=3)
    stack.endpoints.write_text(yaml.safe_dump(endpoints, sort_keys=False))
    try:
        stack.start_actions()
        stack.start_rasa()
        yield stack
    finally:
        stack.stop_all()


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)
