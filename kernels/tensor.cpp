// Tensor construction, metadata queries and element access. Printing lives in
// tensor_print.cpp, operators in ops.h. Book chapter "Tensors and kernels".
#include "kernels/tensor.h"

#include <algorithm>
#include <cstring>
#include <sstream>

#include "kernels/device_copy.h"
#include "kernels/dispatch.h"

namespace minijit {

namespace {

std::string shapeString(const std::vector<int64_t>& sizes) {
  std::ostringstream out;
  out << "[";
  for (size_t i = 0; i < sizes.size(); ++i) out << (i ? ", " : "") << sizes[i];
  out << "]";
  return out.str();
}

int64_t productOf(const std::vector<int64_t>& sizes) {
  int64_t n = 1;
  for (int64_t s : sizes) n *= s;
  return n;
}

void checkSizes(const std::vector<int64_t>& sizes) {
  for (int64_t s : sizes) {
    if (s < 0) {
      throw TensorError("Trying to create tensor with negative dimension " + std::to_string(s) +
                        ": " + shapeString(sizes));
    }
  }
}

}  // namespace

int64_t wrapDim(int64_t dim, int64_t tensor_dim) {
  int64_t range = tensor_dim == 0 ? 1 : tensor_dim;  // a 0-dim tensor accepts -1 and 0
  if (dim < -range || dim >= range) {
    throw TensorError("Dimension out of range (expected to be in range of [" +
                      std::to_string(-range) + ", " + std::to_string(range - 1) + "], but got " +
                      std::to_string(dim) + ")");
  }
  return dim < 0 ? dim + range : dim;
}

Tensor::Tensor(std::shared_ptr<Storage> storage, std::vector<int64_t> sizes,
               std::vector<int64_t> strides, int64_t storage_offset, ScalarType dtype) {
  if (!storage) throw TensorError("Tensor: a view needs a storage");
  if (sizes.size() != strides.size()) {
    throw TensorError("Tensor: sizes " + shapeString(sizes) + " and strides " +
                      shapeString(strides) + " have different lengths");
  }
  checkSizes(sizes);
  // The last element must lie inside the storage; empty tensors touch nothing.
  int64_t last = storage_offset;
  bool empty = false;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (strides[i] < 0) throw TensorError("Tensor: negative strides are not supported");
    if (sizes[i] == 0)
      empty = true;
    else
      last += (sizes[i] - 1) * strides[i];
  }
  int64_t capacity = static_cast<int64_t>(storage->nbytes() / elementSize(dtype));
  if (storage_offset < 0 || (!empty && last >= capacity)) {
    throw TensorError("Tensor: view with sizes " + shapeString(sizes) + " and strides " +
                      shapeString(strides) + " at offset " + std::to_string(storage_offset) +
                      " is out of bounds for a storage of " + std::to_string(capacity) +
                      " elements");
  }
  impl_ = std::make_shared<const Impl>(
      Impl{std::move(storage), std::move(sizes), std::move(strides), storage_offset, dtype});
}

const Tensor::Impl& Tensor::undefinedImpl() {
  static const Impl undefined;
  return undefined;
}

std::vector<int64_t> Tensor::contiguousStrides(const std::vector<int64_t>& sizes) {
  std::vector<int64_t> strides(sizes.size());
  int64_t stride = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    strides[i] = stride;
    stride *= std::max<int64_t>(sizes[i], 1);  // upstream: size-0 dims do not zero strides
  }
  return strides;
}

Tensor Tensor::empty(std::vector<int64_t> sizes, ScalarType dtype, Device device) {
  checkSizes(sizes);
  auto storage =
      Storage::allocate(static_cast<size_t>(productOf(sizes)) * elementSize(dtype), device);
  // A fresh contiguous storage holds the view by construction: the constructor's checks
  // are skipped (an operator on small tensors allocates its output on every call).
  std::vector<int64_t> strides = contiguousStrides(sizes);
  Tensor result;
  result.impl_ = std::make_shared<const Impl>(
      Impl{std::move(storage), std::move(sizes), std::move(strides), 0, dtype});
  return result;
}

Tensor Tensor::fromData(const void* data, const std::vector<int64_t>& sizes, ScalarType dtype) {
  Tensor result = empty(sizes, dtype);
  if (result.numel() > 0) {
    std::memcpy(result.dataPtr(), data, static_cast<size_t>(result.numel()) * elementSize(dtype));
  }
  return result;
}

