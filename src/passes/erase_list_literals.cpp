// Erasing empty list literals: the emitter writes an unannotated `[]` as
// prim::EmptyListLiteral; here each one that is used becomes a fresh ListConstruct of
// Tensors in its place (unnamed, with a new value number), as upstream's eraseListLiterals
// does before the other cleanups (conformance case types/empty_list_is_tensor_list).
// The walk that finds them is the tuple lowering's (eraseListLiteralsAndLowerTuples in
// lower_tuples.cpp). Chapter 6.
#include "passes/passes.h"

namespace minijit {

// [book:erase-list-literals]
Node* eraseListLiteral(Graph& graph, Node* literal) {
  Node* list = nullptr;
  if (literal->output()->hasUses()) {
    list = graph.create("prim::ListConstruct");
    list->output()->setType(literal->output()->type());
    list->insertBefore(literal);
    literal->output()->replaceAllUsesWith(list->output());
  }
  literal->destroy();
  return list;
}
// [/book:erase-list-literals]

}  // namespace minijit
