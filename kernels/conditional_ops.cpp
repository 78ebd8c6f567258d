// Operators that choose between values per element: where, clamp, masked_fill and lerp,
// plus the checks every in-place `op_` makes before writing its result into self.
// Book chapter "Tensors and kernels".
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include "kernels/elementwise_op.h"

namespace minijit::ops {

namespace {

using detail::notImplementedFor;
using detail::wrapScalar;

std::string shapeString(const std::vector<int64_t>& shape) {
  std::string text = "[";
  for (size_t i = 0; i < shape.size(); ++i) {
    text += (i ? ", " : "") + std::to_string(shape[i]);
  }
  return text + "]";
}

// Upstream converts clamp's bounds to the compute type with a range check.
void checkFitsIn(const Scalar& value, ScalarType type) {
  dispatchByType(type, "clamp", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
      // c10::overflows: unsigned types also take negatives down to -max, which wrap
      // (two's complement), so clamp(uint8, min=-1) means min=255.
      const double v = value.toDouble();
      const double max = static_cast<double>(std::numeric_limits<T>::max());
      const double lowest =
          std::is_signed_v<T> ? static_cast<double>(std::numeric_limits<T>::lowest()) : -max;
      if (v < lowest || v > max) {
        throw TensorError(std::string("value cannot be converted to type ") +
                          (std::is_signed_v<T> ? "int" : "uint") +
                          std::to_string(8 * sizeof(T)) + "_t without overflow");
      }
    }
  });
}

// A mask should be Bool; integral masks are read as bool when every element is 0 or 1.
Tensor boolMask(const Tensor& mask) {
  if (!isIntegralType(mask.dtype(), /*include_bool=*/false)) return toDtype(mask, ScalarType::Bool);
  const Tensor as_bool = toDtype(mask, ScalarType::Bool);
  const Tensor back = toDtype(as_bool, mask.dtype());
  if (sum(eq(back, mask)).item().toLong() != mask.numel()) {
    throw TensorError("Mask tensor can take 0 and 1 values only");
  }
  return as_bool;
}

// lerp's operands must all have self's dtype.
void checkSameDtype(const Tensor& self, const Tensor& other, const char* what) {
  if (other.dtype() != self.dtype()) {
    throw TensorError(std::string("expected dtype ") + scalarTypePythonName(self.dtype()) +
                      " for `" + what + "` but got dtype " + scalarTypePythonName(other.dtype()));
  }
}

}  // namespace

Tensor where(const Tensor& condition, const Tensor& self, const Tensor& other) {
  if (condition.dtype() != ScalarType::Bool && condition.dtype() != ScalarType::Byte) {
    throw TensorError(
        std::string("where expected condition to be a boolean tensor, but got a tensor with dtype ") +
        scalarTypeName(condition.dtype()));
  }
  const ScalarType compute = resultType(self, other);
  const Tensor cond = toDtype(condition, ScalarType::Bool);
  const Tensor x = toDtype(self, compute);
  const Tensor y = toDtype(other, compute);
  Tensor out = Tensor::empty(
      broadcastShapes(cond.sizes(), broadcastShapes(x.sizes(), y.sizes())), compute);
  dispatchByType(compute, "where_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    ternaryKernel<T, bool, T, T>(out, cond, x, y, [](bool c, T a, T b) { return c ? a : b; });
  });
  return out;
}

Tensor where(const Tensor& condition, const Tensor& self, const Scalar& other) {
  const ScalarType compute = resultType(self, other);
  return where(condition, self, wrapScalar(other, compute));
}

Tensor where(const Tensor& condition, const Scalar& self, const Tensor& other) {
  const ScalarType compute = resultType(other, self);
  return where(condition, wrapScalar(self, compute), other);
}

Tensor where(const Tensor& condition, const Scalar& self, const Scalar& other) {
  const ScalarType compute = resultType({}, {self, other});
  return where(condition, wrapScalar(self, compute), wrapScalar(other, compute));
}

Tensor clamp(const Tensor& self, const std::optional<Scalar>& min,
             const std::optional<Scalar>& max) {
  if (!min && !max) throw TensorError("torch.clamp: At least one of 'min' or 'max' must not be None");
  std::vector<Scalar> bounds;
  if (min) bounds.push_back(*min);
  if (max) bounds.push_back(*max);
  const ScalarType compute = resultType({self}, bounds);
  if (compute == ScalarType::Bool) notImplementedFor("clamp_scalar_cpu", compute);
  for (const Scalar& bound : bounds) checkFitsIn(bound, compute);
  Tensor out = Tensor::empty(self.sizes(), compute);
  const Tensor x = toDtype(self, compute);
  dispatchNumericTypes(compute, "clamp_scalar_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T lo = min ? min->to<T>() : T(0);
    const T hi = max ? max->to<T>() : T(0);
    const bool has_lo = min.has_value(), has_hi = max.has_value();
    // std::max/std::min as upstream: NaN in x stays NaN, a NaN bound is ignored, and with
    // lo > hi every element becomes hi.
    unaryKernel<T, T>(out, x, [=](T value) {
      if (has_lo) value = std::max(value, lo);
      if (has_hi) value = std::min(value, hi);
      return value;
    });
  });
  return out;
}