Tensor Tensor::fromData(const void* data, const std::vector<int64_t>& sizes,
                        const std::vector<int64_t>& strides, ScalarType dtype) {
  if (sizes.size() != strides.size()) {
    throw TensorError("fromData: sizes " + shapeString(sizes) + " and strides " +
                      shapeString(strides) + " have different lengths");
  }
  for (int64_t s : strides) {
    if (s < 0) throw TensorError("fromData: negative strides are not supported");
  }
  Tensor result = empty(sizes, dtype);
  const size_t item = elementSize(dtype);
  const auto* source = static_cast<const std::byte*>(data);
  auto* target = static_cast<std::byte*>(result.dataPtr());
  // Walk the elements in row-major order with a multi-dimensional counter.
  std::vector<int64_t> index(sizes.size(), 0);
  for (int64_t n = 0, total = result.numel(); n < total; ++n) {
    int64_t offset = 0;
    for (size_t d = 0; d < sizes.size(); ++d) offset += index[d] * strides[d];
    std::memcpy(target + n * item, source + offset * item, item);
    for (size_t d = sizes.size(); d-- > 0;) {
      if (++index[d] < sizes[d]) break;
      index[d] = 0;
    }
  }
  return result;
}

Tensor Tensor::scalarTensor(const Scalar& value, ScalarType dtype) {
  Tensor result = empty({}, dtype);
  dispatchByType(dtype, "scalar_tensor", [&](auto tag) {
    using T = typename decltype(tag)::type;
    *static_cast<T*>(result.dataPtr()) = value.to<T>();
  });
  return result;
}

int64_t Tensor::numel() const {
  return productOf(sizes());
}

int64_t Tensor::size(int64_t dim) const {
  return sizes()[wrapDim(dim, this->dim())];
}

int64_t Tensor::stride(int64_t dim) const {
  return strides()[wrapDim(dim, this->dim())];
}

bool Tensor::isContiguous() const {
  const std::vector<int64_t>& sizes = this->sizes();
  const std::vector<int64_t>& strides = this->strides();
  int64_t expected = 1;
  for (size_t i = sizes.size(); i-- > 0;) {
    if (sizes[i] == 0) return true;
    if (sizes[i] == 1) continue;
    if (strides[i] != expected) return false;
    expected *= sizes[i];
  }
  return true;
}

Device Tensor::device() const {
  if (!defined()) throw TensorError("device() called on an undefined Tensor");
  return impl_->storage->device();
}

void* Tensor::dataPtr() const {
  if (isCuda()) {
    throw TensorError("expected a CPU tensor but got a tensor on " + device().str() +
                      " (this operator has no CUDA kernel)");
  }
  return deviceDataPtr();
}

void* Tensor::deviceDataPtr() const {
  if (!defined()) throw TensorError("dataPtr() called on an undefined Tensor");
  return static_cast<std::byte*>(impl_->storage->data()) +
         impl_->storage_offset * static_cast<int64_t>(elementSize(impl_->dtype));
}

Scalar Tensor::item() const {
  if (numel() != 1) {
    throw TensorError("a Tensor with " + std::to_string(numel()) +
                      " elements cannot be converted to Scalar");
  }
  if (isCuda()) return ops::to(*this, Device::cpu()).item();
  return dispatchByType(dtype(), "item", [&](auto tag) -> Scalar {
    using T = typename decltype(tag)::type;
    T value = *static_cast<const T*>(dataPtr());
    if constexpr (std::is_same_v<T, bool>)
      return Scalar(value);
    else if constexpr (std::is_floating_point_v<T>)
      return Scalar(static_cast<double>(value));
    else
      return Scalar(static_cast<int64_t>(value));
  });
}

Tensor Tensor::asStrided(std::vector<int64_t> sizes, std::vector<int64_t> strides,
                         int64_t storage_offset) const {
  return Tensor(storage(), std::move(sizes), std::move(strides), storage_offset, dtype());
}

void Tensor::checkDtype(ScalarType expected) const {
  if (expected != dtype()) {
    throw TensorError(std::string("expected scalar type ") + scalarTypeName(expected) +
                      " but found " + scalarTypeName(dtype()));
  }
}

}  // namespace minijit
