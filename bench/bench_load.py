"""Conversations under load, side by side with Rasa's starter bot (`make bench`).

For each bot (this assistant, and the bot of `rasa init --no-prompt` made in a
temporary folder):

1. training time (`rasa train --force`, a fresh cache) and model size;
2. its servers started the same way (scripts/stack.py: REST channel, SQLite
   tracker store, HTTP API with a token), on free ports on 127.0.0.1;
3. simulated people talking over REST at 1, 10 and 50 concurrent sessions,
   `--duration` seconds per level, whole conversations back to back, first
   with no pause between a reply and the next message (the server's
   capacity), then at 10 and 50 sessions with a 1-3 s pause before each
   message (`--think`; people read and type; still faster than most):
   - this assistant: the triage vignettes (tests/triage/vignettes.yml): the
     opening description, then every question answered from the vignette's
     findings - a button's payload when the question has buttons (yes/no, or
     the button naming the value), else the value in words, else "not sure";
     after an urgent red-flag card, "carry on". The simulated person knows
     which finding a question asks about from its words
     (actions/questions.py), as a person would: no tracker reads in between;
   - the starter bot: its own stories (greet / mood / yes / no / bot
     challenge / goodbye);
4. per level: message latency p50 / p95 / p99 (send to reply, one REST
   request), throughput (messages per second), errors (non-200, timeouts,
   connection errors, and "having trouble" replies), empty replies; before
   the levels, every conversation twice, one at a time, measured apart
   (TensorFlow traces graphs for shapes it has not seen: a cold server is
   slower);
5. peak RSS (VmHWM) of the Rasa server and the action server.

Every figure is printed with its ratio to the starter bot, checked against
the targets below, and saved to results/bench.json, results/bench.md and
results/bench_latency.png. `--profile` also samples the Rasa server with
py-spy during the 10-session level and says where its time goes.

    python bench/bench_load.py                       # everything (about 12 minutes on 2 cores)
    python bench/bench_load.py --duration 10 --no-train --profile
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import aiohttp
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.summary import SUMMARY_HEADING  # noqa: E402
from scripts.stack import Stack, StackConfig, newest_model  # noqa: E402

RESULTS = ROOT / "results"
VIGNETTES = ROOT / "tests" / "triage" / "vignettes.yml"
LEVELS = (1, 10, 50)
TARGETS = {
    "errors_at_50": 0,             # zero errors at 50 concurrent sessions
    "p95_single_vs_starter": 1.5,  # single-session p95 at most 1.5 x the starter bot's
    "p95_at_10_ms": 300,           # p95 at 10 concurrent sessions
    "rasa_rss_mb": 1536,           # Rasa server peak RSS at most 1.5 GB
    "training_s": 300,             # training at most 5 minutes
}
TROUBLE_MARK = "having trouble"
MAX_TURNS = 25
REQUEST_TIMEOUT = 60
ENV = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
       "SQLALCHEMY_SILENCE_UBER_WARNING": "1"}

STARTER_SCRIPTS = [
    ["hello", "I am feeling great", "bye"],
    ["hi", "I am sad", "yes", "goodbye"],
    ["hey there", "very bad", "no"],
    ["good morning", "are you a bot?", "perfect", "see you later"],
    ["hello", "unhappy", "yes", "bye"],
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rasa_env(**extra: str) -> Dict[str, str]:
    env = dict(os.environ)
    env.update(ENV)
    env.update(extra)
    return env


# --- training -------------------------------------------------------------------


def train(project: Path, out: Path, cache: Path) -> Dict[str, Any]:
    """`rasa train --force` in `project` with an empty cache: seconds and model size."""
    out.mkdir(parents=True, exist_ok=True)
    log = out / "train.log"
    started = time.monotonic()
    with open(log, "wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "rasa", "train", "--force", "--out", str(out), "--fixed-model-name", "bench"],
            cwd=project, env=rasa_env(RASA_CACHE_DIRECTORY=str(cache), PYTHONPATH=str(ROOT)),
            stdout=handle, stderr=subprocess.STDOUT)
    seconds = time.monotonic() - started
    model = out / "bench.tar.gz"
    if done.returncode != 0 or not model.exists():
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
        raise SystemExit(f"training in {project} failed:\n{tail}")
    return {"training_s": seconds, "model": str(model), "model_mb": model.stat().st_size / 2**20,
            "training_components_s": component_times(log)}


def component_times(log: Path) -> Dict[str, float]:
    """Seconds per trained graph component, from the training log (longest first)."""
    stamp = r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)"
    started: Dict[str, float] = {}
    spent: Dict[str, float] = collections.defaultdict(float)
    for line in log.read_text(errors="replace").splitlines():
        match = re.search(stamp + r".*(Starting to train|Finished training) component '([^']+)'", line)
        if not match:
            continue
        when = time.mktime(time.strptime(match.group(1), "%Y-%m-%d %H:%M:%S"))
        if match.group(2) == "Starting to train":
            started[match.group(3)] = when
        elif match.group(3) in started:
            spent[match.group(3)] += when - started.pop(match.group(3))
    return dict(sorted(spent.items(), key=lambda item: -item[1]))


def make_starter(folder: Path) -> Path:
    project = folder / "starter"
    project.mkdir(parents=True)
    done = subprocess.run([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(project)],
                          cwd=folder, env=rasa_env(RASA_CACHE_DIRECTORY=str(folder / "init-cache")),
                          stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    if done.returncode != 0 or not (project / "domain.yml").exists():
        raise SystemExit("`rasa init --no-prompt` failed")
    shutil.rmtree(project / "models", ignore_errors=True)  # its own model is trained again below, timed
    return project


# --- simulated people -------------------------------------------------------------


@dataclass
class Level:
    sessions: int
    think: tuple = (0.0, 0.0)  # seconds a simulated person pauses before each message (uniform)
    latencies: List[float] = field(default_factory=list)
    errors: collections.Counter = field(default_factory=collections.Counter)
    empty: int = 0
    conversations: int = 0
    finished: collections.Counter = field(default_factory=collections.Counter)
    seconds: float = 0.0

    def summary(self) -> Dict[str, Any]:
        lat = sorted(self.latencies)

        def pct(p: float) -> Optional[float]:
            if not lat:
                return None
            return 1000 * lat[min(len(lat) - 1, int(round(p / 100 * (len(lat) - 1))))]

        return {
            "sessions": self.sessions, "think_s": list(self.think),
            "messages": len(lat), "conversations": self.conversations,
            "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
            "mean_ms": 1000 * statistics.mean(lat) if lat else None, "max_ms": 1000 * lat[-1] if lat else None,
            "throughput_msg_s": len(lat) / self.seconds if self.seconds else 0.0,
            "errors": sum(self.errors.values()), "error_kinds": dict(self.errors), "empty_replies": self.empty,
            "outcomes": dict(self.finished), "seconds": self.seconds,
        }


class Client:
    def __init__(self, session: aiohttp.ClientSession, stack: Stack, level: Level) -> None:
        self.session = session
        self.base = stack.config.rasa_url
        self.token = stack.token
        self.level = level

    async def send(self, sender: str, text: str, measure: bool = True) -> Optional[List[Dict[str, Any]]]:
        low, high = self.level.think
        if high > 0:
            await asyncio.sleep(random.uniform(low, high))  # reading the reply, typing the answer
        started = time.perf_counter()
        try:
            async with self.session.post(f"{self.base}/webhooks/rest/webhook",
                                         json={"sender": sender, "message": text}) as reply:
                body = await reply.json(content_type=None)
                status = reply.status
        except asyncio.TimeoutError:
            self.level.errors["timeout"] += 1 if measure else 0
            return None
        except aiohttp.ClientError as error:
            self.level.errors[type(error).__name__] += 1 if measure else 0
            return None
        seconds = time.perf_counter() - started
        if not measure:
            return body if status == 200 else None
        if status != 200:
            self.level.errors[f"http_{status}"] += 1
            return None
        self.level.latencies.append(seconds)
        if not body:
            self.level.empty += 1
        elif any(TROUBLE_MARK in (m.get("text") or "") for m in body):
            self.level.errors["trouble_reply"] += 1
        return body


def _words(finding: str, value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return " and ".join(str(v).replace("_", " ") for v in value)
    if finding == "walking_distance_m":
        return f"about {value:g} metres"
    if finding == "relief_minutes":
        return f"about {value:g} minutes"
    if finding == "age":
        return f"I am {value:g}"
    return str(value).replace("_", " ")


def choose_answer(finding: str, vignette: Dict[str, Any], red_flags: set,
                  buttons: List[Dict[str, Any]]) -> str:
    """The simulated person's answer to the question about `finding`."""
    findings = vignette["findings"]
    if finding in findings:
        value = findings[finding]
    elif finding in red_flags:
        value = False  # the vignettes' convention: red flags not listed are absent
    else:
        value = None
    if buttons:
        payloads = [(b.get("payload") or "", (b.get("title") or "").lower()) for b in buttons]
        if isinstance(value, bool):
            want = "/affirm" if value else "/deny"
            for payload, _ in payloads:
                if payload.startswith(want):
                    return payload
        elif value is not None:
            values = value if isinstance(value, list) else [value]
            for payload, title in payloads:
                if any(json.dumps(v) in payload or str(v).replace("_", " ") in title for v in values):
                    return payload
        for payload, title in payloads:
            if payload.startswith("/unsure") or "not sure" in title:
                return payload
    return _words(finding, value) if value is not None else "not sure"


