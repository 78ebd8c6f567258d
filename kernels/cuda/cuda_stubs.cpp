// The CUDA backend of a build without a CUDA toolkit: no devices, and every operation
// raises upstream's "Torch not compiled with CUDA enabled". No CUDA tensor can exist in
// such a build, so only explicit requests (.cuda(), .to("cuda")) reach these.
// Book chapter "Tensors and kernels".
#include "kernels/cuda/cuda_backend.h"

namespace minijit::cuda {

namespace {
[[noreturn]] void notCompiled() {
  throw TensorError("Torch not compiled with CUDA enabled");
}
}  // namespace

bool compiledIn() { return false; }
int deviceCount() { return 0; }
CachingAllocator& deviceAllocator(int) { notCompiled(); }
void copyBytes(void*, const void*, std::size_t, CopyKind, int) { notCompiled(); }
void synchronize(int) { notCompiled(); }
void copyInto(const Tensor&, const Tensor&) { notCompiled(); }
Tensor add(const Tensor&, const Tensor&, const Scalar&) { notCompiled(); }
Tensor sub(const Tensor&, const Tensor&, const Scalar&) { notCompiled(); }
Tensor mul(const Tensor&, const Tensor&) { notCompiled(); }
Tensor div(const Tensor&, const Tensor&) { notCompiled(); }
Tensor neg(const Tensor&) { notCompiled(); }
Tensor relu(const Tensor&) { notCompiled(); }
Tensor sum(const Tensor&) { notCompiled(); }
Tensor mm(const Tensor&, const Tensor&) { notCompiled(); }

}  // namespace minijit::cuda
