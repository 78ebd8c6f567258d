// Tests for dicts at run time: prim::DictConstruct in hand-built graphs (as the frontend
// emits them for the Python in each comment) and the dict kernels called on a stack.
// Expected values and error texts come from torch 1.13. Book chapter 7 ("The interpreter").
#include <gtest/gtest.h>

#include "kernels/ops.h"
#include "runtime/interpreter.h"
#include "runtime/operator_registry.h"
#include "types/operator_catalogue.h"

namespace minijit {
namespace {

// Appends an operator node resolved to the catalogue schema `qualified_name`, with
// `output_types.size()` outputs.
Node* insertOp(Graph& g, const std::string& qualified_name, const std::vector<Value*>& inputs,
               const std::vector<TypePtr>& output_types) {
  const FunctionSchema* schema = OperatorCatalogue::instance().find(qualified_name);
  if (!schema) throw std::invalid_argument("no schema " + qualified_name);
  Node* node = g.insertNode(g.create(schema->name, inputs, output_types.size()));
  node->setSchema(schema);
  for (size_t i = 0; i < output_types.size(); ++i) node->output(i)->setType(output_types[i]);
  return node;
}

// Runs the kernel registered as `qualified_name` on `arguments`; returns what it leaves.
Stack call(const std::string& qualified_name, Stack arguments) {
  const Kernel* kernel = OperatorRegistry::instance().find(qualified_name);
  if (!kernel) throw std::invalid_argument("no kernel " + qualified_name);
  (*kernel)(arguments);
  return arguments;
}

IValue call1(const std::string& qualified_name, Stack arguments) {
  Stack results = call(qualified_name, std::move(arguments));
  EXPECT_EQ(results.size(), 1u) << qualified_name;
  return results.at(0);
}

// {'a': 1, 'b': 2}
IValue abDict() {
  IValue d = IValue::dict(Type::string(), Type::integer());
  d.toDict()->insertOrAssign("a", 1);
  d.toDict()->insertOrAssign("b", 2);
  return d;
}

// def f(k: str):
//     d = {'a': 1, 'b': 2}
//     return d, d[k]
struct LiteralGraph {
  Graph g;
  LiteralGraph() {
    Value* k = g.addInput("k")->setType(Type::string());
    Value* a = g.insertConstant(Constant::string("a"));
    Value* b = g.insertConstant(Constant::string("b"));
    Value* one = g.insertConstant(Constant::integer(1));
    Value* two = g.insertConstant(Constant::integer(2));
    Node* construct = g.insertNode(g.create("prim::DictConstruct", {a, one, b, two}));
    Value* d = construct->output()->setType(Type::dict(Type::string(), Type::integer()));
    Node* index = insertOp(g, "aten::__getitem__.Dict_str", {d, k}, {Type::integer()});
    index->setSourceRange(SourceRange(std::make_shared<Source>("    return d, d[k]\n"), 14, 18));
    g.registerOutput(d);
    g.registerOutput(index->output());
  }
};

TEST(DictOps, DictConstructBuildsTheLiteral) {
  LiteralGraph graph;
  std::vector<IValue> out = runGraph(graph.g, {IValue("b")});
  EXPECT_EQ(out[0].str(), "{a: 1, b: 2}");
  EXPECT_EQ(out[0].typeName(), "Dict[str, int]");
  EXPECT_EQ(out[1].toInt(), 2);
}

// Upstream: "...    return d['zz']\n           ~~~~~~ <--- HERE\nRuntimeError: KeyError: zz\n"
TEST(DictOps, MissingKeyIsAKeyError) {
  LiteralGraph graph;
  try {
    runGraph(graph.g, {IValue("zz")});
    FAIL() << "expected a RuntimeError";
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message(), "KeyError: zz");
    EXPECT_EQ(e.range().text(), "d[k]");
    EXPECT_NE(std::string(e.what()).find("RuntimeError: KeyError: zz\n"), std::string::npos);
  }
}

// def f(d: Dict[str, int]):
//     e = d
//     e['c'] = 3
//     e['a'] = 10
//     return len(d)
TEST(DictOps, SetItemChangesEveryAlias) {
  Graph g;
  Value* d = g.addInput("d")->setType(Type::dict(Type::string(), Type::integer()));
  Value* c = g.insertConstant(Constant::string("c"));
  Value* a = g.insertConstant(Constant::string("a"));
  insertOp(g, "aten::_set_item.str", {d, c, g.insertConstant(Constant::integer(3))}, {});
  insertOp(g, "aten::_set_item.str", {d, a, g.insertConstant(Constant::integer(10))}, {});
  g.registerOutput(insertOp(g, "aten::len.Dict_str", {d}, {Type::integer()})->output());
  IValue input = abDict();
  EXPECT_EQ(runGraph(g, {input})[0].toInt(), 3);
  // Reassigning 'a' keeps its place; the new key goes last.
  EXPECT_EQ(input.str(), "{a: 10, b: 2, c: 3}");
}

TEST(DictOps, KeysValuesItemsInInsertionOrder) {
  IValue d = IValue::dict(Type::integer(), Type::floating());
  d.toDict()->insertOrAssign(3, 1.0);
  d.toDict()->insertOrAssign(1, 2.5);
  EXPECT_EQ(call1("aten::keys.int", {d}).str(), "[3, 1]");
  EXPECT_EQ(call1("aten::keys.int", {d}).typeName(), "List[int]");
  EXPECT_EQ(call1("aten::values.int", {d}).str(), "[1., 2.5]");
  EXPECT_EQ(call1("aten::values.int", {d}).typeName(), "List[float]");
  EXPECT_EQ(call1("aten::items.int", {d}).str(), "[(3, 1.), (1, 2.5)]");
  EXPECT_EQ(call1("aten::items.int", {d}).typeName(), "List[Tuple[int, float]]");
  EXPECT_EQ(call1("aten::len.Dict_int", {d}).toInt(), 2);
}

TEST(DictOps, GetAndContains) {
  IValue d = abDict();
  EXPECT_EQ(call1("aten::get.str", {d, IValue("a")}).toInt(), 1);
  EXPECT_TRUE(call1("aten::get.str", {d, IValue("zz")}).isNone());
  EXPECT_EQ(call1("aten::get.default_str", {d, IValue("zz"), IValue(7)}).toInt(), 7);
  EXPECT_EQ(call1("aten::get.default_str", {d, IValue("b"), IValue(7)}).toInt(), 2);
  EXPECT_TRUE(call1("aten::__contains__.str", {d, IValue("b")}).toBool());
  EXPECT_FALSE(call1("aten::__contains__.str", {d, IValue("c")}).toBool());
}

TEST(DictOps, PopAndDelete) {
  IValue d = abDict();
  EXPECT_EQ(call1("aten::pop.Dict_str", {d, IValue("a")}).toInt(), 1);
  EXPECT_EQ(d.str(), "{b: 2}");
  EXPECT_EQ(call1("aten::pop.Dict_default_str", {d, IValue("a"), IValue(9)}).toInt(), 9);
  try {
    call("aten::pop.Dict_str", {d, IValue("a")});
    FAIL() << "expected an OperatorError";
  } catch (const OperatorError& e) {
    EXPECT_STREQ(e.what(), "KeyError: a");
  }
  EXPECT_TRUE(call("aten::Delete.Dict_str", {d, IValue("b")}).empty());
  EXPECT_EQ(d.str(), "{}");
  EXPECT_THROW(call("aten::Delete.Dict_str", {d, IValue("b")}), OperatorError);
}

// Upstream's popitem takes the oldest entry: {'a': 1, 'b': 2}.popitem() == ('a', 1).
TEST(DictOps, PopItemTakesTheFirstEntry) {
  IValue d = abDict();
  EXPECT_EQ(call1("aten::popitem.str", {d}).str(), "(a, 1)");
  EXPECT_EQ(call1("aten::popitem.str", {d}).str(), "(b, 2)");
  try {
    call("aten::popitem.str", {d});
    FAIL() << "expected an OperatorError";
  } catch (const OperatorError& e) {
    EXPECT_STREQ(e.what(), "popitem(): dictionary is empty");
  }
}

TEST(DictOps, SetDefaultUpdateCopyClear) {
  IValue d = abDict();
  EXPECT_EQ(call1("aten::setdefault.str", {d, IValue("a"), IValue(5)}).toInt(), 1);
  EXPECT_EQ(call1("aten::setdefault.str", {d, IValue("c"), IValue(5)}).toInt(), 5);
  IValue copy = call1("aten::copy.Dict_str", {d});
  EXPECT_FALSE(copy.isSameObject(d));
  EXPECT_TRUE(copy.equals(d));
  IValue other = IValue::dict(Type::string(), Type::integer());
  other.toDict()->insertOrAssign("b", 20);
  other.toDict()->insertOrAssign("z", 26);
  EXPECT_TRUE(call("aten::update.str", {d, other}).empty());
  EXPECT_EQ(d.str(), "{a: 1, b: 20, c: 5, z: 26}");
  EXPECT_EQ(copy.str(), "{a: 1, b: 2, c: 5}");  // the copy does not see the update
  EXPECT_TRUE(call("aten::clear.str", {d}).empty());
  EXPECT_EQ(call1("aten::len.Dict_str", {d}).toInt(), 0);
}

TEST(DictOps, DictFromPairsAndEmptyDict) {
  IValue pairs = IValue::list(
      {IValue::tuple({IValue(true), IValue("x")}), IValue::tuple({IValue(false), IValue("y")})},
      Type::tuple({Type::boolean(), Type::string()}));
  IValue d = call1("aten::dict.bool", {pairs});
  EXPECT_EQ(d.str(), "{True: x, False: y}");
  EXPECT_EQ(d.typeName(), "Dict[bool, str]");
  IValue empty = call1("aten::dict", {});
  EXPECT_EQ(empty.typeName(), "Dict[str, Tensor]");
}

// Tensor keys compare by identity: an equal tensor elsewhere is a different key.
TEST(DictOps, TensorKeysCompareByIdentity) {
  Tensor t = ops::ones({2}, ScalarType::Float);
  IValue d = IValue::dict(Type::tensor(), Type::integer());
  call("aten::_set_item.Tensor", {d, IValue(t), IValue(1)});
  EXPECT_EQ(call1("aten::__getitem__.Dict_Tensor", {d, IValue(t)}).toInt(), 1);
  EXPECT_FALSE(
      call1("aten::__contains__.Tensor", {d, IValue(ops::ones({2}, ScalarType::Float))}).toBool());
}

TEST(DictOps, FloatKeys) {
  IValue d = IValue::dict(Type::floating(), Type::integer());
  call("aten::_set_item.float", {d, IValue(0.5), IValue(1)});
  call("aten::_set_item.float", {d, IValue(2.0), IValue(2)});
  EXPECT_EQ(call1("aten::__getitem__.Dict_float", {d, IValue(2.0)}).toInt(), 2);
  EXPECT_EQ(d.str(), "{0.5: 1, 2.: 2}");
  try {
    call("aten::__getitem__.Dict_float", {d, IValue(5.5)});
    FAIL() << "expected an OperatorError";
  } catch (const OperatorError& e) {
    EXPECT_STREQ(e.what(), "KeyError: 5.5");
  }
}

}  // namespace
}  // namespace minijit
