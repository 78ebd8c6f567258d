// Kernels for the elementwise math and reduction operators beyond the skeleton's arithmetic:
// unary math (exp, log, sqrt, ...), more binary ops, logical/bitwise ops, where/clamp/
// masked_fill/lerp, reductions over dimensions, softmax, and dtype conversion. Each binds
// one upstream schema to a function of kernels/ops.h, arguments in schema order.
// Book chapter 7 ("The interpreter") / chapter "Tensors and kernels".
#include <cmath>
#include <optional>

#include "kernels/ops.h"
#include "runtime/register_helpers.h"

namespace minijit {

namespace {

using IntList = std::vector<int64_t>;
using UnaryFn = Tensor (*)(const Tensor&);

std::optional<ScalarType> optionalDtype(const IValue& dtype) {
  if (dtype.isNone()) return std::nullopt;
  return static_cast<ScalarType>(dtype.toInt());
}

std::optional<Scalar> optionalScalar(const IValue& value) {
  if (value.isNone()) return std::nullopt;
  return value.toScalar();
}

std::optional<Tensor> optionalTensor(const IValue& value) {
  if (value.isNone()) return std::nullopt;
  return value.toTensor();
}

// An `int[1]? dim` argument: None and [] mean every dimension.
IntList dimList(const IValue& dim) {
  if (dim.isNone()) return {};
  if (dim.isInt()) return {dim.toInt()};
  return dim.toIntVector();
}

// `bool unbiased` or `int? correction` as the divisor's correction (None means 1).
double correctionOf(const IValue& correction) {
  return correction.isNone() ? 1.0 : static_cast<double>(correction.toInt());
}

// A `str?` argument (div's rounding_mode).
std::optional<std::string> optionalString(const IValue& value) {
  if (value.isNone()) return std::nullopt;
  return value.toStringRef();
}

ops::RoundingMode roundingMode(const IValue& mode) {
  return ops::parseRoundingMode(optionalString(mode));
}

// A kernel returning (values, indices): both are pushed, as upstream's multi-output ops.
template <typename... Args, typename Fn>
Kernel makePairKernel(Fn fn) {
  return [fn](Stack& stack) {
    std::pair<Tensor, Tensor> result;
    callOnStack<Args...>([&](Args... args) { result = fn(args...); }, stack,
                         std::index_sequence_for<Args...>{});
    stack.push_back(IValue(result.first));
    stack.push_back(IValue(result.second));
  };
}

// NAME(Tensor self) -> Tensor and, when in_place is given, NAME_(Tensor(a!) self).
template <UnaryFn Op>
void registerUnary(OperatorRegistry& r, const std::string& name, bool in_place) {
  r.add(name, makeKernel<Tensor>([](Tensor a) { return Op(a); }));
  if (in_place) {
    r.add(name + "_", makeKernel<Tensor>([](Tensor a) { return ops::assignInPlace(a, Op(a)); }));
  }
}

void registerUnaryMath(OperatorRegistry& r) {
  registerUnary<ops::abs>(r, "aten::abs", true);
  // Python's abs(tensor) in TorchScript: the same kernel under prim::abs.
  registerUnary<ops::abs>(r, "prim::abs", false);
  registerUnary<ops::exp>(r, "aten::exp", true);
  registerUnary<ops::log>(r, "aten::log", true);
  registerUnary<ops::log1p>(r, "aten::log1p", true);
  registerUnary<ops::sqrt>(r, "aten::sqrt", true);
  registerUnary<ops::rsqrt>(r, "aten::rsqrt", true);
  registerUnary<ops::sin>(r, "aten::sin", true);
  registerUnary<ops::cos>(r, "aten::cos", true);
  registerUnary<ops::tanh>(r, "aten::tanh", true);
  registerUnary<ops::sigmoid>(r, "aten::sigmoid", true);
  registerUnary<ops::erf>(r, "aten::erf", true);
  registerUnary<ops::floor>(r, "aten::floor", true);
  registerUnary<ops::ceil>(r, "aten::ceil", true);
  registerUnary<ops::round>(r, "aten::round", true);
  registerUnary<ops::sign>(r, "aten::sign", true);
  registerUnary<ops::logicalNot>(r, "aten::logical_not", false);
  registerUnary<ops::bitwiseNot>(r, "aten::bitwise_not", false);
  r.add("aten::neg_", makeKernel<Tensor>([](Tensor a) { return ops::assignInPlace(a, ops::neg(a)); }));
  r.add("aten::round.decimals", makeKernel<Tensor, int64_t>([](Tensor a, int64_t decimals) {
          return ops::round(a, decimals);
        }));
  // The number overloads (math.exp(2) -> aten::exp.int) are in register_builtin_ops.cpp.
}

// NAME.Tensor / NAME.Scalar (and NAME_.Tensor / NAME_.Scalar) of a binary operator.
template <Tensor (*WithTensor)(const Tensor&, const Tensor&),
          Tensor (*WithScalar)(const Tensor&, const Scalar&)>
void registerBinary(OperatorRegistry& r, const std::string& name, const std::string& tensor_suffix,
                    const std::string& scalar_suffix) {
  r.add(name + tensor_suffix,
        makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return WithTensor(a, b); }));
  r.add(name + scalar_suffix,
        makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) { return WithScalar(a, b); }));
}

