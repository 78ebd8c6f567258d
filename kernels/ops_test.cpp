// Tests for the operators of ops.h: broadcasting, type promotion (expected dtypes and
// values recorded from torch 1.13), views, reductions, matmul against a naive loop, and
// upstream's error messages. Book chapter "Tensors and kernels".
#include "kernels/ops.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "kernels/test_util.h"
#include "kernels/thread_pool.h"

extern "C" int openblas_get_num_threads();  // from libopenblas

namespace minijit {
namespace {

using testing::makeBoolTensor;
using testing::makeTensor;
using testing::toBoolVector;
using testing::toVector;
using enum ScalarType;

// Runs `body` and returns the TensorError message it throws ("" when it does not throw).
template <typename Body>
std::string errorOf(Body body) {
  try {
    body();
  } catch (const TensorError& e) {
    return e.what();
  }
  return "";
}

TEST(PromotionTest, TensorAndPythonScalar) {
  Tensor ints = makeTensor<int64_t>({3, 4}, {2});
  Tensor sum = ops::add(ints, 1.5);  // torch: tensor([4.5000, 5.5000])
  EXPECT_EQ(sum.dtype(), Float);
  EXPECT_EQ(toVector<float>(sum), (std::vector<float>{4.5f, 5.5f}));
  EXPECT_EQ(ops::add(ints, 1).dtype(), Long);
  // A Python int does not widen an int32 tensor; a Python bool does not change uint8.
  EXPECT_EQ(ops::add(makeTensor<int32_t>({1}, {1}), 5).dtype(), Int);
  EXPECT_EQ(ops::add(makeTensor<uint8_t>({1, 2}, {2}), true).dtype(), Byte);
  EXPECT_EQ(ops::add(makeBoolTensor({1}, {1}), 1).dtype(), Long);
  EXPECT_EQ(ops::add(makeBoolTensor({1}, {1}), 1.5).dtype(), Float);
  EXPECT_EQ(ops::mul(ops::ones({1}, Double), 2.0).dtype(), Double);
}

TEST(PromotionTest, ZeroDimTensorsRankBelowDimensionedOnes) {
  Tensor int32 = makeTensor<int32_t>({1, 2}, {2});
  EXPECT_EQ(ops::resultType(int32, Tensor::scalarTensor(5, Long)), Int);
  // ...unless they are of a higher category: int32 * float64 zero-dim -> float64.
  Tensor product = ops::mul(int32, Tensor::scalarTensor(2.0, Double));
  EXPECT_EQ(product.dtype(), Double);
  EXPECT_EQ(toVector<double>(product), (std::vector<double>{2, 4}));
  EXPECT_EQ(ops::resultType(Tensor::scalarTensor(3, Long), makeTensor<float>({1.5f}, {1})), Float);
  EXPECT_EQ(ops::resultType(Tensor::scalarTensor(3.0, Float), makeTensor<int64_t>({1}, {1})),
            Float);
  // Two dimensioned tensors promote normally.
  EXPECT_EQ(ops::resultType(int32, makeTensor<int64_t>({1}, {1})), Long);
  EXPECT_EQ(ops::resultType(makeTensor<uint8_t>({1}, {1}), makeTensor<int8_t>({1}, {1})), Short);
}

TEST(PromotionTest, DefaultDtypeForScalars) {
  EXPECT_EQ(ops::defaultDtypeFor(3), Long);
  EXPECT_EQ(ops::defaultDtypeFor(3.0), Float);
  EXPECT_EQ(ops::defaultDtypeFor(false), Bool);
}

TEST(ArithmeticTest, BoolArithmeticIsLogical) {
  Tensor a = makeBoolTensor({1, 0, 1, 0}, {4});
  Tensor b = makeBoolTensor({1, 1, 0, 0}, {4});
  Tensor sum = ops::add(a, b);  // torch: bool + bool stays bool (or)
  EXPECT_EQ(sum.dtype(), Bool);
  EXPECT_EQ(toBoolVector(sum), (std::vector<uint8_t>{1, 1, 1, 0}));
  EXPECT_EQ(toBoolVector(ops::mul(a, b)), (std::vector<uint8_t>{1, 0, 0, 0}));
  Tensor quotient = ops::div(a, b);  // torch: tensor([1., 0., inf, nan])
  EXPECT_EQ(quotient.dtype(), Float);
  std::vector<float> q = toVector<float>(quotient);
  EXPECT_EQ(q[0], 1.0f);
  EXPECT_EQ(q[1], 0.0f);
  EXPECT_TRUE(std::isinf(q[2]));
  EXPECT_TRUE(std::isnan(q[3]));
}

TEST(ArithmeticTest, AddWithAlphaAndSub) {
  Tensor a = makeTensor<int64_t>({1, 2}, {2});
  Tensor b = makeTensor<int64_t>({3, 4}, {2});
  EXPECT_EQ(toVector<int64_t>(ops::add(a, b, 2)), (std::vector<int64_t>{7, 10}));
  EXPECT_EQ(toVector<int64_t>(ops::sub(a, b)), (std::vector<int64_t>{-2, -2}));
  EXPECT_EQ(toVector<int64_t>(ops::sub(a, 1, 3)), (std::vector<int64_t>{-2, -1}));
  EXPECT_EQ(toVector<float>(ops::sub(ops::ones({2}, Float), b, 0.5)),
            (std::vector<float>{-0.5f, -1.0f}));
  EXPECT_EQ(errorOf([&] { ops::add(a, b, 1.5); }),
            "For integral input tensors, argument alpha must not be a floating point number.");
  EXPECT_EQ(errorOf([&] { ops::add(ops::ones({2}, Float), ops::ones({2}, Float), true); }),
            "Boolean alpha only supported for Boolean results.");
  Tensor flags = makeBoolTensor({1}, {1});
  EXPECT_EQ(errorOf([&] { ops::sub(flags, flags); }),
            "Subtraction, the `-` operator, with two bool tensors is not supported. "
            "Use the `^` or `logical_xor()` operator instead.");
  EXPECT_NE(errorOf([&] { ops::sub(a, flags); }).find("with a bool tensor is not supported"),
            std::string::npos);
}

TEST(ArithmeticTest, DivisionIsTrueDivision) {
  Tensor a = makeTensor<int64_t>({5, -5}, {2});
  Tensor half = ops::div(a, 2);
  EXPECT_EQ(half.dtype(), Float);
  EXPECT_EQ(toVector<float>(half), (std::vector<float>{2.5f, -2.5f}));
  Tensor ones = ops::div(a, a);
  EXPECT_EQ(ones.dtype(), Float);
  EXPECT_EQ(toVector<float>(ones), (std::vector<float>{1, 1}));
  // Integer division by zero is float division: inf, no crash.
  EXPECT_TRUE(std::isinf(toVector<float>(ops::div(a, 0))[0]));
  EXPECT_EQ(ops::div(ops::ones({1}, Double), 2).dtype(), Double);
}

TEST(ArithmeticTest, NegAndRelu) {
  Tensor x = makeTensor<float>({-1.5f, 0.0f, 2.0f, std::numeric_limits<float>::quiet_NaN()}, {4});
  std::vector<float> r = toVector<float>(ops::relu(x));
  EXPECT_EQ(r[0], 0.0f);
  EXPECT_EQ(r[2], 2.0f);
  EXPECT_TRUE(std::isnan(r[3]));  // relu propagates NaN, as torch
  // -0.0 stays -0.0, as torch.relu(torch.tensor([-0.0])) gives.
  EXPECT_TRUE(std::signbit(toVector<float>(ops::relu(makeTensor<float>({-0.0f}, {1})))[0]));
  EXPECT_EQ(toVector<int64_t>(ops::relu(makeTensor<int64_t>({-3, 4}, {2}))),
            (std::vector<int64_t>{0, 4}));
  EXPECT_EQ(toVector<float>(ops::neg(x))[0], 1.5f);
  EXPECT_EQ(toVector<int32_t>(ops::neg(makeTensor<int32_t>({7}, {1}))), (std::vector<int32_t>{-7}));
  EXPECT_EQ(errorOf([] { ops::neg(makeBoolTensor({1}, {1})); }),
            "Negation, the `-` operator, on a bool tensor is not supported. If you are trying "
            "to invert a mask, use the `~` or `logical_not()` operator instead.");
  EXPECT_EQ(errorOf([] { ops::relu(makeBoolTensor({1}, {1})); }),
            "Boolean inputs not supported for relu");
}

TEST(BroadcastTest, ShapesAndValues) {
  EXPECT_EQ(ops::broadcastShapes({2, 1}, {3}), (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(ops::broadcastShapes({}, {4, 1}), (std::vector<int64_t>{4, 1}));
  EXPECT_EQ(ops::broadcastShapes({5, 1, 3}, {4, 1}), (std::vector<int64_t>{5, 4, 3}));
  Tensor column = makeTensor<float>({10, 20}, {2, 1});
  Tensor row = makeTensor<float>({1, 2, 3}, {3});
  Tensor sum = ops::add(column, row);
  EXPECT_EQ(sum.sizes(), (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(toVector<float>(sum), (std::vector<float>{11, 12, 13, 21, 22, 23}));
  // Non-contiguous operands go through the strided loop.
  Tensor square = makeTensor<float>({1, 2, 3, 4}, {2, 2});
  EXPECT_EQ(toVector<float>(ops::sub(ops::t(square), square)), (std::vector<float>{0, 1, -1, 0}));
  EXPECT_EQ(errorOf([] {
              ops::add(ops::ones({2, 3}, Float), ops::ones({2, 4}, Float));
            }),
            "The size of tensor a (3) must match the size of tensor b (4) at non-singleton "
            "dimension 1");
}

TEST(ComparisonTest, ReturnsBoolAfterPromotion) {
  Tensor x = makeTensor<int64_t>({1, 2, 3}, {3});
  Tensor less = ops::lt(x, 2.5);
  EXPECT_EQ(less.dtype(), Bool);
  EXPECT_EQ(toBoolVector(less), (std::vector<uint8_t>{1, 1, 0}));
  EXPECT_EQ(
      toBoolVector(ops::eq(makeTensor<int64_t>({1, 2}, {2}), makeTensor<float>({1.0f, 2.5f}, {2}))),
      (std::vector<uint8_t>{1, 0}));
  EXPECT_EQ(toBoolVector(ops::ge(x, 2)), (std::vector<uint8_t>{0, 1, 1}));
  EXPECT_EQ(toBoolVector(ops::ne(x, x)), (std::vector<uint8_t>{0, 0, 0}));
  EXPECT_EQ(toBoolVector(ops::gt(x, makeTensor<int64_t>({2}, {1}))),
            (std::vector<uint8_t>{0, 0, 1}));
  EXPECT_EQ(toBoolVector(ops::le(x, Tensor::scalarTensor(1, Long))),
            (std::vector<uint8_t>{1, 0, 0}));
}

TEST(FactoryTest, FullZerosOnesAndConversions) {
  EXPECT_EQ(toVector<int64_t>(ops::full({2}, 1.5, Long)), (std::vector<int64_t>{1, 1}));
  EXPECT_EQ(toVector<double>(ops::zeros({3}, Double)), (std::vector<double>{0, 0, 0}));
  EXPECT_EQ(toVector<int32_t>(ops::ones({1, 2}, Int)), (std::vector<int32_t>{1, 1}));
  // torch: [-1.7, 2.9] -> int64 [-1, 2]; [-1, 300] -> uint8 [255, 44]; [0.5, 0] -> bool.
  EXPECT_EQ(toVector<int64_t>(ops::toDtype(makeTensor<float>({-1.7f, 2.9f}, {2}), Long)),
            (std::vector<int64_t>{-1, 2}));
  EXPECT_EQ(toVector<uint8_t>(ops::toDtype(makeTensor<int64_t>({-1, 300}, {2}), Byte)),
            (std::vector<uint8_t>{255, 44}));
  EXPECT_EQ(toBoolVector(ops::toDtype(makeTensor<float>({0.5f, 0.0f}, {2}), Bool)),
            (std::vector<uint8_t>{1, 0}));
}

TEST(FactoryTest, ContiguousAndClone) {
  Tensor m = makeTensor<int64_t>({1, 2, 3, 4}, {2, 2});
  Tensor transposed = ops::t(m);
  Tensor c = ops::contiguous(transposed);
  EXPECT_TRUE(c.isContiguous());
  EXPECT_EQ(c.strides(), (std::vector<int64_t>{2, 1}));
  EXPECT_EQ(toVector<int64_t>(c), (std::vector<int64_t>{1, 3, 2, 4}));
  EXPECT_EQ(ops::contiguous(m).storage(), m.storage());  // no copy when already contiguous
  Tensor copy = ops::clone(m);
  EXPECT_NE(copy.storage(), m.storage());
  copy.data<int64_t>()[0] = 9;
  EXPECT_EQ(toVector<int64_t>(m)[0], 1);
}

TEST(ReductionTest, SumAll) {
  Tensor flags = makeBoolTensor({1, 1, 0}, {3});
  Tensor count = ops::sum(flags);
  EXPECT_EQ(count.dtype(), Long);  // torch: tensor(2)
  EXPECT_EQ(count.dim(), 0);
  EXPECT_EQ(count.item().toLong(), 2);
  EXPECT_EQ(ops::sum(makeTensor<int32_t>({1, 2}, {2})).dtype(), Long);
  EXPECT_EQ(ops::sum(makeTensor<int32_t>({1, 2}, {2}), Int).dtype(), Int);
  EXPECT_EQ(ops::sum(makeTensor<int64_t>({1, 2}, {2}), Bool).item().toBool(), true);
  EXPECT_FLOAT_EQ(ops::sum(ops::full({2, 3}, 0.5, Float)).item().toDouble(), 3.0);
  EXPECT_EQ(ops::sum(Tensor::scalarTensor(5, Long), {0}).item().toLong(), 5);
}

TEST(ReductionTest, SumOverDims) {
  Tensor x = makeTensor<float>({1, 2, 3, 4, 5, 6}, {2, 3});
  Tensor rows = ops::sum(x, {1});
  EXPECT_EQ(rows.sizes(), (std::vector<int64_t>{2}));
  EXPECT_EQ(toVector<float>(rows), (std::vector<float>{6, 15}));
  Tensor columns = ops::sum(x, {0}, /*keepdim=*/true);
  EXPECT_EQ(columns.sizes(), (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(toVector<float>(columns), (std::vector<float>{5, 7, 9}));
  Tensor both = ops::sum(x, {0, -1}, /*keepdim=*/true);
  EXPECT_EQ(both.sizes(), (std::vector<int64_t>{1, 1}));
  EXPECT_EQ(toVector<float>(both), (std::vector<float>{21}));
  EXPECT_EQ(ops::sum(x, std::vector<int64_t>{}).dim(), 0);  // an empty dim list sums everything
  // Strided input: sum over rows of the transpose.
  EXPECT_EQ(toVector<float>(ops::sum(ops::t(x), {1})), (std::vector<float>{5, 7, 9}));
  EXPECT_EQ(errorOf([&] {
              ops::sum(x, {0, 0});
            }),
            "dim 0 appears multiple times in the list of dims");
  EXPECT_EQ(errorOf([&] { ops::sum(x, {2}); }),
            "Dimension out of range (expected to be in range of [-2, 1], but got 2)");
}

TEST(ViewTest, SelectAndSlice) {
  std::vector<int64_t> values(12);
  for (int64_t i = 0; i < 12; ++i) values[i] = i;
  Tensor x = makeTensor<int64_t>(values, {3, 4});
  EXPECT_EQ(toVector<int64_t>(ops::select(x, -1, 2)), (std::vector<int64_t>{2, 6, 10}));
  Tensor every_other = ops::slice(x, 1, 1, std::nullopt, 2);
  EXPECT_EQ(every_other.sizes(), (std::vector<int64_t>{3, 2}));
  EXPECT_EQ(every_other.strides(), (std::vector<int64_t>{4, 2}));
  EXPECT_EQ(every_other.storageOffset(), 1);
  EXPECT_EQ(toVector<int64_t>(every_other), (std::vector<int64_t>{1, 3, 5, 7, 9, 11}));
  // Python-style clamping: [-10:2] is [0:2], [5:10] and [2:1] are empty.
  EXPECT_EQ(ops::slice(x, 0, -10, 2).sizes()[0], 2);
  EXPECT_EQ(ops::slice(x, 0, 5, 10).sizes()[0], 0);
  EXPECT_EQ(ops::slice(x, 0, 2, 1).sizes()[0], 0);
  EXPECT_EQ(toVector<int64_t>(ops::slice(x, 0, -1)), (std::vector<int64_t>{8, 9, 10, 11}));
  EXPECT_EQ(ops::size(x, -1), 4);

  EXPECT_EQ(errorOf([] { ops::select(ops::ones({3}, Float), 0, 5); }),
            "select(): index 5 out of range for tensor of size [3] at dimension 0");
  EXPECT_EQ(errorOf([] { ops::select(ops::ones({3}, Float), 2, 0); }),
            "Dimension out of range (expected to be in range of [-1, 0], but got 2)");
  EXPECT_EQ(errorOf([] { ops::select(Tensor::scalarTensor(5, Long), 0, 0); }),
            "select() cannot be applied to a 0-dim tensor.");
  EXPECT_EQ(errorOf([&] { ops::slice(x, 0, 0, 2, 0); }), "slice step must be positive");
}

TEST(ViewTest, ExpandReshapePermute) {
  Tensor row = makeTensor<float>({1, 2, 3}, {1, 3});
  Tensor expanded = ops::expand(row, {2, -1});
  EXPECT_EQ(expanded.strides(), (std::vector<int64_t>{0, 1}));
  EXPECT_EQ(toVector<float>(ops::sum(expanded, {0})), (std::vector<float>{2, 4, 6}));
  EXPECT_EQ(errorOf([] {
              ops::expand(ops::ones({2, 3}, Float), {4, 3});
            }),
            "The expanded size of the tensor (4) must match the existing size (2) at "
            "non-singleton dimension 0.  Target sizes: [4, 3].  Tensor sizes: [2, 3]");
  Tensor m = makeTensor<float>({1, 2, 3, 4, 5, 6}, {2, 3});
  EXPECT_EQ(ops::view(m, {3, -1}).sizes(), (std::vector<int64_t>{3, 2}));
  EXPECT_EQ(errorOf([&] { ops::view(m, {4}); }), "shape '[4]' is invalid for input of size 6");
  Tensor reshaped = ops::reshape(ops::t(m), {6});
  EXPECT_EQ(toVector<float>(reshaped), (std::vector<float>{1, 4, 2, 5, 3, 6}));
  Tensor p = ops::permute(ops::ones({2, 3, 4}, Float), {2, 0, 1});
  EXPECT_EQ(p.sizes(), (std::vector<int64_t>{4, 2, 3}));
  EXPECT_EQ(p.strides(), (std::vector<int64_t>{1, 12, 4}));
  EXPECT_EQ(ops::unsqueeze(m, 1).sizes(), (std::vector<int64_t>{2, 1, 3}));
  EXPECT_EQ(ops::squeeze(ops::unsqueeze(m, -1), -1).sizes(), m.sizes());
}

// torch: x.t().reshape(2, 2, 3) is a view (splitting a dimension needs no copy), while
// x.t().reshape(12) must copy and x.t().view(12) fails.
TEST(ViewTest, ReshapeViewsWhenStridesAllow) {
  std::vector<float> values(12);
  for (int i = 0; i < 12; ++i) values[i] = static_cast<float>(i);
  Tensor x = makeTensor<float>(values, {3, 4});
  Tensor split = ops::reshape(ops::t(x), {2, 2, 3});
  EXPECT_EQ(split.storage(), x.storage());
  EXPECT_EQ(split.strides(), (std::vector<int64_t>{2, 1, 4}));
  EXPECT_EQ(toVector<float>(split), toVector<float>(ops::clone(ops::t(x))));
  EXPECT_NE(ops::reshape(ops::t(x), {12}).storage(), x.storage());
  EXPECT_EQ(errorOf([&] { ops::view(ops::t(x), {12}); }),
            "view size is not compatible with input tensor's size and stride (at least one "
            "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  // Merging dimensions that are adjacent in memory works on a non-contiguous slice.
  std::vector<float> more(24);
  Tensor y = ops::slice(makeTensor<float>(more, {2, 3, 4}), 2, 0, 2);
  EXPECT_EQ(ops::view(y, {6, 2}).strides(), (std::vector<int64_t>{4, 1}));
}

// The reference product, computed on doubles with plain loops over contiguous copies.
std::vector<double> naiveMatmul(const Tensor& a, const Tensor& b) {
  std::vector<double> x = toVector<double>(ops::toDtype(a, Double));
  std::vector<double> y = toVector<double>(ops::toDtype(b, Double));
  const int64_t n = a.sizes()[0], k = a.sizes()[1], m = b.sizes()[1];
  std::vector<double> out(n * m, 0.0);
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < m; ++j)
      for (int64_t p = 0; p < k; ++p) out[i * m + j] += x[i * k + p] * y[p * m + j];
  return out;
}

// Deterministic, non-trivial values in [-1, 1).
Tensor patterned(const std::vector<int64_t>& sizes, ScalarType dtype, int seed) {
  Tensor t = Tensor::empty(sizes, Double);
  double* data = t.data<double>();
  for (int64_t i = 0; i < t.numel(); ++i) data[i] = ((i * 37 + seed * 11) % 17) / 8.5 - 1.0;
  return ops::toDtype(t, dtype);
}

TEST(MatmulTest, MatchesNaiveLoopForFloatAndDouble) {
  for (ScalarType dtype : {Float, Double}) {
    Tensor a = patterned({5, 7}, dtype, 1);
    Tensor b = patterned({7, 3}, dtype, 2);
    std::vector<double> expected = naiveMatmul(a, b);
    std::vector<double> got = toVector<double>(ops::toDtype(ops::mm(a, b), Double));
    ASSERT_EQ(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-5);
    // Transposed (column-major) and sliced (padded leading dimension) operands.
    Tensor at = ops::t(patterned({7, 5}, dtype, 3));
    Tensor bs = ops::slice(patterned({7, 6}, dtype, 4), 1, 0, 3);
    expected = naiveMatmul(at, bs);
    got = toVector<double>(ops::toDtype(ops::matmul(at, bs), Double));
    for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-5);
    // Every-other-column: neither stride is 1, so BLAS gets a copy.
    Tensor strided = ops::slice(patterned({5, 14}, dtype, 5), 1, 0, std::nullopt, 2);
    expected = naiveMatmul(strided, b);
    got = toVector<double>(ops::toDtype(ops::mm(strided, b), Double));
    for (size_t i = 0; i < got.size(); ++i) EXPECT_NEAR(got[i], expected[i], 1e-5);
  }
}

TEST(MatmulTest, IntegerMatrices) {
  Tensor a = makeTensor<int64_t>({1, 2, 3, 4}, {2, 2});
  EXPECT_EQ(toVector<int64_t>(ops::matmul(a, a)), (std::vector<int64_t>{7, 10, 15, 22}));
  EXPECT_EQ(toVector<int64_t>(ops::matmul(ops::t(a), a)), (std::vector<int64_t>{10, 14, 14, 20}));
  // An empty inner dimension gives zeros (torch: mm of 2x0 and 0x3).
  EXPECT_EQ(toVector<float>(ops::mm(ops::ones({2, 0}, Float), ops::ones({0, 3}, Float))),
            (std::vector<float>(6, 0.0f)));
  EXPECT_EQ(errorOf([] {
              ops::mm(ops::ones({2, 2}, Bool), ops::ones({2, 2}, Bool));
            }),
            "\"addmm_impl_cpu_\" not implemented for 'Bool'");
}

TEST(MatmulTest, VectorAndBatchedShapes) {
  Tensor v = makeTensor<float>({1, 2, 3}, {3});
  Tensor dot = ops::matmul(v, v);
  EXPECT_EQ(dot.dim(), 0);
  EXPECT_FLOAT_EQ(dot.item().toDouble(), 14.0);
  Tensor m = makeTensor<float>({1, 0, 0, 0, 1, 0}, {2, 3});
  EXPECT_EQ(toVector<float>(ops::matmul(m, v)), (std::vector<float>{1, 2}));  // 2-D x 1-D
  EXPECT_EQ(toVector<float>(ops::matmul(makeTensor<float>({1, 1}, {2}), m)),
            (std::vector<float>{1, 1, 0}));  // 1-D x 2-D
  // torch: (3,1,2,3) @ (4,3,5) -> (3,4,2,5); (3) @ (2,3,4) -> (2,4); (2,3,4) @ (4) -> (2,3).
  EXPECT_EQ(ops::matmul(ops::ones({3, 1, 2, 3}, Float), ops::ones({4, 3, 5}, Float)).sizes(),
            (std::vector<int64_t>{3, 4, 2, 5}));
  EXPECT_EQ(ops::matmul(ops::ones({3}, Float), ops::ones({2, 3, 4}, Float)).sizes(),
            (std::vector<int64_t>{2, 4}));
  EXPECT_EQ(ops::matmul(ops::ones({2, 3, 4}, Float), ops::ones({4}, Float)).sizes(),
            (std::vector<int64_t>{2, 3}));
  // Each batch entry equals the 2-D product of its matrices.
  Tensor a = patterned({2, 3, 4}, Double, 6);
  Tensor b = patterned({4, 2}, Double, 7);
  Tensor batched = ops::matmul(a, b);
  for (int64_t i = 0; i < 2; ++i) {
    std::vector<double> expected = naiveMatmul(ops::select(a, 0, i), b);
    std::vector<double> got = toVector<double>(ops::select(batched, 0, i));
    for (size_t j = 0; j < got.size(); ++j) EXPECT_NEAR(got[j], expected[j], 1e-12);
  }
}

TEST(MatmulTest, ErrorMessagesMatchTorch) {
  EXPECT_EQ(errorOf([] {
              ops::matmul(ops::ones({2, 3}, Float), ops::ones({2, 3}, Float));
            }),
            "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)");
  EXPECT_EQ(errorOf([] { ops::matmul(ops::ones({3}, Float), ops::ones({4}, Float)); }),
            "inconsistent tensor size, expected tensor [3] and src [4] to have the same number "
            "of elements, but got 3 and 4 elements respectively");
  EXPECT_EQ(errorOf([] {
              ops::matmul(ops::ones({2, 3}, Float), ops::ones({4}, Float));
            }),
            "size mismatch, got 2, 2x3,4");
  EXPECT_EQ(errorOf([] {
              ops::matmul(ops::ones({2}, Float), ops::ones({3, 4}, Float));
            }),
            "mat1 and mat2 shapes cannot be multiplied (1x2 and 3x4)");
  EXPECT_EQ(errorOf([] { ops::matmul(Tensor::scalarTensor(1.0, Float), ops::ones({2}, Float)); }),
            "both arguments to matmul need to be at least 1D, but they are 0D and 1D");
  EXPECT_EQ(errorOf([] {
              ops::matmul(ops::ones({2, 2}, Float), ops::ones({2, 2}, Double));
            }),
            "expected scalar type Float but found Double");
  EXPECT_EQ(
      errorOf([] {
        ops::matmul(ops::ones({2, 3, 4}, Float), ops::ones({2, 5, 2}, Float));
      }),
      "Expected size for first two dimensions of batch2 tensor to be: [2, 4] but got: [2, 5].");
  EXPECT_EQ(errorOf([] {
              ops::mm(ops::ones({2}, Float), ops::ones({2, 2}, Float));
            }),
            "self must be a matrix");
}

// Large contiguous elementwise operators are split over the thread pool; every chunk must
// land in its place, whatever the thread count.
TEST(ParallelElementwiseTest, SameResultOnOneAndTwoThreads) {
  const int64_t n = 5 * kElementwiseGrain + 123;  // several chunks and a ragged tail
  std::vector<float> a(n), b(n);
  for (int64_t i = 0; i < n; ++i) {
    a[i] = static_cast<float>(i % 1000) - 500.0f;
    b[i] = static_cast<float>(i % 7);
  }
  const Tensor ta = makeTensor(a, {n});
  const Tensor tb = makeTensor(b, {n});
  const int saved = numThreads();
  for (int threads : {1, 2}) {
    setNumThreads(threads);
    std::vector<float> sum = testing::toVector<float>(ops::add(ta, tb));
    std::vector<float> relu = testing::toVector<float>(ops::relu(ta));
    for (int64_t i = 0; i < n; ++i) {
      ASSERT_EQ(sum[i], a[i] + b[i]) << "threads=" << threads << " i=" << i;
      ASSERT_EQ(relu[i], a[i] > 0 ? a[i] : 0.0f) << "threads=" << threads << " i=" << i;
    }
  }
  setNumThreads(saved);
}

// A GEMM inside a region that chose OpenBLAS's threads keeps that choice (bench rows at
// "1 thread" must stay at one), and the policy of one thread is back afterwards.
TEST(ParallelGemmTest, NestedBlasThreadsKeepTheOuterCount) {
  int inner = -1;
  withBlasThreads(1, [&] { withBlasThreads(2, [&] { inner = openblas_get_num_threads(); }); });
  EXPECT_EQ(inner, 1);
  EXPECT_EQ(openblas_get_num_threads(), 1);
  const Tensor a = ops::full({128, 128}, 0.5, ScalarType::Float);
  EXPECT_EQ(testing::toVector<float>(ops::mm(a, a))[0], 32.0f);  // large: borrows the cores
  EXPECT_EQ(openblas_get_num_threads(), 1);
}

// A large GEMM is split over the pool by rows (taller than wide) or by columns (wider than
// tall), for every transpose of its operands. Small integers keep the sums exact, so the
// split and unsplit products must agree exactly.
TEST(ParallelGemmTest, RowAndColumnSplitsMatchOneThread) {
  auto filled = [](int64_t rows, int64_t cols) {
    std::vector<float> v(rows * cols);
    for (size_t i = 0; i < v.size(); ++i) v[i] = static_cast<float>(static_cast<int>(i % 7) - 3);
    return makeTensor(v, {rows, cols});
  };
  const int saved = numThreads();
  for (auto [n, k, m] : {std::array<int64_t, 3>{300, 200, 150}, {70, 200, 500}}) {
    const Tensor a = filled(n, k), b = filled(k, m);
    const Tensor at = ops::transpose(filled(k, n), 0, 1), bt = ops::transpose(filled(m, k), 0, 1);
    for (const auto& [x, y] : {std::pair{a, b}, std::pair{at, bt}}) {
      setNumThreads(1);
      const std::vector<float> one = testing::toVector<float>(ops::mm(x, y));
      setNumThreads(2);
      EXPECT_EQ(testing::toVector<float>(ops::mm(x, y)), one) << n << "x" << k << "x" << m;
    }
  }
  setNumThreads(saved);
}

}  // namespace
}  // namespace minijit

