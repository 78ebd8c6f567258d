// Storage: the reference-counted byte buffer that tensors view, on one Device. All tensor
// memory is obtained here: from the caching allocator of that device (allocator.h), or for
// a few bytes on the CPU, inside the Storage object itself.
// Book chapter "Tensors and kernels".
#pragma once

#include <cstddef>
#include <memory>

#include "kernels/allocator.h"
#include "kernels/device.h"

namespace minijit {

// A flat, 64-byte-aligned block of bytes on `device()` (16-byte aligned when inline: enough
// for every dtype, and a 64-byte-aligned Storage would need the slow aligned operator new). Tensors share it through
// std::shared_ptr; a view (select, slice, transpose) is a new Tensor pointing at the same
// Storage. On a CUDA device data() is a device pointer: only CUDA kernels may dereference it.
class Storage {
 public:
  // CPU storages of at most this many bytes (a one-element tensor, a scalar) keep their
  // bytes inside the Storage object: one allocation in all, and no trip through the
  // allocator's lock, which made up a tenth of a small operator's cost.
  static constexpr std::size_t kInlineBytes = 64;

  // The only way memory is obtained. The bytes are left uninitialized, as torch.empty.
  // Throws "Torch not compiled with CUDA enabled" for a CUDA device in a CPU-only build.
  static std::shared_ptr<Storage> allocate(std::size_t nbytes, Device device = Device::cpu());

  // Takes `block` from `allocator`, to which the destructor gives it back.
  Storage(std::size_t nbytes, Device device, CachingAllocator& allocator, MemoryBlock block);
  // A CPU storage of at most kInlineBytes, in inline_bytes_.
  explicit Storage(std::size_t nbytes);
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;

  void* data() { return block_.ptr; }
  const void* data() const { return block_.ptr; }
  std::size_t nbytes() const { return nbytes_; }
  Device device() const { return device_; }

 private:
  std::size_t nbytes_;
  Device device_;
  CachingAllocator* allocator_;  // null when the bytes are inline
  MemoryBlock block_;
  alignas(16) std::byte inline_bytes_[kInlineBytes];
};

}  // namespace minijit
