// Exit transforms: a `return` is emitted as prim::ReturnStmt; here it becomes the value the
// graph returns, as upstream's TransformExits does. minijit handles returns at the end of the
// function body; early returns inside if/loop bodies are rejected for now. Book chapter 5.
#include "frontend/function_emitter.h"

namespace minijit {

namespace {

// Upstream runs two exit transformers (loop continuations, then returns); each starts by
// making `true`, `false` and an uninitialized bool, which count in the value numbering even
// though nothing uses them here (dead code elimination removes them).
void insertTransformerConstants(Graph& graph) {
  for (int transformer = 0; transformer < 2; ++transformer) {
    WithInsertPoint front(graph, graph.block()->paramNode()->next());
    graph.insertConstant(Constant::boolean(true));
    graph.insertConstant(Constant::boolean(false));
    Node* unit = graph.create("prim::Uninitialized");
    unit->output()->setType(Type::boolean());
    unit->insertAfter(graph.block()->paramNode());
  }
}

void rejectNestedReturns(Block* block) {
  for (Node* n : block->nodes()) {
    if (n->kind() == "prim::ReturnStmt") {
      throw ErrorReport(n->sourceRange())
          << "minijit does not support return statements inside if/while/for bodies yet";
    }
    for (Block* b : n->blocks()) rejectNestedReturns(b);
  }
}

}  // namespace

void transformExits(Graph& graph) {
  insertTransformerConstants(graph);
  Block* top = graph.block();
  for (Node* n : top->nodes()) {
    for (Block* b : n->blocks()) rejectNestedReturns(b);
  }
  Node* ret = nullptr;
  for (Node* n : top->nodes()) {
    if (n->kind() == "prim::ReturnStmt") {
      ret = n;
      break;
    }
  }
  if (!ret) return;  // the function always raises: the placeholder output stays
  // Nodes after the return (the output placeholder) are unreachable. A value still used by
  // the graph's return gets a unit value of its type (cached for bool).
  Value* bool_unit = top->paramNode()->next()->output();
  for (Node* n = top->returnNode()->prev(); n != ret; n = top->returnNode()->prev()) {
    for (Value* out : n->outputs()) {
      if (!out->hasUses()) continue;
      Value* unit = bool_unit;
      if (out->type()->kind() != TypeKind::Bool) {
        Node* fresh = graph.create("prim::Uninitialized");
        fresh->output()->setType(out->type());
        fresh->insertAfter(top->paramNode());
        unit = fresh->output();
      }
      out->replaceAllUsesWith(unit);
    }
    n->destroy();
  }
  top->eraseOutput(0);
  top->registerOutput(ret->input(0));
  ret->destroy();
}

}  // namespace minijit
