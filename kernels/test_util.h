// Helpers shared by the kernels/ unit tests: build small tensors from literals and read
// them back. Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <vector>

#include "kernels/ops.h"
#include "kernels/tensor.h"

namespace minijit::testing {

template <typename T>
Tensor makeTensor(const std::vector<T>& values, const std::vector<int64_t>& sizes) {
  return Tensor::fromData(values.data(), sizes, scalarTypeOf<T>());
}

// std::vector<bool> has no data(), so bools are written as 0/1 bytes.
inline Tensor makeBoolTensor(const std::vector<uint8_t>& values,
                             const std::vector<int64_t>& sizes) {
  return Tensor::fromData(values.data(), sizes, ScalarType::Bool);
}

// The elements in row-major order, whatever the strides.
template <typename T>
std::vector<T> toVector(const Tensor& tensor) {
  const Tensor c = ops::contiguous(tensor);
  const T* data = c.data<T>();
  return std::vector<T>(data, data + c.numel());
}

inline std::vector<uint8_t> toBoolVector(const Tensor& tensor) {
  const Tensor c = ops::contiguous(tensor);
  const bool* data = c.data<bool>();
  std::vector<uint8_t> out;
  for (int64_t i = 0; i < c.numel(); ++i) out.push_back(data[i] ? 1 : 0);
  return out;
}

}  // namespace minijit::testing
