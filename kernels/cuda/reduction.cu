// CUDA sum of all elements in two deterministic passes: every block folds a grid-stride
// slice into one partial sum, then a single block folds the partials. Floats accumulate
// in double and integers in int64, as the CPU sum does. Book chapter "Tensors and kernels".
#include <type_traits>

#include "kernels/cuda/cuda_backend.h"
#include "kernels/cuda/cuda_check.h"
#include "kernels/cuda/cuda_launch.cuh"

namespace minijit::cuda {

namespace {

constexpr int kMaxPartials = 1024;

// Tree reduction of one value per thread in shared memory; thread 0 gets the block's total.
template <typename Acc>
__device__ Acc blockSum(Acc value) {
  __shared__ Acc shared[kThreadsPerBlock];
  shared[threadIdx.x] = value;
  __syncthreads();
  for (int half = kThreadsPerBlock / 2; half > 0; half /= 2) {
    if (threadIdx.x < half) shared[threadIdx.x] += shared[threadIdx.x + half];
    __syncthreads();
  }
  return shared[0];
}

template <typename T, typename Acc>
__global__ void partialSums(const T* in, int64_t n, Acc* partials) {
  Acc total = 0;
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{blockDim.x} * gridDim.x) {
    total += static_cast<Acc>(in[i]);
  }
  const Acc block_total = blockSum(total);
  if (threadIdx.x == 0) partials[blockIdx.x] = block_total;
}

template <typename T, typename Acc>
__global__ void finalSum(const Acc* partials, int count, T* out) {
  Acc total = 0;
  for (int i = threadIdx.x; i < count; i += blockDim.x) total += partials[i];
  const Acc block_total = blockSum(total);
  if (threadIdx.x == 0) *out = static_cast<T>(block_total);
}

}  // namespace

Tensor sum(const Tensor& self) {
  if (!self.isCuda()) throw TensorError("cuda::sum: expected a CUDA tensor");
  const Device device = self.device();
  DeviceGuard guard(device.index);
  // Upstream: integral and bool inputs sum to Long; the input is converted first.
  const ScalarType out_dtype =
      isIntegralType(self.dtype(), /*include_bool=*/true) ? ScalarType::Long : self.dtype();
  Tensor input = Tensor::empty(self.sizes(), out_dtype, device);
  if (self.isContiguous() && self.dtype() == out_dtype) {
    input = self;
  } else {
    copyInto(input, self);
  }
  Tensor out = Tensor::empty({}, out_dtype, device);
  const int64_t n = input.numel();
  dispatchCudaType(out_dtype, "sum", [&](auto tag) {
    using T = typename decltype(tag)::type;
    using Acc = std::conditional_t<std::is_floating_point_v<T>, double, int64_t>;
    const ScalarType acc_dtype = std::is_floating_point_v<T> ? ScalarType::Double
                                                             : ScalarType::Long;
    const unsigned blocks = std::min<unsigned>(blocksFor(n), kMaxPartials);
    Tensor partials = Tensor::empty({blocks}, acc_dtype, device);
    auto* partial_data = static_cast<Acc*>(partials.deviceDataPtr());
    partialSums<<<blocks, kThreadsPerBlock>>>(static_cast<const T*>(input.deviceDataPtr()), n,
                                              partial_data);
    finalSum<<<1, kThreadsPerBlock>>>(partial_data, static_cast<int>(blocks),
                                      static_cast<T*>(out.deviceDataPtr()));
  });
  checkCuda(cudaGetLastError(), "sum");
  return out;
}

}  // namespace minijit::cuda
