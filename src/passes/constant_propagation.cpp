// Constant propagation over immutable types: an operator whose inputs are all constants is
// run at compile time (through the runtime's kernels) and its results become constants.
// Only int/float/bool/str/None and tuples of them take part — lists and tensors are
// mutable, so upstream leaves them alone at this stage. Chapter 6.
#include "passes/passes.h"
#include "runtime/operator_registry.h"

namespace minijit {

namespace {

// [book:is-immutable]
bool isImmutable(const TypePtr& type) {
  switch (type->kind()) {
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Bool:
    case TypeKind::Str:
    case TypeKind::None: return true;
    case TypeKind::Tuple:
      for (const TypePtr& t : type->containedTypes()) {
        if (!isImmutable(t)) return false;
      }
      return true;
    default: return false;
  }
}
// [/book:is-immutable]

std::optional<Constant> toConstant(const IValue& v) {
  switch (v.tag()) {
    case IValue::Tag::None: return Constant::none();
    case IValue::Tag::Bool: return Constant::boolean(v.toBool());
    case IValue::Tag::Int: return Constant::integer(v.toInt());
    case IValue::Tag::Double: return Constant::floating(v.toDouble());
    case IValue::Tag::String: return Constant::string(v.toStringRef());
    case IValue::Tag::Tuple: {
      std::vector<Constant> elements;
      for (const IValue& e : v.toTuple()->elements) {
        auto c = toConstant(e);
        if (!c) return std::nullopt;
        elements.push_back(*c);
      }
      return Constant::tuple(std::move(elements));
    }
    default: return std::nullopt;
  }
}

const Constant& constantValue(const Node* n) {
  static const Constant none = Constant::none();
  for (const auto& [name, value] : n->attributes()) {
    if (std::string_view(name) == "value") return value;  // (a view: no strlen, no memcmp call)
  }
  return none;
}

// The cheap first test of tryFold: `n` is no constant and has no blocks, and every input is
// a prim::Constant. Most nodes fail it, so the walk asks it before calling tryFold, whose
// call alone (it returns a vector of constants) costs more than the test.
bool readsOnlyConstants(const Node* n, const NodeKinds& kind) {
  if (n->kind() == kind.constant || !n->blocks().empty()) return false;
  for (const Value* in : n->inputs()) {
    if (in->node()->kind() != kind.constant) return false;
  }
  return true;
}

// Evaluates `n` if it qualifies; returns its outputs as constants. (The caller has checked
// readsOnlyConstants.)
std::optional<std::vector<Constant>> tryFold(const Node* n) {
  for (const Value* in : n->inputs()) {
    if (!isImmutable(in->type())) return std::nullopt;
  }
  for (const Value* out : n->outputs()) {
    if (!isImmutable(out->type())) return std::nullopt;
  }
  if (hasSideEffects(n)) return std::nullopt;
  if (n->kind() == kinds().tuple_construct) {
    std::vector<Constant> elements;
    for (const Value* in : n->inputs()) elements.push_back(constantValue(in->node()));
    return std::vector<Constant>{Constant::tuple(std::move(elements))};
  }
  // [book:fold-through-kernel]
  if (!n->schema()) return std::nullopt;
  const Kernel* kernel = OperatorRegistry::instance().find(n->schema()->qualifiedName());
  if (!kernel) return std::nullopt;
  Stack stack;
  for (const Value* in : n->inputs()) stack.push_back(IValue::fromConstant(constantValue(in->node())));
  try {
    (*kernel)(stack);
  } catch (const std::exception&) {
    return std::nullopt;  // e.g. 1 // 0: left for the program to raise at run time, as upstream
  }
  if (stack.size() != n->outputs().size()) return std::nullopt;
  std::vector<Constant> results;
  for (const IValue& v : stack) {
    auto c = toConstant(v);
    if (!c) return std::nullopt;
    results.push_back(*c);
  }
  return results;
  // [/book:fold-through-kernel]
}

// What a walk of the graph finds out: whether it changed anything, and the fresh containers
// it met, in pre-order (for the dead code elimination that follows, which then need not
// walk the graph for them).
struct Propagation {
  bool changed = false;
  std::vector<Node*> fresh_containers;
};

void propagateInBlock(Graph& graph, Block* block, Propagation& result);

// `if True:` keeps only the taken branch, inlined in place of the If. (The other branch is
// not walked: it goes away with the If.)
void inlineConstantIf(Graph& graph, Node* n, Propagation& result) {
  result.changed = true;
  bool taken = constantValue(n->input(0)->node()).b;
  Block* branch = n->blocks()[taken ? 0 : 1];
  propagateInBlock(graph, branch, result);
  for (Node* inner : branch->nodeList()) inner->moveBefore(n);
  for (size_t i = 0; i < n->outputs().size(); ++i) {
    n->outputs()[i]->replaceAllUsesWith(branch->outputs()[i]);
  }
  n->destroy();
}

// [book:remove-extra-if-outputs]
// An If output that both branches set to the same value (or to equal constants) is that
// value: the output goes away.
bool removeExtraIfOutputs(Graph& graph, Node* n) {
  size_t before = n->outputs().size();
  Block* then_block = n->blocks()[0];
  Block* else_block = n->blocks()[1];
  WithInsertPoint guard(graph, n);
  for (size_t i = 0; i < then_block->outputs().size();) {
    Value* then_out = then_block->outputs()[i];
    Value* else_out = else_block->outputs()[i];
    Value* replacement = nullptr;
    if (then_out == else_out) {
      replacement = then_out;
    } else if (then_out->node()->kind() == kinds().constant &&
               else_out->node()->kind() == kinds().constant &&
               sameType(then_out->type(), else_out->type()) &&
               constantValue(then_out->node()) == constantValue(else_out->node())) {
      replacement = graph.insertConstant(constantValue(then_out->node()));
    }
    if (!replacement) {
      ++i;
      continue;
    }
    n->outputs()[i]->replaceAllUsesWith(replacement);
    n->eraseOutput(i);
    then_block->eraseOutput(i);
    else_block->eraseOutput(i);
  }
  return n->outputs().size() != before;
}
// [/book:remove-extra-if-outputs]

// [book:remove-extra-loop-outputs]
// A loop-carried value the body returns unchanged is just the loop's input.
bool removeExtraLoopOutputs(Node* n) {
  size_t before = n->outputs().size();
  Block* body = n->blocks()[0];
  for (size_t k = n->outputs().size(); k > 0; --k) {
    size_t i = k - 1;
    if (body->inputs()[1 + i] != body->outputs()[1 + i]) continue;
    Value* initial = n->input(2 + i);
    n->outputs()[i]->replaceAllUsesWith(initial);
    body->inputs()[1 + i]->replaceAllUsesWith(initial);
    n->eraseOutput(i);
    n->removeInput(2 + i);
    body->eraseInput(1 + i);
    body->eraseOutput(1 + i);
  }
  return n->outputs().size() != before;
}
// [/book:remove-extra-loop-outputs]

// A loop that runs zero times (constant trip count <= 0 or constant false condition) is
// replaced by its initial values.
bool loopWillNotRun(const Node* n) {
  const Node* trip = n->input(0)->node();
  const Node* cond = n->input(1)->node();
  if (trip->kind() == kinds().constant) {
    const Constant& count = constantValue(trip);  // (looked up once: a loop has one)
    if (count.kind == Constant::Kind::Int && count.i <= 0) return true;
  }
  if (cond->kind() != kinds().constant) return false;
  const Constant& condition = constantValue(cond);
  return condition.kind == Constant::Kind::Bool && !condition.b;
}

void propagateInBlock(Graph& graph, Block* block, Propagation& result) {
  // Whatever is done to `n` goes before it or replaces it, so the walk follows the list
  // itself (reading the next node first) rather than a copy of it.
  const NodeKinds& kind = kinds();  // (once, not once per node)
  Node* next = nullptr;
  for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
    next = n->next();
    if (n->kind() == kind.if_) {
      if (n->input(0)->node()->kind() == kind.constant) {
        inlineConstantIf(graph, n, result);
      } else {
        for (Block* inner : n->blocks()) propagateInBlock(graph, inner, result);
        result.changed |= removeExtraIfOutputs(graph, n);
      }
      continue;
    }
    if (n->kind() == kind.loop) {
      if (loopWillNotRun(n)) {
        for (size_t i = 0; i < n->outputs().size(); ++i) {
          n->outputs()[i]->replaceAllUsesWith(n->input(2 + i));
        }
        n->destroy();  // (its body, not walked, goes with it)
        result.changed = true;
      } else {
        propagateInBlock(graph, n->blocks()[0], result);  // (after SSA, a loop has one block)
        result.changed |= removeExtraLoopOutputs(n);
      }
      continue;
    }
    for (Block* inner : n->blocks()) propagateInBlock(graph, inner, result);
    if (makesFreshContainer(n)) result.fresh_containers.push_back(n);
    if (!readsOnlyConstants(n, kind)) continue;
    auto folded = tryFold(n);
    if (!folded) continue;
    result.changed = true;
    WithInsertPoint guard(graph, n);
    for (size_t i = 0; i < folded->size(); ++i) {
      n->outputs()[i]->replaceAllUsesWith(graph.insertConstant((*folded)[i]));
    }
  }
}

}  // namespace

void propagateConstantsOfImmutableTypes(Graph& graph) {
  Propagation result;
  propagateInBlock(graph, graph.block(), result);
  // As upstream, dead code goes only when something changed (conformance case
  // statements/pass_statement keeps a constant of a removed empty loop).
  if (result.changed) eliminateDeadCode(graph, result.fresh_containers);
}

}  // namespace minijit
