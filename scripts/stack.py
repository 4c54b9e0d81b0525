"""Start, stop and talk to the assistant's servers.

One place for the command lines of the action server, the Rasa server and the
web-chat server, used by `make run` (``python -m scripts.stack run``) and by
the end-to-end and browser tests (``tests/conftest.py``).
"""
from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests
import yaml

ROOT = Path(__file__).resolve().parent.parent


class StackError(RuntimeError):
    pass


@dataclass
class StackConfig:
    workdir: Path  # endpoints copy, tracker database, logs, API token
    rasa_port: int = 5005
    action_port: int = 5055
    webchat_port: int = 8080
    host: str = "127.0.0.1"
    model: Optional[Path] = None  # None: the newest model under models/
    token: Optional[str] = None  # None: read or create workdir/api_token
    extra_env: Dict[str, str] = field(default_factory=dict)

    @property
    def rasa_url(self) -> str:
        return f"http://localhost:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://localhost:{self.action_port}"

    @property
    def webchat_url(self) -> str:
        return f"http://localhost:{self.webchat_port}"


def newest_model(models_dir: Path = ROOT / "models") -> Path:
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise StackError(f"no trained model in {models_dir}: run `make train` first")
    return models[-1]


def _api_token(config: StackConfig) -> str:
    if config.token:
        return config.token
    path = config.workdir / "api_token"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(32))
        path.chmod(0o600)
    return path.read_text().strip()


