// Indexing and shaping kernels that move data: cat/stack, index_select/gather/scatter,
// sort/argsort/topk, flip/roll/repeat, tril/triu and constant padding. Most are one call to
// copyByPosition, which builds each output element from a computed source position, so
// every operator reads as the index arithmetic that defines it. Book chapter "Tensors and kernels".
#include "kernels/indexing.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

#include "kernels/dispatch.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

std::string listString(const std::vector<int64_t>& values) {
  std::string s = "[";
  for (size_t i = 0; i < values.size(); ++i) s += (i ? ", " : "") + std::to_string(values[i]);
  return s + "]";
}

// Builds a tensor of `shape` and self's dtype: for each output position (row-major, `flat`
// counting them) `source(out_index, flat, src_index)` fills in the position of self to copy
// from, or returns false to write `fill` instead. Elements are copied as raw bytes, so
// one loop serves every dtype.
template <typename SourceFn>
Tensor copyByPosition(const Tensor& self, const std::vector<int64_t>& shape, SourceFn source,
                      const Scalar& fill = 0) {
  Tensor out = Tensor::empty(shape, self.dtype());
  const int64_t count = out.numel();
  if (count == 0) return out;
  const size_t bytes = elementSize(self.dtype());
  const Tensor fill_tensor = Tensor::scalarTensor(fill, self.dtype());
  const char* in = static_cast<const char*>(self.dataPtr());
  char* o = static_cast<char*>(out.dataPtr());
  std::vector<int64_t> out_index(shape.size(), 0), src_index(self.dim(), 0);
  for (int64_t flat = 0; flat < count; ++flat) {
    const char* from = static_cast<const char*>(fill_tensor.dataPtr());
    if (source(out_index, flat, src_index)) {
      int64_t offset = 0;
      for (int64_t d = 0; d < self.dim(); ++d) offset += src_index[d] * self.strides()[d];
      from = in + offset * static_cast<int64_t>(bytes);
    }
    std::memcpy(o + flat * static_cast<int64_t>(bytes), from, bytes);
    for (size_t d = shape.size(); d-- > 0;) {  // advance the row-major odometer
      if (++out_index[d] < shape[d]) break;
      out_index[d] = 0;
    }
  }
  return out;
}

// An index tensor as contiguous int64 values, checked against a dimension of size `size`.
std::vector<int64_t> indexValues(const Tensor& index, int64_t size, bool select_wording) {
  const Tensor longs = contiguous(toDtype(index, ScalarType::Long));
  const int64_t* data = longs.data<int64_t>();
  std::vector<int64_t> values(data, data + longs.numel());
  for (int64_t& v : values) {
    if (v < -size || v >= size) {
      if (select_wording) throw TensorError("index out of range in self");
      throw TensorError("index " + std::to_string(v) + " is out of bounds for dimension with size " +
                        std::to_string(size));
    }
  }
  return values;
}

void checkIntegerIndex(const Tensor& index, const char* op, bool allow_int) {
  if (index.dtype() == ScalarType::Long || (allow_int && index.dtype() == ScalarType::Int)) return;
  throw TensorError(std::string(op) + "(): Expected dtype " + (allow_int ? "int32 or " : "") +
                    "int64 for index");
}

// gather/scatter: index has self's number of dimensions and is no larger outside `dim`.
void checkGatherShapes(const Tensor& self, int64_t dim, const Tensor& index) {
  if (index.dim() != self.dim() && !(index.dim() <= 1 && self.dim() <= 1)) {
    throw TensorError("Index tensor must have the same number of dimensions as input tensor");
  }
  for (int64_t d = 0; d < index.dim(); ++d) {
    if (d != dim && index.sizes()[d] > self.size(d)) {
      throw TensorError("Size does not match at dimension " + std::to_string(d) +
                        " expected index " + listString(index.sizes()) +
                        " to be smaller than self " + listString(self.sizes()) +
                        " apart from dimension " + std::to_string(dim));
    }
  }
}

