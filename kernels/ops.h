// The tensor operators of minijit's runtime, as free functions with upstream (ATen)
// semantics: broadcasting, type promotion, views, and torch-worded errors. The runtime
// binds each to its aten:: schema. Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
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
// torch.result_type over any number of tensors and Python numbers (clamp, where).
ScalarType resultType(const std::vector<Tensor>& tensors, const std::vector<Scalar>& numbers);
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

// ---- unary math (unary_ops.cpp) ----
// Functions of real numbers compute integral and bool inputs in Float, as upstream.
Tensor abs(const Tensor& self);
Tensor exp(const Tensor& self);
Tensor log(const Tensor& self);
Tensor log1p(const Tensor& self);
Tensor sqrt(const Tensor& self);
Tensor rsqrt(const Tensor& self);
Tensor sin(const Tensor& self);
Tensor cos(const Tensor& self);
Tensor tanh(const Tensor& self);
Tensor sigmoid(const Tensor& self);
Tensor erf(const Tensor& self);
Tensor reciprocal(const Tensor& self);
// Rounding keeps integral inputs as they are; round() rounds half to even.
Tensor floor(const Tensor& self);
Tensor ceil(const Tensor& self);
Tensor round(const Tensor& self);
Tensor round(const Tensor& self, int64_t decimals);
Tensor sign(const Tensor& self);
Tensor logicalNot(const Tensor& self);
Tensor bitwiseNot(const Tensor& self);

// ---- binary math (binary_ops.cpp) ----
// div's rounding_mode: None (true division), "trunc" or "floor".
enum class RoundingMode { None, Trunc, Floor };
// Parses a rounding_mode argument, or throws upstream's "div expected rounding_mode to be...".
RoundingMode parseRoundingMode(const std::optional<std::string>& mode);
Tensor div(const Tensor& self, const Tensor& other, RoundingMode mode);
Tensor div(const Tensor& self, const Scalar& other, RoundingMode mode);
Tensor floorDivide(const Tensor& self, const Tensor& other);
Tensor floorDivide(const Tensor& self, const Scalar& other);
// Python's %: the result has the sign of the divisor.
Tensor remainder(const Tensor& self, const Tensor& other);
Tensor remainder(const Tensor& self, const Scalar& other);
Tensor remainder(const Scalar& self, const Tensor& other);
// C's fmod: the result has the sign of the dividend.
Tensor fmod(const Tensor& self, const Tensor& other);
Tensor fmod(const Tensor& self, const Scalar& other);
Tensor pow(const Tensor& self, const Tensor& exponent);
Tensor pow(const Tensor& self, const Scalar& exponent);
Tensor pow(const Scalar& self, const Tensor& exponent);
// Elementwise max/min; NaN wins, as upstream.
Tensor maximum(const Tensor& self, const Tensor& other);
Tensor minimum(const Tensor& self, const Tensor& other);
Tensor atan2(const Tensor& self, const Tensor& other);
// Logical ops read any dtype as `x != 0` and return Bool.
Tensor logicalAnd(const Tensor& self, const Tensor& other);
Tensor logicalOr(const Tensor& self, const Tensor& other);
Tensor logicalXor(const Tensor& self, const Tensor& other);
// Bitwise ops take integral and bool operands only.
Tensor bitwiseAnd(const Tensor& self, const Tensor& other);
Tensor bitwiseAnd(const Tensor& self, const Scalar& other);
Tensor bitwiseOr(const Tensor& self, const Tensor& other);
Tensor bitwiseOr(const Tensor& self, const Scalar& other);
Tensor bitwiseXor(const Tensor& self, const Tensor& other);
Tensor bitwiseXor(const Tensor& self, const Scalar& other);

