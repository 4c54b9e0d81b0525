#!/usr/bin/env python
"""Score the trained NLU on the held-out test set (`make eval-nlu`).

Reads tests/nlu_heldout/heldout.yml (never used for training), parses every
message with the trained model in-process (``Agent.load`` +
``agent.parse_message``), and measures:

- intents: accuracy and macro-F1 (faq messages scored on the full retrieval
  intent, e.g. ``faq/what_is_pad``, from the ``response_selector`` output,
  which the intent classifier writes as Rasa's ResponseSelector would;
  red-flag messages on ``red_flag_emergency`` / ``red_flag_urgent``, the
  intent after the SymptomExtractor's override);
- findings: precision / recall / F1, micro over finding=value pairs, overall
  and per finding name (lists count one pair per item; numbers match within
  NUMBER_TOLERANCE; a message's ``optional`` values count neither way);
- red flags: recall of the affirmed codes (``red_flags`` of the parse
  result), and the share of red-flag messages that get a red-flag intent of
  the right urgency (the card the person sees);
- false alarms: of the messages that mention a red flag only negated,
  hypothetically, in the past or about someone else, the share where the
  system still reports a red flag (a code in ``red_flags`` or a red-flag
  intent).

It also runs ``rasa test nlu`` on a Rasa-format copy of the test set for the
confusion matrix and histograms (results/nlu/), writes results/nlu_eval.json
and results/nlu_eval.md, lists every error, and exits 1 when a target is
missed (TARGETS), 2 when it cannot run.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from triage.contract import ContractError, load_contract  # noqa: E402  (no Rasa import)

HELDOUT = ROOT / "tests" / "nlu_heldout" / "heldout.yml"
RASA_COPY = ROOT / "tests" / "nlu_heldout" / "heldout_rasa.yml"
MODELS = ROOT / "models"
RESULTS = ROOT / "results"

INTENTS = (
    "describe_symptoms", "red_flag_emergency", "red_flag_urgent", "affirm", "deny",
    "unsure", "faq", "greet", "goodbye", "thanks", "bot_challenge", "restart",
    "out_of_scope", "non_english", "continue_interview",
)
FAQ_KEYS = (
    "what_is_pad", "what_is_claudication", "what_is_spinal_stenosis", "what_is_cecs",
    "what_is_abi", "which_tests", "what_helps", "is_it_serious", "see_doctor", "smoking",
)
RED_FLAG_INTENTS = {"emergency": "red_flag_emergency", "urgent": "red_flag_urgent"}
MENTION_CONTEXTS = ("negated", "hypothetical", "historical", "other_person")

# (relative, absolute): a predicted number matches when
# |predicted - expected| <= max(relative * expected, absolute).
# Distances: people say "about two blocks"; a block is 80-100 m.
NUMBER_TOLERANCE: Dict[str, Tuple[float, float]] = {
    "walking_distance_m": (0.25, 10.0),
    "relief_minutes": (0.34, 1.0),
    "age": (0.0, 0.5),
}
DEFAULT_TOLERANCE = (0.1, 0.5)

TARGETS = {
    # name: (description, comparison, threshold)
    "red_flag_recall": ("red-flag recall (affirmed codes found)", ">=", 1.0),
    "red_flag_card_recall": ("red-flag messages given a red-flag intent of the right urgency", ">=", 1.0),
    "false_alarm_rate": ("false alarms on negated/hypothetical/past/other-person mentions", "<=", 0.02),
    "intent_macro_f1": ("intent macro-F1", ">=", 0.95),
    "findings_f1": ("findings F1 (micro over finding=value pairs)", ">=", 0.90),
}


# --------------------------------------------------------------------------
# Test set
# --------------------------------------------------------------------------

class HeldoutError(ValueError):
    """The held-out file breaks its own schema or contract.yml."""


def load_heldout(path: Path = HELDOUT) -> List[Dict[str, Any]]:
    """Messages of the held-out file, checked against contract.yml."""
    with open(path, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    messages = raw["messages"]
    contract = load_contract()
    seen: Set[str] = set()
    for number, msg in enumerate(messages, 1):
        where = f"{path.name} message {number} ({msg.get('text')!r})"
        for key in ("text", "intent", "findings", "red_flags"):
            if key not in msg:
                raise HeldoutError(f"{where}: missing '{key}'")
        if msg["text"] in seen:
            raise HeldoutError(f"{where}: duplicate text")
        seen.add(msg["text"])
        check_intent_name(msg["intent"], where)
        try:
            contract.validate(msg["findings"] or {})
            contract.validate(msg.get("optional") or {})
        except ContractError as err:
            raise HeldoutError(f"{where}: {err}") from None
        for code in msg["red_flags"]:
            if code not in contract.red_flag_urgency:
                raise HeldoutError(f"{where}: unknown red flag {code!r}")
            if (msg["findings"] or {}).get(code) is not True:
                raise HeldoutError(f"{where}: red flag {code} must also be a true finding")
        for code, context in (msg.get("mentions") or {}).items():
            if code not in contract.red_flag_urgency or context not in MENTION_CONTEXTS:
                raise HeldoutError(f"{where}: bad mention {code}: {context}")
        expected_intent = expected_red_flag_intent(msg["red_flags"])
        if expected_intent and msg["intent"] != expected_intent:
            raise HeldoutError(f"{where}: red flags {msg['red_flags']} need intent {expected_intent}")
        if not msg["red_flags"] and msg["intent"].startswith("red_flag_"):
            raise HeldoutError(f"{where}: a red-flag intent needs its red_flags")
    return messages


def check_intent_name(name: str, where: str = "") -> None:
    top, _, key = name.partition("/")
    if top not in INTENTS or (top == "faq") != bool(key) or (key and key not in FAQ_KEYS):
        raise HeldoutError(f"{where}: unknown intent {name!r}")


def expected_red_flag_intent(codes: Iterable[str]) -> Optional[str]:
    """red_flag_emergency / red_flag_urgent for these codes (contract urgency), or None."""
    urgency_of = load_contract().red_flag_urgency
    levels = {urgency_of[c] for c in codes}
    if "emergency" in levels:
        return RED_FLAG_INTENTS["emergency"]
    if levels:
        return RED_FLAG_INTENTS["urgent"]
    return None


def to_rasa_nlu_yaml(messages: Sequence[Mapping[str, Any]]) -> str:
    """The test set in Rasa's NLU format (intents only, entities are not annotated)."""
    by_intent: Dict[str, List[str]] = defaultdict(list)
    for msg in messages:
        by_intent[msg["intent"]].append(msg["text"])
    lines = [
        "# GENERATED by scripts/eval_nlu.py from tests/nlu_heldout/heldout.yml: do not edit.",
        "# For `rasa test nlu` (confusion matrix, histograms). Not training data.",
        'version: "3.1"',
        "nlu:",
    ]
    for intent in sorted(by_intent):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {' '.join(text.split())}" for text in by_intent[intent]]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Scoring (pure functions, tested in tests/test_eval_nlu.py)
