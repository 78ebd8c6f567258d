// Matrix products: mm through OpenBLAS GEMM for Float/Double (a plain triple loop for
// integer types), and matmul's 1-D / 2-D / batched rules on top of it.
// Book chapter "Tensors and kernels".
#include <cblas.h>

#include <string>
#include <type_traits>

#include "kernels/dispatch.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

std::string shapeString(const Tensor& t) {
  std::string s;
  for (int64_t d = 0; d < t.dim(); ++d) s += (d ? "x" : "") + std::to_string(t.sizes()[d]);
  return s;
}

void checkSameDtype(const Tensor& self, const Tensor& other) {
  if (self.dtype() != other.dtype()) {
    throw TensorError(std::string("expected scalar type ") + scalarTypeName(self.dtype()) +
                      " but found " + scalarTypeName(other.dtype()));
  }
}

// How BLAS can read a 2-D strided matrix: row-major with leading dimension `ld`, either
// as it is or transposed. A matrix with neither stride 1 is first made contiguous.
struct BlasOperand {
  Tensor tensor;
  CBLAS_TRANSPOSE transpose;
  int ld;
};

BlasOperand blasOperand(const Tensor& m) {
  const int64_t rows = m.sizes()[0], cols = m.sizes()[1];
  if (m.strides()[1] == 1 && m.strides()[0] >= std::max<int64_t>(cols, 1)) {
    return {m, CblasNoTrans, static_cast<int>(m.strides()[0])};
  }
  if (m.strides()[0] == 1 && m.strides()[1] >= std::max<int64_t>(rows, 1)) {
    return {m, CblasTrans, static_cast<int>(m.strides()[1])};
  }
  Tensor c = clone(m);
  return {c, CblasNoTrans, static_cast<int>(std::max<int64_t>(cols, 1))};
}

template <typename T>
void gemm(const Tensor& a, const Tensor& b, const Tensor& out) {
  const int n = static_cast<int>(a.sizes()[0]);
  const int k = static_cast<int>(a.sizes()[1]);
  const int m = static_cast<int>(b.sizes()[1]);
  const BlasOperand x = blasOperand(a);
  const BlasOperand y = blasOperand(b);
  T* c = out.data<T>();
  const int ldc = std::max(m, 1);
  if constexpr (std::is_same_v<T, float>) {
    cblas_sgemm(CblasRowMajor, x.transpose, y.transpose, n, m, k, 1.0f, x.tensor.data<float>(),
                x.ld, y.tensor.data<float>(), y.ld, 0.0f, c, ldc);
  } else {
    cblas_dgemm(CblasRowMajor, x.transpose, y.transpose, n, m, k, 1.0, x.tensor.data<double>(),
                x.ld, y.tensor.data<double>(), y.ld, 0.0, c, ldc);
  }
}

// The reference loop: out[i][j] = sum_p a[i][p] * b[p][j], any strides.
template <typename T>
void naiveMatrixProduct(const Tensor& a, const Tensor& b, const Tensor& out) {
  const int64_t n = a.sizes()[0], k = a.sizes()[1], m = b.sizes()[1];
  const T* x = a.data<T>();
  const T* y = b.data<T>();
  T* o = out.data<T>();
  const int64_t as0 = a.strides()[0], as1 = a.strides()[1];
  const int64_t bs0 = b.strides()[0], bs1 = b.strides()[1];
  for (int64_t i = 0; i < n; ++i) {
    for (int64_t j = 0; j < m; ++j) {
      T total = 0;
      for (int64_t p = 0; p < k; ++p) total += x[i * as0 + p * as1] * y[p * bs0 + j * bs1];
      o[i * m + j] = total;
    }
  }
}

