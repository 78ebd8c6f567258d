// The layout every reduction except sum works on: the input permuted so that the reduced
// dimensions come last and copied contiguous, which makes each output element the
// reduction of one contiguous row. Plain and easy to check; a copy is the price.
// Internal to kernels/. Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <vector>

#include "kernels/ops.h"

namespace minijit::ops::detail {

struct ReductionRows {
  Tensor rows;                       // contiguous: `outputs` rows of `row_length` elements
  int64_t outputs = 0;
  int64_t row_length = 0;
  std::vector<int64_t> kept_shape;   // the input's shape with reduced dims set to 1
  std::vector<int64_t> final_shape;  // kept_shape without the reduced dims unless keepdim
  std::vector<bool> reduced;         // which input dims are reduced
  std::vector<int64_t> permutation;  // kept dims in order, then reduced dims, as permute()
};

// Lays out `self` for a reduction over `dims` (empty = every dim; negative dims wrap;
// a repeated dim is upstream's "dim 1 appears multiple times in the list of dims").
ReductionRows reductionRows(const Tensor& self, const std::vector<int64_t>& dims, bool keepdim);

// Checks upstream's rule for max/amax/argmax-like reductions, which have no identity:
// "NAME(): Expected reduction dim to be specified for input.numel() == 0. ..." when all
// dims are reduced, or "NAME(): Expected reduction dim 1 to have non-zero size."
void checkNonEmptyReduction(const Tensor& self, const ReductionRows& layout, bool all_dims,
                            const char* name, const char* hint);

// Out[i] = f(row i, row_length): one value per row, written into a tensor of dtype Out's
// ScalarType and shaped as the reduction's result.
template <typename In, typename Out, typename F>
Tensor reduceEachRow(const ReductionRows& layout, ScalarType out_dtype, F f) {
  Tensor out = Tensor::empty(layout.kept_shape, out_dtype);
  const In* x = static_cast<const In*>(layout.rows.dataPtr());
  Out* o = static_cast<Out*>(out.dataPtr());
  for (int64_t i = 0; i < layout.outputs; ++i) {
    o[i] = static_cast<Out>(f(x + i * layout.row_length, layout.row_length));
  }
  return view(out, layout.final_shape);
}

// For scans along one dim (cumsum, softmax): rows_out holds `outputs` transformed rows in
// the permuted order; this returns them in the input's shape, contiguous.
Tensor rowsToInputShape(const Tensor& rows_out, const Tensor& self, const ReductionRows& layout);

}  // namespace minijit::ops::detail
