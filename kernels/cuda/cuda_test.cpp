// Tests for the CUDA backend: copies between host and GPU, elementwise kernels, sum and
// cuBLAS mm, each checked against the CPU operators. Without a GPU (or without a CUDA
// build) every test skips with the reason. Book chapter "Tensors and kernels".
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "kernels/cuda/cuda_backend.h"
#include "kernels/device_copy.h"
#include "kernels/ops.h"
#include "kernels/test_util.h"

namespace minijit {
namespace {

using testing::makeTensor;
using testing::toVector;

// [book:skip-without-gpu]
class CudaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!cudaCompiledIn()) GTEST_SKIP() << "minijit was built without a CUDA toolkit";
    if (cudaDeviceCount() == 0) {
      GTEST_SKIP() << "no CUDA device present (cudaGetDeviceCount reports 0)";
    }
  }
};
// [/book:skip-without-gpu]

// A deterministic float matrix with varied values.
Tensor sample(int64_t rows, int64_t cols, float scale = 1.0f) {
  std::vector<float> values(static_cast<size_t>(rows * cols));
  for (size_t i = 0; i < values.size(); ++i) {
    values[i] = scale * static_cast<float>(static_cast<int>(i * 37 % 101) - 50) / 25.0f;
  }
  return makeTensor(values, {rows, cols});
}

void expectClose(const Tensor& expected, const Tensor& actual, float tolerance = 1e-5f) {
  ASSERT_TRUE(actual.device().isCpu());
  ASSERT_EQ(expected.sizes(), actual.sizes());
  ASSERT_EQ(expected.dtype(), actual.dtype());
  const std::vector<float> e = toVector<float>(expected), a = toVector<float>(actual);
  for (size_t i = 0; i < e.size(); ++i) {
    EXPECT_NEAR(e[i], a[i], tolerance * (1.0f + std::fabs(e[i]))) << "at element " << i;
  }
}

TEST(DeviceTest, ParsesAndPrintsLikeTorchDevice) {
  EXPECT_EQ(Device::parse("cpu"), Device::cpu());
  EXPECT_EQ(Device::parse("cuda:1"), Device::cuda(1));
  EXPECT_EQ(Device::parse("cuda").str(), "cuda");
  EXPECT_EQ(Device::parse("cuda").concrete().str(), "cuda:0");
  EXPECT_THROW(Device::parse("gpu"), TensorError);
  EXPECT_THROW(Device::parse("cuda:x"), TensorError);
  EXPECT_TRUE(Tensor::empty({2}, ScalarType::Float).device().isCpu());
}

TEST(DeviceTest, CudaWithoutDeviceFailsCleanly) {
  if (cudaCompiledIn() && cudaDeviceCount() > 0) GTEST_SKIP() << "a CUDA device is present";
  EXPECT_THROW(ops::cuda(sample(2, 2)), TensorError);
}

TEST_F(CudaTest, RoundTripKeepsValuesAndStrides) {
  const Tensor host = sample(3, 4);
  const Tensor gpu = ops::cuda(host);
  EXPECT_EQ(gpu.device(), Device::cuda(0));
  EXPECT_THROW(gpu.dataPtr(), TensorError);  // CPU loops cannot read GPU memory
  expectClose(host, ops::cpu(gpu), 0);
  // A transposed (non-contiguous) view on the GPU comes back in its logical order.
  expectClose(ops::contiguous(ops::t(host)), ops::cpu(ops::t(gpu)), 0);
  const Tensor one = sample(1, 1, 3.0f);
  EXPECT_EQ(ops::cuda(one).item().toDouble(), one.item().toDouble());  // .item() copies back
}

