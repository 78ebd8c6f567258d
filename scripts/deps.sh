#!/usr/bin/env bash
# Installs the Debian packages minijit needs to build and test, only when some are missing.
# Called by scripts/run.sh and scripts/test.sh so that both work on a fresh machine.
set -euo pipefail

packages=(
  build-essential cmake ccache
  libopenblas-dev
  pybind11-dev python3-dev python3-numpy python3-pytest python3-torch python3-hypothesis
  libgtest-dev libgmock-dev libbenchmark-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
