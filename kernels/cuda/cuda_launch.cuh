// What every CUDA elementwise kernel shares: the map from a linear output position to each
// operand's element offset (broadcast and strided operands), the launch shape, and the
// dtype dispatch over the types that have CUDA kernels. Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kernels/scalar_type.h"
#include "kernels/tensor.h"

namespace minijit::cuda {

constexpr int kMaxDims = 10;
constexpr int kThreadsPerBlock = 256;

// Passed to kernels by value. Operand k's element for output position `linear` is at
// offset sum_d index_d * strides[k][d], where index is `linear` unravelled over `sizes`;
// when every operand is contiguous with the output's shape that is simply `linear`.
template <int N>
struct OffsetCalculator {
  int ndim = 0;
  bool contiguous = true;
  int64_t sizes[kMaxDims] = {};
  int64_t strides[N][kMaxDims] = {};

  __device__ void offsets(int64_t linear, int64_t (&out)[N]) const {
    for (int k = 0; k < N; ++k) out[k] = contiguous ? linear : 0;
    if (contiguous) return;
    for (int d = ndim - 1; d >= 0; --d) {
      const int64_t index = linear % sizes[d];
      linear /= sizes[d];
      for (int k = 0; k < N; ++k) out[k] += index * strides[k][d];
    }
  }
};

// Builds the calculator for `out` and operands already broadcastable to out's shape.
template <int N>
OffsetCalculator<N> makeOffsetCalculator(const Tensor& out, const std::vector<Tensor>& inputs);

// Blocks for a grid-stride loop over n elements.
inline unsigned blocksFor(int64_t n) {
  const int64_t blocks = (n + kThreadsPerBlock - 1) / kThreadsPerBlock;
  return static_cast<unsigned>(blocks < 65536 ? (blocks > 0 ? blocks : 1) : 65536);
}

template <typename T>
struct CudaTypeTag {
  using type = T;
};

// Calls body(CudaTypeTag<T>{}) for the dtypes with CUDA kernels; others get upstream's
// "\"add_cuda\" not implemented for 'Half'".
template <typename Body>
void dispatchCudaType(ScalarType type, const char* name, Body&& body) {
  switch (type) {
    case ScalarType::Float: return body(CudaTypeTag<float>{});
    case ScalarType::Double: return body(CudaTypeTag<double>{});
    case ScalarType::Int: return body(CudaTypeTag<int32_t>{});
    case ScalarType::Long: return body(CudaTypeTag<int64_t>{});
    default: break;
  }
  throw TensorError(std::string("\"") + name + "_cuda\" not implemented for '" +
                    scalarTypeName(type) + "'");
}

// As dispatchCudaType, plus Bool and Byte: the types copies convert between.
template <typename Body>
void dispatchCopyType(ScalarType type, Body&& body) {
  switch (type) {
    case ScalarType::Bool: return body(CudaTypeTag<bool>{});
    case ScalarType::Byte: return body(CudaTypeTag<uint8_t>{});
    default: return dispatchCudaType(type, "copy", body);
  }
}

}  // namespace minijit::cuda
