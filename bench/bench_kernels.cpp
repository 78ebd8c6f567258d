// CPU kernel benchmarks (Google Benchmark): GEMM float32 n=256..2048, elementwise
// add/mul/relu on 1e6 and 1.6e7 floats, a STREAM-like copy/triad bandwidth, and the
// caching allocator's effect on fresh outputs. Thread counts are benchmark arguments;
// bench/compare.py runs the same workloads in torch. Book chapter "Tensors and kernels".
#include <benchmark/benchmark.h>
#include <cblas.h>

#include <vector>

#include "kernels/allocator.h"
#include "kernels/nn.h"
#include "kernels/ops.h"
#include "kernels/thread_pool.h"

namespace minijit {
namespace {

Tensor filled(std::vector<int64_t> sizes, float value) {
  return ops::full(sizes, value, ScalarType::Float);
}

// ---- GEMM: ops::mm with OpenBLAS given `threads` threads (our pool idle meanwhile) ----
void BM_Mm(benchmark::State& state) {
  const int64_t n = state.range(0);
  const int threads = static_cast<int>(state.range(1));
  const Tensor a = filled({n, n}, 1.0f), b = filled({n, n}, 0.5f);
  for (auto _ : state) {
    withBlasThreads(threads, [&] { benchmark::DoNotOptimize(ops::mm(a, b)); });
  }
  state.counters["GFLOP/s"] = benchmark::Counter(2.0 * n * n * n, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Mm)->ArgsProduct({{256, 512, 1024, 2048}, {1, 2}})->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- GEMM split by output rows over our pool, OpenBLAS single-threaded (the policy) ----
void BM_MmRowSplit(benchmark::State& state) {
  const int64_t n = state.range(0);
  setNumThreads(static_cast<int>(state.range(1)));
  const Tensor a = filled({n, n}, 1.0f), b = filled({n, n}, 0.5f);
  Tensor c = Tensor::empty({n, n}, ScalarType::Float);
  const float* x = a.data<float>();
  const float* y = b.data<float>();
  float* z = c.data<float>();
  for (auto _ : state) {
    parallelFor(n, 64, [&](int64_t begin, int64_t end) {
      cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, static_cast<int>(end - begin),
                  static_cast<int>(n), static_cast<int>(n), 1.0f, x + begin * n,
                  static_cast<int>(n), y, static_cast<int>(n), 0.0f, z + begin * n,
                  static_cast<int>(n));
    });
  }
  state.counters["GFLOP/s"] = benchmark::Counter(2.0 * n * n * n, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_MmRowSplit)->ArgsProduct({{256, 512, 1024, 2048}, {1, 2}})->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- elementwise through the operators; the second argument is the pool's thread count
// (setNumThreads), which the operators use once their loops go through parallelFor ----
template <typename Op>
void elementwise(benchmark::State& state, Op op, int operands) {
  const int64_t n = state.range(0);
  if (state.range(1) > 0) setNumThreads(static_cast<int>(state.range(1)));
  const Tensor a = filled({n}, 1.5f), b = filled({n}, -0.5f);
  benchmark::DoNotOptimize(op(a, b));  // warm-up, as the torch side does (the cache fills here)
  for (auto _ : state) benchmark::DoNotOptimize(op(a, b));
  // bytes moved: each input read once, the output written once
  state.SetBytesProcessed(state.iterations() * n * 4 * (operands + 1));
  setNumThreads(1);
}
void BM_Add(benchmark::State& s) { elementwise(s, [](auto& a, auto& b) { return ops::add(a, b); }, 2); }
void BM_Mul(benchmark::State& s) { elementwise(s, [](auto& a, auto& b) { return ops::mul(a, b); }, 2); }
void BM_Relu(benchmark::State& s) { elementwise(s, [](auto& a, auto&) { return ops::relu(a); }, 1); }
BENCHMARK(BM_Add)->ArgsProduct({{1000000, 16000000}, {1, 2}})->UseRealTime();
BENCHMARK(BM_Mul)->ArgsProduct({{1000000, 16000000}, {1, 2}})->UseRealTime();
BENCHMARK(BM_Relu)->ArgsProduct({{1000000, 16000000}, {1, 2}})->UseRealTime();

// The same add with the allocator's cache disabled: every output is fresh memory.
void BM_AddNoCache(benchmark::State& state) {
  CachingAllocator& allocator = cpuAllocator();
  const std::size_t limit = allocator.cacheLimit();
  allocator.setCacheLimit(0);
  elementwise(state, [](auto& a, auto& b) { return ops::add(a, b); }, 2);
  allocator.setCacheLimit(limit);
}
BENCHMARK(BM_AddNoCache)->ArgsProduct({{1000000, 16000000}, {0}})->UseRealTime();

// ---- an add loop run through parallelFor: what the pool gives once elementwise uses it ----
void BM_AddPool(benchmark::State& state) {
  const int64_t n = state.range(0);
  setNumThreads(static_cast<int>(state.range(1)));
  const Tensor a = filled({n}, 1.5f), b = filled({n}, -0.5f);
  for (auto _ : state) {
    Tensor out = Tensor::empty({n}, ScalarType::Float);
    const float* x = a.data<float>();
    const float* y = b.data<float>();
    float* z = out.data<float>();
    parallelFor(n, kElementwiseGrain, [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i) z[i] = x[i] + y[i];
    });
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() * n * 12);
  setNumThreads(1);
}
BENCHMARK(BM_AddPool)->ArgsProduct({{1000000, 16000000}, {1, 2}})->UseRealTime();

// ---- conv2d of a ResNet layer: (N, 64, 56, 56) * 64 3x3 filters, pad 1, no bias (the direct
// kernel of conv_direct.cpp on AVX-512 CPUs, else im2col + GEMM). Arguments: batch N and
// threads of our pool (setNumThreads, as a user's MINIJIT_NUM_THREADS; OpenBLAS stays at
// one thread). ----
void BM_Conv2d(benchmark::State& state) {
  const int64_t n = state.range(0);
  setNumThreads(static_cast<int>(state.range(1)));
  const Tensor input = filled({n, 64, 56, 56}, 0.5f), weight = filled({64, 64, 3, 3}, 0.25f);
  for (auto _ : state) {
    benchmark::DoNotOptimize(ops::conv2d(input, weight, std::nullopt, std::vector<int64_t>{1, 1},
                                         std::vector<int64_t>{1, 1}, std::vector<int64_t>{1, 1}, 1));
  }
  state.counters["GFLOP/s"] = benchmark::Counter(2.0 * n * 64 * 56 * 56 * 64 * 9,
                                                 benchmark::Counter::kIsIterationInvariantRate);
  setNumThreads(1);
}
BENCHMARK(BM_Conv2d)->ArgsProduct({{1, 8}, {1, 2}})->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- what the caching allocator costs in memory: a ResNet basic block on batch 8
// (conv 3x3 -> relu -> conv 3x3 -> + input -> relu), with the cache on (arg 1) or off (0).
// Counters: the peak of bytes in live tensors, the peak the process held (live + cached),
// and the difference as a share of the live peak. ----
void BM_AllocatorPeak(benchmark::State& state) {
  CachingAllocator& allocator = cpuAllocator();
  const std::size_t limit = allocator.cacheLimit();
  if (state.range(0) == 0) allocator.setCacheLimit(0);
  allocator.emptyCache();
  const Tensor input = filled({8, 64, 56, 56}, 0.5f), weight = filled({64, 64, 3, 3}, 0.01f);
  const std::vector<int64_t> one{1, 1};
  allocator.resetPeakStats();
  for (auto _ : state) {
    Tensor y = ops::relu(ops::conv2d(input, weight, std::nullopt, one, one, one, 1));
    y = ops::conv2d(y, weight, std::nullopt, one, one, one, 1);
    benchmark::DoNotOptimize(ops::relu(ops::add(y, input)));
  }
  const AllocatorStats stats = allocator.stats();
  const double mib = 1024.0 * 1024.0;
  state.counters["peak_live_MiB"] = static_cast<double>(stats.peak_allocated_bytes) / mib;
  state.counters["peak_held_MiB"] = static_cast<double>(stats.peak_reserved_bytes) / mib;
  state.counters["extra_%"] = 100.0 * (static_cast<double>(stats.peak_reserved_bytes) /
                                           static_cast<double>(stats.peak_allocated_bytes) - 1.0);
  allocator.setCacheLimit(limit);
}
BENCHMARK(BM_AllocatorPeak)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- STREAM-like bandwidth: triad c = a + 3b (12 bytes per element) ----
void BM_StreamTriad(benchmark::State& state) {
  const int64_t n = 1 << 25;  // 128 MiB per array, far beyond the caches
  setNumThreads(static_cast<int>(state.range(0)));
  std::vector<float> a(n, 1.0f), b(n, 2.0f), c(n, 0.0f);
  for (auto _ : state) {
    parallelFor(n, kElementwiseGrain, [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i) c[i] = a[i] + 3.0f * b[i];
    });
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * n * 12);
  setNumThreads(1);
}
BENCHMARK(BM_StreamTriad)->Arg(1)->Arg(2)->UseRealTime();

}  // namespace
}  // namespace minijit

BENCHMARK_MAIN();
