#!/usr/bin/env python
"""Write results/crossval.md from `rasa test nlu --cross-validation`'s reports
(results/crossval/*_report.json): per-intent and per-faq-answer F1 on the
held-back folds, so the figures are kept in the repository (`make crossval`)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "results" / "crossval"
SUMMARY = ROOT / "results" / "crossval.md"
TOTALS = ("accuracy", "macro avg", "weighted avg", "micro avg")


def table(report: dict, title: str) -> list:
    rows = sorted((k for k in report if k not in TOTALS), key=lambda k: report[k]["f1-score"])
    lines = [f"## {title}", "", "| label | precision | recall | F1 | examples |", "|---|---:|---:|---:|---:|"]
    for key in rows + [k for k in ("macro avg", "weighted avg") if k in report]:
        r = report[key]
        lines.append(f"| {key} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1-score']:.3f} | {r['support']} |")
    return lines + [""]


def main() -> int:
    parts = {"intent_report.json": "Intents (after the SymptomExtractor's red-flag override)",
             "response_selection_report.json": "FAQ answers (the intent classifier's faq key)"}
    missing = [name for name in parts if not (FOLDER / name).exists()]
    if missing:
        print(f"error: {', '.join(missing)} not in {FOLDER}: run `make crossval`", file=sys.stderr)
        return 2
    lines = ["# NLU 5-fold cross-validation", "",
             f"`rasa test nlu --cross-validation --folds 5` on data/nlu, {time.strftime('%Y-%m-%d %H:%M')}; "
             "scores on the held-back fold of each split, summed over the five. "
             "Confusion matrices and histograms: results/crossval/ (not kept in git).", ""]
    for name, title in parts.items():
        lines += table(json.loads((FOLDER / name).read_text()), title)
    SUMMARY.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {SUMMARY.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__).parse_args()  # --help, and no stray arguments
    sys.exit(main())
