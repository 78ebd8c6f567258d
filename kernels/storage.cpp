// Storage allocation: the single place where tensor memory is obtained and released.
// Book chapter "Tensors and kernels".
#include "kernels/storage.h"

#include <new>

namespace minijit {

namespace {
// Cache-line alignment keeps vectorized loops and BLAS happy.
constexpr std::align_val_t kAlignment{64};
}  // namespace

std::shared_ptr<Storage> Storage::allocate(std::size_t nbytes) {
  return std::make_shared<Storage>(nbytes);
}

// Zero-byte storages still get a real pointer, so a defined tensor never has a null data().
Storage::Storage(std::size_t nbytes)
    : data_(::operator new(nbytes == 0 ? 1 : nbytes, kAlignment)), nbytes_(nbytes) {}

Storage::~Storage() {
  ::operator delete(data_, kAlignment);
}

}  // namespace minijit
