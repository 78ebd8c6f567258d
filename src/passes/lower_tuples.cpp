// Lowering simple tuples: reading an element of a tuple built right here is reading the
// value it was built from. The same walk erases the empty list literals. Chapter 6.
#include "passes/passes.h"

namespace minijit {

namespace {

// [book:lower-in-block]
void lowerInBlock(Graph& graph, Block* block, std::vector<Node*>& fresh_containers) {
  const NodeKinds& kind = kinds();
  Node* next = nullptr;
  for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
    next = n->next();  // read first: `n` may go away (the list is not copied, for speed)
    for (Block* inner : n->blocks()) lowerInBlock(graph, inner, fresh_containers);
    if (n->kind() == kind.empty_list_literal) {
      // (The ListConstruct made in its place is a fresh container, met here in pre-order.)
      if (Node* list = eraseListLiteral(graph, n)) fresh_containers.push_back(list);
      continue;
    }
    if (makesFreshContainer(n)) fresh_containers.push_back(n);  // (for eliminateDeadCode)
    // (The node's own kind first: it is at hand, the producer's is another node away.)
    if (n->kind() != kind.tuple_unpack && n->kind() != kind.tuple_index) continue;
    if (n->inputs().empty()) continue;
    Node* producer = n->input(0)->node();
    if (producer->kind() != kind.tuple_construct) continue;
    if (n->kind() == kind.tuple_unpack) {
      for (size_t i = 0; i < n->outputs().size(); ++i) {
        n->outputs()[i]->replaceAllUsesWith(producer->input(i));
      }
      n->destroy();
    } else if (n->kind() == kind.tuple_index) {
      Node* index = n->input(1)->node();
      if (index->kind() != kind.constant || !index->hasAttribute("value")) continue;
      int64_t i = index->attribute("value").i;
      if (i < 0) i += static_cast<int64_t>(producer->inputs().size());
      n->output()->replaceAllUsesWith(producer->input(static_cast<size_t>(i)));
      n->destroy();
    }
  }
}
// [/book:lower-in-block]

}  // namespace

// Upstream runs eraseListLiterals and then lowerSimpleTuples, each a walk of the graph. One
// walk does both here, with the same result: the two rewrite different nodes (a tuple is never
// a list literal), a literal comes before every use of its list, and lowering makes no values,
// so the ListConstructs are created in the same order (and numbered the same) as by two walks.
//
// Upstream ends lowerSimpleTuples with dead code elimination, so nodes nobody uses are gone
// before constant propagation could fold them (and number their results). The walk collects
// the graph's fresh containers for it, which saves it a walk of its own (lowering destroys
// only tuple nodes and literals).
void eraseListLiteralsAndLowerTuples(Graph& graph) {
  std::vector<Node*> fresh_containers;
  lowerInBlock(graph, graph.block(), fresh_containers);
  eliminateDeadCode(graph, fresh_containers);
}

}  // namespace minijit
