// Reductions: sum over all elements or over chosen dimensions (the input is walked with
// the elementwise loop, the accumulator being read with stride 0 along reduced dims), and
// the row layout the other reductions share (reduction_rows.h).
// Book chapter "Tensors and kernels".
#include <string>
#include <type_traits>

#include "kernels/dispatch.h"
#include "kernels/elementwise_loop.h"
#include "kernels/ops.h"
#include "kernels/reduction_rows.h"

namespace minijit::ops {

namespace {

// Upstream: integral and bool inputs sum to Long unless a dtype is asked for.
ScalarType sumDtype(const Tensor& self, std::optional<ScalarType> dtype) {
  if (dtype) return *dtype;
  return isIntegralType(self.dtype(), /*include_bool=*/true) ? ScalarType::Long : self.dtype();
}

// Accumulate floats in double and integers in int64_t; the final cast to the output type
// wraps integers the way upstream's int32 sums do.
template <typename T>
using Accumulator = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;

// Which dimensions of `self` are reduced; an empty list means all of them.
std::vector<bool> reducedDims(const Tensor& self, const std::vector<int64_t>& dims) {
  std::vector<bool> reduced(self.dim(), dims.empty());
  for (int64_t d : dims) {
    const int64_t wrapped = wrapDim(d, self.dim());
    if (self.dim() == 0) continue;
    if (reduced[wrapped]) {
      throw TensorError("dim " + std::to_string(wrapped) +
                        " appears multiple times in the list of dims");
    }
    reduced[wrapped] = true;
  }
  return reduced;
}

}  // namespace

namespace detail {

ReductionRows reductionRows(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim) {
  ReductionRows layout;
  layout.reduced = reducedDims(self, dims);
  layout.kept_shape = self.sizes();
  layout.outputs = 1;
  layout.row_length = 1;
  std::vector<int64_t> reduced_dims;
  for (int64_t d = 0; d < self.dim(); ++d) {
    if (layout.reduced[d]) {
      layout.kept_shape[d] = 1;
      layout.row_length *= self.size(d);
      reduced_dims.push_back(d);
    } else {
      layout.outputs *= self.size(d);
      layout.permutation.push_back(d);
    }
    if (!layout.reduced[d] || keepdim) layout.final_shape.push_back(layout.kept_shape[d]);
  }
  layout.permutation.insert(layout.permutation.end(), reduced_dims.begin(), reduced_dims.end());
  layout.rows = contiguous(permute(self, layout.permutation));
  return layout;
}

void checkNonEmptyReduction(const Tensor& self, const ReductionRows& layout, bool all_dims,
                            const char* name, const char* hint) {
  if (self.numel() != 0) return;
  if (all_dims) {
    throw TensorError(std::string(name) +
                      "(): Expected reduction dim to be specified for input.numel() == 0." + hint);
  }
  for (int64_t d = 0; d < self.dim(); ++d) {
    if (layout.reduced[d] && self.size(d) == 0) {
      throw TensorError(std::string(name) + "(): Expected reduction dim " + std::to_string(d) +
                        " to have non-zero size.");
    }
  }
}

Tensor rowsToInputShape(const Tensor& rows_out, const Tensor& self, const ReductionRows& layout) {
  // rows_out is contiguous in the permuted shape; permute back with the inverse permutation.
  std::vector<int64_t> permuted_shape;
  for (int64_t d : layout.permutation) permuted_shape.push_back(self.size(d));
  std::vector<int64_t> inverse(layout.permutation.size());
  for (size_t i = 0; i < layout.permutation.size(); ++i) inverse[layout.permutation[i]] = i;
  return contiguous(permute(view(rows_out, permuted_shape), inverse));
}

}  // namespace detail

Tensor sum(const Tensor& self, std::optional<ScalarType> dtype) {
  return sum(self, {}, /*keepdim=*/false, dtype);
}

Tensor sum(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim,
           std::optional<ScalarType> dtype) {
  const ScalarType out_dtype = sumDtype(self, dtype);
  // Upstream casts the input to the requested dtype first (so a Bool sum is an "any").
  const Tensor input = toDtype(self, out_dtype);

  const std::vector<bool> reduced = reducedDims(self, dims);

  // The keepdim shape: reduced dims become 1.
  std::vector<int64_t> kept_shape = self.sizes();
  std::vector<int64_t> final_shape;
  for (int64_t d = 0; d < self.dim(); ++d) {
    if (reduced[d]) kept_shape[d] = 1;
    if (!reduced[d] || keepdim) final_shape.push_back(kept_shape[d]);
  }

  // [book:sum-loop]
  Tensor out = Tensor::empty(kept_shape, out_dtype);
  dispatchByType(out_dtype, "sum", [&](auto tag) {
    using T = typename decltype(tag)::type;
    using Acc = Accumulator<T>;
    std::vector<Acc> acc(static_cast<size_t>(out.numel()), Acc(0));
    // Read the accumulator as broadcast over the input's shape: stride 0 on reduced dims.
    std::vector<int64_t> acc_strides = Tensor::contiguousStrides(kept_shape);
    for (int64_t d = 0; d < self.dim(); ++d) {
      if (reduced[d]) acc_strides[d] = 0;
    }
    std::array<std::vector<int64_t>, 2> strides = {acc_strides, input.strides()};
    const T* x = static_cast<const T*>(input.dataPtr());
    forEachRow(self.sizes(), strides, [&](const auto& offsets, int64_t length, const auto& steps) {
      Acc* arow = acc.data() + offsets[0];
      const T* xrow = x + offsets[1];
      for (int64_t i = 0; i < length; ++i) {
        arow[i * steps[0]] += static_cast<Acc>(xrow[i * steps[1]]);
      }
    });
    T* o = out.data<T>();
    for (size_t i = 0; i < acc.size(); ++i) o[i] = static_cast<T>(acc[i]);
  });
  // [/book:sum-loop]
  return view(out, final_shape);
}

}  // namespace minijit::ops