// NAME.Tensor / NAME.Scalar of an in-place binary operator (NAME ends in `_`).
template <Tensor (*WithTensor)(const Tensor&, const Tensor&),
          Tensor (*WithScalar)(const Tensor&, const Scalar&)>
void registerBinaryInPlace(OperatorRegistry& r, const std::string& name) {
  r.add(name + ".Tensor", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return ops::assignInPlace(a, WithTensor(a, b));
        }));
  r.add(name + ".Scalar", makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) {
          return ops::assignInPlace(a, WithScalar(a, b));
        }));
}

void registerBinaryMath(OperatorRegistry& r) {
  r.add("aten::div.Tensor_mode",
        makeKernel<Tensor, Tensor, IValue>([](Tensor a, Tensor b, const IValue& mode) {
          return ops::div(a, b, roundingMode(mode));
        }));
  r.add("aten::div.Scalar_mode",
        makeKernel<Tensor, Scalar, IValue>([](Tensor a, Scalar b, const IValue& mode) {
          return ops::div(a, b, roundingMode(mode));
        }));
  r.add("aten::div_.Tensor_mode",
        makeKernel<Tensor, Tensor, IValue>([](Tensor a, Tensor b, const IValue& mode) {
          auto rounding = roundingMode(mode);
          return ops::assignInPlace(a, ops::div(a, b, rounding));
        }));
  r.add("aten::true_divide.Tensor",
        makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::div(a, b); }));
  r.add("aten::true_divide.Scalar",
        makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) { return ops::div(a, b); }));
  registerBinary<ops::floorDivide, ops::floorDivide>(r, "aten::floor_divide", "", ".Scalar");
  registerBinary<ops::remainder, ops::remainder>(r, "aten::remainder", ".Tensor", ".Scalar");
  r.add("aten::remainder.Scalar_Tensor",
        makeKernel<Scalar, Tensor>([](Scalar a, Tensor b) { return ops::remainder(a, b); }));
  registerBinary<ops::fmod, ops::fmod>(r, "aten::fmod", ".Tensor", ".Scalar");
  registerBinary<ops::pow, ops::pow>(r, "aten::pow", ".Tensor_Tensor", ".Tensor_Scalar");
  r.add("aten::pow.Scalar",
        makeKernel<Scalar, Tensor>([](Scalar a, Tensor b) { return ops::pow(a, b); }));
  r.add("aten::pow_.Scalar", makeKernel<Tensor, Scalar>([](Tensor a, Scalar b) {
          return ops::assignInPlace(a, ops::pow(a, b));
        }));
  r.add("aten::pow_.Tensor", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return ops::assignInPlace(a, ops::pow(a, b));
        }));
  r.add("aten::maximum", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::maximum(a, b); }));
  r.add("aten::minimum", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::minimum(a, b); }));
  r.add("aten::max.other", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::maximum(a, b); }));
  r.add("aten::min.other", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::minimum(a, b); }));
  r.add("aten::atan2", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::atan2(a, b); }));
  r.add("aten::logical_and", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::logicalAnd(a, b); }));
  r.add("aten::logical_or", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::logicalOr(a, b); }));
  r.add("aten::logical_xor", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::logicalXor(a, b); }));
  // `a & b` on tensors is aten::__and__, the same kernel as bitwise_and.
  registerBinary<ops::bitwiseAnd, ops::bitwiseAnd>(r, "aten::bitwise_and", ".Tensor", ".Scalar");
  registerBinary<ops::bitwiseOr, ops::bitwiseOr>(r, "aten::bitwise_or", ".Tensor", ".Scalar");
  registerBinary<ops::bitwiseXor, ops::bitwiseXor>(r, "aten::bitwise_xor", ".Tensor", ".Scalar");
  // In-place forms: compute, then write into self with upstream's checks (shape and dtype).
  registerBinaryInPlace<ops::floorDivide, ops::floorDivide>(r, "aten::floor_divide_");
  registerBinaryInPlace<ops::remainder, ops::remainder>(r, "aten::remainder_");
  registerBinaryInPlace<ops::fmod, ops::fmod>(r, "aten::fmod_");
  registerBinaryInPlace<ops::bitwiseAnd, ops::bitwiseAnd>(r, "aten::bitwise_and_");
  registerBinaryInPlace<ops::bitwiseOr, ops::bitwiseOr>(r, "aten::bitwise_or_");
  registerBinaryInPlace<ops::bitwiseXor, ops::bitwiseXor>(r, "aten::bitwise_xor_");
  r.add("aten::atan2_", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return ops::assignInPlace(a, ops::atan2(a, b));
        }));
  r.add("aten::logical_and_", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return ops::assignInPlace(a, ops::logicalAnd(a, b));
        }));
  r.add("aten::logical_or_", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return ops::assignInPlace(a, ops::logicalOr(a, b));
        }));
  r.add("aten::logical_xor_", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) {
          return ops::assignInPlace(a, ops::logicalXor(a, b));
        }));
  registerBinary<ops::bitwiseAnd, ops::bitwiseAnd>(r, "aten::__and__", ".Tensor", ".Scalar");
  registerBinary<ops::bitwiseOr, ops::bitwiseOr>(r, "aten::__or__", ".Tensor", ".Scalar");
  registerBinary<ops::bitwiseXor, ops::bitwiseXor>(r, "aten::__xor__", ".Tensor", ".Scalar");
}

