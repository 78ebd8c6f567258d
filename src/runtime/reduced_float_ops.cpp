// Half and BFloat16 arithmetic. minijit's kernels compute in float32 and wider, and keep
// float16/bfloat16 as storage formats (conversions both ways work). For the operators that
// upstream's CPU kernels implement in these dtypes, the registry wraps the float kernel:
// reduced-precision tensor arguments are widened to Float, the kernel runs, and the floating
// results are rounded back to the arguments' dtype. Upstream's CPU kernels for these dtypes
// also compute each element in float and round it once, so the values agree. An in-place
// operator writes the rounded result back into its `self`. Book chapter 8.
#include <algorithm>
#include <optional>
#include <unordered_set>

#include "kernels/ops.h"
#include "runtime/register_helpers.h"
#include "types/operator_catalogue.h"

namespace minijit {

namespace {

// [book:reduced-float-ops]
// What upstream 1.13's CPU kernels compute in float16 (and bfloat16); the in-place forms
// (`add_`) follow their operator.
const std::unordered_set<std::string>& halfOperators() {
  static const std::unordered_set<std::string> names = {
      "abs", "neg", "sign", "reciprocal", "add", "sub", "rsub", "mul", "div", "floor_divide",
      "remainder", "fmod", "pow", "maximum", "minimum", "eq", "ne", "lt", "le", "gt", "ge",
      "logical_and", "logical_or", "logical_xor", "logical_not", "where", "masked_fill", "sum",
      "mean", "amax", "amin", "max", "min", "argmax", "argmin", "var", "std", "norm", "cat",
      "stack", "sort",
      // Operators that only move elements: float16 -> float -> float16 is exact for them.
      "flip", "roll", "repeat", "index_select", "gather", "scatter", "tril", "triu", "index",
      "index_put", "masked_select", "topk", "argsort", "constant_pad_nd", "embedding"};
  return names;
}

// What bfloat16 has on top of those (float16 has no CPU kernel for these in 1.13).
const std::unordered_set<std::string>& bfloat16OnlyOperators() {
  static const std::unordered_set<std::string> names = {
      "exp", "log", "log1p", "sqrt", "rsqrt", "sin", "cos", "tanh", "sigmoid", "erf",
      "floor", "ceil", "round", "relu", "clamp", "clamp_min", "clamp_max", "atan2", "lerp",
      "logsumexp", "cumsum", "softmax", "log_softmax", "mm", "matmul", "gelu"};
  return names;
}
// [/book:reduced-float-ops]

bool isReduced(ScalarType type) {
  return type == ScalarType::Half || type == ScalarType::BFloat16;
}

// `aten::add_.Tensor` -> ("add", true).
std::pair<std::string, bool> baseName(const std::string& qualified_name) {
  std::string name = qualified_name.substr(qualified_name.find("::") + 2);
  name = name.substr(0, name.find('.'));
  const bool in_place = name.size() > 1 && name.back() == '_';
  if (in_place) name.pop_back();
  return {name, in_place};
}

bool holdsReducedTensor(const IValue& v) {
  if (v.isTensor()) return isReduced(v.toTensor().dtype());
  if (!v.isList()) return false;
  for (const IValue& e : v.toList()->elements) {
    if (e.isTensor() && isReduced(e.toTensor().dtype())) return true;
  }
  return false;
}

// The reduced dtype of the tensor arguments, when the result keeps it: the promotion of all
// tensor and number arguments (`half + float32` is Float, `half * 3` stays Half).
std::optional<ScalarType> reducedResultType(const Stack& stack) {
  // The common case, no float16/bfloat16 argument, costs one pass and no allocation.
  if (std::none_of(stack.begin(), stack.end(), holdsReducedTensor)) return std::nullopt;
  std::vector<Tensor> tensors;
  std::vector<Scalar> numbers;
  bool any_reduced = false;
  auto see = [&](const Tensor& t) {
    tensors.push_back(t);
    any_reduced = any_reduced || isReduced(t.dtype());
  };
  for (const IValue& v : stack) {
    if (v.isTensor()) {
      see(v.toTensor());
    } else if (v.isList() && !v.toList()->elements.empty() &&
               v.toList()->elements[0].isTensor()) {
      for (const IValue& e : v.toList()->elements) see(e.toTensor());
    } else if (v.isDouble()) {
      numbers.push_back(v.toScalar());
    }
  }
  if (!any_reduced) return std::nullopt;
  ScalarType result = ops::resultType(tensors, numbers);
  return isReduced(result) ? std::optional<ScalarType>(result) : std::nullopt;
}

// A float16/bfloat16 tensor as Float. A Python float argument (`x * 0.1`, `alpha`, a fill
// value) is rounded to `reduced` first, as upstream casts it to the tensor's dtype.
IValue widen(const IValue& v, ScalarType reduced) {
  if (v.isTensor() && isReduced(v.toTensor().dtype())) {
    return IValue(ops::toDtype(v.toTensor(), ScalarType::Float));
  }
  if (v.isDouble()) {
    const Tensor as_float = Tensor::scalarTensor(v.toDouble(), ScalarType::Float);
    const Tensor rounded = ops::toDtype(ops::toDtype(as_float, reduced), ScalarType::Float);
    return IValue(rounded.item().toDouble());
  }
  if (v.isList() && !v.toList()->elements.empty() && v.toList()->elements[0].isTensor()) {
    std::vector<IValue> elements;
    for (const IValue& e : v.toList()->elements) elements.push_back(widen(e, reduced));
    return IValue::list(std::move(elements), v.toList()->element_type);
  }
  return v;
}

IValue narrow(const IValue& v, ScalarType dtype) {
  if (v.isTensor() && v.toTensor().dtype() == ScalarType::Float) {
    return IValue(ops::toDtype(v.toTensor(), dtype));
  }
  if (v.isTuple()) {
    std::vector<IValue> elements;
    for (const IValue& e : v.toTuple()->elements) elements.push_back(narrow(e, dtype));
    return IValue::tuple(std::move(elements));
  }
  return v;
}

// `dtype_arg`: the position of the operator's `dtype` argument, or -1; an explicit dtype
// (`x.sum(dtype=torch.float32)`) decides the result, and the kernel handles it itself.
Kernel computeInFloat(Kernel kernel, bool half_ok, bool in_place, int dtype_arg) {
  return [kernel = std::move(kernel), half_ok, in_place, dtype_arg](Stack& stack) {
    std::optional<ScalarType> reduced = reducedResultType(stack);
    const bool explicit_dtype = dtype_arg >= 0 && static_cast<size_t>(dtype_arg) < stack.size() &&
                                !stack[static_cast<size_t>(dtype_arg)].isNone();
    if (!reduced || explicit_dtype || (*reduced == ScalarType::Half && !half_ok)) {
      return kernel(stack);
    }
    // An in-place operator's `self` is its first argument; it receives the result.
    std::optional<Tensor> self;
    if (in_place && !stack.empty() && stack[0].isTensor()) self = stack[0].toTensor();
    for (IValue& v : stack) v = widen(v, *reduced);
    kernel(stack);
    for (IValue& v : stack) v = narrow(v, *reduced);
    if (self && stack.size() == 1 && stack[0].isTensor()) {
      ops::copyInto(*self, stack[0].toTensor());
      stack[0] = IValue(*self);
    }
  };
}

// mean in these dtypes is upstream's sum, rounded, then divided and rounded again (its
// result differs from a mean computed in float): `sum` is the matching sum kernel, which
// takes the same arguments.
Kernel meanThroughSum(Kernel mean, Kernel sum, int dtype_arg) {
  Kernel sum_in_reduced = computeInFloat(std::move(sum), true, false, dtype_arg);
  return [mean = std::move(mean), sum_in_reduced, dtype_arg](Stack& stack) {
    std::optional<ScalarType> reduced = reducedResultType(stack);
    const bool explicit_dtype = dtype_arg >= 0 && static_cast<size_t>(dtype_arg) < stack.size() &&
                                !stack[static_cast<size_t>(dtype_arg)].isNone();
    if (!reduced || explicit_dtype) return mean(stack);
    const int64_t numel = stack[0].toTensor().numel();
    sum_in_reduced(stack);  // the sum, rounded to the reduced dtype
    const Tensor sum = stack[0].toTensor();
    const int64_t count = sum.numel() == 0 ? 0 : numel / sum.numel();
    const Tensor quotient = ops::div(ops::toDtype(sum, ScalarType::Float),
                                     Scalar(static_cast<double>(count)));
    stack[0] = IValue(ops::toDtype(quotient, *reduced));
  };
}

}  // namespace

void registerReducedFloatOps(OperatorRegistry& registry) {
  auto dtypeArgument = [](const FunctionSchema& schema) {
    for (size_t i = 0; i < schema.arguments.size(); ++i) {
      if (schema.arguments[i].name == "dtype") return static_cast<int>(i);
    }
    return -1;
  };
  // The float kernels mean is rebuilt from, taken before they are wrapped.
  const Kernel sum_all = *registry.find("aten::sum");
  const Kernel sum_dims = *registry.find("aten::sum.dim_IntList");
  registry.wrapKernels([&](const std::string& qualified_name, Kernel kernel) -> Kernel {
    if (qualified_name.rfind("aten::", 0) != 0) return kernel;
    // Only overloads that take tensors (`aten::add.int` is left alone).
    const FunctionSchema* schema = OperatorCatalogue::instance().find(qualified_name);
    const bool takes_tensors = schema && std::any_of(
        schema->arguments.begin(), schema->arguments.end(), [](const Argument& a) {
          return a.type->str().find("Tensor") != std::string::npos;
        });
    if (!takes_tensors) return kernel;
    const int dtype_arg = dtypeArgument(*schema);
    if (qualified_name == "aten::mean") return meanThroughSum(std::move(kernel), sum_all, dtype_arg);
    if (qualified_name == "aten::mean.dim") {
      return meanThroughSum(std::move(kernel), sum_dims, dtype_arg);
    }
    auto [name, in_place] = baseName(qualified_name);
    const bool half_ok = halfOperators().count(name) > 0;
    if (!half_ok && !bfloat16OnlyOperators().count(name)) return kernel;
    return computeInFloat(std::move(kernel), half_ok, in_place, dtype_arg);
  });
}

}  // namespace minijit