# --------------------------------------------------------------------------

Pair = Tuple[str, Any]


def finding_pairs(findings: Optional[Mapping[str, Any]]) -> List[Pair]:
    """finding=value pairs; a list value gives one pair per item."""
    pairs: List[Pair] = []
    for name, value in (findings or {}).items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            pairs += [(name, item) for item in sorted(value, key=str)]
        else:
            pairs.append((name, value))
    return pairs


def values_match(name: str, expected: Any, got: Any) -> bool:
    if isinstance(expected, bool) or isinstance(got, bool):
        return isinstance(expected, bool) and isinstance(got, bool) and expected == got
    if isinstance(expected, (int, float)):
        try:
            got_number = float(got)
        except (TypeError, ValueError):
            return False
        if math.isnan(got_number):
            return False
        relative, absolute = NUMBER_TOLERANCE.get(name, DEFAULT_TOLERANCE)
        return abs(got_number - expected) <= max(relative * abs(expected), absolute)
    return str(expected) == str(got)


def _take_match(pair: Pair, pool: List[Pair]) -> bool:
    for index, candidate in enumerate(pool):
        if candidate[0] == pair[0] and values_match(pair[0], candidate[1], pair[1]):
            del pool[index]
            return True
    return False


def score_findings(
    expected: Optional[Mapping[str, Any]],
    predicted: Optional[Mapping[str, Any]],
    optional: Optional[Mapping[str, Any]] = None,
) -> Dict[str, List[Pair]]:
    """Split pairs into true positives, false positives (extra) and false negatives (missed)."""
    missing = finding_pairs(expected)
    allowed = finding_pairs(optional)
    tp: List[Pair] = []
    fp: List[Pair] = []
    for pair in finding_pairs(predicted):
        if _take_match(pair, missing):
            tp.append(pair)
        elif not _take_match(pair, allowed):
            fp.append(pair)
    return {"tp": tp, "fp": fp, "fn": missing}


