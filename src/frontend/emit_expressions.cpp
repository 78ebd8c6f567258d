// Emitting expressions: literals, operators, conditions, literals of lists and tuples, and
// subscripts. Operators resolve to aten:: schemas through schema_matching.cpp; conditions
// and short-circuit `and`/`or` become prim::If nodes. Book chapter 5.
#include <cstring>

#include "frontend/function_emitter.h"
#include "types/operator_catalogue.h"

namespace minijit {

namespace {
// `torch.jit.isinstance` spelled out as a callee.
bool isTorchJitIsInstance(const Expr& callee) {
  if (callee.kind != ExprKind::Attribute) return false;
  const auto& outer = callee.as<AttributeExpr>();
  if (outer.name != "isinstance" || outer.value->kind != ExprKind::Attribute) return false;
  const auto& inner = outer.value->as<AttributeExpr>();
  return inner.name == "jit" && inner.value->kind == ExprKind::Name &&
         inner.value->as<NameExpr>().name == "torch";
}


const char* binaryOperator(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "aten::add";
    case BinaryOp::Sub: return "aten::sub";
    case BinaryOp::Mul: return "aten::mul";
    case BinaryOp::Div: return "aten::div";
    case BinaryOp::FloorDiv: return "aten::floordiv";
    case BinaryOp::Mod: return "aten::remainder";
    case BinaryOp::Pow: return "aten::pow";
    case BinaryOp::MatMul: return "aten::matmul";
    case BinaryOp::BitAnd: return "aten::__and__";
    case BinaryOp::BitOr: return "aten::__or__";
    case BinaryOp::BitXor: return "aten::__xor__";
    case BinaryOp::LShift: return "aten::__lshift__";
    case BinaryOp::RShift: return "aten::__rshift__";
  }
  return "";
}

const char* compareOperator(CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return "aten::eq";
    case CompareOp::NotEq: return "aten::ne";
    case CompareOp::Lt: return "aten::lt";
    case CompareOp::LtE: return "aten::le";
    case CompareOp::Gt: return "aten::gt";
    case CompareOp::GtE: return "aten::ge";
    case CompareOp::Is: return "aten::__is__";
    case CompareOp::IsNot: return "aten::__isnot__";
    case CompareOp::In:
    case CompareOp::NotIn: return "aten::__contains__";
  }
  return "";
}

// The method a TorchScript class defines for an operator (`a + b` is a.__add__(b)).
const char* binaryDunder(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "__add__";
    case BinaryOp::Sub: return "__sub__";
    case BinaryOp::Mul: return "__mul__";
    case BinaryOp::Div: return "__truediv__";
    case BinaryOp::FloorDiv: return "__floordiv__";
    case BinaryOp::Mod: return "__mod__";
    case BinaryOp::Pow: return "__pow__";
    case BinaryOp::MatMul: return "__matmul__";
    case BinaryOp::BitAnd: return "__and__";
    case BinaryOp::BitOr: return "__or__";
    case BinaryOp::BitXor: return "__xor__";
    case BinaryOp::LShift: return "__lshift__";
    case BinaryOp::RShift: return "__rshift__";
  }
  return "";
}

const char* compareDunder(CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return "__eq__";
    case CompareOp::NotEq: return "__ne__";
    case CompareOp::Lt: return "__lt__";
    case CompareOp::LtE: return "__le__";
    case CompareOp::Gt: return "__gt__";
    case CompareOp::GtE: return "__ge__";
    case CompareOp::In:
    case CompareOp::NotIn: return "__contains__";
    default: return nullptr;
  }
}

// Whether `value` is an object of a TorchScript class: only those can define operators
// (`__add__`, `__getitem__`), so only for them is tryEmitDunder worth its argument list.
bool isObject(Value* value) { return value->type()->kind() == TypeKind::Class; }

// The value of a prim::Constant, if `value` is one.
const Constant* constantOf(Value* value) {
  Node* node = value->node();
  if (node->kind() != "prim::Constant") return nullptr;
  static const Constant none = Constant::none();
  return node->hasAttribute("value") ? &node->attribute("value") : &none;
}

}  // namespace

Value* FunctionEmitter::checkedValue(const SugaredValuePtr& value, const SourceRange& range) {
  if (value->kind == SugaredValue::Kind::NoneValue) {
    return graph_->insertConstant(Constant::none(), range);
  }
  if (value->kind == SugaredValue::Kind::PythonValue) {
    throw ErrorReport(range) << "python value of type '" << value->name
                             << "' cannot be used as a value. Perhaps it is a closed over global "
                                "variable? If so, please consider passing it in as an argument "
                                "or use a local varible instead.";
  }
  if (value->kind != SugaredValue::Kind::Simple) {
    throw ErrorReport(range) << value->kindName() << " cannot be used as a value";
  }
  return value->value;
}

Value* FunctionEmitter::emitExpr(const Expr& expr, const TypePtr& type_hint) {
  switch (expr.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Call: {
      SugaredValuePtr value = emitSugaredExpr(expr, 1, type_hint);
      // (A Simple value, the usual case, is taken without the call: ~600 per compile.)
      if (value->kind == SugaredValue::Kind::Simple) return value->value;
      return checkedValue(value, expr.range);
    }
    // Other expressions are always first-class values: no SugaredValue to wrap them in.
    default:
      return emitSimpleExpr(expr, type_hint);
  }
}

SugaredValuePtr FunctionEmitter::emitSugaredExpr(const Expr& expr, size_t n_binders,
                                                 const TypePtr& type_hint) {
  switch (expr.kind) {
    case ExprKind::Name: return resolveName(expr.as<NameExpr>());
    case ExprKind::Attribute: return emitAttribute(expr.as<AttributeExpr>());
    case ExprKind::Call: return emitCall(expr.as<CallExpr>(), n_binders, type_hint);
    default: return SugaredValue::simple(emitSimpleExpr(expr, type_hint));
  }
}

