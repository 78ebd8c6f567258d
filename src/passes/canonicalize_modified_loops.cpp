// Canonicalizing modified loops: a for loop whose condition can change (it returns or breaks
// from inside) becomes a while loop that counts its own iterations, as upstream's
// CanonicalizeModifiedLoops does right after the SSA conversion:
//   Loop(n, cond) { i -> ... -> (next_cond) }
// becomes
//   Loop(INT64_MAX, n > 0 and cond, 0) { _, i -> ...; i+1 -> (i+1 < n and next_cond, i+1) }
// Chapter 6.
#include <limits>

#include "passes/passes.h"
#include "types/operator_catalogue.h"

namespace minijit {

namespace {

// The value of a prim::Constant, or null. (A pointer, not a copy: every loop asks this.)
const Constant* constantOf(const Value* v) {
  static const Constant none = Constant::none();
  const Node* n = v->node();
  if (n->kind() != kinds().constant) return nullptr;
  for (const auto& [name, value] : n->attributes()) {
    if (std::string_view(name) == "value") return &value;  // (a view: no strlen, no memcmp call)
  }
  return &none;
}

bool isTrue(const Value* v) {
  const Constant* c = constantOf(v);
  return c && c->kind == Constant::Kind::Bool && c->b;
}

Value* insertOp(Graph& graph, const char* qualified_name, std::vector<Value*> inputs,
                TypePtr type) {
  Node* n = graph.insertNode(graph.create(
      std::string(qualified_name).substr(0, std::string(qualified_name).find('.')), inputs));
  n->setSchema(OperatorCatalogue::instance().find(qualified_name));
  n->output()->setType(std::move(type));
  return n->output();
}

void canonicalizeLoop(Graph& graph, Node* loop) {
  Value* max_trip_count = loop->input(0);
  Value* input_cond = loop->input(1);
  Block* body = loop->blocks()[0];
  const Constant* trip = constantOf(max_trip_count);
  bool always_true = isTrue(input_cond) && isTrue(body->outputs()[0]);
  bool trip_count_given = !trip || trip->i != std::numeric_limits<int64_t>::max();
  if (always_true || !trip_count_given) return;

  // [book:rewrite-loop]
  WithInsertPoint before_loop(graph, loop);
  Value* zero = graph.insertConstant(Constant::integer(0));
  Value* one = graph.insertConstant(Constant::integer(1));
  Value* condition = insertOp(graph, "aten::gt.int", {max_trip_count, zero}, Type::boolean());
  loop->replaceInput(0, graph.insertConstant(Constant::integer(std::numeric_limits<int64_t>::max())));
  if (!isTrue(input_cond)) {
    condition = insertOp(graph, "aten::__and__.bool", {condition, input_cond}, Type::boolean());
  }
  loop->replaceInput(1, condition);
  loop->addOutput()->setType(Type::integer());
  WithInsertPoint in_body(graph, body);
  loop->addInput(zero);
  Value* iteration = body->addInput()->setType(Type::integer());
  Value* old_iteration = body->inputs()[0];
  old_iteration->setDebugName("");
  old_iteration->replaceAllUsesWith(iteration);
  Value* next = insertOp(graph, "aten::add.int", {iteration, one}, Type::integer());
  body->registerOutput(next);
  Value* below_max = insertOp(graph, "aten::lt.int", {next, max_trip_count}, Type::boolean());
  Value* next_cond = insertOp(graph, "aten::__and__.bool", {below_max, body->outputs()[0]},
                              Type::boolean());
  body->eraseOutput(0);
  body->insertOutput(0, next_cond);
  // [/book:rewrite-loop]
}

void canonicalizeBlock(Graph& graph, Block* block) {
  // (Rewriting a loop adds nodes before it and inside its body, so the walk follows the list
  // itself rather than a copy of it.)
  const InternedKind& loop = kinds().loop;
  for (Node* n : block->nodes()) {
    for (Block* inner : n->blocks()) canonicalizeBlock(graph, inner);
    if (n->kind() == loop) canonicalizeLoop(graph, n);
  }
}

}  // namespace

void canonicalizeModifiedLoops(Graph& graph) { canonicalizeBlock(graph, graph.block()); }

}  // namespace minijit