// Orders one lane (values and their original positions) as sort does: NaN above every
// number, equal elements in their original order (a stable sort).
template <typename T>
void sortLane(std::vector<int64_t>& order, const T* lane, int64_t stride, bool descending) {
  auto key_less = [](T a, T b) {
    if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(a)) return false;
      if (std::isnan(b)) return true;
    }
    return a < b;
  };
  std::stable_sort(order.begin(), order.end(), [&](int64_t i, int64_t j) {
    const T a = lane[i * stride], b = lane[j * stride];
    return descending ? key_less(b, a) : key_less(a, b);
  });
}

// The positions (along `dim`) of the sorted elements of every lane, as a Long tensor of
// self's shape. The reference for it is std::stable_sort itself.
Tensor sortedPositions(const Tensor& self, int64_t dim, bool descending, const char* op) {
  const Tensor moved = contiguous(transpose(self.dim() == 0 ? view(self, {1}) : self, dim, -1));
  const int64_t size = moved.dim() == 0 ? 1 : moved.size(-1);
  Tensor positions = Tensor::empty(moved.sizes(), ScalarType::Long);
  int64_t* out = positions.data<int64_t>();
  const int64_t lanes = size == 0 ? 0 : moved.numel() / size;
  dispatchByType(self.dtype(), op, [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<int64_t> order(size);
    for (int64_t lane = 0; lane < lanes; ++lane) {
      std::iota(order.begin(), order.end(), 0);
      sortLane<T>(order, moved.data<T>() + lane * size, 1, descending);
      std::copy(order.begin(), order.end(), out + lane * size);
    }
  });
  Tensor result = transpose(positions, dim, -1);
  return self.dim() == 0 ? view(result, {}) : contiguous(result);
}

}  // namespace

Tensor cat(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty()) throw TensorError("torch.cat(): expected a non-empty list of Tensors");
  // Upstream skips legacy empty tensors (1-D, size 0) when others have content.
  std::vector<Tensor> parts;
  ScalarType dtype = tensors[0].dtype();
  for (size_t i = 0; i < tensors.size(); ++i) {
    const Tensor& t = tensors[i];
    if (t.dim() == 0) {
      throw TensorError("zero-dimensional tensor (at position " + std::to_string(i) +
                        ") cannot be concatenated");
    }
    dtype = promoteTypes(dtype, t.dtype());
    if (!(t.dim() == 1 && t.sizes()[0] == 0)) parts.push_back(t);
  }
  if (parts.empty()) return Tensor::empty({0}, dtype);
  const Tensor& first = parts[0];
  dim = wrapDim(dim, first.dim());
  std::vector<int64_t> shape = first.sizes();
  shape[dim] = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Tensor& t = parts[i];
    if (t.dim() != first.dim()) {
      throw TensorError("Tensors must have same number of dimensions: got " +
                        std::to_string(first.dim()) + " and " + std::to_string(t.dim()));
    }
    for (int64_t d = 0; d < t.dim(); ++d) {
      if (d != dim && t.sizes()[d] != first.sizes()[d]) {
        throw TensorError("Sizes of tensors must match except in dimension " +
                          std::to_string(dim) + ". Expected size " +
                          std::to_string(first.sizes()[d]) + " but got size " +
                          std::to_string(t.sizes()[d]) + " for tensor number " +
                          std::to_string(i) + " in the list.");
      }
    }
    shape[dim] += t.sizes()[dim];
  }
  Tensor out = Tensor::empty(shape, dtype);
  int64_t offset = 0;
  for (const Tensor& t : parts) {
    copyInto(narrow(out, dim, offset, t.sizes()[dim]), t);
    offset += t.sizes()[dim];
  }
  return out;
}

