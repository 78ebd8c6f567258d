// Views: operators that return a tensor sharing its input's storage with new sizes,
// strides and offset (select, slice, transpose, expand, view, narrow, split, flatten...).
// No data moves. Book chapter "Tensors and kernels".
#include <algorithm>
#include <limits>
#include <optional>
#include <sstream>
#include <string>

#include "kernels/indexing.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

std::string listString(const std::vector<int64_t>& values) {
  std::ostringstream out;
  out << "[";
  for (size_t i = 0; i < values.size(); ++i) out << (i ? ", " : "") << values[i];
  out << "]";
  return out.str();
}

// Resolves one -1 in `sizes` so that the product equals `numel` (upstream infer_size).
std::vector<int64_t> inferSize(std::vector<int64_t> sizes, int64_t numel) {
  int64_t known = 1;
  std::optional<size_t> inferred;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] == -1) {
      if (inferred) throw TensorError("only one dimension can be inferred");
      inferred = i;
    } else if (sizes[i] < 0) {
      throw TensorError("invalid shape dimension " + std::to_string(sizes[i]));
    } else {
      known *= sizes[i];
    }
  }
  const bool fits = inferred ? (known != 0 && numel % known == 0) : known == numel;
  if (!fits) {
    throw TensorError("shape '" + listString(sizes) + "' is invalid for input of size " +
                      std::to_string(numel));
  }
  if (inferred) sizes[*inferred] = numel / known;
  return sizes;
}

// Strides that let a tensor of `old_sizes`/`old_strides` be read as `new_sizes` without
// copying, or nullopt when some new dimension would span two non-adjacent chunks of
// memory. Upstream's computeStride (ATen/TensorUtils.cpp): walk both shapes from the
// right, one contiguous "chunk" of old dimensions at a time.
std::optional<std::vector<int64_t>> computeStride(const std::vector<int64_t>& old_sizes,
                                                  const std::vector<int64_t>& old_strides,
                                                  const std::vector<int64_t>& new_sizes) {
  if (old_sizes.empty()) return std::vector<int64_t>(new_sizes.size(), 1);
  int64_t numel = 1;
  for (int64_t s : old_sizes) numel *= s;
  if (numel == 0) {
    return old_sizes == new_sizes ? old_strides : Tensor::contiguousStrides(new_sizes);
  }
  std::vector<int64_t> new_strides(new_sizes.size());
  int64_t view_d = static_cast<int64_t>(new_sizes.size()) - 1;
  int64_t chunk_base_stride = old_strides.back();
  int64_t tensor_numel = 1;
  int64_t view_numel = 1;
  for (int64_t tensor_d = static_cast<int64_t>(old_sizes.size()) - 1; tensor_d >= 0; --tensor_d) {
    tensor_numel *= old_sizes[tensor_d];
    const bool chunk_ends =
        tensor_d == 0 || (old_sizes[tensor_d - 1] != 1 &&
                          old_strides[tensor_d - 1] != tensor_numel * chunk_base_stride);
    if (!chunk_ends) continue;
    while (view_d >= 0 && (view_numel < tensor_numel || new_sizes[view_d] == 1)) {
      new_strides[view_d] = view_numel * chunk_base_stride;
      view_numel *= new_sizes[view_d];
      --view_d;
    }
    if (view_numel != tensor_numel) return std::nullopt;
    if (tensor_d > 0) {
      chunk_base_stride = old_strides[tensor_d - 1];
      tensor_numel = 1;
      view_numel = 1;
    }
  }
  if (view_d != -1) return std::nullopt;
  return new_strides;
}

}  // namespace

int64_t size(const Tensor& self, int64_t dim) {
  return self.size(dim);
}

