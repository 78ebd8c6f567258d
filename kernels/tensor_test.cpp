// Tests for ScalarType, Scalar, Storage and Tensor: metadata, views sharing storage,
// item(), and torch's printed form (expected strings recorded from torch 1.13).
// Book chapter "Tensors and kernels".
#include "kernels/tensor.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "kernels/ops.h"
#include "kernels/scalar_type.h"
#include "kernels/test_util.h"

namespace minijit {
namespace {

using testing::makeBoolTensor;
using testing::makeTensor;
using testing::toVector;

TEST(ScalarTypeTest, NumberingAndNamesMatchUpstream) {
  EXPECT_EQ(static_cast<int>(ScalarType::Byte), 0);
  EXPECT_EQ(static_cast<int>(ScalarType::Long), 4);
  EXPECT_EQ(static_cast<int>(ScalarType::Float), 6);
  EXPECT_EQ(static_cast<int>(ScalarType::Bool), 11);
  EXPECT_EQ(static_cast<int>(ScalarType::BFloat16), 15);
  EXPECT_STREQ(scalarTypeName(ScalarType::Float), "Float");
  EXPECT_STREQ(scalarTypeName(ScalarType::Long), "Long");
  EXPECT_STREQ(scalarTypePythonName(ScalarType::Double), "float64");
  EXPECT_EQ(elementSize(ScalarType::Double), 8u);
  EXPECT_EQ(elementSize(ScalarType::Bool), 1u);
  EXPECT_TRUE(isFloatingType(ScalarType::Half));
  EXPECT_FALSE(isFloatingType(ScalarType::Long));
  EXPECT_TRUE(isIntegralType(ScalarType::Bool, /*include_bool=*/true));
  EXPECT_FALSE(isIntegralType(ScalarType::Bool, /*include_bool=*/false));
}

// Values from torch.promote_types in torch 1.13.
TEST(ScalarTypeTest, PromoteTypesMatchesTorch) {
  using enum ScalarType;
  EXPECT_EQ(promoteTypes(Byte, Char), Short);
  EXPECT_EQ(promoteTypes(Bool, Byte), Byte);
  EXPECT_EQ(promoteTypes(Bool, Bool), Bool);
  EXPECT_EQ(promoteTypes(Int, Long), Long);
  EXPECT_EQ(promoteTypes(Long, Float), Float);
  EXPECT_EQ(promoteTypes(Half, BFloat16), Float);
  EXPECT_EQ(promoteTypes(Long, Half), Half);
  EXPECT_EQ(promoteTypes(Float, Double), Double);
  EXPECT_EQ(promoteTypes(BFloat16, Int), BFloat16);
  // Symmetric over the whole table.
  const ScalarType all[] = {Byte, Char, Short, Int, Long, Half, Float, Double, Bool, BFloat16};
  for (ScalarType a : all) {
    for (ScalarType b : all) EXPECT_EQ(promoteTypes(a, b), promoteTypes(b, a));
  }
}

TEST(ScalarTest, KindsAndConversions) {
  Scalar i = 3;
  Scalar d = 2.5;
  Scalar b = true;
  EXPECT_TRUE(i.isIntegral());
  EXPECT_TRUE(d.isFloatingPoint());
  EXPECT_TRUE(b.isBoolean());
  EXPECT_EQ(Scalar(-2.7).toLong(), -2);
  EXPECT_DOUBLE_EQ(i.toDouble(), 3.0);
  EXPECT_TRUE(b.toBool());
  EXPECT_FALSE(Scalar(0.0).toBool());
  EXPECT_EQ(i.toString(), "3");
  EXPECT_EQ(d.toString(), "2.5");
  EXPECT_EQ(Scalar(1.0).toString(), "1.0");
  EXPECT_EQ(Scalar(0.1).toString(), "0.1");
  EXPECT_EQ(b.toString(), "True");
}

TEST(TensorTest, DefaultConstructedIsUndefined) {
  Tensor t;
  EXPECT_FALSE(t.defined());
  EXPECT_THROW(t.dataPtr(), TensorError);
}

TEST(TensorTest, EmptyIsContiguousWithRowMajorStrides) {
  Tensor t = Tensor::empty({2, 3, 4}, ScalarType::Float);
  EXPECT_TRUE(t.defined());
  EXPECT_EQ(t.dim(), 3);
  EXPECT_EQ(t.numel(), 24);
  EXPECT_EQ(t.strides(), (std::vector<int64_t>{12, 4, 1}));
  EXPECT_EQ(t.storageOffset(), 0);
  EXPECT_TRUE(t.isContiguous());
  EXPECT_EQ(t.size(-1), 4);
  EXPECT_THROW(t.size(3), TensorError);
  EXPECT_THROW(Tensor::empty({2, -1}, ScalarType::Float), TensorError);
}

TEST(TensorTest, FromDataWithStridesGathers) {
  // A 2x3 matrix stored column-major: element (i, j) at i + 2*j.
  const std::vector<int64_t> column_major = {1, 4, 2, 5, 3, 6};
  Tensor t = Tensor::fromData(column_major.data(), {2, 3}, {1, 2}, ScalarType::Long);
  EXPECT_TRUE(t.isContiguous());
  EXPECT_EQ(toVector<int64_t>(t), (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
}

TEST(TensorTest, DataChecksDtype) {
  Tensor t = makeTensor<float>({1, 2}, {2});
  EXPECT_EQ(t.data<float>()[1], 2.0f);
  try {
    t.data<double>();
    FAIL() << "expected TensorError";
  } catch (const TensorError& e) {
    EXPECT_STREQ(e.what(), "expected scalar type Double but found Float");
  }
}

TEST(TensorTest, ItemAndScalarTensor) {
  Tensor t = Tensor::scalarTensor(7, ScalarType::Long);
  EXPECT_EQ(t.dim(), 0);
  EXPECT_EQ(t.numel(), 1);
  EXPECT_EQ(t.item().toLong(), 7);
  EXPECT_TRUE(t.item().isIntegral());
  EXPECT_TRUE(Tensor::scalarTensor(1.5, ScalarType::Double).item().isFloatingPoint());
  EXPECT_EQ(Tensor::scalarTensor(2.9, ScalarType::Int).item().toLong(), 2);
  EXPECT_TRUE(Tensor::scalarTensor(0.5, ScalarType::Bool).item().toBool());
  try {
    ops::ones({2}, ScalarType::Float).item();
    FAIL() << "expected TensorError";
  } catch (const TensorError& e) {
    EXPECT_STREQ(e.what(), "a Tensor with 2 elements cannot be converted to Scalar");
  }
}

TEST(TensorTest, ViewsShareStorage) {
  Tensor t = makeTensor<float>({0, 1, 2, 3, 4, 5}, {2, 3});
  Tensor row = ops::select(t, 0, 1);
  EXPECT_EQ(row.sizes(), (std::vector<int64_t>{3}));
  EXPECT_EQ(row.storageOffset(), 3);
  EXPECT_EQ(row.storage(), t.storage());
  row.data<float>()[0] = 42;  // writes through to t
  EXPECT_EQ(toVector<float>(t)[3], 42.0f);

  Tensor column = ops::select(t, 1, -1);
  EXPECT_EQ(column.strides(), (std::vector<int64_t>{3}));
  EXPECT_FALSE(ops::transpose(t, 0, 1).isContiguous());
  EXPECT_EQ(toVector<float>(column), (std::vector<float>{2, 5}));
}

TEST(TensorTest, ViewOutsideStorageIsRejected) {
  Tensor t = Tensor::empty({4}, ScalarType::Float);
  EXPECT_THROW(t.asStrided({3}, {2}, 0), TensorError);
  EXPECT_NO_THROW(t.asStrided({2}, {2}, 1));
}

// Expected strings: repr(...) in torch 1.13.
TEST(TensorPrintTest, MatchesTorchRepr) {
  EXPECT_EQ(ops::full({2, 2}, -3.0, ScalarType::Float).toString(),
            "tensor([[-3., -3.],\n        [-3., -3.]])");
  EXPECT_EQ(makeTensor<int64_t>({1, 2, 3}, {3}).toString(), "tensor([1, 2, 3])");
  EXPECT_EQ(makeBoolTensor({1, 0}, {2}).toString(), "tensor([ True, False])");
  EXPECT_EQ(Tensor::scalarTensor(2.5, ScalarType::Float).toString(), "tensor(2.5000)");
  EXPECT_EQ(Tensor::scalarTensor(7, ScalarType::Long).toString(), "tensor(7)");
  EXPECT_EQ(makeTensor<float>({1.5f, 2.25f, -3.0f}, {3}).toString(),
            "tensor([ 1.5000,  2.2500, -3.0000])");
  EXPECT_EQ(makeTensor<int32_t>({1, 2}, {2}).toString(), "tensor([1, 2], dtype=torch.int32)");
  EXPECT_EQ(ops::zeros({0}, ScalarType::Float).toString(), "tensor([])");
  EXPECT_EQ(ops::zeros({2, 0}, ScalarType::Float).toString(), "tensor([], size=(2, 0))");
  EXPECT_EQ(makeTensor<float>({1e10f, 1.0f}, {2}).toString(), "tensor([1.0000e+10, 1.0000e+00])");
  EXPECT_EQ(makeTensor<float>({0.0001f, 1.0f}, {2}).toString(), "tensor([1.0000e-04, 1.0000e+00])");
  EXPECT_EQ(ops::ones({2}, ScalarType::Double).toString(), "tensor([1., 1.], dtype=torch.float64)");
  EXPECT_EQ(ops::zeros({2}, ScalarType::Float).toString(), "tensor([0., 0.])");
  EXPECT_EQ(makeTensor<float>({-1.0f, 10.0f}, {2}).toString(), "tensor([-1., 10.])");
  EXPECT_EQ(makeTensor<float>({-0.5f, 100.25f}, {2}).toString(), "tensor([ -0.5000, 100.2500])");
  // int64 values print exactly (never rounded through double).
  EXPECT_EQ(makeTensor<int64_t>({9223372036854775807, -5}, {2}).toString(),
            "tensor([9223372036854775807,                  -5])");
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  EXPECT_EQ(makeTensor<float>({nan, 1.0f, -inf}, {3}).toString(), "tensor([nan, 1., -inf])");
  EXPECT_EQ(makeBoolTensor({1, 0, 0, 1}, {2, 2}).toString(),
            "tensor([[ True, False],\n        [False,  True]])");
}

TEST(TensorPrintTest, NestedWrappedAndSummarized) {
  std::vector<int64_t> counting(24);
  for (int64_t i = 0; i < 24; ++i) counting[i] = i;
  EXPECT_EQ(
      makeTensor<int64_t>(counting, {2, 3, 4}).toString(),
      "tensor([[[ 0,  1,  2,  3],\n         [ 4,  5,  6,  7],\n         [ 8,  9, 10, 11]],\n\n"
      "        [[12, 13, 14, 15],\n         [16, 17, 18, 19],\n         [20, 21, 22, 23]]])");

  std::vector<float> halves(30);
  for (int i = 0; i < 30; ++i) halves[i] = 1.5f * static_cast<float>(i);
  EXPECT_EQ(makeTensor<float>(halves, {2, 15}).toString(),
            "tensor([[ 0.0000,  1.5000,  3.0000,  4.5000,  6.0000,  7.5000,  9.0000, 10.5000,\n"
            "         12.0000, 13.5000, 15.0000, 16.5000, 18.0000, 19.5000, 21.0000],\n"
            "        [22.5000, 24.0000, 25.5000, 27.0000, 28.5000, 30.0000, 31.5000, 33.0000,\n"
            "         34.5000, 36.0000, 37.5000, 39.0000, 40.5000, 42.0000, 43.5000]])");

  std::vector<float> range(2000);
  for (int i = 0; i < 2000; ++i) range[i] = static_cast<float>(i);
  EXPECT_EQ(makeTensor<float>(range, {2000}).toString(),
            "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n"
            "        1.9990e+03])");

  std::vector<int64_t> big(1100);
  for (int64_t i = 0; i < 1100; ++i) big[i] = i;
  EXPECT_EQ(makeTensor<int64_t>(big, {100, 11}).toString(),
            "tensor([[   0,    1,    2,  ...,    8,    9,   10],\n"
            "        [  11,   12,   13,  ...,   19,   20,   21],\n"
            "        [  22,   23,   24,  ...,   30,   31,   32],\n"
            "        ...,\n"
            "        [1067, 1068, 1069,  ..., 1075, 1076, 1077],\n"
            "        [1078, 1079, 1080,  ..., 1086, 1087, 1088],\n"
            "        [1089, 1090, 1091,  ..., 1097, 1098, 1099]])");
}

}  // namespace
}  // namespace minijit