def question_texts() -> List[tuple]:
    """(question words, finding) of the interview, longest first."""
    from actions.questions import QUESTIONS
    return sorted(((q.text, name) for name, q in QUESTIONS.items()), key=lambda p: -len(p[0]))


def asked_about(replies: List[Dict[str, Any]], questions: List[tuple]) -> Optional[str]:
    """The finding the bot's last question asks about, from its words."""
    for message in reversed(replies):
        text = message.get("text") or ""
        for words, finding in questions:
            if words in text:
                return finding
    return None


async def project_conversation(client: Client, vignette: Dict[str, Any], context: Dict[str, Any]) -> str:
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    replies = await client.send(sender, vignette["description"])
    for _ in range(MAX_TURNS):
        if replies is None:
            return "error"
        said = "\n".join(m.get("text") or "" for m in replies)
        if said.startswith(SUMMARY_HEADING) or f"\n{SUMMARY_HEADING}" in said:
            return "summary"
        if any(card in said for card in context["emergency_cards"]):
            return "emergency"
        finding = asked_about(replies, context["questions"])
        if finding is not None:
            buttons = next((m.get("buttons") for m in reversed(replies) if m.get("buttons")), []) or []
            text = choose_answer(finding, vignette, context["red_flags"], buttons)
        elif any(card in said for card in context["urgent_cards"]):
            text = "/continue_interview"  # [Carry on]
        else:
            return "other"
        replies = await client.send(sender, text)
    return "too_long"


