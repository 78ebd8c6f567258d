// Tests for the operator registry and its kernels, called directly on a stack. Expected
// values were checked with torch 1.13's torch.jit.CompilationUnit (see each test's comment).
// Book chapter 7 ("The interpreter").
#include "runtime/operator_registry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "kernels/ops.h"
#include "runtime/runtime_error.h"
#include "types/operator_catalogue.h"

namespace minijit {
namespace {

// Runs the kernel registered as `name` on `inputs` and returns its single output.
IValue call(const std::string& name, Stack inputs) {
  const Kernel* kernel = OperatorRegistry::instance().find(name);
  if (!kernel) throw std::invalid_argument("no kernel " + name);
  (*kernel)(inputs);
  EXPECT_EQ(inputs.size(), 1u) << name;
  return inputs.back();
}

TEST(OperatorRegistry, EveryNameIsACatalogueSchema) {
  const auto& registry = OperatorRegistry::instance();
  std::vector<std::string> names = registry.names();
  EXPECT_GT(names.size(), 150u);
  for (const std::string& name : names) {
    EXPECT_NE(OperatorCatalogue::instance().find(name), nullptr) << name;
  }
  EXPECT_NE(registry.find("aten::add.Tensor"), nullptr);
  EXPECT_NE(registry.find("aten::add.int"), nullptr);
  EXPECT_NE(registry.find("aten::zeros"), nullptr);
  EXPECT_EQ(registry.find("aten::add.nonsense"), nullptr);
}

TEST(OperatorRegistry, RejectsTyposAndDuplicates) {
  // A fresh registry cannot be made from outside, so check the rule through a copy.
  OperatorRegistry copy = OperatorRegistry::instance();
  EXPECT_THROW(copy.add("aten::add.itn", [](Stack&) {}), std::logic_error);
  EXPECT_THROW(copy.add("aten::add.int", [](Stack&) {}), std::logic_error);
}

// def f(a: int, b: int, c: float): -7 // a, -7 % 3, 7 % -3, a ** 3, a ** -1, 7 / a,
// -7.5 // c, -7.5 % c, 1 / 0, int(-2.7), 3 + 1.5, (2**63-1) + 1, 7 // -2
// with a=2, c=2.0 gives (-4, 2, -2, 8.0, 0.5, 3.5, -4.0, 0.5, inf, -2, 4.5, -2**63, -4).
TEST(ScalarOps, PythonSemanticsAsUpstream) {
  EXPECT_EQ(call("aten::floordiv.int", {-7, 2}).toInt(), -4);
  EXPECT_EQ(call("aten::floordiv.int", {7, -2}).toInt(), -4);
  EXPECT_EQ(call("aten::remainder.int", {-7, 3}).toInt(), 2);
  EXPECT_EQ(call("aten::remainder.int", {7, -3}).toInt(), -2);
  IValue cube = call("aten::pow.int", {2, 3});
  EXPECT_TRUE(cube.isDouble());
  EXPECT_EQ(cube.toDouble(), 8.0);
  EXPECT_EQ(call("aten::pow.int", {2, -1}).toDouble(), 0.5);
  EXPECT_EQ(call("aten::div.int", {7, 2}).toDouble(), 3.5);
  EXPECT_EQ(call("aten::floordiv.float", {-7.5, 2.0}).toDouble(), -4.0);
  EXPECT_EQ(call("aten::remainder.float", {-7.5, 2.0}).toDouble(), 0.5);
  EXPECT_TRUE(std::isinf(call("aten::div.int", {1, 0}).toDouble()));
  EXPECT_EQ(call("aten::Int.float", {-2.7}).toInt(), -2);
  EXPECT_EQ(call("aten::add.int_float", {3, 1.5}).toDouble(), 4.5);
  int64_t max = std::numeric_limits<int64_t>::max();
  EXPECT_EQ(call("aten::add.int", {max, 1}).toInt(), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(call("prim::max.int_float", {2, 2.0}).toDouble(), 2.0);
}

TEST(ScalarOps, ScalarOverloadsKeepIntsInts) {
  EXPECT_TRUE(call("aten::add", {2, 3}).isInt());
  EXPECT_TRUE(call("aten::add", {2, 3.0}).isDouble());
  EXPECT_EQ(call("aten::floordiv", {-7, 2}).toInt(), -4);
  EXPECT_TRUE(call("aten::lt", {2, 2.5}).toBool());
  EXPECT_TRUE(call("aten::lt.str", {"ab", "b"}).toBool());
  EXPECT_FALSE(call("aten::__not__", {true}).toBool());
  EXPECT_TRUE(call("aten::__xor__.bool", {true, false}).toBool());
}

// Upstream: `a // 0` -> "division by 0"; `0 ** -1` -> "0.0 cannot be raised to a negative power".
TEST(ScalarOps, ErrorsAsUpstream) {
  try {
    call("aten::floordiv.int", {1, 0});
    FAIL() << "expected an error";
  } catch (const OperatorError& e) {
    EXPECT_STREQ(e.what(), "division by 0");
  }
  EXPECT_THROW(call("aten::remainder.int", {1, 0}), OperatorError);
  EXPECT_THROW(call("aten::pow.int", {0, -1}), OperatorError);
}

// [1, 2] + [3] == [1, 2, 3]; [1, 2, 3][-1] == 3; min([3, 1, 2]) == 1;
// [1, 2, 3, 4][::-2] == [4, 2]; "hello"[-1] == "o".
TEST(ListOps, PythonSemantics) {
  auto ints = [](std::vector<IValue> v) { return IValue::list(std::move(v), Type::integer()); };
  EXPECT_EQ(call("aten::add.t", {ints({1, 2}), ints({3})}).str(), "[1, 2, 3]");
  EXPECT_EQ(call("aten::__getitem__.t", {ints({1, 2, 3}), -1}).toInt(), 3);
  EXPECT_EQ(call("prim::min.self_int", {ints({3, 1, 2})}).toInt(), 1);
  EXPECT_EQ(call("aten::slice.t", {ints({1, 2, 3, 4}), IValue(), IValue(), -2}).str(), "[4, 2]");
  EXPECT_EQ(call("aten::slice.t", {ints({0, 1, 4, 9}), 1, 3, 1}).str(), "[1, 4]");
  EXPECT_EQ(call("aten::__getitem__.str", {"hello", -1}).toStringRef(), "o");
  EXPECT_TRUE(call("aten::__contains__.int_list", {ints({1, 2}), 2}).toBool());
  EXPECT_TRUE(call("aten::eq.int_list", {ints({1, 2}), ints({1, 2})}).toBool());
  EXPECT_EQ(call("aten::len.str", {"abc"}).toInt(), 3);

  IValue list = ints({1});
  call("aten::append.t", {list, 5});
  EXPECT_EQ(list.str(), "[1, 5]");  // append mutates the shared list
  IValue copy = call("aten::list.t", {list});
  call("aten::_set_item.t", {copy, 0, 9});
  EXPECT_EQ(list.str(), "[1, 5]");  // list() made a copy
  EXPECT_EQ(copy.str(), "[9, 5]");
  EXPECT_THROW(call("aten::__getitem__.t", {list, 2}), OperatorError);
  EXPECT_THROW(call("prim::min.self_int", {ints({})}), OperatorError);
}

TEST(TensorOps, FactoriesArithmeticAndShapes) {
  IValue none;
  Tensor z = call("aten::zeros", {IValue::list({2, 3}, Type::integer()), none, none, none, none})
                 .toTensor();
  EXPECT_EQ(z.dtype(), ScalarType::Float);
  EXPECT_EQ(z.sizes(), (std::vector<int64_t>{2, 3}));
  int64_t long_dtype = static_cast<int64_t>(ScalarType::Long);
  EXPECT_EQ(call("aten::ones", {IValue::list({1}, Type::integer()), long_dtype, none, none, none})
                .toTensor()
                .dtype(),
            ScalarType::Long);
  // torch.full([1], 2) is int64, torch.full([1], 2.0) float32.
  EXPECT_EQ(call("aten::full", {IValue::list({1}, Type::integer()), 2, none, none, none, none})
                .toTensor()
                .dtype(),
            ScalarType::Long);
  EXPECT_EQ(call("aten::full", {IValue::list({1}, Type::integer()), 2.0, none, none, none, none})
                .toTensor()
                .dtype(),
            ScalarType::Float);

  Tensor ones = ops::ones({2, 3}, ScalarType::Float);
  Tensor sum = call("aten::add.Tensor", {z, ones, 2}).toTensor();  // zeros + 2 * ones
  EXPECT_EQ(call("aten::sum", {sum, none}).toTensor().item().toDouble(), 12.0);
  EXPECT_EQ(call("aten::size", {sum}).str(), "[2, 3]");
  EXPECT_EQ(call("aten::size.int", {sum, -1}).toInt(), 3);
  Tensor row = call("aten::select.int", {ones, 0, 0}).toTensor();
  EXPECT_EQ(call("aten::Float.Tensor", {ops::sum(row)}).toDouble(), 3.0);
  EXPECT_EQ(call("prim::NumToTensor.Scalar", {1.5}).toTensor().dtype(), ScalarType::Double);
  EXPECT_THROW(call("aten::add.Tensor", {ones, ops::ones({4}, ScalarType::Float), 1}), TensorError);
}

}  // namespace
}  // namespace minijit
