#!/usr/bin/env bash
# Print the path of a Python 3.8-3.10 interpreter (Rasa 3.6 supports no other),
# trying $PYTHON, python3.10/3.9/3.8 on PATH, then pyenv's installed versions.
set -u
ok() { "$1" -c 'import sys, venv; sys.exit(0 if (3, 8) <= sys.version_info[:2] <= (3, 10) else 1)' >/dev/null 2>&1; }
candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
candidates+=(python3.10 python3.9 python3.8)
if command -v pyenv >/dev/null 2>&1; then
  for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.(10|9|8)\.[0-9]+$' | sort -t. -k2,2nr -k3,3nr); do
    candidates+=("$(pyenv root)/versions/$v/bin/python")
  done
fi
for c in "${candidates[@]}"; do
  if path=$(command -v "$c" 2>/dev/null) && ok "$path"; then echo "$path"; exit 0; fi
  if [ -n "${PYTHON:-}" ] && [ "$c" = "$PYTHON" ]; then
    echo "warning: PYTHON=$PYTHON is not a working Python 3.8-3.10; looking further" >&2
  fi
done
cat >&2 <<'MSG'
error: no Python 3.8, 3.9 or 3.10 found. Rasa 3.6 runs on no other version.
Tried: $PYTHON, python3.10, python3.9, python3.8 on PATH, and pyenv's versions.
Install one (for example `pyenv install 3.10.13`, or your system's python3.10
with its venv module) and run again, or point PYTHON at it: make install PYTHON=/path/to/python3.10
MSG
exit 1