void registerSelection(OperatorRegistry& r) {
  r.add("aten::where.self", makeKernel<Tensor, Tensor, Tensor>([](Tensor c, Tensor a, Tensor b) {
          return ops::where(c, a, b);
        }));
  r.add("aten::where.ScalarOther", makeKernel<Tensor, Tensor, Scalar>([](Tensor c, Tensor a, Scalar b) {
          return ops::where(c, a, b);
        }));
  r.add("aten::where.ScalarSelf", makeKernel<Tensor, Scalar, Tensor>([](Tensor c, Scalar a, Tensor b) {
          return ops::where(c, a, b);
        }));
  r.add("aten::where.Scalar", makeKernel<Tensor, Scalar, Scalar>([](Tensor c, Scalar a, Scalar b) {
          return ops::where(c, a, b);
        }));
  auto clampScalars = [](Tensor a, const IValue& lo, const IValue& hi) {
    return ops::clamp(a, optionalScalar(lo), optionalScalar(hi));
  };
  auto clampTensors = [](Tensor a, const IValue& lo, const IValue& hi) {
    return ops::clamp(a, optionalTensor(lo), optionalTensor(hi));
  };
  r.add("aten::clamp", makeKernel<Tensor, IValue, IValue>(clampScalars));
  r.add("aten::clamp.Tensor", makeKernel<Tensor, IValue, IValue>(clampTensors));
  r.add("aten::clamp_", makeKernel<Tensor, IValue, IValue>([=](Tensor a, IValue lo, IValue hi) {
          return ops::assignInPlace(a, clampScalars(a, lo, hi));
        }));
  r.add("aten::clamp_.Tensor", makeKernel<Tensor, IValue, IValue>([=](Tensor a, IValue lo, IValue hi) {
          return ops::assignInPlace(a, clampTensors(a, lo, hi));
        }));
  r.add("aten::clamp_min", makeKernel<Tensor, Scalar>([](Tensor a, Scalar lo) {
          return ops::clamp(a, std::optional<Scalar>(lo), std::nullopt);
        }));
  r.add("aten::clamp_max", makeKernel<Tensor, Scalar>([](Tensor a, Scalar hi) {
          return ops::clamp(a, std::nullopt, std::optional<Scalar>(hi));
        }));
  r.add("aten::clamp_min_", makeKernel<Tensor, Scalar>([](Tensor a, Scalar lo) {
          return ops::assignInPlace(a, ops::clamp(a, std::optional<Scalar>(lo), std::nullopt));
        }));
  r.add("aten::clamp_max_", makeKernel<Tensor, Scalar>([](Tensor a, Scalar hi) {
          return ops::assignInPlace(a, ops::clamp(a, std::nullopt, std::optional<Scalar>(hi)));
        }));
  r.add("aten::masked_fill.Scalar", makeKernel<Tensor, Tensor, Scalar>([](Tensor a, Tensor m, Scalar v) {
          return ops::maskedFill(a, m, v);
        }));
  r.add("aten::masked_fill.Tensor", makeKernel<Tensor, Tensor, Tensor>([](Tensor a, Tensor m, Tensor v) {
          return ops::maskedFill(a, m, v);
        }));
  r.add("aten::masked_fill_.Scalar", makeKernel<Tensor, Tensor, Scalar>([](Tensor a, Tensor m, Scalar v) {
          return ops::assignInPlace(a, ops::maskedFill(a, m, v));
        }));
  r.add("aten::masked_fill_.Tensor", makeKernel<Tensor, Tensor, Tensor>([](Tensor a, Tensor m, Tensor v) {
          return ops::assignInPlace(a, ops::maskedFill(a, m, v));
        }));
  r.add("aten::lerp.Scalar", makeKernel<Tensor, Tensor, Scalar>([](Tensor a, Tensor b, Scalar w) {
          return ops::lerp(a, b, w);
        }));
  r.add("aten::lerp_.Scalar", makeKernel<Tensor, Tensor, Scalar>([](Tensor a, Tensor b, Scalar w) {
          return ops::assignInPlace(a, ops::lerp(a, b, w));
        }));
  r.add("aten::lerp_.Tensor", makeKernel<Tensor, Tensor, Tensor>([](Tensor a, Tensor b, Tensor w) {
          return ops::assignInPlace(a, ops::lerp(a, b, w));
        }));
  r.add("aten::lerp.Tensor", makeKernel<Tensor, Tensor, Tensor>([](Tensor a, Tensor b, Tensor w) {
          return ops::lerp(a, b, w);
        }));
}

