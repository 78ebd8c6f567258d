// Tests for IValue: construction from constants, checked access, reference semantics of
// lists and dicts, dict order, and print() formatting as upstream shows it.
// Book chapter 7 ("The interpreter").
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

// Upstream: print({'a': 1, 'b': 2}) shows {a: 1, b: 2}; print({1: 2.5, 3: 1.0}) shows
// {1: 2.5, 3: 1.}; an empty dict shows {}.
TEST(IValue, DictPrintsLikeUpstream) {
  IValue d = IValue::dict(Type::string(), Type::integer());
  EXPECT_EQ(d.str(), "{}");
  d.toDict()->insertOrAssign("a", 1);
  d.toDict()->insertOrAssign("b", 2);
  EXPECT_EQ(d.str(), "{a: 1, b: 2}");
  EXPECT_EQ(d.typeName(), "Dict[str, int]");
  IValue numbers = IValue::dict(Type::integer(), Type::floating());
  numbers.toDict()->insertOrAssign(1, 2.5);
  numbers.toDict()->insertOrAssign(3, 1.0);
  EXPECT_EQ(numbers.str(), "{1: 2.5, 3: 1.}");
  IValue nested = IValue::dict(Type::string(), Type::dict(Type::string(), Type::integer()));
  nested.toDict()->insertOrAssign("x", d);
  EXPECT_EQ(nested.str(), "{x: {a: 1, b: 2}}");
}

TEST(IValue, DictKeepsInsertionOrder) {
  DictValue d(Type::string(), Type::integer());
  d.insertOrAssign("b", 1);
  d.insertOrAssign("a", 2);
  d.insertOrAssign("c", 3);
  d.insertOrAssign("b", 4);  // an existing key keeps its place
  EXPECT_TRUE(d.erase("a"));
  EXPECT_FALSE(d.erase("a"));
  d.insertOrAssign("a", 5);  // a key added again goes last
  std::string order;
  for (const DictValue::Entry& entry : d.entries()) order += entry.key.toStringRef();
  EXPECT_EQ(order, "bca");
  ASSERT_NE(d.find("b"), nullptr);
  EXPECT_EQ(d.find("b")->toInt(), 4);
  EXPECT_EQ(d.find("z"), nullptr);
  DictValue::Entry first = d.popFirst();
  EXPECT_EQ(first.key.toStringRef(), "b");
  EXPECT_EQ(d.size(), 2u);
}

TEST(IValue, DictsAreSharedAndCompareByContent) {
  IValue a = IValue::dict(Type::integer(), Type::string());
  IValue alias = a;
  alias.toDict()->insertOrAssign(1, "x");
  EXPECT_EQ(a.toDict()->size(), 1u);  // both names see the same dict
  EXPECT_TRUE(a.isSameObject(alias));
  IValue b = IValue::dict(Type::integer(), Type::string());
  b.toDict()->insertOrAssign(1, "x");
  EXPECT_TRUE(a.equals(b));  // Python ==
  EXPECT_FALSE(a.isSameObject(b));
  b.toDict()->insertOrAssign(2, "y");
  EXPECT_FALSE(a.equals(b));
  IValue copy(std::make_shared<DictValue>(*b.toDict()));  // d.copy()
  copy.toDict()->erase(1);
  EXPECT_EQ(b.toDict()->size(), 2u);
  EXPECT_EQ(copy.toDict()->find(2)->toStringRef(), "y");
}

}  // namespace
}  // namespace minijit
