// Pointwise operators (add, sub, mul, div, neg, relu, comparisons) built on the generic
// loop of elementwise_loop.h: promote, broadcast, then apply a lambda.
// Book chapter "Tensors and kernels".
#include <cmath>
#include <string>
#include <type_traits>

#include "kernels/elementwise_op.h"

namespace minijit::ops {

namespace {

using detail::binaryOp;
using detail::forEveryType;
using detail::unaryOp;

// Upstream's alpha_check (ATen/native/BinaryOps.cpp).
void checkAlpha(ScalarType result, const Scalar& alpha) {
  if (alpha.isBoolean() && result != ScalarType::Bool) {
    throw TensorError("Boolean alpha only supported for Boolean results.");
  }
  if (alpha.isFloatingPoint() && !isFloatingType(result)) {
    throw TensorError(
        "For integral input tensors, argument alpha must not be a floating point number.");
  }
}

// Upstream's sub_check.
void checkSub(ScalarType self, ScalarType other) {
  if (self == ScalarType::Bool && other == ScalarType::Bool) {
    throw TensorError(
        "Subtraction, the `-` operator, with two bool tensors is not supported. "
        "Use the `^` or `logical_xor()` operator instead.");
  }
  if (self == ScalarType::Bool || other == ScalarType::Bool) {
    throw TensorError(
        "Subtraction, the `-` operator, with a bool tensor is not supported. "
        "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
  }
}

// self + alpha * other in dtype `compute`; for Bool, upstream computes `self || (alpha && other)`.
// `other` is a Tensor or a Scalar (see the two binaryOp overloads).
template <typename Other>
Tensor addWithAlpha(const Tensor& self, const Other& other, ScalarType compute,
                    const Scalar& alpha) {
  checkAlpha(compute, alpha);
  return binaryOp<false>(self, other, compute, "add", [&alpha](auto tag) {
    using T = typename decltype(tag)::type;
    const T a = alpha.to<T>();
    return [a](T x, T y) -> T {
      if constexpr (std::is_same_v<T, bool>)
        return x || (a && y);
      else
        return static_cast<T>(x + a * y);
    };
  });
}

// -alpha, keeping its kind (sub is add with a negated alpha; bools never get here).
Scalar negated(const Scalar& alpha) {
  if (alpha.isFloatingPoint()) return Scalar(-alpha.toDouble());
  return Scalar(-alpha.toLong());
}

// The dtype true division computes in: integral and bool results become Float.
ScalarType divisionType(ScalarType promoted) {
  return isIntegralType(promoted, /*include_bool=*/true) ? ScalarType::Float : promoted;
}

// Multiplication; for bool it is logical and.
constexpr auto kMultiply = [](auto x, auto y) {
  if constexpr (std::is_same_v<decltype(x), bool>)
    return x && y;
  else
    return static_cast<decltype(x)>(x * y);
};

constexpr auto kDivide = [](auto x, auto y) { return static_cast<decltype(x)>(x / y); };

}  // namespace

Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return addWithAlpha(self, other, resultType(self, other), alpha);
}

Tensor add(const Tensor& self, const Scalar& other, const Scalar& alpha) {
  const ScalarType compute = resultType(self, other);
  return addWithAlpha(self, other, compute, alpha);
}

Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  checkSub(self.dtype(), other.dtype());
  return addWithAlpha(self, other, resultType(self, other), negated(alpha));
}

Tensor sub(const Tensor& self, const Scalar& other, const Scalar& alpha) {
  checkSub(self.dtype(), defaultDtypeFor(other));
  const ScalarType compute = resultType(self, other);
  return addWithAlpha(self, other, compute, negated(alpha));
}

Tensor mul(const Tensor& self, const Tensor& other) {
  const ScalarType compute = resultType(self, other);
  return binaryOp<false>(self, other, compute, "mul", forEveryType(kMultiply));
}

Tensor mul(const Tensor& self, const Scalar& other) {
  const ScalarType compute = resultType(self, other);
  return binaryOp<false>(self, other, compute, "mul", forEveryType(kMultiply));
}

Tensor div(const Tensor& self, const Tensor& other) {
  const ScalarType compute = divisionType(resultType(self, other));
  return binaryOp<false>(self, other, compute, "div", forEveryType(kDivide));
}

Tensor div(const Tensor& self, const Scalar& other) {
  const ScalarType compute = divisionType(resultType(self, other));
  return binaryOp<false>(self, other, compute, "div", forEveryType(kDivide));
}

Tensor neg(const Tensor& self) {
  if (self.dtype() == ScalarType::Bool) {
    throw TensorError(
        "Negation, the `-` operator, on a bool tensor is not supported. "
        "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
  }
  return unaryOp(self, "neg", [](auto x) { return static_cast<decltype(x)>(-x); });
}

Tensor relu(const Tensor& self) {
  if (self.dtype() == ScalarType::Bool) {
    throw TensorError("Boolean inputs not supported for relu");
  }
  // Only negatives become 0: NaN (NaN < 0 is false) and -0.0 pass through, as upstream's
  // clamp_min gives; the single comparison also lets the compiler vectorize the loop.
  return unaryOp(self, "relu", [](auto x) {
    using T = decltype(x);
    return x < T(0) ? T(0) : x;
  });
}

// The six comparisons share one shape: promote, compare, produce Bool.
#define MINIJIT_DEFINE_COMPARISON(name, op)                                     \
  Tensor name(const Tensor& self, const Tensor& other) {                        \
    return binaryOp<true>(self, other, resultType(self, other), #name,          \
                          forEveryType([](auto x, auto y) { return x op y; })); \
  }                                                                             \
  Tensor name(const Tensor& self, const Scalar& other) {                        \
    const ScalarType compute = resultType(self, other);                         \
    return binaryOp<true>(self, other, compute, #name,                          \
                          forEveryType([](auto x, auto y) { return x op y; })); \
  }

MINIJIT_DEFINE_COMPARISON(eq, ==)
MINIJIT_DEFINE_COMPARISON(ne, !=)
MINIJIT_DEFINE_COMPARISON(lt, <)
MINIJIT_DEFINE_COMPARISON(le, <=)
MINIJIT_DEFINE_COMPARISON(gt, >)
MINIJIT_DEFINE_COMPARISON(ge, >=)

#undef MINIJIT_DEFINE_COMPARISON

}  // namespace minijit::ops
