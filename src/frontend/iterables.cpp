// What for loops iterate over: range(...), lists, strings and tensors (indexed by the
// iteration number), tuples (unrolled by the caller), and enumerate/zip, which walk several
// iterables side by side and stop at the shortest. The values emitted — constants, lengths,
// the `prim::min` of lengths, the element tuple — follow upstream's RangeValue, SimpleValue
// and IterableTree, so loops print as upstream's do. Book chapter 5.
#include <limits>

#include "frontend/function_emitter.h"

namespace minijit {

// Upstream's RangeValue: start defaults to 0 and step to 1; with only an end, the trip
// count is the end itself and the loop variable is the iteration number.
LoopIterable FunctionEmitter::emitRangeIterable(const CallExpr& call, std::vector<Value*> inputs) {
  if (inputs.empty() || inputs.size() > 3) {
    throw ErrorReport(call.range) << "range expected 1 to 3 arguments, got " << inputs.size();
  }
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i]->type()->kind() != TypeKind::Int) {
      throw ErrorReport(call.range) << "all inputs of range must be ints, found "
                                    << inputs[i]->type()->annotationStr() << " in argument " << i;
    }
  }
  // [book:range-iterable]
  LoopIterable info;
  info.kind = LoopIterable::Kind::Range;
  if (inputs.size() == 1) {
    info.end = inputs[0];
    info.start = graph_->insertConstant(Constant::integer(0), call.range);
    info.step = graph_->insertConstant(Constant::integer(1), call.range);
    info.has_only_end = true;
  } else {
    info.start = inputs[0];
    info.end = inputs[1];
    info.step = inputs.size() == 3 ? inputs[2]
                                   : graph_->insertConstant(Constant::integer(1), call.range);
  }
  return info;
  // [/book:range-iterable]
}

namespace {
bool isBuiltinCall(const Expr& expr, const char* name) {
  return expr.kind == ExprKind::Call && expr.as<CallExpr>().callee->kind == ExprKind::Name &&
         expr.as<CallExpr>().callee->as<NameExpr>().name == name;
}
}  // namespace

LoopIterable FunctionEmitter::emitIterable(const Expr& expr, const SourceRange& loop_range) {
  bool shadowed = expr.kind == ExprKind::Call && expr.as<CallExpr>().callee->kind == ExprKind::Name &&
                  env_->typeInAnyFrame(expr.as<CallExpr>().callee->as<NameExpr>().name);
  if (!shadowed && isBuiltinCall(expr, "range")) {
    const auto& call = expr.as<CallExpr>();
    std::vector<Value*> inputs;
    inputs.reserve(call.args.size());
    for (const ExprPtr& arg : call.args) inputs.push_back(emitExpr(*arg));
    return emitRangeIterable(call, std::move(inputs));
  }
  if (!shadowed && isBuiltinCall(expr, "enumerate")) {
    // enumerate(x, start) walks range(start, INT64_MAX) beside x.
    const auto& call = expr.as<CallExpr>();
    if (call.args.empty() || call.args.size() > 2) {
      throw ErrorReport(call.range) << "enumerate expected 1 or 2 arguments, got "
                                    << call.args.size();
    }
    std::vector<Value*> range_inputs;
    if (call.args.size() == 2) range_inputs.push_back(emitExpr(*call.args[1]));
    range_inputs.push_back(materializeInt(std::numeric_limits<int64_t>::max(), call.range));
    LoopIterable tree;
    tree.kind = LoopIterable::Kind::Tree;
    LoopIterable inner = emitIterable(*call.args[0], loop_range);
    tree.children.push_back(emitRangeIterable(call, range_inputs));
    tree.children.push_back(std::move(inner));
    return tree;
  }
  if (!shadowed && isBuiltinCall(expr, "zip")) {
    const auto& call = expr.as<CallExpr>();
    if (call.args.empty()) throw ErrorReport(call.range) << "zip expected at least 1 argument";
    LoopIterable tree;
    tree.kind = LoopIterable::Kind::Tree;
    for (const ExprPtr& arg : call.args) tree.children.push_back(emitIterable(*arg, loop_range));
    return tree;
  }
  SugaredValuePtr value = emitSugaredExpr(expr, 1);
  if (value->kind == SugaredValue::Kind::EnumClass) {
    // `for c in Color`: a constant list of the members, at the loop's range (as upstream).
    Value* members = graph_->insertConstant(
        Constant::list(value->classes->enum_members, value->classes->enum_type), loop_range);
    return iterableOf(members, expr.range, loop_range);
  }
  return iterableOf(checkedValue(value, expr.range), expr.range, loop_range);
}

// The iterable of an already emitted value: a list, str, tensor or tuple, or a dict's keys.
LoopIterable FunctionEmitter::iterableOf(Value* value, const SourceRange& range,
                                         const SourceRange& loop_range) {
  if (value->type()->kind() == TypeKind::Dict) {
    // A dict is iterated through the list of its keys.
    value = emitOperator(loop_range, "aten::keys", {{loop_range, value}});
  }
  LoopIterable iterable;
  iterable.sequence = value;
  switch (value->type()->kind()) {
    case TypeKind::Tuple: iterable.kind = LoopIterable::Kind::Tuple; return iterable;
    case TypeKind::List:
    case TypeKind::Str:
    case TypeKind::Tensor: iterable.kind = LoopIterable::Kind::Sequence; return iterable;
    default:
      throw ErrorReport(range) << "'" << value->type()->annotationStr()
                               << "' object is not iterable";
  }
}

