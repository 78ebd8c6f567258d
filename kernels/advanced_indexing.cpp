// Advanced indexing: `x[mask]`, `x[idx_tensor]`, and their assignment forms
// (`x[mask] = v` is aten::index_put_). Bool masks become the coordinates of their true
// elements; the index tensors (adjacent, starting at some dimension k) broadcast together,
// and the result has shape self[:k] + broadcast(indices) + self[k+m:], as in torch.
// Book chapter 8 ("Tensors and kernels").
#include <cstring>

#include "kernels/dispatch.h"
#include "kernels/indexing.h"
#include "kernels/ops.h"
#include "kernels/tensor_error.h"

namespace minijit::ops {

namespace {

// The coordinates of the true elements of `mask`, one Long tensor per mask dimension.
std::vector<Tensor> maskToIndices(const Tensor& mask) {
  Tensor m = contiguous(mask);
  const bool* data = m.data<bool>();
  std::vector<std::vector<int64_t>> coords(static_cast<size_t>(m.dim()));
  std::vector<int64_t> position(static_cast<size_t>(m.dim()), 0);
  for (int64_t flat = 0; flat < m.numel(); ++flat) {
    if (data[flat]) {
      for (size_t d = 0; d < position.size(); ++d) coords[d].push_back(position[d]);
    }
    for (int64_t d = m.dim() - 1; d >= 0; --d) {
      if (++position[static_cast<size_t>(d)] < m.sizes()[static_cast<size_t>(d)]) break;
      position[static_cast<size_t>(d)] = 0;
    }
  }
  std::vector<Tensor> result;
  for (const auto& c : coords) {
    result.push_back(Tensor::fromData(c.data(), {static_cast<int64_t>(c.size())}, ScalarType::Long));
  }
  return result;
}

// Where an indexing operation reads or writes: for each element of the result, the byte
// offset into `self`.
struct IndexPlan {
  std::vector<int64_t> result_sizes;
  std::vector<int64_t> offsets;  // element offsets into self, in result order
};

IndexPlan planIndexing(const Tensor& self, const std::vector<std::optional<Tensor>>& indices) {
  // Expand masks; find the block of indexed dimensions.
  std::vector<std::optional<Tensor>> expanded;
  auto shapeText = [](const std::vector<int64_t>& sizes) {
    std::string text = "[";
    for (size_t i = 0; i < sizes.size(); ++i) text += (i ? ", " : "") + std::to_string(sizes[i]);
    return text + "]";
  };
  int64_t self_dim = 0;  // the dimension of self the next index applies to
  for (const auto& index : indices) {
    if (index && index->dtype() == ScalarType::Bool) {
      // a mask must match the sizes of the dimensions it covers, as upstream checks
      for (int64_t k = 0; k < index->dim() && self_dim + k < self.dim(); ++k) {
        if (index->sizes()[static_cast<size_t>(k)] != self.sizes()[static_cast<size_t>(self_dim + k)]) {
          throw TensorError("The shape of the mask " + shapeText(index->sizes()) + " at index " +
                            std::to_string(k) + " does not match the shape of the indexed tensor " +
                            shapeText(self.sizes()) + " at index " + std::to_string(self_dim + k));
        }
      }
      self_dim += index->dim();
    } else {
      ++self_dim;
    }
    if (index && index->dtype() == ScalarType::Bool) {
      for (Tensor& t : maskToIndices(*index)) expanded.emplace_back(std::move(t));
    } else if (index && isIntegralType(index->dtype(), false)) {
      expanded.emplace_back(toDtype(*index, ScalarType::Long));
    } else if (index) {
      throw TensorError("tensors used as indices must be long, int, byte or bool tensors");
    } else {
      expanded.emplace_back(std::nullopt);
    }
  }
  if (static_cast<int64_t>(expanded.size()) > self.dim()) {
    throw TensorError("too many indices for tensor of dimension " + std::to_string(self.dim()));
  }
  size_t first = expanded.size();
  size_t last = 0;
  for (size_t i = 0; i < expanded.size(); ++i) {
    if (expanded[i]) {
      first = std::min(first, i);
      last = i;
    }
  }
  // [book:non-adjacent-indices]
  // Indices separated by a slice (`x[i, :, j]`): upstream puts the broadcast index dimensions
  // first, then the other dimensions in order. That is the adjacent case for a view of self
  // with the indexed dimensions moved to the front, which shares self's storage, so the
  // plan's offsets hold for self too.
  for (size_t i = first; i <= last && first < expanded.size(); ++i) {
    if (expanded[i]) continue;
    std::vector<int64_t> order;
    std::vector<std::optional<Tensor>> moved;
    for (size_t d = 0; d < expanded.size(); ++d) {
      if (expanded[d]) {
        order.push_back(static_cast<int64_t>(d));
        moved.push_back(expanded[d]);
      }
    }
    for (int64_t d = 0; d < self.dim(); ++d) {
      if (static_cast<size_t>(d) >= expanded.size() || !expanded[static_cast<size_t>(d)]) {
        order.push_back(d);
      }
    }
    return planIndexing(permute(self, order), moved);
  }
  // [/book:non-adjacent-indices]
  std::vector<int64_t> broadcast;
  for (size_t i = first; i <= last && first < expanded.size(); ++i) {
    broadcast = broadcast.empty() && i == first ? expanded[i]->sizes()
                                                : broadcastShapes(broadcast, expanded[i]->sizes());
  }
  std::vector<Tensor> index_tensors;
  for (size_t i = first; i <= last && first < expanded.size(); ++i) {
    index_tensors.push_back(contiguous(expand(*expanded[i], broadcast)));
  }
  IndexPlan plan;
  const auto& sizes = self.sizes();
  const auto& strides = self.strides();
  size_t before = first;
  size_t after = first + index_tensors.size();
  for (size_t d = 0; d < before; ++d) plan.result_sizes.push_back(sizes[d]);
  for (int64_t b : broadcast) plan.result_sizes.push_back(b);
  for (size_t d = after; d < sizes.size(); ++d) plan.result_sizes.push_back(sizes[d]);
  int64_t total = 1;
  for (int64_t s : plan.result_sizes) total *= s;
  plan.offsets.reserve(static_cast<size_t>(total));
  std::vector<int64_t> position(plan.result_sizes.size(), 0);
  int64_t broadcast_numel = 1;
  for (int64_t b : broadcast) broadcast_numel *= b;
  for (int64_t flat = 0; flat < total; ++flat) {
    int64_t offset = self.storageOffset();
    for (size_t d = 0; d < before; ++d) offset += position[d] * strides[d];
    int64_t bflat = 0;
    for (size_t j = 0; j < broadcast.size(); ++j) bflat = bflat * broadcast[j] + position[before + j];
    if (broadcast_numel == 0) bflat = 0;
    for (size_t k = 0; k < index_tensors.size(); ++k) {
      int64_t i = index_tensors[k].data<int64_t>()[bflat];
      int64_t size = sizes[before + k];
      if (i < -size || i >= size) {
        throw TensorError("index " + std::to_string(i) + " is out of bounds for dimension " +
                          std::to_string(before + k) + " with size " + std::to_string(size));
      }
      offset += (i < 0 ? i + size : i) * strides[before + k];
    }
    for (size_t d = after; d < sizes.size(); ++d) {
      offset += position[before + broadcast.size() + (d - after)] * strides[d];
    }
    plan.offsets.push_back(offset);
    for (int64_t d = static_cast<int64_t>(position.size()) - 1; d >= 0; --d) {
      if (++position[static_cast<size_t>(d)] < plan.result_sizes[static_cast<size_t>(d)]) break;
      position[static_cast<size_t>(d)] = 0;
    }
  }
  return plan;
}

}  // namespace

Tensor index(const Tensor& self, const std::vector<std::optional<Tensor>>& indices) {
  IndexPlan plan = planIndexing(self, indices);
  Tensor result = Tensor::empty(plan.result_sizes, self.dtype());
  size_t width = elementSize(self.dtype());
  const char* base = static_cast<const char*>(self.storage()->data());
  char* out = static_cast<char*>(result.dataPtr());
  for (size_t i = 0; i < plan.offsets.size(); ++i) {
    std::memcpy(out + i * width, base + plan.offsets[i] * static_cast<int64_t>(width), width);
  }
  return result;
}

Tensor& indexPut(Tensor& self, const std::vector<std::optional<Tensor>>& indices,
                 const Tensor& values, bool accumulate) {
  checkNoInternalOverlap(self);
  checkNoOverlap(self, values);
  IndexPlan plan = planIndexing(self, indices);
  Tensor source = contiguous(toDtype(expand(values, plan.result_sizes), self.dtype()));
  size_t width = elementSize(self.dtype());
  char* base = static_cast<char*>(self.storage()->data());
  const char* in = static_cast<const char*>(source.dataPtr());
  if (accumulate) {
    // one element at a time, so that repeated indices add up as upstream's do
    dispatchByType(self.dtype(), "index_put", [&](auto tag) {
      using T = typename decltype(tag)::type;
      T* target = reinterpret_cast<T*>(base);
      const T* add_in = reinterpret_cast<const T*>(in);
      for (size_t i = 0; i < plan.offsets.size(); ++i) {
        target[plan.offsets[i]] = static_cast<T>(target[plan.offsets[i]] + add_in[i]);
      }
    });
    return self;
  }
  for (size_t i = 0; i < plan.offsets.size(); ++i) {
    std::memcpy(base + plan.offsets[i] * static_cast<int64_t>(width), in + i * width, width);
  }
  return self;
}

}  // namespace minijit::ops
