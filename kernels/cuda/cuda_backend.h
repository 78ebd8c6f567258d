// The CUDA backend's interface: device queries, the per-device caching allocator, raw
// copies, and the operators that have CUDA kernels. Built from kernels/cuda/*.cu|.cpp when
// a CUDA toolkit is found, else from cuda_stubs.cpp (every call raises "Torch not compiled
// with CUDA enabled"), so callers never need #ifdefs. Book chapter "Tensors and kernels".
#pragma once

#include <cstddef>

#include "kernels/allocator.h"
#include "kernels/scalar.h"
#include "kernels/tensor.h"

namespace minijit::cuda {

bool compiledIn();
// Devices the driver reports; 0 when there is no driver or no GPU (never throws).
int deviceCount();
// The caching allocator of device `index` (cudaMalloc underneath). Every kernel runs on the
// legacy default stream, so a block freed by one operator can be reused by the next one
// without synchronizing: stream order already serializes them.
CachingAllocator& deviceAllocator(int index);

enum class CopyKind { HostToDevice, DeviceToHost, DeviceToDevice };
// cudaMemcpy of `nbytes` contiguous bytes; returns when the copy is complete.
void copyBytes(void* dst, const void* src, std::size_t nbytes, CopyKind kind, int device);
// Waits until every kernel queued on `device` has finished (for timing).
void synchronize(int device);

// [book:cuda-ops]
// ---- operators on CUDA tensors, with upstream's semantics for the dtypes they cover ----
// Elementwise kernels compute in Float, Double, Int and Long (elementwise.cu). Operands
// broadcast; a 0-dim CPU tensor (a wrapped Python number) may be mixed with CUDA tensors.
// Copies `src` (broadcast, converted to dst's dtype) into `dst`; both on the same GPU.
void copyInto(const Tensor& dst, const Tensor& src);
Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor mul(const Tensor& self, const Tensor& other);
Tensor div(const Tensor& self, const Tensor& other);  // true division: ints give Float
Tensor neg(const Tensor& self);
Tensor relu(const Tensor& self);
// Sum of every element as a 0-dim tensor (integral inputs sum to Long), reduction.cu.
Tensor sum(const Tensor& self);
// Matrix product of two 2-D Float or Double tensors through cuBLAS (blas.cpp).
Tensor mm(const Tensor& self, const Tensor& other);
// [/book:cuda-ops]

}  // namespace minijit::cuda