Tensor select(const Tensor& self, int64_t dim, int64_t index) {
  if (self.dim() == 0) throw TensorError("select() cannot be applied to a 0-dim tensor.");
  dim = wrapDim(dim, self.dim());
  const int64_t size = self.sizes()[dim];
  if (index < -size || index >= size) {
    throw TensorError("select(): index " + std::to_string(index) +
                      " out of range for tensor of size " + listString(self.sizes()) +
                      " at dimension " + std::to_string(dim));
  }
  if (index < 0) index += size;
  std::vector<int64_t> sizes = self.sizes();
  std::vector<int64_t> strides = self.strides();
  const int64_t offset = self.storageOffset() + index * strides[dim];
  sizes.erase(sizes.begin() + dim);
  strides.erase(strides.begin() + dim);
  return self.asStrided(std::move(sizes), std::move(strides), offset);
}

Tensor slice(const Tensor& self, int64_t dim, std::optional<int64_t> start,
             std::optional<int64_t> end, int64_t step) {
  if (self.dim() == 0) throw TensorError("slice() cannot be applied to a 0-dim tensor.");
  if (step <= 0) throw TensorError("slice step must be positive");
  dim = wrapDim(dim, self.dim());
  const int64_t size = self.sizes()[dim];
  // Python slicing: negative bounds count from the end, then clamp into [0, size].
  int64_t first = start.value_or(0);
  int64_t last = end.value_or(std::numeric_limits<int64_t>::max());
  if (first < 0) first += size;
  if (last < 0) last += size;
  first = std::clamp<int64_t>(first, 0, size);
  last = std::clamp<int64_t>(last, first, size);
  std::vector<int64_t> sizes = self.sizes();
  std::vector<int64_t> strides = self.strides();
  const int64_t offset = self.storageOffset() + first * strides[dim];
  sizes[dim] = (last - first + step - 1) / step;
  strides[dim] *= step;
  return self.asStrided(std::move(sizes), std::move(strides), offset);
}

// [book:transpose]
Tensor transpose(const Tensor& self, int64_t dim0, int64_t dim1) {
  dim0 = wrapDim(dim0, self.dim());
  dim1 = wrapDim(dim1, self.dim());
  if (self.dim() == 0) return self;
  std::vector<int64_t> sizes = self.sizes();
  std::vector<int64_t> strides = self.strides();
  std::swap(sizes[dim0], sizes[dim1]);
  std::swap(strides[dim0], strides[dim1]);
  return self.asStrided(std::move(sizes), std::move(strides), self.storageOffset());
}
// [/book:transpose]

Tensor t(const Tensor& self) {
  if (self.dim() > 2) {
    throw TensorError("t() expects a tensor with <= 2 dimensions, but self is " +
                      std::to_string(self.dim()) + "D");
  }
  return self.dim() < 2 ? self : transpose(self, 0, 1);
}

Tensor permute(const Tensor& self, const std::vector<int64_t>& dims) {
  if (static_cast<int64_t>(dims.size()) != self.dim()) {
    throw TensorError(
        "permute(sparse_coo): number of dimensions in the tensor input does not "
        "match the length of the desired ordering of dimensions i.e. input.dim() = " +
        std::to_string(self.dim()) + " is not equal to len(dims) = " + std::to_string(dims.size()));
  }
  std::vector<int64_t> sizes(dims.size()), strides(dims.size());
  std::vector<bool> seen(dims.size(), false);
  for (size_t i = 0; i < dims.size(); ++i) {
    const int64_t d = wrapDim(dims[i], self.dim());
    if (seen[d]) throw TensorError("permute(): duplicate dims are not allowed.");
    seen[d] = true;
    sizes[i] = self.sizes()[d];
    strides[i] = self.strides()[d];
  }
  return self.asStrided(std::move(sizes), std::move(strides), self.storageOffset());
}

Tensor unsqueeze(const Tensor& self, int64_t dim) {
  dim = wrapDim(dim, self.dim() + 1);
  std::vector<int64_t> sizes = self.sizes();
  std::vector<int64_t> strides = self.strides();
  // Upstream's choice of stride for the new size-1 dimension.
  const int64_t stride = dim >= self.dim() ? 1 : sizes[dim] * strides[dim];
  sizes.insert(sizes.begin() + dim, 1);
  strides.insert(strides.begin() + dim, stride);
  return self.asStrided(std::move(sizes), std::move(strides), self.storageOffset());
}

