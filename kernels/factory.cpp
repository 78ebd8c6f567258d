// Tensor factories (zeros, ones, full) and copies (toDtype, contiguous, clone), all
// built on the elementwise loop. Book chapter "Tensors and kernels".
#include "kernels/dispatch.h"
#include "kernels/elementwise_loop.h"
#include "kernels/ops.h"

namespace minijit::ops {

Tensor full(const std::vector<int64_t>& sizes, const Scalar& value, ScalarType dtype) {
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

}  // namespace minijit::ops
