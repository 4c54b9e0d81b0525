#!/usr/bin/env bash
# Train only when something that goes into the model changed since the last
# training: config, domain, training data, contract, NLU component, engine.
set -euo pipefail
cd "$(dirname "$0")/.."
# the development sets are training data too (config.yml: DevSetImporter)
inputs=(config.yml domain.yml contract.yml data tests/nlu_heldout/dev*.yml symptom_nlu triage)
fingerprint=$(find "${inputs[@]}" -type f ! -name '*.pyc' ! -path '*/__pycache__/*' -print0 2>/dev/null \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
stamp=models/.fingerprint
if [ "$(cut -d' ' -f1 "$stamp" 2>/dev/null)" = "$fingerprint" ] && [ -f "models/$(cut -d' ' -f2 "$stamp")" ]; then
  echo "model: up to date (models/$(cut -d' ' -f2 "$stamp"))"
  exit 0
fi
echo "training the model (data or config changed; 8-11 minutes on 2 cores) ..."
start=$(date +%s)
name="legpain-$(date +%Y%m%d-%H%M%S)"
# One line per component as progress; the per-epoch bars would flood CI logs.
export TQDM_DISABLE=1
.venv/bin/rasa train --fixed-model-name "$name" --out models 2>&1 \
  | { grep -vE "^\s*$|tensorflow|oneDNN|cuda|TensorRT|rebuild TensorFlow|cpu_feature_guard" || true; }
[ -f "models/$name.tar.gz" ] || { echo "error: training failed; see the output above" >&2; exit 1; }
echo "$fingerprint $name.tar.gz" > "$stamp"
echo "trained models/$name.tar.gz in $(( $(date +%s) - start )) s"
