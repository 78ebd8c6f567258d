// NamedTuple classes: a `class Point(NamedTuple)` declared beside a scripted function is a
// tuple type with field names and a qualified class name. Calling the class builds the tuple
// (prim::TupleConstruct), `p.x` reads a field (prim::TupleIndex), as upstream's
// NamedTupleConstructor and tuple attribute access. Book chapter 5.
#include "frontend/function_emitter.h"

namespace minijit {

// The fields are the annotated names of the class body, in order (`tokens: List[int]`),
// with their literal defaults (`score: float = 0.0`); docstrings and `pass` are skipped.
// Calling the class matches this schema. Conformance cases classes/namedtuple_*.
FunctionSchema FunctionEmitter::namedTupleSchema(const SugaredValue& cls) const {
  FunctionSchema schema;
  schema.name = cls.class_def->name;
  for (const StmtPtr& stmt : cls.class_def->body) {
    if (stmt->kind != StmtKind::Assign) continue;
    const auto& assign = stmt->as<AssignStmt>();
    if (!assign.annotation || assign.targets.size() != 1 ||
        assign.targets[0]->kind != ExprKind::Name) {
      continue;
    }
    Argument field;
    field.name = assign.targets[0]->as<NameExpr>().name;
    field.type = parseType(*assign.annotation);
    if (assign.value) {
      field.default_value = literalConstant(*assign.value);
      if (!field.default_value) {
        throw ErrorReport(assign.value->range)
            << "minijit supports only literal defaults for NamedTuple fields";
      }
    }
    schema.arguments.push_back(std::move(field));
  }
  std::vector<std::string> names;
  std::vector<TypePtr> types;
  for (const Argument& field : schema.arguments) {
    names.push_back(field.name);
    types.push_back(field.type);
  }
  Argument ret;
  ret.type = Type::namedTuple(cls.name, std::move(names), std::move(types));
  schema.returns.push_back(std::move(ret));
  return schema;
}

TypePtr FunctionEmitter::namedTupleType(const SugaredValue& cls) const {
  return namedTupleSchema(cls).returns.at(0).type;
}

// `DecodeResult(toks, score)`: the arguments are matched against the fields' schema (so
// keywords, defaults and the usual conversions work), then packed into the named tuple.
Value* FunctionEmitter::emitNamedTupleConstruct(const SugaredValue& cls, const CallExpr& call) {
  FunctionSchema schema = namedTupleSchema(cls);
  std::vector<NamedValue> args = emitArguments(call.args);
  std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
  MatchedSchema matched = matchSchemas({&schema}, call.range, *graph_, args, kwargs);
  Node* tuple = graph_->create("prim::TupleConstruct", matched.inputs);
  tuple->output()->setType(schema.returns.at(0).type);
  tuple->setSourceRange(call.callee->range);
  return graph_->insertNode(tuple)->output();
}

// [book:named-tuple-field]
// `box.x1`: the field's position as a constant index; upstream gives neither the constant
// nor the TupleIndex a source range. Null when `tuple` has no such field.
Value* FunctionEmitter::emitNamedTupleField(Value* tuple, const std::string& field) {
  const TypePtr& type = tuple->type();
  if (!type->isNamedTuple()) return nullptr;
  const std::vector<std::string>& names = type->fieldNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] != field) continue;
    Value* index = graph_->insertConstant(Constant::integer(static_cast<int64_t>(i)));
    Node* node = graph_->create("prim::TupleIndex", {tuple, index});
    node->output()->setType(type->containedTypes()[i]);
    return graph_->insertNode(node)->output();
  }
  return nullptr;
}
// [/book:named-tuple-field]

}  // namespace minijit
