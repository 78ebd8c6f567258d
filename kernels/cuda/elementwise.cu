// CUDA elementwise kernels: copy/convert, add, sub, mul, div, neg, relu. One grid-stride
// kernel per arity; the operation is a small functor. Semantics (promotion, broadcasting,
// alpha, true division) follow the CPU operators in elementwise.cpp. Book chapter "Tensors
// and kernels".
#include <string>

#include "kernels/cuda/cuda_backend.h"
#include "kernels/cuda/cuda_check.h"
#include "kernels/cuda/cuda_launch.cuh"
#include "kernels/device_copy.h"
#include "kernels/elementwise_loop.h"
#include "kernels/ops.h"

namespace minijit::cuda {

template <int N>
OffsetCalculator<N> makeOffsetCalculator(const Tensor& out, const std::vector<Tensor>& inputs) {
  OffsetCalculator<N> calc;
  if (out.dim() > kMaxDims) {
    throw TensorError("CUDA kernels support at most " + std::to_string(kMaxDims) + " dims");
  }
  calc.ndim = static_cast<int>(out.dim());
  calc.contiguous = out.isContiguous();
  for (const Tensor& input : inputs) {
    calc.contiguous = calc.contiguous && input.isContiguous() && input.sizes() == out.sizes();
  }
  for (int d = 0; d < calc.ndim; ++d) {
    calc.sizes[d] = out.sizes()[d];
    calc.strides[0][d] = out.strides()[d];
  }
  for (int k = 1; k < N; ++k) {
    const std::vector<int64_t> strides = broadcastStrides(inputs[k - 1], out.sizes());
    for (int d = 0; d < calc.ndim; ++d) calc.strides[k][d] = strides[d];
  }
  return calc;
}

namespace {

template <typename Out, typename In, typename F>
__global__ void unaryKernel(Out* out, const In* in, int64_t n, OffsetCalculator<2> calc, F f) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{blockDim.x} * gridDim.x) {
    int64_t offsets[2];
    calc.offsets(i, offsets);
    out[offsets[0]] = f(in[offsets[1]]);
  }
}

template <typename T, typename F>
__global__ void binaryKernel(T* out, const T* a, const T* b, int64_t n, OffsetCalculator<3> calc,
                             F f) {
  for (int64_t i = blockIdx.x * int64_t{blockDim.x} + threadIdx.x; i < n;
       i += int64_t{blockDim.x} * gridDim.x) {
    int64_t offsets[3];
    calc.offsets(i, offsets);
    out[offsets[0]] = f(a[offsets[1]], b[offsets[2]]);
  }
}

template <typename To, typename From>
struct Convert {
  __device__ To operator()(From x) const { return static_cast<To>(x); }
};
template <typename T>
struct AddScaled {  // a + alpha * b (sub passes -alpha)
  T alpha;
  __device__ T operator()(T a, T b) const { return static_cast<T>(a + alpha * b); }
};
struct Multiply {
  template <typename T>
  __device__ T operator()(T a, T b) const { return a * b; }
};
struct Divide {
  template <typename T>
  __device__ T operator()(T a, T b) const { return a / b; }
};
struct Negate {
  template <typename T>
  __device__ T operator()(T x) const { return -x; }
};
struct Relu {  // NaN propagates, as upstream's clamp_min
  template <typename T>
  __device__ T operator()(T x) const { return (x > T(0) || x != x) ? x : T(0); }
};

void checkLaunch(const char* name) { checkCuda(cudaGetLastError(), name); }

// The CUDA device the operands share; 0-dim CPU tensors (wrapped numbers) may come along.
Device commonDevice(const Tensor& a, const Tensor& b) {
  if (a.isCuda() && b.isCuda() && a.device() != b.device()) {
    throw TensorError("Expected all tensors to be on the same device, but found at least two "
                      "devices, " + a.device().str() + " and " + b.device().str() + "!");
  }
  const Tensor& gpu = a.isCuda() ? a : b;
  const Tensor& other = a.isCuda() ? b : a;
  if (!other.isCuda() && other.dim() != 0) {
    throw TensorError("Expected all tensors to be on the same device, but found at least two "
                      "devices, " + gpu.device().str() + " and cpu!");
  }
  return gpu.device();
}

// `t` on `device` converted to `dtype` (a copy only when something changes).
Tensor prepare(const Tensor& t, Device device, ScalarType dtype) {
  Tensor local = ops::to(t, device);
  if (local.dtype() == dtype) return local;
  Tensor converted = Tensor::empty(local.sizes(), dtype, device);
  copyInto(converted, local);
  return converted;
}

