// Arithmetic with a number on the left and a tensor on the right (`1 - x`, `2.0 / x`).
// No aten operator takes (Scalar, Tensor) for these, so upstream defines them as tiny
// TorchScript functions and inlines them at the call:
//   def sub(a : int, b : Tensor) -> Tensor:
//     return torch.neg(b) + a
// minijit emits the same nodes in the same order, with source ranges pointing into the same
// builtin source text, so graphs print as upstream's do (conformance case
// tensors/scalar_operands). Book chapter 5.
#include "frontend/builtin_functions.h"

#include <cstring>

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

// Upstream's `str.__contains__` builtin; graphs show only its line 5 (`<string>:5:11`), so
// the lines before it are placeholders for the definitions that precede it upstream.
const char kStringContainsSource[] =
    "\n"
    "# (upstream's other aten builtin definitions)\n"
    "#\n"
    "def __contains__(self: str, key: str):\n"
    "    return self.find(key, 0, len(self)) != -1\n";

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

// `key in text` for strings: `text.find(key, 0, len(text)) != -1`, inlined.
std::optional<Value*> tryEmitStringContains(Graph& graph, const std::vector<NamedValue>& args) {
  if (args.size() != 2 || args[0].value->type()->kind() != TypeKind::Str ||
      args[1].value->type()->kind() != TypeKind::Str) {
    return std::nullopt;
  }
  static const SourcePtr source = std::make_shared<Source>(kStringContainsSource);
  const std::string& text = source->text();
  auto rangeOf = [&](const char* fragment) {
    size_t start = text.find(fragment, text.find("return"));
    return SourceRange(source, start, start + std::strlen(fragment));
  };
  Value* self = args[0].value;
  Value* key = args[1].value;
  Value* zero = graph.insertConstant(Constant::integer(0), rangeOf("0"));
  // The C++ parser folds `-1` into one constant located at its digit.
  SourceRange minus = rangeOf("-1");
  Value* minus_one = graph.insertConstant(Constant::integer(-1),
                                          SourceRange(source, minus.start() + 1, minus.end()));
  auto insertOp = [&](const char* name, std::vector<Value*> inputs, TypePtr type,
                      SourceRange range) {
    Node* node = graph.create(std::string(name).substr(0, std::string(name).find('.')), inputs);
    node->setSchema(OperatorCatalogue::instance().find(name));
    node->output()->setType(std::move(type));
    node->setSourceRange(std::move(range));
    return graph.insertNode(node)->output();
  };
  SourceRange find_range = rangeOf("self.find(key, 0, len(self)) != -1");
  Value* length = insertOp("aten::len.str", {self}, Type::integer(), rangeOf("len(self)"));
  Value* found = insertOp("aten::find", {self, key, zero, length}, Type::integer(), find_range);
  return insertOp("aten::ne.int", {found, minus_one}, Type::boolean(), find_range);
}

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

std::optional<Value*> emitScalarTensorBuiltin(Graph& graph, std::string_view op, Value* a,
                                              Value* b) {
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
