// Reductions that find a position: max/min over everything, max/min along a dim as
// (values, indices), and argmax/argmin. One reference scan per row decides both the value
// and its index: the first extreme element wins, and a NaN beats everything (the first
// NaN's index is returned), as upstream. Book chapter "Tensors and kernels".
#include <cmath>
#include <string>
#include <type_traits>

#include "kernels/dispatch.h"
#include "kernels/elementwise_op.h"
#include "kernels/reduction_rows.h"

namespace minijit::ops {

namespace {

using detail::ReductionRows;
using detail::reduceEachRow;
using detail::reductionRows;

// The index of the first largest (kMax) or smallest element of row[0..n), or of its
// first NaN. Requires n > 0.
template <bool kMax, typename T>
int64_t extremeIndex(const T* row, int64_t n) {
  int64_t best = 0;
  for (int64_t i = 0; i < n; ++i) {
    if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(row[i])) return i;
    }
    if (kMax ? row[i] > row[best] : row[i] < row[best]) best = i;
  }
  return best;
}

const char* const kSpecifyDim = " Specify the reduction dim with the 'dim' argument.";

// The value (kValues) or index of the extreme element of each row.
template <bool kMax, bool kValues>
Tensor reduceToExtreme(const Tensor& self, const ReductionRows& layout, const char* name) {
  return dispatchByType(self.dtype(), name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (kValues) {
      return reduceEachRow<T, T>(layout, self.dtype(), [](const T* row, int64_t n) {
        return row[extremeIndex<kMax>(row, n)];
      });
    } else {
      return reduceEachRow<T, int64_t>(layout, ScalarType::Long, [](const T* row, int64_t n) {
        return extremeIndex<kMax>(row, n);
      });
    }
  });
}

template <bool kMax>
Tensor extremeOfAll(const Tensor& self, const char* name) {
  const auto layout = reductionRows(self, {}, /*keepdim=*/false);
  detail::checkNonEmptyReduction(self, layout, /*all_dims=*/true, name, kSpecifyDim);
  return reduceToExtreme<kMax, true>(self, layout, name);
}

template <bool kMax>
std::pair<Tensor, Tensor> extremeAlongDim(const Tensor& self, int64_t dim, bool keepdim,
                                          const char* name) {
  const auto layout = reductionRows(self, {dim}, keepdim);
  detail::checkNonEmptyReduction(self, layout, /*all_dims=*/self.dim() == 0, name, kSpecifyDim);
  return {reduceToExtreme<kMax, true>(self, layout, name),
          reduceToExtreme<kMax, false>(self, layout, name)};
}

template <bool kMax>
Tensor argExtreme(const Tensor& self, std::optional<int64_t> dim, bool keepdim, const char* name) {
  const std::string kernel_name = std::string(name) + "_cpu";
  // Upstream answers a reduction over a dim of size 1 without a kernel (all zeros), so
  // only then is Bool accepted.
  const bool trivial = dim && self.dim() > 0 && self.size(*dim) == 1;
  if (self.dtype() == ScalarType::Bool && !trivial) {
    detail::notImplementedFor(kernel_name.c_str(), self.dtype());
  }
  if (dim) {
    const auto layout = reductionRows(self, {*dim}, keepdim);
    detail::checkNonEmptyReduction(self, layout, /*all_dims=*/self.dim() == 0, name, "");
    return reduceToExtreme<kMax, false>(self, layout, kernel_name.c_str());
  }
  // No dim: an index into the flattened tensor; keepdim keeps every dim as size 1.
  const auto layout = reductionRows(self, {}, keepdim);
  detail::checkNonEmptyReduction(self, layout, /*all_dims=*/true, name, "");
  return reduceToExtreme<kMax, false>(self, layout, kernel_name.c_str());
}

}  // namespace

Tensor max(const Tensor& self) { return extremeOfAll<true>(self, "max"); }

Tensor min(const Tensor& self) { return extremeOfAll<false>(self, "min"); }

std::pair<Tensor, Tensor> max(const Tensor& self, int64_t dim, bool keepdim) {
  return extremeAlongDim<true>(self, dim, keepdim, "max");
}

std::pair<Tensor, Tensor> min(const Tensor& self, int64_t dim, bool keepdim) {
  return extremeAlongDim<false>(self, dim, keepdim, "min");
}

Tensor argmax(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return argExtreme<true>(self, dim, keepdim, "argmax");
}

Tensor argmin(const Tensor& self, std::optional<int64_t> dim, bool keepdim) {
  return argExtreme<false>(self, dim, keepdim, "argmin");
}

}  // namespace minijit::ops