template <typename MakeOp>
Tensor binaryOp(const Tensor& a, const Tensor& b, ScalarType compute, const char* name,
                MakeOp make_op) {
  const Device device = commonDevice(a, b);
  DeviceGuard guard(device.index);
  const Tensor x = prepare(a, device, compute);
  const Tensor y = prepare(b, device, compute);
  Tensor out = Tensor::empty(ops::broadcastShapes(a.sizes(), b.sizes()), compute, device);
  const int64_t n = out.numel();
  if (n == 0) return out;
  dispatchCudaType(compute, name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    binaryKernel<<<blocksFor(n), kThreadsPerBlock>>>(
        static_cast<T*>(out.deviceDataPtr()), static_cast<const T*>(x.deviceDataPtr()),
        static_cast<const T*>(y.deviceDataPtr()), n, makeOffsetCalculator<3>(out, {x, y}),
        make_op(tag));
  });
  checkLaunch(name);
  return out;
}

template <typename F>
Tensor unaryOp(const Tensor& self, const char* name, F f) {
  DeviceGuard guard(self.device().index);
  Tensor out = Tensor::empty(self.sizes(), self.dtype(), self.device());
  const int64_t n = out.numel();
  if (n == 0) return out;
  dispatchCudaType(self.dtype(), name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    unaryKernel<<<blocksFor(n), kThreadsPerBlock>>>(static_cast<T*>(out.deviceDataPtr()),
                                                    static_cast<const T*>(self.deviceDataPtr()),
                                                    n, makeOffsetCalculator<2>(out, {self}), f);
  });
  checkLaunch(name);
  return out;
}

Tensor addScaled(const Tensor& a, const Tensor& b, const Scalar& alpha, bool negate,
                 const char* name) {
  const ScalarType compute = ops::resultType(a, b);
  if (alpha.isFloatingPoint() && !isFloatingType(compute)) {
    throw TensorError(
        "For integral input tensors, argument alpha must not be a floating point number.");
  }
  return binaryOp(a, b, compute, name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T value = alpha.to<T>();
    return AddScaled<T>{negate ? static_cast<T>(-value) : value};
  });
}

}  // namespace

void copyInto(const Tensor& dst, const Tensor& src) {
  if (!dst.isCuda() || src.device() != dst.device()) {
    throw TensorError("cuda::copyInto: both tensors must be on the same CUDA device");
  }
  if (ops::broadcastShapes(dst.sizes(), src.sizes()) != dst.sizes()) {
    throw TensorError("copy_: the source cannot be broadcast to the destination's shape");
  }
  const int64_t n = dst.numel();
  if (n == 0) return;
  DeviceGuard guard(dst.device().index);
  dispatchCopyType(src.dtype(), [&](auto from_tag) {
    using From = typename decltype(from_tag)::type;
    dispatchCopyType(dst.dtype(), [&](auto to_tag) {
      using To = typename decltype(to_tag)::type;
      unaryKernel<<<blocksFor(n), kThreadsPerBlock>>>(
          static_cast<To*>(dst.deviceDataPtr()), static_cast<const From*>(src.deviceDataPtr()),
          n, makeOffsetCalculator<2>(dst, {src}), Convert<To, From>{});
    });
  });
  checkLaunch("copy_");
}

Tensor add(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  return addScaled(self, other, alpha, /*negate=*/false, "add");
}

Tensor sub(const Tensor& self, const Tensor& other, const Scalar& alpha) {
  if (self.dtype() == ScalarType::Bool || other.dtype() == ScalarType::Bool) {
    throw TensorError("Subtraction, the `-` operator, with a bool tensor is not supported. "
                      "If you are trying to invert a mask, use the `~` or `logical_not()` "
                      "operator instead.");
  }
  return addScaled(self, other, alpha, /*negate=*/true, "sub");
}

Tensor mul(const Tensor& self, const Tensor& other) {
  return binaryOp(self, other, ops::resultType(self, other), "mul",
                  [](auto) { return Multiply{}; });
}

Tensor div(const Tensor& self, const Tensor& other) {
  ScalarType compute = ops::resultType(self, other);
  if (isIntegralType(compute, /*include_bool=*/true)) compute = ScalarType::Float;
  return binaryOp(self, other, compute, "div", [](auto) { return Divide{}; });
}

Tensor neg(const Tensor& self) { return unaryOp(self, "neg", Negate{}); }

Tensor relu(const Tensor& self) { return unaryOp(self, "relu", Relu{}); }

}  // namespace minijit::cuda
