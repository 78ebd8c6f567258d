// Storage: the reference-counted byte buffer that tensors view, on one Device. All tensor
// memory is obtained here, from the caching allocator of that device (allocator.h).
// Book chapter "Tensors and kernels".
#pragma once

#include <cstddef>
#include <memory>

#include "kernels/allocator.h"
#include "kernels/device.h"

namespace minijit {

// A flat, 64-byte-aligned block of bytes on `device()`. Tensors share it through
// std::shared_ptr; a view (select, slice, transpose) is a new Tensor pointing at the same
// Storage. On a CUDA device data() is a device pointer: only CUDA kernels may dereference it.
class Storage {
 public:
  // The only way memory is obtained. The bytes are left uninitialized, as torch.empty.
  // Throws "Torch not compiled with CUDA enabled" for a CUDA device in a CPU-only build.
  static std::shared_ptr<Storage> allocate(std::size_t nbytes, Device device = Device::cpu());

  // Takes `block` from `allocator`, to which the destructor gives it back.
  Storage(std::size_t nbytes, Device device, CachingAllocator& allocator, MemoryBlock block);
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
  CachingAllocator* allocator_;
  MemoryBlock block_;
};

}  // namespace minijit
