#!/usr/bin/env bash
# GPU check for the CUDA backend: builds only what kernels/cuda/cuda_test.cpp and
# bench/bench_cuda.cpp need, straight with g++ and nvcc (no CMake, no pybind11: the GPU
# machine may lack them), then runs both and prints the results. Needs a CUDA toolkit,
# OpenBLAS and GoogleTest; Google Benchmark is optional (the benchmark is skipped without).
# Usage: scripts/gpu_check.sh            (from any directory; builds into build-gpu/)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=build-gpu
JOBS=$(nproc)
mkdir -p "$OUT/obj"

NVCC=$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)
CUDA_HOME=$(dirname "$(dirname "$NVCC")")
[ -x "$NVCC" ] || { echo "gpu_check: no nvcc found"; exit 1; }
nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap --format=csv || true
CAP=$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader 2>/dev/null | head -1 | tr -d '.')
ARCH=sm_${CAP:-90}

find_header() {  # find_header NAME: the directory holding NAME, or nothing
  for dir in /usr/include /usr/include/x86_64-linux-gnu /usr/include/aarch64-linux-gnu \
             /usr/include/openblas /usr/local/include; do
    [ -f "$dir/$1" ] && { echo "$dir"; return; }
  done
}
CBLAS_DIR=$(find_header cblas.h)
GTEST_DIR=$(find_header gtest/gtest.h)
BENCH_DIR=$(find_header benchmark/benchmark.h)
[ -n "$CBLAS_DIR" ] || { echo "gpu_check: cblas.h (OpenBLAS) not found; cannot build kernels"; exit 1; }
echo "gpu_check: nvcc $("$NVCC" --version | tail -1), arch $ARCH, cblas in $CBLAS_DIR," \
     "gtest: ${GTEST_DIR:-missing}, benchmark: ${BENCH_DIR:-missing}"

CXXFLAGS=(-std=c++20 -O2 -Wall -Wextra -Wno-unused-parameter -DMINIJIT_HAVE_CUDA
          -I"$ROOT" -I"$CUDA_HOME/include" -I"$CBLAS_DIR")
NVFLAGS=(-std=c++20 -O2 -arch="$ARCH" -DMINIJIT_HAVE_CUDA -I"$ROOT" -Xcompiler=-Wall,-Wextra)
export ROOT OUT NVCC
export CXXFLAGS_STR="${CXXFLAGS[*]}" NVFLAGS_STR="${NVFLAGS[*]}"

# Every kernels/ source except tests and the no-CUDA stubs, compiled in parallel.
SOURCES=$(ls kernels/*.cpp kernels/cuda/*.cpp kernels/cuda/*.cu | grep -v -e _test.cpp -e cuda_stubs.cpp)
compile_one() {
  local src=$1 obj="$OUT/obj/$(echo "$1" | tr / _).o"
  if [[ $src == *.cu ]]; then
    "$NVCC" $NVFLAGS_STR -c "$src" -o "$obj"
  else
    g++ $CXXFLAGS_STR -c "$src" -o "$obj"
  fi
}
export -f compile_one
start=$(date +%s)
echo "$SOURCES" | xargs -P "$JOBS" -I{} bash -c 'compile_one {}' || { echo "gpu_check: compile failed"; exit 1; }
ar rcs "$OUT/libkernels.a" "$OUT"/obj/*.o
LIBS=(-L"$CUDA_HOME/lib64" -lcublas -lcudart -lopenblas -lpthread)
echo "gpu_check: kernels built in $(( $(date +%s) - start )) s"

status=0
if [ -n "$GTEST_DIR" ]; then
  g++ "${CXXFLAGS[@]}" kernels/cuda/cuda_test.cpp "$OUT/libkernels.a" -lgtest_main -lgtest \
      "${LIBS[@]}" -o "$OUT/cuda_test" && "$OUT/cuda_test" || status=1
else
  echo "gpu_check: GoogleTest missing: cuda_test not built"; status=1
fi
if [ -n "$BENCH_DIR" ]; then
  g++ "${CXXFLAGS[@]}" bench/bench_cuda.cpp "$OUT/libkernels.a" -lbenchmark \
      "${LIBS[@]}" -o "$OUT/bench_cuda" && "$OUT/bench_cuda" || status=1
else
  echo "gpu_check: Google Benchmark missing: bench_cuda not built"
fi
exit "$status"
