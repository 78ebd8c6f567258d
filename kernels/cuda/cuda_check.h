// Helpers shared by the CUDA sources: turning CUDA and cuBLAS status codes into
// TensorErrors worded like upstream's ("CUDA error: out of memory"), and a guard that
// makes one GPU current for a scope. Book chapter "Tensors and kernels".
#pragma once

#include <cuda_runtime.h>

#include <string>

#include "kernels/tensor_error.h"

namespace minijit::cuda {

inline void checkCuda(cudaError_t status, const char* what) {
  if (status != cudaSuccess) {
    cudaGetLastError();  // clear the sticky-free error so the next call starts clean
    throw TensorError(std::string("CUDA error: ") + cudaGetErrorString(status) + " (" + what +
                      ")");
  }
}

// Makes `device` current and restores the previous device when the scope ends.
class DeviceGuard {
 public:
  explicit DeviceGuard(int device) {
    checkCuda(cudaGetDevice(&previous_), "cudaGetDevice");
    if (device != previous_) checkCuda(cudaSetDevice(device), "cudaSetDevice");
  }
  ~DeviceGuard() { cudaSetDevice(previous_); }
  DeviceGuard(const DeviceGuard&) = delete;
  DeviceGuard& operator=(const DeviceGuard&) = delete;

 private:
  int previous_ = 0;
};

}  // namespace minijit::cuda
