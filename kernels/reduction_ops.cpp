// Reductions over a list of dimensions beyond sum: mean, prod, amax/amin, var/std, norm,
// logsumexp, all/any. Each is a reference function of one contiguous row (see
// reduction_rows.h) plus upstream's dtype rules. Book chapter "Tensors and kernels".
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include "kernels/dispatch.h"
#include "kernels/elementwise_op.h"
#include "kernels/reduction_rows.h"

namespace minijit::ops {

namespace {

using detail::checkNonEmptyReduction;
using detail::reduceEachRow;
using detail::reductionRows;

// Floats accumulate in double, integers in int64_t (wrapping like upstream's Long sums).
template <typename T>
using Accumulator = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;

// amax/amin: NaN wins, then the larger (smaller) element.
template <bool kMax>
Tensor extremum(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim,
                const char* name) {
  const auto layout = reductionRows(self, dims, keepdim);
  const bool all_dims = dims.empty() || self.dim() == 0;
  checkNonEmptyReduction(self, layout, all_dims, name,
                         " Specify the reduction dim with the 'dim' argument.");
  return dispatchByType(self.dtype(), name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    return reduceEachRow<T, T>(layout, self.dtype(), [](const T* row, int64_t n) {
      T best = row[0];
      for (int64_t i = 1; i < n; ++i) {
        if constexpr (std::is_floating_point_v<T>) {
          if (std::isnan(best)) break;
          if (std::isnan(row[i])) {
            best = row[i];
            break;
          }
        }
        if (kMax ? row[i] > best : row[i] < best) best = row[i];
      }
      return best;
    });
  });
}

// all (kAll) or any: Bool results, except that Byte input gives Byte.
template <bool kAll>
Tensor allOrAny(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim) {
  const auto layout = reductionRows(toDtype(self, ScalarType::Bool), dims, keepdim);
  const ScalarType out_dtype = self.dtype() == ScalarType::Byte ? ScalarType::Byte : ScalarType::Bool;
  const Tensor result = reduceEachRow<bool, bool>(layout, ScalarType::Bool, [](const bool* row, int64_t n) {
    for (int64_t i = 0; i < n; ++i) {
      if (row[i] != kAll) return !kAll;
    }
    return kAll;
  });
  return toDtype(result, out_dtype);
}

void checkFloatingForVariance(const Tensor& self) {
  if (!isFloatingType(self.dtype())) {
    throw TensorError("std and var only support floating point and complex dtypes");
  }
}

// Sum of squared deviations from the mean, divided by max(0, n - correction): two passes
// in double, so that large offsets do not cancel.
Tensor variance(const Tensor& self, const std::vector<int64_t>& dims, double correction,
                bool keepdim) {
  checkFloatingForVariance(self);
  const auto layout = reductionRows(self, dims, keepdim);
  return dispatchFloatingTypes(self.dtype(), "var", [&](auto tag) {
    using T = typename decltype(tag)::type;
    return reduceEachRow<T, T>(layout, self.dtype(), [correction](const T* row, int64_t n) {
      double mean = 0;
      for (int64_t i = 0; i < n; ++i) mean += row[i];
      mean /= static_cast<double>(n);
      double squares = 0;
      for (int64_t i = 0; i < n; ++i) squares += (row[i] - mean) * (row[i] - mean);
      const double divisor = std::max(0.0, static_cast<double>(n) - correction);
      return squares / divisor;
    });
  });
}

// The p-norm of one row, accumulated in double.
template <typename T>
double rowNorm(const T* row, int64_t n, double p) {
  if (std::isinf(p)) {
    if (n == 0) return 0.0;  // upstream: the inf-norms of an empty tensor are 0
    double best = std::abs(static_cast<double>(row[0]));
    for (int64_t i = 1; i < n; ++i) {
      const double value = std::abs(static_cast<double>(row[i]));
      if (std::isnan(value)) return value;
      best = p > 0 ? std::max(best, value) : std::min(best, value);
    }
    return best;
  }
  double total = 0;
  for (int64_t i = 0; i < n; ++i) {
    const double value = std::abs(static_cast<double>(row[i]));
    if (p == 0)
      total += value != 0 ? 1.0 : 0.0;  // NaN counts as non-zero
    else if (p == 1)
      total += value;
    else if (p == 2)
      total += value * value;
    else
      total += std::pow(value, p);
  }
  if (p == 0 || p == 1) return total;
  if (p == 2) return std::sqrt(total);
  return std::pow(total, 1.0 / p);
}

}  // namespace

