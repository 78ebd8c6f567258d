// Kernels for arithmetic on Python numbers and bools (aten::add.int, aten::floordiv.float,
// prim::min.int, ...), with TorchScript's semantics: int is a wrapping int64, `/` always
// gives a float, `//` and `%` round toward negative infinity as in Python, and int ** int
// is a float. Each rule was checked against torch 1.13. Book chapter 7 ("The interpreter").
#include <algorithm>
#include <cmath>
#include <limits>

#include "runtime/register_helpers.h"
#include "runtime/runtime_error.h"

namespace minijit {

namespace {

// int64 arithmetic wraps around as in upstream (C++ signed overflow would be undefined).
int64_t wrap(uint64_t value) {
  return static_cast<int64_t>(value);
}

// Each arithmetic operator is a function object with an int and a float overload; the
// register helpers below pick the overload each schema variant needs.
struct Add {
  int64_t operator()(int64_t a, int64_t b) const { return wrap(uint64_t(a) + uint64_t(b)); }
  double operator()(double a, double b) const { return a + b; }
};
struct Sub {
  int64_t operator()(int64_t a, int64_t b) const { return wrap(uint64_t(a) - uint64_t(b)); }
  double operator()(double a, double b) const { return a - b; }
};
struct Mul {
  int64_t operator()(int64_t a, int64_t b) const { return wrap(uint64_t(a) * uint64_t(b)); }
  double operator()(double a, double b) const { return a * b; }
};
// Python's floor division. Upstream says "division by 0" for ints and, unlike Python,
// gives inf/nan for floats (conformance case scalars/floordiv_by_zero).
struct FloorDiv {
  int64_t operator()(int64_t a, int64_t b) const {
    if (b == 0) throw OperatorError("division by 0");
    if (b == -1) return wrap(0 - uint64_t(a));  // INT64_MIN // -1 wraps instead of trapping
    int64_t quotient = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) --quotient;
    return quotient;
  }
  double operator()(double a, double b) const { return std::floor(a / b); }
};
// Python's modulo: the result has the sign of the divisor. Upstream crashes with SIGFPE on
// an int modulo by zero; we raise the same error as floor division instead.
struct Remainder {
  int64_t operator()(int64_t a, int64_t b) const {
    if (b == 0) throw OperatorError("division by 0");
    if (b == -1) return 0;
    int64_t r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
  }
  double operator()(double a, double b) const { return a - b * std::floor(a / b); }
};
// std::min/max return the first argument unless the second is strictly smaller/greater,
// which is also how Python's min/max treat nan.
struct Min {
  int64_t operator()(int64_t a, int64_t b) const { return std::min(a, b); }
  double operator()(double a, double b) const { return std::min(a, b); }
};
struct Max {
  int64_t operator()(int64_t a, int64_t b) const { return std::max(a, b); }
  double operator()(double a, double b) const { return std::max(a, b); }
};

// [book:register-numeric]
// Registers NAME.int, NAME.float, NAME.int_float, NAME.float_int and the Scalar overload
// NAME(Scalar a, Scalar b) -> Scalar, whose result is an int only when both inputs are.
template <typename Op>
void registerNumeric(OperatorRegistry& r, const std::string& name) {
  Op op;
  r.add(name + ".int",
        makeKernel<int64_t, int64_t>([op](int64_t a, int64_t b) { return op(a, b); }));
  r.add(name + ".float", makeKernel<double, double>([op](double a, double b) { return op(a, b); }));
  r.add(name + ".int_float",
        makeKernel<double, double>([op](double a, double b) { return op(a, b); }));
  r.add(name + ".float_int",
        makeKernel<double, double>([op](double a, double b) { return op(a, b); }));
  r.add(name, makeKernel<IValue, IValue>([op](const IValue& a, const IValue& b) {
          if (a.isInt() && b.isInt()) return IValue(op(a.toInt(), b.toInt()));
          return IValue(op(a.toScalar().toDouble(), b.toScalar().toDouble()));
        }));
}
// [/book:register-numeric]

// Registers the comparison NAME for int, float, mixed, Scalar and (when given) str operands.
template <typename Compare>
void registerComparison(OperatorRegistry& r, const std::string& name, Compare cmp) {
  r.add(name + ".int",
        makeKernel<int64_t, int64_t>([cmp](int64_t a, int64_t b) { return cmp(a, b); }));
  r.add(name + ".float",
        makeKernel<double, double>([cmp](double a, double b) { return cmp(a, b); }));
  r.add(name + ".int_float",
        makeKernel<double, double>([cmp](double a, double b) { return cmp(a, b); }));
  r.add(name + ".float_int",
        makeKernel<double, double>([cmp](double a, double b) { return cmp(a, b); }));
  r.add(name + ".str",
        makeKernel<std::string, std::string>(
            [cmp](const std::string& a, const std::string& b) { return cmp(a, b); }));
  r.add(name, makeKernel<IValue, IValue>([cmp](const IValue& a, const IValue& b) {
          if (a.isInt() && b.isInt()) return cmp(a.toInt(), b.toInt());
          return cmp(a.toScalar().toDouble(), b.toScalar().toDouble());
        }));
}

void registerArithmetic(OperatorRegistry& r) {
  registerNumeric<Add>(r, "aten::add");
  registerNumeric<Sub>(r, "aten::sub");
  registerNumeric<Mul>(r, "aten::mul");
  registerNumeric<FloorDiv>(r, "aten::floordiv");
  registerNumeric<Remainder>(r, "aten::remainder");
  registerNumeric<Min>(r, "prim::min");
  registerNumeric<Max>(r, "prim::max");
  // True division never fails: 1 / 0 is inf in TorchScript, not ZeroDivisionError.
  auto divide = [](double a, double b) { return a / b; };
  r.add("aten::div.int", makeKernel<double, double>(divide));
  r.add("aten::div.float", makeKernel<double, double>(divide));
  r.add("aten::div",
        makeKernel<Scalar, Scalar>([](Scalar a, Scalar b) { return a.toDouble() / b.toDouble(); }));
  r.add("aten::neg.int", makeKernel<int64_t>([](int64_t a) { return wrap(0 - uint64_t(a)); }));
  r.add("aten::neg.float", makeKernel<double>([](double a) { return -a; }));
  r.add("aten::neg.Scalar", makeKernel<IValue>([](const IValue& a) {
          return a.isInt() ? IValue(wrap(0 - uint64_t(a.toInt())))
                           : IValue(-a.toScalar().toDouble());
        }));
  r.add("prim::abs.int",
        makeKernel<int64_t>([](int64_t a) { return a < 0 ? wrap(0 - uint64_t(a)) : a; }));
  r.add("prim::abs.float", makeKernel<double>([](double a) { return std::fabs(a); }));
}

// Power: every variant gives a float except pow.int_to_int; 0 ** negative is an error.
void registerPower(OperatorRegistry& r) {
  auto power = [](double a, double b) {
    if (a == 0.0 && b < 0.0) throw OperatorError("0.0 cannot be raised to a negative power");
    return std::pow(a, b);
  };
  for (const char* name :
       {"aten::pow.int", "aten::pow.float", "aten::pow.int_float", "aten::pow.float_int"}) {
    r.add(name, makeKernel<double, double>(power));
  }
  r.add("aten::pow.Scalar_Scalar", makeKernel<Scalar, Scalar>([power](Scalar a, Scalar b) {
          return power(a.toDouble(), b.toDouble());
        }));
  r.add("aten::pow.int_to_int", makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) {
          if (b < 0) throw OperatorError("Integers to negative integer powers are not allowed.");
          uint64_t result = 1, base = uint64_t(a);
          for (; b > 0; b >>= 1, base *= base) {  // exponentiation by squaring, wrapping
            if (b & 1) result *= base;
          }
          return wrap(result);
        }));
}

