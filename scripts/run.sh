#!/usr/bin/env bash
# The main job: installs missing Debian packages, builds minijit into build/ if needed, then
# compiles and runs a file of TorchScript functions, printing each stage of the pipeline
# (tokens, AST, graph) and the result. Usage: scripts/run.sh [FILE [FUNCTION ARGS...]]
# (default: examples/foo.py, which names what to run in a `# run: foo(3)` line).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DPython_EXECUTABLE=/usr/bin/python3 >/dev/null
fi
cmake --build build --target minijit_cli -j"$(nproc)" >/dev/null

if [ $# -eq 0 ]; then
  set -- examples/foo.py
fi
exec build/bin/minijit stages "$@"
