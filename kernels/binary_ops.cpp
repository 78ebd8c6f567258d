// Binary math beyond + - * /: division with a rounding mode, floor_divide, remainder,
// fmod, pow, maximum/minimum, atan2, and the logical and bitwise operators. Each is a
// reference lambda per element over the promoted dtype, with upstream's integer rules
// (ZeroDivisionError, Python-style floor and modulo). Book chapter "Tensors and kernels".
#include <cmath>
#include <string>
#include <type_traits>

#include "kernels/elementwise_op.h"

namespace minijit::ops {

namespace {

using detail::binaryOp;
using detail::floatingTypeFor;
using detail::forEveryType;
using detail::notImplementedFor;
using detail::wrapScalar;

// Integer division and modulo by zero are errors upstream (floats give inf or NaN).
template <typename T>
void checkIntegerDivisor(T divisor) {
  if constexpr (std::is_integral_v<T>) {
    if (divisor == T(0)) throw TensorError("ZeroDivisionError");
  }
}

// a / b rounded toward zero.
constexpr auto kTruncDivide = [](auto a, auto b) {
  using T = decltype(a);
  checkIntegerDivisor(b);
  if constexpr (std::is_integral_v<T>)
    return static_cast<T>(a / b);
  else
    return std::trunc(a / b);
};

// a / b rounded toward negative infinity, as Python's //.
constexpr auto kFloorDivide = [](auto a, auto b) {
  using T = decltype(a);
  checkIntegerDivisor(b);
  if constexpr (std::is_integral_v<T>) {
    // C++ truncates; step down when the signs differ and the division was inexact.
    const T quotient = static_cast<T>(a / b);
    const bool inexact = static_cast<T>(a % b) != T(0);
    return (inexact && ((a < T(0)) != (b < T(0)))) ? static_cast<T>(quotient - 1) : quotient;
  } else {
    // Upstream's div_floor_floating: derived from fmod so that the result is exact where
    // floor(a / b) would round wrongly; a zero divisor gives inf or NaN like true division.
    if (b == T(0)) return a / b;
    const T mod = std::fmod(a, b);
    T quotient = (a - mod) / b;
    if (mod != T(0) && ((b < T(0)) != (mod < T(0)))) quotient -= T(1);
    if (quotient == T(0)) return std::copysign(T(0), a / b);
    T floored = std::floor(quotient);
    if (quotient - floored > T(0.5)) floored += T(1);
    return floored;
  }
};

// Python's %: the remainder takes the sign of the divisor.
constexpr auto kRemainder = [](auto a, auto b) {
  using T = decltype(a);
  checkIntegerDivisor(b);
  if constexpr (std::is_integral_v<T>) {
    T r = static_cast<T>(a % b);
    if (r != T(0) && ((r < T(0)) != (b < T(0)))) r = static_cast<T>(r + b);
    return r;
  } else {
    T r = std::fmod(a, b);
    if (r != T(0) && ((b < T(0)) != (r < T(0)))) r += b;
    return r;
  }
};

// C's fmod: the remainder takes the sign of the dividend.
constexpr auto kFmod = [](auto a, auto b) {
  using T = decltype(a);
  checkIntegerDivisor(b);
  if constexpr (std::is_integral_v<T>)
    return static_cast<T>(a % b);
  else
    return std::fmod(a, b);
};

// Integer power by repeated squaring (wrapping like upstream); a negative exponent
// gives 1 / base**|exp| truncated: 0 except for bases 1 and -1.
template <typename T>
T integerPower(T base, T exponent) {
  if constexpr (std::is_signed_v<T>) {
    if (exponent < T(0)) {
      if (base == T(1)) return T(1);
      if (base == T(-1)) return (exponent % 2 == 0) ? T(1) : T(-1);
      return T(0);
    }
  }
  T result = 1;
  while (exponent != T(0)) {
    if (exponent & T(1)) result = static_cast<T>(result * base);
    exponent = static_cast<T>(exponent / 2);
    base = static_cast<T>(base * base);
  }
  return result;
}

constexpr auto kPower = [](auto a, auto b) {
  using T = decltype(a);
  if constexpr (std::is_integral_v<T>)
    return integerPower(a, b);
  else
    return std::pow(a, b);
};

// NaN wins in maximum and minimum; otherwise the larger (smaller) operand.
constexpr auto kMaximum = [](auto a, auto b) {
  if constexpr (std::is_floating_point_v<decltype(a)>) {
    if (std::isnan(a)) return a;
  }
  return a > b ? a : b;
};

constexpr auto kMinimum = [](auto a, auto b) {
  if constexpr (std::is_floating_point_v<decltype(a)>) {
    if (std::isnan(a)) return a;
  }
  return a < b ? a : b;
};

// An op defined on numbers but not on bool (remainder, fmod, pow, rounded division).
template <typename Op>
Tensor numericOp(const Tensor& a, const Tensor& b, ScalarType compute, const char* name, Op op) {
  if (compute == ScalarType::Bool) notImplementedFor(name, compute);
  return binaryOp<false>(a, b, compute, name, forEveryType(op));
}

// An op defined on integers and bool only (the bitwise family).
template <typename Op>
Tensor bitwiseOp(const Tensor& a, const Tensor& b, ScalarType compute, const char* name, Op op) {
  if (!isIntegralType(compute, /*include_bool=*/true)) notImplementedFor(name, compute);
  return binaryOp<false>(a, b, compute, name, forEveryType([op](auto x, auto y) {
                           using T = decltype(x);
                           if constexpr (std::is_floating_point_v<T>)
                             return x;  // refused above
                           else
                             return static_cast<T>(op(x, y));
                         }));
}

// Logical ops read each operand as a truth value (x != 0; NaN is true).
template <typename Op>
Tensor logicalOp(const Tensor& a, const Tensor& b, const char* name, Op op) {
  return binaryOp<true>(toDtype(a, ScalarType::Bool), toDtype(b, ScalarType::Bool),
                        ScalarType::Bool, name, forEveryType(op));
}

Tensor roundedDivide(const Tensor& a, const Tensor& b, ScalarType compute, RoundingMode mode) {
  if (mode == RoundingMode::Trunc) return numericOp(a, b, compute, "div_trunc_cpu", kTruncDivide);
  return numericOp(a, b, compute, "div_floor_cpu", kFloorDivide);
}

}  // namespace

RoundingMode parseRoundingMode(const std::optional<std::string>& mode) {
  if (!mode) return RoundingMode::None;
  if (*mode == "trunc") return RoundingMode::Trunc;
  if (*mode == "floor") return RoundingMode::Floor;
  throw TensorError(
      "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '" + *mode +
      "'");
}

Tensor div(const Tensor& self, const Tensor& other, RoundingMode mode) {
  if (mode == RoundingMode::None) return div(self, other);
  return roundedDivide(self, other, resultType(self, other), mode);
}

Tensor div(const Tensor& self, const Scalar& other, RoundingMode mode) {
  if (mode == RoundingMode::None) return div(self, other);
  const ScalarType compute = resultType(self, other);
  return roundedDivide(self, wrapScalar(other, compute), compute, mode);
}

Tensor floorDivide(const Tensor& self, const Tensor& other) {
  return div(self, other, RoundingMode::Floor);
}

Tensor floorDivide(const Tensor& self, const Scalar& other) {
  return div(self, other, RoundingMode::Floor);
}

Tensor remainder(const Tensor& self, const Tensor& other) {
  return numericOp(self, other, resultType(self, other), "remainder_cpu", kRemainder);
}

Tensor remainder(const Tensor& self, const Scalar& other) {
  const ScalarType compute = resultType(self, other);
  return numericOp(self, wrapScalar(other, compute), compute, "remainder_cpu", kRemainder);
}

Tensor remainder(const Scalar& self, const Tensor& other) {
  const ScalarType compute = resultType(other, self);
  return numericOp(wrapScalar(self, compute), other, compute, "remainder_cpu", kRemainder);
}

Tensor fmod(const Tensor& self, const Tensor& other) {
  return numericOp(self, other, resultType(self, other), "fmod_cpu", kFmod);
}

Tensor fmod(const Tensor& self, const Scalar& other) {
  const ScalarType compute = resultType(self, other);
  return numericOp(self, wrapScalar(other, compute), compute, "fmod_cpu", kFmod);
}

Tensor pow(const Tensor& self, const Tensor& exponent) {
  return numericOp(self, exponent, resultType(self, exponent), "pow", kPower);
}

Tensor pow(const Tensor& self, const Scalar& exponent) {
  const ScalarType compute = resultType(self, exponent);
  if (isIntegralType(compute, /*include_bool=*/true) && exponent.isIntegral() &&
      exponent.toLong() < 0) {
    throw TensorError("Integers to negative integer powers are not allowed.");
  }
  return numericOp(self, wrapScalar(exponent, compute), compute, "pow", kPower);
}

Tensor pow(const Scalar& self, const Tensor& exponent) {
  const ScalarType compute = resultType(exponent, self);
  return numericOp(wrapScalar(self, compute), exponent, compute, "pow", kPower);
}

Tensor maximum(const Tensor& self, const Tensor& other) {
  return binaryOp<false>(self, other, resultType(self, other), "maximum_cpu",
                         forEveryType(kMaximum));
}

Tensor minimum(const Tensor& self, const Tensor& other) {
  return binaryOp<false>(self, other, resultType(self, other), "minimum_cpu",
                         forEveryType(kMinimum));
}

Tensor atan2(const Tensor& self, const Tensor& other) {
  const ScalarType compute = floatingTypeFor(resultType(self, other));
  return binaryOp<false>(self, other, compute, "atan2_cpu", forEveryType([](auto a, auto b) {
                           return static_cast<decltype(a)>(std::atan2(a, b));
                         }));
}

Tensor logicalAnd(const Tensor& self, const Tensor& other) {
  return logicalOp(self, other, "logical_and_cpu", [](auto a, auto b) { return a && b; });
}

Tensor logicalOr(const Tensor& self, const Tensor& other) {
  return logicalOp(self, other, "logical_or_cpu", [](auto a, auto b) { return a || b; });
}

Tensor logicalXor(const Tensor& self, const Tensor& other) {
  return logicalOp(self, other, "logical_xor_cpu",
                   [](auto a, auto b) { return static_cast<bool>(a) != static_cast<bool>(b); });
}

// The bitwise family: the same three ops for Tensor-Tensor and Tensor-Scalar.
#define MINIJIT_DEFINE_BITWISE(name, kernel_name, op)                                        \
  Tensor name(const Tensor& self, const Tensor& other) {                                    \
    return bitwiseOp(self, other, resultType(self, other), kernel_name,                     \
                     [](auto x, auto y) { return x op y; });                                \
  }                                                                                         \
  Tensor name(const Tensor& self, const Scalar& other) {                                    \
    const ScalarType compute = resultType(self, other);                                     \
    return bitwiseOp(self, wrapScalar(other, compute), compute, kernel_name,                \
                     [](auto x, auto y) { return x op y; });                                \
  }

MINIJIT_DEFINE_BITWISE(bitwiseAnd, "bitwise_and_cpu", &)
MINIJIT_DEFINE_BITWISE(bitwiseOr, "bitwise_or_cpu", |)
MINIJIT_DEFINE_BITWISE(bitwiseXor, "bitwise_xor_cpu", ^)

#undef MINIJIT_DEFINE_BITWISE

}  // namespace minijit::ops
