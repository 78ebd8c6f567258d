// Lowering simple tuples: reading an element of a tuple built right here is reading the
// value it was built from. Chapter 6.
#include "passes/passes.h"

namespace minijit {

namespace {

// [book:lower-in-block]
void lowerInBlock(Block* block) {
  Node* next = nullptr;
  for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
    next = n->next();  // read first: `n` may go away (the list is not copied, for speed)
    for (Block* inner : n->blocks()) lowerInBlock(inner);
    if (n->inputs().empty()) continue;
    Node* producer = n->input(0)->node();
    if (producer->kind() != kinds().tuple_construct) continue;
    if (n->kind() == kinds().tuple_unpack) {
      for (size_t i = 0; i < n->outputs().size(); ++i) {
        n->outputs()[i]->replaceAllUsesWith(producer->input(i));
      }
      n->destroy();
    } else if (n->kind() == kinds().tuple_index) {
      Node* index = n->input(1)->node();
      if (index->kind() != kinds().constant || !index->hasAttribute("value")) continue;
      int64_t i = index->attribute("value").i;
      if (i < 0) i += static_cast<int64_t>(producer->inputs().size());
      n->output()->replaceAllUsesWith(producer->input(static_cast<size_t>(i)));
      n->destroy();
    }
  }
}
// [/book:lower-in-block]

}  // namespace

// Upstream ends the pass with dead code elimination, so nodes nobody uses are gone before
// constant propagation could fold them (and number their results).
void lowerSimpleTuples(Graph& graph) {
  lowerInBlock(graph.block());
  eliminateDeadCode(graph);
}

}  // namespace minijit
