// Scalar: a single number that is not a tensor, as passed to `aten::add.Scalar` or
// `aten::full`. It remembers whether it came from a Python int, float or bool, because
// type promotion depends on that. Book chapter "Tensors and kernels".
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <type_traits>

namespace minijit {

// A tagged union of the three number kinds TorchScript has (int, float, bool).
// Constructors are implicit so that `ops::add(t, 2)` and `ops::mul(t, 1.5)` read naturally.
class Scalar {
 public:
  enum class Kind : uint8_t { Integral, FloatingPoint, Boolean };

  Scalar() : Scalar(int64_t{0}) {}
  Scalar(bool value) : kind_(Kind::Boolean) { value_.b = value; }
  template <typename T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) Scalar(T value)
      : kind_(Kind::Integral) {
    value_.i = static_cast<int64_t>(value);
  }
  template <std::floating_point T>
  Scalar(T value) : kind_(Kind::FloatingPoint) {
    value_.d = static_cast<double>(value);
  }

  Kind kind() const { return kind_; }
  bool isIntegral() const { return kind_ == Kind::Integral; }
  bool isFloatingPoint() const { return kind_ == Kind::FloatingPoint; }
  bool isBoolean() const { return kind_ == Kind::Boolean; }

  double toDouble() const {
    switch (kind_) {
      case Kind::Integral:
        return static_cast<double>(value_.i);
      case Kind::FloatingPoint:
        return value_.d;
      case Kind::Boolean:
        return value_.b ? 1.0 : 0.0;
    }
    return 0.0;
  }
  // Floating values truncate toward zero, like a C++ cast (and like int() in Python).
  int64_t toLong() const {
    switch (kind_) {
      case Kind::Integral:
        return value_.i;
      case Kind::FloatingPoint:
        return static_cast<int64_t>(value_.d);
      case Kind::Boolean:
        return value_.b ? 1 : 0;
    }
    return 0;
  }
  bool toBool() const {
    switch (kind_) {
      case Kind::Integral:
        return value_.i != 0;
      case Kind::FloatingPoint:
        return value_.d != 0.0;
      case Kind::Boolean:
        return value_.b;
    }
    return false;
  }
  // Converts to an element type T (used by kernels to bring a Scalar to the compute type).
  template <typename T>
  T to() const {
    if constexpr (std::is_same_v<T, bool>) {
      return toBool();
    } else if constexpr (std::is_floating_point_v<T>) {
      return static_cast<T>(toDouble());
    } else {
      return isFloatingPoint() ? static_cast<T>(value_.d) : static_cast<T>(toLong());
    }
  }

  // Python's spelling: "3", "1.5", "True".
  std::string toString() const;

 private:
  Kind kind_;
  union {
    int64_t i;
    double d;
    bool b;
  } value_;
};

}  // namespace minijit
