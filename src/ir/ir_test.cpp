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

TEST(Value, RenameSuffixesPassTwoAndThreeDigits) {
  Graph g;
  std::vector<Value*> values;
  for (int i = 0; i < 60; ++i) values.push_back(g.addInput("rv"));
  EXPECT_EQ(values[4]->debugName(), "rv.9");
  EXPECT_EQ(values[5]->debugName(), "rv.11");
  EXPECT_EQ(values[49]->debugName(), "rv.99");
  EXPECT_EQ(values[50]->debugName(), "rv.101");
  EXPECT_EQ(values[59]->debugName(), "rv");
  // A name with a suffix of its own starts the search there: rv.101 is taken, so its holder
  // moves to the next suffix after the last one given out (rv.119).
  Value* x = g.addInput("rv.101");
  EXPECT_EQ(values[50]->debugName(), "rv.119");
  EXPECT_EQ(x->debugName(), "rv.101");
}

TEST(Value, NamingWithAHintGivesTheSameNames) {
  // The emitter names every Load's result after its variable with a NameHint: the names must
  // be those setDebugName(name) gives, including when the hinted name's holder drops it.
  Graph plain;
  Graph hinted;
  Value::NameHint hint;
  std::string x = "x";
  std::vector<Value*> a;
  std::vector<Value*> b;
  for (int i = 0; i < 6; ++i) {
    a.push_back(plain.addInput()->setDebugName(x));
    b.push_back(hinted.addInput()->setDebugName(x, hint));
    if (i == 3) {
      a.back()->setDebugName("");
      b.back()->setDebugName("");
    }
  }
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i]->debugName(), b[i]->debugName());
  EXPECT_EQ(b[2]->debugName(), "x.5");
  EXPECT_EQ(b[5]->debugName(), "x");
}

TEST(Value, RenamesOfInterleavedBasesKeepTheirOwnText) {
  // Candidates are built in one buffer that keeps the last base: renames that alternate
  // between a long and a short base must not mix their texts.
  Graph g;
  Value* long1 = g.addInput("longer_name");
  Value* short1 = g.addInput("ab");
  Value* long2 = g.addInput("longer_name");
  Value* short2 = g.addInput("ab");
  Value* short3 = g.addInput("ab");
  Value* long3 = g.addInput("longer_name");
  EXPECT_EQ(long1->debugName(), "longer_name.1");
  EXPECT_EQ(short1->debugName(), "ab.1");
  EXPECT_EQ(short2->debugName(), "ab.3");
  EXPECT_EQ(long2->debugName(), "longer_name.3");
  EXPECT_EQ(short3->debugName(), "ab");
  EXPECT_EQ(long3->debugName(), "longer_name");
}

TEST(Value, RenameSuffixesPassFourDigits) {
  Graph g;
  std::vector<Value*> values;
  for (int i = 0; i < 502; ++i) values.push_back(g.addInput("rv"));
  EXPECT_EQ(values[49]->debugName(), "rv.99");
  EXPECT_EQ(values[50]->debugName(), "rv.101");
  EXPECT_EQ(values[499]->debugName(), "rv.999");
  EXPECT_EQ(values[500]->debugName(), "rv.1001");
  EXPECT_EQ(values[501]->debugName(), "rv");
}

TEST(Value, TakingTheOldHoldersOwnNameGivesBothTheReplacement) {
  // Upstream renames the old holder's string in place, and `name` is that very string (as in
  // createClone): both values end up `y.3`, the map giving it to the new one. Once the old
  // one drops its name the map forgets `y.3`, and a third value takes it without a rename.
  Graph g;
  Value* a = g.addInput("y");
  Value* b = g.addInput("y");
  EXPECT_EQ(a->debugName(), "y.1");
  Value* c = g.addInput();
  c->setDebugName(a->debugName());
  EXPECT_EQ(a->debugName(), "y.3");
  EXPECT_EQ(c->debugName(), "y.3");
  EXPECT_EQ(b->debugName(), "y");
  a->setDebugName("");
  EXPECT_FALSE(a->hasDebugName());
  Value* d = g.addInput("y.3");
  EXPECT_EQ(c->debugName(), "y.3");
  EXPECT_EQ(d->debugName(), "y.3");
  // A value given its own name ends up unnamed, as upstream's does.
  d->setDebugName(d->debugName());
  EXPECT_FALSE(d->hasDebugName());
}

TEST(Node, LoadsAndStoresPrintTheirVariable) {
  Graph g;
  Node* load = g.insertNode(g.create(kinds().load));
  load->setVariableName("x");
  load->output()->setType(Type::integer());
  Node* store = g.insertNode(g.create(kinds().store, 0));
  store->addInput(load->output());
  store->setVariableName("y");
  EXPECT_EQ(*load->variableName(), "x");
  EXPECT_EQ(g.toString(),
            "graph():\n"
            "  %0 : int = prim::Load[name=\"x\"]()\n"
            "   = prim::Store[name=\"y\"](%0)\n"
            "  return ()\n");
}

TEST(Node, BlocksAndCalledGraphAreEmptyUntilSet) {
  // Nodes without blocks or a called graph share one empty Node::Extra; setting either on one
  // node must not show on another.
  Graph g;
  Node* a = g.insertNode(g.create("prim::If", 0));
  Node* b = g.insertNode(g.create("aten::neg", 0));
  EXPECT_TRUE(a->blocks().empty());
  EXPECT_EQ(a->calledGraph(), nullptr);
  a->addBlock();
  a->addBlock();
  auto callee = std::make_shared<const Graph>();
  b->setCalledGraph(callee);
  EXPECT_EQ(a->blocks().size(), 2u);
  EXPECT_EQ(a->calledGraph(), nullptr);
  EXPECT_TRUE(b->blocks().empty());
  EXPECT_EQ(b->calledGraph(), callee);
  Node* c = g.insertNode(g.create("aten::neg", 0));
  EXPECT_TRUE(c->blocks().empty());
  EXPECT_EQ(c->calledGraph(), nullptr);
  EXPECT_EQ(g.block()->nodeList().size(), 3u);
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
