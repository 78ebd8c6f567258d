// The tensor operators of minijit's runtime, as free functions with upstream (ATen)
// semantics: broadcasting, type promotion, views, and torch-worded errors. The runtime
// binds each to its aten:: schema. Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "kernels/scalar.h"
#include "kernels/scalar_type.h"
#include "kernels/tensor.h"

namespace minijit::ops {

// ---- type promotion (type_promotion.cpp) ----
// torch.result_type: tensors with dims outrank zero-dim tensors, which outrank Python
// numbers; a lower class only matters when it is of a higher kind (bool < int < float).
ScalarType resultType(const Tensor& a, const Tensor& b);
ScalarType resultType(const Tensor& a, const Scalar& b);
// The dtype a Python literal gets in torch.tensor/torch.full: int->Long, float->Float, bool->Bool.
ScalarType defaultDtypeFor(const Scalar& value);
// The shape two shapes broadcast to, or upstream's "The size of tensor a (3) must match ...".
std::vector<int64_t> broadcastShapes(const std::vector<int64_t>& a, const std::vector<int64_t>& b);

// ---- elementwise (elementwise.cpp) ----
// [book:arithmetic]
// Arithmetic follows aten::add.Tensor / add.Scalar: self + alpha * other.
Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor add(const Tensor& self, const Scalar& other, const Scalar& alpha = 1);
Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha = 1);
Tensor sub(const Tensor& self, const Scalar& other, const Scalar& alpha = 1);
// [/book:arithmetic]
Tensor mul(const Tensor& self, const Tensor& other);
Tensor mul(const Tensor& self, const Scalar& other);
// True division: integer and bool inputs give a Float result, as torch.div.
Tensor div(const Tensor& self, const Tensor& other);
Tensor div(const Tensor& self, const Scalar& other);
Tensor neg(const Tensor& self);
Tensor relu(const Tensor& self);
// Comparisons compute in the promoted type and return Bool tensors.
Tensor eq(const Tensor& self, const Tensor& other);
Tensor eq(const Tensor& self, const Scalar& other);
Tensor ne(const Tensor& self, const Tensor& other);
Tensor ne(const Tensor& self, const Scalar& other);
Tensor lt(const Tensor& self, const Tensor& other);
Tensor lt(const Tensor& self, const Scalar& other);
Tensor le(const Tensor& self, const Tensor& other);
Tensor le(const Tensor& self, const Scalar& other);
Tensor gt(const Tensor& self, const Tensor& other);
Tensor gt(const Tensor& self, const Scalar& other);
Tensor ge(const Tensor& self, const Tensor& other);
Tensor ge(const Tensor& self, const Scalar& other);

// ---- factories and copies (factory.cpp) ----
Tensor zeros(const std::vector<int64_t>& sizes, ScalarType dtype);
Tensor ones(const std::vector<int64_t>& sizes, ScalarType dtype);
Tensor full(const std::vector<int64_t>& sizes, const Scalar& value, ScalarType dtype);
// A new tensor of dtype `dtype` (the same tensor when the dtype already matches, as .to()).
Tensor toDtype(const Tensor& self, ScalarType dtype);
// `self` itself when already contiguous, else a contiguous copy.
Tensor contiguous(const Tensor& self);
// Always a new contiguous copy.
Tensor clone(const Tensor& self);
// Copies `src` (broadcast to dst's shape, converted to dst's dtype) into `dst` in place.
void copyInto(const Tensor& dst, const Tensor& src);

// ---- reductions (reduction.cpp) ----
// Sums every element; integral and bool inputs sum to Long unless `dtype` is given.
Tensor sum(const Tensor& self, std::optional<ScalarType> dtype = std::nullopt);
// Sums over `dims` (an empty list means every dimension, as upstream).
Tensor sum(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim = false,
           std::optional<ScalarType> dtype = std::nullopt);

// ---- linear algebra (linalg.cpp) ----
// Matrix product of two 2-D tensors of the same dtype (OpenBLAS for Float/Double).
Tensor mm(const Tensor& self, const Tensor& other);
// torch.matmul: 1-D·1-D dot, 2-D·2-D mm, 1-D/2-D mixes, and batched N-D with broadcasting.
Tensor matmul(const Tensor& self, const Tensor& other);

// ---- shape and views (shape_ops.cpp) ----
int64_t size(const Tensor& self, int64_t dim);
// View without dimension `dim`, at `index` (both may be negative).
Tensor select(const Tensor& self, int64_t dim, int64_t index);
// View of [start, end) with `step` along `dim`; out-of-range bounds are clamped as in Python.
Tensor slice(const Tensor& self, int64_t dim = 0, std::optional<int64_t> start = std::nullopt,
             std::optional<int64_t> end = std::nullopt, int64_t step = 1);
Tensor transpose(const Tensor& self, int64_t dim0, int64_t dim1);
// 2-D transpose (0-D and 1-D tensors are returned as they are), as Tensor.t().
Tensor t(const Tensor& self);
Tensor permute(const Tensor& self, const std::vector<int64_t>& dims);
Tensor unsqueeze(const Tensor& self, int64_t dim);
Tensor squeeze(const Tensor& self, int64_t dim);
// Broadcast view to `sizes` (-1 keeps a size); broadcast dims get stride 0.
Tensor expand(const Tensor& self, const std::vector<int64_t>& sizes);
// Same elements in a new shape (one size may be -1); a view when strides allow it, else a copy.
Tensor reshape(const Tensor& self, const std::vector<int64_t>& sizes);
// Always a view; throws upstream's "view size is not compatible..." when strides forbid it.
Tensor view(const Tensor& self, const std::vector<int64_t>& sizes);

}  // namespace minijit::ops
