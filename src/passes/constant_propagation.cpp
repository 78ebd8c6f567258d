// Constant propagation over immutable types: an operator whose inputs are all constants is
// run at compile time (through the runtime's kernels) and its results become constants.
// Only int/float/bool/str/None and tuples of them take part — lists and tensors are
// mutable, so upstream leaves them alone at this stage. Chapter 6.
#include "passes/passes.h"
#include "runtime/operator_registry.h"

namespace minijit {

namespace {

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
  return n->hasAttribute("value") ? n->attribute("value") : none;
}

// Evaluates `n` if it qualifies; returns its outputs as constants.
std::optional<std::vector<Constant>> tryFold(const Node* n) {
  if (n->kind() == "prim::Constant" || !n->blocks().empty() || hasSideEffects(n)) {
    return std::nullopt;
  }
  for (const Value* in : n->inputs()) {
    if (in->node()->kind() != "prim::Constant" || !isImmutable(in->type())) return std::nullopt;
  }
  for (const Value* out : n->outputs()) {
    if (!isImmutable(out->type())) return std::nullopt;
  }
  if (n->kind() == "prim::TupleConstruct") {
    std::vector<Constant> elements;
    for (const Value* in : n->inputs()) elements.push_back(constantValue(in->node()));
    return std::vector<Constant>{Constant::tuple(std::move(elements))};
  }
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
}

void propagateInBlock(Graph& graph, Block* block);

// `if True:` keeps only the taken branch, inlined in place of the If.
void inlineConstantIf(Graph& graph, Node* n) {
  bool taken = constantValue(n->input(0)->node()).b;
  Block* branch = n->blocks()[taken ? 0 : 1];
  propagateInBlock(graph, branch);
  for (Node* inner : branch->nodeList()) inner->moveBefore(n);
  for (size_t i = 0; i < n->outputs().size(); ++i) {
    n->outputs()[i]->replaceAllUsesWith(branch->outputs()[i]);
  }
  n->destroy();
}

void propagateInBlock(Graph& graph, Block* block) {
  for (Node* n : block->nodeList()) {
    if (n->kind() == "prim::If" && n->input(0)->node()->kind() == "prim::Constant") {
      inlineConstantIf(graph, n);
      continue;
    }
    for (Block* inner : n->blocks()) propagateInBlock(graph, inner);
    auto folded = tryFold(n);
    if (!folded) continue;
    WithInsertPoint guard(graph, n);
    for (size_t i = 0; i < folded->size(); ++i) {
      n->outputs()[i]->replaceAllUsesWith(graph.insertConstant((*folded)[i]));
    }
  }
}

}  // namespace

void propagateConstantsOfImmutableTypes(Graph& graph) {
  propagateInBlock(graph, graph.block());
  eliminateDeadCode(graph);
}

}  // namespace minijit
