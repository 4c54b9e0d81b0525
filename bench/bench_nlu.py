#!/usr/bin/env python
"""Latency of ``/model/parse`` for a 40-word message (`make bench-nlu`).

Two measurements:

1. the whole NLU parse: in-process with rasa's Agent (``Agent.load`` of the
   newest model in models/, or --model), or against a running server
   (``--url http://localhost:5005``, POST /model/parse);
2. the spaCy SymptomExtractor alone, on the same message.

Prints p50 / p95 / mean / max in milliseconds and whether the target
(p95 <= 40 ms for the parse) is met; exits 1 when it is not and --strict.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from scripts.rasa_logs import quiet_rasa  # noqa: E402

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

# 40 words: symptoms, a distance, a relief time, risk factors, a negation.
MESSAGE = (
    "My right calf cramps after about two blocks and it goes away if I stop "
    "for a minute or so. It is worse uphill. I quit smoking years ago, I have "
    "diabetes, and there are no sores on my feet."
)
TARGET_P95_MS = 40.0


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn: Callable[[], object], n: int, warmup: int) -> Tuple[List[float], List[float]]:
    """Wall-clock and CPU (this process) milliseconds per call.

    On a busy machine the wall clock includes waiting for a core; the CPU time
    shows what the parse itself costs (for --url it is only the client's)."""
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(n):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - start_cpu) * 1000.0)
        wall.append((time.perf_counter() - start) * 1000.0)
    return wall, cpu


def summary(name: str, measured: Tuple[List[float], List[float]]) -> Dict[str, float]:
    wall, cpu = measured
    stats = {
        "n": len(wall),
        "p50_ms": round(percentile(wall, 0.50), 2),
        "p95_ms": round(percentile(wall, 0.95), 2),
        "mean_ms": round(statistics.fmean(wall), 2),
        "max_ms": round(max(wall), 2),
        "cpu_p50_ms": round(percentile(cpu, 0.50), 2),
        "cpu_p95_ms": round(percentile(cpu, 0.95), 2),
    }
    print(f"{name:<34} n={stats['n']:<4} p50={stats['p50_ms']:7.2f} ms  p95={stats['p95_ms']:7.2f} ms  "
          f"mean={stats['mean_ms']:7.2f} ms  max={stats['max_ms']:7.2f} ms  "
          f"(CPU p50={stats['cpu_p50_ms']:.2f} p95={stats['cpu_p95_ms']:.2f} ms)")
    return stats


def latest_model(models_dir: Path) -> Optional[Path]:
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def bench_agent(model: Path, text: str, n: int, warmup: int) -> Dict[str, float]:
    from rasa.core.agent import Agent

    quiet_rasa()

    started = time.perf_counter()
    agent = Agent.load(str(model))
    print(f"loaded {model} in {time.perf_counter() - started:.1f} s")
    loop = asyncio.new_event_loop()
    parse = lambda: loop.run_until_complete(agent.parse_message(text))  # noqa: E731
    result = parse()
    check_parse(result)
    return summary("/model/parse (Agent, in-process)", timed(parse, n, warmup))


def bench_url(url: str, text: str, n: int, warmup: int) -> Dict[str, float]:
    import requests

    session = requests.Session()
    endpoint = url.rstrip("/") + "/model/parse"

    def parse():
        response = session.post(endpoint, json={"text": text}, timeout=30)
        response.raise_for_status()
        return response.json()

    check_parse(parse())
    return summary(f"POST {endpoint}", timed(parse, n, warmup))


def check_parse(result: Dict) -> None:
    missing = [k for k in ("intent", "entities", "findings", "red_flags") if k not in result]
    if missing:
        print(f"WARNING: the parse result lacks {missing}: is SymptomExtractor in the model's pipeline?")
    else:
        print(f"parse: intent={result['intent'].get('name')} red_flags={result['red_flags']} "
              f"findings={json.dumps(result['findings'])}")


def bench_extractor(text: str, n: int, warmup: int) -> Dict[str, float]:
    from symptom_nlu import SymptomExtractor

    started = time.perf_counter()
    extractor = SymptomExtractor()
    print(f"built the spaCy pipeline in {time.perf_counter() - started:.1f} s")
    return summary("SymptomExtractor.extract (spaCy)", timed(lambda: extractor.extract(text), n, warmup))


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="a running Rasa server, e.g. http://localhost:5005 (default: in-process)")
    parser.add_argument("--model", type=Path, help="model .tar.gz or folder (default: newest in models/)")
    parser.add_argument("-n", type=int, default=200, help="timed parses (default 200)")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--text", default=MESSAGE, help="the message (default: a 40-word description)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--strict", action="store_true", help=f"exit 1 when p95 > {TARGET_P95_MS:g} ms")
    args = parser.parse_args(argv)

    print(f"message ({len(args.text.split())} words): {args.text}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} (wall-clock figures include waiting for a core)")
    figures: Dict[str, Dict[str, float]] = {}
    if args.url:
        figures["parse"] = bench_url(args.url, args.text, args.n, args.warmup)
    else:
        model = args.model
        if model is not None and not model.exists():
            print(f"no such model: {model}")
            return 2
        if model is not None and model.is_dir():
            model = latest_model(model)
        model = model or latest_model(ROOT / "models")
        if model is None:
            print("no model in models/: train one (make train) or pass --model / --url; "
                  "measuring the extractor only")
        else:
            figures["parse"] = bench_agent(model, args.text, args.n, args.warmup)
    figures["extractor"] = bench_extractor(args.text, args.n, args.warmup)

    ok = True
    if "parse" in figures:
        ok = figures["parse"]["p95_ms"] <= TARGET_P95_MS
        print(f"target p95 <= {TARGET_P95_MS:g} ms for /model/parse: {'met' if ok else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps({"message": args.text, **figures}, indent=2) + "\n")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