class Stack:
    def __init__(self, config: StackConfig) -> None:
        self.config = config
        config.workdir.mkdir(parents=True, exist_ok=True)
        (config.workdir / "logs").mkdir(exist_ok=True)
        self.token = _api_token(config)
        self.model = config.model or newest_model()
        self.endpoints = self._write_endpoints()
        self.processes: Dict[str, subprocess.Popen] = {}

    # --- configuration -----------------------------------------------------
    def _write_endpoints(self) -> Path:
        """endpoints.yml with this stack's action port and tracker database."""
        endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
        endpoints["action_endpoint"]["url"] = f"{self.config.action_url}/webhook"
        if endpoints.get("tracker_store", {}).get("dialect") == "sqlite":
            endpoints["tracker_store"]["db"] = str(self.config.workdir / "tracker.db")
        path = self.config.workdir / "endpoints.yml"
        path.write_text(yaml.safe_dump(endpoints, sort_keys=False))
        return path

    def _env(self) -> Dict[str, str]:
        env = dict(os.environ)
        env.update(
            RASA_TELEMETRY_ENABLED="false",
            TF_CPP_MIN_LOG_LEVEL="2",
            SQLALCHEMY_SILENCE_UBER_WARNING="1",
            PYTHONPATH=str(ROOT),
            WEBCHAT_ORIGIN=self.config.webchat_url,
            # Rasa's listen backlog (default 100): a burst of connections beyond
            # it is reset by the kernel instead of waiting its turn.
            SANIC_BACKLOG=os.environ.get("SANIC_BACKLOG", "1024"),
        )
        env.update(self.config.extra_env)
        return env

    # --- processes ---------------------------------------------------------
    def _start(self, name: str, args: List[str], ready_url: str, timeout: float) -> None:
        if name in self.processes and self.processes[name].poll() is None:
            return
        log = open(self.config.workdir / "logs" / f"{name}.log", "ab")
        proc = subprocess.Popen(
            args, cwd=ROOT, env=self._env(), stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes[name] = proc
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise StackError(f"{name} exited with {proc.returncode}:\n{self.log_tail(name)}")
            try:
                if requests.get(ready_url, timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        self._stop(name)
        raise StackError(f"{name} not ready after {timeout:.0f} s:\n{self.log_tail(name)}")

    def _stop(self, name: str) -> None:
        proc = self.processes.pop(name, None)
        if proc is None or proc.poll() is not None:
            return
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def log_tail(self, name: str, lines: int = 30) -> str:
        path = self.config.workdir / "logs" / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def start_actions(self) -> None:
        self._start(
            "actions",
            [sys.executable, "-m", "rasa", "run", "actions", "--actions", "actions",
             "--port", str(self.config.action_port)],
            f"{self.config.action_url}/health", timeout=60,
        )

    def stop_actions(self) -> None:
        self._stop("actions")

    def start_rasa(self) -> None:
        self._start(
            "rasa",
            [sys.executable, "-m", "rasa", "run", "--model", str(self.model),
             "--enable-api", f"--auth-token={self.token}",  # "=": a token may start with "-"
             "--cors", self.config.webchat_url,
             "--interface", self.config.host, "--port", str(self.config.rasa_port),
             "--credentials", str(ROOT / "credentials.yml"),
             "--endpoints", str(self.endpoints)],
            f"{self.config.rasa_url}/", timeout=180,
        )
        self._wait_model_loaded()

    def _wait_model_loaded(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = requests.get(f"{self.config.rasa_url}/status", params={"token": self.token}, timeout=5)
            if reply.ok and reply.json().get("model_id"):
                return
            time.sleep(0.5)
        raise StackError("Rasa server started but no model loaded:\n" + self.log_tail("rasa"))

    def stop_rasa(self) -> None:
        self._stop("rasa")

    def restart_rasa(self) -> None:
        self.stop_rasa()
        self.start_rasa()

    def start_webchat(self) -> None:
        serve = ROOT / "webchat" / "serve.py"
        if not serve.exists():
            return
        self._start(
            "webchat",
            [sys.executable, str(serve), "--host", self.config.host,
             "--port", str(self.config.webchat_port), "--rasa-url", self.config.rasa_url],
            f"{self.config.webchat_url}/", timeout=30,
        )

    def stop_webchat(self) -> None:
        self._stop("webchat")

    def start_all(self) -> None:
        self.start_actions()
        self.start_rasa()
        self.start_webchat()

    def stop_all(self) -> None:
        for name in list(self.processes):
            self._stop(name)

    # --- talking to it -----------------------------------------------------
    def send(self, sender: str, text: str, timeout: float = 30) -> List[Dict[str, Any]]:
        """One message over the REST channel; the bot's replies."""
        reply = requests.post(
            f"{self.config.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text}, timeout=timeout,
        )
        reply.raise_for_status()
        return reply.json()

    def tracker(self, sender: str, include_events: str = "AFTER_RESTART") -> Dict[str, Any]:
        """The conversation as Rasa's tracker endpoint gives it (``include_events="ALL"``: also
        what came before a restart)."""
        reply = requests.get(
            f"{self.config.rasa_url}/conversations/{sender}/tracker",
            params={"token": self.token, "include_events": include_events}, timeout=30,
        )
        reply.raise_for_status()
        return reply.json()

    def parse(self, text: str) -> Dict[str, Any]:
        reply = requests.post(
            f"{self.config.rasa_url}/model/parse", params={"token": self.token},
            json={"text": text}, timeout=30,
        )
        reply.raise_for_status()
        return reply.json()


def _run(args: argparse.Namespace) -> None:
    config = StackConfig(workdir=ROOT / "var", rasa_port=args.rasa_port,
                         action_port=args.action_port, webchat_port=args.webchat_port)
    stack = Stack(config)
    print(f"model: {stack.model.relative_to(ROOT)}")
    stopping = False

    def stop(*_: Any) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            print("\nstopping ...", flush=True)
            stack.stop_all()
            sys.exit(0)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    try:
        for name, start in (("action server", stack.start_actions), ("Rasa server", stack.start_rasa),
                            ("web chat", stack.start_webchat)):
            print(f"starting the {name} ...", flush=True)
            start()
    except StackError as error:
        stack.stop_all()
        sys.exit(f"error: {error}")
    web = (ROOT / "webchat" / "serve.py").exists()
    print(f"""
Ready.
  Chat in your browser:  {config.webchat_url if web else '(web chat not built)'}
  REST channel:          POST {config.rasa_url}/webhooks/rest/webhook  {{"sender": "me", "message": "hi"}}
  HTTP API token:        in var/api_token (needed for /model/*, /conversations/*)
  Terminal chat:         make shell (in another terminal)
  Logs:                  var/logs/
Press Ctrl+C to stop.""", flush=True)
    while True:
        for name, proc in list(stack.processes.items()):
            if proc.poll() is not None:
                stack.stop_all()
                sys.exit(f"error: the {name} server stopped (exit {proc.returncode}):\n{stack.log_tail(name)}")
        time.sleep(1)


def _shell(args: argparse.Namespace) -> None:
    """`rasa shell` in this terminal, with an action server beside it."""
    config = StackConfig(workdir=ROOT / "var", action_port=args.action_port)
    stack = Stack(config)
    try:
        requests.get(f"{config.action_url}/health", timeout=2).raise_for_status()
        print(f"using the action server already running at {config.action_url}")
    except requests.RequestException:
        print("starting the action server ...", flush=True)
        stack.start_actions()
    try:
        subprocess.call(
            [sys.executable, "-m", "rasa", "shell", "--model", str(stack.model),
             "--endpoints", str(stack.endpoints), "--port", str(args.shell_port)],
            cwd=ROOT, env=stack._env(),
        )
    finally:
        stack.stop_all()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="start everything and print where to chat")
    run.add_argument("--rasa-port", type=int, default=int(os.environ.get("RASA_PORT", 5005)))
    run.add_argument("--action-port", type=int, default=int(os.environ.get("ACTION_PORT", 5055)))
    run.add_argument("--webchat-port", type=int, default=int(os.environ.get("WEBCHAT_PORT", 8080)))
    shell = sub.add_parser("shell", help="chat in the terminal")
    shell.add_argument("--action-port", type=int, default=int(os.environ.get("ACTION_PORT", 5055)))
    shell.add_argument("--shell-port", type=int, default=int(os.environ.get("SHELL_PORT", 5006)))
    args = parser.parse_args()
    {"run": _run, "shell": _shell}[args.command](args)


if __name__ == "__main__":
    main()