// ---- selection (conditional_ops.cpp) ----
// condition ? self : other, broadcast over all three; `condition` must be Bool (or Byte).
Tensor where(const Tensor& condition, const Tensor& self, const Tensor& other);
Tensor where(const Tensor& condition, const Tensor& self, const Scalar& other);
Tensor where(const Tensor& condition, const Scalar& self, const Tensor& other);
Tensor where(const Tensor& condition, const Scalar& self, const Scalar& other);
// min(max(self, min), max); at least one bound must be given. The result dtype is the
// result_type of self and the bounds.
Tensor clamp(const Tensor& self, const std::optional<Scalar>& min, const std::optional<Scalar>& max);
Tensor clamp(const Tensor& self, const std::optional<Tensor>& min, const std::optional<Tensor>& max);
// self with `value` where `mask` (Bool) is true; the result keeps self's dtype.
Tensor maskedFill(const Tensor& self, const Tensor& mask, const Scalar& value);
Tensor maskedFill(const Tensor& self, const Tensor& mask, const Tensor& value);
// self + weight * (end - self), floating types only.
Tensor lerp(const Tensor& self, const Tensor& end, const Scalar& weight);
Tensor lerp(const Tensor& self, const Tensor& end, const Tensor& weight);
// The in-place half of every `op_`: writes `result` into `self` after upstream's checks
// (the result must keep self's shape and be castable to its dtype); returns self.
Tensor assignInPlace(const Tensor& self, const Tensor& result);
// Upstream's refusals to write where elements share memory: `self` an expanded view
// (internal overlap), or `other`, read during the write, overlapping `self`.
void checkNoInternalOverlap(const Tensor& self);
void checkNoOverlap(const Tensor& self, const Tensor& other);

// ---- dtype conversion (reduced_float.cpp) ----
// Tensor.to(dtype) for every dtype, Half and BFloat16 included (converted through float).
// Returns self when the dtype already matches and `copy` is false.
Tensor to(const Tensor& self, ScalarType dtype, bool copy = false);
// copyInto for a Half or BFloat16 source or destination (through float; copyInto calls it).
void copyIntoThroughFloat(const Tensor& dst, const Tensor& src);

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

// The rest of the reductions (reduction_ops.cpp). Every `dims` list may be empty, which
// means every dimension; `keepdim` keeps reduced dimensions as size 1.
// mean: floating inputs only, unless a dtype is given.
Tensor mean(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim = false,
            std::optional<ScalarType> dtype = std::nullopt);
// prod: integral and bool inputs multiply in Long, as sum.
Tensor prod(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim = false,
            std::optional<ScalarType> dtype = std::nullopt);
Tensor amax(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim = false);
Tensor amin(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim = false);
// Variance and standard deviation (torch.var, torch.std) with Bessel's `correction`
// (1 = unbiased, 0 = population).
Tensor var(const Tensor& self, const std::vector<int64_t>& dims, double correction, bool keepdim);
Tensor stdDev(const Tensor& self, const std::vector<int64_t>& dims, double correction, bool keepdim);
// The vector p-norm: p = 2, 1, inf, -inf, 0 (count of non-zeros) or any other real.
Tensor norm(const Tensor& self, const Scalar& p, const std::vector<int64_t>& dims, bool keepdim);
Tensor logsumexp(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim);
// all/any give Bool (Byte for Byte input, as upstream).
Tensor all(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim = false);
Tensor any(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim = false);

// ---- max/min with indices (index_reductions.cpp) ----
// The largest/smallest element (NaN wins); an error for an empty tensor.
Tensor max(const Tensor& self);
Tensor min(const Tensor& self);
// (values, indices) along `dim`; the index of the first extreme (or first NaN).
std::pair<Tensor, Tensor> max(const Tensor& self, int64_t dim, bool keepdim);
std::pair<Tensor, Tensor> min(const Tensor& self, int64_t dim, bool keepdim);
// Indices into the flattened tensor when `dim` is None.
Tensor argmax(const Tensor& self, std::optional<int64_t> dim, bool keepdim);
Tensor argmin(const Tensor& self, std::optional<int64_t> dim, bool keepdim);

// ---- along one dimension (scan_ops.cpp) ----
Tensor cumsum(const Tensor& self, int64_t dim, std::optional<ScalarType> dtype = std::nullopt);
// softmax and log_softmax: floating types only; `dtype` converts the input first.
Tensor softmax(const Tensor& self, int64_t dim, std::optional<ScalarType> dtype = std::nullopt);
Tensor logSoftmax(const Tensor& self, int64_t dim, std::optional<ScalarType> dtype = std::nullopt);

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