Tensor stack(const std::vector<Tensor>& tensors, int64_t dim) {
  if (tensors.empty()) throw TensorError("stack expects a non-empty TensorList");
  dim = wrapDim(dim, tensors[0].dim() + 1);
  std::vector<Tensor> parts;
  for (size_t i = 0; i < tensors.size(); ++i) {
    if (tensors[i].sizes() != tensors[0].sizes()) {
      throw TensorError("stack expects each tensor to be equal size, but got " +
                        listString(tensors[0].sizes()) + " at entry 0 and " +
                        listString(tensors[i].sizes()) + " at entry " + std::to_string(i));
    }
    parts.push_back(unsqueeze(tensors[i], dim));
  }
  return cat(parts, dim);
}

Tensor indexSelect(const Tensor& self, int64_t dim, const Tensor& index) {
  dim = wrapDim(dim, self.dim());
  if (index.dim() > 1) throw TensorError("index_select(): Index is supposed to be a vector");
  checkIntegerIndex(index, "index_select", /*allow_int=*/true);
  const int64_t size = self.dim() == 0 ? 1 : self.sizes()[dim];
  const std::vector<int64_t> picks = indexValues(index, size, /*select_wording=*/true);
  std::vector<int64_t> shape = self.sizes();
  if (!shape.empty()) shape[dim] = static_cast<int64_t>(picks.size());
  return copyByPosition(self, shape, [&](const auto& out_index, int64_t, auto& src) {
    for (int64_t d = 0; d < self.dim(); ++d) src[d] = out_index[d];
    if (self.dim() > 0) src[dim] = (picks[out_index[dim]] + size) % size;
    return true;
  });
}

Tensor gather(const Tensor& self, int64_t dim, const Tensor& index) {
  dim = wrapDim(dim, self.dim());
  checkIntegerIndex(index, "gather", /*allow_int=*/false);
  checkGatherShapes(self, dim, index);
  const int64_t size = self.dim() == 0 ? 1 : self.sizes()[dim];
  const Tensor longs = contiguous(index);
  const int64_t* picks = longs.data<int64_t>();
  return copyByPosition(self, index.sizes(), [&](const auto& out_index, int64_t flat, auto& src) {
    const int64_t pick = picks[flat];
    if (pick < -size || pick >= size) {
      throw TensorError("index " + std::to_string(pick) + " is out of bounds for dimension " +
                        std::to_string(dim) + " with size " + std::to_string(size));
    }
    for (int64_t d = 0; d < self.dim(); ++d) src[d] = out_index[d];
    if (self.dim() > 0) src[dim] = (pick + size) % size;
    return true;
  });
}

Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Tensor& src,
               const std::string& reduce) {
  dim = wrapDim(dim, self.dim());
  checkIntegerIndex(index, "scatter", /*allow_int=*/false);
  if (src.dtype() != self.dtype()) {
    throw TensorError("scatter(): Expected self.dtype to be equal to src.dtype");
  }
  checkGatherShapes(self, dim, index);
  if (!reduce.empty() && reduce != "add" && reduce != "multiply") {
    throw TensorError("reduce argument must be either add or multiply.");
  }
  Tensor out = clone(self);
  const Tensor picks = contiguous(index);
  const int64_t size = self.dim() == 0 ? 1 : self.sizes()[dim];
  dispatchByType(self.dtype(), "scatter", [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* o = out.data<T>();
    const T* s = static_cast<const T*>(src.dataPtr());
    std::vector<int64_t> position(index.dim(), 0);
    for (int64_t flat = 0, n = picks.numel(); flat < n; ++flat) {
      const int64_t pick = picks.data<int64_t>()[flat];
      if (pick < -size || pick >= size) {
        throw TensorError("index " + std::to_string(pick) + " is out of bounds for dimension " +
                          std::to_string(dim) + " with size " + std::to_string(size));
      }
      int64_t out_offset = 0, src_offset = 0;
      for (int64_t d = 0; d < index.dim(); ++d) {
        const int64_t at = d == dim ? (pick + size) % size : position[d];
        out_offset += at * out.strides()[d];
        src_offset += position[d] * (src.dim() > d ? src.strides()[d] : 0);
      }
      T& slot = o[out_offset];
      const T value = s[src_offset];
      if (reduce == "add") {
        slot = static_cast<T>(slot + value);
      } else if (reduce == "multiply") {
        slot = static_cast<T>(slot * value);
      } else {
        slot = value;
      }
      for (int64_t d = index.dim(); d-- > 0;) {
        if (++position[d] < index.sizes()[d]) break;
        position[d] = 0;
      }
    }
  });
  return out;
}

