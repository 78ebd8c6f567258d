// Kernels for the elementwise math and reduction operators beyond the skeleton's arithmetic:
// unary math (exp, log, sqrt, ...), more binary ops, logical/bitwise ops and reductions over
// dimensions. Book chapter 7 ("The interpreter") / chapter 8 ("Tensors and kernels").
#include "kernels/ops.h"
#include "runtime/register_helpers.h"

namespace minijit {

void registerMathOps(OperatorRegistry& registry) {
  (void)registry;  // the math family is registered here as it grows (issue 3)
}

}  // namespace minijit
