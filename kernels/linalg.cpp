// Matrix products: mm, bmm and addmm through OpenBLAS GEMM for Float/Double (a plain
// triple loop for integer types), and matmul / linear / mv / dot / outer on top of them.
// Every product ends in matrixProductInto, so there is one GEMM call site to read.
// Book chapter "Tensors and kernels".
#include "kernels/linalg.h"

#include <cblas.h>

#include <string>
#include <type_traits>

#include "kernels/dispatch.h"
#include "kernels/ops.h"
#include "kernels/thread_pool.h"

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

// [book:blas-operand]
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
// [/book:blas-operand]

// Multiply-adds (n * m * k) from which a GEMM is split over the thread pool: a 64x64x64
// product takes ~3 µs on one core, about what handing chunks to a worker costs.
constexpr int64_t kParallelGemmWork = 64 * 64 * 64;
// Rows (or columns) of the result per chunk at the least.
constexpr int64_t kGemmGrain = 64;

// [book:gemm]
// out = alpha * (a @ b) + beta * out, for a contiguous 2-D `out`.
template <typename T>
void gemm(const Tensor& a, const Tensor& b, const Tensor& out, T alpha, T beta) {
  const int n = static_cast<int>(a.sizes()[0]);
  const int k = static_cast<int>(a.sizes()[1]);
  const int m = static_cast<int>(b.sizes()[1]);
  const BlasOperand x = blasOperand(a);
  const BlasOperand y = blasOperand(b);
  const T* xp = x.tensor.data<T>();
  const T* yp = y.tensor.data<T>();
  T* c = out.data<T>();
  const int ldc = std::max(m, 1);
  // The block of the result with rows [r0, r0 + rows) and columns [c0, c0 + cols).
  auto block = [&](int64_t r0, int64_t rows, int64_t c0, int64_t cols) {
    const T* xb = xp + (x.transpose == CblasNoTrans ? r0 * x.ld : r0);
    const T* yb = yp + (y.transpose == CblasNoTrans ? c0 : c0 * y.ld);
    T* cb = c + r0 * ldc + c0;
    const int r = static_cast<int>(rows), q = static_cast<int>(cols);
    if constexpr (std::is_same_v<T, float>) {
      cblas_sgemm(CblasRowMajor, x.transpose, y.transpose, r, q, k, alpha, xb, x.ld, yb, y.ld,
                  beta, cb, ldc);
    } else {
      cblas_dgemm(CblasRowMajor, x.transpose, y.transpose, r, q, k, alpha, xb, x.ld, yb, y.ld,
                  beta, cb, ldc);
    }
  };
  // OpenBLAS runs on one thread (the pool's policy: one pool only, so the two never fight
  // over the cores). A large product is split into blocks of rows, or of columns when it is
  // wider than tall (a conv's im2col product is 64 rows by thousands of columns), and each
  // block is one single-threaded GEMM on a pool thread. A caller inside withBlasThreads
  // chose OpenBLAS's threading for its region, and gets one call.
  const bool large = static_cast<int64_t>(n) * m * k >= kParallelGemmWork;
  if (!large || numThreads() == 1 || inParallelRegion() || inBlasThreadsRegion()) {
    block(0, n, 0, m);
  } else if (n >= m) {
    parallelFor(n, kGemmGrain, [&](int64_t r0, int64_t r1) { block(r0, r1 - r0, 0, m); });
  } else {
    parallelFor(m, kGemmGrain, [&](int64_t c0, int64_t c1) { block(0, n, c0, c1 - c0); });
  }
}
// [/book:gemm]

// The reference loop: out[i][j] = alpha * sum_p a[i][p] * b[p][j] + beta * out[i][j], any
// strides for a and b. beta == 0 overwrites out without reading it (NaNs do not survive).
template <typename T>
void naiveMatrixProduct(const Tensor& a, const Tensor& b, const Tensor& out, T alpha, T beta) {
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
      T& slot = o[i * m + j];
      slot = beta == T(0) ? static_cast<T>(alpha * total)
                          : static_cast<T>(alpha * total + beta * slot);
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
  return view(bmm(x, y), withMatrix(n, m));
}

// out (contiguous, n x m) = alpha * (a @ b) + beta * out, the one place products are computed.
void matrixProductInto(const Tensor& a, const Tensor& b, const Tensor& out, const Scalar& alpha,
                       const Scalar& beta) {
  if (out.numel() == 0) return;
  dispatchByType(a.dtype(), "addmm_impl_cpu_", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_same_v<T, bool>) {
      throw TensorError("\"addmm_impl_cpu_\" not implemented for 'Bool'");
    } else if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>) {
      // BLAS with k == 0 would leave out untouched; an empty sum is 0, so scale out only.
      if (a.sizes()[1] == 0) {
        naiveMatrixProduct<T>(a, b, out, alpha.to<T>(), beta.to<T>());
      } else {
        gemm<T>(a, b, out, alpha.to<T>(), beta.to<T>());
      }
    } else {
      naiveMatrixProduct<T>(a, b, out, alpha.to<T>(), beta.to<T>());
    }
  });
}

