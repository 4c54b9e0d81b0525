"""Shared fixtures. `servers` starts the real action, Rasa and web-chat servers
once per test session, on free ports, with their own tracker database."""
from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Iterator

import pytest

from scripts.stack import Stack, StackConfig


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    model = os.environ.get("MODEL")
    config = StackConfig(
        workdir=tmp_path_factory.mktemp("stack"),
        rasa_port=_free_port(),
        action_port=_free_port(),
        webchat_port=_free_port(),
        model=Path(model) if model else None,
    )
    stack = Stack(config)
    try:
        stack.start_all()
        yield stack
    finally:
        stack.stop_all()
