// CachingAllocator: keeps freed blocks in size-bucketed free lists and hands them out
// again, because a fresh page costs ~13 µs to touch here (64 MB outputs made `a + b` 40×
// slower) and cudaMalloc/cudaFree synchronize the GPU. Storage is its only client: one
// instance for host memory, one per CUDA device. Book chapter "Tensors and kernels".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace minijit {

// Where the cache gets fresh memory from and gives it back to (operator new, cudaMalloc).
// `allocate` throws when the memory is not there; the cache then empties itself and retries.
struct MemorySource {
  const char* name;  // "cpu", "cuda:0": for error messages
  std::function<void*(std::size_t)> allocate;
  std::function<void(void*, std::size_t)> release;
};

// A block handed out by the cache. `size` is the bucket size, at least what was asked for.
struct MemoryBlock {
  void* ptr = nullptr;
  std::size_t size = 0;
};

// Byte counts of one allocator. Reserved = allocated + cached: what the process holds.
struct AllocatorStats {
  std::size_t allocated_bytes = 0;       // in blocks that storages hold now
  std::size_t cached_bytes = 0;          // in free lists, ready for reuse
  std::size_t peak_allocated_bytes = 0;  // max of allocated_bytes since the last reset
  std::size_t peak_reserved_bytes = 0;   // max of allocated + cached since the last reset
  std::uint64_t cache_hits = 0;          // allocations served from a free list
  std::uint64_t cache_misses = 0;        // allocations that went to the MemorySource
};

// Thread-safe (one mutex; an uncontended lock costs ~20 ns, well below an operator's cost).
// Blocks are reused only for an identical bucket size; the cache never holds more than
// `cache_limit` bytes: a block that would exceed it is returned to the source at once.
class CachingAllocator {
 public:
  CachingAllocator(MemorySource source, std::size_t cache_limit);
  ~CachingAllocator();
  CachingAllocator(const CachingAllocator&) = delete;
  CachingAllocator& operator=(const CachingAllocator&) = delete;

  MemoryBlock allocate(std::size_t nbytes);
  void release(MemoryBlock block);
  // Returns every cached block to the source (torch.cuda.empty_cache()).
  void emptyCache();
  void setCacheLimit(std::size_t bytes);
  std::size_t cacheLimit() const;
  AllocatorStats stats() const;
  // Starts the peaks again from the current amounts.
  void resetPeakStats();

  // The bucket a request falls in: multiples of 64 bytes below 1 KiB, then four buckets per
  // power of two (1024, 1280, 1536, 1792, 2048, 2560, ...), so rounding wastes < 25%.
  static std::size_t bucketSize(std::size_t nbytes);

 private:
  void* allocateFresh(std::size_t size);  // mutex_ must not be held (the source may be slow)
  void releaseCachedLocked();             // gives every cached block back; mutex_ held
  void updatePeaksLocked();
  std::vector<void*>& freeListLocked(std::size_t bucket_size);

  // The sixteen small buckets (64, 128, ..., 1024 bytes) have their free lists in an array:
  // scalar code allocates from them on every operator, and the hash lookup cost as much as
  // the rest of allocate(). Larger buckets are looked up in the map.
  static constexpr std::size_t kSmallBuckets = 16;

  MemorySource source_;
  std::size_t cache_limit_;
  mutable std::mutex mutex_;
  std::array<std::vector<void*>, kSmallBuckets> small_free_lists_;  // [size / 64 - 1]
  std::unordered_map<std::size_t, std::vector<void*>> free_lists_;  // bucket size -> blocks
  AllocatorStats stats_;
};

// The host allocator every CPU Storage uses (created on first use). Its cache limit is
// MINIJIT_CPU_CACHE_LIMIT_MB from the environment when set, else 1 GiB.
CachingAllocator& cpuAllocator();

}  // namespace minijit