async def starter_conversation(client: Client, script: List[str], _: Dict[str, Any]) -> str:
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    for text in script:
        if await client.send(sender, text) is None:
            return "error"
    return "done"


async def run_level(stack: Stack, sessions: int, duration: float, kind: str,
                    scripts: List[Any], context: Dict[str, Any], think: tuple = (0.0, 0.0)) -> Level:
    level = Level(sessions, think)
    conversation = project_conversation if kind == "project" else starter_conversation
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:
        client = Client(session, stack, level)
        deadline = time.monotonic() + duration
        counter = iter(range(10**9))

        async def person(offset: int) -> None:
            while time.monotonic() < deadline:
                script = scripts[(next(counter) + offset) % len(scripts)]
                outcome = await conversation(client, script, context)
                level.conversations += 1
                level.finished[outcome] += 1

        started = time.monotonic()
        await asyncio.gather(*(person(i) for i in range(sessions)))
        level.seconds = time.monotonic() - started
    return level


async def warm_up(stack: Stack, kind: str, scripts: List[Any], context: Dict[str, Any], passes: int = 2) -> Level:
    """Every conversation `passes` times, one at a time, right after the start.

    TensorFlow traces its graphs again for input shapes it has not seen yet
    (a longer message, a longer history): the first conversations after a
    start are slower. They are measured here, apart from the levels."""
    level = Level(1)
    conversation = project_conversation if kind == "project" else starter_conversation
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        client = Client(session, stack, level)
        started = time.monotonic()
        for _ in range(passes):
            for script in scripts:
                level.finished[await conversation(client, script, context)] += 1
                level.conversations += 1
        level.seconds = time.monotonic() - started
    return level


# --- servers ----------------------------------------------------------------------