Tensor squeeze(const Tensor& self, int64_t dim) {
  dim = wrapDim(dim, self.dim());
  if (self.dim() == 0 || self.sizes()[dim] != 1) return self;
  std::vector<int64_t> sizes = self.sizes();
  std::vector<int64_t> strides = self.strides();
  sizes.erase(sizes.begin() + dim);
  strides.erase(strides.begin() + dim);
  return self.asStrided(std::move(sizes), std::move(strides), self.storageOffset());
}

Tensor expand(const Tensor& self, const std::vector<int64_t>& sizes) {
  const int64_t ndim = static_cast<int64_t>(sizes.size());
  if (ndim < self.dim()) {
    throw TensorError("expand: the number of sizes provided (" + std::to_string(ndim) +
                      ") must be greater or equal to the number of dimensions in the tensor (" +
                      std::to_string(self.dim()) + ")");
  }
  std::vector<int64_t> out_sizes(ndim), out_strides(ndim);
  for (int64_t i = ndim - 1; i >= 0; --i) {
    const int64_t self_dim = i - (ndim - self.dim());  // aligned from the right
    const int64_t size = self_dim >= 0 ? self.sizes()[self_dim] : 1;
    const int64_t stride = self_dim >= 0 ? self.strides()[self_dim] : 0;
    int64_t target = sizes[i];
    if (target == -1) {
      if (self_dim < 0) {
        throw TensorError(
            "The expanded size of the tensor (-1) isn't allowed in a leading, "
            "non-existing dimension " +
            std::to_string(i));
      }
      target = size;
    }
    if (size != target && size != 1) {
      throw TensorError("The expanded size of the tensor (" + std::to_string(target) +
                        ") must match the existing size (" + std::to_string(size) +
                        ") at non-singleton dimension " + std::to_string(i) + ".  Target sizes: " +
                        listString(sizes) + ".  Tensor sizes: " + listString(self.sizes()));
    }
    out_sizes[i] = target;
    out_strides[i] = size == target ? stride : 0;
  }
  return self.asStrided(std::move(out_sizes), std::move(out_strides), self.storageOffset());
}

