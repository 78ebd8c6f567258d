// Linear-algebra operators beyond ops.h's mm/matmul: batched products, addmm, linear,
// dot, mv and outer. Every product ends in one GEMM call per matrix (OpenBLAS for
// Float/Double, a plain loop for integers). Book chapter "Tensors and kernels".
#pragma once

#include <optional>

#include "kernels/scalar.h"
#include "kernels/tensor.h"

namespace minijit::ops {

// Batched matrix product of two 3-D tensors (b, n, k) x (b, k, m) -> (b, n, m); no broadcasting.
Tensor bmm(const Tensor& self, const Tensor& mat2);
// beta * self + alpha * (mat1 @ mat2); `self` broadcasts to the product's shape. With
// beta == 0 `self` is ignored (its NaNs do not propagate), as upstream.
Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta = 1,
             const Scalar& alpha = 1);
// input @ weight.T + bias for input of shape (..., in) and weight (out, in).
Tensor linear(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias);
// Inner product of two 1-D tensors of the same dtype and length: a 0-dim tensor.
Tensor dot(const Tensor& self, const Tensor& other);
// Matrix (n, k) times vector (k) -> (n).
Tensor mv(const Tensor& self, const Tensor& vec);
// Outer product of two 1-D tensors (n) x (m) -> (n, m), with type promotion.
Tensor outer(const Tensor& self, const Tensor& vec2);

}  // namespace minijit::ops