// Numeric literals are made once per function and placed at the top of the graph (upstream's
// materializeConstant); other constants are inserted where they are used.
// [book:materialize-constant]
// (The Constant is made only for a literal seen the first time: making one copies a type
// pointer, an atomic reference count update, and destroying it another.)
Value* FunctionEmitter::materializeInt(int64_t value, const SourceRange& range) {
  Value*& slot = int_constants_.slot(static_cast<uint64_t>(value));
  if (!slot) slot = insertAtTop(Constant::integer(value), range);
  return slot;
}

Value* FunctionEmitter::materializeFloat(double value, const SourceRange& range) {
  uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  Value*& slot = float_constants_.slot(bits);
  if (!slot) slot = insertAtTop(Constant::floating(value), range);
  return slot;
}

Value* FunctionEmitter::insertAtTop(const Constant& value, const SourceRange& range) {
  Block* top = graph_->block();
  Node* first = top->paramNode()->next();
  WithInsertPoint guard(*graph_, first);
  return graph_->insertConstant(value, range);
}
// [/book:materialize-constant]

Value* FunctionEmitter::emitSimpleExpr(const Expr& expr, const TypePtr& type_hint) {
  switch (expr.kind) {
    case ExprKind::Int: return materializeInt(expr.as<IntExpr>().value, expr.range);
    case ExprKind::Float: return materializeFloat(expr.as<FloatExpr>().value, expr.range);
    case ExprKind::Bool:
      return graph_->insertConstant(Constant::boolean(expr.as<BoolExpr>().value), expr.range);
    case ExprKind::None: return graph_->insertConstant(Constant::none(), expr.range);
    case ExprKind::String:
      return graph_->insertConstant(Constant::string(expr.as<StringExpr>().value), expr.range);
    case ExprKind::Unary: return emitUnary(expr.as<UnaryExpr>());
    case ExprKind::Binary: return emitBinary(expr.as<BinaryExpr>());
    case ExprKind::Compare: return emitCompare(expr.as<CompareExpr>());
    case ExprKind::BoolOp: {
      const auto& op = expr.as<BoolOpExpr>();
      return emitShortCircuit(expr.range, *op.lhs, *op.rhs, op.op == BoolOpKind::Or).value;
    }
    case ExprKind::Ternary: return emitTernary(expr.as<TernaryExpr>());
    case ExprKind::List: return emitListLiteral(expr.as<ListExpr>(), type_hint);
    case ExprKind::ListComp: return emitListComprehension(expr.as<ListCompExpr>(), type_hint);
    case ExprKind::DictComp: return emitDictComprehension(expr.as<DictCompExpr>(), type_hint);
    case ExprKind::Dict: return emitDictLiteral(expr.as<DictExpr>(), type_hint);
    case ExprKind::Tuple: return emitTupleLiteral(expr.as<TupleExpr>(), type_hint);
    case ExprKind::Subscript: return emitSubscript(expr.as<SubscriptExpr>());
    default:
      throw ErrorReport(expr.range) << exprKindName(expr.kind)
                                    << " expressions are not supported by minijit yet";
  }
}

Value* FunctionEmitter::emitBinary(const BinaryExpr& expr) {
  // Upstream emits the left operand of `%` once to see whether it is a string (then `%` is
  // string formatting), and again as the operand: the first copy is dead code, but it
  // counts in the value numbering (conformance case expressions/floor_div_mod_signs).
  if (expr.op == BinaryOp::Mod) emitExpr(*expr.lhs);
  Value* lhs = emitExpr(*expr.lhs);
  Value* rhs = emitExpr(*expr.rhs);
  if (expr.op == BinaryOp::Mod && lhs->type()->kind() == TypeKind::Str) {
    return emitOperator(expr.range, "aten::percentFormat",
                        {{expr.lhs->range, lhs}, {expr.rhs->range, rhs}});
  }
  if (isObject(lhs)) {  // a.__add__(b)
    if (Value* result = tryEmitDunder(lhs, binaryDunder(expr.op), {{"", expr.rhs->range, rhs}},
                                      expr.range)) {
      return result;
    }
  }
  return emitOperator(expr.range, binaryOperator(expr.op),
                      {{expr.lhs->range, lhs}, {expr.rhs->range, rhs}});
}

// `-x` is aten::neg; as upstream, a negation of a constant is folded on the spot into a new
// constant (the neg node stays behind, dead, and dead code elimination removes it).
Value* FunctionEmitter::emitUnary(const UnaryExpr& expr) {
  if (expr.op == UnaryOp::Not) {
    CondValue cond = emitCondExpr(*expr.operand);
    return emitOperator(expr.range, "aten::__not__", {{expr.operand->range, cond.value}});
  }
  if (expr.op == UnaryOp::Pos) return emitExpr(*expr.operand);
  Value* operand = emitExpr(*expr.operand);
  const char* op = expr.op == UnaryOp::Neg ? "aten::neg" : "aten::bitwise_not";
  Value* result = emitOperator(expr.range, op, {{expr.operand->range, operand}});
  if (expr.op == UnaryOp::Neg && result->node()->kind() == op) {
    if (const Constant* c = constantOf(operand)) {
      if (c->kind == Constant::Kind::Int) return graph_->insertConstant(Constant::integer(-c->i), expr.range);
      if (c->kind == Constant::Kind::Float) return graph_->insertConstant(Constant::floating(-c->f), expr.range);
    }
  }
  return result;
}

Value* FunctionEmitter::emitCompare(const CompareExpr& expr) {
  if (expr.ops.size() > 1) return emitChainedCompare(expr).value;
  if (expr.ops[0] == CompareOp::Is || expr.ops[0] == CompareOp::IsNot) {
    return emitIsNone(expr).value;
  }
  return emitCompareOp(expr.ops[0], *expr.operands[0], *expr.operands[1], expr.range);
}

