// Storage: the reference-counted byte buffer that tensors view. All tensor memory is
// allocated here, so a caching allocator or a CUDA device can later be added in one place.
// Book chapter "Tensors and kernels".
#pragma once

#include <cstddef>
#include <memory>

namespace minijit {

// A flat, 64-byte-aligned block of bytes. Tensors share it through std::shared_ptr; a
// view (select, slice, transpose) is a new Tensor pointing at the same Storage.
class Storage {
 public:
  // The only way memory is obtained. The bytes are left uninitialized, as torch.empty.
  static std::shared_ptr<Storage> allocate(std::size_t nbytes);

  explicit Storage(std::size_t nbytes);
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;

  void* data() { return data_; }
  const void* data() const { return data_; }
  std::size_t nbytes() const { return nbytes_; }

 private:
  void* data_;
  std::size_t nbytes_;
};

}  // namespace minijit
