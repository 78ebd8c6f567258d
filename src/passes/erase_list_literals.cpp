// Erasing empty list literals: the emitter writes an unannotated `[]` as
// prim::EmptyListLiteral; here each one that is used becomes a fresh ListConstruct of
// Tensors in its place (unnamed, with a new value number), as upstream's eraseListLiterals
// does before the other cleanups (conformance case types/empty_list_is_tensor_list).
// Chapter 6.
#include "passes/passes.h"

namespace minijit {

namespace {

// [book:erase-list-literals]
void eraseInBlock(Graph& graph, Block* block) {
  const InternedKind& empty_list_literal = kinds().empty_list_literal;
  Node* next = nullptr;
  for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
    next = n->next();  // read first: `n` may go away (the list is not copied, for speed)
    for (Block* inner : n->blocks()) eraseInBlock(graph, inner);
    if (n->kind() != empty_list_literal) continue;
    if (n->output()->hasUses()) {
      Node* list = graph.create("prim::ListConstruct");
      list->output()->setType(n->output()->type());
      list->insertBefore(n);
      n->output()->replaceAllUsesWith(list->output());
    }
    n->destroy();
  }
}
// [/book:erase-list-literals]

}  // namespace

void eraseListLiterals(Graph& graph) { eraseInBlock(graph, graph.block()); }

}  // namespace minijit
