// Dead code elimination: walks each block backwards, removing nodes nobody uses. Nodes with
// side effects (printing, raising, writing to a list or tensor) always stay. Chapter 6.
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

void eliminateInBlock(Block* block) {
  for (Node* n = block->returnNode()->prev(); n != block->paramNode();) {
    Node* prev = n->prev();
    if (n->kind() == "prim::If") removeDeadIfOutputs(n);
    for (Block* inner : n->blocks()) eliminateInBlock(inner);
    if (!anyOutputUsed(n) && !hasSideEffects(n) &&
        !(n->kind() == "prim::Loop" && !n->outputs().empty())) {
      n->destroy();
    }
    n = prev;
  }
}

}  // namespace

void eliminateDeadCode(Graph& graph) { eliminateInBlock(graph.block()); }

}  // namespace minijit
