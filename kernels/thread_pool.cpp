// The worker pool behind parallelFor: workers sleep on a condition variable, take chunks
// from an atomic counter, and the caller works on chunks too. After a job a worker watches
// for the next one for 50 µs before it sleeps: waking a sleeping thread takes tens of µs,
// as long as a whole 256x256 GEMM half, and kernels tend to come back to back. An idle
// pool still costs no CPU. Book chapter "Tensors and kernels".
//
// Why OpenBLAS is set to one thread: OpenBLAS keeps its own workers, which spin (yielding)
// for ~0.1 s after every GEMM. With two pools on two cores, an elementwise loop right after
// a GEMM competes with those spinners; the issue reports a CNN forward 40x slower. Keeping
// OpenBLAS single-threaded means its workers never exist, so only our pool ever runs; a
// large GEMM is parallelized by splitting its output rows over parallelFor (each chunk one
// single-threaded cblas_sgemm), which measured within noise of OpenBLAS's own two threads.
#include "kernels/thread_pool.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

extern "C" void openblas_set_num_threads(int threads);  // from libopenblas (no header needed)

namespace minijit {

namespace {

thread_local bool t_in_parallel_region = false;

int defaultThreadCount() {
  if (const char* text = std::getenv("MINIJIT_NUM_THREADS")) {
    const int threads = std::atoi(text);
    if (threads > 0) return threads;
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

// One parallelFor call: `chunks` ranges of `chunk_size`, handed out by `next_chunk`.
struct Job {
  const std::function<void(int64_t, int64_t)>* fn = nullptr;
  int64_t n = 0;
  int64_t chunk_size = 0;
  int64_t chunks = 0;
  std::atomic<int64_t> next_chunk{0};
  std::atomic<int64_t> chunks_left{0};
  std::exception_ptr error;  // the first failure, guarded by Pool::mutex_
};

class Pool {
 public:
  explicit Pool(int threads) { resize(threads); }
  ~Pool() { stopWorkers(); }

  int threads() const { return static_cast<int>(workers_.size()) + 1; }

  void resize(int threads) {
    std::lock_guard<std::mutex> busy(run_mutex_);
    stopWorkers();
    stopping_ = false;
    for (int i = 1; i < threads; ++i) workers_.emplace_back([this] { workerLoop(); });
  }

  // Returns false (and does nothing) when another caller is using the pool.
  bool tryRun(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
    std::unique_lock<std::mutex> busy(run_mutex_, std::try_to_lock);
    if (!busy.owns_lock()) return false;
    Job job;
    job.fn = &fn;
    job.n = n;
    job.chunks = std::min<int64_t>(threads(), (n + grain - 1) / grain);
    job.chunk_size = (n + job.chunks - 1) / job.chunks;
    job.chunks_left = job.chunks;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job_ = &job;
      ++generation_;
    }
    wake_.notify_all();
    runChunks(job);  // the caller works too
    std::unique_lock<std::mutex> lock(mutex_);
    // `job` lives on this stack: wait until no worker can still be looking at it.
    done_.wait(lock, [&] { return job.chunks_left == 0 && active_workers_ == 0; });
    job_ = nullptr;
    if (job.error) std::rethrow_exception(job.error);
    return true;
  }

 private:
  void runChunks(Job& job) {
    t_in_parallel_region = true;
    for (int64_t chunk; (chunk = job.next_chunk++) < job.chunks;) {
      const int64_t begin = chunk * job.chunk_size;
      const int64_t end = std::min(job.n, begin + job.chunk_size);
      try {
        (*job.fn)(begin, end);
      } catch (...) {  // kept and rethrown on the caller's thread by tryRun
        std::lock_guard<std::mutex> lock(mutex_);
        if (!job.error) job.error = std::current_exception();
      }
      if (--job.chunks_left == 0) {
        std::lock_guard<std::mutex> lock(mutex_);
        done_.notify_all();
      }
    }
    t_in_parallel_region = false;
  }

  void workerLoop() {
    uint64_t seen = 0;
    while (true) {
      // [book:pool-spin]
      const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(50);
      while (generation_.load(std::memory_order_acquire) == seen && !stopping_.load() &&
             std::chrono::steady_clock::now() < until) {
        std::this_thread::yield();
      }
      // [/book:pool-spin]
      Job* job = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
        if (stopping_) return;
        seen = generation_;
        job = job_;
        if (job) ++active_workers_;
      }
      if (!job) continue;
      runChunks(*job);
      std::lock_guard<std::mutex> lock(mutex_);
      if (--active_workers_ == 0) done_.notify_all();
    }
  }

  void stopWorkers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& worker : workers_) worker.join();
    workers_.clear();
  }

  std::mutex run_mutex_;  // one parallelFor at a time
  std::mutex mutex_;      // guards job_, active_workers_, generation_, stopping_
  std::condition_variable wake_;
  std::condition_variable done_;
  Job* job_ = nullptr;
  int active_workers_ = 0;  // workers inside runChunks of job_
  std::atomic<uint64_t> generation_{0};  // written under mutex_, also read while spinning
  std::atomic<bool> stopping_{false};
  std::vector<std::thread> workers_;
};

Pool& pool() {
  // Created on first use and never destroyed: joining threads during static destruction
  // can deadlock. Setting OpenBLAS to one thread here, before any pool work, is the policy.
  static Pool* instance = [] {
    openblas_set_num_threads(1);
    return new Pool(defaultThreadCount());
  }();
  return *instance;
}

}  // namespace

int numThreads() { return pool().threads(); }

void setNumThreads(int threads) { pool().resize(std::max(1, threads)); }

bool inParallelRegion() { return t_in_parallel_region; }

void parallelFor(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
  if (n <= 0) return;
  grain = std::max<int64_t>(grain, 1);
  if (n <= grain || t_in_parallel_region || pool().threads() == 1 ||
      !pool().tryRun(n, grain, fn)) {
    fn(0, n);
  }
}

namespace {
thread_local int t_blas_threads_depth = 0;  // withBlasThreads calls active on this thread
}  // namespace

bool inBlasThreadsRegion() { return t_blas_threads_depth > 0; }

void withBlasThreads(int threads, const std::function<void()>& fn) {
  // Nested calls keep the outermost count: a caller that chose the threads for a whole
  // region (a benchmark, say) is not overridden by a call inside it.
  if (t_blas_threads_depth > 0) return fn();
  pool();  // the policy (OpenBLAS at one thread) is in force from here on
  struct BackToOneThread {
    ~BackToOneThread() {
      openblas_set_num_threads(1);
      --t_blas_threads_depth;
    }
  } restore;
  ++t_blas_threads_depth;
  openblas_set_num_threads(threads);
  fn();
}

}  // namespace minijit