Tensor scatter(const Tensor& self, int64_t dim, const Tensor& index, const Scalar& value,
               const std::string& reduce) {
  return scatter(self, dim, index, expand(Tensor::scalarTensor(value, self.dtype()), index.sizes()),
                 reduce);
}

std::pair<Tensor, Tensor> sort(const Tensor& self, int64_t dim, bool descending) {
  dim = wrapDim(dim, self.dim());
  Tensor positions = sortedPositions(self, dim, descending, "sort");
  return {self.dim() == 0 ? clone(self) : gather(self, dim, positions), positions};
}

Tensor argsort(const Tensor& self, int64_t dim, bool descending) {
  return sort(self, dim, descending).second;
}

std::pair<Tensor, Tensor> topk(const Tensor& self, int64_t k, int64_t dim, bool largest,
                               bool sorted) {
  (void)sorted;  // the k elements always come out sorted, which `sorted=False` also allows
  dim = wrapDim(dim, self.dim());
  const int64_t size = self.dim() == 0 ? 1 : self.sizes()[dim];
  if (k < 0 || k > size) throw TensorError("selected index k out of range");
  if (self.dtype() == ScalarType::Bool) {
    throw TensorError("\"topk_cpu\" not implemented for 'Bool'");
  }
  Tensor positions = sortedPositions(self, dim, largest, "topk_cpu");
  if (self.dim() > 0) positions = contiguous(narrow(positions, dim, 0, k));
  return {self.dim() == 0 ? clone(self) : gather(self, dim, positions), positions};
}

Tensor flip(const Tensor& self, const std::vector<int64_t>& dims) {
  std::vector<bool> flipped(std::max<int64_t>(self.dim(), 1), false);
  for (int64_t d : dims) {
    const int64_t w = wrapDim(d, self.dim());
    if (flipped[w]) {
      throw TensorError("dim " + std::to_string(w) + " appears multiple times in the list of dims");
    }
    flipped[w] = true;
  }
  return copyByPosition(self, self.sizes(), [&](const auto& out_index, int64_t, auto& src) {
    for (int64_t d = 0; d < self.dim(); ++d) {
      src[d] = flipped[d] ? self.sizes()[d] - 1 - out_index[d] : out_index[d];
    }
    return true;
  });
}

Tensor roll(const Tensor& self, const std::vector<int64_t>& shifts,
            const std::vector<int64_t>& dims) {
  if (dims.empty() && shifts.size() == 1) {  // roll the flattened tensor
    return view(roll(flatten(self), shifts, {0}), self.sizes());
  }
  if (shifts.size() != dims.size()) {
    throw TensorError("shifts and dimensions must align. shifts: " + std::to_string(shifts.size()) +
                      ", dims:" + std::to_string(dims.size()));
  }
  std::vector<int64_t> shift(self.dim(), 0);
  for (size_t i = 0; i < dims.size(); ++i) shift[wrapDim(dims[i], self.dim())] += shifts[i];
  return copyByPosition(self, self.sizes(), [&](const auto& out_index, int64_t, auto& src) {
    for (int64_t d = 0; d < self.dim(); ++d) {
      const int64_t size = self.sizes()[d];
      src[d] = ((out_index[d] - shift[d]) % size + size) % size;
    }
    return true;
  });
}

