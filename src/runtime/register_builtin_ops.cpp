// Kernels for list methods (pop, insert, remove, index, count, sort, ...) and for Python's
// scalar builtins and math module on int and float (round, divmod, math.floor, math.gcd,
// math.sin, ...). Lists are shared, so the mutating methods change what every alias sees.
// Errors and overflow behaviour follow torch 1.13, including where it differs from Python.
// Book chapter 7 ("The interpreter").
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <sstream>

#include "runtime/interpreter.h"
#include "runtime/register_helpers.h"
#include "runtime/runtime_error.h"

namespace minijit {

namespace {

// ---- list methods ----

// How upstream's C++ prints an element in "'x' is not in list": ints and strs plainly,
// floats with six significant digits ('1e+20'), bools as 1 and 0.
std::string cppPrinted(const IValue& value) {
  std::ostringstream out;
  if (value.isString())
    out << value.toStringRef();
  else if (value.isDouble())
    out << value.toDouble();
  else if (value.isBool())
    out << (value.toBool() ? 1 : 0);
  else
    out << value.str();
  return out.str();
}

std::vector<IValue>::iterator findElement(const ListPtr& list, const IValue& item) {
  return std::find_if(list->elements.begin(), list->elements.end(),
                      [&](const IValue& element) { return element.equals(item); });
}

// The Python type name upstream's comparison error quotes.
std::string pythonTypeName(const IValue& value) {
  if (value.isNone()) return "NoneType";
  if (value.isString()) return "str";
  return value.typeName();
}

// `a < b` for what sort() accepts: numbers, bools, strs, and tuples of them (lexicographic).
bool lessThan(const IValue& a, const IValue& b) {
  if (a.isString() && b.isString()) return a.toStringRef() < b.toStringRef();
  if (a.isScalar() && b.isScalar() && a.isBool() == b.isBool()) {
    if (a.isInt() && b.isInt()) return a.toInt() < b.toInt();
    return a.toScalar().toDouble() < b.toScalar().toDouble();
  }
  if (a.isObject() && b.isObject()) {  // objects of a class with __lt__
    if (const Graph* lt = a.toObject()->type->classInfo().find_method("__lt__")) {
      return runGraph(*lt, {a, b}, std::cout, "__lt__").at(0).toBool();
    }
  }
  if (a.isTuple() && b.isTuple()) {
    const auto& x = a.toTuple()->elements;
    const auto& y = b.toTuple()->elements;
    return std::lexicographical_compare(x.begin(), x.end(), y.begin(), y.end(), lessThan);
  }
  throw OperatorError("Only values of same type can be compared. Found " + pythonTypeName(a) +
                      " and " + pythonTypeName(b));
}

// sort.any / sorted.any accept tuples only (the other element types have their own
// overloads); a list of lists is refused at run time, as upstream.
void checkSortable(const ListPtr& list) {
  const TypePtr& element = list->element_type;
  if (list->elements.empty() || list->elements[0].isTuple()) return;
  if (list->elements[0].isObject() &&
      list->elements[0].toObject()->type->classInfo().hasMethod("__lt__")) {
    return;
  }
  throw OperatorError(
      "Only list of Tensors, ints, floats, bools, strs, a User Defined Class that defines the "
      "__lt__ compare method or Tuples of aforementioned types can be sorted, got list of " +
      (element ? element->annotationStr() : list->elements[0].typeName()));
}

void sortElements(std::vector<IValue>& elements, bool reverse) {
  std::stable_sort(elements.begin(), elements.end(), [reverse](const IValue& a, const IValue& b) {
    return reverse ? lessThan(b, a) : lessThan(a, b);
  });
}

void registerListMutation(OperatorRegistry& r) {
  r.add("aten::pop.t", makeKernel<ListPtr, int64_t>([](const ListPtr& l, int64_t index) {
          auto& elements = l->elements;
          if (elements.empty()) throw OperatorError("pop from empty list");
          const int64_t n = static_cast<int64_t>(elements.size());
          if (index < 0) index += n;
          if (index < 0 || index >= n) throw OperatorError("list index out of range");
          IValue value = elements[size_t(index)];
          elements.erase(elements.begin() + index);
          return value;
        }));
  // insert() clamps like Python: past the end appends, before the start prepends.
  r.add("aten::insert.t",
        makeKernel<ListPtr, int64_t, IValue>([](const ListPtr& l, int64_t index, IValue v) {
          const int64_t n = static_cast<int64_t>(l->elements.size());
          if (index < 0) index += n;
          index = std::clamp<int64_t>(index, 0, n);
          l->elements.insert(l->elements.begin() + index, std::move(v));
        }));
  r.add("aten::extend.t", makeKernel<ListPtr, ListPtr>([](const ListPtr& l, const ListPtr& other) {
          std::vector<IValue> tail = other->elements;  // `l.extend(l)` doubles once
          l->elements.insert(l->elements.end(), tail.begin(), tail.end());
        }));
  r.add("aten::reverse.t", makeKernel<ListPtr>([](const ListPtr& l) {
          std::reverse(l->elements.begin(), l->elements.end());
        }));
  r.add("aten::clear.t", makeKernel<ListPtr>([](const ListPtr& l) { l->elements.clear(); }));
  r.add("aten::copy.t", makeKernel<ListPtr>([](const ListPtr& l) {
          return IValue::list(l->elements, l->element_type);
        }));
}

void registerListSearchAndSort(OperatorRegistry& r) {
  for (std::string kind : {"int", "float", "bool", "str"}) {
    r.add("aten::remove." + kind,
          makeKernel<ListPtr, IValue>([](const ListPtr& l, const IValue& v) {
            auto it = findElement(l, v);
            if (it == l->elements.end()) throw OperatorError("list.remove(x): x not in list");
            l->elements.erase(it);
          }));
    r.add("aten::index.list_" + kind,
          makeKernel<ListPtr, IValue>([](const ListPtr& l, const IValue& v) {
            auto it = findElement(l, v);
            if (it == l->elements.end()) {
              throw OperatorError("'" + cppPrinted(v) + "' is not in list");
            }
            return static_cast<int64_t>(it - l->elements.begin());
          }));
    r.add("aten::count." + kind, makeKernel<ListPtr, IValue>([](const ListPtr& l, const IValue& v) {
            return static_cast<int64_t>(
                std::count_if(l->elements.begin(), l->elements.end(),
                              [&](const IValue& element) { return element.equals(v); }));
          }));
  }
  for (std::string kind : {"int", "float", "bool", "str", "any"}) {
    const bool check = kind == "any";
    r.add("aten::sort." + kind, makeKernel<ListPtr, bool>([check](const ListPtr& l, bool reverse) {
            if (check) checkSortable(l);
            sortElements(l->elements, reverse);
          }));
    r.add("aten::sorted." + kind, makeKernel<ListPtr>([check](const ListPtr& l) {
            if (check) checkSortable(l);
            std::vector<IValue> copy = l->elements;
            sortElements(copy, false);
            return IValue::list(std::move(copy), l->element_type);
          }));
  }
}

void registerListReductions(OperatorRegistry& r) {
  auto truthy = [](const IValue& v) {
    if (v.isString()) return !v.toStringRef().empty();
    return v.toScalar().toDouble() != 0.0;
  };
  for (const char* kind : {"int", "float", "bool"}) {
    r.add(std::string("aten::all.") + kind, makeKernel<ListPtr>([truthy](const ListPtr& l) {
            return std::all_of(l->elements.begin(), l->elements.end(), truthy);
          }));
  }
  for (const char* kind : {"int", "float", "bool", "str"}) {
    r.add(std::string("aten::any.") + kind, makeKernel<ListPtr>([truthy](const ListPtr& l) {
            return std::any_of(l->elements.begin(), l->elements.end(), truthy);
          }));
  }
  r.add("aten::sum.bool", makeKernel<ListPtr>([](const ListPtr& l) {
          return static_cast<int64_t>(std::count_if(l->elements.begin(), l->elements.end(),
                                                    [](const IValue& v) { return v.toBool(); }));
        }));
}

// ---- scalar builtins ----

int64_t wrap(uint64_t value) {
  return static_cast<int64_t>(value);
}

// float -> int for math.floor/ceil: out of range (inf, nan, 1e300) is an error upstream,
// which prints the value with printf's %f.
int64_t checkedToInt(double value) {
  const double limit = 9223372036854775808.0;  // 2**63
  if (!(value >= -limit && value <= limit)) {
    throw OperatorError("Cannot convert float " + std::to_string(value) + " to integer");
  }
  return value == limit ? std::numeric_limits<int64_t>::min() : static_cast<int64_t>(value);
}

// Python 3's round(): halves go to the even neighbour. Upstream returns a float.
double roundHalfEven(double a) {
  if (a - std::floor(a) == 0.5) return std::round(a * 0.5) * 2.0;
  return std::round(a);
}

void registerRounding(OperatorRegistry& r) {
  r.add("aten::round.int", makeKernel<double>(roundHalfEven));
  r.add("aten::round.float", makeKernel<double>(roundHalfEven));
  r.add("aten::round.Scalar",
        makeKernel<Scalar>([](Scalar a) { return roundHalfEven(a.toDouble()); }));
  for (bool is_floor : {true, false}) {
    std::string name = is_floor ? "aten::floor" : "aten::ceil";
    auto apply = [is_floor](double a) {
      return checkedToInt(is_floor ? std::floor(a) : std::ceil(a));
    };
    r.add(name + ".int", makeKernel<int64_t>([](int64_t a) { return a; }));
    r.add(name + ".float", makeKernel<double>(apply));
    r.add(name + ".Scalar", makeKernel<IValue>([apply](const IValue& a) {
            return a.isInt() ? a.toInt() : apply(a.toScalar().toDouble());
          }));
  }
}

// divmod(): Python's floor division and modulo. Upstream crashes on INT64_MIN // -1; we wrap.
IValue divmodInt(int64_t a, int64_t b) {
  if (b == 0) throw OperatorError("ZeroDivisionError: integer division or modulo by zero");
  if (b == -1) return IValue::tuple({wrap(0 - uint64_t(a)), int64_t{0}});
  int64_t quotient = a / b, remainder = a % b;
  if (remainder != 0 && ((a < 0) != (b < 0))) --quotient, remainder += b;
  return IValue::tuple({quotient, remainder});
}

void registerIntegerBuiltins(OperatorRegistry& r) {
  r.add("aten::divmod.int", makeKernel<int64_t, int64_t>(divmodInt));
  r.add("aten::divmod.float", makeKernel<double, double>([](double a, double b) {
          if (b == 0) throw OperatorError("ZeroDivisionError: float divmod()");
          double remainder = std::fmod(a, b);
          if (remainder != 0 && ((a < 0) != (b < 0))) remainder += b;
          return IValue::tuple({(a - remainder) / b, remainder});
        }));
  // The mixed overloads take another route upstream: floor(a / b) and a - q * b.
  auto divmod_mixed = [](double a, double b) {
    if (b == 0) throw OperatorError("ZeroDivisionError: float divmod()");
    double quotient = std::floor(a / b);
    return IValue::tuple({quotient, a - quotient * b});
  };
  r.add("aten::divmod.int_float", makeKernel<double, double>(divmod_mixed));
  r.add("aten::divmod.float_int", makeKernel<double, double>(divmod_mixed));
  // Shifts use the count modulo 64, as the x86 instruction upstream compiles to:
  // 1 << 64 is 1 and 1 << -1 is -2**63.
  r.add("aten::__lshift__.int", makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) {
          return wrap(uint64_t(a) << (uint64_t(b) & 63));
        }));
  r.add("aten::__rshift__.int",
        makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) { return a >> (uint64_t(b) & 63); }));
  r.add("aten::gcd.int", makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) {
          while (b != 0) {
            int64_t remainder = b == -1 ? 0 : a % b;
            a = b;
            b = remainder;
          }
          return a < 0 ? wrap(0 - uint64_t(a)) : a;
        }));
  // factorial() wraps past 20! like int64 arithmetic: math.factorial(21) is negative.
  r.add("aten::factorial.int", makeKernel<int64_t>([](int64_t a) {
          if (a < 0) throw OperatorError("factorial() not defined for negative values");
          uint64_t result = 1;
          for (int64_t i = 2; i <= a; ++i) result *= uint64_t(i);
          return wrap(result);
        }));
  r.add("aten::__round_to_zero_floordiv.int",
        makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) {
          if (b == 0) throw OperatorError("division by 0");
          return b == -1 ? wrap(0 - uint64_t(a)) : a / b;
        }));
  r.add("prim::abs.Scalar", makeKernel<IValue>([](const IValue& a) {
          if (a.isInt()) return IValue(a.toInt() < 0 ? wrap(0 - uint64_t(a.toInt())) : a.toInt());
          return IValue(std::fabs(a.toScalar().toDouble()));
        }));
}

