// Tensor factories (zeros, ones, full, arange, linspace, eye, *_like) and copies (toDtype,
// contiguous, clone), the copies built on the elementwise loop. Book chapter "Tensors and kernels".
#include <cmath>
#include <string>

#include "kernels/dispatch.h"
#include "kernels/factory.h"
#include "kernels/elementwise_loop.h"
#include "kernels/ops.h"

namespace minijit::ops {

Tensor full(const std::vector<int64_t>& sizes, const Scalar& value, ScalarType dtype) {
  if (dtype == ScalarType::Half || dtype == ScalarType::BFloat16) {  // stored, not computed in
    return to(full(sizes, value, ScalarType::Float), dtype);
  }
  Tensor out = Tensor::empty(sizes, dtype);
  dispatchByType(dtype, "fill_", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T fill = value.to<T>();
    T* data = out.data<T>();
    for (int64_t i = 0, n = out.numel(); i < n; ++i) data[i] = fill;
  });
  return out;
}

Tensor zeros(const std::vector<int64_t>& sizes, ScalarType dtype) {
  return full(sizes, 0, dtype);
}

Tensor ones(const std::vector<int64_t>& sizes, ScalarType dtype) {
  return full(sizes, 1, dtype);
}

void copyInto(const Tensor& dst, const Tensor& src) {
  if (broadcastShapes(dst.sizes(), src.sizes()) != dst.sizes()) {
    throw TensorError("copy_: the source cannot be broadcast to the destination's shape");
  }
  auto reduced = [](ScalarType t) { return t == ScalarType::Half || t == ScalarType::BFloat16; };
  if (reduced(dst.dtype()) || reduced(src.dtype())) return copyIntoThroughFloat(dst, src);
  // static_cast does the conversions upstream does: float->int truncates toward zero,
  // anything->bool tests != 0, wider->narrower integers wrap.
  dispatchByType(src.dtype(), "copy_", [&](auto src_tag) {
    using From = typename decltype(src_tag)::type;
    dispatchByType(dst.dtype(), "copy_", [&](auto dst_tag) {
      using To = typename decltype(dst_tag)::type;
      unaryKernel<To, From>(dst, src, [](From x) { return static_cast<To>(x); });
    });
  });
}

Tensor toDtype(const Tensor& self, ScalarType dtype) {
  if (self.dtype() == dtype) return self;
  Tensor out = Tensor::empty(self.sizes(), dtype);
  copyInto(out, self);
  return out;
}

Tensor clone(const Tensor& self) {
  Tensor out = Tensor::empty(self.sizes(), self.dtype());
  copyInto(out, self);
  return out;
}

Tensor contiguous(const Tensor& self) {
  return self.isContiguous() ? self : clone(self);
}

Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step,
              std::optional<ScalarType> dtype) {
  const bool integral = !start.isFloatingPoint() && !end.isFloatingPoint() && !step.isFloatingPoint();
  const ScalarType type = dtype.value_or(integral ? ScalarType::Long : ScalarType::Float);
  const double first = start.toDouble(), last = end.toDouble(), stride = step.toDouble();
  if (stride == 0) throw TensorError("step must be nonzero");
  if (!std::isfinite(first) || !std::isfinite(last)) {
    throw TensorError("unsupported range: " + start.toString() + " -> " + end.toString());
  }
  if ((stride > 0 && last < first) || (stride < 0 && last > first)) {
    throw TensorError("upper bound and larger bound inconsistent with step sign");
  }
  // Upstream sizes integer ranges exactly and floating ones with ceil in double.
  const int64_t count = integral ? (end.toLong() - start.toLong() + step.toLong() +
                                    (step.toLong() > 0 ? -1 : 1)) / step.toLong()
                                 : static_cast<int64_t>(std::ceil((last - first) / stride));
  Tensor out = Tensor::empty({count}, type);
  dispatchByType(type, "arange_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* data = out.data<T>();
    for (int64_t i = 0; i < count; ++i) {
      // Computed in double (upstream's accumulate type for float) then narrowed.
      data[i] = integral && !std::is_floating_point_v<T>
                    ? static_cast<T>(start.toLong() + i * step.toLong())
                    : static_cast<T>(first + stride * static_cast<double>(i));
    }
  });
  return out;
}

Tensor linspace(const Scalar& start, const Scalar& end, int64_t steps,
                std::optional<ScalarType> dtype) {
  if (steps < 0) throw TensorError("number of steps must be non-negative");
  const ScalarType type = dtype.value_or(ScalarType::Float);
  Tensor out = Tensor::empty({steps}, type);
  dispatchByType(type, "linspace_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    // Upstream's step type: the element type for floats, double for integers. The second
    // half is counted back from `end`, so both ends come out exact.
    using Step = std::conditional_t<std::is_floating_point_v<T>, T, double>;
    T* data = out.data<T>();
    const Step from = start.to<Step>(), to = end.to<Step>();
    if (steps == 1) {
      data[0] = static_cast<T>(from);
      return;
    }
    const Step step = (to - from) / static_cast<Step>(steps - 1);
    const int64_t halfway = steps / 2;
    for (int64_t i = 0; i < steps; ++i) {
      data[i] = i < halfway ? static_cast<T>(from + step * static_cast<Step>(i))
                            : static_cast<T>(to - step * static_cast<Step>(steps - i - 1));
    }
  });
  return out;
}

Tensor eye(int64_t n, int64_t m, ScalarType dtype) {
  if (n < 0) throw TensorError("n must be greater or equal to 0, got " + std::to_string(n));
  if (m < 0) throw TensorError("m must be greater or equal to 0, got " + std::to_string(m));
  Tensor out = zeros({n, m}, dtype);
  const Tensor one = Tensor::scalarTensor(1, dtype);
  for (int64_t i = 0; i < std::min(n, m); ++i) copyInto(out.asStrided({}, {}, i * m + i), one);
  return out;
}

Tensor fullLike(const Tensor& self, const Scalar& value, std::optional<ScalarType> dtype) {
  return full(self.sizes(), value, dtype.value_or(self.dtype()));
}

}  // namespace minijit::ops
