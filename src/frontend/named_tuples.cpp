// NamedTuple classes: a `class Point(NamedTuple)` declared beside a scripted function is a
// tuple type with field names and a qualified class name. Calling the class builds the tuple
// (prim::TupleConstruct), `p.x` reads a field (prim::TupleIndex), as upstream's
// NamedTupleConstructor and tuple attribute access. Book chapter 5.
#include "frontend/function_emitter.h"

namespace minijit {

// The fields are the annotated names of the class body, in order (`tokens: List[int]`);
// docstrings and `pass` are skipped. Conformance cases classes/namedtuple_*.
TypePtr FunctionEmitter::namedTupleType(const SugaredValue& cls) const {
  std::vector<std::string> names;
  std::vector<TypePtr> types;
  for (const StmtPtr& stmt : cls.class_def->body) {
    if (stmt->kind != StmtKind::Assign) continue;
    const auto& assign = stmt->as<AssignStmt>();
    if (!assign.annotation || assign.targets.size() != 1 ||
        assign.targets[0]->kind != ExprKind::Name) {
      continue;
    }
    if (assign.value) {
      throw ErrorReport(assign.range) << "minijit does not support NamedTuple field defaults yet";
    }
    names.push_back(assign.targets[0]->as<NameExpr>().name);
    types.push_back(parseType(*assign.annotation));
  }
  return Type::namedTuple(cls.name, std::move(names), std::move(types));
}

// `DecodeResult(toks, score)`: the arguments are matched against a schema made of the
// fields (so keywords and the usual conversions work), then packed into the named tuple.
Value* FunctionEmitter::emitNamedTupleConstruct(const SugaredValue& cls, const CallExpr& call) {
  TypePtr type = namedTupleType(cls);
  FunctionSchema schema;
  schema.name = cls.class_def->name;
  for (size_t i = 0; i < type->containedTypes().size(); ++i) {
    Argument arg;
    arg.name = type->fieldNames()[i];
    arg.type = type->containedTypes()[i];
    schema.arguments.push_back(std::move(arg));
  }
  Argument ret;
  ret.type = type;
  schema.returns.push_back(ret);
  std::vector<NamedValue> args = emitArguments(call.args);
  std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
  MatchedSchema matched = matchSchemas({&schema}, call.range, *graph_, args, kwargs);
  Node* tuple = graph_->create("prim::TupleConstruct", matched.inputs);
  tuple->output()->setType(type);
  tuple->setSourceRange(call.callee->range);
  return graph_->insertNode(tuple)->output();
}

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

}  // namespace minijit
