// ThreadPool: the one pool of worker threads kernels use, and parallelFor, its only entry
// point. Policy: work below a grain runs inline on the caller (no thread overhead for small
// tensors); larger work is split over all cores. OpenBLAS is held at one thread so that its
// pool and ours never compete for the cores (thread_pool.cpp says why). Book chapter
// "Tensors and kernels".
#pragma once

#include <cstdint>
#include <functional>

namespace minijit {

// [book:parallel-for]
// Suggested grain for elementwise loops, in elements: below ~32K floats (128 KB) waking a
// worker (~5-10 µs) costs more than the loop itself.
constexpr int64_t kElementwiseGrain = 32768;

// Threads that parallelFor uses, counting the caller: MINIJIT_NUM_THREADS from the
// environment when set, else every core the process may run on.
int numThreads();
// Changes the count (1 = everything inline); waits for running work first.
void setNumThreads(int threads);
// True on a thread that is running a parallelFor chunk (nested calls run inline).
bool inParallelRegion();

// Calls fn(begin, end) over disjoint ranges that cover [0, n), each at least `grain` long
// (except the last), possibly on several threads at once, and returns when all are done.
// The first exception a chunk throws is rethrown here once every chunk has finished.
// Runs fn(0, n) inline when n <= grain, when one thread is configured, inside another
// parallelFor, or while another thread's parallelFor holds the pool.
void parallelFor(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn);
// [/book:parallel-for]

// Runs `fn` with OpenBLAS allowed `threads` threads, then puts it back to one. For a caller
// that wants OpenBLAS's own threading for one large GEMM while our pool is idle; never
// call it from inside parallelFor. Nested calls run `fn` with the outer call's count.
void withBlasThreads(int threads, const std::function<void()>& fn);
// True inside withBlasThreads on this thread (GEMMs then leave threading to OpenBLAS).
bool inBlasThreadsRegion();

}  // namespace minijit