Tensor mean(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim,
            std::optional<ScalarType> dtype) {
  const ScalarType type = dtype.value_or(self.dtype());
  if (!isFloatingType(type)) {
    throw TensorError(
        std::string("mean(): could not infer output dtype. ") +
        (dtype ? "Optional dtype" : "Input dtype") +
        " must be either a floating point or complex dtype. Got: " + scalarTypeName(type));
  }
  // The sum in the result dtype, divided by how many elements each output reduced.
  const Tensor total = sum(self, dims, keepdim, type);
  const int64_t count = total.numel() == 0 ? 0 : self.numel() / total.numel();
  return div(total, Scalar(count));
}

Tensor prod(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim,
            std::optional<ScalarType> dtype) {
  const ScalarType out_dtype =
      dtype.value_or(isIntegralType(self.dtype(), /*include_bool=*/true) ? ScalarType::Long
                                                                         : self.dtype());
  const auto layout = reductionRows(toDtype(self, out_dtype), dims, keepdim);
  return dispatchByType(out_dtype, "prod", [&](auto tag) {
    using T = typename decltype(tag)::type;
    return reduceEachRow<T, T>(layout, out_dtype, [](const T* row, int64_t n) {
      if constexpr (std::is_same_v<T, bool>) {
        for (int64_t i = 0; i < n; ++i) {
          if (!row[i]) return false;
        }
        return true;
      } else {
        Accumulator<T> product = 1;
        for (int64_t i = 0; i < n; ++i) product *= row[i];
        return static_cast<T>(product);
      }
    });
  });
}

Tensor amax(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim) {
  return extremum<true>(self, dims, keepdim, "amax");
}

Tensor amin(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim) {
  return extremum<false>(self, dims, keepdim, "amin");
}

Tensor var(const Tensor& self, const std::vector<int64_t>& dims, double correction, bool keepdim) {
  return variance(self, dims, correction, keepdim);
}

Tensor stdDev(const Tensor& self, const std::vector<int64_t>& dims, double correction,
              bool keepdim) {
  return sqrt(variance(self, dims, correction, keepdim));
}

Tensor norm(const Tensor& self, const Scalar& p, const std::vector<int64_t>& dims, bool keepdim) {
  if (!isFloatingType(self.dtype())) {
    throw TensorError(
        std::string("norm(): input dtype should be either floating point or complex. Got ") +
        scalarTypeName(self.dtype()) + " instead.");
  }
  const auto layout = reductionRows(self, dims, keepdim);
  const double order = p.toDouble();
  return dispatchFloatingTypes(self.dtype(), "norm", [&](auto tag) {
    using T = typename decltype(tag)::type;
    return reduceEachRow<T, T>(layout, self.dtype(),
                               [order](const T* row, int64_t n) { return rowNorm(row, n, order); });
  });
}

Tensor logsumexp(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim) {
  const ScalarType type = detail::floatingTypeFor(self.dtype());
  const auto layout = reductionRows(toDtype(self, type), dims, keepdim);
  return dispatchFloatingTypes(type, "logsumexp", [&](auto tag) {
    using T = typename decltype(tag)::type;
    return reduceEachRow<T, T>(layout, type, [](const T* row, int64_t n) {
      // Shift by the maximum so exp cannot overflow; an infinite maximum is not shifted
      // (upstream), so +inf gives inf and all -inf gives -inf instead of NaN.
      double shift = -std::numeric_limits<double>::infinity();
      for (int64_t i = 0; i < n; ++i) {
        if (std::isnan(row[i])) return static_cast<double>(row[i]);
        shift = std::max(shift, static_cast<double>(row[i]));
      }
      if (std::isinf(shift)) shift = 0;
      double total = 0;
      for (int64_t i = 0; i < n; ++i) total += std::exp(row[i] - shift);
      return std::log(total) + shift;
    });
  });
}

Tensor all(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim) {
  return allOrAny<true>(self, dims, keepdim);
}

Tensor any(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim) {
  return allOrAny<false>(self, dims, keepdim);
}

}  // namespace minijit::ops
