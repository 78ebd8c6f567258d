// Tests for IValue: construction from constants, checked access, reference semantics of
// lists, and print() formatting as upstream shows it. Book chapter 7 ("The interpreter").
#include "runtime/ivalue.h"

#include <gtest/gtest.h>

#include "kernels/ops.h"

namespace minijit {
namespace {

TEST(IValue, TagsAndAccessors) {
  EXPECT_TRUE(IValue().isNone());
  EXPECT_EQ(IValue(3).toInt(), 3);
  EXPECT_TRUE(IValue(int64_t{3}).isInt());
  EXPECT_TRUE(IValue(true).isBool());
  EXPECT_DOUBLE_EQ(IValue(2.5).toDouble(), 2.5);
  EXPECT_DOUBLE_EQ(IValue(2).toDouble(), 2.0);  // an int is accepted where a float is expected
  EXPECT_EQ(IValue("abc").toStringRef(), "abc");
  EXPECT_THROW(IValue(1.5).toInt(), std::logic_error);
  EXPECT_THROW(IValue("x").toTensor(), std::logic_error);
  EXPECT_TRUE(IValue(7).toScalar().isIntegral());
  EXPECT_TRUE(IValue(7.0).toScalar().isFloatingPoint());
  EXPECT_TRUE(IValue::fromScalar(Scalar(true)).isBool());
}

TEST(IValue, FromConstant) {
  EXPECT_TRUE(IValue::fromConstant(Constant::none()).isNone());
  EXPECT_EQ(IValue::fromConstant(Constant::integer(-4)).toInt(), -4);
  EXPECT_EQ(IValue::fromConstant(Constant::string("hi")).toStringRef(), "hi");
  EXPECT_EQ(IValue::fromConstant(Constant::device("cpu")).toDevice(), "cpu");
  IValue list = IValue::fromConstant(
      Constant::list({Constant::integer(1), Constant::integer(2)}, Type::integer()));
  EXPECT_EQ(list.toIntVector(), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(list.typeName(), "List[int]");
  IValue tuple =
      IValue::fromConstant(Constant::tuple({Constant::floating(1.5), Constant::boolean(false)}));
  EXPECT_EQ(tuple.str(), "(1.5, False)");
}

TEST(IValue, ListsAreSharedAndMutable) {
  IValue a = IValue::list({IValue(1)}, Type::integer());
  IValue b = a;  // `b = a` aliases, as in TorchScript
  b.toList()->elements.push_back(IValue(2));
  EXPECT_EQ(a.str(), "[1, 2]");
  EXPECT_TRUE(a.isSameObject(b));
  IValue c = IValue::list({IValue(1), IValue(2)}, Type::integer());
  EXPECT_TRUE(a.equals(c));
  EXPECT_FALSE(a.isSameObject(c));
}

TEST(IValue, EqualityFollowsPython) {
  EXPECT_TRUE(IValue(1).equals(IValue(1.0)));
  EXPECT_TRUE(IValue(true).equals(IValue(1)));
  EXPECT_FALSE(IValue("1").equals(IValue(1)));
  EXPECT_TRUE(IValue().equals(IValue()));
  EXPECT_FALSE(IValue::tuple({IValue(1)}).equals(IValue::tuple({IValue(2)})));
}

// Expected strings are what upstream's print() shows (torch 1.13):
//   print([1, 2], (1, 2.5), 'abc', ['a'], 1.0, True, None, 3.0e20, 1e-5, (1,), 0.1)
TEST(IValue, PrintsLikeUpstreamPrint) {
  EXPECT_EQ(IValue::list({IValue(1), IValue(2)}, Type::integer()).str(), "[1, 2]");
  EXPECT_EQ(IValue::tuple({IValue(1), IValue(2.5)}).str(), "(1, 2.5)");
  EXPECT_EQ(IValue("abc").str(), "abc");
  EXPECT_EQ(IValue::list({IValue("a")}, Type::string()).str(), "[a]");
  EXPECT_EQ(IValue(1.0).str(), "1.");
  EXPECT_EQ(IValue(true).str(), "True");
  EXPECT_EQ(IValue().str(), "None");
  EXPECT_EQ(IValue(3.0e20).str(), "3e+20");
  EXPECT_EQ(IValue(1.8446744073709552e+19).str(), "1.8446744073709552e+19");
  EXPECT_EQ(IValue(1e-5).str(), "1.0000000000000001e-05");
  EXPECT_EQ(IValue(123456789012.0).str(), "123456789012.");
  EXPECT_EQ(IValue(-0.0).str(), "0.");
  EXPECT_EQ(IValue(0.1).str(), "0.10000000000000001");
  EXPECT_EQ(IValue::tuple({IValue(1)}).str(), "(1,)");
  EXPECT_EQ(IValue::device("cpu").str(), "cpu");
}

TEST(IValue, HoldsTensorsByHandle) {
  Tensor t = ops::zeros({2}, ScalarType::Float);
  IValue v(t);
  EXPECT_TRUE(v.isTensor());
  EXPECT_EQ(v.toTensor().storage(), t.storage());
  EXPECT_EQ(v.typeName(), "Tensor");
  EXPECT_TRUE(v.isSameObject(IValue(t)));
}

}  // namespace
}  // namespace minijit
