// Arithmetic with a number on the left and a tensor on the right (`1 - x`, `2.0 / x`).
// No aten operator takes (Scalar, Tensor) for these, so upstream defines them as tiny
// TorchScript functions and inlines them at the call:
//   def sub(a : int, b : Tensor) -> Tensor:
//     return torch.neg(b) + a
// minijit emits the same nodes in the same order, with source ranges pointing into the same
// builtin source text, so graphs print as upstream's do (conformance case
// tensors/scalar_operands). Book chapter 5.
#include "frontend/builtin_functions.h"

#include "types/operator_catalogue.h"

namespace minijit {

namespace {

// Upstream's builtin source, line for line (graph comments show `<string>:11:9` etc.).
const char kScalarOperatorsSource[] =
    "\n"
    "def mul(a : Scalar, b : Tensor) -> Tensor:\n"
    "  return b * a\n"
    "def add(a : Scalar, b : Tensor) -> Tensor:\n"
    "  return b + a\n"
    "def ne(a : Scalar, b : Tensor) -> Tensor:\n"
    "  return b != a\n"
    "def eq(a : Scalar, b : Tensor) -> Tensor:\n"
    "  return b == a\n"
    "def sub(a : Scalar, b : Tensor) -> Tensor:\n"
    "  return torch.neg(b) + a\n"
    "def div(a : Scalar, b : Tensor) -> Tensor:\n"
    "  return torch.reciprocal(b) * a\n";

// Upstream's tensor-property builtins, line for line (`x.shape` prints `<string>:13:9`).
const char kTensorPropertiesSource[] =
    "\n"
    "def ndim(a : Tensor) -> int:\n"
    "  return a.dim()\n"
    "def T(a : Tensor):\n"
    "  return a.numpy_T()\n"
    "def H(a : Tensor):\n"
    "  return a.matrix_H()\n"
    "def mT(a : Tensor):\n"
    "  return a.mT\n"
    "def mH(a : Tensor):\n"
    "  return a.mH\n"
    "def shape(a : Tensor) -> List[int]:\n"
    "  return a.size()\n";

// The range of the expression returned by the builtin named `name` in `source`.
SourceRange bodyRange(const std::string& name, const SourcePtr& source) {
  const std::string& text = source->text();
  size_t def = text.find("def " + name + "(");
  size_t start = text.find("return ", def) + 7;
  size_t end = text.find('\n', start);
  return SourceRange(source, start, end);
}

SourceRange bodyRange(const std::string& name) {
  static const SourcePtr source = std::make_shared<Source>(kScalarOperatorsSource);
  return bodyRange(name, source);
}

Value* insertOp(Graph& graph, const char* qualified_name, const std::vector<Value*>& inputs,
                const SourceRange& range) {
  std::string name = qualified_name;
  Node* node = graph.create(name.substr(0, name.find('.')), inputs);
  node->setSchema(OperatorCatalogue::instance().find(name));
  node->output()->setType(Type::tensor());
  node->setSourceRange(range);
  return graph.insertNode(node)->output();
}

}  // namespace

Value* tryEmitTensorProperty(Graph& graph, Value* tensor, const std::string& name) {
  static const SourcePtr source = std::make_shared<Source>(kTensorPropertiesSource);
  const char* op = name == "shape" ? "aten::size" : name == "ndim" ? "aten::dim" : nullptr;
  if (!op) return nullptr;
  Node* node = graph.create(op, {tensor});
  node->setSchema(OperatorCatalogue::instance().find(op));
  node->output()->setType(name == "shape" ? Type::list(Type::integer()) : Type::integer());
  node->setSourceRange(bodyRange(name, source));
  return graph.insertNode(node)->output();
}

std::optional<Value*> tryEmitScalarTensorBuiltin(Graph& graph, const std::string& op,
                                                 const std::vector<NamedValue>& args,
                                                 const std::vector<NamedValue>& kwargs,
                                                 const std::optional<NamedValue>& self) {
  if (args.size() != 2 || !kwargs.empty() || self) return std::nullopt;
  TypeKind lhs = args[0].value->type()->kind();
  if ((lhs != TypeKind::Int && lhs != TypeKind::Float) ||
      args[1].value->type()->kind() != TypeKind::Tensor) {
    return std::nullopt;
  }
  Value* a = args[0].value;
  Value* b = args[1].value;
  if (op == "aten::mul") return insertOp(graph, "aten::mul.Scalar", {b, a}, bodyRange("mul"));
  if (op == "aten::ne") return insertOp(graph, "aten::ne.Scalar", {b, a}, bodyRange("ne"));
  if (op == "aten::eq") return insertOp(graph, "aten::eq.Scalar", {b, a}, bodyRange("eq"));
  if (op == "aten::add") {
    Value* alpha = graph.insertConstant(Constant::integer(1));
    return insertOp(graph, "aten::add.Scalar", {b, a, alpha}, bodyRange("add"));
  }
  if (op == "aten::sub") {
    Value* alpha = graph.insertConstant(Constant::integer(1));
    Value* negated = insertOp(graph, "aten::neg", {b}, bodyRange("sub"));
    return insertOp(graph, "aten::add.Scalar", {negated, a, alpha}, bodyRange("sub"));
  }
  if (op == "aten::div") {
    Value* inverse = insertOp(graph, "aten::reciprocal", {b}, bodyRange("div"));
    return insertOp(graph, "aten::mul.Scalar", {inverse, a}, bodyRange("div"));
  }
  return std::nullopt;
}

}  // namespace minijit
