// Matrix products on the GPU through cuBLAS (sgemm/dgemm). cuBLAS is column-major, so the
// row-major product C = A·B is computed as the column-major Cᵀ = Bᵀ·Aᵀ, which reads the
// very same bytes. FP32 runs in full precision (no TF32), as upstream's default.
// Book chapter "Tensors and kernels".
#include <cublas_v2.h>

#include <mutex>
#include <string>
#include <vector>

#include "kernels/cuda/cuda_backend.h"
#include "kernels/cuda/cuda_check.h"

namespace minijit::cuda {

namespace {

void checkCublas(cublasStatus_t status, const char* what) {
  if (status != CUBLAS_STATUS_SUCCESS) {
    throw TensorError(std::string("CUDA error: ") + cublasGetStatusString(status) + " (" + what +
                      ")");
  }
}

// One handle per device, created on first use (creation costs milliseconds) and kept.
cublasHandle_t handleFor(int device) {
  static std::mutex mutex;
  static std::vector<cublasHandle_t> handles;
  std::lock_guard<std::mutex> lock(mutex);
  if (handles.size() <= static_cast<std::size_t>(device)) handles.resize(device + 1, nullptr);
  if (!handles[device]) checkCublas(cublasCreate(&handles[device]), "cublasCreate");
  return handles[device];
}

// How cuBLAS reads a row-major matrix in its column-major world: a row-major matrix with
// unit column stride is its own transpose in column-major (op N, ld = row stride); one with
// unit row stride is a column-major matrix (op T, ld = column stride). Else: copy.
struct Operand {
  Tensor tensor;
  cublasOperation_t op;
  int ld;
};

Operand operandOf(const Tensor& m) {
  const int64_t rows = m.sizes()[0], cols = m.sizes()[1];
  if (m.strides()[1] == 1 && m.strides()[0] >= std::max<int64_t>(cols, 1)) {
    return {m, CUBLAS_OP_N, static_cast<int>(m.strides()[0])};
  }
  if (m.strides()[0] == 1 && m.strides()[1] >= std::max<int64_t>(rows, 1)) {
    return {m, CUBLAS_OP_T, static_cast<int>(m.strides()[1])};
  }
  Tensor dense = Tensor::empty(m.sizes(), m.dtype(), m.device());
  copyInto(dense, m);
  return {dense, CUBLAS_OP_N, static_cast<int>(std::max<int64_t>(cols, 1))};
}

void checkOperands(const Tensor& self, const Tensor& other) {
  if (self.dim() != 2) throw TensorError("self must be a matrix");
  if (other.dim() != 2) throw TensorError("mat2 must be a matrix");
  if (self.device() != other.device()) {
    throw TensorError("Expected all tensors to be on the same device, but found at least two "
                      "devices, " + self.device().str() + " and " + other.device().str() + "!");
  }
  if (self.sizes()[1] != other.sizes()[0]) {
    throw TensorError("mat1 and mat2 shapes cannot be multiplied (" +
                      std::to_string(self.sizes()[0]) + "x" + std::to_string(self.sizes()[1]) +
                      " and " + std::to_string(other.sizes()[0]) + "x" +
                      std::to_string(other.sizes()[1]) + ")");
  }
  if (self.dtype() != other.dtype()) {
    throw TensorError(std::string("expected scalar type ") + scalarTypeName(self.dtype()) +
                      " but found " + scalarTypeName(other.dtype()));
  }
  if (self.dtype() != ScalarType::Float && self.dtype() != ScalarType::Double) {
    throw TensorError(std::string("\"addmm_cuda\" not implemented for '") +
                      scalarTypeName(self.dtype()) + "'");
  }
}

}  // namespace

Tensor mm(const Tensor& self, const Tensor& other) {
  checkOperands(self, other);
  const Device device = self.device();
  DeviceGuard guard(device.index);
  const int n = static_cast<int>(self.sizes()[0]);
  const int k = static_cast<int>(self.sizes()[1]);
  const int m = static_cast<int>(other.sizes()[1]);
  Tensor out = Tensor::empty({n, m}, self.dtype(), device);
  if (out.numel() == 0) return out;
  if (k == 0) {  // empty sums are 0; all-zero bits are 0.0 in IEEE floats
    checkCuda(cudaMemset(out.deviceDataPtr(), 0, out.numel() * elementSize(out.dtype())),
              "cudaMemset");
    return out;
  }
  const Operand a = operandOf(self);
  const Operand b = operandOf(other);
  cublasHandle_t handle = handleFor(device.index);
  // Column-major: C^T (m x n) = B^T (m x k) * A^T (k x n), ldc = m.
  if (self.dtype() == ScalarType::Float) {
    const float one = 1.0f, zero = 0.0f;
    checkCublas(cublasSgemm(handle, b.op, a.op, m, n, k, &one,
                            static_cast<const float*>(b.tensor.deviceDataPtr()), b.ld,
                            static_cast<const float*>(a.tensor.deviceDataPtr()), a.ld, &zero,
                            static_cast<float*>(out.deviceDataPtr()), m),
                "cublasSgemm");
  } else {
    const double one = 1.0, zero = 0.0;
    checkCublas(cublasDgemm(handle, b.op, a.op, m, n, k, &one,
                            static_cast<const double*>(b.tensor.deviceDataPtr()), b.ld,
                            static_cast<const double*>(a.tensor.deviceDataPtr()), a.ld, &zero,
                            static_cast<double*>(out.deviceDataPtr()), m),
                "cublasDgemm");
  }
  return out;
}

}  // namespace minijit::cuda
