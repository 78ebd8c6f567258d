// Emitting statements: assignments, if/else, loops, return. Control flow becomes prim::If and
// prim::Loop nodes whose blocks get their own variable frames; the loads and stores they
// leave behind are turned into SSA form by convert_to_ssa.cpp. Book chapter 5.
#include <limits>

#include "frontend/function_emitter.h"
#include "types/operator_catalogue.h"

namespace minijit {

// A frame is made and dropped for every block; its memory is recycled, not malloc'd.
void FunctionEmitter::pushFrame(Block* block) {
  env_ = std::allocate_shared<Environment>(RecyclingAllocator<Environment>(), *graph_, block, env_);
}

std::shared_ptr<Environment> FunctionEmitter::popFrame() {
  auto frame = env_;
  env_ = env_->next();
  return frame;
}

void FunctionEmitter::emitStatements(const StmtList& statements) {
  for (const StmtPtr& stmt : statements) {
    emitStatement(*stmt);
    // Statements after a return in the same block are unreachable; upstream skips them.
    if (exit_blocks_.count(env_->block())) return;
  }
}

void FunctionEmitter::emitStatement(const Stmt& stmt) {
  switch (stmt.kind) {
    case StmtKind::Assign: return emitAssign(stmt.as<AssignStmt>());
    case StmtKind::AugAssign: return emitAugAssign(stmt.as<AugAssignStmt>());
    case StmtKind::ExprStmt: {
      // Even a docstring is emitted (as an unused string constant), as upstream does.
      emitSugaredExpr(*stmt.as<ExprStmt>().expr, 0);
      return;
    }
    case StmtKind::Return: return emitReturn(stmt.range, stmt.as<ReturnStmt>().value.get());
    case StmtKind::If: return emitIf(stmt.as<IfStmt>());
    case StmtKind::While: return emitWhile(stmt.as<WhileStmt>());
    case StmtKind::For: return emitFor(stmt.as<ForStmt>());
    case StmtKind::Pass: return;
    case StmtKind::Assert: return emitAssert(stmt.as<AssertStmt>());
    case StmtKind::Raise: return emitRaise(stmt.as<RaiseStmt>());
    case StmtKind::Import: return;
    case StmtKind::Break:
    case StmtKind::Continue: return emitBreakOrContinue(stmt);
    case StmtKind::Def:
      throw ErrorReport(stmt.range) << "function definitions aren't supported";
    case StmtKind::Class:
      throw ErrorReport(stmt.range) << "class definitions are not supported inside functions";
    case StmtKind::Del: return emitDelete(stmt.as<DelStmt>());
    case StmtKind::With: return emitWith(stmt.as<WithStmt>());
  }
}

void FunctionEmitter::emitAssign(const AssignStmt& stmt) {
  if (!stmt.value) {
    throw ErrorReport(stmt.range) << "For an assignment, expected an expression on the right-hand side";
  }
  if (stmt.targets.size() == 1) {
    return emitSingleAssign(*stmt.targets[0], *stmt.value, stmt.annotation.get(), stmt.range);
  }
  // `a = b = expr`: the value is emitted once into a temporary, then assigned left to right.
  auto value = emitSugaredExpr(*stmt.value, 1);
  env_->setSugaredVar(stmt.value->range, "$tmp_assign_0", value);
  NameExpr temp(stmt.value->range, "$tmp_assign_0");
  for (const ExprPtr& target : stmt.targets) {
    emitSingleAssign(*target, temp, nullptr, stmt.range);
  }
}

void FunctionEmitter::emitSingleAssign(const Expr& target, const Expr& value,
                                       const Expr* annotation, const SourceRange& range) {
  switch (target.kind) {
    case ExprKind::Name: {
      TypePtr type = annotation ? parseType(*annotation) : nullptr;
      SugaredValuePtr rhs = emitSugaredExpr(value, 1, type);
      env_->setSugaredVar(target.range, target.as<NameExpr>().name, std::move(rhs), std::move(type));
      return;
    }
    case ExprKind::Tuple: {
      const auto& targets = target.as<TupleExpr>().elements;
      SugaredValuePtr rhs = emitSugaredExpr(value, targets.size());
      emitTargetAssign(target, rhs, value.range);
      return;
    }
    case ExprKind::Subscript: {
      // The value is emitted before the container and the index, as upstream does.
      emitSubscriptStore(target.as<SubscriptExpr>(), emitExpr(value), range);
      return;
    }
    case ExprKind::Attribute:  // `self.n = 0`
      return emitAttributeAssign(target.as<AttributeExpr>(), value, annotation, range);
    default:
      throw ErrorReport(target.range) << "unexpected expression on left-hand side of assignment";
  }
}

// `xs[i] = v` (v already emitted): aten::_set_item on a list or dict.
void FunctionEmitter::emitSubscriptStore(const SubscriptExpr& sub, Value* rhs,
                                         const SourceRange& range) {
  Value* container = emitExpr(*sub.value);
  TypeKind kind = container->type()->kind();
  if (kind == TypeKind::Tensor) return emitTensorSubscriptStore(sub, container, rhs, range);
  if (kind == TypeKind::Class && sub.indices.size() == 1) {  // obj.__setitem__(k, v)
    Value* key = emitExpr(*sub.indices[0]);
    tryEmitDunder(container, "__setitem__",
                  {{"", sub.indices[0]->range, key}, {"", range, rhs}}, range);
    return;
  }
  if (kind == TypeKind::Tuple) {
    throw ErrorReport(sub.range) << container->type()->annotationStr()
                                 << " does not support subscripted assignment";
  }
  if (kind == TypeKind::Str) {  // upstream tries list _set_item and reports the mismatch
    Value* index = emitExpr(*sub.indices[0]);
    emitOperator(range, "aten::_set_item",
                 {{sub.value->range, container}, {sub.indices[0]->range, index}, {range, rhs}});
  }
  if (sub.indices.size() != 1 || (kind != TypeKind::List && kind != TypeKind::Dict)) {
    throw ErrorReport(sub.range) << "minijit supports subscript assignment only on lists and dicts";
  }
  Value* index = emitExpr(*sub.indices[0]);
  emitOperator(range, "aten::_set_item",
               {{sub.value->range, container}, {sub.indices[0]->range, index}, {range, rhs}});
}

// Assigns `value` to a name or a tuple of targets (`a, b = f()`; `for a, b in ...`).
void FunctionEmitter::emitTargetAssign(const Expr& target, SugaredValuePtr value,
                                       const SourceRange& range) {
  if (target.kind == ExprKind::Name) {
    env_->setSugaredVar(target.range, target.as<NameExpr>().name, std::move(value));
    return;
  }
  if (target.kind == ExprKind::Subscript) {  // `a[i], a[j] = a[j], a[i]`
    emitSubscriptStore(target.as<SubscriptExpr>(), checkedValue(value, range), range);
    return;
  }
  if (target.kind == ExprKind::Attribute) {  // `self.a, self.b = a, b`
    const auto& attribute = target.as<AttributeExpr>();
    Value* object = emitExpr(*attribute.value);
    if (object->type()->kind() != TypeKind::Class) {
      throw ErrorReport(target.range) << "unexpected expression on left-hand side of assignment";
    }
    emitSetAttr(object, attribute.name, checkedValue(value, range), range);
    return;
  }
  if (target.kind != ExprKind::Tuple) {
    throw ErrorReport(target.range) << "unexpected expression on left-hand side of assignment";
  }
  const auto& targets = target.as<TupleExpr>().elements;
  Value* tuple = checkedValue(value, range);
  std::vector<Value*> elements;
  if (tuple->type()->kind() == TypeKind::List) {
    // `a, b = xs`: prim::ListUnpack into as many values as there are targets; the length
    // is checked when it runs. With a starred target the count is unknown, as upstream says.
    for (const ExprPtr& t : targets) {
      if (t->kind == ExprKind::Starred) {
        throw ErrorReport(range)
            << "cannot statically infer the expected size of a list in this context";
      }
    }
    Node* unpack = graph_->insertNode(graph_->create("prim::ListUnpack", {tuple}, 0));
    for (size_t i = 0; i < targets.size(); ++i) {
      elements.push_back(unpack->addOutput()->setType(tuple->type()->elementType()));
    }
  } else {
    elements = unpackTuple(tuple, range);
  }
  if (elements.size() < targets.size()) {
    throw ErrorReport(range) << "need " << targets.size() << " values to unpack but found only "
                             << elements.size();
  }
  if (elements.size() > targets.size()) {
    throw ErrorReport(range) << "too many values to unpack: need " << targets.size()
                             << " but found " << elements.size();
  }
  for (size_t i = 0; i < targets.size(); ++i) {
    emitTargetAssign(*targets[i], SugaredValue::simple(elements[i]), range);
  }
}

namespace {
// The operator `x op= y` becomes: in place for tensors (and `+=` on lists), plain otherwise.
// The bit operators follow upstream's table, quirks included: on tensors `|=`, `&=`, `^=`
// are the out-of-place bitwise_or/and/xor and `<<=` is __lshift__, but `>>=` is the in-place
// __irshift__.
const char* augmentedOperator(const AugAssignStmt& stmt, const TypePtr& target_type) {
  bool is_tensor = target_type->kind() == TypeKind::Tensor;
  bool is_list = target_type->kind() == TypeKind::List;
  switch (stmt.op) {
    case BinaryOp::Add: return is_tensor || is_list ? "aten::add_" : "aten::add";
    case BinaryOp::Sub: return is_tensor ? "aten::sub_" : "aten::sub";
    case BinaryOp::Mul: return is_tensor ? "aten::mul_" : "aten::mul";
    case BinaryOp::Div: return is_tensor ? "aten::div_" : "aten::div";
    // Upstream maps `%=` to fmod (conformance case statements/aug_assign_mod_is_fmod).
    case BinaryOp::Mod: return "aten::fmod";
    case BinaryOp::Pow: return "aten::pow";
    case BinaryOp::BitOr: return is_tensor ? "aten::bitwise_or" : "aten::__or__";
    case BinaryOp::BitAnd: return is_tensor ? "aten::bitwise_and" : "aten::__and__";
    case BinaryOp::BitXor: return is_tensor ? "aten::bitwise_xor" : "aten::__xor__";
    case BinaryOp::LShift: return "aten::__lshift__";
    case BinaryOp::RShift: return is_tensor ? "aten::__irshift__" : "aten::__rshift__";
    default: {
      // Upstream names the operator by its Python ast class (and misspells "augmented").
      const char* ast_name = stmt.op == BinaryOp::FloorDiv ? "FloorDiv" : "MatMult";
      throw ErrorReport(stmt.range) << "unsupported kind of augumented assignment: " << ast_name;
    }
  }
}
}  // namespace

// `target op= value` once the target's current value `lhs` is emitted: the operator with the
// tensor as `self` (its in-place form) or with both operands positional.
Value* FunctionEmitter::emitAugmentedOperation(const AugAssignStmt& stmt, Value* lhs) {
  const char* op = augmentedOperator(stmt, lhs->type());
  Value* rhs = emitExpr(*stmt.value);
  if (lhs->type()->kind() == TypeKind::Tensor) {
    return emitOperator(stmt.range, op, {{stmt.value->range, rhs}},
                        NamedValue{"self", stmt.target->range, lhs});
  }
  return emitOperator(stmt.range, op, {{stmt.target->range, lhs}, {stmt.value->range, rhs}});
}

void FunctionEmitter::emitAugAssign(const AugAssignStmt& stmt) {
  if (stmt.target->kind == ExprKind::Subscript) return emitAugAssignToSubscript(stmt);
  if (stmt.target->kind == ExprKind::Attribute) {
    // `self.n += 1`: read the attribute, apply the operator (in place for a tensor or
    // list), write the result back, as upstream's emitAugAssignmentToSelectVar.
    const auto& attribute = stmt.target->as<AttributeExpr>();
    Value* object = emitExpr(*attribute.value);
    if (object->type()->kind() != TypeKind::Class) {
      throw ErrorReport(stmt.target->range)
          << "minijit supports augmented assignment only to variables, subscripts and "
             "attributes of objects";
    }
    Value* lhs = checkedValue(emitClassAttribute(object, attribute.name, stmt.target->range),
                              stmt.target->range);
    emitSetAttr(object, attribute.name, emitAugmentedOperation(stmt, lhs), stmt.range);
    return;
  }
  if (stmt.target->kind != ExprKind::Name) {
    throw ErrorReport(stmt.target->range)
        << "minijit supports augmented assignment only to variables and subscripts";
  }
  Value* result = emitAugmentedOperation(stmt, emitExpr(*stmt.target));
  env_->setVar(stmt.target->range, stmt.target->as<NameExpr>().name, result);
}

// `xs[i] += v` on a list or dict is `xs[i] = xs[i] + v` (getitem, op, _set_item), as upstream
// lowers it; on a tensor, the indexed view is updated in place.
void FunctionEmitter::emitAugAssignToSubscript(const AugAssignStmt& stmt) {
  const auto& sub = stmt.target->as<SubscriptExpr>();
  Value* container = emitExpr(*sub.value);
  if (container->type()->kind() == TypeKind::Tensor) {
    Value* view = emitTensorIndexing(sub, container);
    Value* rhs = emitExpr(*stmt.value);
    emitOperator(stmt.range, augmentedOperator(stmt, view->type()), {{stmt.value->range, rhs}},
                 NamedValue{"self", sub.range, view});
    return;
  }
  if (sub.indices.size() != 1 || sub.indices[0]->kind == ExprKind::Slice) {
    throw ErrorReport(sub.range) << "augmented assignment to a slice is not supported";
  }
  Value* index = emitExpr(*sub.indices[0]);
  Value* rhs = emitExpr(*stmt.value);
  Value* item = emitOperator(stmt.range, "aten::__getitem__",
                             {{sub.value->range, container}, {sub.indices[0]->range, index}});
  Value* updated = emitOperator(stmt.range, augmentedOperator(stmt, item->type()),
                                {{sub.range, item}, {stmt.value->range, rhs}});
  emitOperator(
      stmt.range, "aten::_set_item",
      {{sub.value->range, container}, {sub.indices[0]->range, index}, {stmt.range, updated}});
}

void FunctionEmitter::emitIf(const IfStmt& stmt) {
  CondValue cond = emitCondExpr(*stmt.cond);
  emitIfElseBlocks(stmt.range, cond, [&] { emitStatements(stmt.then_body); },
                   [&] { emitStatements(stmt.else_body); });
}

std::shared_ptr<Environment> FunctionEmitter::emitSingleIfBranch(
    Block* block, const BranchEmitter& body, const std::vector<Refinement>& refinements) {
  pushFrame(block);
  WithInsertPoint guard(*graph_, block);
  insertRefinements(SourceRange(), refinements);
  body();
  return popFrame();
}

// [book:insert-refinements]
// Each refined variable is re-assigned to a prim::unchecked_cast of itself to the narrower type.
void FunctionEmitter::insertRefinements(const SourceRange& range,
                                        const std::vector<Refinement>& refinements) {
  for (const Refinement& refinement : refinements) {
    Value* v = checkedValue(env_->findInAnyFrame(refinement.name), range);
    Node* cast = graph_->insertNode(graph_->create("prim::unchecked_cast", {v}));
    cast->output()->setType(refinement.type);
    env_->setVar(range, refinement.name, cast->output());
  }
}
// [/book:insert-refinements]

// Upstream's emitIfElseBlocks, including its lookups: each costs a prim::Load, and those
// Loads are part of the value numbering every later value gets.
// A prim::If on `cond`, inserted. It is created by its interned kind and given its input
// directly: Graph::create("prim::If", {cond}) would look the kind string up and build a
// vector for the one input.
Node* FunctionEmitter::insertIf(Value* cond) {
  Node* node = graph_->create(kinds().if_, 0);
  node->addInput(cond);
  return graph_->insertNode(node);
}

void FunctionEmitter::emitIfElseBlocks(const SourceRange& range, const CondValue& cond,
                                       const BranchEmitter& then_body,
                                       const BranchEmitter& else_body) {
  if (cond.static_value) {
    // A condition known at compile time emits only the branch taken, inline.
    (*cond.static_value ? then_body : else_body)();
    return;
  }
  Node* node = insertIf(cond.value);
  node->setSourceRange(range);
  Block* then_block = node->addBlock();
  Block* else_block = node->addBlock();
  auto then_env = emitSingleIfBranch(then_block, then_body, cond.refinements.when_true);
  auto else_env = emitSingleIfBranch(else_block, else_body, cond.refinements.when_false);
  bool then_exits = exit_blocks_.count(then_block) > 0;
  bool else_exits = exit_blocks_.count(else_block) > 0;
  if (then_exits && else_exits) exit_blocks_.insert(env_->block());

  // [book:if-mutated]
  std::set<std::string> mutated;
  for (const std::string& name : then_env->definedVariables()) {
    WithInsertPoint guard(*graph_, else_block);
    if (else_env->findInAnyFrame(name) || else_exits) {
      mutated.insert(name);
    } else {
      env_->setVariableError(name, ErrorReport(range) << name
                                       << " is not defined in the false branch");
    }
  }
  for (const std::string& name : else_env->definedVariables()) {
    WithInsertPoint guard(*graph_, then_block);
    if (then_env->findInAnyFrame(name) || then_exits) {
      mutated.insert(name);
    } else {
      env_->setVariableError(name, ErrorReport(range) << name
                                       << " is not defined in the true branch");
    }
  }
  // [/book:if-mutated]
  for (const std::string& name : mutated) {
    Value* then_value = nullptr;
    Value* else_value = nullptr;
    {
      WithInsertPoint guard(*graph_, then_block);
      if (!then_exits) then_value = checkedValue(then_env->findInAnyFrame(name), range);
    }
    {
      WithInsertPoint guard(*graph_, else_block);
      if (!else_exits) else_value = checkedValue(else_env->findInAnyFrame(name), range);
    }
    if (then_exits && else_exits) continue;
    // The exiting branch never reaches the join: it stores an uninitialized value of the
    // other branch's type, so the If has an output for the variable on both sides.
    auto storeUninitialized = [&](Block* block, const TypePtr& type) {
      Node* unit = graph_->create("prim::Uninitialized");
      unit->output()->setType(type);
      unit->insertBefore(block->returnNode());
      Node* store = graph_->create("prim::Store", {unit->output()}, 0);
      store->setVariableName(name);
      store->insertBefore(block->returnNode());
      return unit->output();
    };
    if (then_exits) then_value = storeUninitialized(then_block, else_value->type());
    if (else_exits) else_value = storeUninitialized(else_block, then_value->type());
    env_->findInAnyFrame(name);  // upstream looks up the outer type here (one more Load)
    auto unified = unifyTypes(then_value->type(), else_value->type());
    if (!unified) {
      ErrorReport error(range);
      error << "Type mismatch: " << name << " is set to type "
            << then_value->type()->annotationStr() << " in the true branch and type "
            << else_value->type()->annotationStr() << " in the false branch";
      env_->setVariableError(name, error);
      continue;
    }
    env_->setType(name, *unified);
  }
  // After `if x is None: return ...`, x keeps the refined type without a further cast: the
  // exiting branch's placeholder has the other branch's (refined) type, so the join does.
}

void FunctionEmitter::emitWhile(const WhileStmt& stmt) {
  Value* max_trip_count = materializeInt(std::numeric_limits<int64_t>::max(), stmt.range);
  emitLoop(stmt.range, [&] { emitStatements(stmt.body); }, max_trip_count, nullptr,
           stmt.cond.get(), nullptr);
}

void FunctionEmitter::emitFor(const ForStmt& stmt) {
  LoopIterable iterable = emitIterable(*stmt.iter, stmt.range);
  if (iterable.kind == LoopIterable::Kind::Tuple) return emitUnrolledLoop(stmt, iterable.sequence);
  Value* trip_count = emitIterableLength(iterable, stmt.range);
  emitLoop(stmt.range, [&] { emitStatements(stmt.body); }, trip_count, stmt.target.get(),
           nullptr, &iterable);
}

// A loop over a tuple is unrolled: its elements may have different types, so each iteration
// is emitted on its own, in the enclosing frame (upstream's emitUnrolledLoop).
void FunctionEmitter::emitUnrolledLoop(const ForStmt& stmt, Value* tuple) {
  std::vector<Value*> elements = unpackTuple(tuple, stmt.range);
  LoopStatus saved = loop_status_;
  loop_status_ = LoopStatus::InUnrolledLoop;
  for (size_t i = 0; i < elements.size(); ++i) {
    materializeInt(static_cast<int64_t>(i), stmt.range);
    emitTargetAssign(*stmt.target, SugaredValue::simple(elements[i]), stmt.range);
    emitStatements(stmt.body);
  }
  loop_status_ = saved;
}

// Emits prim::Loop(max_trip_count) with the body in block 0 and the condition in block 1;
// InlineLoopCondition (convert_to_ssa.cpp) later gives it upstream's final form.
void FunctionEmitter::emitLoop(const SourceRange& range, const BranchEmitter& body,
                               Value* max_trip_count, const Expr* target, const Expr* cond,
                               LoopIterable* iterable) {
  // [book:emit-loop]
  Node* loop = graph_->insertNode(graph_->create(kinds().loop, 0));
  loop->setSourceRange(range);
  Block* body_block = loop->addBlock();
  {
    Block* cond_block = loop->addBlock();
    pushFrame(cond_block);
    Value* out;
    if (cond) {
      WithInsertPoint guard(*graph_, cond_block);
      out = emitToBool(cond->range, emitExpr(*cond));
    } else {
      WithInsertPoint guard(*graph_, loop);
      out = graph_->insertConstant(Constant::boolean(true), range);
    }
    cond_block->registerOutput(out);
    popFrame();
  }
  loop->addInput(max_trip_count);
  LoopStatus saved = loop_status_;
  loop_status_ = LoopStatus::InLoop;
  Value* iteration = body_block->addInput()->setType(Type::integer());
  pushFrame(body_block);
  {
    WithInsertPoint guard(*graph_, body_block);
    if (target && iterable) {
      Value* element = emitIterableElement(*iterable, iteration, range);
      emitTargetAssign(*target, SugaredValue::simple(element), range);
    }
    body();
  }
  popFrame();
  // [/book:emit-loop]
  loop_status_ = saved;
}

// `del xs[i]` / `del d[k]` is aten::Delete; `del x` forgets the variable.
void FunctionEmitter::emitDelete(const DelStmt& stmt) {
  for (const ExprPtr& target : stmt.targets) {
    if (target->kind != ExprKind::Subscript) {
      throw ErrorReport(target->range) << "minijit supports del only on list and dict items";
    }
    const auto& sub = target->as<SubscriptExpr>();
    if (sub.indices.size() != 1 || sub.indices[0]->kind == ExprKind::Slice) {
      throw ErrorReport(target->range)
          << "del statements only support deletion at a single index, slicing is not supported"
             " (see https://github.com/pytorch/pytorch/issues/31430)";
    }
    Value* container = emitExpr(*sub.value);
    Value* index = emitExpr(*sub.indices[0]);
    // Unlike calls, del leaves no (empty) result tuple behind in upstream's graphs.
    emitBuiltinNode(target->range, *graph_, "aten::Delete",
                    {{"", sub.value->range, container}, {"", sub.indices[0]->range, index}}, {});
  }
}

// `x[i, j:k] = v` on a tensor copies v (a number becomes a tensor of x's dtype and device)
// into the indexed view; with tensor indices it is aten::index_put_ (upstream's
// emitSubscriptAssign).
void FunctionEmitter::emitTensorSubscriptStore(const SubscriptExpr& sub, Value* tensor, Value* rhs,
                                               const SourceRange& range) {
  auto [sliced, tensor_indices] = emitIntAndSliceIndexing(sub, tensor);
  TypeKind kind = rhs->type()->kind();
  if (kind == TypeKind::Int || kind == TypeKind::Float || kind == TypeKind::Bool ||
      kind == TypeKind::Number) {
    Value* dtype = emitOperator(SourceRange(), "prim::dtype", {{range, sliced}});
    Value* device = emitOperator(SourceRange(), "prim::device", {{range, sliced}});
    rhs = emitBuiltinCall(SourceRange(), *graph_, "aten::tensor", {{"", range, rhs}},
                          {{"dtype", range, dtype}, {"device", range, device}});
  }
  if (tensor_indices.empty()) {
    emitOperator(range, "aten::copy_", {{range, sliced}, {range, rhs}});
    return;
  }
  emitOperator(range, "aten::index_put_",
               {{range, sliced}, {range, optionalTensorList(tensor_indices)}, {range, rhs}});
}

// `break` and `continue` become prim::BreakStmt / prim::ContinueStmt here; the SSA
// conversion turns them into loop continuations and the exit transforms into loop results.
void FunctionEmitter::emitBreakOrContinue(const Stmt& stmt) {
  bool is_break = stmt.kind == StmtKind::Break;
  if (loop_status_ == LoopStatus::NotInLoop) {
    throw ErrorReport(stmt.range) << "SyntaxError: '" << (is_break ? "break" : "continue")
                                  << "'" << " outside loop";
  }
  if (loop_status_ == LoopStatus::InUnrolledLoop) {
    throw ErrorReport(stmt.range)
        << "Because we emit iteration over modulelists or tuples as unrolled loops, we do not "
           "support break or continue inside the body of these loops";
  }
  // Unlike return, upstream does not mark the block as exiting here: statements after a
  // break are still emitted (and removed by the exit transforms), and the variables of a
  // branch that breaks still join the other branch's.
  Node* n = graph_->create(is_break ? "prim::BreakStmt" : "prim::ContinueStmt", 0);
  n->setSourceRange(stmt.range);
  graph_->insertNode(n);
}

void FunctionEmitter::emitReturn(const SourceRange& range, const Expr* value_expr) {
  Value* result;
  if (value_expr) {
    result = emitExpr(*value_expr, declared_return_type_);
  } else {
    result = graph_->insertConstant(Constant::none(), range);
  }
  if (declared_return_type_) {
    result = tryConvertToType(range, *graph_, declared_return_type_, result, true);
    if (!result->type()->isSubtypeOf(declared_return_type_)) {
      throw ErrorReport(range) << "Return value was annotated as having type "
                               << declared_return_type_->annotationStr()
                               << " but is actually of type "
                               << result->type()->annotationStr();
    }
    merged_return_type_ = declared_return_type_;
  } else {
    TypePtr previous = merged_return_type_ ? merged_return_type_ : result->type();
    auto merged = unifyTypes(previous, result->type());
    if (!merged) {
      throw ErrorReport(range) << "Previous return statement returned a value of type "
                               << previous->annotationStr()
                               << " but this return statement returns a value of type "
                               << result->type()->annotationStr();
    }
    merged_return_type_ = *merged;
  }
  Node* return_stmt = graph_->create(kinds().return_stmt, 0);
  return_stmt->addInput(result);
  graph_->insertNode(return_stmt)->setSourceRange(range);
  exit_blocks_.insert(env_->block());
}

// `assert c, msg` is `if c: pass else: raise AssertionError(msg)`.
void FunctionEmitter::emitAssert(const AssertStmt& stmt) {
  CondValue cond = emitCondExpr(*stmt.test);
  emitIfElseBlocks(stmt.range, cond, [] {}, [&] {
    Value* message = stmt.message
                         ? emitExpr(*stmt.message)
                         : graph_->insertConstant(Constant::string(""), stmt.range);
    emitRaiseOf(stmt.range, exceptionCall(SugaredValue::exception("AssertionError", false),
                                          stmt.range, {{"", stmt.range, message}}));
  });
}

void FunctionEmitter::emitRaise(const RaiseStmt& stmt) {
  if (!stmt.exception) {
    throw ErrorReport(stmt.range) << "bare raise (re-raise) is not supported in TorchScript";
  }
  emitRaiseOf(stmt.range, emitSugaredExpr(*stmt.exception, 1));
}

// prim::RaiseException(message, qualified class name or None) ends the block.
void FunctionEmitter::emitRaiseOf(const SourceRange& range, const SugaredValuePtr& exception) {
  Value* message = nullptr;
  Value* class_name = nullptr;
  if (exception->kind == SugaredValue::Kind::ExceptionMessage) {
    message = exception->value;
    class_name = exception->class_name;
  } else if (exception->kind == SugaredValue::Kind::Exception) {
    message = graph_->insertConstant(Constant::string(""), range);
  } else {
    throw ErrorReport(range) << "exceptions must derive from BaseException";
  }
  if (message->type()->kind() != TypeKind::Str) {
    message = emitOperator(range, "aten::str", {{range, message}});
  }
  std::vector<NamedValue> args{{"", range, message}};
  if (class_name) args.push_back({"", range, class_name});
  emitBuiltinCall(range, *graph_, "prim::RaiseException", args, {});
  exit_blocks_.insert(env_->block());
}

}  // namespace minijit
