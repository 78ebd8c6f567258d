// Storage allocation: the single place where tensor memory is obtained and released, from
// the caching allocator of the storage's device or, for a few CPU bytes, inline.
// Book chapter "Tensors and kernels".
#include "kernels/storage.h"

#include "kernels/cuda/cuda_backend.h"

namespace minijit {

namespace {

CachingAllocator& allocatorFor(Device device) {
  if (device.isCpu()) return cpuAllocator();
  return cuda::deviceAllocator(device.index);  // throws in a build without CUDA
}

}  // namespace

std::shared_ptr<Storage> Storage::allocate(std::size_t nbytes, Device device) {
  device = device.concrete();
  if (device.isCpu() && nbytes <= kInlineBytes) return std::make_shared<Storage>(nbytes);
  CachingAllocator& allocator = allocatorFor(device);
  return std::make_shared<Storage>(nbytes, device, allocator, allocator.allocate(nbytes));
}

Storage::Storage(std::size_t nbytes, Device device, CachingAllocator& allocator,
                 MemoryBlock block)
    : nbytes_(nbytes), device_(device), allocator_(&allocator), block_(block) {}

Storage::Storage(std::size_t nbytes)
    : nbytes_(nbytes),
      device_(Device::cpu()),
      allocator_(nullptr),
      block_{inline_bytes_, kInlineBytes} {}

Storage::~Storage() {
  if (allocator_) allocator_->release(block_);
}

}  // namespace minijit