def vm_hwm_mb(pid: int) -> Optional[float]:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def start_starter_actions(project: Path, port: int, log: Path) -> subprocess.Popen:
    """The starter bot's own action server (its actions.py defines none): a baseline SDK process."""
    proc = subprocess.Popen([sys.executable, "-m", "rasa", "run", "actions", "--actions", "actions",
                             "--port", str(port)], cwd=project, env=rasa_env(), stdout=open(log, "wb"),
                            stderr=subprocess.STDOUT, start_new_session=True)
    import requests
    for _ in range(120):
        try:
            if requests.get(f"http://localhost:{port}/health", timeout=2).ok:
                return proc
        except requests.RequestException:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.5)
    raise SystemExit(f"the starter bot's action server did not start; see {log}")


def profile_start(pid: int, seconds: float, out: Path) -> Optional[subprocess.Popen]:
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(py_spy).exists():
        print("py-spy not found; no profile")
        return None
    return subprocess.Popen([py_spy, "record", "--pid", str(pid), "--duration", str(int(seconds)),
                             "--rate", "100", "--nonblocking", "--format", "raw", "--output", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def summarize_profile(raw: Path, top: int = 12) -> Dict[str, Any]:
    """Where the Rasa server's samples went: inclusive share of notable frames,
    and the functions most often on top of the stack (self time)."""
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    total = 0
    groups = {  # label: a piece of the frame's "function (file:line)" text
        "NLU: LinearIntentClassifier": "linear_intent_classifier.py",
        "NLU: SymptomExtractor (spaCy)": "symptom_nlu/",
        "NLU: featurizers": "nlu/featurizers/",
        "NLU: tokenizer": "nlu/tokenizers/",
        "NLU: whole graph": "_parse_message_with_graph",
        "dialogue: policies (rasa/core/policies)": "rasa/core/policies/",
        "dialogue: whole prediction": "predict_next_with_tracker_if_should",
        "TensorFlow (any caller)": "tensorflow/",
        "tracker store: read (SQL)": "retrieve_full_tracker",
        "tracker store: write (SQL)": "(rasa/core/tracker_store.py",
        "SQLAlchemy / SQLite (any caller)": "sqlalchemy/",
        "action server calls": "rasa/core/actions/action.py",
        "tracker copies / event replays": "rasa/shared/core/trackers.py",
    }
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        for label, needle in groups.items():
            if any(needle in f for f in frames):
                inclusive[label] += n
        leaf = re.sub(r"\s*\(.*?/site-packages/", " (", frames[-1]) if frames else "?"
        own[leaf] += n
    return {
        "samples": total,
        "inclusive_pct": {k: round(100 * v / total, 1) for k, v in inclusive.most_common()} if total else {},
        "self_top": [(k, round(100 * v / total, 1)) for k, v in own.most_common(top)] if total else [],
    }


def level_key(sessions: int, think: tuple) -> str:
    return f"{sessions} sessions" + (f", {think[0]:g}-{think[1]:g} s pauses" if think[1] > 0 else "")


def measure_bot(kind: str, model: Path, project: Path, workdir: Path, levels: List[int], duration: float,
                scripts: List[Any], context: Dict[str, Any], profile: bool,
                think: tuple = (0.0, 0.0)) -> Dict[str, Any]:
    config = StackConfig(workdir=workdir, rasa_port=free_port(), action_port=free_port(),
                         webchat_port=free_port(), model=model)
    stack = Stack(config)
    starter_actions = None
    result: Dict[str, Any] = {"levels": {}}
    try:
        print(f"  starting the {kind} servers ...", flush=True)
        if kind == "project":
            stack.start_actions()
            action_pid = stack.processes["actions"].pid
        else:
            starter_actions = start_starter_actions(project, config.action_port, workdir / "logs" / "actions.log")
            action_pid = starter_actions.pid
        stack.start_rasa()
        rasa_pid = stack.processes["rasa"].pid
        # warm up: the first conversations after a start trace TensorFlow graphs
        result["warm_up"] = summary = asyncio.run(warm_up(stack, kind, scripts, context)).summary()
        print(f"  {'warm-up':>16}: {summary['messages']} messages, p50 {summary['p50_ms']:.0f} ms, "
              f"p95 {summary['p95_ms']:.0f} ms, max {summary['max_ms']:.0f} ms", flush=True)
        runs = [(n, (0.0, 0.0)) for n in levels] + [(n, think) for n in levels if n > 1 and think[1] > 0]
        for sessions, pause in runs:
            key = level_key(sessions, pause)
            profiler = None
            if profile and kind == "project" and sessions == 10 and pause[1] == 0:
                raw = RESULTS / "profile_rasa_10_sessions.txt"
                profiler = profile_start(rasa_pid, max(5, duration - 2), raw)
            level = asyncio.run(run_level(stack, sessions, duration, kind, scripts, context, pause))
            if profiler is not None:
                profiler.wait(timeout=120)
                if raw.exists():
                    result["profile_10_sessions"] = summarize_profile(raw)
            result["levels"][key] = summary = level.summary()
            print(f"  {key:>16}: {summary['messages']} messages, p50 {summary['p50_ms']:.0f} ms, "
                  f"p95 {summary['p95_ms']:.0f} ms, p99 {summary['p99_ms']:.0f} ms, "
                  f"{summary['throughput_msg_s']:.1f} msg/s, errors {summary['errors']}", flush=True)
        result["rasa_rss_mb"] = vm_hwm_mb(rasa_pid)
        result["actions_rss_mb"] = vm_hwm_mb(action_pid)
    finally:
        stack.stop_all()
        if starter_actions is not None and starter_actions.poll() is None:
            os.killpg(starter_actions.pid, 15)
            starter_actions.wait(timeout=15)
    return result


# --- report -------------------------------------------------------------------------


def ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    if a is None or b in (None, 0):
        return None
    return a / b


def fmt(value: Optional[float], unit: str = "", digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}{unit}"


def rows(results: Dict[str, Any]) -> List[tuple]:
    p, s = results["project"], results.get("starter")
    out = []

    def add(label: str, pv: Optional[float], sv: Optional[float], unit: str, digits: int = 0) -> None:
        out.append((label, fmt(pv, unit, digits), fmt(sv, unit, digits), fmt(ratio(pv, sv), "x", 2)))

    add("training time", p.get("training_s"), s and s.get("training_s"), " s", 0)
    add("model size", p.get("model_mb"), s and s.get("model_mb"), " MB", 1)
    for name in p["levels"]:
        pl, sl = p["levels"][name], (s["levels"].get(name) if s else None) or {}
        for key, label, unit, digits in (("p50_ms", "p50", " ms", 0), ("p95_ms", "p95", " ms", 0),
                                         ("p99_ms", "p99", " ms", 0), ("throughput_msg_s", "throughput", " msg/s", 1),
                                         ("errors", "errors", "", 0), ("empty_replies", "empty replies", "", 0),
                                         ("messages", "messages", "", 0)):
            add(f"{name}: {label}", pl.get(key), sl.get(key), unit, digits)
    pw, sw = p.get("warm_up") or {}, (s or {}).get("warm_up") or {}
    for key, label in (("p50_ms", "p50"), ("p95_ms", "p95"), ("max_ms", "max")):
        add(f"warm-up (first conversations after start, 1 session): {label}", pw.get(key), sw.get(key), " ms", 0)
    add("Rasa server peak RSS", p.get("rasa_rss_mb"), s and s.get("rasa_rss_mb"), " MB", 0)
    add("action server peak RSS", p.get("actions_rss_mb"), s and s.get("actions_rss_mb"), " MB", 0)
    return out


def check_targets(results: Dict[str, Any]) -> List[tuple]:
    """(target, met, detail). p95 at 10 sessions is checked at people's pace
    (the simulated patients pause as people do) and shown without pauses too."""
    p, s = results["project"], results.get("starter")
    levels = p["levels"]
    paced = [k for k in levels if levels[k]["sessions"] == 10 and levels[k]["think_s"][1] > 0]
    checks = []
    for key in [k for k in levels if levels[k]["sessions"] == 50]:
        checks.append((f"zero errors at {key}", levels[key]["errors"] == 0,
                       f"{levels[key]['errors']} errors ({levels[key]['error_kinds'] or 'none'})"))
    one = "1 sessions"
    if one in levels and s and one in s["levels"]:
        r = ratio(levels[one]["p95_ms"], s["levels"][one]["p95_ms"])
        checks.append(("single-session p95 <= 1.5 x starter bot", r is not None and r <= TARGETS["p95_single_vs_starter"],
                       f"{levels[one]['p95_ms']:.0f} ms vs {s['levels'][one]['p95_ms']:.0f} ms = {r:.2f}x"))
    for key in paced + (["10 sessions"] if "10 sessions" in levels else []):
        checks.append((f"p95 at {key} <= 300 ms", levels[key]["p95_ms"] <= TARGETS["p95_at_10_ms"],
                       f"{levels[key]['p95_ms']:.0f} ms"))
    if p.get("rasa_rss_mb") is not None:
        checks.append(("Rasa server RSS <= 1.5 GB", p["rasa_rss_mb"] <= TARGETS["rasa_rss_mb"],
                       f"{p['rasa_rss_mb']:.0f} MB"))
    if p.get("training_s") is not None:
        checks.append(("training <= 5 minutes", p["training_s"] <= TARGETS["training_s"], f"{p['training_s']:.0f} s"))
    return checks


def plot(results: Dict[str, Any], path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(13, 4.8))
    styles = {"project": ("tab:blue", "assistant"), "starter": ("tab:gray", "starter bot")}
    bars: List[tuple] = []
    for kind, (colour, label) in styles.items():
        if kind not in results:
            continue
        levels = results[kind]["levels"]
        for paced, marker in ((False, "o"), (True, "s")):
            keys = [k for k in levels if (levels[k]["think_s"][1] > 0) == paced]
            if not keys:
                continue
            xs = [levels[k]["sessions"] for k in keys]
            for key, style in (("p50_ms", ":"), ("p95_ms", "-"), ("p99_ms", "--")):
                axes[0].plot(xs, [levels[k][key] for k in keys], style, marker=marker, color=colour,
                             alpha=0.55 if paced else 1.0,
                             label=f"{label} {key[:3]}{' (paused)' if paced else ''}")
            bars += [(f"{levels[k]['sessions']}{'p' if paced else ''}\n{label}", levels[k]["throughput_msg_s"],
                      colour) for k in keys]
    axes[0].axhline(TARGETS["p95_at_10_ms"], color="tab:red", linewidth=0.8, label="300 ms")
    axes[0].set_xscale("log")
    axes[0].set_xticks(list(LEVELS))
    axes[0].set_xticklabels([str(x) for x in LEVELS])
    axes[0].set_xlabel("concurrent sessions (o: no pause between messages, s: 1-3 s pauses)")
    axes[0].set_ylabel("message latency (ms)")
    axes[0].set_yscale("log")
    axes[0].legend(fontsize=6, ncol=2)
    axes[0].set_title("REST message latency")
    axes[1].bar([b[0] for b in bars], [b[1] for b in bars], color=[b[2] for b in bars], alpha=0.8)
    axes[1].tick_params(axis="x", labelsize=6)
    axes[1].set_ylabel("messages per second")
    axes[1].set_title("throughput (p: with pauses)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def write_report(results: Dict[str, Any], checks: List[tuple]) -> str:
    table = rows(results)
    lines = [
        "# Load benchmark: leg-pain assistant vs Rasa's starter bot",
        "",
        f"Run {results['started']} on {results['machine']}; {results['duration_s']:g} s per level; "
        "REST channel, SQLite tracker store, one Rasa server and one action server per bot; "
        "the simulated people run in the same machine (bench/bench_load.py).",
        "",
        "| figure | assistant | starter bot | ratio |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in table]
    lines += ["", "## Targets", ""]
    lines += [f"- {'PASS' if ok else 'MISS'}: {name} ({detail})" for name, ok, detail in checks]
    for kind, label in (("project", "assistant"), ("starter", "starter bot")):
        parts = (results.get(kind) or {}).get("training_components_s")
        if parts:
            lines += ["", f"Training time of the {label} by component (seconds, from its log): "
                      + ", ".join(f"{name} {sec:.0f}" for name, sec in list(parts.items())[:6])]
    outcomes = {k: v["outcomes"] for k, v in results["project"]["levels"].items()}
    lines += ["", f"Conversation outcomes of the assistant by level: {json.dumps(outcomes)}"]
    prof = results["project"].get("profile_10_sessions")
    if prof:
        lines += ["", "## Where the Rasa server's time goes (py-spy, 10 sessions)", "",
                  f"{prof['samples']} samples. Share of samples with the frame anywhere on the stack:", ""]
        lines += [f"- {k}: {v} %" for k, v in prof["inclusive_pct"].items()]
        lines += ["", "Functions most often on top of the stack (self time):", ""]
        lines += [f"- {v} %: `{k}`" for k, v in prof["self_top"]]
    lines += ["", "![latency](bench_latency.png)", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", type=int, nargs="+", default=list(LEVELS))
    parser.add_argument("--duration", type=float, default=30, help="seconds of load per level (default 30)")
    parser.add_argument("--think", type=float, nargs=2, default=[1.0, 3.0], metavar=("MIN", "MAX"),
                        help="pause before each message in the paced runs, seconds (default 1 3; 0 0: none)")
    parser.add_argument("--no-train", action="store_true",
                        help="use the newest model in models/ and the starter's own model; training not measured")
    parser.add_argument("--model", type=Path, help="the assistant's model to load (implies --no-train for it)")
    parser.add_argument("--no-starter", action="store_true", help="measure the assistant only")
    parser.add_argument("--profile", action="store_true", help="py-spy the Rasa server during the 10-session level")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()

    RESULTS.mkdir(exist_ok=True)
    vignettes = yaml.safe_load(VIGNETTES.read_text(encoding="utf-8"))
    from triage import load_contract
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))

    def first_paragraphs(name: str) -> List[str]:
        texts = (v.get("text") or "" for v in domain["responses"].get(name, []))
        return [t.split("\n\n")[0] for t in texts if t.strip()]

    context = {
        "red_flags": set(load_contract().red_flags),
        "questions": question_texts(),
        "emergency_cards": first_paragraphs("utter_red_flag_emergency"),
        "urgent_cards": first_paragraphs("utter_red_flag_urgent"),
    }
    tmp = Path(tempfile.mkdtemp(prefix="bench-load-"))
    results: Dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.node()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "duration_s": args.duration, "targets": TARGETS,
    }
    try:
        print("== the leg-pain assistant", flush=True)
        if args.model or args.no_train:
            model = args.model or newest_model()
            project = {"training_s": None, "model": str(model), "model_mb": model.stat().st_size / 2**20}
        else:
            print("  training (rasa train --force, fresh cache) ...", flush=True)
            project = train(ROOT, tmp / "project-models", tmp / "project-cache")
            print(f"  trained in {project['training_s']:.0f} s, {project['model_mb']:.1f} MB", flush=True)
        project.update(measure_bot("project", Path(project["model"]), ROOT, tmp / "project-stack",
                                   args.levels, args.duration, vignettes, context, args.profile,
                                   tuple(args.think)))
        results["project"] = project

        if not args.no_starter:
            print("== Rasa's starter bot (rasa init --no-prompt)", flush=True)
            starter_dir = make_starter(tmp)
            print("  training (rasa train --force, fresh cache) ...", flush=True)
            starter = train(starter_dir, tmp / "starter-models", tmp / "starter-cache")
            print(f"  trained in {starter['training_s']:.0f} s, {starter['model_mb']:.1f} MB", flush=True)
            starter.update(measure_bot("starter", Path(starter["model"]), starter_dir, tmp / "starter-stack",
                                       args.levels, args.duration, STARTER_SCRIPTS, context, False,
                                       tuple(args.think)))
            results["starter"] = starter
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    checks = check_targets(results)
    results["checks"] = [{"target": n, "met": ok, "detail": d} for n, ok, d in checks]
    (RESULTS / "bench.json").write_text(json.dumps(results, indent=2))
    report = write_report(results, checks)
    (RESULTS / "bench.md").write_text(report)
    plot(results, RESULTS / "bench_latency.png")

    print()
    width = max(len(r[0]) for r in rows(results))
    print(f"{'figure':{width}}  {'assistant':>12}  {'starter bot':>12}  {'ratio':>7}")
    for a, b, c, d in rows(results):
        print(f"{a:{width}}  {b:>12}  {c:>12}  {d:>7}")
    print()
    for name, ok, detail in checks:
        print(f"{'PASS' if ok else 'MISS'}  {name}: {detail}")
    prof = results["project"].get("profile_10_sessions")
    if prof:
        print("\nwhere the Rasa server's time goes at 10 sessions (share of py-spy samples):")
        for k, v in prof["inclusive_pct"].items():
            print(f"  {v:5.1f} %  {k}")
    print(f"\nsaved results/bench.json, results/bench.md, results/bench_latency.png")
    return 1 if args.check and not all(ok for _, ok, _ in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