Value* FunctionEmitter::emitCompareOp(CompareOp op, const Expr& lhs_expr, const Expr& rhs_expr,
                                      const SourceRange& range) {
  Value* lhs = emitExpr(lhs_expr);
  Value* rhs = emitExpr(rhs_expr);
  if (op == CompareOp::In || op == CompareOp::NotIn) std::swap(lhs, rhs);
  const char* dunder = compareDunder(op);
  Value* result = dunder && isObject(lhs)
                      ? tryEmitDunder(lhs, dunder, {{"", rhs_expr.range, rhs}}, range)
                      : nullptr;
  if (!result) {
    result =
        emitOperator(range, compareOperator(op), {{lhs_expr.range, lhs}, {rhs_expr.range, rhs}});
  }
  if (op == CompareOp::NotIn) {
    // `a not in b` is `not (a in b)` (upstream's frontend rewrites it so): the `not` takes
    // its operand as a condition, converted with bool() first.
    result = emitToBool(range, result);
    result = emitOperator(range, "aten::__not__", {{range, result}});
  }
  return result;
}

// `a and b` is `b if a else False`; `a or b` is `True if a else b` — a prim::If with one output.
// The branch that evaluates `b` knows what `a` implies (`x is not None and x > 0`).
CondValue FunctionEmitter::emitShortCircuit(const SourceRange& range, const Expr& first,
                                            const Expr& second, bool is_or) {
  CondValue lhs = emitCondExpr(first);
  Node* node = insertIf(lhs.value);
  node->setSourceRange(range);
  Block* then_block = node->addBlock();
  Block* else_block = node->addBlock();
  std::optional<CondValue> rhs;
  auto emitBranch = [&](Block* block, bool constant_branch,
                        const std::vector<Refinement>& refinements) {
    pushFrame(block);
    WithInsertPoint guard(*graph_, block);
    insertRefinements(range, refinements);
    Value* out;
    if (constant_branch) {
      out = graph_->insertConstant(Constant::boolean(is_or), range);
    } else {
      rhs = emitCondExpr(second);
      out = rhs->value;
    }
    block->registerOutput(out);
    popFrame();
  };
  emitBranch(then_block, is_or, lhs.refinements.when_true);
  emitBranch(else_block, !is_or, lhs.refinements.when_false);
  CondValue result{node->addOutput()->setType(Type::boolean()), std::nullopt, {}};
  // `a and b` is true only when both are; `a or b` false only when both are.
  auto both = [](std::vector<Refinement> a, const std::vector<Refinement>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };
  if (is_or) {
    result.refinements.when_false = both(lhs.refinements.when_false, rhs->refinements.when_false);
  } else {
    result.refinements.when_true = both(lhs.refinements.when_true, rhs->refinements.when_true);
  }
  return result;
}

Value* FunctionEmitter::emitTernary(const TernaryExpr& expr) {
  CondValue cond = emitCondExpr(*expr.cond);
  if (cond.static_value) return emitExpr(*cond.static_value ? *expr.true_expr : *expr.false_expr);
  Node* node = insertIf(cond.value);
  node->setSourceRange(expr.range);
  Block* blocks[2] = {node->addBlock(), node->addBlock()};
  const Expr* exprs[2] = {expr.true_expr.get(), expr.false_expr.get()};
  for (int i = 0; i < 2; ++i) {
    pushFrame(blocks[i]);
    WithInsertPoint guard(*graph_, blocks[i]);
    insertRefinements(expr.range,
                      i == 0 ? cond.refinements.when_true : cond.refinements.when_false);
    blocks[i]->registerOutput(emitExpr(*exprs[i]));
    popFrame();
  }
  TypePtr then_type = blocks[0]->outputs()[0]->type();
  TypePtr else_type = blocks[1]->outputs()[0]->type();
  auto unified = unifyTypes(then_type, else_type);
  if (!unified) {
    throw ErrorReport(expr.range) << "if-expression's true branch has type "
                                  << then_type->annotationStr()
                                  << " but false branch has type " << else_type->annotationStr();
  }
  return node->addOutput()->setType(*unified);
}

// Conditions of if/while/assert: a bool, known statically when it is a constant, with the
// type refinements it implies.
CondValue FunctionEmitter::emitCondExpr(const Expr& expr) {
  if (expr.kind == ExprKind::Unary && expr.as<UnaryExpr>().op == UnaryOp::Not) {
    CondValue inner = emitCondExpr(*expr.as<UnaryExpr>().operand);
    Value* result = emitOperator(expr.range, "aten::__not__", {{expr.range, inner.value}});
    std::optional<bool> static_value;
    if (inner.static_value) static_value = !*inner.static_value;
    return {result, static_value, inner.refinements.negated()};
  }
  if (expr.kind == ExprKind::BoolOp) {
    const auto& op = expr.as<BoolOpExpr>();
    return emitShortCircuit(expr.range, *op.lhs, *op.rhs, op.op == BoolOpKind::Or);
  }
  if (expr.kind == ExprKind::Call) {
    const auto& call = expr.as<CallExpr>();
    if (call.callee->kind == ExprKind::Name && call.callee->as<NameExpr>().name == "isinstance" &&
        call.args.size() == 2 && !env_->typeInAnyFrame("isinstance")) {
      return emitIsInstance(*call.args[0], *call.args[1]);
    }
    // torch.jit.isinstance is the same special form (it exists for container types such as
    // List[str], which Python's isinstance rejects).
    if (isTorchJitIsInstance(*call.callee) && call.args.size() == 2) {
      return emitIsInstance(*call.args[0], *call.args[1]);
    }
    // Upstream evaluates the callee once to look for special forms, then the whole call:
    // `if x.isdigit():` loads x twice (the first load is dead). hasattr and getattr are
    // special forms of minijit's emitCall, with no value to evaluate.
    const bool attr_builtin = call.callee->kind == ExprKind::Name &&
                              (call.callee->as<NameExpr>().name == "hasattr" ||
                               call.callee->as<NameExpr>().name == "getattr");
    if (!attr_builtin) emitSugaredExpr(*call.callee, 1);
  }
  if (expr.kind == ExprKind::Compare) {
    const auto& compare = expr.as<CompareExpr>();
    if (compare.ops.size() > 1) return emitChainedCompare(compare);
    if (compare.ops[0] == CompareOp::Is || compare.ops[0] == CompareOp::IsNot) {
      return emitIsNone(compare);
    }
    if (compare.ops[0] == CompareOp::NotIn) {  // already a `not`: no further bool()
      return {emitCompareOp(CompareOp::NotIn, *compare.operands[0], *compare.operands[1],
                            compare.range),
              std::nullopt, {}};
    }
  }
  Value* value = emitToBool(expr.range, emitExpr(expr));
  std::optional<bool> static_value;
  if (const Constant* c = constantOf(value)) {
    if (c->kind == Constant::Kind::Bool) static_value = c->b;
  }
  // Code under `if torch.jit.is_scripting():` is the only branch compiled (upstream's meta
  // programming for code that must also run in eager Python).
  if (value->node()->kind() == "aten::is_scripting") static_value = true;
  return {value, static_value, {}};
}