def prf(tp: int, fp: int, fn: int) -> Dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def intent_scores(expected: Sequence[str], got: Sequence[str]) -> Dict[str, Any]:
    """Accuracy, per-intent P/R/F1, and macro-F1 over the intents of the test set.

    Predictions outside the test set's intents (nlu_fallback, a bare "faq")
    count against the recall of the expected intent only.
    """
    labels = sorted(set(expected))
    per: Dict[str, Dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for e, g in zip(expected, got) if e == label and g == label)
        fp = sum(1 for e, g in zip(expected, got) if e != label and g == label)
        fn = sum(1 for e, g in zip(expected, got) if e == label and g != label)
        per[label] = prf(tp, fp, fn)
        per[label]["support"] = tp + fn
    correct = sum(1 for e, g in zip(expected, got) if e == g)
    return {
        "accuracy": correct / len(expected) if expected else 0.0,
        "macro_f1": sum(p["f1"] for p in per.values()) / len(per) if per else 0.0,
        "per_intent": per,
    }


def predicted_intent(result: Mapping[str, Any]) -> str:
    """The intent to score: the full retrieval intent for faq when ``response_selector`` gives one."""
    name = (result.get("intent") or {}).get("name") or "None"
    if name == "faq":
        selector = result.get("response_selector") or {}
        for key in ("faq", "default"):
            response = (selector.get(key) or {}).get("response") or {}
            full = response.get("intent_response_key")
            if full:
                return full
    return name


def is_red_flag_intent(name: str) -> bool:
    return name in RED_FLAG_INTENTS.values()


def card_ok(expected_codes: Sequence[str], got_intent: str) -> bool:
    """A red-flag message is routed right when its intent is at least as urgent as expected."""
    want = expected_red_flag_intent(expected_codes)
    if want == RED_FLAG_INTENTS["emergency"]:
        return got_intent == want
    return is_red_flag_intent(got_intent)


