// Kernels for the neural-network, linear-algebra, indexing/shaping and random-factory
// operators (conv2d, pooling, normalization, cat/stack, gather, arange, randn, ...).
// Book chapter 7 ("The interpreter") / chapter 8 ("Tensors and kernels").
#include "kernels/ops.h"
#include "runtime/register_helpers.h"

namespace minijit {

void registerNnOps(OperatorRegistry& registry) {
  (void)registry;  // the nn family is registered here as it grows (issue 3)
}

}  // namespace minijit
