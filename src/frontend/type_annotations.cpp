// Type annotations: `int`, `List[int]`, `Optional[Tensor]`, `torch.Tensor` as written in
// source, and the function schema a `def` declares (unannotated parameters are Tensors).
// Book chapter 4 ("Types").
#include "frontend/class_definition.h"
#include "frontend/function_emitter.h"

namespace minijit {

namespace {

std::string dottedName(const Expr& expr) {
  if (expr.kind == ExprKind::Name) return expr.as<NameExpr>().name;
  if (expr.kind == ExprKind::Attribute) {
    const auto& attr = expr.as<AttributeExpr>();
    std::string base = dottedName(*attr.value);
    return base.empty() ? "" : base + "." + attr.name;
  }
  return "";
}

std::string lastComponent(const std::string& dotted) {
  size_t dot = dotted.rfind('.');
  return dot == std::string::npos ? dotted : dotted.substr(dot + 1);
}

}  // namespace

// A default value written in a def: a literal, a negated number, or a tuple/list of them.
std::optional<Constant> literalConstant(const Expr& expr) {
  switch (expr.kind) {
    case ExprKind::Int: return Constant::integer(expr.as<IntExpr>().value);
    case ExprKind::Float: return Constant::floating(expr.as<FloatExpr>().value);
    case ExprKind::Bool: return Constant::boolean(expr.as<BoolExpr>().value);
    case ExprKind::None: return Constant::none();
    case ExprKind::String: return Constant::string(expr.as<StringExpr>().value);
    case ExprKind::Unary: {
      const auto& unary = expr.as<UnaryExpr>();
      auto inner = literalConstant(*unary.operand);
      if (!inner || unary.op != UnaryOp::Neg) return std::nullopt;
      if (inner->kind == Constant::Kind::Int) return Constant::integer(-inner->i);
      if (inner->kind == Constant::Kind::Float) return Constant::floating(-inner->f);
      return std::nullopt;
    }
    case ExprKind::Tuple: {
      std::vector<Constant> elements;
      for (const ExprPtr& e : expr.as<TupleExpr>().elements) {
        auto c = literalConstant(*e);
        if (!c) return std::nullopt;
        elements.push_back(*c);
      }
      return Constant::tuple(std::move(elements));
    }
    default: return std::nullopt;
  }
}

TypePtr FunctionEmitter::parseType(const Expr& expr) const {
  if (expr.kind == ExprKind::None) return Type::none();
  if (expr.kind == ExprKind::Subscript) {
    const auto& sub = expr.as<SubscriptExpr>();
    std::string head = lastComponent(dottedName(*sub.value));
    std::vector<TypePtr> args;
    for (const ExprPtr& index : sub.indices) {
      if (index->kind == ExprKind::Tuple) {
        for (const ExprPtr& e : index->as<TupleExpr>().elements) args.push_back(parseType(*e));
      } else {
        args.push_back(parseType(*index));
      }
    }
    if ((head == "List" || head == "list") && args.size() == 1) return Type::list(args[0]);
    if ((head == "Optional") && args.size() == 1) return Type::optional(args[0]);
    if (head == "Union" && !args.empty()) return Type::unionOf(args);
    if ((head == "Tuple" || head == "tuple")) return Type::tuple(args);
    if ((head == "Dict" || head == "dict") && args.size() == 2) return Type::dict(args[0], args[1]);
    throw ErrorReport(expr.range) << "Unknown type constructor " << head;
  }
  std::string name = dottedName(expr);
  std::string last = lastComponent(name);
  if (last == "Tensor") return Type::tensor();
  if (name == "int") return Type::integer();
  if (name == "float") return Type::floating();
  if (name == "bool") return Type::boolean();
  if (name == "str") return Type::string();
  if (name == "complex") return Type::complex();
  if (last == "Any") return Type::any();
  if (name == "torch.device") return Type::device();
  if (expr.kind == ExprKind::String) {
    // A forward reference, `other: "Hypothesis"`: the class named by the string.
    name = expr.as<StringExpr>().value;
  }
  if (expr.kind == ExprKind::Name || expr.kind == ExprKind::String) {
    SugaredValuePtr resolved = resolver_.resolve(name);
    if (resolved && resolved->kind == SugaredValue::Kind::NamedTupleClass) {
      return namedTupleType(*resolved);
    }
    if (resolved && resolved->kind == SugaredValue::Kind::Class) {
      return resolved->classes->class_definition->type();
    }
    if (resolved && resolved->kind == SugaredValue::Kind::EnumClass) return resolved->classes->enum_type;
  }
  throw ErrorReport(expr.range) << "Unknown type name '" << name << "'";
}

FunctionSchema FunctionEmitter::schemaFromDef() const {
  const DefStmt& def = fn_.def();
  FunctionSchema schema;
  schema.name = def.name;
  for (const Param& param : def.params) {
    Argument arg;
    arg.name = param.name;
    arg.type = param.type ? parseType(*param.type) : Type::tensor();
    // A method's first parameter is the object: `self`, of the class's type.
    if (fn_.owner() && schema.arguments.empty()) arg.type = fn_.owner()->type();
    arg.kwarg_only = param.keyword_only;
    if (param.default_value) {
      auto value = literalConstant(*param.default_value);
      if (!value) {
        throw ErrorReport(param.default_value->range)
            << "minijit supports only literal default values";
      }
      arg.default_value = value;
    }
    schema.arguments.push_back(std::move(arg));
  }
  if (def.return_type) {
    Argument ret;
    ret.type = parseType(*def.return_type);
    schema.returns.push_back(ret);
  }
  return schema;
}

// `add(int a, int b=1) -> int`, the way upstream prints a function's schema in errors.
std::string schemaText(const FunctionSchema& schema) {
  std::string out = schema.name + "(";
  bool kwarg_only = false;
  for (size_t i = 0; i < schema.arguments.size(); ++i) {
    const Argument& arg = schema.arguments[i];
    if (i) out += ", ";
    if (arg.kwarg_only && !kwarg_only) {
      out += "*, ";
      kwarg_only = true;
    }
    out += arg.type->str() + " " + arg.name;
    if (arg.default_value) out += "=" + arg.default_value->str();
  }
  out += ") -> ";
  out += schema.returns.size() == 1 ? schema.returns[0].type->str() : "()";
  return out;
}

}  // namespace minijit
