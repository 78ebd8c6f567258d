// Broadcasting: the shape two operands broadcast to, and the strides that read an operand
// as if it had that shape. Book chapter "Tensors and kernels".
#include "kernels/elementwise_loop.h"

#include <algorithm>
#include <string>

#include "kernels/ops.h"

namespace minijit {

// [book:broadcast-strides]
std::vector<int64_t> broadcastStrides(const Tensor& tensor, const std::vector<int64_t>& shape) {
  // Dimensions are aligned from the right, as in NumPy.
  std::vector<int64_t> strides(shape.size(), 0);
  const int64_t shift = static_cast<int64_t>(shape.size()) - tensor.dim();
  for (int64_t d = 0; d < tensor.dim(); ++d) {
    if (tensor.sizes()[d] != 1) strides[d + shift] = tensor.strides()[d];
  }
  return strides;
}
// [/book:broadcast-strides]

namespace ops {

// [book:broadcast-shapes]
std::vector<int64_t> broadcastShapes(const std::vector<int64_t>& a, const std::vector<int64_t>& b) {
  const size_t ndim = std::max(a.size(), b.size());
  std::vector<int64_t> shape(ndim);
  for (size_t i = 0; i < ndim; ++i) {
    // i counts from the right; a missing dimension acts as size 1.
    const int64_t size_a = i < a.size() ? a[a.size() - 1 - i] : 1;
    const int64_t size_b = i < b.size() ? b[b.size() - 1 - i] : 1;
    if (size_a != size_b && size_a != 1 && size_b != 1) {
      throw TensorError("The size of tensor a (" + std::to_string(size_a) +
                        ") must match the size of tensor b (" + std::to_string(size_b) +
                        ") at non-singleton dimension " + std::to_string(ndim - 1 - i));
    }
    shape[ndim - 1 - i] = size_a == 1 ? size_b : size_a;
  }
  return shape;
}
// [/book:broadcast-shapes]

}  // namespace ops
}  // namespace minijit
