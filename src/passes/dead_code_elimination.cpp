// Dead code elimination: walks each block backwards, removing nodes nobody uses. Nodes with
// side effects (printing, raising, writing to a list or tensor) always stay. Chapter 6.
#include <set>

#include "passes/passes.h"

namespace minijit {

bool hasSideEffects(const Node* node) {
  const std::string& kind = node->kind();
  if (kind == "prim::Print" || kind == "prim::RaiseException" || kind == "prim::ReturnStmt" ||
      kind == "aten::warn" || kind == "prim::CallFunction") {
    return true;
  }
  if (const FunctionSchema* schema = node->schema()) {
    for (const Argument& arg : schema->arguments) {
      if (arg.is_write) return true;
    }
    // List mutators are declared with aliasing annotations upstream; minijit lists them.
    if (kind == "aten::append" || kind == "aten::_set_item") return true;
  }
  for (const Block* block : node->blocks()) {
    for (const Node* inner : block->nodes()) {
      if (hasSideEffects(inner)) return true;
    }
  }
  return false;
}

namespace {

bool anyOutputUsed(const Node* node) {
  for (const Value* out : node->outputs()) {
    if (out->hasUses()) return true;
  }
  return false;
}

// An If output nobody reads is dropped together with the values its blocks return for it.
void removeDeadIfOutputs(Node* node) {
  for (size_t i = node->outputs().size(); i-- > 0;) {
    if (node->outputs()[i]->hasUses()) continue;
    for (Block* block : node->blocks()) block->eraseOutput(i);
    node->eraseOutput(i);
  }
}

// Upstream marks what a loop body returns as live even when the loop itself is dead, so the
// producers of those values survive the loop (conformance case statements/pass_statement).
void pinLoopResults(Block* block, std::set<const Node*>& pinned) {
  for (Node* n : block->nodes()) {
    if (n->kind() == "prim::Loop") {
      for (const Value* v : n->blocks()[0]->outputs()) pinned.insert(v->node());
    }
    for (Block* inner : n->blocks()) pinLoopResults(inner, pinned);
  }
}

void eliminateInBlock(Block* block, const std::set<const Node*>& pinned) {
  for (Node* n = block->returnNode()->prev(); n != block->paramNode();) {
    Node* prev = n->prev();
    if (n->kind() == "prim::If") removeDeadIfOutputs(n);
    for (Block* inner : n->blocks()) eliminateInBlock(inner, pinned);
    if (!pinned.count(n) && !anyOutputUsed(n) && !hasSideEffects(n) &&
        !(n->kind() == "prim::Loop" && !n->outputs().empty())) {
      n->destroy();
    }
    n = prev;
  }
}

}  // namespace

void eliminateDeadCode(Graph& graph) {
  std::set<const Node*> pinned;
  pinLoopResults(graph.block(), pinned);
  eliminateInBlock(graph.block(), pinned);
}

}  // namespace minijit