void registerComparisons(OperatorRegistry& r) {
  registerComparison(r, "aten::eq", [](const auto& a, const auto& b) { return a == b; });
  registerComparison(r, "aten::ne", [](const auto& a, const auto& b) { return a != b; });
  registerComparison(r, "aten::lt", [](const auto& a, const auto& b) { return a < b; });
  registerComparison(r, "aten::le", [](const auto& a, const auto& b) { return a <= b; });
  registerComparison(r, "aten::gt", [](const auto& a, const auto& b) { return a > b; });
  registerComparison(r, "aten::ge", [](const auto& a, const auto& b) { return a >= b; });
  r.add("aten::eq.bool", makeKernel<bool, bool>([](bool a, bool b) { return a == b; }));
  r.add("aten::ne.bool", makeKernel<bool, bool>([](bool a, bool b) { return a != b; }));
  r.add("aten::eq.device",
        makeKernel<IValue, IValue>([](const IValue& a, const IValue& b) { return a.equals(b); }));
  r.add("aten::ne.device",
        makeKernel<IValue, IValue>([](const IValue& a, const IValue& b) { return !a.equals(b); }));
  r.add("aten::__is__", makeKernel<IValue, IValue>(
                            [](const IValue& a, const IValue& b) { return a.isSameObject(b); }));
  r.add("aten::__isnot__", makeKernel<IValue, IValue>([](const IValue& a, const IValue& b) {
          return !a.isSameObject(b);
        }));
}

