// Tensor: a strided view (sizes, strides, offset, dtype) onto a shared Storage, which lives
// on a Device (cpu or cuda:N). Views such as select and slice share the storage and only
// change the metadata, exactly as in ATen. Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kernels/device.h"
#include "kernels/scalar.h"
#include "kernels/scalar_type.h"
#include "kernels/storage.h"
#include "kernels/tensor_error.h"

namespace minijit {

// [book:tensor-strides]
// Element (i0, i1, ...) lives at byte
//   storage.data() + (storageOffset + i0*strides[0] + i1*strides[1] + ...) * elementSize(dtype).
// Strides and the offset count elements, not bytes, as upstream. A default-constructed
// Tensor is undefined (no storage); every other accessor requires defined().
// Copying a Tensor copies the handle, not the data (like at::Tensor and torch.Tensor): the
// metadata lives in one immutable Impl that copies share, so a copy costs one reference
// count, not two vectors (what upstream's intrusive_ptr<TensorImpl> buys it too).
class Tensor {
 public:
  Tensor() = default;
  // A view of `storage`. Strides must be non-negative and stay inside the storage.
  Tensor(std::shared_ptr<Storage> storage, std::vector<int64_t> sizes, std::vector<int64_t> strides,
         int64_t storage_offset, ScalarType dtype);
// [/book:tensor-strides]

  // A new contiguous tensor with uninitialized elements, on `device` (cpu by default).
  static Tensor empty(std::vector<int64_t> sizes, ScalarType dtype,
                      Device device = Device::cpu());
  // A new contiguous tensor holding a copy of contiguous `data`.
  static Tensor fromData(const void* data, const std::vector<int64_t>& sizes, ScalarType dtype);
  // A new contiguous tensor copied from `data`, where element (i0, i1, ...) is read at
  // element offset i0*strides[0] + i1*strides[1] + ... (strides in elements, >= 0).
  static Tensor fromData(const void* data, const std::vector<int64_t>& sizes,
                         const std::vector<int64_t>& strides, ScalarType dtype);
  // A zero-dimensional tensor holding `value` converted to `dtype`.
  static Tensor scalarTensor(const Scalar& value, ScalarType dtype);
  // Row-major strides of a contiguous tensor of these sizes.
  static std::vector<int64_t> contiguousStrides(const std::vector<int64_t>& sizes);

  bool defined() const { return impl_ != nullptr; }
  const std::vector<int64_t>& sizes() const { return impl().sizes; }
  const std::vector<int64_t>& strides() const { return impl().strides; }
  int64_t storageOffset() const { return impl().storage_offset; }
  int64_t dim() const { return static_cast<int64_t>(impl().sizes.size()); }
  int64_t numel() const;
  ScalarType dtype() const { return impl().dtype; }
  const std::shared_ptr<Storage>& storage() const { return impl().storage; }
  // The storage's device: cpu, or cuda:N with a concrete index.
  Device device() const;
  bool isCuda() const { return defined() && impl_->storage->device().isCuda(); }
  // Size and stride of one dimension; `dim` may be negative (counted from the end).
  int64_t size(int64_t dim) const;
  int64_t stride(int64_t dim) const;
  // Row-major contiguous (dimensions of size 1 may have any stride, as upstream).
  bool isContiguous() const;

  // Pointer to the first element (storage data + offset) of a CPU tensor. Mutating through
  // it mutates every tensor that shares the storage. Throws for a CUDA tensor, so that a
  // CPU loop handed a GPU tensor fails with a message instead of a segmentation fault.
  void* dataPtr() const;
  // The same pointer on whatever device holds it (a device pointer for CUDA tensors):
  // for CUDA kernels and cross-device copies only.
  void* deviceDataPtr() const;
  // Typed pointer to the first element; throws if T does not match dtype().
  template <typename T>
  T* data() const {
    checkDtype(scalarTypeOf<T>());
    return static_cast<T*>(dataPtr());
  }

  // The value of a one-element tensor: "a Tensor with 2 elements cannot be converted to Scalar".
  // A CUDA tensor is first copied to the host, as upstream's .item().
  Scalar item() const;
  // A view with other sizes/strides/offset on the same storage (upstream as_strided).
  Tensor asStrided(std::vector<int64_t> sizes, std::vector<int64_t> strides,
                   int64_t storage_offset) const;
  // torch's repr: "tensor([[-3., -3.],\n        [-3., -3.]])" (see tensor_print.cpp).
  std::string toString() const;

 private:
  // Everything a view is, built once by the constructor and never changed afterwards, so
  // that Tensors may share it.
  struct Impl {
    std::shared_ptr<Storage> storage;
    std::vector<int64_t> sizes;
    std::vector<int64_t> strides;
    int64_t storage_offset = 0;
    ScalarType dtype = ScalarType::Float;
  };
  // An undefined Tensor reads as an empty Impl (no storage, 0-dim, Float), as before.
  const Impl& impl() const { return impl_ ? *impl_ : undefinedImpl(); }
  static const Impl& undefinedImpl();
  void checkDtype(ScalarType expected) const;

  std::shared_ptr<const Impl> impl_;
};

// Brings a possibly negative dimension into [0, dim) or throws upstream's
// "Dimension out of range (expected to be in range of [-1, 0], but got 2)".
// A 0-dim tensor accepts dims -1 and 0, as upstream.
int64_t wrapDim(int64_t dim, int64_t tensor_dim);

}  // namespace minijit
