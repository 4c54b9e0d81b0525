"""How many questions the assistant asks before its summary, over the triage
vignettes (tests/triage/vignettes.yml), end to end over the REST channel.

For each vignette a simulated person opens with the vignette's description
(in words, through the NLU), then answers every question the interview asks
from the vignette's findings, the way a person using the quick-reply buttons
would: yes / no for closed questions, the button payload for places, kinds,
numbers and smoking, "not sure" for anything the vignette does not list (red
flags it does not list: no). After an urgent red-flag card the person presses
[Carry on]. The question being asked is read from the tracker
(requested_slot), so the count is exact.

    python bench/bench_conversation.py                  # starts its own servers (newest model in models/)
    python bench/bench_conversation.py --model /tmp/m.tar.gz
    python bench/bench_conversation.py --rasa-url http://localhost:5005 --token-file var/api_token
    python bench/bench_conversation.py --check           # exit 1 when the median is above 6

Target (the issue): the median conversation reaches its summary within 6
questions after a typical opening description.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Dict, List, Optional

import requests
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.summary import SUMMARY_HEADING  # noqa: E402
from triage import load_contract  # noqa: E402

VIGNETTES = ROOT / "tests" / "triage" / "vignettes.yml"
TARGET = 6
MAX_TURNS = 30


class Client:
    """The REST channel and the tracker API of a running Rasa server."""

    def __init__(self, rasa_url: str, token: str) -> None:
        self.rasa_url = rasa_url.rstrip("/")
        self.token = token

    def send(self, sender: str, text: str) -> List[Dict[str, Any]]:
        reply = requests.post(f"{self.rasa_url}/webhooks/rest/webhook",
                              json={"sender": sender, "message": text}, timeout=60)
        reply.raise_for_status()
        return reply.json()

    def tracker(self, sender: str) -> Dict[str, Any]:
        reply = requests.get(f"{self.rasa_url}/conversations/{sender}/tracker",
                             params={"token": self.token}, timeout=60)
        reply.raise_for_status()
        return reply.json()


def answer_for(finding: str, vignette: Dict[str, Any], contract) -> str:
    """What the simulated person sends when asked about `finding`."""
    findings = vignette["findings"]
    if finding in findings:
        value = findings[finding]
    elif finding in contract.red_flags:
        value = False  # the vignettes' convention: unlisted red flags are absent
    else:
        return "/unsure"
    if isinstance(value, bool):
        return "/affirm" if value else "/deny"
    return "/describe_symptoms" + json.dumps({finding: value})


def last_bot_action(tracker: Dict[str, Any]) -> Optional[str]:
    for event in reversed(tracker["events"]):
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
        if event.get("event") == "user":
            return None
    return None


def reached_summary(tracker: Dict[str, Any]) -> bool:
    return any(e.get("event") == "bot" and (e.get("text") or "").startswith(SUMMARY_HEADING)
               for e in tracker["events"])


def run_vignette(client: Client, vignette: Dict[str, Any], contract) -> Dict[str, Any]:
    sender = f"bench-{vignette['id']}-{uuid.uuid4().hex[:8]}"
    started = time.perf_counter()
    client.send(sender, vignette["description"])
    tracker = client.tracker(sender)
    understood = {k: tracker["slots"].get(k) for k in vignette["opening"]}
    asked: List[str] = []
    outcome = "stuck"
    for _ in range(MAX_TURNS):
        if reached_summary(tracker):
            outcome = "summary"
            break
        loop = (tracker.get("active_loop") or {}).get("name")
        requested = tracker["slots"].get("requested_slot")
        last = last_bot_action(tracker)
        if loop == "symptom_form" and requested:
            asked.append(requested)
            client.send(sender, answer_for(requested, vignette, contract))
        elif last == "utter_red_flag_urgent":
            client.send(sender, "/continue_interview")  # [Carry on]
        elif last == "utter_red_flag_emergency" or tracker["slots"].get("urgency") == "emergency":
            outcome = "emergency"
            break
        else:
            break
        tracker = client.tracker(sender)
    slots = tracker["slots"]
    return {
        "id": vignette["id"],
        "questions": len(asked),
        "asked": asked,
        "outcome": outcome,
        "urgency": slots.get("urgency"),
        "cause_group": slots.get("cause_group"),
        "expected": vignette.get("expected", {}),
        "opening_missed": sorted(k for k, v in understood.items() if v in (None, [], "")),
        "seconds": time.perf_counter() - started,
    }


def report(results: List[Dict[str, Any]], verbose: bool) -> float:
    print(f"{'vignette':40} {'questions':>9}  {'outcome':9} {'urgency':10} {'group':16} opening not understood")
    for r in results:
        exp = r["expected"]
        urgency = r["urgency"] or "-"
        if exp.get("urgency") and exp["urgency"] != r["urgency"]:
            urgency += "*"
        group = r["cause_group"] or "-"
        if exp.get("cause_group") and r["cause_group"] and exp["cause_group"] != r["cause_group"]:
            group += "*"
        print(f"{r['id']:40} {r['questions']:>9}  {r['outcome']:9} {urgency:10} {group:16} {', '.join(r['opening_missed'])}")
        if verbose:
            print(f"{'':40}   asked: {', '.join(r['asked'])}")
    summarised = [r["questions"] for r in results if r["outcome"] == "summary"]
    median = statistics.median(summarised) if summarised else float("nan")
    outcomes = {o: sum(r["outcome"] == o for r in results) for o in ("summary", "emergency", "stuck")}
    agree = [r for r in results if r["outcome"] == "summary" and r["expected"].get("cause_group")]
    same = sum(r["cause_group"] == r["expected"]["cause_group"] for r in agree)
    print()
    print(f"conversations: {len(results)} ({outcomes['summary']} reached the summary, "
          f"{outcomes['emergency']} stopped at an emergency card, {outcomes['stuck']} stuck)")
    if summarised:
        print(f"questions before the summary: median {median:g}, mean {statistics.mean(summarised):.1f}, "
              f"max {max(summarised)} (target: median <= {TARGET})")
    if agree:
        print(f"cause group as the vignette expects: {same} of {len(agree)}")
    seconds = [r["seconds"] for r in results]
    print(f"time per conversation: median {statistics.median(seconds):.2f} s")
    print(f"MEDIAN QUESTIONS BEFORE SUMMARY: {median:g}")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rasa-url", help="use running servers instead of starting them")
    parser.add_argument("--token", help="HTTP API token of the running Rasa server")
    parser.add_argument("--token-file", type=Path, help="file holding the token (e.g. var/api_token)")
    parser.add_argument("--model", type=Path, help="model to start (default: newest in models/)")
    parser.add_argument("--vignettes", type=Path, default=VIGNETTES)
    parser.add_argument("--only", nargs="*", help="vignette ids")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the questions asked")
    parser.add_argument("--check", action="store_true", help=f"exit 1 when the median is above {TARGET}")
    args = parser.parse_args()

    vignettes = yaml.safe_load(args.vignettes.read_text(encoding="utf-8"))
    if args.only:
        vignettes = [v for v in vignettes if v["id"] in set(args.only)]
    contract = load_contract()

    stack = None
    if args.rasa_url:
        token = args.token or (args.token_file.read_text().strip() if args.token_file else "")
        client = Client(args.rasa_url, token)
    else:
        from scripts.stack import Stack, StackConfig, StackError, newest_model
        import socket

        def free_port() -> int:
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                return sock.getsockname()[1]

        workdir = Path(tempfile.mkdtemp(prefix="bench-conversation-"))
        model = args.model or newest_model()
        print(f"starting the action server and Rasa server ({model.name}) ...", flush=True)
        stack = Stack(StackConfig(workdir=workdir, rasa_port=free_port(), action_port=free_port(),
                                  webchat_port=free_port(), model=model))
        try:
            stack.start_actions()
            stack.start_rasa()
        except StackError as error:
            stack.stop_all()
            print(f"error: {error}", file=sys.stderr)
            return 2
        client = Client(stack.config.rasa_url, stack.token)
    try:
        results = [run_vignette(client, v, contract) for v in vignettes]
    finally:
        if stack is not None:
            stack.stop_all()
    median = report(results, args.verbose)
    return 1 if args.check and not median <= TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
