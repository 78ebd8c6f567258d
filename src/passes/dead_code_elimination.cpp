// Dead code elimination: walks each block backwards, removing nodes nobody uses. Nodes with
// side effects (printing, raising, writing to a list or tensor) always stay. Chapter 6.
#include <set>

#include "passes/passes.h"

namespace minijit {

bool hasSideEffects(const Node* node) {
  const std::string& kind = node->kind();
  if (kind == "prim::Print" || kind == "prim::RaiseException" || kind == "prim::ReturnStmt" ||
      kind == "aten::warn" || kind == "prim::CallFunction" || kind == "aten::manual_seed" ||
      kind == "prim::CallMethod" || kind == "prim::SetAttr" || kind == "prim::Enter" ||
      kind == "prim::Exit") {
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

// [book:keep-loop-results]
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
// [/book:keep-loop-results]

// [book:eliminate-in-block]
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
// [/book:eliminate-in-block]

// Nodes that make a new container nobody else can see yet.
bool makesFreshContainer(const Node* n) {
  const std::string& kind = n->kind();
  return kind == "prim::ListConstruct" || kind == "prim::DictConstruct" || kind == "aten::list" ||
         kind == "aten::dict" || kind == "aten::copy";
}

// Whether `use` only writes into the value it reads (`xs.append(1)` with its result unused).
// Only the written `self` counts: `a.update(b)` marks both dicts as written, but reads `b`.
bool isWriteOnlyUse(const Use& use) {
  const FunctionSchema* schema = use.user->schema();
  if (!schema || use.offset != 0 || schema->arguments.empty()) return false;
  if (!schema->arguments[use.offset].is_write) return false;
  for (const Value* out : use.user->outputs()) {
    if (out->hasUses()) return false;
  }
  return true;
}

// [book:write-only-containers]
// A fresh list or dict that is only ever written to is dead together with the writes, as
// upstream's alias-aware dead code elimination finds (conformance case
// builtins/list_of_str_chars).
bool removeWriteOnlyContainers(Block* block) {
  bool changed = false;
  for (Node* n : block->nodeList()) {
    for (Block* inner : n->blocks()) changed |= removeWriteOnlyContainers(inner);
    if (!makesFreshContainer(n) || !n->output()->hasUses()) continue;
    bool only_writes = true;
    for (const Use& use : n->output()->uses()) only_writes = only_writes && isWriteOnlyUse(use);
    if (!only_writes) continue;
    std::vector<Use> uses = n->output()->uses();
    for (const Use& use : uses) use.user->destroy();
    changed = true;
  }
  return changed;
}
// [/book:write-only-containers]

}  // namespace

void eliminateDeadCode(Graph& graph) {
  while (removeWriteOnlyContainers(graph.block())) {
  }
  std::set<const Node*> pinned;
  pinLoopResults(graph.block(), pinned);
  eliminateInBlock(graph.block(), pinned);
}

}  // namespace minijit