void registerLogic(OperatorRegistry& r) {
  r.add("aten::__not__", makeKernel<bool>([](bool a) { return !a; }));
  r.add("aten::__and__.bool", makeKernel<bool, bool>([](bool a, bool b) { return a && b; }));
  r.add("aten::__or__.bool", makeKernel<bool, bool>([](bool a, bool b) { return a || b; }));
  r.add("aten::__xor__.bool", makeKernel<bool, bool>([](bool a, bool b) { return a != b; }));
  r.add("aten::__and__.int",
        makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) { return a & b; }));
  r.add("aten::__or__.int",
        makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) { return a | b; }));
  r.add("aten::__xor__.int",
        makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) { return a ^ b; }));
}

// int(x) truncates toward zero. A float outside int64 (inf, nan, 1e300) gives INT64_MIN,
// which is what upstream's unchecked cast produces on x86; we avoid the undefined cast.
int64_t truncateToInt(double value) {
  const double limit = 9223372036854775808.0;  // 2**63
  if (!(value > -limit - 1024.0 && value < limit)) return std::numeric_limits<int64_t>::min();
  return static_cast<int64_t>(value);
}

void registerConversions(OperatorRegistry& r) {
  r.add("aten::Int.float", makeKernel<double>(truncateToInt));
  r.add("aten::Int.bool", makeKernel<bool>([](bool a) { return int64_t{a}; }));
  r.add("aten::Int.Scalar", makeKernel<IValue>([](const IValue& a) {
          return a.isDouble() ? truncateToInt(a.toDouble()) : a.toScalar().toLong();
        }));
  r.add("aten::Float.int", makeKernel<int64_t>([](int64_t a) { return static_cast<double>(a); }));
  r.add("aten::Float.bool", makeKernel<bool>([](bool a) { return a ? 1.0 : 0.0; }));
  r.add("aten::Float.Scalar", makeKernel<Scalar>([](Scalar a) { return a.toDouble(); }));
  r.add("aten::Bool.int", makeKernel<int64_t>([](int64_t a) { return a != 0; }));
  r.add("aten::Bool.float", makeKernel<double>([](double a) { return a != 0.0; }));
  r.add("aten::str", makeKernel<IValue>([](const IValue& a) { return a.str(); }));
}

}  // namespace

// Range arithmetic behind `for i in range(start, stop, step)`.
void registerRangeOps(OperatorRegistry& r) {
  r.add("aten::__range_length", makeKernel<int64_t, int64_t, int64_t>([](int64_t lo, int64_t hi, int64_t step) {
          if (step == 0) throw std::runtime_error("range() arg 3 must not be zero");
          if (step > 0 && lo < hi) return (hi - lo - 1) / step + 1;
          if (step < 0 && lo > hi) return (lo - hi - 1) / -step + 1;
          return int64_t{0};
        }));
  r.add("aten::__derive_index", makeKernel<int64_t, int64_t, int64_t>(
                                    [](int64_t index, int64_t start, int64_t step) {
                                      return start + index * step;
                                    }));
  // C's fmod: the result has the sign of the dividend, always a float.
  r.add("aten::fmod.int", makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) {
          return std::fmod(static_cast<double>(a), static_cast<double>(b));
        }));
  r.add("aten::fmod.float", makeKernel<double, double>([](double a, double b) { return std::fmod(a, b); }));
  r.add("aten::fmod.int_float", makeKernel<int64_t, double>([](int64_t a, double b) {
          return std::fmod(static_cast<double>(a), b);
        }));
  r.add("aten::fmod.float_int", makeKernel<double, int64_t>([](double a, int64_t b) {
          return std::fmod(a, static_cast<double>(b));
        }));
}

void registerScalarOps(OperatorRegistry& registry) {
  registerRangeOps(registry);
  // Graphs always run scripted (code under `if not torch.jit.is_scripting()` is eager-only).
  registry.add("aten::is_scripting", [](Stack& stack) { stack.push_back(IValue(true)); });
  registerArithmetic(registry);
  registerPower(registry);
  registerComparisons(registry);
  registerLogic(registry);
  registerConversions(registry);
}

}  // namespace minijit