namespace {
// Optional[T] stands for T or None when asking what a value may be.
std::vector<TypePtr> alternatives(const TypePtr& type) {
  if (type->kind() == TypeKind::Optional) return {type->elementType(), Type::none()};
  if (type->kind() == TypeKind::Union) return type->containedTypes();
  return {type};
}
}  // namespace

// `isinstance(x, T)`: decided at compile time when x's type says so (only one branch is then
// compiled); otherwise a prim::isinstance check. Either way x is refined to T where it holds
// and to the remaining alternatives where it does not (upstream's emitIsInstance).
CondValue FunctionEmitter::emitIsInstance(const Expr& object, const Expr& classinfo) {
  Value* value = emitExpr(object);
  std::vector<TypePtr> wanted;
  if (classinfo.kind == ExprKind::Tuple) {
    for (const ExprPtr& e : classinfo.as<TupleExpr>().elements) wanted.push_back(parseType(*e));
  } else {
    wanted.push_back(parseType(classinfo));
  }
  std::vector<TypePtr> is_types;
  std::vector<TypePtr> not_types;
  bool always = true;
  for (const TypePtr& actual : alternatives(value->type())) {
    if (actual->kind() == TypeKind::Any) {
      is_types.insert(is_types.end(), wanted.begin(), wanted.end());
      not_types.push_back(Type::any());
      always = false;
      break;
    }
    TypePtr found;
    for (const TypePtr& w : wanted) {
      TypePtr smaller = actual->isSubtypeOf(w) ? actual : w->isSubtypeOf(actual) ? w : nullptr;
      if (!smaller) continue;
      found = found ? unifyTypes(found, smaller).value_or(found) : smaller;
    }
    if (found) {
      is_types.push_back(found);
      always = always && sameType(found, actual);
    } else {
      not_types.push_back(actual);
      always = false;
    }
  }
  // Several possible types join into a Union (upstream unifies "defaulting to union").
  auto unifyAll = [](const std::vector<TypePtr>& types) -> TypePtr {
    if (types.empty()) return nullptr;
    return Type::unionOf(types);
  };
  RefinementSet refinements;
  if (object.kind == ExprKind::Name) {
    const std::string& name = object.as<NameExpr>().name;
    if (TypePtr t = unifyAll(is_types)) refinements.when_true.push_back({name, t});
    if (TypePtr t = unifyAll(not_types)) refinements.when_false.push_back({name, t});
  }
  if (always || is_types.empty()) {
    bool result = always;
    return {graph_->insertConstant(Constant::boolean(result), object.range), result, refinements};
  }
  Node* check = graph_->create("prim::isinstance", {value});
  check->setAttribute("types", Constant::types(wanted));
  check->output()->setType(Type::boolean());
  return {graph_->insertNode(check)->output(), std::nullopt, refinements};
}

namespace {
enum class NoneStatus { Always, Never, Maybe };
NoneStatus canBeNone(const Value* v) {
  switch (v->type()->kind()) {
    case TypeKind::None: return NoneStatus::Always;
    case TypeKind::Optional:
    case TypeKind::Any: return NoneStatus::Maybe;
    default: return NoneStatus::Never;
  }
}
}  // namespace

// `x is None` / `x is not None`: decided at compile time when the types say so (then only one
// branch is emitted), else aten::__is__ / aten::__isnot__ plus a refinement of x.
CondValue FunctionEmitter::emitIsNone(const CompareExpr& expr) {
  bool is = expr.ops[0] == CompareOp::Is;
  const Expr& lhs_expr = *expr.operands[0];
  const Expr& rhs_expr = *expr.operands[1];
  Value* lhs = emitExpr(lhs_expr);
  Value* rhs = emitExpr(rhs_expr);
  NoneStatus lhs_none = canBeNone(lhs);
  NoneStatus rhs_none = canBeNone(rhs);
  auto staticCond = [&](bool value) {
    return CondValue{graph_->insertConstant(Constant::boolean(value), expr.range), value, {}};
  };
  if (lhs_none == NoneStatus::Always && rhs_none == NoneStatus::Always) return staticCond(is);
  if ((lhs_none == NoneStatus::Always && rhs_none == NoneStatus::Never) ||
      (lhs_none == NoneStatus::Never && rhs_none == NoneStatus::Always)) {
    return staticCond(!is);
  }
  Value* result = emitOperator(expr.range, is ? "aten::__is__" : "aten::__isnot__",
                               {{lhs_expr.range, lhs}, {rhs_expr.range, rhs}});
  RefinementSet refinements;
  // [book:is-none-refinement]
  const Expr* var = nullptr;
  Value* var_value = nullptr;
  if (rhs_none == NoneStatus::Always && lhs_expr.kind == ExprKind::Name) {
    var = &lhs_expr;
    var_value = lhs;
  } else if (lhs_none == NoneStatus::Always && rhs_expr.kind == ExprKind::Name) {
    var = &rhs_expr;
    var_value = rhs;
  }
  if (var && var_value->type()->kind() == TypeKind::Optional) {
    Refinement not_none{var->as<NameExpr>().name, var_value->type()->elementType()};
    if (is) {
      refinements.when_false.push_back(not_none);
    } else {
      refinements.when_true.push_back(not_none);
    }
  }
  return {result, std::nullopt, refinements};
  // [/book:is-none-refinement]
}

