#!/usr/bin/env bash
# Every test of the project, stopping at the first failure. The model is trained
# (when needed) before the unit tests, so the tests that parse with it never skip.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1 PYTHONPATH="$PWD"
PY=.venv/bin/python
step() { echo; echo "=== $* ==="; }
quiet_tf() { grep -vE "tensorflow|oneDNN|cuda|TensorRT|rebuild TensorFlow|cpu_feature_guard" || true; }

step "training data and domain (rasa data validate)"
.venv/bin/rasa data validate --fail-on-warnings 2>&1 | quiet_tf

step "model"
bash scripts/train_if_needed.sh

step "unit tests: engine, NLU component, actions, contract, trained-model parse"
$PY -m pytest -m "not e2e and not browser"

step "conversation tests (rasa test, tests/test_stories.yml)"
.venv/bin/rasa test core --stories tests/test_stories.yml --fail-on-prediction-errors --out results/stories 2>&1 \
  | quiet_tf | tail -25

step "end-to-end and reliability tests against the real servers"
$PY -m pytest -m e2e

# A pytest process of its own: Playwright's sync API keeps an event loop
# running, and the reliability tests' asyncio.run() cannot share it.
step "web chat in a real browser against the real servers"
$PY -m pytest -m browser
