// Unary math (exp, log, sqrt, sin, sigmoid, floor, round, sign, ...): each operator is a
// one-line reference lambda run by the shared elementwise loop, plus upstream's rules for
// which dtypes it accepts and which dtype it returns (integers become Float for real
// functions; rounding leaves integers alone). Book chapter "Tensors and kernels".
#include <cmath>
#include <type_traits>

#include "kernels/elementwise_op.h"

namespace minijit::ops {

namespace {

using detail::floatingTypeFor;
using detail::notImplementedFor;
using detail::unaryOp;

// A function of real numbers: integral and bool inputs are computed in Float, as
// upstream's "int to float" unary ops; Half and BFloat16 have no kernels.
template <typename F>
Tensor floatingUnaryOp(const Tensor& self, const char* name, F f) {
  const ScalarType compute = floatingTypeFor(self.dtype());
  Tensor out = Tensor::empty(self.sizes(), compute);
  const Tensor x = toDtype(self, compute);
  dispatchFloatingTypes(compute, name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    unaryKernel<T, T>(out, x, [&f](T value) { return static_cast<T>(f(value)); });
  });
  return out;
}

// floor/ceil/round: the identity on integers (a copy), refused for bool.
template <typename F>
Tensor roundingOp(const Tensor& self, const char* name, F f) {
  if (self.dtype() == ScalarType::Bool) notImplementedFor(name, self.dtype());
  if (isIntegralType(self.dtype(), /*include_bool=*/false)) return clone(self);
  return floatingUnaryOp(self, name, f);
}

}  // namespace

Tensor abs(const Tensor& self) {
  if (self.dtype() == ScalarType::Bool) notImplementedFor("abs_cpu", self.dtype());
  if (isFloatingType(self.dtype())) {
    // std::abs clears the sign bit: abs(-0.0) is 0.0 and NaN stays NaN.
    return floatingUnaryOp(self, "abs_cpu", [](auto x) { return std::abs(x); });
  }
  // Integers: unsigned values are their own absolute value; the most negative signed
  // value wraps to itself, as upstream.
  return unaryOp(self, "abs_cpu", [](auto x) {
    using T = decltype(x);
    if constexpr (std::is_unsigned_v<T> || std::is_same_v<T, bool>)
      return x;
    else
      return static_cast<T>(x < T(0) ? -x : x);
  });
}

Tensor exp(const Tensor& self) {
  return floatingUnaryOp(self, "exp_vml_cpu", [](auto x) { return std::exp(x); });
}

Tensor log(const Tensor& self) {
  return floatingUnaryOp(self, "log_vml_cpu", [](auto x) { return std::log(x); });
}

Tensor log1p(const Tensor& self) {
  return floatingUnaryOp(self, "log1p_cpu", [](auto x) { return std::log1p(x); });
}

Tensor sqrt(const Tensor& self) {
  return floatingUnaryOp(self, "sqrt_vml_cpu", [](auto x) { return std::sqrt(x); });
}

Tensor rsqrt(const Tensor& self) {
  return floatingUnaryOp(self, "rsqrt_cpu", [](auto x) { return 1 / std::sqrt(x); });
}

Tensor sin(const Tensor& self) {
  return floatingUnaryOp(self, "sin_vml_cpu", [](auto x) { return std::sin(x); });
}

Tensor cos(const Tensor& self) {
  return floatingUnaryOp(self, "cos_vml_cpu", [](auto x) { return std::cos(x); });
}

Tensor tanh(const Tensor& self) {
  return floatingUnaryOp(self, "tanh_vml_cpu", [](auto x) { return std::tanh(x); });
}

Tensor sigmoid(const Tensor& self) {
  return floatingUnaryOp(self, "sigmoid_cpu", [](auto x) { return 1 / (1 + std::exp(-x)); });
}

Tensor erf(const Tensor& self) {
  return floatingUnaryOp(self, "erf_vml_cpu", [](auto x) { return std::erf(x); });
}

Tensor reciprocal(const Tensor& self) {
  return floatingUnaryOp(self, "reciprocal_cpu", [](auto x) { return 1 / x; });
}

Tensor floor(const Tensor& self) {
  return roundingOp(self, "floor_vml_cpu", [](auto x) { return std::floor(x); });
}

Tensor ceil(const Tensor& self) {
  return roundingOp(self, "ceil_vml_cpu", [](auto x) { return std::ceil(x); });
}

Tensor round(const Tensor& self) {
  // nearbyint in the default rounding mode rounds half to even: round(2.5) == 2.
  return roundingOp(self, "round_vml_cpu", [](auto x) { return std::nearbyint(x); });
}

Tensor round(const Tensor& self, int64_t decimals) {
  // Upstream scales by 10^|decimals|, rounds half to even, and scales back; a negative
  // `decimals` rounds to tens, hundreds...
  const bool negative = decimals < 0;
  const double scale = std::pow(10.0, static_cast<double>(negative ? -decimals : decimals));
  if (!isFloatingType(self.dtype())) notImplementedFor("round_cpu", self.dtype());
  return floatingUnaryOp(self, "round_cpu", [negative, scale](auto x) {
    using T = decltype(x);
    const T ten_pow = static_cast<T>(scale);
    return negative ? std::nearbyint(x / ten_pow) * ten_pow : std::nearbyint(x * ten_pow) / ten_pow;
  });
}

Tensor sign(const Tensor& self) {
  // (0 < x) - (x < 0): NaN compares false both ways and so gives 0; bool is its own sign.
  return unaryOp(self, "sign_cpu", [](auto x) {
    using T = decltype(x);
    if constexpr (std::is_same_v<T, bool>)
      return x;
    else if constexpr (std::is_unsigned_v<T>)
      return static_cast<T>(T(0) < x);
    else
      return static_cast<T>((T(0) < x) - (x < T(0)));
  });
}

Tensor logicalNot(const Tensor& self) {
  return unaryOp(self, self.dtype(), "logical_not_cpu", [](auto x) { return !x; },
                 ScalarType::Bool);
}

Tensor bitwiseNot(const Tensor& self) {
  if (!isIntegralType(self.dtype(), /*include_bool=*/true)) {
    notImplementedFor("bitwise_not_cpu", self.dtype());
  }
  return unaryOp(self, "bitwise_not_cpu", [](auto x) {
    using T = decltype(x);
    if constexpr (std::is_same_v<T, bool>)
      return !x;
    else if constexpr (std::is_integral_v<T>)
      return static_cast<T>(~x);
    else
      return x;  // floating types were refused above
  });
}

}  // namespace minijit::ops