// `a < b < c` is `a < b and b < c`, with `b` emitted twice, as upstream's Python frontend
// rewrites it.
CondValue FunctionEmitter::emitChainedCompare(const CompareExpr& expr) {
  auto emitPair = [&](size_t i) {
    SourceRange range = SourceRange::merge(expr.operands[i]->range, expr.operands[i + 1]->range);
    Value* v = emitCompareOp(expr.ops[i], *expr.operands[i], *expr.operands[i + 1], range);
    return expr.ops[i] == CompareOp::NotIn ? v : emitToBool(range, v);
  };
  Value* result = emitPair(0);
  for (size_t i = 1; i < expr.ops.size(); ++i) {
    SourceRange range = SourceRange::merge(expr.operands[0]->range, expr.operands[i + 1]->range);
    Node* node = insertIf(result);
    node->setSourceRange(range);
    Block* then_block = node->addBlock();
    Block* else_block = node->addBlock();
    {
      pushFrame(then_block);
      WithInsertPoint guard(*graph_, then_block);
      then_block->registerOutput(emitPair(i));
      popFrame();
    }
    {
      pushFrame(else_block);
      WithInsertPoint guard(*graph_, else_block);
      else_block->registerOutput(graph_->insertConstant(Constant::boolean(false), range));
      popFrame();
    }
    result = node->addOutput()->setType(Type::boolean());
  }
  return {result, std::nullopt, {}};
}

// Upstream converts a condition with its `bool` cast, which first inserts an unused int 0
// constant (one value number), then converts non-bool values with aten::Bool.
Value* FunctionEmitter::emitToBool(const SourceRange& range, Value* value) {
  Value* zero = graph_->insertConstant(Constant::integer(0));
  switch (value->type()->kind()) {
    case TypeKind::Bool: return value;
    case TypeKind::List:
    case TypeKind::Str:
    case TypeKind::Dict: {
      // A container is true when it is not empty: len(x) > 0.
      Value* len = emitOperator(range, "aten::len", {{range, value}});
      return emitOperator(range, "aten::gt", {{range, len}, {range, zero}});
    }
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Tensor:
      return emitOperator(range, "aten::Bool", {{range, value}});
    default:
      throw ErrorReport(range) << "Could not cast value of type "
                               << value->type()->annotationStr() << " to bool";
  }
}

Value* FunctionEmitter::emitListLiteral(const ListExpr& expr, const TypePtr& type_hint) {
  std::vector<Value*> values;
  for (const ExprPtr& element : expr.elements) values.push_back(emitExpr(*element));
  TypePtr element_type = Type::tensor();
  if (type_hint) {
    if (type_hint->kind() != TypeKind::List) {
      throw ErrorReport(expr.range) << "Expected list type annotation for list literal, found "
                                    << type_hint->annotationStr();
    }
    element_type = type_hint->elementType();
  } else if (!values.empty()) {
    element_type = values[0]->type();
    for (Value* v : values) {
      auto unified = unifyTypes(element_type, v->type());
      if (!unified) {
        throw ErrorReport(expr.range) << "Lists must contain only a single type";
      }
      element_type = *unified;
    }
  }
  for (Value* v : values) {
    if (!v->type()->isSubtypeOf(element_type)) {
      if (type_hint) {
        TypePtr unified = values[0]->type();
        for (Value* w : values) unified = unifyTypes(unified, w->type()).value_or(unified);
        throw ErrorReport(expr.range)
            << "List type annotation `" << type_hint->annotationStr()
            << "` did not match the types of the given list elements, which were unified to "
            << unified->annotationStr();
      }
      throw ErrorReport(expr.range) << "Lists must contain only a single type, expected: "
                                    << element_type->annotationStr() << " but found "
                                    << v->type()->annotationStr() << " instead";
    }
  }
  // An unannotated `[]` is emitted as prim::EmptyListLiteral, which a cleanup pass replaces
  // with a fresh (unnamed) ListConstruct, as upstream's eraseListLiterals does.
  Node* list = graph_->create(values.empty() && !type_hint ? "prim::EmptyListLiteral"
                                                            : "prim::ListConstruct",
                              values);
  list->output()->setType(Type::list(element_type));
  return graph_->insertNode(list)->output();
}

// `{k: v, ...}`: keys and values emitted in turn, then prim::DictConstruct. An empty literal
// is Dict[str, Tensor] unless annotated.
Value* FunctionEmitter::emitDictLiteral(const DictExpr& expr, const TypePtr& type_hint) {
  std::vector<Value*> keys;
  std::vector<Value*> values;
  for (size_t i = 0; i < expr.keys.size(); ++i) {
    keys.push_back(emitExpr(*expr.keys[i]));
    values.push_back(emitExpr(*expr.values[i]));
  }
  TypePtr key_type;
  TypePtr value_type;
  if (type_hint) {
    if (type_hint->kind() != TypeKind::Dict) {
      throw ErrorReport(expr.range) << "Expected Dict type annotation for dict literal, found "
                                    << type_hint->annotationStr();
    }
    key_type = type_hint->containedTypes()[0];
    value_type = type_hint->containedTypes()[1];
  } else if (keys.empty()) {
    key_type = Type::string();
    value_type = Type::tensor();
  } else {
    key_type = keys[0]->type();
    value_type = values[0]->type();
    for (size_t i = 1; i < keys.size(); ++i) {
      key_type = unifyTypes(key_type, keys[i]->type()).value_or(key_type);
      value_type = unifyTypes(value_type, values[i]->type()).value_or(value_type);
    }
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    if (!keys[i]->type()->isSubtypeOf(key_type)) {
      throw ErrorReport(expr.keys[i]->range)
          << "Dict keys must contain only a single type. Expected: " << key_type->annotationStr()
          << " but found " << keys[i]->type()->annotationStr() << " instead.";
    }
    if (!values[i]->type()->isSubtypeOf(value_type)) {
      throw ErrorReport(expr.values[i]->range)
          << "Dict values must contain only a single type. Expected: "
          << value_type->annotationStr() << " but found " << values[i]->type()->annotationStr()
          << " instead.";
    }
  }
  std::vector<Value*> inputs;
  for (size_t i = 0; i < keys.size(); ++i) {
    inputs.push_back(keys[i]);
    inputs.push_back(values[i]);
  }
  Node* dict = graph_->create("prim::DictConstruct", inputs);
  dict->output()->setType(Type::dict(key_type, value_type));
  return graph_->insertNode(dict)->output();
}

