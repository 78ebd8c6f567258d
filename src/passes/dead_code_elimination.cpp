// Dead code elimination: walks each block backwards, removing nodes nobody uses. Nodes with
// side effects (printing, raising, writing to a list or tensor) always stay. Chapter 6.
#include <algorithm>
#include <vector>

#include "passes/passes.h"

namespace minijit {

namespace {

// The kinds that always have side effects, and the list mutators (declared with aliasing
// annotations upstream; minijit lists them), interned once.
struct SideEffectKinds {
  InternedKind always[10] = {
      InternedKind("prim::Print"),       InternedKind("prim::RaiseException"),
      InternedKind("prim::ReturnStmt"),  InternedKind("aten::warn"),
      InternedKind("prim::CallFunction"), InternedKind("aten::manual_seed"),
      InternedKind("prim::CallMethod"),  InternedKind("prim::SetAttr"),
      InternedKind("prim::Enter"),       InternedKind("prim::Exit")};
  InternedKind append{"aten::append"};
  InternedKind set_item{"aten::_set_item"};
};

}  // namespace

bool hasSideEffects(const Node* node) {
  static const SideEffectKinds side_effects;
  const std::string& kind = node->kind();
  // Most nodes asked about are dead constants, which have no schema and no blocks: they are
  // answered before the walk through the kinds below.
  if (kind == kinds().constant && !node->schema() && node->blocks().empty()) return false;
  for (const InternedKind& k : side_effects.always) {
    if (kind == k) return true;
  }
  if (const FunctionSchema* schema = node->schema()) {
    for (const Argument& arg : schema->arguments) {
      if (arg.is_write) return true;
    }
    if (kind == side_effects.append || kind == side_effects.set_item) return true;
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
// Only a loop that goes away can make such a producer dead (while the loop stays, its body
// uses the value), so the loops are looked at when `dead` (a loop, or a node holding loops)
// is about to be destroyed; the producers come later in the backward walk.
void pinLoopResults(const Node* dead, std::vector<const Node*>& pinned) {
  if (dead->kind() == kinds().loop) {
    for (const Value* v : dead->blocks()[0]->outputs()) pinned.push_back(v->node());
  }
  for (const Block* block : dead->blocks()) {
    for (const Node* n : block->nodes()) pinLoopResults(n, pinned);
  }
}
// [/book:keep-loop-results]

// [book:eliminate-in-block]
void eliminateInBlock(Block* block, std::vector<const Node*>& pinned) {
  const NodeKinds& kind = kinds();
  for (Node* n = block->returnNode()->prev(); n != block->paramNode();) {
    Node* prev = n->prev();
    if (n->kind() == kind.if_) removeDeadIfOutputs(n);
    for (Block* inner : n->blocks()) eliminateInBlock(inner, pinned);
    if (!anyOutputUsed(n) && !(n->kind() == kind.loop && !n->outputs().empty()) &&
        !hasSideEffects(n) && std::find(pinned.begin(), pinned.end(), n) == pinned.end()) {
      if (!n->blocks().empty()) pinLoopResults(n, pinned);
      n->destroy();
    }
    n = prev;
  }
}
// [/book:eliminate-in-block]

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
bool removeIfWriteOnly(Node* container) {
  if (!container->output()->hasUses()) return false;
  bool only_writes = true;
  for (const Use& use : container->output()->uses()) {
    only_writes = only_writes && isWriteOnlyUse(use);
  }
  if (!only_writes) return false;
  UseList uses = container->output()->uses();  // (destroying the users changes the list)
  for (const Use& use : uses) use.user->destroy();
  return true;
}
// [/book:write-only-containers]

void collectFreshContainers(Block* block, std::vector<Node*>& found) {
  for (Node* n : block->nodes()) {
    for (Block* inner : n->blocks()) collectFreshContainers(inner, found);
    if (makesFreshContainer(n)) found.push_back(n);
  }
}

}  // namespace

void eliminateDeadCode(Graph& graph, const std::vector<Node*>& fresh_containers) {
  // Destroying one container's writes can leave another one only written to: repeat until
  // nothing changes. (The writes destroyed are never containers themselves.)
  bool changed = true;
  while (changed) {
    changed = false;
    for (Node* container : fresh_containers) changed |= removeIfWriteOnly(container);
  }
  std::vector<const Node*> pinned;
  eliminateInBlock(graph.block(), pinned);
}

void eliminateDeadCode(Graph& graph) {
  std::vector<Node*> fresh_containers;
  collectFreshContainers(graph.block(), fresh_containers);
  eliminateDeadCode(graph, fresh_containers);
}

}  // namespace minijit