// `dict(x)`: a copy (aten::dict) when x is a dict; otherwise x yields (key, value) pairs and
// the dict is filled by a loop of aten::_set_item, as upstream emits it.
Value* FunctionEmitter::emitDictFromIterable(const CallExpr& call, const TypePtr& type_hint) {
  const SourceRange& range = call.callee->range;
  const Expr& arg = *call.args[0];
  bool shadowed = arg.kind == ExprKind::Call && arg.as<CallExpr>().callee->kind == ExprKind::Name &&
                  env_->typeInAnyFrame(arg.as<CallExpr>().callee->as<NameExpr>().name);
  std::optional<LoopIterable> iterable;
  if (!shadowed && (isBuiltinCall(arg, "zip") || isBuiltinCall(arg, "enumerate"))) {
    iterable = emitIterable(arg, range);
  } else {
    Value* value = emitExpr(arg);
    if (value->type()->kind() == TypeKind::Dict) {
      return emitOperator(range, "aten::dict", {{arg.range, value}});
    }
    iterable = iterableOf(value, arg.range, range);
  }
  if (iterable->kind == LoopIterable::Kind::Tuple) {
    throw ErrorReport(arg.range) << "dict() of a tuple is not supported by minijit yet";
  }
  Node* dict = graph_->insertNode(graph_->create("prim::DictConstruct"));
  Value* dict_value = dict->output();
  bool type_set = false;
  if (type_hint && type_hint->kind() == TypeKind::Dict) {
    dict_value->setType(type_hint);
    type_set = true;
  } else {
    dict_value->setType(Type::dict(Type::string(), Type::tensor()));
  }
  Value* trip_count = emitIterableLength(*iterable, range);
  auto body = [&] {
    Value* iteration = env_->block()->inputs()[0];
    Value* element = emitIterableElement(*iterable, iteration, range);
    if (element->type()->kind() != TypeKind::Tuple ||
        element->type()->containedTypes().size() != 2) {
      throw ErrorReport(arg.range) << "dict() expects (key, value) pairs, but the elements are "
                                   << element->type()->annotationStr();
    }
    std::vector<Value*> pair = unpackTuple(element, range);
    if (!type_set) {
      dict_value->setType(Type::dict(pair[0]->type(), pair[1]->type()));
      type_set = true;
    }
    emitOperator(range, "aten::_set_item",
                 {{range, dict_value}, {range, pair[0]}, {range, pair[1]}});
  };
  emitLoop(range, body, trip_count, nullptr, nullptr, nullptr);
  return dict_value;
}

Value* FunctionEmitter::emitIterableLength(const LoopIterable& iterable,
                                           const SourceRange& loop_range) {
  switch (iterable.kind) {
    case LoopIterable::Kind::Range:
      if (iterable.has_only_end) return iterable.end;
      return emitOperator(
          loop_range, "aten::__range_length",
          {{loop_range, iterable.start}, {loop_range, iterable.end}, {loop_range, iterable.step}});
    case LoopIterable::Kind::Sequence:
      return emitOperator(loop_range, "aten::len", {{loop_range, iterable.sequence}});
    case LoopIterable::Kind::Tree: {
      // [book:tree-length]
      // The shortest of the base iterables, however deeply zip and enumerate nest: upstream
      // flattens the tree (`zip(zip(a, b), c)` is one min over len(a), len(b), len(c)).
      std::vector<const LoopIterable*> leaves;
      std::function<void(const LoopIterable&)> collect = [&](const LoopIterable& node) {
        if (node.kind != LoopIterable::Kind::Tree) return leaves.push_back(&node);
        for (const LoopIterable& child : node.children) collect(child);
      };
      collect(iterable);
      std::vector<Value*> lengths;
      for (const LoopIterable* leaf : leaves) {
        lengths.push_back(emitIterableLength(*leaf, loop_range));
      }
      Value* list = insertList(*graph_, Type::integer(), lengths);
      return emitOperator(loop_range, "prim::min", {{loop_range, list}});
      // [/book:tree-length]
    }
    case LoopIterable::Kind::Tuple: break;
  }
  throw ErrorReport(loop_range) << "tuples inside enumerate/zip are not supported by minijit yet";
}

Value* FunctionEmitter::emitIterableElement(const LoopIterable& iterable, Value* index,
                                            const SourceRange& loop_range) {
  switch (iterable.kind) {
    case LoopIterable::Kind::Range:
      if (iterable.has_only_end) return index;
      return emitOperator(
          loop_range, "aten::__derive_index",
          {{loop_range, index}, {loop_range, iterable.start}, {loop_range, iterable.step}});
    case LoopIterable::Kind::Sequence:
      if (iterable.sequence->type()->kind() == TypeKind::Tensor) {
        Value* dim = graph_->insertConstant(Constant::integer(0));
        return emitOperator(
            loop_range, "aten::select",
            {{loop_range, iterable.sequence}, {loop_range, dim}, {loop_range, index}});
      }
      return emitOperator(loop_range, "aten::__getitem__",
                          {{loop_range, iterable.sequence}, {loop_range, index}});
    case LoopIterable::Kind::Tree: {
      std::vector<Value*> elements;
      std::vector<TypePtr> types;
      for (const LoopIterable& child : iterable.children) {
        elements.push_back(emitIterableElement(child, index, loop_range));
        types.push_back(elements.back()->type());
      }
      Node* tuple = graph_->insertNode(graph_->create("prim::TupleConstruct", elements));
      tuple->output()->setType(Type::tuple(types));
      return tuple->output();
    }
    case LoopIterable::Kind::Tuple: break;
  }
  throw ErrorReport(loop_range) << "tuples inside enumerate/zip are not supported by minijit yet";
}

}  // namespace minijit