void registerReductions(OperatorRegistry& r) {
  r.add("aten::mean", makeKernel<Tensor, IValue>([](Tensor a, const IValue& dtype) {
          return ops::mean(a, {}, false, optionalDtype(dtype));
        }));
  r.add("aten::mean.dim", makeKernel<Tensor, IValue, bool, IValue>(
                              [](Tensor a, const IValue& dim, bool keepdim, const IValue& dtype) {
                                return ops::mean(a, dimList(dim), keepdim, optionalDtype(dtype));
                              }));
  r.add("aten::prod", makeKernel<Tensor, IValue>([](Tensor a, const IValue& dtype) {
          return ops::prod(a, {}, false, optionalDtype(dtype));
        }));
  r.add("aten::prod.dim_int", makeKernel<Tensor, int64_t, bool, IValue>(
                                  [](Tensor a, int64_t dim, bool keepdim, const IValue& dtype) {
                                    return ops::prod(a, {dim}, keepdim, optionalDtype(dtype));
                                  }));
  r.add("aten::amax", makeKernel<Tensor, IValue, bool>([](Tensor a, const IValue& dim, bool keepdim) {
          return ops::amax(a, dimList(dim), keepdim);
        }));
  r.add("aten::amin", makeKernel<Tensor, IValue, bool>([](Tensor a, const IValue& dim, bool keepdim) {
          return ops::amin(a, dimList(dim), keepdim);
        }));
  r.add("aten::max", makeKernel<Tensor>([](Tensor a) { return ops::max(a); }));
  r.add("aten::min", makeKernel<Tensor>([](Tensor a) { return ops::min(a); }));
  r.add("aten::max.dim", makePairKernel<Tensor, int64_t, bool>([](Tensor a, int64_t dim, bool keepdim) {
          return ops::max(a, dim, keepdim);
        }));
  r.add("aten::min.dim", makePairKernel<Tensor, int64_t, bool>([](Tensor a, int64_t dim, bool keepdim) {
          return ops::min(a, dim, keepdim);
        }));
  r.add("aten::argmax", makeKernel<Tensor, std::optional<int64_t>, bool>(
                            [](Tensor a, std::optional<int64_t> dim, bool keepdim) {
                              return ops::argmax(a, dim, keepdim);
                            }));
  r.add("aten::argmin", makeKernel<Tensor, std::optional<int64_t>, bool>(
                            [](Tensor a, std::optional<int64_t> dim, bool keepdim) {
                              return ops::argmin(a, dim, keepdim);
                            }));
  r.add("aten::all", makeKernel<Tensor>([](Tensor a) { return ops::all(a, {}); }));
  r.add("aten::any", makeKernel<Tensor>([](Tensor a) { return ops::any(a, {}); }));
  r.add("aten::all.dim", makeKernel<Tensor, int64_t, bool>([](Tensor a, int64_t dim, bool keepdim) {
          return ops::all(a, {dim}, keepdim);
        }));
  r.add("aten::any.dim", makeKernel<Tensor, int64_t, bool>([](Tensor a, int64_t dim, bool keepdim) {
          return ops::any(a, {dim}, keepdim);
        }));
  r.add("aten::logsumexp", makeKernel<Tensor, IValue, bool>([](Tensor a, const IValue& dim, bool keepdim) {
          return ops::logsumexp(a, dimList(dim), keepdim);
        }));
}

