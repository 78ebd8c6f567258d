// Tests for the interpreter: graphs built by hand with the IR API (as the frontend would
// emit them for the Python shown in each comment) and run on concrete inputs. Expected
// values and error texts come from torch 1.13. Book chapter 7 ("The interpreter").
#include "runtime/interpreter.h"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>

#include "kernels/allocator.h"
#include "kernels/ops.h"
#include "types/operator_catalogue.h"

namespace minijit {
namespace {

// Appends an operator node resolved to the catalogue schema `qualified_name`.
Value* insertOp(Graph& g, const std::string& qualified_name, const std::vector<Value*>& inputs,
                TypePtr type) {
  const FunctionSchema* schema = OperatorCatalogue::instance().find(qualified_name);
  if (!schema) throw std::invalid_argument("no schema " + qualified_name);
  Node* node = g.insertNode(g.create(schema->name, inputs));
  node->setSchema(schema);
  return node->output()->setType(std::move(type));
}

Value* intConstant(Graph& g, int64_t v) {
  return g.insertConstant(Constant::integer(v));
}

// def f(n: int):
//     total = 0
//     for i in range(n):
//         total += i
//     return total
TEST(Interpreter, ForLoopSumsRange) {
  Graph g;
  Value* n = g.addInput("n")->setType(Type::integer());
  Value* zero = intConstant(g, 0);
  Value* yes = g.insertConstant(Constant::boolean(true));
  Node* loop = g.insertNode(g.create("prim::Loop", {n, yes, zero}));
  loop->output()->setType(Type::integer());
  Block* body = loop->addBlock();
  Value* i = body->addInput("i")->setType(Type::integer());
  Value* total = body->addInput("total")->setType(Type::integer());
  {
    WithInsertPoint guard(g, body);
    Value* next = insertOp(g, "aten::add.int", {total, i}, Type::integer());
    body->registerOutput(yes);
    body->registerOutput(next);
  }
  g.registerOutput(loop->output());
  EXPECT_EQ(runGraph(g, {IValue(5)})[0].toInt(), 10);
  EXPECT_EQ(runGraph(g, {IValue(0)})[0].toInt(), 0);
  EXPECT_EQ(runGraph(g, {IValue(-3)})[0].toInt(), 0);
  EXPECT_THROW(runGraph(g, {}), std::invalid_argument);
}

// def f(x: int):
//     while x < 100:
//         x = x * 2
//     return x
TEST(Interpreter, WhileLoopReevaluatesCondition) {
  Graph g;
  Value* x = g.addInput("x")->setType(Type::integer());
  Value* hundred = intConstant(g, 100);
  Value* two = intConstant(g, 2);
  Value* max = intConstant(g, std::numeric_limits<int64_t>::max());
  Value* first = insertOp(g, "aten::lt.int", {x, hundred}, Type::boolean());
  Node* loop = g.insertNode(g.create("prim::Loop", {max, first, x}));
  loop->output()->setType(Type::integer());
  Block* body = loop->addBlock();
  body->addInput()->setType(Type::integer());
  Value* carried = body->addInput("x")->setType(Type::integer());
  {
    WithInsertPoint guard(g, body);
    Value* doubled = insertOp(g, "aten::mul.int", {carried, two}, Type::integer());
    body->registerOutput(insertOp(g, "aten::lt.int", {doubled, hundred}, Type::boolean()));
    body->registerOutput(doubled);
  }
  g.registerOutput(loop->output());
  EXPECT_EQ(runGraph(g, {IValue(3)})[0].toInt(), 192);
  EXPECT_EQ(runGraph(g, {IValue(500)})[0].toInt(), 500);
}

// def f(x: int):
//     if x > 0: y = x * 2
//     else: y = -x
//     return y
TEST(Interpreter, IfRunsTheChosenBlock) {
  Graph g;
  Value* x = g.addInput("x")->setType(Type::integer());
  Value* cond = insertOp(g, "aten::gt.int", {x, intConstant(g, 0)}, Type::boolean());
  Value* two = intConstant(g, 2);
  Node* if_node = g.insertNode(g.create("prim::If", {cond}));
  if_node->output()->setType(Type::integer());
  Block* then_block = if_node->addBlock();
  Block* else_block = if_node->addBlock();
  {
    WithInsertPoint guard(g, then_block);
    then_block->registerOutput(insertOp(g, "aten::mul.int", {x, two}, Type::integer()));
  }
  {
    WithInsertPoint guard(g, else_block);
    else_block->registerOutput(insertOp(g, "aten::neg.int", {x}, Type::integer()));
  }
  g.registerOutput(if_node->output());
  EXPECT_EQ(runGraph(g, {IValue(4)})[0].toInt(), 8);
  EXPECT_EQ(runGraph(g, {IValue(-4)})[0].toInt(), 4);
}

// def f(x: Tensor):
//     return x + torch.zeros([2, 2])
TEST(Interpreter, TensorAddOfZeros) {
  Graph g;
  Value* x = g.addInput("x");
  Value* two = intConstant(g, 2);
  Node* sizes = g.insertNode(g.create("prim::ListConstruct", {two, two}));
  sizes->output()->setType(Type::list(Type::integer()));
  Value* none = g.insertConstant(Constant::none());
  Value* zeros =
      insertOp(g, "aten::zeros", {sizes->output(), none, none, none, none}, Type::tensor());
  Value* sum = insertOp(g, "aten::add.Tensor", {x, zeros, intConstant(g, 1)}, Type::tensor());
  g.registerOutput(sum);

  Tensor input = ops::full({2, 2}, Scalar(1.5), ScalarType::Float);
  Tensor out = runGraph(g, {IValue(input)})[0].toTensor();
  EXPECT_EQ(out.sizes(), (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(out.dtype(), ScalarType::Float);
  EXPECT_EQ(ops::sum(out).item().toDouble(), 6.0);
}

Value* addTensors(Graph& g, Value* a, Value* b) {
  return insertOp(g, "aten::add.Tensor", {a, b, intConstant(g, 1)}, Type::tensor());
}

// def f(x: Tensor):
//     y = x + x; y = y + x; y = y + x; y = y + x; y = y + x
//     return y
// Each intermediate is released after its last use (the next add), so at most two of them
// are alive at once, as in upstream's interpreter; holding all five would need 5 x 4 MiB.
TEST(Interpreter, IntermediatesAreReleasedAfterTheirLastUse) {
  Graph g;
  Value* x = g.addInput("x");
  Value* y = addTensors(g, x, x);
  for (int i = 0; i < 4; ++i) y = addTensors(g, y, x);
  g.registerOutput(y);

  constexpr int64_t kElements = int64_t{1} << 20;  // 4 MiB of float
  constexpr std::size_t kBytes = kElements * sizeof(float);
  Tensor input = ops::full({kElements}, Scalar(1.0), ScalarType::Float);
  CachingAllocator& allocator = cpuAllocator();
  const std::size_t before = allocator.stats().allocated_bytes;
  allocator.resetPeakStats();
  Tensor out = runGraph(g, {IValue(input)})[0].toTensor();
  EXPECT_LE(allocator.stats().peak_allocated_bytes - before, 2 * kBytes);
  EXPECT_EQ(out.data<float>()[kElements - 1], 6.0f);
}

// def f(x: Tensor, n: int):
//     y = x + x
//     acc = y
//     for i in range(n):
//         acc = acc + y
//     return acc
// y's last use at the top level is the loop node, but the body reads it on every iteration:
// it must not be released after the first one.
TEST(Interpreter, ValuesReadInsideALoopStayUntilTheEnd) {
  Graph g;
  Value* x = g.addInput("x");
  Value* n = g.addInput("n")->setType(Type::integer());
  Value* y = addTensors(g, x, x);
  Value* yes = g.insertConstant(Constant::boolean(true));
  Node* loop = g.insertNode(g.create("prim::Loop", {n, yes, y}));
  loop->output()->setType(Type::tensor());
  Block* body = loop->addBlock();
  body->addInput("i")->setType(Type::integer());
  Value* acc = body->addInput("acc");
  {
    WithInsertPoint guard(g, body);
    body->registerOutput(yes);
    body->registerOutput(addTensors(g, acc, y));
  }
  g.registerOutput(loop->output());
  Tensor input = ops::full({1}, Scalar(0.5), ScalarType::Float);
  Tensor out = runGraph(g, {IValue(input), IValue(3)})[0].toTensor();
  EXPECT_EQ(out.item().toDouble(), 4.0);  // (x + x) * 4
}

// def f(n: int):
//     l: List[int] = []
//     for i in range(n):
//         l.append(i * i)
//     a, b = (l[1], len(l))
//     return l, (a, b)[-1]
TEST(Interpreter, ListsAreMutatedThroughAliasesAndTuplesUnpack) {
  Graph g;
  Value* n = g.addInput("n")->setType(Type::integer());
  Value* yes = g.insertConstant(Constant::boolean(true));
  Node* make = g.insertNode(g.create("prim::ListConstruct"));
  Value* list = make->output()->setType(Type::list(Type::integer()));
  Node* loop = g.insertNode(g.create("prim::Loop", {n, yes}, 0));
  Block* body = loop->addBlock();
  Value* i = body->addInput("i")->setType(Type::integer());
  {
    WithInsertPoint guard(g, body);
    Value* square = insertOp(g, "aten::mul.int", {i, i}, Type::integer());
    insertOp(g, "aten::append.t", {list, square}, Type::list(Type::integer()));
    body->registerOutput(yes);
  }
  Value* a = insertOp(g, "aten::__getitem__.t", {list, intConstant(g, 1)}, Type::integer());
  Value* b = insertOp(g, "aten::len.t", {list}, Type::integer());
  Node* tuple = g.insertNode(g.create("prim::TupleConstruct", {a, b}));
  tuple->output()->setType(Type::tuple({Type::integer(), Type::integer()}));
  Node* unpack = g.insertNode(g.create("prim::TupleUnpack", {tuple->output()}, 2));
  Node* index = g.insertNode(g.create("prim::TupleIndex", {tuple->output(), intConstant(g, -1)}));
  g.registerOutput(list);
  g.registerOutput(unpack->output(0));
  g.registerOutput(index->output());

  std::vector<IValue> out = runGraph(g, {IValue(4)});
  EXPECT_EQ(out[0].str(), "[0, 1, 4, 9]");
  EXPECT_EQ(out[1].toInt(), 1);
  EXPECT_EQ(out[2].toInt(), 4);
}

TEST(Interpreter, PrintWritesLikeUpstream) {
  Graph g;
  Value* x = g.addInput("x")->setType(Type::floating());
  Value* s = g.insertConstant(Constant::string("s"));
  Node* list = g.insertNode(g.create("prim::ListConstruct", {x, x}));
  list->output()->setType(Type::list(Type::floating()));
  g.insertNode(g.create("prim::Print", {s, x, list->output()}, 0));
  std::ostringstream printed;
  runGraph(g, {IValue(2.0)}, printed);
  EXPECT_EQ(printed.str(), "s 2. [2., 2.]\n");
}

// Builds `def k(l: List[int], i: int):\n    return l[i]` with a source range on the
// indexing node, as the frontend would.
struct IndexingGraph {
  std::shared_ptr<Source> source =
      std::make_shared<Source>("def k(l: List[int], i: int):\n    return l[i]\n");
  Graph g;
  IndexingGraph() {
    Value* l = g.addInput("l")->setType(Type::list(Type::integer()));
    Value* i = g.addInput("i")->setType(Type::integer());
    Value* item = insertOp(g, "aten::__getitem__.t", {l, i}, Type::integer());
    item->node()->setSourceRange(SourceRange(source, 40, 44));  // "l[i]"
    g.registerOutput(item);
  }
};

// Upstream: 'The following operation failed in the TorchScript interpreter.\nTraceback of
// TorchScript (most recent call last):\n  File "<string>", line 10, in k\n ...
//     return l[i]\n           ~~~~ <--- HERE\n...RuntimeError: list index out of range\n'
TEST(Interpreter, RuntimeErrorQuotesTheFailingNode) {
  IndexingGraph graph;
  IValue list = IValue::list({IValue(1)}, Type::integer());
  EXPECT_EQ(runGraph(graph.g, {list, IValue(-1)})[0].toInt(), 1);
  try {
    runGraph(graph.g, {list, IValue(3)});
    FAIL() << "expected a RuntimeError";
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message(), "list index out of range");
    EXPECT_EQ(e.range().text(), "l[i]");
    std::string what = e.what();
    EXPECT_EQ(what.rfind("The following operation failed in the TorchScript interpreter.\n"
                         "Traceback of TorchScript (most recent call last):\n",
                         0),
              0u);
    EXPECT_NE(what.find("    return l[i]\n           ~~~~ <--- HERE\n"), std::string::npos) << what;
    EXPECT_NE(what.find("RuntimeError: list index out of range\n"), std::string::npos) << what;
  }
}

TEST(Interpreter, KernelErrorsBecomeRuntimeErrors) {
  Graph g;
  Value* a = g.addInput("a");
  Value* b = g.addInput("b");
  g.registerOutput(insertOp(g, "aten::add.Tensor", {a, b, intConstant(g, 1)}, Type::tensor()));
  IValue x(ops::ones({2}, ScalarType::Float));
  IValue y(ops::ones({3}, ScalarType::Float));
  try {
    runGraph(g, {x, y});
    FAIL() << "expected a RuntimeError";
  } catch (const RuntimeError& e) {
    EXPECT_NE(e.message().find("must match the size of tensor b"), std::string::npos)
        << e.message();
  }
}

// raise ValueError("bad") emits prim::RaiseException("bad", "builtins.ValueError").
TEST(Interpreter, RaiseExceptionCarriesTheClass) {
  Graph g;
  Value* msg = g.insertConstant(Constant::string("bad"));
  Value* cls = g.insertConstant(Constant::string("builtins.ValueError"));
  g.insertNode(g.create("prim::RaiseException", {msg, cls}, 0));
  try {
    runGraph(g, {});
    FAIL() << "expected a RuntimeError";
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.exceptionClass(), "builtins.ValueError");
    EXPECT_NE(std::string(e.what()).find("builtins.ValueError: bad\n"), std::string::npos);
  }
}

TEST(Interpreter, OperatorWithoutKernelIsReportedWhenReached) {
  Graph g;
  Value* x = g.addInput("x");
  g.registerOutput(insertOp(g, "aten::__interpolate.scale_list", {x}, Type::tensor()));
  try {
    runGraph(g, {IValue(ops::ones({1}, ScalarType::Float))});
    FAIL() << "expected a RuntimeError";
  } catch (const RuntimeError& e) {
    EXPECT_EQ(e.message(), "minijit has no kernel for aten::__interpolate.scale_list");
  }
}

}  // namespace
}  // namespace minijit