// `[f(x) for x in xs]`: an empty list, then a loop appending to it, inside a
// prim::ComprehensionScope whose variables do not leak (the SSA conversion inlines it).
Value* FunctionEmitter::emitListComprehension(const ListCompExpr& expr, const TypePtr& type_hint) {
  Node* list = graph_->insertNode(graph_->create("prim::ListConstruct"));
  Value* list_value = list->output()->setType(Type::list(Type::tensor()));
  bool type_set = false;
  if (type_hint) {
    if (type_hint->kind() != TypeKind::List) {
      throw ErrorReport(expr.range) << "Expected list type annotation for list comprehension"
                                       ", found " << type_hint->annotationStr();
    }
    list_value->setType(type_hint);
    type_set = true;
  }
  emitComprehensionLoop(expr.range, *expr.target, *expr.iter, "list", [&] {
    Value* element = emitExpr(*expr.element);
    if (!type_set) {
      list_value->setType(Type::list(element->type()));
      type_set = true;
    }
    emitOperator(expr.range, "aten::append", {{expr.range, element}},
                 NamedValue{"self", expr.range, list_value});
  });
  return list_value;
}

// The loop both comprehensions share: a prim::ComprehensionScope (so the targets stay
// inside it; SSA conversion inlines it later) holding a loop over `iter` that binds
// `target` and then runs `body`.
void FunctionEmitter::emitComprehensionLoop(const SourceRange& range, const Expr& target,
                                            const Expr& iter, const char* kind,
                                            const BranchEmitter& body) {
  Node* scope = graph_->insertNode(graph_->create("prim::ComprehensionScope", 0));
  scope->setSourceRange(range);
  Block* block = scope->addBlock();
  pushFrame(block);
  {
    WithInsertPoint guard(*graph_, block);
    LoopIterable iterable = emitIterable(iter, range);
    if (iterable.kind == LoopIterable::Kind::Tuple) {
      throw ErrorReport(iter.range) << kind << " comprehensions over tuples are not supported "
                                               "by minijit yet";
    }
    Value* trip_count = emitIterableLength(iterable, range);
    emitLoop(range, body, trip_count, &target, nullptr, &iterable);
  }
  popFrame();
}

// [book:dict-comprehension]
// `{k: v for x in xs}`: an empty dict (Dict[str, Tensor] until the first key and value
// say otherwise, or the annotation), then a loop of aten::_set_item in a ComprehensionScope.
Value* FunctionEmitter::emitDictComprehension(const DictCompExpr& expr, const TypePtr& type_hint) {
  Node* dict = graph_->insertNode(graph_->create("prim::DictConstruct"));
  Value* dict_value = dict->output()->setType(Type::dict(Type::string(), Type::tensor()));
  bool type_set = false;
  if (type_hint) {
    if (type_hint->kind() != TypeKind::Dict) {
      throw ErrorReport(expr.range) << "Expected Dict type annotation for dict comprehension"
                                       ", found " << type_hint->annotationStr();
    }
    dict_value->setType(type_hint);
    type_set = true;
  }
  emitComprehensionLoop(expr.range, *expr.target, *expr.iter, "dict", [&] {
    Value* key = emitExpr(*expr.key);
    Value* value = emitExpr(*expr.value);
    if (!type_set) {
      dict_value->setType(Type::dict(key->type(), value->type()));
      type_set = true;
    } else {
      const TypePtr& dict_type = dict_value->type();
      if (!key->type()->isSubtypeOf(dict_type->containedTypes()[0])) {
        throw ErrorReport(expr.range)
            << "Dict type annotation `" << dict_type->annotationStr()
            << "` did not match the type of an actual key type `" << key->type()->annotationStr()
            << "`";
      }
      if (!value->type()->isSubtypeOf(dict_type->containedTypes()[1])) {
        throw ErrorReport(expr.range)
            << "Dict type annotation `" << dict_type->annotationStr()
            << "` did not match the type of an actual value type `"
            << value->type()->annotationStr() << "`";
      }
    }
    emitOperator(expr.range, "aten::_set_item",
                 {{expr.range, dict_value}, {expr.range, key}, {expr.range, value}});
  });
  return dict_value;
}
// [/book:dict-comprehension]

Value* FunctionEmitter::emitTupleLiteral(const TupleExpr& expr, const TypePtr& type_hint) {
  std::vector<Value*> values;
  std::vector<TypePtr> types;
  for (size_t i = 0; i < expr.elements.size(); ++i) {
    TypePtr hint;
    if (type_hint && type_hint->kind() == TypeKind::Tuple &&
        i < type_hint->containedTypes().size()) {
      hint = type_hint->containedTypes()[i];
    }
    values.push_back(emitExpr(*expr.elements[i], hint));
    types.push_back(values.back()->type());
  }
  Node* tuple = graph_->create("prim::TupleConstruct", values);
  tuple->output()->setType(Type::tuple(types));
  return graph_->insertNode(tuple)->output();
}