void checkMatricesMultiply(const Tensor& a, const Tensor& b) {
  if (a.sizes()[1] != b.sizes()[0]) {
    throw TensorError("mat1 and mat2 shapes cannot be multiplied (" + shapeString(a) + " and " +
                      shapeString(b) + ")");
  }
}

}  // namespace

Tensor mm(const Tensor& self, const Tensor& other) {
  if (self.dim() != 2) throw TensorError("self must be a matrix");
  if (other.dim() != 2) throw TensorError("mat2 must be a matrix");
  checkMatricesMultiply(self, other);
  checkSameDtype(self, other);
  Tensor out = Tensor::empty({self.sizes()[0], other.sizes()[1]}, self.dtype());
  matrixProductInto(self, other, out, 1, 0);
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

Tensor bmm(const Tensor& self, const Tensor& mat2) {
  if (self.dim() != 3) throw TensorError("batch1 must be a 3D tensor");
  if (mat2.dim() != 3) throw TensorError("batch2 must be a 3D tensor");
  const int64_t batch = self.sizes()[0], n = self.sizes()[1], k = self.sizes()[2];
  if (mat2.sizes()[0] != batch || mat2.sizes()[1] != k) {
    throw TensorError("Expected size for first two dimensions of batch2 tensor to be: [" +
                      std::to_string(batch) + ", " + std::to_string(k) + "] but got: [" +
                      std::to_string(mat2.sizes()[0]) + ", " + std::to_string(mat2.sizes()[1]) +
                      "].");
  }
  checkSameDtype(self, mat2);
  Tensor out = Tensor::empty({batch, n, mat2.sizes()[2]}, self.dtype());
  for (int64_t i = 0; i < batch; ++i) {
    matrixProductInto(select(self, 0, i), select(mat2, 0, i), select(out, 0, i), 1, 0);
  }
  return out;
}

Tensor addmm(const Tensor& self, const Tensor& mat1, const Tensor& mat2, const Scalar& beta,
             const Scalar& alpha) {
  if (mat1.dim() != 2) throw TensorError("mat1 must be a matrix, got " + std::to_string(mat1.dim()) + "-D tensor");
  if (mat2.dim() != 2) throw TensorError("mat2 must be a matrix, got " + std::to_string(mat2.dim()) + "-D tensor");
  checkMatricesMultiply(mat1, mat2);
  if (self.dtype() != mat1.dtype() || mat1.dtype() != mat2.dtype()) {
    throw TensorError("self and mat2 must have the same dtype");
  }
  // BLAS accumulates into its output, so the output starts as beta's operand.
  const std::vector<int64_t> shape = {mat1.sizes()[0], mat2.sizes()[1]};
  Tensor out = Tensor::empty(shape, mat1.dtype());
  copyInto(out, expand(self, shape));
  matrixProductInto(mat1, mat2, out, alpha, beta);
  return out;
}

Tensor linear(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias) {
  const Tensor weight_t = t(weight);
  if (input.dim() == 2 && bias) return addmm(*bias, input, weight_t);
  // Upstream folds every leading dimension into one matrix, so that a single GEMM runs and
  // the error for mismatched sizes names the folded shape ("12x3 and 4x5").
  const int64_t features = input.dim() == 0 ? 1 : input.size(-1);
  Tensor out = mm(reshape(input, {-1, features}), weight_t);
  std::vector<int64_t> shape = input.sizes();
  if (shape.empty()) shape.push_back(1);
  shape.back() = weight.dim() == 2 ? weight.sizes()[0] : 1;
  if (weight.dim() == 1) shape.pop_back();
  out = reshape(out, shape);
  return bias ? add(out, *bias) : out;
}

Tensor dot(const Tensor& self, const Tensor& other) {
  if (self.dim() != 1 || other.dim() != 1) {
    throw TensorError("1D tensors expected, but got " + std::to_string(self.dim()) + "D and " +
                      std::to_string(other.dim()) + "D tensors");
  }
  if (self.dtype() != other.dtype()) {
    throw TensorError(std::string("dot : expected both vectors to have same dtype, but found ") +
                      scalarTypeName(self.dtype()) + " and " + scalarTypeName(other.dtype()));
  }
  return matmul(self, other);
}

Tensor mv(const Tensor& self, const Tensor& vec) {
  if (self.dim() != 2 || vec.dim() != 1) {
    throw TensorError("vector + matrix @ vector expected, got 1, " + std::to_string(self.dim()) +
                      ", " + std::to_string(vec.dim()));
  }
  return matmul(self, vec);
}

Tensor outer(const Tensor& self, const Tensor& vec2) {
  if (self.dim() != 1) {
    throw TensorError("outer: Expected 1-D argument self, but got " + std::to_string(self.dim()) + "-D");
  }
  if (vec2.dim() != 1) {
    throw TensorError("outer: Expected 1-D argument vec2, but got " + std::to_string(vec2.dim()) + "-D");
  }
  return mul(reshape(self, {-1, 1}), vec2);
}

}  // namespace minijit::ops