// A math-module function of one number: NAME.int, NAME.float and NAME.Scalar, all giving a
// float. Like C (and unlike Python) a domain error is nan or inf, not an exception.
void registerUnaryFloat(OperatorRegistry& r, const std::string& name, double (*fn)(double)) {
  Kernel kernel = makeKernel<double>(fn);
  r.add(name + ".int", kernel);
  r.add(name + ".float", kernel);
  r.add(name + ".Scalar", makeKernel<Scalar>([fn](Scalar a) { return fn(a.toDouble()); }));
}

// NAME.int, .float, .int_float, .float_int and the Scalar pair (named `scalar_overload`).
void registerBinaryFloat(OperatorRegistry& r, const std::string& name,
                         const std::string& scalar_overload, double (*fn)(double, double)) {
  Kernel kernel = makeKernel<double, double>(fn);
  for (const char* overload : {".int", ".float", ".int_float", ".float_int"}) {
    r.add(name + overload, kernel);
  }
  r.add(name + scalar_overload, makeKernel<Scalar, Scalar>([fn](Scalar a, Scalar b) {
          return fn(a.toDouble(), b.toDouble());
        }));
}

double degrees(double a) {
  return a * (180.0 / std::numbers::pi);
}
double radians(double a) {
  return a * (std::numbers::pi / 180.0);
}