Tensor clamp(const Tensor& self, const std::optional<Tensor>& min,
             const std::optional<Tensor>& max) {
  if (!min && !max) throw TensorError("torch.clamp: At least one of 'min' or 'max' must not be None");
  // min(max(self, lo), hi): with lo > hi every element becomes hi, and NaN in self stays.
  Tensor result = self;
  if (min) result = maximum(result, *min);
  if (max) result = minimum(result, *max);
  return result;
}

Tensor maskedFill(const Tensor& self, const Tensor& mask, const Scalar& value) {
  const Tensor bool_mask = boolMask(mask);
  const Tensor fill = Tensor::scalarTensor(value, self.dtype());
  Tensor out = Tensor::empty(broadcastShapes(self.sizes(), bool_mask.sizes()), self.dtype());
  dispatchByType(self.dtype(), "masked_fill", [&](auto tag) {
    using T = typename decltype(tag)::type;
    ternaryKernel<T, T, bool, T>(out, self, bool_mask, fill,
                                 [](T x, bool masked, T v) { return masked ? v : x; });
  });
  return out;
}

Tensor maskedFill(const Tensor& self, const Tensor& mask, const Tensor& value) {
  if (value.dim() != 0) {
    throw TensorError(
        "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " +
        std::to_string(value.dim()) + " dimension(s).");
  }
  return maskedFill(self, mask, value.item());
}

Tensor lerp(const Tensor& self, const Tensor& end, const Tensor& weight) {
  checkSameDtype(self, end, "end");
  checkSameDtype(self, weight, "weight");
  const std::vector<int64_t> shape =
      broadcastShapes(weight.sizes(), broadcastShapes(self.sizes(), end.sizes()));
  Tensor out = Tensor::empty(shape, self.dtype());
  dispatchFloatingTypes(self.dtype(), "lerp_kernel_tensor", [&](auto tag) {
    using T = typename decltype(tag)::type;
    // Upstream's formula: from whichever end is nearer, so lerp(a, b, 1) is exactly b.
    ternaryKernel<T, T, T, T>(out, self, end, weight, [](T start, T stop, T w) {
      return std::abs(w) < T(0.5) ? start + w * (stop - start) : stop - (stop - start) * (T(1) - w);
    });
  });
  return out;
}

Tensor lerp(const Tensor& self, const Tensor& end, const Scalar& weight) {
  checkSameDtype(self, end, "end");
  if (!isFloatingType(self.dtype())) notImplementedFor("lerp_kernel_scalar", self.dtype());
  return lerp(self, end, Tensor::scalarTensor(weight, self.dtype()));
}

Tensor assignInPlace(const Tensor& self, const Tensor& result) {
  checkNoInternalOverlap(self);
  if (!canCast(result.dtype(), self.dtype())) {
    throw TensorError(std::string("result type ") + scalarTypeName(result.dtype()) +
                      " can't be cast to the desired output type " +
                      scalarTypeName(self.dtype()));
  }
  if (result.sizes() != self.sizes()) {
    throw TensorError("output with shape " + shapeString(self.sizes()) +
                      " doesn't match the broadcast shape " + shapeString(result.sizes()));
  }
  copyInto(self, result);
  return self;
}

// [book:overlap-checks]
// An expanded view (a dimension of size > 1 with stride 0) has elements that share memory:
// writing to it in place would write one location several times, so upstream refuses.
void checkNoInternalOverlap(const Tensor& self) {
  for (size_t d = 0; d < self.sizes().size(); ++d) {
    if (self.sizes()[d] > 1 && self.strides()[d] == 0) {
      throw TensorError("unsupported operation: more than one element of the written-to tensor "
                        "refers to a single memory location. Please clone() the tensor before "
                        "performing the operation.");
    }
  }
}

// The bytes [first, last) a tensor's elements span in its storage (empty for no elements).
static std::pair<int64_t, int64_t> byteSpan(const Tensor& t) {
  if (t.numel() == 0) return {0, 0};
  int64_t low = t.storageOffset(), high = t.storageOffset();
  for (size_t d = 0; d < t.sizes().size(); ++d) {
    const int64_t reach = (t.sizes()[d] - 1) * t.strides()[d];
    (reach < 0 ? low : high) += reach;
  }
  const int64_t width = static_cast<int64_t>(elementSize(t.dtype()));
  return {low * width, (high + 1) * width};
}

// A value read while `self` is written must not share memory with it (`y[i] = y[0]`):
// upstream refuses when their storage ranges overlap at all.
void checkNoOverlap(const Tensor& self, const Tensor& other) {
  if (self.storage() != other.storage()) return;
  const auto [a0, a1] = byteSpan(self);
  const auto [b0, b1] = byteSpan(other);
  if (a0 < b1 && b0 < a1) {
    throw TensorError("unsupported operation: some elements of the input tensor and the "
                      "written-to tensor refer to a single memory location. Please clone() the "
                      "tensor before performing the operation.");
  }
}
// [/book:overlap-checks]

}  // namespace minijit::ops