TEST_F(CudaTest, ElementwiseMatchesCpu) {
  const Tensor a = sample(4, 5), b = sample(1, 5, 0.5f);  // b broadcasts over rows
  const Tensor ga = ops::cuda(a), gb = ops::cuda(b);
  expectClose(ops::add(a, b, 2), ops::cpu(cuda::add(ga, gb, 2)));
  expectClose(ops::sub(a, b), ops::cpu(cuda::sub(ga, gb)));
  expectClose(ops::mul(a, b), ops::cpu(cuda::mul(ga, gb)));
  expectClose(ops::div(a, ops::add(b, 10)), ops::cpu(cuda::div(ga, ops::cuda(ops::add(b, 10)))));
  expectClose(ops::neg(a), ops::cpu(cuda::neg(ga)));
  expectClose(ops::relu(a), ops::cpu(cuda::relu(ga)));
  expectClose(ops::relu(ops::t(a)), ops::cpu(cuda::relu(ops::t(ga))));
}

TEST_F(CudaTest, MixesWithWrappedNumbersAndPromotes) {
  const Tensor a = sample(2, 3);
  const Tensor number = Tensor::scalarTensor(3, ScalarType::Float);  // 0-dim CPU
  expectClose(ops::mul(a, number), ops::cpu(cuda::mul(ops::cuda(a), number)));
  const Tensor ints = makeTensor<int64_t>({1, 2, 3, 4, 5, 6}, {2, 3});
  const Tensor quotient = ops::cpu(cuda::div(ops::cuda(ints), ops::cuda(ints)));
  EXPECT_EQ(quotient.dtype(), ScalarType::Float);  // true division
  EXPECT_EQ(ops::cpu(cuda::add(ops::cuda(ints), ops::cuda(a))).dtype(), ScalarType::Float);
  EXPECT_THROW(cuda::add(ops::cuda(a), a), TensorError);  // a 2-D CPU operand
}

TEST_F(CudaTest, SumMatchesCpu) {
  const Tensor big = sample(1000, 1001);
  EXPECT_NEAR(ops::sum(big).item().toDouble(), cuda::sum(ops::cuda(big)).item().toDouble(), 1e-2);
  const Tensor ints = makeTensor<int32_t>({1, 2, 3}, {3});
  const Tensor total = cuda::sum(ops::cuda(ints));
  EXPECT_EQ(total.dtype(), ScalarType::Long);
  EXPECT_EQ(total.item().toLong(), 6);
}

TEST_F(CudaTest, MatrixProductMatchesCpuForEveryLayout) {
  const Tensor a = sample(37, 19), b = sample(19, 23, 0.25f);
  const Tensor ga = ops::cuda(a), gb = ops::cuda(b);
  expectClose(ops::mm(a, b), ops::cpu(cuda::mm(ga, gb)), 1e-4f);
  // Transposed operands go to cuBLAS as op T without a copy.
  const Tensor at = ops::t(sample(19, 37)), bt = ops::t(sample(23, 19));
  expectClose(ops::mm(at, bt), ops::cpu(cuda::mm(ops::t(ops::cuda(sample(19, 37))),
                                                 ops::t(ops::cuda(sample(23, 19))))),
              1e-4f);
  const Tensor ad = ops::toDtype(a, ScalarType::Double), bd = ops::toDtype(b, ScalarType::Double);
  const Tensor gd = ops::cpu(cuda::mm(ops::cuda(ad), ops::cuda(bd)));
  EXPECT_EQ(gd.dtype(), ScalarType::Double);
  EXPECT_THROW(cuda::mm(ga, ops::cuda(ad)), TensorError);  // dtype mismatch
}

TEST_F(CudaTest, AllocatorReusesFreedBlocks) {
  CachingAllocator& allocator = cuda::deviceAllocator(0);
  { Tensor first = Tensor::empty({1 << 20}, ScalarType::Float, Device::cuda(0)); }
  const AllocatorStats before = allocator.stats();
  { Tensor second = Tensor::empty({1 << 20}, ScalarType::Float, Device::cuda(0)); }
  EXPECT_EQ(allocator.stats().cache_hits, before.cache_hits + 1);
}

}  // namespace
}  // namespace minijit
