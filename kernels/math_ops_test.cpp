// GoogleTest cases for the C++ API of the math kernels (unary_ops, binary_ops,
// conditional_ops, reductions, reduced_float): dtype rules, NaN handling, and upstream's
// error messages. Broad value coverage lives in python/tests/differential/test_math_ops.py.
// Book chapter "Tensors and kernels".
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "kernels/ops.h"
#include "kernels/test_util.h"

namespace minijit {
namespace {

using testing::makeTensor;
using testing::toVector;
constexpr ScalarType Float = ScalarType::Float;
constexpr ScalarType Long = ScalarType::Long;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

template <typename F>
std::string errorOf(F f) {
  try {
    f();
  } catch (const TensorError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(UnaryMath, IntegersBecomeFloatForRealFunctions) {
  Tensor x = makeTensor<int64_t>({0, 1, 4}, {3});
  Tensor root = ops::sqrt(x);
  EXPECT_EQ(root.dtype(), Float);
  EXPECT_EQ(toVector<float>(root), (std::vector<float>{0, 1, 2}));
  EXPECT_EQ(ops::floor(x).dtype(), Long);  // rounding keeps integers
}

TEST(UnaryMath, RoundIsHalfToEvenAndSignOfNaNIsZero) {
  Tensor x = makeTensor<float>({0.5f, 1.5f, 2.5f, -2.5f}, {4});
  EXPECT_EQ(toVector<float>(ops::round(x)), (std::vector<float>{0, 2, 2, -2}));
  Tensor nan = makeTensor<double>({kNaN, -3.0}, {2});
  EXPECT_EQ(toVector<double>(ops::sign(nan)), (std::vector<double>{0, -1}));
}

TEST(BinaryMath, FloorDivisionAndRemainderFollowPython) {
  Tensor a = makeTensor<int64_t>({7, -7, 7, -7}, {4});
  Tensor b = makeTensor<int64_t>({2, 2, -2, -2}, {4});
  EXPECT_EQ(toVector<int64_t>(ops::floorDivide(a, b)), (std::vector<int64_t>{3, -4, -4, 3}));
  EXPECT_EQ(toVector<int64_t>(ops::remainder(a, b)), (std::vector<int64_t>{1, 1, -1, -1}));
  EXPECT_EQ(toVector<int64_t>(ops::fmod(a, b)), (std::vector<int64_t>{1, -1, 1, -1}));
  EXPECT_EQ(errorOf([&] { ops::remainder(a, Scalar(0)); }), "ZeroDivisionError");
}

TEST(BinaryMath, PowRefusesNegativeIntegerScalarExponents) {
  Tensor a = makeTensor<int64_t>({2, 3}, {2});
  EXPECT_EQ(toVector<int64_t>(ops::pow(a, Scalar(3))), (std::vector<int64_t>{8, 27}));
  EXPECT_EQ(errorOf([&] { ops::pow(a, Scalar(-1)); }),
            "Integers to negative integer powers are not allowed.");
  EXPECT_EQ(ops::pow(a, Scalar(0.5)).dtype(), Float);
}

TEST(BinaryMath, MaximumPropagatesNaN) {
  Tensor a = makeTensor<double>({kNaN, 1.0}, {2});
  Tensor b = makeTensor<double>({0.0, kNaN}, {2});
  auto out = toVector<double>(ops::maximum(a, b));
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_TRUE(std::isnan(out[1]));
}

TEST(Selection, WhereClampAndMaskedFill) {
  Tensor cond = testing::makeBoolTensor({1, 0}, {2});
  Tensor a = makeTensor<int64_t>({1, 2}, {2});
  Tensor w = ops::where(cond, a, Scalar(2.5));
  EXPECT_EQ(w.dtype(), Float);
  EXPECT_EQ(toVector<float>(w), (std::vector<float>{1, 2.5f}));
  EXPECT_EQ(toVector<int64_t>(ops::clamp(a, Scalar(2), std::nullopt)), (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(errorOf([&] { ops::clamp(a, std::optional<Scalar>(), std::optional<Scalar>()); }),
            "torch.clamp: At least one of 'min' or 'max' must not be None");
  EXPECT_EQ(toVector<int64_t>(ops::maskedFill(a, cond, Scalar(2.7))), (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(errorOf([&] { ops::where(a, a, a); }),
            "where expected condition to be a boolean tensor, but got a tensor with dtype Long");
}

TEST(Selection, InPlaceRefusesANarrowerDtype) {
  Tensor a = makeTensor<int64_t>({1, 2}, {2});
  EXPECT_EQ(errorOf([&] { ops::assignInPlace(a, ops::exp(a)); }),
            "result type Float can't be cast to the desired output type Long");
}

TEST(Reductions, MaxAlongDimReturnsFirstIndex) {
  Tensor x = makeTensor<float>({1, 5, 5, 2, 0, 2}, {2, 3});
  auto [values, indices] = ops::max(x, 1, /*keepdim=*/false);
  EXPECT_EQ(toVector<float>(values), (std::vector<float>{5, 2}));
  EXPECT_EQ(toVector<int64_t>(indices), (std::vector<int64_t>{1, 0}));
  EXPECT_EQ(errorOf([] { ops::max(ops::zeros({0}, Float)); }),
            "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the "
            "reduction dim with the 'dim' argument.");
}

TEST(Reductions, MeanVarianceAndNorm) {
  Tensor x = makeTensor<double>({1, 2, 3, 4}, {2, 2});
  EXPECT_EQ(toVector<double>(ops::mean(x, {0})), (std::vector<double>{2, 3}));
  EXPECT_EQ(toVector<double>(ops::var(x, {}, 1.0, false)), (std::vector<double>{5.0 / 3}));
  EXPECT_DOUBLE_EQ(toVector<double>(ops::norm(x, Scalar(1), {}, false))[0], 10.0);
  EXPECT_EQ(errorOf([] { ops::mean(ops::ones({2}, Long), {}); }),
            "mean(): could not infer output dtype. Input dtype must be either a floating point or "
            "complex dtype. Got: Long");
}

TEST(Reductions, SoftmaxRowsSumToOneAndCumsumPromotes) {
  Tensor x = makeTensor<float>({1, 2, 3, 4, 5, 6}, {2, 3});
  auto rows = toVector<float>(ops::sum(ops::softmax(x, 1), {1}));
  EXPECT_NEAR(rows[0], 1.0f, 1e-6);
  EXPECT_NEAR(rows[1], 1.0f, 1e-6);
  Tensor flags = testing::makeBoolTensor({1, 1, 0}, {3});
  Tensor running = ops::cumsum(flags, 0);
  EXPECT_EQ(running.dtype(), Long);
  EXPECT_EQ(toVector<int64_t>(running), (std::vector<int64_t>{1, 2, 2}));
}

TEST(ReducedFloat, HalfAndBFloat16RoundTrip) {
  Tensor x = makeTensor<float>({1.0f, -2.5f, 65504.0f, 1e-7f, 70000.0f}, {5});
  auto half = toVector<float>(ops::to(ops::to(x, ScalarType::Half), Float));
  EXPECT_EQ(half[0], 1.0f);
  EXPECT_EQ(half[1], -2.5f);
  EXPECT_EQ(half[2], 65504.0f);
  EXPECT_NEAR(half[3], 1.19e-7f, 1e-9);  // a subnormal half
  EXPECT_TRUE(std::isinf(half[4]));
  auto bf16 = toVector<float>(ops::to(ops::to(x, ScalarType::BFloat16), Float));
  EXPECT_EQ(bf16[1], -2.5f);
  EXPECT_EQ(bf16[2], 65536.0f);  // 8 bits of mantissa
}

}  // namespace
}  // namespace minijit