// The elements of a tuple value: the inputs of its TupleConstruct when it has one, else a
// prim::TupleUnpack (as upstream's createTupleUnpack).
std::vector<Value*> FunctionEmitter::unpackTuple(Value* tuple, const SourceRange& range) {
  if (tuple->type()->kind() != TypeKind::Tuple) {
    throw ErrorReport(range) << tuple->type()->annotationStr() << " cannot be used as a tuple";
  }
  if (tuple->node()->kind() == "prim::TupleConstruct") return tuple->node()->inputs();
  Node* unpack = graph_->insertNode(graph_->create("prim::TupleUnpack", {tuple}, 0));
  std::vector<Value*> elements;
  for (const TypePtr& type : tuple->type()->containedTypes()) {
    elements.push_back(unpack->addOutput()->setType(type));
  }
  return elements;
}

Value* FunctionEmitter::emitSubscript(const SubscriptExpr& expr) {
  Value* container = emitExpr(*expr.value);
  const TypePtr& type = container->type();
  if (type->kind() == TypeKind::Tensor) return emitTensorIndexing(expr, container);
  if (expr.indices.size() != 1) {
    throw ErrorReport(expr.range) << "multi-dimensional indexing is only supported on tensors";
  }
  const Expr& index_expr = *expr.indices[0];
  if (index_expr.kind == ExprKind::Slice && type->kind() == TypeKind::Tuple) {
    return emitTupleSlice(expr, container);
  }
  if (index_expr.kind == ExprKind::Slice) {
    // As upstream: given bounds are emitted, the step always (a fresh 1 when absent), and a
    // missing bound is the schema's default None.
    const auto& slice = index_expr.as<SliceExpr>();
    std::vector<NamedValue> kwargs;
    if (slice.start) kwargs.push_back({"start", slice.start->range, emitExpr(*slice.start)});
    if (slice.stop) kwargs.push_back({"end", slice.stop->range, emitExpr(*slice.stop)});
    Value* step = slice.step ? emitExpr(*slice.step)
                             : graph_->insertConstant(Constant::integer(1), expr.range);
    kwargs.push_back({"step", expr.range, step});
    return emitBuiltinCall(expr.range, *graph_, "aten::slice", {{"", expr.value->range, container}},
                           kwargs);
  }
  Value* index = emitExpr(index_expr);
  if (isObject(container)) {  // obj.__getitem__(i)
    if (Value* item = tryEmitDunder(container, "__getitem__", {{"", index_expr.range, index}},
                                    expr.range)) {
      return item;
    }
  }
  if (type->kind() == TypeKind::Tuple) {
    const Constant* c = constantOf(index);
    if (!c || c->kind != Constant::Kind::Int) {
      throw ErrorReport(index_expr.range) << "tuple indices must be integer constants";
    }
    int64_t i = c->i;
    int64_t size = static_cast<int64_t>(type->containedTypes().size());
    if (i < 0) i += size;
    if (i < 0 || i >= size) {
      throw ErrorReport(expr.range) << "Tuple index out of range. Tuple is length " << size
                                    << " and index is " << c->i;
    }
    Node* node = graph_->create("prim::TupleIndex", {container, index});
    node->output()->setType(type->containedTypes()[static_cast<size_t>(i)]);
    return graph_->insertNode(node)->output();
  }
  return emitOperator(expr.range, "aten::__getitem__",
                      {{expr.value->range, container}, {index_expr.range, index}});
}

// `t[a:b:c]` on a tuple, with constant bounds, is a new tuple of TupleIndex reads (each with
// a fresh index constant, as upstream's emitTupleSlice).
Value* FunctionEmitter::emitTupleSlice(const SubscriptExpr& expr, Value* tuple) {
  const auto& slice = expr.indices[0]->as<SliceExpr>();
  auto bound = [&](const ExprPtr& e) -> std::optional<int64_t> {
    if (!e) return std::nullopt;
    Value* v = emitExpr(*e);
    const Constant* c = constantOf(v);
    if (!c || c->kind != Constant::Kind::Int) {
      throw ErrorReport(e->range) << "tuple slice indices must be integer constants";
    }
    return c->i;
  };
  auto start = bound(slice.start);
  auto stop = bound(slice.stop);
  auto step = bound(slice.step);
  int64_t size = static_cast<int64_t>(tuple->type()->containedTypes().size());
  int64_t s = step.value_or(1);
  if (s == 0) throw ErrorReport(expr.range) << "slice step cannot be zero";
  auto clampIndex = [&](std::optional<int64_t> i, int64_t fallback) {
    if (!i) return fallback;
    int64_t v = *i < 0 ? *i + size : *i;
    int64_t low = s > 0 ? 0 : -1;
    int64_t high = s > 0 ? size : size - 1;
    return std::min(std::max(v, low), high);
  };
  int64_t begin = clampIndex(start, s > 0 ? 0 : size - 1);
  int64_t end = clampIndex(stop, s > 0 ? size : -1);
  std::vector<Value*> elements;
  std::vector<TypePtr> types;
  for (int64_t i = begin; s > 0 ? i < end : i > end; i += s) {
    Value* index = graph_->insertConstant(Constant::integer(i));
    Node* node = graph_->create("prim::TupleIndex", {tuple, index});
    node->output()->setType(tuple->type()->containedTypes()[static_cast<size_t>(i)]);
    elements.push_back(graph_->insertNode(node)->output());
    types.push_back(elements.back()->type());
  }
  Node* result = graph_->create("prim::TupleConstruct", elements);
  result->output()->setType(Type::tuple(types));
  return graph_->insertNode(result)->output();
}

