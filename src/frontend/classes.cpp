// Emitting TorchScript classes and Enums, as upstream's ClassValue, SimpleValue::attr/setAttr
// and MethodValue do. Calling a class makes an object (prim::CreateObject) and runs its
// __init__ (prim::CallMethod); `obj.x` reads an attribute (prim::GetAttr) and `obj.x = v`
// writes one (prim::SetAttr); `obj.f(...)`, properties and the operators a class defines
// (`len(obj)` is obj.__len__()) are prim::CallMethod. Methods are never inlined. Enum members
// are constants; `.name` and `.value` are prim::EnumName and prim::EnumValue. Book chapter 5.
#include <algorithm>

#include "frontend/class_definition.h"
#include "frontend/function_emitter.h"

namespace minijit {

namespace {

[[noreturn]] void noSuchMember(const TypePtr& type, const std::string& name,
                               const SourceRange& range) {
  throw ErrorReport(range) << "'" << type->qualifiedName() << "' object has no attribute or method '"
                           << name << "'. Did you forget to initialize an attribute in __init__()?";
}

}  // namespace

// [book:class-attribute]
// `obj.name` on an object: an attribute, a property (its getter is called), or a method
// (bound here, called by emitCall).
SugaredValuePtr FunctionEmitter::emitClassAttribute(Value* object, const std::string& name,
                                                    const SourceRange& range) {
  const ClassDefinition& cls = classDefinitionOf(object->type());
  cls.ensureDefined();
  if (cls.info().attributeSlot(name) >= 0) return SugaredValue::simple(emitGetAttr(object, name));
  if (cls.method("__" + name + "_getter")) {
    return SugaredValue::simple(emitMethodCall(object, "__" + name + "_getter", {}, {}, range));
  }
  if (cls.method(name)) return SugaredValue::objectMethod(object, name);
  noSuchMember(object->type(), name, range);
}

// Upstream's GetAttr has no source range, and its result is named after the attribute.
Value* FunctionEmitter::emitGetAttr(Value* object, const std::string& name) {
  const ClassInfo& info = object->type()->classInfo();
  Node* node = graph_->create("prim::GetAttr", {object});
  node->setAttribute("name", Constant::string(name));
  node->output()->setType(info.attribute_types.at(static_cast<size_t>(info.attributeSlot(name))));
  if (meaningfulName(name)) node->output()->setDebugName(name);
  return graph_->insertNode(node)->output();
}
// [/book:class-attribute]

// [book:set-attr]
// `obj.name = value`. Only __init__ may add an attribute, at its top level; the attribute
// takes the value's type, and later assignments must fit it.
void FunctionEmitter::emitSetAttr(Value* object, const std::string& name, Value* value,
                                  const SourceRange& range) {
  const ClassDefinition& cls = classDefinitionOf(object->type());
  cls.ensureDefined();
  ClassInfo& info = cls.info();
  int64_t slot = info.attributeSlot(name);
  if (slot < 0 && cls.method("__" + name + "_setter")) {  // a property with a setter
    emitMethodCall(object, "__" + name + "_setter", {{"", range, value}}, {}, range);
    return;
  }
  if (slot < 0) {
    bool in_init = fn_.owner() == &cls && fn_.name() == "__init__" && cls.definingInit();
    if (!in_init) {
      throw ErrorReport(range) << "Tried to set nonexistent attribute: " << name
                               << ". Did you forget to initialize it in __init__()?";
    }
    if (env_->block() != graph_->block()) {
      throw ErrorReport(range) << "First assignment cannot be in a control-flow block. "
                                  "Initialize the field at the top level first";
    }
    info.attribute_names.push_back(name);
    info.attribute_types.push_back(value->type());
    slot = static_cast<int64_t>(info.attribute_names.size()) - 1;
  }
  const TypePtr& expected = info.attribute_types[static_cast<size_t>(slot)];
  if (!value->type()->isSubtypeOf(expected)) {
    throw ErrorReport(range) << "Wrong type for attribute assignment. Expected "
                             << expected->annotationStr() << " but got "
                             << value->type()->annotationStr();
  }
  Node* node = graph_->create("prim::SetAttr", {object, value}, 0);
  node->setAttribute("name", Constant::string(name));
  graph_->insertNode(node);
}
// [/book:set-attr]

void FunctionEmitter::emitAttributeAssign(const AttributeExpr& target, const Expr& value,
                                          const Expr* annotation, const SourceRange& range) {
  Value* object = emitExpr(*target.value);
  if (object->type()->kind() != TypeKind::Class) {
    throw ErrorReport(target.range) << "cannot assign to attribute '" << target.name
                                    << "' of a value of type '"
                                    << object->type()->annotationStr() << "'";
  }
  // As upstream, the annotation only guides how the value is emitted (`{}` becomes a
  // Dict[str, int]); the attribute takes the value's type, so `self.best: Optional[float] =
  // None` is a NoneType attribute (torch.jit.annotate(Optional[float], None) is the way).
  TypePtr type = annotation ? parseType(*annotation) : nullptr;
  Value* rhs = emitExpr(value, type);
  emitSetAttr(object, target.name, rhs, range);
}

// [book:call-method]
// A method call: the arguments are matched against the method's schema with the object as
// `self` (so errors count `self` as upstream's do), then prim::CallMethod[name=...].
Value* FunctionEmitter::emitMethodCall(Value* object, const std::string& name,
                                       const std::vector<NamedValue>& args,
                                       const std::vector<NamedValue>& kwargs,
                                       const SourceRange& range) {
  const ClassDefinition& cls = classDefinitionOf(object->type());
  cls.ensureDefined();  // __init__ first: the method may read attributes
  FunctionDefinition* method = cls.method(name);
  if (!method) noSuchMember(object->type(), name, range);
  const FunctionSchema& schema = method->schema();
  MatchedSchema matched = matchSchemas({&schema}, range, *graph_, args, kwargs,
                                       NamedValue{"self", range, object});
  Node* node = graph_->create("prim::CallMethod", matched.inputs);
  node->setAttribute("name", Constant::string(name));
  node->output()->setType(matched.return_types.at(0));
  node->setCalledGraph(method->graphPtr());
  node->setSourceRange(range);
  return graph_->insertNode(node)->output();
}
// [/book:call-method]

// `Box(x1, y1, x2, y2)`: the arguments first, then the object, then its __init__.
Value* FunctionEmitter::emitObjectConstruct(const ClassDefinition& cls, const CallExpr& call) {
  std::vector<NamedValue> args = emitArguments(call.args);
  std::vector<NamedValue> kwargs = emitKeywords(call.keywords);
  Node* create = graph_->create("prim::CreateObject");
  create->output()->setType(cls.type());
  create->setSourceRange(call.callee->range);
  Value* object = graph_->insertNode(create)->output();
  emitMethodCall(object, "__init__", args, kwargs, call.callee->range);
  return object;
}

// The operators a class may define: `len(obj)` calls obj.__len__(), `obj[k]` calls
// obj.__getitem__(k), `a < b` calls a.__lt__(b). Null when `object` is not an object.
Value* FunctionEmitter::tryEmitDunder(Value* object, const std::string& method,
                                      const std::vector<NamedValue>& args,
                                      const SourceRange& range) {
  if (object->type()->kind() != TypeKind::Class) return nullptr;
  return emitMethodCall(object, method, args, {}, range);
}

// `getattr(obj, "name")` is `obj.name`; `hasattr(obj, "name")` is a constant, so
// `if hasattr(...)` compiles only the branch taken, as upstream's. The name must be a string
// literal; the object an instance of a TorchScript class or a NamedTuple.
SugaredValuePtr FunctionEmitter::emitGetOrHasAttr(const CallExpr& call, bool has) {
  const char* builtin = has ? "hasattr" : "getattr";
  if (call.args[1]->kind != ExprKind::String) {
    throw ErrorReport(call.args[1]->range) << builtin << "'s second argument must be a string literal";
  }
  const std::string& name = call.args[1]->as<StringExpr>().value;
  Value* object = emitExpr(*call.args[0]);
  const TypePtr& type = object->type();
  if (type->kind() != TypeKind::Class && !type->isNamedTuple()) {
    throw ErrorReport(call.args[0]->range)
        << builtin << "'s first argument must be an object of a TorchScript class or a "
                      "NamedTuple, but got " << type->annotationStr();
  }
  if (!has) {
    if (type->kind() == TypeKind::Class) return emitClassAttribute(object, name, call.range);
    if (Value* field = emitNamedTupleField(object, name)) return SugaredValue::simple(field);
    noSuchMember(type, name, call.range);
  }
  bool found;
  if (type->kind() == TypeKind::Class) {
    const ClassDefinition& cls = classDefinitionOf(type);
    cls.ensureDefined();
    found = cls.info().attributeSlot(name) >= 0 || cls.method(name) ||
            cls.method("__" + name + "_getter");
  } else {
    const auto& fields = type->fieldNames();
    found = std::find(fields.begin(), fields.end(), name) != fields.end();
  }
  return SugaredValue::simple(graph_->insertConstant(Constant::boolean(found), call.range));
}

// `Color.RED`: the member as a constant (an unknown name is upstream's attribute error).
Value* FunctionEmitter::emitEnumMember(const SugaredValue& enum_class, const std::string& name,
                                       const SourceRange& range) {
  for (const Constant& member : enum_class.classes->enum_members) {
    if (member.s == name) return graph_->insertConstant(member, range);
  }
  throw ErrorReport(range) << "'" << enum_class.classes->enum_type->qualifiedName()
                           << "' object has no attribute or method '" << name << "'.";
}

// `member.name` and `member.value` (upstream gives these nodes no source range).
Value* FunctionEmitter::tryEmitEnumProperty(Value* member, const std::string& name) {
  if (member->type()->kind() != TypeKind::Enum || (name != "name" && name != "value")) {
    return nullptr;
  }
  Node* node = graph_->create(name == "name" ? "prim::EnumName" : "prim::EnumValue", {member});
  node->output()->setType(name == "name" ? Type::string() : member->type()->elementType());
  return graph_->insertNode(node)->output();
}

// [book:with]
// `with ctx [as x]: body` on an object whose class has __enter__ and __exit__:
// prim::Enter(ctx) gives what __enter__ returns, the body runs, then prim::Exit(ctx), as
// upstream emits it (upstream types Exit's unused result as Tensor; so does minijit).
void FunctionEmitter::emitWith(const WithStmt& stmt) {
  // (A return, break or continue in the body still runs the prim::Exit: the exit transforms
  // see the body as a block of its own, as upstream's do.)
  emitted_with_ = true;
  std::vector<Value*> entered;
  for (const WithItem& item : stmt.items) {
    Value* object = emitExpr(*item.context);
    if (object->type()->kind() != TypeKind::Class) {
      throw ErrorReport(item.context->range)
          << "With item expression must return an object";
    }
    const ClassDefinition& cls = classDefinitionOf(object->type());
    cls.ensureDefined();
    FunctionDefinition* enter = cls.method("__enter__");
    FunctionDefinition* exit = cls.method("__exit__");
    if (!enter || !exit) {
      throw ErrorReport(item.context->range)
          << "Object returned by with item expression does not define __enter__ and __exit__ "
             "methods";
    }
    if (exit->schema().arguments.size() != 4) {
      throw ErrorReport(item.context->range)
          << "__exit__ must have four arguments (self, type, value, traceback)";
    }
    Node* node = graph_->create("prim::Enter", {object});
    node->output()->setType(enter->schema().returns.at(0).type);
    Value* result = graph_->insertNode(node)->output();
    if (item.target) emitTargetAssign(*item.target, SugaredValue::simple(result), item.range);
    entered.push_back(object);
  }
  emitStatements(stmt.body);
  for (auto it = entered.rbegin(); it != entered.rend(); ++it) {
    graph_->insertNode(graph_->create("prim::Exit", {*it}));
  }
}
// [/book:with]

}  // namespace minijit
