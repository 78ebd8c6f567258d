// GPU benchmarks (Google Benchmark): cuBLAS GEMM float32 and CUDA elementwise add/relu
// through minijit's CUDA backend, timed with a device synchronize per iteration. Without a
// GPU every benchmark reports "no CUDA device". Book chapter "Tensors and kernels".
#include <benchmark/benchmark.h>

#include "kernels/cuda/cuda_backend.h"
#include "kernels/device_copy.h"
#include "kernels/ops.h"

namespace minijit {
namespace {

bool haveDevice(benchmark::State& state) {
  if (cudaDeviceCount() > 0) return true;
  state.SkipWithError("no CUDA device");
  return false;
}

Tensor onGpu(std::vector<int64_t> sizes, float value) {
  return ops::cuda(ops::full(sizes, value, ScalarType::Float));
}

void BM_CudaMm(benchmark::State& state) {
  if (!haveDevice(state)) return;
  const int64_t n = state.range(0);
  const Tensor a = onGpu({n, n}, 1.0f), b = onGpu({n, n}, 0.5f);
  cuda::mm(a, b);  // warm-up: cuBLAS handle and heuristics
  cuda::synchronize(0);
  for (auto _ : state) {
    benchmark::DoNotOptimize(cuda::mm(a, b));
    cuda::synchronize(0);
  }
  state.counters["GFLOP/s"] = benchmark::Counter(2.0 * n * n * n, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_CudaMm)->Arg(1024)->Arg(2048)->Arg(4096)->Arg(8192)->UseRealTime();

template <typename Op>
void elementwise(benchmark::State& state, Op op, int operands) {
  if (!haveDevice(state)) return;
  const int64_t n = state.range(0);
  const Tensor a = onGpu({n}, 1.5f), b = onGpu({n}, -0.5f);
  op(a, b);
  cuda::synchronize(0);
  for (auto _ : state) {
    benchmark::DoNotOptimize(op(a, b));
    cuda::synchronize(0);
  }
  state.SetBytesProcessed(state.iterations() * n * 4 * (operands + 1));
}
void BM_CudaAdd(benchmark::State& s) { elementwise(s, [](auto& a, auto& b) { return cuda::add(a, b); }, 2); }
void BM_CudaRelu(benchmark::State& s) { elementwise(s, [](auto& a, auto&) { return cuda::relu(a); }, 1); }
void BM_CudaSum(benchmark::State& s) { elementwise(s, [](auto& a, auto&) { return cuda::sum(a); }, 0); }
BENCHMARK(BM_CudaAdd)->Arg(1000000)->Arg(16000000)->Arg(256000000)->UseRealTime();
BENCHMARK(BM_CudaRelu)->Arg(1000000)->Arg(16000000)->Arg(256000000)->UseRealTime();
BENCHMARK(BM_CudaSum)->Arg(16000000)->Arg(256000000)->UseRealTime();

void BM_CudaCopyToHost(benchmark::State& state) {
  if (!haveDevice(state)) return;
  const Tensor a = onGpu({state.range(0)}, 1.0f);
  for (auto _ : state) benchmark::DoNotOptimize(ops::cpu(a));
  state.SetBytesProcessed(state.iterations() * state.range(0) * 4);
}
BENCHMARK(BM_CudaCopyToHost)->Arg(16000000)->UseRealTime();

}  // namespace
}  // namespace minijit

BENCHMARK_MAIN();
