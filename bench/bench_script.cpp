// Per-op cost of scripted code on tiny tensors: a ten-op chain compiled through the C++
// CompilationUnit and called with a 1-element tensor (what upstream does in ~1.1 µs per op).
// bench/compare.py runs the same source through torch.jit.CompilationUnit.
// Book chapter "Tensors and kernels".
#include <benchmark/benchmark.h>

#include "compiler/compilation_unit.h"
#include "kernels/ops.h"

namespace minijit {
namespace {

// Kept identical to CHAIN_SOURCE in bench/compare.py.
constexpr const char* kChainSource = R"(def chain(x):
    y = x + x
    y = y * x
    y = y - x
    y = y + 1.0
    y = y * 0.5
    y = y - x
    y = y + y
    y = y * y
    y = y - 1.0
    y = y + x
    return y
)";
constexpr int kOpsInChain = 10;

void BM_ScriptedChain(benchmark::State& state) {
  CompilationUnit unit;
  unit.define(kChainSource);
  Function* chain = unit.find("chain");
  const Tensor x = ops::full({1}, 0.25, ScalarType::Float);
  for (auto _ : state) benchmark::DoNotOptimize((*chain)({IValue(x)}));
  // Seconds per operator (printed with an SI prefix: 110n = 110 ns).
  state.counters["per_op"] = benchmark::Counter(
      static_cast<double>(kOpsInChain),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_ScriptedChain)->UseRealTime();

// The same ten operators called directly, without the interpreter.
void BM_DirectChain(benchmark::State& state) {
  const Tensor x = ops::full({1}, 0.25, ScalarType::Float);
  for (auto _ : state) {
    Tensor y = ops::add(x, x);
    y = ops::mul(y, x);
    y = ops::sub(y, x);
    y = ops::add(y, 1.0);
    y = ops::mul(y, 0.5);
    y = ops::sub(y, x);
    y = ops::add(y, y);
    y = ops::mul(y, y);
    y = ops::sub(y, 1.0);
    benchmark::DoNotOptimize(ops::add(y, x));
  }
}
BENCHMARK(BM_DirectChain)->UseRealTime();

}  // namespace
}  // namespace minijit

BENCHMARK_MAIN();