// var and std share their four overloads: (unbiased), dim(unbiased, keepdim), and
// correction(*, correction, keepdim).
template <Tensor (*Op)(const Tensor&, const IntList&, double, bool)>
void registerVarianceLike(OperatorRegistry& r, const std::string& name) {
  r.add(name, makeKernel<Tensor, bool>([](Tensor a, bool unbiased) {
          return Op(a, {}, unbiased ? 1.0 : 0.0, false);
        }));
  r.add(name + ".dim", makeKernel<Tensor, IValue, bool, bool>(
                           [](Tensor a, const IValue& dim, bool unbiased, bool keepdim) {
                             return Op(a, dimList(dim), unbiased ? 1.0 : 0.0, keepdim);
                           }));
  r.add(name + ".correction", makeKernel<Tensor, IValue, IValue, bool>(
                                  [](Tensor a, const IValue& dim, const IValue& correction, bool keepdim) {
                                    return Op(a, dimList(dim), correctionOf(correction), keepdim);
                                  }));
}

void registerNormsAndScans(OperatorRegistry& r) {
  registerVarianceLike<ops::var>(r, "aten::var");
  registerVarianceLike<ops::stdDev>(r, "aten::std");
  r.add("aten::norm.Scalar", makeKernel<Tensor, Scalar>([](Tensor a, Scalar p) {
          return ops::norm(a, p, {}, false);
        }));
  r.add("aten::norm.ScalarOpt_dim", makeKernel<Tensor, IValue, IValue, bool>(
                                        [](Tensor a, const IValue& p, const IValue& dim, bool keepdim) {
                                          return ops::norm(a, optionalScalar(p).value_or(Scalar(2)),
                                                           dimList(dim), keepdim);
                                        }));
  r.add("aten::cumsum", makeKernel<Tensor, int64_t, IValue>([](Tensor a, int64_t dim, const IValue& dtype) {
          return ops::cumsum(a, dim, optionalDtype(dtype));
        }));
  r.add("aten::softmax.int", makeKernel<Tensor, int64_t, IValue>([](Tensor a, int64_t dim, const IValue& dtype) {
          return ops::softmax(a, dim, optionalDtype(dtype));
        }));
  r.add("aten::log_softmax.int", makeKernel<Tensor, int64_t, IValue>([](Tensor a, int64_t dim, const IValue& dtype) {
          return ops::logSoftmax(a, dim, optionalDtype(dtype));
        }));
}

// Tensor.to(dtype) and friends; the device overloads belong to the device family.
void registerConversions(OperatorRegistry& r) {
  r.add("aten::to.dtype", makeKernel<Tensor, int64_t, bool, bool, IValue>(
                              [](Tensor a, int64_t dtype, bool, bool copy, const IValue&) {
                                return ops::to(a, static_cast<ScalarType>(dtype), copy);
                              }));
  // to(None) keeps the dtype (and returns self unless copy).
  r.add("aten::to.prim_dtype", makeKernel<Tensor, IValue, bool, bool>(
                                   [](Tensor a, const IValue& dtype, bool, bool copy) {
                                     return ops::to(a, optionalDtype(dtype).value_or(a.dtype()), copy);
                                   }));
  r.add("aten::to.other", makeKernel<Tensor, Tensor, bool, bool, IValue>(
                              [](Tensor a, Tensor other, bool, bool copy, const IValue&) {
                                return ops::to(a, other.dtype(), copy);
                              }));
  r.add("aten::type_as", makeKernel<Tensor, Tensor>([](Tensor a, Tensor other) {
          return ops::to(a, other.dtype());
        }));
}

}  // namespace

void registerMathOps(OperatorRegistry& registry) {
  registerUnaryMath(registry);
  registerBinaryMath(registry);
  registerSelection(registry);
  registerReductions(registry);
  registerNormsAndScans(registry);
  registerConversions(registry);
}

}  // namespace minijit
