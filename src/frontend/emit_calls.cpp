// Emitting names, attributes and calls: variables come from the environment, other names
// from Python-like builtins (`len`, `range`, `float`...), the builtin modules `torch` and
// `math`, or the resolver (other functions). Calls resolve to operator schemas or to
// prim::CallFunction of another TorchScript function. Book chapter 5.
#include <algorithm>
#include <limits>
#include <string_view>

#include "frontend/builtin_functions.h"
#include "frontend/class_definition.h"
#include "frontend/function_emitter.h"
#include "types/operator_catalogue.h"

namespace minijit {

std::string SugaredValue::kindName() const {
  switch (kind) {
    case Kind::Simple: return value->type()->annotationStr();
    case Kind::Module: return "module";
    case Kind::Builtin: return "builtin";
    case Kind::Method: return "builtin";
    case Kind::PythonBuiltin: return "builtin";
    case Kind::Function: return "function";
    case Kind::Exception:
    case Kind::ExceptionMessage: return "exception";
    case Kind::NoneValue: return "None";
    case Kind::TensorCast: return "builtin";
    case Kind::PythonValue: return "python value";
    case Kind::NamedTupleClass:
    case Kind::Class:
    case Kind::EnumClass: return "class";
    case Kind::ObjectMethod: return "method";
  }
  return "value";
}

namespace {
// The name tables below hold string_views: comparing one with a name checks the lengths
// first, which rejects most entries at once.

// Python's exception classes that TorchScript can raise; they print as "builtins.<name>".
bool isPythonException(const std::string& name) {
  static constexpr std::string_view kNames[] = {
      "Exception",       "RuntimeError",   "ValueError",        "TypeError",
      "KeyError",        "IndexError",     "ZeroDivisionError", "NotImplementedError",
      "ArithmeticError", "AttributeError", "LookupError",       "StopIteration",
      "OverflowError"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return false;
}

// Python builtins that are plain operators in TorchScript: `sum(xs)` is aten::sum(xs).
const char* builtinOperator(const std::string& name) {
  static constexpr std::pair<std::string_view, const char*> kOperators[] = {
      {"len", "aten::len"},   {"sum", "aten::sum"},     {"sorted", "aten::sorted"},
      {"list", "aten::list"}, {"round", "aten::round"}, {"divmod", "aten::divmod"},
      {"any", "aten::any"},   {"all", "aten::all"},     {"hex", "aten::hex"},
      {"oct", "aten::oct"},   {"bin", "aten::bin"},     {"chr", "aten::chr"},
      {"ord", "aten::ord"},   {"min", "prim::min"},     {"max", "prim::max"},
      {"abs", "prim::abs"},   {"dict", "aten::dict"}};
  for (const auto& [builtin, op] : kOperators) {
    if (name == builtin) return op;
  }
  return nullptr;
}

bool isPythonBuiltin(const std::string& name) {
  static constexpr std::string_view kNames[] = {"range", "float", "int",       "bool",
                                                "str",   "print", "enumerate", "zip"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return builtinOperator(name) != nullptr;
}
}  // namespace

SugaredValuePtr FunctionEmitter::resolveName(const NameExpr& expr) {
  if (auto value = env_->findInAnyFrame(expr.name)) return value;
  if (const ErrorReport* error = env_->variableError(expr.name)) {
    ErrorReport report = *error;
    report.addContext("and was used here", expr.range);
    throw report;
  }
  if (isPythonBuiltin(expr.name)) return SugaredValue::pythonBuiltin(expr.name);
  // AssertionError is one of TorchScript's own builtins; other exception classes come from
  // Python (upstream's resolver finds them among Python's builtins).
  if (expr.name == "AssertionError") return SugaredValue::exception(expr.name, false);
  if (auto value = resolver_.resolve(expr.name)) return value;
  if (isPythonException(expr.name)) return SugaredValue::exception(expr.name, true);
  if (expr.name == "torch" || expr.name == "math") return SugaredValue::module(expr.name);
  throw ErrorReport(expr.range) << "undefined value " << expr.name;
}

SugaredValuePtr FunctionEmitter::emitAttribute(const AttributeExpr& expr) {
  SugaredValuePtr base = emitSugaredExpr(*expr.value, 1);
  // The tables below hold string_views, and `module` is one: comparing one with a name checks
  // the lengths first, which rejects most entries at once (a std::string compared with a
  // char* measures the char* and compares bytes).
  const std::string& name = expr.name;
  if (base->kind == SugaredValue::Kind::Module) {
    const std::string_view module = base->name;
    if (module == "math") {
      static constexpr std::pair<std::string_view, double> kConstants[] = {
          {"pi", 3.141592653589793},
          {"e", 2.718281828459045},
          {"tau", 6.283185307179586},
          {"inf", std::numeric_limits<double>::infinity()},
          {"nan", std::numeric_limits<double>::quiet_NaN()}};
      for (const auto& [constant, v] : kConstants) {
        if (name == constant) return SugaredValue::simple(graph_->insertConstant(Constant::floating(v), expr.range));
      }
    }
    if (module == "torch" && name == "jit") return SugaredValue::module("torch.jit");
    if (module == "torch" && name == "no_grad") {
      return SugaredValue::classValue(noGradClass(fn_.definer()));
    }
    // torch.nn.functional.relu and friends are the aten operators of the same name.
    if (module == "torch" && name == "nn") return SugaredValue::module("torch.nn");
    if (module == "torch.nn" && name == "functional") {
      return SugaredValue::module("torch.nn.functional");
    }
    if (module == "torch.nn.functional") {
      if (const FunctionDefinition* fn = functionalFunction(name, fn_.definer())) {
        return SugaredValue::functionValue(fn);
      }
    }
    if (module == "torch") {
      // dtypes, layouts and memory formats are ints in TorchScript graphs.
      static constexpr std::pair<std::string_view, int64_t> kEnums[] = {
          {"uint8", 0},     {"int8", 1},      {"int16", 2},   {"short", 2},
          {"int32", 3},     {"int", 3},       {"int64", 4},   {"long", 4},
          {"float16", 5},   {"half", 5},      {"float32", 6}, {"float", 6},
          {"float64", 7},   {"double", 7},    {"complex64", 9}, {"cfloat", 9},
          {"complex128", 10}, {"cdouble", 10}, {"bool", 11},  {"bfloat16", 15},
          {"strided", 0},   {"contiguous_format", 0}, {"preserve_format", 1},
          {"channels_last", 2}};
      for (const auto& [enum_name, value] : kEnums) {
        if (name == enum_name) {
          return SugaredValue::simple(graph_->insertConstant(Constant::integer(value), expr.range));
        }
      }
    }
    std::string op = "aten::" + name;
    if (OperatorCatalogue::instance().overloads(op).empty()) {
      op = "prim::" + name;
      if (OperatorCatalogue::instance().overloads(op).empty() && module == "math") {
        throw ErrorReport(expr.range) << "Python builtin <built-in function " << name
                                      << "> is currently not supported in Torchscript";
      }
      if (OperatorCatalogue::instance().overloads(op).empty()) {
        throw ErrorReport(expr.range) << "Unknown builtin op: aten::" << name
                                      << ".\nCould not find any similar ops to aten::" << name
                                      << ". This op may not exist or may not be currently "
                                         "supported in TorchScript.";
      }
    }
    return SugaredValue::builtin(op);
  }
  if (base->kind == SugaredValue::Kind::EnumClass) {
    return SugaredValue::simple(emitEnumMember(*base, name, expr.range));
  }
  if (base->kind == SugaredValue::Kind::Class) {  // `Cls.f`: a static method
    if (const FunctionDefinition* fn = base->classes->class_definition->staticMethod(name)) {
      return SugaredValue::functionValue(fn);
    }
  }
  Value* self = checkedValue(base, expr.value->range);
  if (Value* field = emitNamedTupleField(self, name)) return SugaredValue::simple(field);
  if (self->type()->kind() == TypeKind::Class) return emitClassAttribute(self, name, expr.range);
  if (Value* property = tryEmitEnumProperty(self, name)) return SugaredValue::simple(property);
  if (self->type()->kind() == TypeKind::Tensor) {
    if (Value* property = tryEmitTensorProperty(*graph_, self, name)) {
      return SugaredValue::simple(property);
    }
    static constexpr std::pair<std::string_view, int64_t> kCasts[] = {
        {"byte", 0}, {"char", 1}, {"short", 2}, {"int", 3},     {"long", 4},
        {"half", 5}, {"float", 6}, {"double", 7}, {"cfloat", 9}, {"cdouble", 10}};
    for (const auto& [cast, dtype] : kCasts) {
      if (name == cast) return SugaredValue::tensorCast(self, dtype);
    }
    if (name == "dtype" || name == "device" || name == "is_cuda") {
      // Upstream gives these property nodes no source range.
      return SugaredValue::simple(
          emitOperator(SourceRange(), "prim::" + name, {{expr.range, self}}));
    }
  }
  std::string op = "aten::" + name;
  if (OperatorCatalogue::instance().overloads(op).empty()) {
    if (self->type()->kind() == TypeKind::Tensor) {
      throw ErrorReport(expr.range) << "'Tensor' object has no attribute or method '" << name
                                    << "'.";
    }
    throw ErrorReport(expr.range) << "Tried to access nonexistent attribute or method '" << name
                                  << "' of type '" << self->type()->annotationStr() << "'.";
  }
  return SugaredValue::method(self, op);
}

std::vector<NamedValue> FunctionEmitter::emitArguments(const ExprList& args) {
  std::vector<NamedValue> values = takeSpareArguments();
  values.reserve(args.size());
  for (const ExprPtr& arg : args) {
    if (arg->kind == ExprKind::Starred) {
      throw ErrorReport(arg->range) << "starred arguments are not supported by minijit yet";
    }
    values.push_back({"", arg->range, emitExpr(*arg)});
  }
  return values;
}

std::vector<NamedValue> FunctionEmitter::emitKeywords(const std::vector<Keyword>& keywords) {
  std::vector<NamedValue> values;
  values.reserve(keywords.size());
  for (const Keyword& keyword : keywords) {
    values.push_back({keyword.name, keyword.range, emitExpr(*keyword.value)});
  }
  return values;
}

Value* FunctionEmitter::emitOperator(const SourceRange& range, std::string_view op,
                                     std::initializer_list<Operand> operands,
                                     const std::optional<NamedValue>& self) {
  static const std::vector<NamedValue> kNoKeywords;
  // (One vector serves every call: the operands are emitted already, and emitBuiltinCall
  // does not call back into the emitter, so no other operator call can begin before this
  // one is done with it.)
  std::vector<NamedValue>& args = operator_arguments_;
  args.clear();
  for (const Operand& operand : operands) args.emplace_back("", operand.range, operand.value);
  return emitBuiltinCall(range, *graph_, op, args, kNoKeywords, self);
}

namespace {
// The name of a special form the callee spells (`dict`, `isinstance`, `torch.jit.annotate`),
// or "" when it spells none: a plain name as it is, and of the dotted names only the two
// special forms with a dot in them, `torch.jit.isinstance` and `torch.jit.annotate`. (Every
// other dotted name compares unequal to each special form; the string is not built, as
// joining the parts cost an allocation or two per call.)
std::string_view specialCallee(const Expr& expr) {
  if (expr.kind == ExprKind::Name) return expr.as<NameExpr>().name;
  if (expr.kind != ExprKind::Attribute) return {};
  const auto& outer = expr.as<AttributeExpr>();
  const std::string_view attribute = outer.name;
  if (attribute != "isinstance" && attribute != "annotate") return {};
  if (outer.value->kind != ExprKind::Attribute) return {};
  const auto& inner = outer.value->as<AttributeExpr>();
  if (inner.name != "jit" || inner.value->kind != ExprKind::Name ||
      inner.value->as<NameExpr>().name != "torch") {
    return {};
  }
  return attribute == "isinstance" ? "torch.jit.isinstance" : "torch.jit.annotate";
}
}  // namespace

SugaredValuePtr FunctionEmitter::emitCall(const CallExpr& call, size_t n_binders,
                                          const TypePtr& type_hint) {
  // A string_view, so that each test below checks the length first (a std::string compared
  // with a char* measures it and compares bytes, about 60 instructions, and every call makes
  // some fifteen such tests).
  const std::string_view special = specialCallee(*call.callee);
  // A local variable named like one of the builtin forms below (`dict = {}`) hides it; the
  // frames are searched only for those names.
  static constexpr std::string_view kShadowable[] = {"dict",    "tuple",      "getattr",
                                                     "hasattr", "isinstance", "annotate"};
  bool shadowed = call.callee->kind == ExprKind::Name &&
                  std::any_of(std::begin(kShadowable), std::end(kShadowable),
                              [&](std::string_view name) { return special == name; }) &&
                  env_->typeInAnyFrame(call.callee->as<NameExpr>().name);
  if (!shadowed && special == "dict" && call.args.empty() && call.keywords.empty()) {
    // dict() is an empty dict literal (typed by the annotation, if any).
    DictExpr empty(call.range, {}, {});
    return SugaredValue::simple(emitDictLiteral(empty, type_hint));
  }
  if (!shadowed && special == "dict" && call.args.size() == 1 && call.keywords.empty()) {
    return SugaredValue::simple(emitDictFromIterable(call, type_hint));
  }
  if (!shadowed && special == "tuple" && call.args.size() == 1 && call.keywords.empty()) {
    // tuple(t) rebuilds a tuple from its elements; a list's length is not known statically.
    Value* value = emitExpr(*call.args[0]);
    if (value->type()->kind() == TypeKind::List) {
      throw ErrorReport(call.range)
          << "cannot statically infer the expected size of a list in this context";
    }
    std::vector<Value*> elements = unpackTuple(value, call.range);
    std::vector<TypePtr> types;
    for (Value* e : elements) types.push_back(e->type());
    Node* tuple = graph_->insertNode(graph_->create("prim::TupleConstruct", elements));
    tuple->output()->setType(Type::tuple(types));
    return SugaredValue::simple(tuple->output());
  }
  if (!shadowed && (special == "getattr" || special == "hasattr") && call.args.size() == 2 &&
      call.keywords.empty()) {
    return emitGetOrHasAttr(call, special == "hasattr");
  }
  if (((!shadowed && special == "isinstance") || special == "torch.jit.isinstance") &&
      call.args.size() == 2) {
    return SugaredValue::simple(emitIsInstance(*call.args[0], *call.args[1]).value);
  }
  if (!shadowed && (special == "torch.jit.annotate" || special == "annotate") &&
      call.args.size() == 2) {
    // annotate(T, e): e emitted with T as its type hint, then checked against T.
    TypePtr type = parseType(*call.args[0]);
    Value* value = tryConvertToType(call.range, *graph_, type, emitExpr(*call.args[1], type), true);
    if (!value->type()->isSubtypeOf(type)) {
      throw ErrorReport(call.range) << "expected an expression of type " << type->annotationStr()
                                    << " but found " << value->type()->annotationStr();
    }
    // annotate(Optional[T], None) must remember T: a variable or attribute it initializes
    // is an Optional[T]. As upstream, a fresh None constant of that type (no source range).
    bool holds_none = type->kind() == TypeKind::Optional ||
                      (type->kind() == TypeKind::Union && Type::none()->isSubtypeOf(type));
    if (value->type()->kind() == TypeKind::None && holds_none) {
      Node* none = graph_->create("prim::Constant");
      none->output()->setType(type);
      return SugaredValue::simple(graph_->insertNode(none)->output());
    }
    return SugaredValue::simple(value);
  }
  SugaredValuePtr callee = emitSugaredExpr(*call.callee, 1);
  // As upstream, a call is located at its callee: errors underline `torch.relu`, not the
  // whole `torch.relu(x)` (graph comments, which show only the start, are the same).
  const SourceRange& range = call.callee->range;
  switch (callee->kind) {
    case SugaredValue::Kind::PythonBuiltin: {
      Value* result = emitPythonBuiltinCall(callee->name, call);
      // print() returns None without making a graph value for it (upstream's NoneValue).
      return result ? SugaredValue::simple(result) : SugaredValue::noneValue();
    }
    case SugaredValue::Kind::Function:
      return SugaredValue::simple(emitFunctionCall(*callee->function, call));
    case SugaredValue::Kind::NamedTupleClass:
      return SugaredValue::simple(emitNamedTupleConstruct(*callee, call));
    case SugaredValue::Kind::Class:
      return SugaredValue::simple(emitObjectConstruct(*callee->classes->class_definition, call));
    case SugaredValue::Kind::ObjectMethod: {
      std::vector<NamedValue> args = emitArguments(call.args);  // before the keywords
      std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
      return SugaredValue::simple(emitMethodCall(callee->value, callee->name, args, kwargs, range));
    }
    case SugaredValue::Kind::EnumClass:
      throw ErrorReport(call.range) << "Enum classes cannot be called in TorchScript";
    case SugaredValue::Kind::Builtin:
    case SugaredValue::Kind::Method: {
      std::vector<NamedValue> args = emitArguments(call.args);
      RecycledArguments recycled(*this, args);
      std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
      std::optional<NamedValue> self;
      if (callee->kind == SugaredValue::Kind::Method) {
        self = NamedValue{"self", call.callee->range, callee->value};
      }
      return SugaredValue::simple(
          emitBuiltinCall(range, *graph_, callee->name, args, kwargs, self));
    }
    case SugaredValue::Kind::Exception:
      return exceptionCall(callee, range, emitArguments(call.args));
    case SugaredValue::Kind::TensorCast: {
      // x.float() is x.to(torch.float32, False, False, None), as upstream's TensorCastValue.
      std::vector<NamedValue> args = emitArguments(call.args);
      args.push_back({"", range, graph_->insertConstant(Constant::integer(callee->dtype), range)});
      args.push_back({"", range, graph_->insertConstant(Constant::boolean(false))});
      args.push_back({"", range, graph_->insertConstant(Constant::boolean(false))});
      args.push_back({"", range, graph_->insertConstant(Constant::none())});
      return SugaredValue::simple(emitBuiltinCall(range, *graph_, "aten::to", args,
                                                  emitKeywords(call.keywords),
                                                  NamedValue{"self", range, callee->value}));
    }
    case SugaredValue::Kind::ExceptionMessage:
      throw ErrorReport(range) << "an exception instance is not callable";
    case SugaredValue::Kind::Module:
      throw ErrorReport(call.range) << "module '" << callee->name << "' is not callable";
    case SugaredValue::Kind::Simple:
      throw ErrorReport(call.range) << "'" << callee->value->type()->annotationStr()
                                    << "' object is not callable";
    case SugaredValue::Kind::NoneValue:  // `print(x)()`, as upstream words it
      throw ErrorReport(call.callee->range) << "cannot call a None";
    case SugaredValue::Kind::PythonValue:  // a Python global; upstream: "3 is not a callable object"
      throw ErrorReport(range) << "python value of type '" << callee->name
                               << "' is not a callable object";
  }
  throw ErrorReport(range) << callee->kindName() << " is not callable";
}

// `ValueError("bad")`: a Python exception keeps its message and names its class;
// TorchScript's builtin AssertionError prefixes the message with "AssertionError: ".
SugaredValuePtr FunctionEmitter::exceptionCall(const SugaredValuePtr& exception,
                                               const SourceRange& range,
                                               const std::vector<NamedValue>& args) {
  if (exception->python_exception) {
    Value* message;
    if (args.empty()) {
      message = graph_->insertConstant(Constant::string(""), range);
    } else if (args.size() == 1) {
      message = args[0].value;
    } else {
      std::vector<Value*> values;
      std::vector<TypePtr> types;
      for (const NamedValue& arg : args) {
        values.push_back(arg.value);
        types.push_back(arg.value->type());
      }
      Node* tuple = graph_->insertNode(graph_->create("prim::TupleConstruct", values));
      tuple->output()->setType(Type::tuple(types));
      message = tuple->output();
    }
    // Python's own exceptions are found by their bare name (builtins.ValueError); a
    // user-defined class arrives from the resolver already qualified (pkg.mod.MyError).
    const std::string& name = exception->name;
    std::string qualified = name.find('.') == std::string::npos ? "builtins." + name : name;
    Value* class_name = graph_->insertConstant(Constant::string(qualified), range);
    return SugaredValue::exceptionMessage(message, class_name);
  }
  Value* message = graph_->insertConstant(Constant::string(exception->name + ": "), range);
  for (const NamedValue& arg : args) {
    Value* text = arg.value;
    if (text->type()->kind() != TypeKind::Str) {
      text = emitBuiltinCall(range, *graph_, "aten::str", {arg}, {});
    }
    message = emitOperator(range, "aten::add", {{range, message}, {range, text}});
  }
  return SugaredValue::exceptionMessage(message, nullptr);
}

// The casts `int(x)`, `float(x)`, `bool(x)` (upstream's CastValue inserts an unused int 0
// first, which shows in the value numbers).
Value* FunctionEmitter::emitCast(const std::string& cast, const CallExpr& call) {
  const std::string_view name = cast;  // compared by length first
  std::vector<NamedValue> args = emitArguments(call.args);
  RecycledArguments recycled(*this, args);
  std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
  TypePtr target = name == "int"     ? Type::integer()
                   : name == "float" ? Type::floating()
                   : name == "str"   ? Type::string()
                                     : Type::boolean();
  if (args.size() == 1 && kwargs.empty()) {
    Value* zero = graph_->insertConstant(Constant::integer(0));
    Value* v = args[0].value;
    if (v->type()->isSubtypeOf(target)) return v;
    if (name == "bool" && (v->type()->kind() == TypeKind::List || v->type()->kind() == TypeKind::Str)) {
      Value* len = emitBuiltinCall(call.range, *graph_, "aten::len", {args[0]}, {});
      return emitOperator(call.range, "aten::gt", {{call.range, len}, {call.range, zero}});
    }
  }
  const char* op = name == "int"     ? "aten::Int"
                   : name == "float" ? "aten::Float"
                   : name == "str"   ? "aten::str"
                                     : "aten::Bool";
  return emitBuiltinCall(call.range, *graph_, op, args, kwargs);
}

Value* FunctionEmitter::emitPythonBuiltinCall(const std::string& builtin, const CallExpr& call) {
  const std::string_view name = builtin;  // compared by length first
  if (name == "int" || name == "float" || name == "bool" || name == "str") {
    return emitCast(builtin, call);
  }
  if (name == "range") {
    throw ErrorReport(call.range) << "range() can only be used as the iterable of a for loop";
  }
  std::vector<NamedValue> args = emitArguments(call.args);
  RecycledArguments recycled(*this, args);
  std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
  if (name == "len" && args.size() == 1 && kwargs.empty()) {  // obj.__len__()
    if (Value* result = tryEmitDunder(args[0].value, "__len__", {}, call.callee->range)) {
      return result;
    }
  }
  if (name == "print") {
    std::vector<Value*> inputs;
    for (const NamedValue& arg : args) inputs.push_back(arg.value);
    graph_->insertNode(graph_->create("prim::Print", inputs, 0))->setSourceRange(call.range);
    return nullptr;
  }
  if (const char* op = builtinOperator(builtin)) {
    return emitBuiltinCall(call.callee->range, *graph_, op, args, kwargs);
  }
  throw ErrorReport(call.range) << "builtin " << name << " is not supported by minijit yet";
}

// A call to another TorchScript function: upstream keeps it as prim::CallFunction of a
// function constant (torch.jit.script does not inline; conformance case calls/helper_call).
Value* FunctionEmitter::emitFunctionCall(const FunctionDefinition& callee, const CallExpr& call) {
  std::vector<NamedValue> args = emitArguments(call.args);
  RecycledArguments recycled(*this, args);
  std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
  const FunctionSchema& schema = callee.schema();
  MatchedSchema matched = matchSchemas({&schema}, call.range, *graph_, args, kwargs);
  Node* fn_constant = graph_->create(kinds().constant);
  fn_constant->setAttribute("name", Constant::string(callee.name()));
  // Every function constant has this type; types are immutable, so one object serves all.
  static const TypePtr kFunctionType = Type::opaque("Function", {});
  fn_constant->output()->setType(kFunctionType);
  fn_constant->setCalledGraph(callee.graphPtr());
  graph_->insertNode(fn_constant);
  // (Created by interned kind, its inputs added directly: no kind lookup, no input vector.)
  static const InternedKind kCallFunction("prim::CallFunction");
  Node* node = graph_->create(kCallFunction);
  node->addInput(fn_constant->output());
  for (Value* input : matched.inputs) node->addInput(input);
  graph_->insertNode(node);
  node->output()->setType(matched.return_types.at(0));
  node->setSourceRange(call.callee->range);  // a traceback underlines the callee, as upstream's
  return node->output();
}

}  // namespace minijit
