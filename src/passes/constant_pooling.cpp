// Constant pooling: one prim::Constant per distinct value, all at the top of the graph.
// Chapter 6.
#include <vector>

#include "passes/passes.h"

namespace minijit {

namespace {

// Upstream's value comparison does not know Enum members, so it never pools one (nor a list
// holding them): `Color.RED` written twice stays two constants.
bool holdsEnum(const Constant& c) {
  if (c.kind == Constant::Kind::Enum) return true;
  for (const Constant& element : c.elements) {
    if (holdsEnum(element)) return true;
  }
  return false;
}

bool sameConstant(const Node* a, const Node* b) {
  if (!sameType(a->output()->type(), b->output()->type())) return false;
  if (a->hasAttribute("value") && holdsEnum(a->attribute("value"))) return false;
  if (a->attributes().size() != b->attributes().size()) return false;
  for (size_t i = 0; i < a->attributes().size(); ++i) {
    if (a->attributes()[i].first != b->attributes()[i].first ||
        !(a->attributes()[i].second == b->attributes()[i].second)) {
      return false;
    }
  }
  return true;
}

// [book:pool-in-block]
void poolInBlock(Graph& graph, Block* block, std::vector<Node*>& seen) {
  for (Node* n : block->nodeList()) {
    if (!n->blocks().empty()) {
      for (Block* inner : n->blocks()) poolInBlock(graph, inner, seen);
      continue;
    }
    if (n->kind() != "prim::Constant") continue;
    Node* existing = nullptr;
    for (Node* candidate : seen) {
      if (sameConstant(candidate, n)) {
        existing = candidate;
        break;
      }
    }
    if (existing) {
      n->output()->replaceAllUsesWith(existing->output());
      n->destroy();
      continue;
    }
    seen.push_back(n);
    Node* first = graph.block()->paramNode()->next();
    if (first != n) n->moveBefore(first);
  }
}
// [/book:pool-in-block]

}  // namespace

void poolConstants(Graph& graph) {
  std::vector<Node*> seen;
  poolInBlock(graph, graph.block(), seen);
}

}  // namespace minijit