// Batched matmul of tensors with at least 2 dims each: broadcast the batch dims, then
// one mm per matrix pair.
Tensor batchedMatmul(const Tensor& a, const Tensor& b) {
  const std::vector<int64_t> batch_a(a.sizes().begin(), a.sizes().end() - 2);
  const std::vector<int64_t> batch_b(b.sizes().begin(), b.sizes().end() - 2);
  const std::vector<int64_t> batch = broadcastShapes(batch_a, batch_b);
  const int64_t n = a.size(-2), k = a.size(-1), k2 = b.size(-2), m = b.size(-1);
  int64_t count = 1;
  for (int64_t s : batch) count *= s;
  if (k != k2) {
    throw TensorError("Expected size for first two dimensions of batch2 tensor to be: [" +
                      std::to_string(count) + ", " + std::to_string(k) + "] but got: [" +
                      std::to_string(count) + ", " + std::to_string(k2) + "].");
  }
  auto withMatrix = [&](int64_t rows, int64_t cols) {
    std::vector<int64_t> shape = batch;
    shape.push_back(rows);
    shape.push_back(cols);
    return shape;
  };
  const Tensor x = reshape(expand(a, withMatrix(n, k)), {count, n, k});
  const Tensor y = reshape(expand(b, withMatrix(k, m)), {count, k, m});
  Tensor out = Tensor::empty({count, n, m}, a.dtype());
  for (int64_t i = 0; i < count; ++i) {
    copyInto(select(out, 0, i), mm(select(x, 0, i), select(y, 0, i)));
  }
  return view(out, withMatrix(n, m));
}

}  // namespace

Tensor mm(const Tensor& self, const Tensor& other) {
  if (self.dim() != 2) throw TensorError("self must be a matrix");
  if (other.dim() != 2) throw TensorError("mat2 must be a matrix");
  if (self.sizes()[1] != other.sizes()[0]) {
    throw TensorError("mat1 and mat2 shapes cannot be multiplied (" + shapeString(self) + " and " +
                      shapeString(other) + ")");
  }
  checkSameDtype(self, other);
  Tensor out = Tensor::empty({self.sizes()[0], other.sizes()[1]}, self.dtype());
  if (self.dtype() == ScalarType::Bool) {
    throw TensorError("\"addmm_impl_cpu_\" not implemented for 'Bool'");
  }
  if (out.numel() == 0) return out;
  if (self.sizes()[1] == 0) return zeros(out.sizes(), out.dtype());  // empty sums are 0
  dispatchByType(self.dtype(), "addmm_impl_cpu_", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
      gemm<T>(self, other, out);
    } else {
      naiveMatrixProduct<T>(self, other, out);
    }
  });
  return out;
}

Tensor matmul(const Tensor& self, const Tensor& other) {
  const int64_t dim_a = self.dim(), dim_b = other.dim();
  if (dim_a == 0 || dim_b == 0) {
    throw TensorError("both arguments to matmul need to be at least 1D, but they are " +
                      std::to_string(dim_a) + "D and " + std::to_string(dim_b) + "D");
  }
  checkSameDtype(self, other);
  if (dim_a == 1 && dim_b == 1) {
    if (self.numel() != other.numel()) {
      const std::string a = std::to_string(self.numel()), b = std::to_string(other.numel());
      throw TensorError("inconsistent tensor size, expected tensor [" + a + "] and src [" + b +
                        "] to have the same number of elements, but got " + a + " and " + b +
                        " elements respectively");
    }
    return view(mm(unsqueeze(self, 0), unsqueeze(other, 1)), {});
  }
  if (dim_a == 2 && dim_b == 1) {
    if (self.sizes()[1] != other.sizes()[0]) {
      throw TensorError("size mismatch, got " + std::to_string(self.sizes()[0]) + ", " +
                        shapeString(self) + "," + std::to_string(other.sizes()[0]));
    }
    return squeeze(mm(self, unsqueeze(other, 1)), 1);
  }
  if (dim_a == 1 && dim_b == 2) return squeeze(mm(unsqueeze(self, 0), other), 0);
  if (dim_a == 2 && dim_b == 2) return mm(self, other);
  // N-D: a 1-D operand becomes a matrix and its extra dimension is dropped afterwards.
  const Tensor a = dim_a == 1 ? unsqueeze(self, 0) : self;
  const Tensor b = dim_b == 1 ? unsqueeze(other, 1) : other;
  Tensor out = batchedMatmul(a, b);
  if (dim_b == 1) out = squeeze(out, -1);
  if (dim_a == 1) out = squeeze(out, -2);
  return out;
}

}  // namespace minijit::ops
