// The step between an operator and the elementwise loop: allocate the output, bring the
// operands to the dtype the operator computes in, dispatch on that dtype, and run a lambda.
// Shared by elementwise.cpp, unary_ops.cpp, binary_ops.cpp and conditional_ops.cpp.
// Internal to kernels/. Book chapter "Tensors and kernels".
#pragma once

#include <optional>
#include <string>
#include <type_traits>

#include "kernels/dispatch.h"
#include "kernels/elementwise_loop.h"
#include "kernels/ops.h"

namespace minijit::ops::detail {

// `tensor` converted to `dtype`: the tensor itself when it has that dtype already, else a
// converted copy, kept in `holder`. (Not toDtype: copying the handle of an operand that needs
// no conversion costs two atomic reference-count updates per operand on every small op.)
inline const Tensor& inDtype(const Tensor& tensor, ScalarType dtype, Tensor& holder) {
  if (tensor.dtype() == dtype) return tensor;
  holder = toDtype(tensor, dtype);
  return holder;
}

// Runs an element function over the broadcast of `a` and `b`, both first converted to
// `compute`. `make_op(TypeTag<T>{})` returns that function for the compute type T, so an
// op can prepare typed constants once (add converts alpha); most ops ignore the tag.
// The result has dtype `compute`, or Bool when kBoolResult (comparisons, logical ops).
// Converting the inputs up front costs a copy for mixed dtypes but keeps one loop per op.
// [book:binary-op]
template <bool kBoolResult, typename MakeOp>
Tensor binaryOp(const Tensor& a, const Tensor& b, ScalarType compute, const char* name,
                MakeOp make_op) {
  const ScalarType out_dtype = kBoolResult ? ScalarType::Bool : compute;
  Tensor out = Tensor::empty(broadcastShapes(a.sizes(), b.sizes()), out_dtype);
  Tensor converted_a, converted_b;
  const Tensor& x = inDtype(a, compute, converted_a);
  const Tensor& y = inDtype(b, compute, converted_b);
  dispatchByType(compute, name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    using Out = std::conditional_t<kBoolResult, bool, T>;
    binaryKernel<Out, T>(out, x, y, make_op(tag));
  });
  return out;
}
// [/book:binary-op]

// binaryOp with a Python number as `b`: the same result as wrapping it in a zero-dim tensor
// of the compute dtype (wrapScalar) and broadcasting, without allocating that tensor.
template <bool kBoolResult, typename MakeOp>
Tensor binaryOp(const Tensor& a, const Scalar& b, ScalarType compute, const char* name,
                MakeOp make_op) {
  const ScalarType out_dtype = kBoolResult ? ScalarType::Bool : compute;
  Tensor out = Tensor::empty(a.sizes(), out_dtype);
  Tensor converted_a;
  const Tensor& x = inDtype(a, compute, converted_a);
  dispatchByType(compute, name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    using Out = std::conditional_t<kBoolResult, bool, T>;
    const T y = b.to<T>();
    auto f = make_op(tag);
    unaryKernel<Out, T>(out, x, [&f, y](T value) { return f(value, y); });
  });
  return out;
}

// An element function that is the same for every dtype (a generic lambda).
template <typename F>
auto forEveryType(F f) {
  return [f](auto /*tag*/) { return f; };
}

// Runs f(x) over `a` converted to `compute`; the result has dtype `out_dtype`
// (by default the compute dtype). f receives and returns the compute type.
template <typename F>
Tensor unaryOp(const Tensor& a, ScalarType compute, const char* name, F f,
               std::optional<ScalarType> out_dtype = std::nullopt) {
  Tensor out = Tensor::empty(a.sizes(), out_dtype.value_or(compute));
  const Tensor x = toDtype(a, compute);
  dispatchByType(compute, name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if (out.dtype() == compute) {
      unaryKernel<T, T>(out, x, f);
    } else {
      // Only Bool outputs differ from the compute type (isnan-like and logical ops).
      unaryKernel<bool, T>(out, x, f);
    }
  });
  return out;
}

// Runs f(x) over `a` in its own dtype.
template <typename F>
Tensor unaryOp(const Tensor& a, const char* name, F f) {
  return unaryOp(a, a.dtype(), name, f);
}

// A Python number as a zero-dim tensor of the compute dtype (it broadcasts everywhere).
inline Tensor wrapScalar(const Scalar& value, ScalarType compute) {
  return Tensor::scalarTensor(value, compute);
}

// Upstream's "\"name\" not implemented for 'Dtype'" for a dtype the op refuses.
[[noreturn]] inline void notImplementedFor(const char* name, ScalarType type) {
  throw TensorError(std::string("\"") + name + "\" not implemented for '" +
                    scalarTypeName(type) + "'");
}

// The floating dtype an int-to-float op (exp, sqrt, atan2...) computes in: integral and
// bool inputs become the default dtype, Float.
inline ScalarType floatingTypeFor(ScalarType type) {
  return isIntegralType(type, /*include_bool=*/true) ? ScalarType::Float : type;
}

}  // namespace minijit::ops::detail
