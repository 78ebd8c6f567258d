// The caching allocator's free lists and statistics, and the host MemorySource: 64-byte
// aligned blocks, large ones 2 MiB aligned and advised to use transparent huge pages so a
// fresh block faults once per 2 MiB instead of once per 4 KiB. Book chapter "Tensors and kernels".
#include "kernels/allocator.h"

#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <new>
#include <string>

namespace minijit {

CachingAllocator::CachingAllocator(MemorySource source, std::size_t cache_limit)
    : source_(std::move(source)), cache_limit_(cache_limit) {}

CachingAllocator::~CachingAllocator() {
  std::lock_guard<std::mutex> lock(mutex_);
  releaseCachedLocked();
}

std::size_t CachingAllocator::bucketSize(std::size_t nbytes) {
  if (nbytes == 0) return 64;  // a defined tensor always has a real pointer
  if (nbytes <= 1024) return (nbytes + 63) / 64 * 64;
  const std::size_t power = std::bit_floor(nbytes);
  const std::size_t step = power / 4;
  return (nbytes + step - 1) / step * step;
}

// [book:allocate]
MemoryBlock CachingAllocator::allocate(std::size_t nbytes) {
  const std::size_t size = bucketSize(nbytes);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<void*>& free_list = freeListLocked(size);
    if (!free_list.empty()) {
      void* ptr = free_list.back();
      free_list.pop_back();
      stats_.cached_bytes -= size;
      stats_.allocated_bytes += size;
      ++stats_.cache_hits;
      updatePeaksLocked();
      return {ptr, size};
    }
  }
  void* ptr = allocateFresh(size);
  std::lock_guard<std::mutex> lock(mutex_);
  stats_.allocated_bytes += size;
  ++stats_.cache_misses;
  updatePeaksLocked();
  return {ptr, size};
}
// [/book:allocate]

std::vector<void*>& CachingAllocator::freeListLocked(std::size_t bucket_size) {
  if (bucket_size <= kSmallBuckets * 64) return small_free_lists_[bucket_size / 64 - 1];
  return free_lists_[bucket_size];
}

// A failed request empties the cache and tries once more: the memory may be sitting in
// free lists of other sizes.
void* CachingAllocator::allocateFresh(std::size_t size) {
  try {
    return source_.allocate(size);
  } catch (const std::exception&) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (stats_.cached_bytes == 0) throw;
      releaseCachedLocked();
    }
    return source_.allocate(size);
  }
}

void CachingAllocator::release(MemoryBlock block) {
  std::lock_guard<std::mutex> lock(mutex_);
  stats_.allocated_bytes -= block.size;
  if (stats_.cached_bytes + block.size > cache_limit_) {
    source_.release(block.ptr, block.size);
    return;
  }
  freeListLocked(block.size).push_back(block.ptr);
  stats_.cached_bytes += block.size;
}

void CachingAllocator::emptyCache() {
  std::lock_guard<std::mutex> lock(mutex_);
  releaseCachedLocked();
}

void CachingAllocator::releaseCachedLocked() {
  for (std::size_t i = 0; i < kSmallBuckets; ++i) {
    for (void* ptr : small_free_lists_[i]) source_.release(ptr, (i + 1) * 64);
    small_free_lists_[i].clear();
  }
  for (auto& [size, blocks] : free_lists_) {
    for (void* ptr : blocks) source_.release(ptr, size);
  }
  free_lists_.clear();
  stats_.cached_bytes = 0;
}

void CachingAllocator::setCacheLimit(std::size_t bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  cache_limit_ = bytes;
  if (stats_.cached_bytes > cache_limit_) releaseCachedLocked();
}

std::size_t CachingAllocator::cacheLimit() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return cache_limit_;
}

AllocatorStats CachingAllocator::stats() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return stats_;
}

void CachingAllocator::resetPeakStats() {
  std::lock_guard<std::mutex> lock(mutex_);
  stats_.peak_allocated_bytes = stats_.allocated_bytes;
  stats_.peak_reserved_bytes = stats_.allocated_bytes + stats_.cached_bytes;
}

void CachingAllocator::updatePeaksLocked() {
  stats_.peak_allocated_bytes = std::max(stats_.peak_allocated_bytes, stats_.allocated_bytes);
  stats_.peak_reserved_bytes =
      std::max(stats_.peak_reserved_bytes, stats_.allocated_bytes + stats_.cached_bytes);
}

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kHugePageThreshold = std::size_t{4} << 20;

std::align_val_t hostAlignment(std::size_t size) {
  // Cache-line alignment keeps vectorized loops and BLAS happy; big blocks get huge pages.
  return std::align_val_t{size >= kHugePageThreshold ? kHugePage : 64};
}

void* allocateHost(std::size_t size) {
  void* ptr = ::operator new(size, hostAlignment(size));
  // Only a hint: without transparent huge pages ("never") the kernel ignores it.
  if (size >= kHugePageThreshold) madvise(ptr, size, MADV_HUGEPAGE);
  return ptr;
}

void releaseHost(void* ptr, std::size_t size) {
  ::operator delete(ptr, hostAlignment(size));
}

std::size_t hostCacheLimit() {
  if (const char* text = std::getenv("MINIJIT_CPU_CACHE_LIMIT_MB")) {
    return static_cast<std::size_t>(std::strtoull(text, nullptr, 10)) << 20;
  }
  return std::size_t{1} << 30;
}

}  // namespace

CachingAllocator& cpuAllocator() {
  // Never destroyed: storages released during static destruction still find it.
  static CachingAllocator* allocator =
      new CachingAllocator(MemorySource{"cpu", allocateHost, releaseHost}, hostCacheLimit());
  return *allocator;
}

}  // namespace minijit
