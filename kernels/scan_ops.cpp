// Operators that transform each line along one dimension: cumsum, softmax, log_softmax.
// The line is made a contiguous row (reduction_rows.h), transformed by a reference loop,
// and the rows are put back in the input's shape. Book chapter "Tensors and kernels".
#include <cmath>
#include <limits>
#include <type_traits>

#include "kernels/dispatch.h"
#include "kernels/elementwise_op.h"
#include "kernels/reduction_rows.h"

namespace minijit::ops {

namespace {

using detail::ReductionRows;
using detail::reductionRows;
using detail::rowsToInputShape;

// Calls transform(in_row, out_row, length) for every line of `input` along `dim`; the
// result has the input's shape and dtype.
template <typename T, typename Transform>
Tensor transformLines(const Tensor& input, int64_t dim, Transform transform) {
  const ReductionRows layout = reductionRows(input, {dim}, /*keepdim=*/true);
  Tensor rows_out = Tensor::empty({layout.outputs * layout.row_length}, input.dtype());
  const T* x = static_cast<const T*>(layout.rows.dataPtr());
  T* y = static_cast<T*>(rows_out.dataPtr());
  for (int64_t i = 0; i < layout.outputs; ++i) {
    const int64_t start = i * layout.row_length;
    transform(x + start, y + start, layout.row_length);
  }
  return rowsToInputShape(rows_out, input, layout);
}

// softmax (kLog = false) or log_softmax along `dim`, in a floating dtype.
template <bool kLog>
Tensor softmaxLike(const Tensor& self, int64_t dim, std::optional<ScalarType> dtype,
                   const char* name) {
  const Tensor input = toDtype(self, dtype.value_or(self.dtype()));
  wrapDim(dim, input.dim());
  // Upstream returns an empty input as it is, before looking at its dtype.
  if (input.numel() == 0) return Tensor::empty(input.sizes(), input.dtype());
  return dispatchFloatingTypes(input.dtype(), name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    return transformLines<T>(input, dim, [](const T* x, T* y, int64_t n) {
      // Subtract the maximum so exp cannot overflow; NaN anywhere makes the line NaN.
      T shift = -std::numeric_limits<T>::infinity();
      for (int64_t i = 0; i < n; ++i) shift = std::isnan(x[i]) ? x[i] : std::max(shift, x[i]);
      double total = 0;
      for (int64_t i = 0; i < n; ++i) total += std::exp(x[i] - shift);
      for (int64_t i = 0; i < n; ++i) {
        y[i] = kLog ? static_cast<T>(x[i] - shift - std::log(total))
                    : static_cast<T>(std::exp(x[i] - shift) / total);
      }
    });
  });
}

}  // namespace

Tensor cumsum(const Tensor& self, int64_t dim, std::optional<ScalarType> dtype) {
  // Like sum: integral and bool inputs add up in Long unless a dtype is given.
  const ScalarType out_dtype =
      dtype.value_or(isIntegralType(self.dtype(), /*include_bool=*/true) ? ScalarType::Long
                                                                         : self.dtype());
  const Tensor input = toDtype(self, out_dtype);
  wrapDim(dim, input.dim());
  return dispatchByType(out_dtype, "cumsum_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    return transformLines<T>(input, dim, [](const T* x, T* y, int64_t n) {
      // Floats accumulate in double (upstream's acc type on CPU), then round per element.
      using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;
      Acc running = 0;
      for (int64_t i = 0; i < n; ++i) {
        running += static_cast<Acc>(x[i]);
        y[i] = static_cast<T>(running);
      }
    });
  });
}

Tensor softmax(const Tensor& self, int64_t dim, std::optional<ScalarType> dtype) {
  return softmaxLike<false>(self, dim, dtype, "softmax_lastdim_kernel_impl");
}

Tensor logSoftmax(const Tensor& self, int64_t dim, std::optional<ScalarType> dtype) {
  return softmaxLike<true>(self, dim, dtype, "log_softmax_lastdim_kernel_impl");
}

}  // namespace minijit::ops