// An aggregate, so that `std::sin` names the double overload by its target type.
struct UnaryMath {
  const char* name;
  double (*fn)(double);
};
double logBase(double a, double b) {
  return std::log(a) / std::log(b);
}

void registerMathModule(OperatorRegistry& r) {
  // Upstream's names for the math-module functions on one number.
  const UnaryMath unary[] = {
      {"aten::sqrt", std::sqrt},    {"aten::log", std::log},     {"aten::exp", std::exp},
      {"aten::sin", std::sin},      {"aten::cos", std::cos},     {"aten::tan", std::tan},
      {"aten::asin", std::asin},    {"aten::acos", std::acos},   {"aten::atan", std::atan},
      {"aten::sinh", std::sinh},    {"aten::cosh", std::cosh},   {"aten::tanh", std::tanh},
      {"aten::asinh", std::asinh},  {"aten::acosh", std::acosh}, {"aten::atanh", std::atanh},
      {"aten::log10", std::log10},  {"aten::log1p", std::log1p}, {"aten::expm1", std::expm1},
      {"aten::erf", std::erf},      {"aten::erfc", std::erfc},   {"aten::lgamma", std::lgamma},
      {"aten::gamma", std::tgamma}, {"aten::fabs", std::fabs},   {"aten::degrees", degrees},
      {"aten::radians", radians},
  };
  for (const auto& [name, fn] : unary) registerUnaryFloat(r, name, fn);
  // math.log(x, base) is log.int_int (not log.int) for two ints.
  Kernel log_base = makeKernel<double, double>(logBase);
  for (const char* overload : {".int_int", ".float_float", ".int_float", ".float_int"}) {
    r.add(std::string("aten::log") + overload, log_base);
  }
  r.add("aten::log.Scalar_Scalar", makeKernel<Scalar, Scalar>([](Scalar a, Scalar b) {
          return logBase(a.toDouble(), b.toDouble());
        }));
  registerBinaryFloat(r, "aten::atan2", ".Scalar_Scalar", std::atan2);
  registerBinaryFloat(r, "aten::copysign", "", std::copysign);
  registerBinaryFloat(r, "aten::mathremainder", "", std::remainder);
  r.add("aten::isnan.float", makeKernel<double>([](double a) { return std::isnan(a); }));
  r.add("aten::isinf.float", makeKernel<double>([](double a) { return std::isinf(a); }));
  r.add("aten::isfinite.float", makeKernel<double>([](double a) { return std::isfinite(a); }));
  r.add("aten::modf", makeKernel<double>([](double a) {
          double whole = 0.0;
          double fraction = std::modf(a, &whole);
          return IValue::tuple({fraction, whole});
        }));
  r.add("aten::ldexp", makeKernel<double, int64_t>([](double x, int64_t i) {
          return std::ldexp(x, static_cast<int>(std::clamp<int64_t>(i, INT32_MIN, INT32_MAX)));
        }));
  r.add("aten::_unwrap_optional", makeKernel<IValue>([](const IValue& v) {
          if (v.isNone()) throw OperatorError("Unwrapping null optional");
          return v;
        }));
}

}  // namespace

// Enum members compare by class and name (`mode == PadMode.ZEROS`).
void registerEnumOps(OperatorRegistry& r) {
  r.add("aten::eq.enum", makeKernel<IValue, IValue>([](const IValue& a, const IValue& b) {
          return a.equals(b);
        }));
  r.add("aten::ne.enum", makeKernel<IValue, IValue>([](const IValue& a, const IValue& b) {
          return !a.equals(b);
        }));
}

void registerBuiltinOps(OperatorRegistry& registry) {
  registerEnumOps(registry);
  registerListMutation(registry);
  registerListSearchAndSort(registry);
  registerListReductions(registry);
  registerRounding(registry);
  registerIntegerBuiltins(registry);
  registerMathModule(registry);
}

}  // namespace minijit
