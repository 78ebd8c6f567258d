#!/usr/bin/env bash
# Every test: installs missing Debian packages, builds everything into build/, then runs the
# GoogleTest unit tests (ctest), the Python tests (pytest: python/tests and the conformance
# runner's own tests) and the conformance suite against upstream's goldens. Every stage runs
# even when an earlier one fails; a summary follows and the exit status is non-zero if any
# stage failed. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=/usr/bin/python3  # the interpreter with torch, numpy and pytest (DESIGN.md)

scripts/deps.sh
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DPython_EXECUTABLE="$PYTHON"
fi
cmake --build build -j"$(nproc)"

summary=()
failed=0
stage() {  # stage NAME COMMAND...: runs one stage and records how it went
  local name=$1
  shift
  echo "== $name =="
  if "$@"; then
    summary+=("  pass  $name")
  else
    summary+=("  FAIL  $name")
    failed=1
  fi
}

stage ctest ctest --test-dir build --output-on-failure
stage pytest env PYTHONPATH=build/python "$PYTHON" -m pytest -q python/tests conformance/test_runner.py book/test_book.py
stage conformance "$PYTHON" conformance/run.py --adapter minijit

echo "== summary =="
printf '%s\n' "${summary[@]}"
exit "$failed"
