// CUDA devices, their caching allocators (cudaMalloc / cudaFree underneath) and raw
// host<->device copies. Book chapter "Tensors and kernels".
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "kernels/cuda/cuda_backend.h"
#include "kernels/cuda/cuda_check.h"

namespace minijit::cuda {

bool compiledIn() { return true; }

int deviceCount() {
  int count = 0;
  if (cudaGetDeviceCount(&count) != cudaSuccess) {
    cudaGetLastError();  // no driver or no GPU: report none rather than fail
    return 0;
  }
  return count;
}

namespace {

void checkIndex(int index) {
  const int count = deviceCount();
  if (index < 0 || index >= count) {
    throw TensorError("CUDA error: invalid device ordinal (cuda:" + std::to_string(index) +
                      " requested, " + std::to_string(count) + " device(s) present)");
  }
}

MemorySource deviceMemory(int index) {
  return MemorySource{
      "cuda",
      [index](std::size_t nbytes) {
        DeviceGuard guard(index);
        void* ptr = nullptr;
        const cudaError_t status = cudaMalloc(&ptr, nbytes);
        if (status == cudaErrorMemoryAllocation) {
          cudaGetLastError();
          throw TensorError("CUDA out of memory. Tried to allocate " +
                            std::to_string(nbytes >> 20) + " MiB on cuda:" +
                            std::to_string(index));
        }
        checkCuda(status, "cudaMalloc");
        return ptr;
      },
      [index](void* ptr, std::size_t) {
        DeviceGuard guard(index);
        cudaFree(ptr);  // a failure here (driver shutting down) leaves nothing to recover
      }};
}

}  // namespace

CachingAllocator& deviceAllocator(int index) {
  checkIndex(index);
  // One allocator per device, created on first use and never destroyed (cudaFree during
  // static destruction may run after the driver has unloaded).
  static std::mutex mutex;
  static std::vector<CachingAllocator*> allocators;
  std::lock_guard<std::mutex> lock(mutex);
  if (allocators.size() <= static_cast<std::size_t>(index)) allocators.resize(index + 1);
  if (!allocators[index]) {
    allocators[index] = new CachingAllocator(deviceMemory(index), std::size_t{8} << 30);
  }
  return *allocators[index];
}

void copyBytes(void* dst, const void* src, std::size_t nbytes, CopyKind kind, int device) {
  DeviceGuard guard(device);
  const cudaMemcpyKind direction = kind == CopyKind::HostToDevice   ? cudaMemcpyHostToDevice
                                   : kind == CopyKind::DeviceToHost ? cudaMemcpyDeviceToHost
                                                                    : cudaMemcpyDeviceToDevice;
  checkCuda(cudaMemcpy(dst, src, nbytes, direction), "cudaMemcpy");
}

void synchronize(int device) {
  DeviceGuard guard(device);
  checkCuda(cudaDeviceSynchronize(), "cudaDeviceSynchronize");
}

}  // namespace minijit::cuda
