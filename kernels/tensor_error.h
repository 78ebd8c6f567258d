// TensorError: the one exception type the tensor library throws.
// Messages follow upstream ATen wording so that the conformance suite can compare them
// with what PyTorch says. Book chapter "Tensors and kernels".
#pragma once

#include <stdexcept>
#include <string>

namespace minijit {

// Thrown for every user-reachable failure in kernels/ (shape mismatch, bad index,
// unsupported dtype). The runtime turns it into a TorchScript error with a source range.
class TensorError : public std::runtime_error {
 public:
  explicit TensorError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace minijit
