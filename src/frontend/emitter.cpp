// The entry point of the frontend: emit a function's body, then convert it to SSA form.
#include "frontend/emitter.h"

#include "frontend/function_emitter.h"

namespace minijit {

void FunctionDefinition::ensureDefined() const {
  if (state_ == State::Defined) return;
  if (state_ == State::Defining) {
    throw ErrorReport(def_->range) << (owner_ ? "method '" : "function '") << name_
                                   << "' is called recursively. Recursive calls are not supported";
  }
  state_ = State::Defining;
  try {
    define_(const_cast<FunctionDefinition&>(*this));
  } catch (...) {
    state_ = State::Undefined;
    throw;
  }
  state_ = State::Defined;
}

FunctionEmitter::FunctionEmitter(FunctionDefinition& fn, const Resolver& resolver)
    : fn_(fn), resolver_(resolver), graph_(std::make_shared<Graph>()) {
  spare_arguments_.reserve(16);  // (more than calls nest in practice; see recycleArguments)
}

void FunctionEmitter::emitDef() {
  const DefStmt& def = fn_.def();
  FunctionSchema schema = schemaFromDef();
  if (schema.returns.size() == 1) declared_return_type_ = schema.returns[0].type;
  pushFrame(graph_->block());
  for (size_t i = 0; i < def.params.size(); ++i) {
    const Param& param = def.params[i];
    Value* input = graph_->addInput();
    if (meaningfulName(param.name)) input->setDebugName(param.name);
    input->setType(schema.arguments[i].type);
    env_->setVar(param.range, param.name, input);
  }
  emitStatements(def.body);
  // A body that can fall off its end returns None.
  if (!exit_blocks_.count(graph_->block())) {
    if (declared_return_type_ && declared_return_type_->kind() != TypeKind::None) {
      throw ErrorReport(def.range) << "Function was not annotated as having type None, but "
                                      "does not return along all paths";
    }
    WithInsertPoint guard(*graph_, graph_->block());
    emitReturn(def.range, nullptr);
  }
  if (!merged_return_type_) {
    merged_return_type_ = declared_return_type_ ? declared_return_type_ : Type::none();
  }
  // The return value is set by the exit transforms; until then a placeholder stands in.
  Node* placeholder = graph_->insertNode(graph_->create("prim::Uninitialized"));
  placeholder->output()->setType(merged_return_type_);
  graph_->registerOutput(placeholder->output());
  schema.returns.clear();
  Argument ret;
  ret.type = merged_return_type_;
  schema.returns.push_back(ret);
  schema.text = schemaText(schema);
  popFrame();
  fn_.setSchema(std::move(schema));
}

// [book:emit-function]
void emitFunction(FunctionDefinition& fn, const Resolver& resolver) {
  FunctionEmitter emitter(fn, resolver);
  emitter.emitDef();
  ExitsSeen exits = convertToSSA(emitter.graph());
  exits.with_blocks = emitter.emittedWith();
  transformExits(emitter.graph(), exits);
  fn.setGraph(emitter.graphPtr());
}
// [/book:emit-function]

}  // namespace minijit