Tensor repeat(const Tensor& self, const std::vector<int64_t>& repeats) {
  const int64_t ndim = static_cast<int64_t>(repeats.size());
  if (ndim < self.dim()) {
    throw TensorError(
        "Number of dimensions of repeat dims can not be smaller than number of dimensions of "
        "tensor");
  }
  const int64_t lead = ndim - self.dim();  // new leading dimensions
  std::vector<int64_t> shape(ndim);
  for (int64_t d = 0; d < ndim; ++d) {
    if (repeats[d] < 0) {
      throw TensorError("Trying to create tensor with negative dimension " +
                        std::to_string(repeats[d]) + ": " + listString(repeats));
    }
    shape[d] = repeats[d] * (d < lead ? 1 : self.sizes()[d - lead]);
  }
  return copyByPosition(self, shape, [&](const auto& out_index, int64_t, auto& src) {
    for (int64_t d = 0; d < self.dim(); ++d) src[d] = out_index[d + lead] % self.sizes()[d];
    return true;
  });
}

// Zeroes the elements of the last two dimensions outside the band that `keep(row, col)` says.
template <typename Keep>
Tensor triangle(const Tensor& self, const char* op, Keep keep) {
  if (self.dim() < 2) {
    throw TensorError(std::string(op) + ": input tensor must have at least 2 dimensions");
  }
  const int64_t rows = self.dim() - 2, cols = self.dim() - 1;
  return copyByPosition(self, self.sizes(), [&](const auto& out_index, int64_t, auto& src) {
    for (int64_t d = 0; d < self.dim(); ++d) src[d] = out_index[d];
    return keep(out_index[rows], out_index[cols]);
  });
}

Tensor tril(const Tensor& self, int64_t diagonal) {
  return triangle(self, "tril", [=](int64_t r, int64_t c) { return c - r <= diagonal; });
}

Tensor triu(const Tensor& self, int64_t diagonal) {
  return triangle(self, "triu", [=](int64_t r, int64_t c) { return c - r >= diagonal; });
}

Tensor constantPadNd(const Tensor& self, const std::vector<int64_t>& pad, const Scalar& value) {
  const int64_t pairs = static_cast<int64_t>(pad.size()) / 2;
  if (pad.size() % 2 != 0) {
    throw TensorError("Length of pad must be even but instead it equals " +
                      std::to_string(pad.size()));
  }
  if (pairs > self.dim()) {
    throw TensorError(
        "Length of pad should be no more than twice the number of dimensions of the input. Pad "
        "length is " + std::to_string(pad.size()) + "while the input has " +
        std::to_string(self.dim()) + "dimensions.");
  }
  std::vector<int64_t> shape = self.sizes(), before(self.dim(), 0);
  for (int64_t i = 0; i < pairs; ++i) {
    const int64_t d = self.dim() - 1 - i;  // pad pairs start from the last dimension
    before[d] = pad[2 * i];
    shape[d] += pad[2 * i] + pad[2 * i + 1];
    if (shape[d] < 0) {
      throw TensorError("The input size " + std::to_string(self.sizes()[d]) +
                        ", plus negative padding " + std::to_string(pad[2 * i]) + " and " +
                        std::to_string(pad[2 * i + 1]) +
                        " resulted in a negative output size, which is invalid. Check dimension " +
                        std::to_string(d) + " of your input.");
    }
  }
  return copyByPosition(
      self, shape,
      [&](const auto& out_index, int64_t, auto& src) {
        for (int64_t d = 0; d < self.dim(); ++d) {
          src[d] = out_index[d] - before[d];
          if (src[d] < 0 || src[d] >= self.sizes()[d]) return false;
        }
        return true;
      },
      value);
}

Tensor pad(const Tensor& self, const std::vector<int64_t>& pad, const std::string& mode,
           std::optional<double> value) {
  if (mode != "constant") {
    throw TensorError("pad: mode '" + mode + "' is not implemented in minijit yet");
  }
  return constantPadNd(self, pad, value.value_or(0.0));
}

}  // namespace minijit::ops
