// Tensor factories beyond ops.h's zeros/ones/full: ranges (arange, linspace), the
// identity matrix and the *_like family. Defined in factory.cpp; random factories are in
// random.h. Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <optional>

#include "kernels/scalar.h"
#include "kernels/scalar_type.h"
#include "kernels/tensor.h"

namespace minijit::ops {

// start, start+step, ... below end (above it for a negative step). Without a dtype the
// result is int64 when all three are integers, else float32, as torch.arange.
Tensor arange(const Scalar& start, const Scalar& end, const Scalar& step,
              std::optional<ScalarType> dtype);
// `steps` evenly spaced values from start to end inclusive (float32 unless dtype given).
Tensor linspace(const Scalar& start, const Scalar& end, int64_t steps,
                std::optional<ScalarType> dtype);
// n x m with ones on the diagonal.
Tensor eye(int64_t n, int64_t m, ScalarType dtype);
// self's shape, filled, in self's dtype unless `dtype` is given. empty_like gives zeros.
Tensor fullLike(const Tensor& self, const Scalar& value, std::optional<ScalarType> dtype);

}  // namespace minijit::ops