def evaluate(messages: Sequence[Mapping[str, Any]], results: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
    """All metrics and error lists, from the test messages and the parse results (same order)."""
    expected_intents = [m["intent"] for m in messages]
    got_intents = [predicted_intent(r) for r in results]
    intents = intent_scores(expected_intents, got_intents)

    per_name: Dict[str, Counter] = defaultdict(Counter)
    totals: Counter = Counter()
    errors: Dict[str, List[Dict[str, Any]]] = {
        "intent": [], "findings": [], "red_flag_missed": [], "red_flag_card": [], "false_alarm": [],
        "suspected_without_red_flag": [],
        "alarm_without_mention": [],
    }
    rf_expected = rf_found = 0
    card_total = card_right = 0
    fa_total = 0
    fa_codes = fa_intent = 0
    # RedFlagSuspicion: a missed code it names is asked about first; a suspicion
    # on a message without red flags costs one question
    rf_missed = rf_missed_suspected = 0
    no_flag_messages = no_flag_suspected = 0
    plain_total = 0
    by_tag: Dict[str, Counter] = defaultdict(Counter)

    for msg, result, got_intent in zip(messages, results, got_intents):
        text = msg["text"]
        confidence = (result.get("intent") or {}).get("confidence")
        got_findings = result.get("findings") or {}
        got_flags = list(result.get("red_flags") or [])
        suspected = set(result.get("red_flag_suspicions") or {})
        ok = True

        if got_intent != msg["intent"]:
            ok = False
            errors["intent"].append({
                "text": text, "expected": msg["intent"], "got": got_intent,
                "confidence": confidence, "second": _second_intent(result),
                "override": result.get("symptom_intent_override"), "red_flags": got_flags,
            })

        split = score_findings(msg["findings"], got_findings, msg.get("optional"))
        for kind in ("tp", "fp", "fn"):
            for name, _ in split[kind]:
                per_name[name][kind] += 1
                totals[kind] += 1
        if split["fp"] or split["fn"]:
            ok = False
            errors["findings"].append({
                "text": text, "missed": _pairs_dict(split["fn"]), "extra": _pairs_dict(split["fp"]),
                "got": got_findings,
            })

        expected_flags = list(msg["red_flags"])
        if expected_flags:
            rf_expected += len(expected_flags)
            missed = [c for c in expected_flags if c not in got_flags]
            rf_found += len(expected_flags) - len(missed)
            rf_missed += len(missed)
            rf_missed_suspected += sum(1 for c in missed if c in suspected)
            if missed:
                ok = False
                errors["red_flag_missed"].append({"text": text, "expected": expected_flags, "got": got_flags,
                                                  "missed": missed, "suspected": sorted(suspected)})
            card_total += 1
            if card_ok(expected_flags, got_intent):
                card_right += 1
            else:
                ok = False
                errors["red_flag_card"].append({"text": text, "expected": msg["intent"], "got": got_intent})
        else:
            no_flag_messages += 1
            if suspected:
                errors["suspected_without_red_flag"].append({"text": text, "suspected": sorted(suspected)})
            no_flag_suspected += bool(suspected)
        if not expected_flags and not msg.get("mentions"):
            # over-triage the false-alarm rate does not count: no red-flag words named at all
            plain_total += 1
            if got_flags or is_red_flag_intent(got_intent):
                ok = False
                errors["alarm_without_mention"].append({"text": text, "got_red_flags": got_flags,
                                                        "got_intent": got_intent})
        if not expected_flags and msg.get("mentions"):
            fa_total += 1
            by_code = bool(got_flags)
            by_intent = is_red_flag_intent(got_intent)
            fa_codes += by_code
            fa_intent += by_intent
            if by_code or by_intent:
                ok = False
                errors["false_alarm"].append({
                    "text": text, "mentions": msg["mentions"], "got_red_flags": got_flags, "got_intent": got_intent,
                })

        for tag in list(msg.get("tags") or []) + ["all"]:
            by_tag[tag]["messages"] += 1
            by_tag[tag]["fully_right"] += ok

    fa_any = len(errors["false_alarm"])
    return {
        "messages": len(messages),
        "intent_accuracy": intents["accuracy"],
        "intent_macro_f1": intents["macro_f1"],
        "per_intent": intents["per_intent"],
        "findings": prf(totals["tp"], totals["fp"], totals["fn"]),
        "findings_f1": prf(totals["tp"], totals["fp"], totals["fn"])["f1"],
        "per_finding": {name: prf(c["tp"], c["fp"], c["fn"]) for name, c in sorted(per_name.items())},
        "red_flag_recall": rf_found / rf_expected if rf_expected else 1.0,
        "red_flag_codes": {"expected": rf_expected, "found": rf_found},
        "red_flag_card_recall": card_right / card_total if card_total else 1.0,
        "red_flag_messages": card_total,
        "false_alarm_rate": fa_any / fa_total if fa_total else 0.0,
        "suspicions": {"missed_codes": rf_missed, "missed_codes_suspected": rf_missed_suspected,
                       "found_or_asked_first": (rf_found + rf_missed_suspected) / rf_expected if rf_expected else 1.0,
                       "messages_without_red_flags": no_flag_messages,
                       "of_them_with_a_suspicion": no_flag_suspected},
        "false_alarms": {"messages": fa_total, "any": fa_any, "by_red_flags_key": fa_codes, "by_intent": fa_intent},
        "alarms_without_mention": {"messages": plain_total, "any": len(errors["alarm_without_mention"])},
        "by_tag": {tag: dict(c) for tag, c in sorted(by_tag.items())},
        "errors": errors,
    }


def check_targets(report: Mapping[str, Any]) -> List[Dict[str, Any]]:
    rows = []
    for name, (label, op, threshold) in TARGETS.items():
        value = report[name]
        met = value >= threshold if op == ">=" else value <= threshold
        rows.append({"name": name, "label": label, "value": value, "op": op, "threshold": threshold, "met": met})
    return rows


def _pairs_dict(pairs: Iterable[Pair]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for name, value in pairs:
        if name in out:
            out[name] = (out[name] if isinstance(out[name], list) else [out[name]]) + [value]
        else:
            out[name] = value
    return out


def _second_intent(result: Mapping[str, Any]) -> Optional[str]:
    ranking = [r for r in result.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
    if not ranking:
        return None
    top = ranking[0]
    return f"{top['name']} {top.get('confidence', 0):.2f}"


# --------------------------------------------------------------------------
# Running the model
# --------------------------------------------------------------------------

def find_model(arg: Optional[str]) -> Path:
    path = Path(arg) if arg else MODELS
    if path.is_dir():
        candidates = sorted(path.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
        if not candidates:
            raise FileNotFoundError(f"no trained model (*.tar.gz) in {path}; run `make train` or pass --model")
        return candidates[-1]
    if not path.exists():
        raise FileNotFoundError(f"model {path} does not exist")
    return path


async def parse_all(model: Path, texts: Sequence[str], progress: bool = True) -> List[Dict[str, Any]]:
    from rasa.core.agent import Agent  # slow import: only when a model is used

    from scripts.rasa_logs import quiet_rasa

    quiet_rasa()
    agent = Agent.load(str(model))
    results = []
    started = time.perf_counter()
    for number, text in enumerate(texts, 1):
        results.append(await agent.parse_message(text))
        if progress and (number % 25 == 0 or number == len(texts)):
            rate = number / (time.perf_counter() - started)
            print(f"  parsed {number}/{len(texts)} ({rate:.0f} messages/s)", flush=True)
    return results


def run_rasa_test(model: Path, rasa_copy: Path, out: Path) -> int:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONPATH=str(ROOT))
    rasa = Path(sys.executable).with_name("rasa")
    command = [str(rasa) if rasa.exists() else "rasa", "test", "nlu", "--model", str(model),
               "--nlu", str(rasa_copy), "--out", str(out)]
    print("running: " + " ".join(command), flush=True)
    log = out / "rasa_test_nlu.log"
    out.mkdir(parents=True, exist_ok=True)
    with open(log, "w", encoding="utf-8") as handle:
        code = subprocess.call(command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)
    print(f"  rasa test nlu exited {code}; log {log.relative_to(ROOT) if log.is_relative_to(ROOT) else log}")
    return code


# --------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------

def _pct(x: float) -> str:
    return f"{100 * x:.1f} %"


def markdown_report(report: Mapping[str, Any], targets: Sequence[Mapping[str, Any]], model: str,
                    test_set: str = "tests/nlu_heldout/heldout.yml") -> str:
    lines = [
        "# NLU evaluation on the held-out test set",
        "",
        f"Model: `{model}`  ",
        f"Test set: `{test_set}`, {report['messages']} messages, "
        f"{report['red_flag_messages']} with red flags, {report['false_alarms']['messages']} with only "
        "negated/hypothetical/past/other-person red-flag mentions.  ",
        f"Made by `scripts/eval_nlu.py` at {time.strftime('%Y-%m-%d %H:%M')}.",
        "",
        "## Targets",
        "",
        "| measure | value | target | met |",
        "|---|---|---|---|",
    ]
    for t in targets:
        lines.append(f"| {t['label']} | {t['value']:.3f} | {t['op']} {t['threshold']} | {'yes' if t['met'] else '**no**'} |")
    sus = report["suspicions"]
    lines += ["", f"Intent accuracy: {report['intent_accuracy']:.3f}", "",
              f"Red flags suspected (RedFlagSuspicion, asked first, no alarm): {sus['missed_codes_suspected']} of "
              f"the {sus['missed_codes']} missed codes; found or asked first {sus['found_or_asked_first']:.3f}. "
              f"Messages without red flags given a suspicion (one more question): {sus['of_them_with_a_suspicion']} "
              f"of {sus['messages_without_red_flags']}.", "",
              f"Alarms on messages that name no red-flag words at all (over-triage the false-alarm rate does "
              f"not count): {report['alarms_without_mention']['any']} of {report['alarms_without_mention']['messages']}.",
              "", "## Intents", "",
              "| intent | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for name, s in report["per_intent"].items():
        lines.append(f"| {name} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | {s['support']} |")
    f = report["findings"]
    lines += ["", "## Findings (micro over finding=value pairs)", "",
              f"Overall: precision {f['precision']:.3f}, recall {f['recall']:.3f}, F1 {f['f1']:.3f} "
              f"(tp {f['tp']}, fp {f['fp']}, fn {f['fn']})", "",
              "| finding | precision | recall | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    for name, s in report["per_finding"].items():
        lines.append(f"| {name} | {s['precision']:.2f} | {s['recall']:.2f} | {s['f1']:.2f} | {s['tp']} | {s['fp']} | {s['fn']} |")
    lines += ["", "## By kind of message (share fully right: intent, findings, red flags)", "",
              "| tag | messages | fully right |", "|---|---|---|"]
    for tag, c in report["by_tag"].items():
        lines.append(f"| {tag} | {c['messages']} | {c['fully_right']} |")
    lines += ["", "## Errors", ""]
    for kind, rows in report["errors"].items():
        lines.append(f"### {kind} ({len(rows)})")
        lines.append("")
        for row in rows:
            lines.append("- " + json.dumps(row, ensure_ascii=False, default=str))
        lines.append("")
    return "\n".join(lines) + "\n"


def print_summary(report: Mapping[str, Any], targets: Sequence[Mapping[str, Any]]) -> None:
    print("\n=== errors ===")
    for kind, rows in report["errors"].items():
        print(f"\n--- {kind}: {len(rows)} ---")
        for row in rows:
            text = row["text"] if len(row["text"]) <= 110 else row["text"][:107] + "..."
            if kind == "intent":
                print(f"  {text!r}\n      expected {row['expected']}, got {row['got']} "
                      f"({row['confidence'] or 0:.2f}; best non-fallback {row['second']})")
                if row.get("override"):
                    o = row["override"]
                    print(f"      SymptomExtractor override from the classifier's {o.get('from')} "
                          f"({o.get('from_confidence') or 0:.2f}): {o.get('reason')}")
            elif kind == "findings":
                print(f"  {text!r}\n      missed {row['missed']}  extra {row['extra']}")
            elif kind == "red_flag_missed":
                print(f"  {text!r}\n      expected {row['expected']}, got {row['got']}, suspected {row['suspected']}")
            elif kind == "suspected_without_red_flag":
                print(f"  {text!r}\n      suspected {row['suspected']}")
            elif kind == "red_flag_card":
                print(f"  {text!r}\n      expected intent {row['expected']}, got {row['got']}")
            elif kind == "alarm_without_mention":
                print(f"  {text!r}\n      got red_flags {row['got_red_flags']}, intent {row['got_intent']}")
            else:
                print(f"  {text!r}\n      mentions {row['mentions']}, got red_flags {row['got_red_flags']}, intent {row['got_intent']}")

    print("\n=== intents ===")
    print(f"  accuracy {report['intent_accuracy']:.3f}   macro-F1 {report['intent_macro_f1']:.3f}")
    for name, s in report["per_intent"].items():
        print(f"  {name:34s} P {s['precision']:.2f}  R {s['recall']:.2f}  F1 {s['f1']:.2f}  n={s['support']}")
    f = report["findings"]
    print("\n=== findings (micro over finding=value pairs) ===")
    print(f"  overall  P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  (tp {f['tp']} fp {f['fp']} fn {f['fn']})")
    for name, s in report["per_finding"].items():
        print(f"  {name:40s} P {s['precision']:.2f}  R {s['recall']:.2f}  F1 {s['f1']:.2f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    codes = report["red_flag_codes"]
    fa = report["false_alarms"]
    print("\n=== red flags ===")
    print(f"  recall of affirmed codes   {_pct(report['red_flag_recall'])} ({codes['found']}/{codes['expected']})")
    print(f"  red-flag intent (card)     {_pct(report['red_flag_card_recall'])} of {report['red_flag_messages']} messages")
    print(f"  false alarms               {_pct(report['false_alarm_rate'])} ({fa['any']}/{fa['messages']}; "
          f"by red_flags key {fa['by_red_flags_key']}, by intent {fa['by_intent']})")
    plain = report["alarms_without_mention"]
    print(f"  alarms, no red-flag words  {plain['any']}/{plain['messages']} messages (not in the false-alarm rate)")
    sus = report["suspicions"]
    print(f"  missed codes suspected     {sus['missed_codes_suspected']}/{sus['missed_codes']} "
          f"(found or asked first: {_pct(sus['found_or_asked_first'])})")
    print(f"  suspicions, no red flag    {sus['of_them_with_a_suspicion']}/{sus['messages_without_red_flags']} "
          "messages (one more question each)")
    print("\n=== targets ===")
    for t in targets:
        print(f"  [{'ok' if t['met'] else 'MISSED'}] {t['label']}: {t['value']:.3f} (target {t['op']} {t['threshold']})")


def _shown(path: Path) -> str:
    """A path as the reader of the report knows it: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="model file, or a folder to take the newest *.tar.gz from (default: models/)")
    parser.add_argument("--heldout", default=str(HELDOUT), help="held-out test file (default: %(default)s)")
    parser.add_argument("--out", default=str(RESULTS), help="folder for the reports (default: results/)")
    parser.add_argument("--no-rasa-test", action="store_true", help="skip `rasa test nlu` (confusion matrix)")
    parser.add_argument("--write-rasa-copy", action="store_true",
                        help=f"only rewrite {RASA_COPY.relative_to(ROOT)} from the held-out file, then exit")
    args = parser.parse_args(argv)

    try:
        messages = load_heldout(Path(args.heldout))
    except (HeldoutError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.write_rasa_copy:
        RASA_COPY.write_text(to_rasa_nlu_yaml(messages), encoding="utf-8")
        print(f"wrote {RASA_COPY.relative_to(ROOT)} ({len(messages)} messages)")
        return 0
    try:
        model = find_model(args.model)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(model.stat().st_mtime))
    print(f"model: {model} (trained {stamp}, {model.stat().st_size / 1e6:.1f} MB)")
    print(f"test set: {args.heldout} ({len(messages)} messages)")
    print("loading the model and parsing ...", flush=True)
    started = time.perf_counter()
    results = asyncio.run(parse_all(model, [m["text"] for m in messages]))
    print(f"  done in {time.perf_counter() - started:.0f} s")
    if not any("findings" in r for r in results):
        print("warning: the parse results carry no 'findings' key: is symptom_nlu.SymptomExtractor in this model's pipeline?")

    report = evaluate(messages, results)
    targets = check_targets(report)
    report["model"] = str(model)
    report["targets"] = targets

    if not args.no_rasa_test:
        nlu_out = out / "nlu"
        nlu_out.mkdir(parents=True, exist_ok=True)
        rasa_copy = nlu_out / "heldout_rasa.yml"
        rasa_copy.write_text(to_rasa_nlu_yaml(messages), encoding="utf-8")
        report["rasa_test_nlu_exit"] = run_rasa_test(model, rasa_copy, nlu_out)

    parses = [{"text": m["text"], "result": r} for m, r in zip(messages, results)]
    (out / "nlu_eval_parses.json").write_text(json.dumps(parses, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    (out / "nlu_eval.json").write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    (out / "nlu_eval.md").write_text(markdown_report(report, targets, str(model), _shown(Path(args.heldout))), encoding="utf-8")
    print_summary(report, targets)
    print(f"\nmodel used: {model}")
    print(f"reports: {out / 'nlu_eval.md'}, {out / 'nlu_eval.json'}"
          + ("" if args.no_rasa_test else f", confusion matrix and histograms in {out / 'nlu'}"))
    missed = [t for t in targets if not t["met"]]
    if missed:
        print(f"FAILED: {len(missed)} target(s) missed: " + ", ".join(t["name"] for t in missed))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