Tensor view(const Tensor& self, const std::vector<int64_t>& sizes) {
  std::vector<int64_t> shape = inferSize(sizes, self.numel());
  std::optional<std::vector<int64_t>> strides = computeStride(self.sizes(), self.strides(), shape);
  if (!strides) {
    throw TensorError(
        "view size is not compatible with input tensor's size and stride (at least one "
        "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  }
  return self.asStrided(std::move(shape), std::move(*strides), self.storageOffset());
}

// A view when the strides allow it (as upstream, so writes through the result are seen
// by the input), otherwise a contiguous copy.
Tensor reshape(const Tensor& self, const std::vector<int64_t>& sizes) {
  std::vector<int64_t> shape = inferSize(sizes, self.numel());
  if (computeStride(self.sizes(), self.strides(), shape)) return view(self, shape);
  return view(clone(self), shape);
}

Tensor narrow(const Tensor& self, int64_t dim, int64_t start, int64_t length) {
  if (self.dim() == 0) throw TensorError("narrow() cannot be applied to a 0-dim tensor.");
  dim = wrapDim(dim, self.dim());
  const int64_t size = self.sizes()[dim];
  if (start < -size || start > size) {
    throw TensorError("start out of range (expected to be in range of [" + std::to_string(-size) +
                      ", " + std::to_string(size) + "], but got " + std::to_string(start) + ")");
  }
  if (start < 0) start += size;
  if (length < 0 || start + length > size) {
    throw TensorError("start (" + std::to_string(start) + ") + length (" + std::to_string(length) +
                      ") exceeds dimension size (" + std::to_string(size) + ").");
  }
  return slice(self, dim, start, start + length);
}

std::vector<Tensor> unbind(const Tensor& self, int64_t dim) {
  if (self.dim() == 0) {
    throw TensorError("Dimension specified as " + std::to_string(dim) +
                      " but tensor has no dimensions");
  }
  dim = wrapDim(dim, self.dim());
  std::vector<Tensor> pieces;
  for (int64_t i = 0; i < self.sizes()[dim]; ++i) pieces.push_back(select(self, dim, i));
  return pieces;
}

std::vector<Tensor> split(const Tensor& self, int64_t split_size, int64_t dim) {
  if (self.dim() == 0) {
    throw TensorError("split expects at least a 1-dimensional tensor");
  }
  dim = wrapDim(dim, self.dim());
  const int64_t size = self.sizes()[dim];
  if (split_size < 0) {
    throw TensorError("split expects split_size be non-negative, but got split_size=" +
                      std::to_string(split_size));
  }
  if (split_size == 0 && size != 0) {
    throw TensorError(
        "split_size can only be 0 if dimension size is 0, but got dimension size of " +
        std::to_string(size));
  }
  // Always at least one piece, as upstream (an empty dimension gives one empty piece).
  const int64_t count = split_size == 0 ? 1 : std::max<int64_t>((size + split_size - 1) / split_size, 1);
  std::vector<Tensor> pieces;
  for (int64_t i = 0; i < count; ++i) {
    const int64_t start = i * split_size;
    pieces.push_back(narrow(self, dim, start, std::min(split_size, size - start)));
  }
  return pieces;
}

std::vector<Tensor> splitWithSizes(const Tensor& self, const std::vector<int64_t>& split_sizes,
                                   int64_t dim) {
  if (self.dim() == 0) throw TensorError("split expects at least a 1-dimensional tensor");
  dim = wrapDim(dim, self.dim());
  const int64_t size = self.sizes()[dim];
  int64_t total = 0;
  for (int64_t s : split_sizes) {
    if (s < 0) {
      throw TensorError("split_with_sizes expects split_sizes have only non-negative entries, "
                        "but got split_sizes=" + listString(split_sizes));
    }
    total += s;
  }
  if (total != size) {
    throw TensorError("split_with_sizes expects split_sizes to sum exactly to " +
                      std::to_string(size) + " (input tensor's size at dimension " +
                      std::to_string(dim) + "), but got split_sizes=" + listString(split_sizes));
  }
  std::vector<Tensor> pieces;
  int64_t start = 0;
  for (int64_t s : split_sizes) {
    pieces.push_back(narrow(self, dim, start, s));
    start += s;
  }
  return pieces;
}

std::vector<Tensor> chunk(const Tensor& self, int64_t chunks, int64_t dim) {
  if (self.dim() == 0) throw TensorError("chunk expects at least a 1-dimensional tensor");
  if (chunks <= 0) {
    throw TensorError("chunk expects `chunks` to be greater than 0, got: " + std::to_string(chunks));
  }
  const int64_t size = self.size(dim);
  const int64_t split_size = (size + chunks - 1) / chunks;
  // An empty dimension still splits into `chunks` empty pieces, as upstream.
  if (split_size == 0 && size == 0) {
    return splitWithSizes(self, std::vector<int64_t>(chunks, 0), dim);
  }
  return split(self, split_size, dim);
}

Tensor flatten(const Tensor& self, int64_t start_dim, int64_t end_dim) {
  start_dim = wrapDim(start_dim, self.dim());
  end_dim = wrapDim(end_dim, self.dim());
  if (start_dim > end_dim) {
    throw TensorError("flatten() has invalid args: start_dim cannot come after end_dim");
  }
  if (self.dim() == 0) return reshape(self, {1});
  if (start_dim == end_dim) return self;
  std::vector<int64_t> shape(self.sizes().begin(), self.sizes().begin() + start_dim);
  int64_t folded = 1;
  for (int64_t d = start_dim; d <= end_dim; ++d) folded *= self.sizes()[d];
  shape.push_back(folded);
  shape.insert(shape.end(), self.sizes().begin() + end_dim + 1, self.sizes().end());
  return reshape(self, shape);
}

}  // namespace minijit::ops
