// Tests for the IR: naming rules and the printed format (text out, compared whole).
#include <gtest/gtest.h>

#include "ir/ir.h"

namespace minijit {
namespace {

TEST(Value, TakingANameRenamesTheOldHolderWithOddSuffixes) {
  // Upstream: each rename of base `rv` picks the next free suffix after the last one used + 1.
  Graph g;
  Value* a = g.addInput("rv");
  Value* b = g.addInput("rv");
  EXPECT_EQ(a->debugName(), "rv.1");
  EXPECT_EQ(b->debugName(), "rv");
  Value* c = g.addInput("rv");
  EXPECT_EQ(b->debugName(), "rv.3");
  EXPECT_EQ(c->debugName(), "rv");
}

TEST(Printer, PrintsUpstreamFormat) {
  auto src = std::make_shared<Source>("def f(x: int):\n    return x + 1\n");
  Graph g;
  Value* x = g.addInput("x")->setType(Type::integer());
  g.create("prim::Load");  // burn value number 1, as upstream's load of x does
  Value* one = g.insertConstant(Constant::integer(1), SourceRange(src, 30, 31));
  Node* add = g.insertNode(g.create("aten::add", {x, one}));
  add->output()->setType(Type::integer());
  add->setSourceRange(SourceRange(src, 26, 31));
  g.registerOutput(add->output());
  x->setDebugName("x.1");
  EXPECT_EQ(g.toString(),
            "graph(%x.1 : int):\n"
            "  %2 : int = prim::Constant[value=1]() # <string>:2:15\n"
            "  %3 : int = aten::add(%x.1, %2) # <string>:2:11\n"
            "  return (%3)\n");
}

TEST(Node, DestroyDropsUsesAndRejectsUsedOutputs) {
  Graph g;
  Value* x = g.addInput("x");
  Node* n = g.insertNode(g.create("aten::neg", {x}));
  EXPECT_EQ(x->uses().size(), 1u);
  Node* m = g.insertNode(g.create("aten::neg", {n->output()}));
  EXPECT_THROW(n->destroy(), std::logic_error);
  m->destroy();
  n->destroy();
  EXPECT_TRUE(x->uses().empty());
  EXPECT_EQ(g.toString(), "graph(%x : Tensor):\n  return ()\n");
}

}  // namespace
}  // namespace minijit
