"""Speed of the clinical engine (not a timed test): assessments per second and
next_question time (mean, p95, by CPU time per call), on one core.

    .venv/bin/python bench/bench_triage.py [--n 20000] [--seed 1]

Inputs: the vignettes (tests/triage/vignettes.yml, full findings and openings)
and random valid findings drawn from the contract, mixed half and half. The
targets from the issue are printed beside the figures.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from triage import assess, load_contract, next_question  # noqa: E402

TARGET_ASSESSMENTS_PER_SECOND = 5000
TARGET_NEXT_QUESTION_MS = 5.0


def random_findings(rnd: random.Random, contract) -> Dict[str, Any]:
    findings: Dict[str, Any] = {}
    for name, spec in contract.findings.items():
        if rnd.random() < (0.08 if spec.red_flag else 0.4):
            if spec.type == "bool":
                findings[name] = rnd.random() < (0.15 if spec.red_flag else 0.5)
            elif spec.type == "number":
                findings[name] = float(rnd.randint(0, 90))
            elif spec.type == "one":
                findings[name] = rnd.choice(spec.values)
            else:
                findings[name] = rnd.sample(spec.values, rnd.randint(1, 3))
    return findings


def inputs(n: int, seed: int) -> List[Dict[str, Any]]:
    contract = load_contract()
    rnd = random.Random(seed)
    with open(ROOT / "tests" / "triage" / "vignettes.yml", encoding="utf-8") as handle:
        vignettes = yaml.safe_load(handle)
    pool = [v["findings"] for v in vignettes] + [v["opening"] for v in vignettes]
    return [rnd.choice(pool) if i % 2 else random_findings(rnd, contract) for i in range(n)]


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000, help="assessments per round")
    parser.add_argument("--questions", type=int, default=3000, help="next_question calls to time")
    parser.add_argument("--repeats", type=int, default=5, help="rounds of --n assessments; the best is reported")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    data = inputs(max(args.n, args.questions), args.seed)
    for findings in data[:200]:  # warm up: load tables, fill caches
        assess(findings)
        next_question(findings)

    # Assessments per second: best of `repeats` rounds (the code's speed,
    # least disturbed by other processes), with the median round and the rate
    # by CPU time beside it.
    rounds = []
    cpu_rounds = []
    chunk = data[: args.n]
    for _ in range(args.repeats):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for findings in chunk:
            assess(findings)
        rounds.append(len(chunk) / (time.perf_counter() - wall0))
        cpu_rounds.append(len(chunk) / max(time.process_time() - cpu0, 1e-9))
    per_second = max(rounds)

    def time_questions(batch):
        times = []
        for findings in batch:
            t0 = time.process_time()
            next_question(findings)
            times.append((time.process_time() - t0) * 1000.0)
        return times

    contract = load_contract()
    times = time_questions(data[: args.questions])
    # The information-gain path: red flags all answered "no", so every call
    # scores every askable finding (the slow path a real conversation takes).
    screened = [
        {**{k: v for k, v in f.items() if k not in contract.red_flag_urgency}, **{flag: False for flag in contract.red_flags}}
        for f in data[: args.questions]
    ]
    gain_times = time_questions(screened)

    print(f"python {platform.python_version()} on {platform.machine()}, one core")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (other work slows the wall-clock figures)")
    print(f"{'assess:':35} {per_second:,.0f} assessments/s (best of {args.repeats} rounds of {args.n}; "
          f"median {statistics.median(rounds):,.0f}/s; by CPU time {max(cpu_rounds):,.0f}/s) "
          f"(target >= {TARGET_ASSESSMENTS_PER_SECOND:,}) {'OK' if per_second >= TARGET_ASSESSMENTS_PER_SECOND else 'BELOW TARGET'}")
    for label, values in (("next_question (all inputs)", times), ("next_question (red flags screened)", gain_times)):
        mean, p95 = statistics.mean(values), percentile(values, 0.95)
        print(f"{label + ':':35} mean {mean:.3f} ms, p95 {p95:.3f} ms, max {max(values):.3f} ms over {len(values)} calls "
              f"(target < {TARGET_NEXT_QUESTION_MS} ms) {'OK' if p95 < TARGET_NEXT_QUESTION_MS else 'BELOW TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
