// Per-op cost of scripted code on tiny tensors: a ten-op chain compiled through the C++
// CompilationUnit and called with a 1-element tensor (what upstream does in ~1.1 µs per op).
// bench/compare.py runs the same source through torch.jit.CompilationUnit.
// Book chapter "Tensors and kernels".
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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

// ---- compile speed (issue 4): CompilationUnit::define on the ~150-line function that
// bench/compile_speed.py generates (its --emit output; the build writes it next to this
// binary). MINIJIT_COMPILE_SOURCE=path overrides the file. Parse + emit + cleanup passes,
// what torch.jit.CompilationUnit(source) does upstream. ----
std::string compileSource(benchmark::State& state) {
  const char* path = std::getenv("MINIJIT_COMPILE_SOURCE");
#ifdef MINIJIT_COMPILE_SOURCE_DEFAULT
  if (path == nullptr) path = MINIJIT_COMPILE_SOURCE_DEFAULT;
#endif
  std::ifstream file(path ? path : "");
  if (!file) {
    state.SkipWithError("no source: set MINIJIT_COMPILE_SOURCE (bench/compile_speed.py --emit FILE)");
    return "";
  }
  std::stringstream text;
  text << file.rdbuf();
  std::string source = text.str();
  int64_t lines = 0;
  for (char c : source) lines += c == '\n';
  state.counters["lines"] = static_cast<double>(lines);
  return source;
}

void BM_CompileFunction(benchmark::State& state) {
  const std::string source = compileSource(state);
  if (source.empty()) return;
  for (auto _ : state) {
    CompilationUnit unit;
    benchmark::DoNotOptimize(unit.define(source));
  }
}
BENCHMARK(BM_CompileFunction)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same compile with cold caches: before each one (untimed), a 64 MiB sweep evicts the
// compiler's code and data, as the torch compile before each minijit compile does in
// compile_speed.py. The difference to BM_CompileFunction is what the memory a compile
// touches costs when it is not cached.
void BM_CompileFunctionCold(benchmark::State& state) {
  const std::string source = compileSource(state);
  if (source.empty()) return;
  std::vector<char> sweep(size_t{64} << 20, 1);
  for (auto _ : state) {
    state.PauseTiming();
    for (size_t i = 0; i < sweep.size(); i += 64) sweep[i] = static_cast<char>(sweep[i] + 1);
    benchmark::ClobberMemory();
    state.ResumeTiming();
    CompilationUnit unit;
    benchmark::DoNotOptimize(unit.define(source));
  }
}
BENCHMARK(BM_CompileFunctionCold)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace minijit

BENCHMARK_MAIN();
