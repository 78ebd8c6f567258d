// Indexing and shaping operators that move data: joining (cat, stack), picking by index
// tensors (index_select, gather, scatter), ordering (sort, argsort, topk) and rearranging
// (flip, roll, repeat, tril/triu, pad) in indexing.cpp; and the views that split or fold
// dimensions (narrow, unbind, chunk, split, flatten) in shape_ops.cpp.
// Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kernels/scalar.h"
#include "kernels/tensor.h"

namespace minijit::ops {

// ---- joining, picking and rearranging (indexing.cpp) ----
// Concatenates along `dim`; 1-D empty tensors (shape [0]) are skipped, as upstream. The
// result dtype is the promotion of all inputs.
Tensor cat(const std::vector<Tensor>& tensors, int64_t dim = 0);
// Joins tensors of one shape along a new dimension `dim`.
Tensor stack(const std::vector<Tensor>& tensors, int64_t dim = 0);
// Slices of `self` along `dim` at the positions of the 1-D (or 0-D) integer `index`.
Tensor indexSelect(const Tensor& self, int64_t dim, const Tensor& index);
// x[i, mask, ...] with tensor indices (nullopt for dimensions left alone); advanced_indexing.cpp.
Tensor index(const Tensor& self, const std::vector<std::optional<Tensor>>& indices);
// x[indices] = values (aten::index_put_), adding instead when `accumulate`.
Tensor& indexPut(Tensor& self, const std::vector<std::optional<Tensor>>& indices,
                 const Tensor& values, bool accumulate);
// out[i][j][k] = self[index[i][j][k]][j][k] for dim 0 (likewise for other dims).
Tensor gather(const Tensor& self, int64_t dim, const Tensor& index);
// A copy of self with self[index[i][j]][j] = src[i][j] (dim 0). `reduce` "add" or
// "multiply" combines instead of overwriting; empty means overwrite.
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
               const std::string& reduce = "");
Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Scalar& value,
               const std::string& reduce = "");
// (values, indices) sorted along `dim`; NaN orders above every number, ties keep their order.
std::pair<Tensor, Tensor> sort(const Tensor& self, int64_t dim = -1, bool descending = false);
Tensor argsort(const Tensor& self, int64_t dim = -1, bool descending = false);
// The k largest (or smallest) along `dim`, as (values, indices), sorted when `sorted`.
std::pair<Tensor, Tensor> topk(const Tensor& self, int64_t k, int64_t dim = -1,
                               bool largest = true, bool sorted = true);
Tensor flip(const Tensor& self, const std::vector<int64_t>& dims);
// Shifts elements along `dims` (cyclically); no dims means the flattened tensor.
Tensor roll(const Tensor& self, const std::vector<int64_t>& shifts,
            const std::vector<int64_t>& dims);
// Tiles self `repeats[i]` times along dim i (leading repeats add dimensions).
Tensor repeat(const Tensor& self, const std::vector<int64_t>& repeats);
// Keeps elements on and below (tril) / above (triu) the `diagonal`-th diagonal of the last
// two dimensions, zeroing the rest.
Tensor tril(const Tensor& self, int64_t diagonal = 0);
Tensor triu(const Tensor& self, int64_t diagonal = 0);
// pad = (last_before, last_after, second_last_before, ...); negative values crop.
Tensor constantPadNd(const Tensor& self, const std::vector<int64_t>& pad, const Scalar& value = 0);
// aten::pad: mode "constant" only (reflect/replicate/circular are not implemented yet).
Tensor pad(const Tensor& self, const std::vector<int64_t>& pad, const std::string& mode,
           std::optional<double> value);

// ---- views that split or fold dimensions (shape_ops.cpp) ----
Tensor narrow(const Tensor& self, int64_t dim, int64_t start, int64_t length);
std::vector<Tensor> unbind(const Tensor& self, int64_t dim = 0);
// ceil(size / chunks)-sized pieces; fewer than `chunks` when the size does not allow more.
std::vector<Tensor> chunk(const Tensor& self, int64_t chunks, int64_t dim = 0);
// Pieces of `split_size` (the last may be smaller).
std::vector<Tensor> split(const Tensor& self, int64_t split_size, int64_t dim = 0);
// Pieces of the given sizes, which must add up to the dimension's size.
std::vector<Tensor> splitWithSizes(const Tensor& self, const std::vector<int64_t>& split_sizes,
                                   int64_t dim = 0);
// Folds dimensions start_dim..end_dim into one (a view when strides allow it).
Tensor flatten(const Tensor& self, int64_t start_dim = 0, int64_t end_dim = -1);

}  // namespace minijit::ops