// Tensor indexing: each int index selects along a dimension, each slice narrows one, as
// upstream's emitIntAndSliceIndexing (whose repeated emission of index expressions shows in
// the value numbering).
Value* FunctionEmitter::emitTensorIndexing(const SubscriptExpr& expr, Value* tensor) {
  if (expr.indices.size() == 1 && expr.indices[0]->kind != ExprKind::Slice) {
    emitSugaredExpr(*expr.indices[0], 1);  // upstream emits a single index once before indexing
  }
  auto [sliced, tensor_indices] = emitIntAndSliceIndexing(expr, tensor);
  if (tensor_indices.empty()) return sliced;
  // Tensor (or bool mask) indices: aten::index with a Tensor?[] of them, None elsewhere.
  return emitOperator(expr.range, "aten::index",
                      {{expr.range, sliced}, {expr.range, optionalTensorList(tensor_indices)}});
}

// A Tensor?[] of `indices`, with None constants for the dimensions left alone.
Value* FunctionEmitter::optionalTensorList(const std::vector<Value*>& indices) {
  std::vector<Value*> elements;
  for (Value* index : indices) elements.push_back(index ? index : graph_->insertConstant(Constant::none()));
  Node* list = graph_->create("prim::ListConstruct", elements);
  list->output()->setType(Type::list(Type::optional(Type::tensor())));
  return graph_->insertNode(list)->output();
}

// Upstream's emitIntAndSliceIndexing: ints select, slices narrow, None unsqueezes; indices
// after `...` count from the last dimension; tensor indices are collected (by dimension) for
// the caller. Index expressions are emitted twice (sugared, then as values), as upstream does.
std::pair<Value*, std::vector<Value*>> FunctionEmitter::emitIntAndSliceIndexing(
    const SubscriptExpr& expr, Value* tensor) {
  const auto& indices = expr.indices;
  std::vector<Value*> index_values(indices.size(), nullptr);
  std::vector<int64_t> dims(indices.size(), 0);
  auto handle = [&](size_t i, int64_t dim, bool reverse) -> int64_t {
    dims[i] = dim;
    int64_t step = reverse ? -1 : 1;
    if (indices[i]->kind == ExprKind::Slice) return dim + step;
    emitSugaredExpr(*indices[i], 1);
    index_values[i] = emitExpr(*indices[i]);
    if (index_values[i]->type()->kind() == TypeKind::List) {
      // `x[[0, 2]]`: the list becomes a long tensor index, as upstream converts it
      // (aten::tensor(list, dtype=long), without a source range).
      Value* dtype = graph_->insertConstant(Constant::integer(4));
      Value* none = graph_->insertConstant(Constant::none());
      Value* no_grad = graph_->insertConstant(Constant::boolean(false));
      Node* tensor_node = graph_->insertNode(graph_->create(
          "aten::tensor", {index_values[i], dtype, none, no_grad}));
      tensor_node->setSchema(OperatorCatalogue::instance().find("aten::tensor"));
      index_values[i] = tensor_node->output();
    }
    TypeKind kind = index_values[i]->type()->kind();
    if (kind == TypeKind::None) return reverse ? dim : dim + 1;
    if (kind == TypeKind::Int) return reverse ? dim - 1 : dim;
    if (kind == TypeKind::Tensor && reverse) {  // its dimension would count from the end
      throw ErrorReport(expr.range) << "Ellipses followed by tensor indexing is currently not "
                                       "supported";
    }
    if (kind == TypeKind::Tensor) return dim + step;
    throw ErrorReport(indices[i]->range)
        << "Unsupported operation: indexing tensor with unsupported index type '"
        << index_values[i]->type()->annotationStr()
        << "'. Only ints, slices, lists and tensors are supported";
  };
  size_t ellipsis = indices.size();
  int64_t dim = 0;
  for (size_t i = 0; i < indices.size(); ++i) {
    if (indices[i]->kind == ExprKind::Ellipsis) {
      ellipsis = i;
      break;
    }
    dim = handle(i, dim, false);
  }
  if (ellipsis < indices.size()) {
    dim = -1;
    for (size_t i = indices.size() - 1; i > ellipsis; --i) {
      if (indices[i]->kind == ExprKind::Ellipsis) {
        throw ErrorReport(indices[i]->range) << "An index can only have a single ellipsis ('...')";
      }
      dim = handle(i, dim, true);
    }
  }
  Value* result = tensor;
  std::vector<Value*> tensor_indices;
  for (size_t i = 0; i < indices.size(); ++i) {
    if (indices[i]->kind == ExprKind::Ellipsis) continue;
    if (index_values[i] && index_values[i]->type()->kind() == TypeKind::Tensor) {
      size_t d = static_cast<size_t>(dims[i]);
      if (tensor_indices.size() <= d) tensor_indices.resize(d + 1, nullptr);
      tensor_indices[d] = index_values[i];
      continue;
    }
    Value* dim_value = graph_->insertConstant(Constant::integer(dims[i]), expr.range);
    if (indices[i]->kind == ExprKind::Slice) {
      const auto& slice = indices[i]->as<SliceExpr>();
      std::vector<NamedValue> kwargs;
      // A missing start or end is left to the schema's default (None).
      if (slice.start) kwargs.push_back({"start", expr.range, emitExpr(*slice.start)});
      if (slice.stop) kwargs.push_back({"end", slice.stop->range, emitExpr(*slice.stop)});
      Value* step = slice.step ? emitExpr(*slice.step)
                               : graph_->insertConstant(Constant::integer(1), expr.range);
      kwargs.push_back({"step", expr.range, step});
      result = emitBuiltinCall(expr.range, *graph_, "aten::slice",
                               {{"", expr.range, result}, {"", expr.range, dim_value}}, kwargs);
    } else if (index_values[i]->type()->kind() == TypeKind::None) {
      result = emitOperator(expr.range, "aten::unsqueeze",
                            {{expr.range, result}, {expr.range, dim_value}});
    } else {
      result = emitOperator(
          expr.range, "aten::select",
          {{expr.range, result}, {expr.range, dim_value}, {expr.range, index_values[i]}});
    }
  }
  return {result, tensor_indices};
}

}  // namespace minijit
