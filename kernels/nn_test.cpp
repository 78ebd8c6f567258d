// Unit tests of the nn, linalg, indexing, factory and random kernels (nn.h, linalg.h,
// indexing.h, factory.h, random.h): each fast path against its plain reference, and a few
// values recorded from torch 1.13. Book chapter "Tensors and kernels".
#include "kernels/nn.h"

#include <gtest/gtest.h>

#include "kernels/factory.h"
#include "kernels/indexing.h"
#include "kernels/linalg.h"
#include "kernels/random.h"
#include "kernels/test_util.h"
#include "kernels/thread_pool.h"

namespace minijit {
namespace {

using testing::makeTensor;
using testing::toVector;

Tensor iota(const std::vector<int64_t>& sizes, double scale = 1.0) {
  int64_t n = 1;
  for (int64_t s : sizes) n *= s;
  std::vector<float> values(n);
  for (int64_t i = 0; i < n; ++i) values[i] = static_cast<float>(std::sin(i * 0.7) * scale);
  return makeTensor(values, sizes);
}

void expectNear(const Tensor& a, const Tensor& b, double tolerance = 1e-4) {
  ASSERT_EQ(a.sizes(), b.sizes());
  const std::vector<double> x = toVector<double>(ops::toDtype(a, ScalarType::Double));
  const std::vector<double> y = toVector<double>(ops::toDtype(b, ScalarType::Double));
  for (size_t i = 0; i < x.size(); ++i) EXPECT_NEAR(x[i], y[i], tolerance) << "at " << i;
}

TEST(Conv, Im2colGemmMatchesTheDirectLoop) {
  struct Case {
    std::vector<int64_t> input, weight;
    ops::Pair stride, padding, dilation;
    int64_t groups;
  };
  const std::vector<Case> cases = {
      {{1, 3, 7, 6}, {4, 3, 3, 3}, {1, 1}, {1, 1}, {1, 1}, 1},
      {{2, 4, 9, 8}, {6, 2, 3, 2}, {2, 1}, {0, 1}, {1, 2}, 2},
      {{1, 4, 5, 5}, {4, 1, 3, 3}, {1, 2}, {2, 0}, {2, 1}, 4},
  };
  for (const Case& c : cases) {
    const Tensor x = iota(c.input), w = iota(c.weight, 0.5), b = iota({c.weight[0]});
    const Tensor fast = ops::conv2d(x, w, b, {c.stride[0], c.stride[1]},
                                    std::vector<int64_t>{c.padding[0], c.padding[1]},
                                    {c.dilation[0], c.dilation[1]}, c.groups);
    expectNear(fast, ops::conv2dReference(x, w, b, c.stride, c.padding, c.dilation, c.groups));
  }
}

// Stride 1 in float32 takes the direct kernel (conv_direct.cpp) on AVX-512 CPUs. The cases
// cover what its tiling has to get right: filters not a multiple of 8 (zero-padded filter
// tiles), channels past one 32-channel block, groups, dilation, images narrower and wider than
// a 48-pixel tile (a tile spanning several rows, a row spanning several tiles), 1x1 and 1xk
// (conv1d) kernels, and batches split per image or per tile over 1 and 2 threads. The same
// cases in float64 check im2col's padding ranges.
TEST(Conv, StrideOneMatchesTheDirectLoop) {
  struct Case {
    std::vector<int64_t> input, weight;
    ops::Pair padding, dilation;
    int64_t groups;
  };
  const std::vector<Case> cases = {
      {{1, 3, 7, 6}, {4, 3, 3, 3}, {1, 1}, {1, 1}, 1},
      {{2, 37, 9, 13}, {19, 37, 3, 3}, {1, 1}, {1, 1}, 1},
      {{3, 6, 11, 70}, {9, 2, 3, 2}, {2, 0}, {2, 3}, 3},
      {{1, 20, 5, 4}, {12, 20, 1, 1}, {0, 0}, {1, 1}, 1},
      {{2, 8, 1, 50}, {10, 4, 1, 5}, {0, 2}, {1, 1}, 2},
      {{1, 5, 3, 3}, {3, 5, 3, 3}, {0, 0}, {1, 1}, 1},
  };
  const int default_threads = numThreads();
  for (int threads : {1, 2}) {
    setNumThreads(threads);
    for (const Case& c : cases) {
      const Tensor x = iota(c.input), w = iota(c.weight, 0.5), b = iota({c.weight[0]});
      for (const std::optional<Tensor>& bias :
           {std::optional<Tensor>(b), std::optional<Tensor>()}) {
        const Tensor fast =
            ops::conv2d(x, w, bias, {1, 1}, std::vector<int64_t>{c.padding[0], c.padding[1]},
                        {c.dilation[0], c.dilation[1]}, c.groups);
        const Tensor expected =
            ops::conv2dReference(x, w, bias, {1, 1}, c.padding, c.dilation, c.groups);
        expectNear(fast, expected);
        // In float64 the same convolution goes through im2col + GEMM.
        auto asDouble = [](const Tensor& t) { return ops::toDtype(t, ScalarType::Double); };
        const std::optional<Tensor> bias64 =
            bias ? std::optional<Tensor>(asDouble(*bias)) : std::nullopt;
        expectNear(ops::conv2d(asDouble(x), asDouble(w), bias64, {1, 1},
                               std::vector<int64_t>{c.padding[0], c.padding[1]},
                               {c.dilation[0], c.dilation[1]}, c.groups),
                   expected);
      }
    }
  }
  setNumThreads(default_threads);
}

TEST(Conv, SamePaddingKeepsTheSize) {
  const Tensor out = ops::conv2d(iota({1, 2, 5, 6}), iota({3, 2, 2, 4}), std::nullopt, {1},
                                 std::string("same"), {1}, 1);
  EXPECT_EQ(out.sizes(), (std::vector<int64_t>{1, 3, 5, 6}));
}

TEST(Linalg, BmmAndAddmmAgreeWithMatmul) {
  const Tensor a = iota({3, 2, 4}), b = iota({3, 4, 5});
  expectNear(ops::bmm(a, b), ops::matmul(a, b));
  const Tensor m1 = iota({2, 3}), m2 = iota({3, 4}), bias = iota({4});
  expectNear(ops::addmm(bias, m1, m2, 2, 3),
             ops::add(ops::mul(bias, 2), ops::mul(ops::mm(m1, m2), 3)));
}

TEST(Random, ManualSeedReproducesTorch) {
  Generator generator(0);
  EXPECT_EQ(toVector<float>(ops::rand({3}, ScalarType::Float, generator)),
            (std::vector<float>{0.49625658988952637f, 0.7682217955589294f, 0.08847743272781372f}));
  generator.manualSeed(0);
  EXPECT_EQ(toVector<double>(ops::randn({3}, ScalarType::Double, generator)),
            (std::vector<double>{1.5409961082440433, -0.2934289057609464, -2.1787893820745574}));
  generator.manualSeed(0);
  EXPECT_EQ(toVector<int64_t>(ops::randint(0, 10, {6}, ScalarType::Long, generator)),
            (std::vector<int64_t>{4, 9, 3, 0, 3, 9}));
  generator.manualSeed(0);
  const std::vector<double> normals = toVector<double>(ops::randn({20}, ScalarType::Double, generator));
  EXPECT_EQ(normals[18], 0.15429517864658948);
  EXPECT_EQ(normals[19], -0.7498915228391941);
  // Float normals of 16+ elements: upstream's AVX2 kernel uses its own log/sincos
  // approximations (avx_mathfun.h), so agreement there is to within a few ulps.
  generator.manualSeed(0);
  const std::vector<float> floats = toVector<float>(ops::randn({17}, ScalarType::Float, generator));
  EXPECT_FLOAT_EQ(floats[0], -1.1258398294448853f);
  EXPECT_FLOAT_EQ(floats[15], -0.843676745891571f);
  EXPECT_FLOAT_EQ(floats[16], 0.9318265914916992f);
}

TEST(Indexing, SortIsStableAndPutsNanLast) {
  const Tensor x = makeTensor<float>({3, NAN, 1, 3, 0}, {5});
  auto [values, indices] = ops::sort(x);
  EXPECT_EQ(toVector<int64_t>(indices), (std::vector<int64_t>{4, 2, 0, 3, 1}));
  EXPECT_EQ(toVector<int64_t>(ops::topk(x, 2, -1, false).second), (std::vector<int64_t>{4, 2}));
}

TEST(Indexing, CatPadAndRepeat) {
  const Tensor a = makeTensor<int64_t>({1, 2}, {1, 2}), b = makeTensor<int64_t>({3, 4}, {1, 2});
  EXPECT_EQ(toVector<int64_t>(ops::cat({a, b}, 1)), (std::vector<int64_t>{1, 2, 3, 4}));
  EXPECT_EQ(toVector<int64_t>(ops::constantPadNd(a, {1, 0}, 9)), (std::vector<int64_t>{9, 1, 2}));
  EXPECT_EQ(toVector<int64_t>(ops::repeat(a, {1, 2})), (std::vector<int64_t>{1, 2, 1, 2}));
  EXPECT_EQ(toVector<int64_t>(ops::flip(a, {1})), (std::vector<int64_t>{2, 1}));
}

TEST(Factory, ArangeAndEye) {
  EXPECT_EQ(toVector<int64_t>(ops::arange(1, 10, 3, std::nullopt)), (std::vector<int64_t>{1, 4, 7}));
  EXPECT_EQ(toVector<float>(ops::eye(2, 3, ScalarType::Float)),
            (std::vector<float>{1, 0, 0, 0, 1, 0}));
}

}  // namespace
}  // namespace minijit
