// Exit transforms: `return` is emitted as prim::ReturnStmt and break/continue become
// prim::LoopContinuation wherever they appear. This pass removes them, as upstream's
// TransformExits does: after a block that exits on some paths, the rest of the enclosing
// block is wrapped in an If on a "has exited" flag, and the exit values travel out through
// If and Loop outputs until they become the loop body's results (continuations) or the
// graph's outputs (returns). Book chapter 5 ("Emitting SSA", early exits).
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "frontend/function_emitter.h"

namespace minijit {

namespace {

// Whether control leaves through a return: never, always, or depending on a runtime flag.
enum class ExitStatus { Wont, Will, Might, Throws };

// What a block tells its parent about returns: the has-returned flag and returned values.
struct ExitPair {
  Value* has_exited;
  std::vector<Value*> values;
};

// prim::With exists only while the exits are transformed (see wrapWithBodies).
const InternedKind& withKind() {
  static const InternedKind with{"prim::With"};
  return with;
}

// [book:with-blocks]
// A `with` is emitted inline: prim::Enter(obj), the body, prim::Exit(obj). An exit from the
// body must still run the prim::Exit, so for the exit transforms (as for upstream's) the body
// becomes a block of its own: each Enter ... Exit span turns into
//
//   %a = prim::Enter(%obj)
//    = prim::With()
//     block0():  <the body>
//     block1():  %c = prim::Exit(%obj)
//
// The walk treats a With as its body (an exit there leaves the With), and the nodes after
// the With, not the Exit, are what an exit skips. Afterwards unwrapWithBodies puts the nodes
// back in line, the body's (as transformed) and then the Exit.
void collectEnterExitPairs(Block* block, std::vector<Node*>& open,
                           std::vector<std::pair<Node*, Node*>>& pairs) {
  static const InternedKind enter{"prim::Enter"};
  static const InternedKind exit{"prim::Exit"};
  for (Node* n : block->nodes()) {
    if (n->kind() == enter) {
      open.push_back(n);
    } else if (n->kind() == exit) {
      // Exits come in the reverse order of their Enters, in the same block (emitWith).
      if (open.empty() || open.back()->input(0) != n->input(0)) {
        throw std::logic_error("exit transforms: a prim::Exit without its prim::Enter");
      }
      pairs.emplace_back(open.back(), n);  // (inner pairs first: their Exit comes first)
      open.pop_back();
    }
    for (Block* inner : n->blocks()) collectEnterExitPairs(inner, open, pairs);
  }
}

void wrapWithBodies(Graph& graph) {
  std::vector<Node*> open;
  std::vector<std::pair<Node*, Node*>> pairs;
  collectEnterExitPairs(graph.block(), open, pairs);
  for (const auto& [enter, exit] : pairs) {
    Node* with = graph.create(withKind(), 0);
    Block* body = with->addBlock();
    Block* exit_block = with->addBlock();
    for (Node* n = enter->next(); n != exit;) {
      Node* next = n->next();
      n->moveBefore(body->returnNode());
      n = next;
    }
    exit->moveBefore(exit_block->returnNode());
    with->insertAfter(enter);
  }
}

void unwrapWithBodies(Block* block) {
  for (Node* n = block->paramNode()->next(); n != block->returnNode();) {
    Node* next = n->next();
    for (Block* inner : n->blocks()) unwrapWithBodies(inner);  // (inner Withs first)
    if (n->kind() == withKind()) {
      for (Block* part : n->blocks()) {
        for (Node* moved = part->paramNode()->next(); moved != part->returnNode();) {
          Node* after = moved->next();
          moved->moveBefore(n);
          moved = after;
        }
      }
      n->destroy();
    }
    n = next;
  }
}

// After the exits of a `with` body are transformed, a value the body assigns after a point
// where it may exit can be used after the `with`, outside the guard that now holds its
// definition (the With block has no outputs to carry it out). Upstream 1.13 makes the same
// graph and then fails an internal assert; minijit reports it instead of running a graph that
// reads a value that was never set. Checks that every use sees its definition.
// Whether a value defined in block `definition` can be read in block `use`: `definition` is
// `use` or a block around it.
bool visibleFrom(const Block* definition, const Block* use) {
  for (const Block* b = use; b != nullptr;) {
    if (b == definition) return true;
    b = b->owningNode() ? b->owningNode()->owningBlock() : nullptr;
  }
  return false;
}

void checkUsesAfterWithExits(Block* block) {
  auto check = [&](const Node* user) {
    for (const Value* input : user->inputs()) {
      if (visibleFrom(input->node()->owningBlock(), block)) continue;
      // The error points at the assignment (or the statement around it: a loop-carried or
      // merged value has the range of its loop or if), else at the use.
      auto rangeAround = [](const Node* n) {
        while (!n->sourceRange().valid() && n->owningBlock() && n->owningBlock()->owningNode()) {
          n = n->owningBlock()->owningNode();
        }
        return n->sourceRange();
      };
      SourceRange range = rangeAround(input->node());
      if (!range.valid()) range = rangeAround(user);
      throw ErrorReport(range)
          << "minijit cannot compile this: a value assigned in a `with` block after a return, "
             "break or continue in it is used after the block (upstream TorchScript 1.13 "
             "fails on it with an internal assert)";
    }
  };
  for (Node* n : block->nodes()) {
    check(n);
    for (Block* inner : n->blocks()) checkUsesAfterWithExits(inner);
  }
  check(block->returnNode());
}
// [/book:with-blocks]

class ExitTransformer {
 public:
  // `exit_kind` is prim::LoopContinuation (exits to the enclosing loop body) or
  // prim::ReturnStmt (exits to the graph).
  ExitTransformer(Graph& graph, const InternedKind& exit_kind, bool with_blocks)
      : graph_(graph), exit_kind_(exit_kind), with_blocks_(with_blocks) {
    WithInsertPoint front(graph, graph.block()->paramNode()->next());
    units_.reserve(4);  // (a function needs a few types of placeholder)
    true_ = graph.insertConstant(Constant::boolean(true));
    false_ = graph.insertConstant(Constant::boolean(false));
    throws_ = unitValue(Type::boolean());
  }

  void run() { transformBlock(graph_.block()); }
  // The same when `sole_return`, in the graph's top block, is the graph's only exit: nothing
  // before it can exit, so the walk would change nothing there, and starts at the return.
  void runFrom(Node* sole_return) { transformBlock(graph_.block(), sole_return); }

 private:
  ExitStatus status(const ExitPair& pair) const {
    if (pair.has_exited == true_) return ExitStatus::Will;
    if (pair.has_exited == false_) return ExitStatus::Wont;
    if (pair.has_exited == throws_) return ExitStatus::Throws;
    return ExitStatus::Might;
  }
  ExitPair wont() const { return {false_, {}}; }

  // One prim::Uninitialized per type, at the top of the graph: a placeholder for a value on
  // a path that has already returned.
  Value* unitValue(const TypePtr& type) {
    for (const auto& [t, v] : units_) {
      if (t == type) return v;  // by identity, as upstream's cache keyed by TypePtr
    }
    Node* unit = graph_.create("prim::Uninitialized");
    unit->output()->setType(type);
    unit->insertAfter(graph_.block()->paramNode());
    units_.emplace_back(type, unit->output());
    return unit->output();
  }

  std::vector<Value*> unitsLike(const std::vector<Value*>& values) {
    std::vector<Value*> units;
    for (Value* v : values) units.push_back(unitValue(v->type()));
    return units;
  }

  static void addIfOutputs(Node* n, const std::vector<Value*>& then_values,
                           const std::vector<Value*>& else_values) {
    for (size_t i = 0; i < then_values.size(); ++i) {
      n->blocks()[0]->registerOutput(then_values[i]);
      n->blocks()[1]->registerOutput(else_values[i]);
      TypePtr type = unifyTypes(then_values[i]->type(), else_values[i]->type())
                         .value_or(then_values[i]->type());
      n->addOutput()->setType(type);
    }
  }

  static void replaceBlockOutputs(Block* block, const std::vector<Value*>& values) {
    while (!block->outputs().empty()) block->eraseOutput(0);
    for (Value* v : values) block->registerOutput(v);
  }

  ExitPair transformIf(Node* n) {
    ExitPair then_pair = transformBlock(n->blocks()[0]);
    ExitPair else_pair = transformBlock(n->blocks()[1]);
    ExitStatus then_status = status(then_pair);
    ExitStatus else_status = status(else_pair);
    ExitStatus if_status = ExitStatus::Might;
    if (then_status == ExitStatus::Throws) {
      if_status = else_status;
    } else if (else_status == ExitStatus::Throws) {
      if_status = then_status;
    } else if (then_status == else_status && then_status != ExitStatus::Might) {
      if_status = then_status;
    }
    if (if_status == ExitStatus::Throws) return {throws_, {}};
    if (if_status == ExitStatus::Wont) return wont();
    if (then_status == ExitStatus::Wont || then_status == ExitStatus::Throws) {
      then_pair.values = unitsLike(else_pair.values);
    } else if (else_status == ExitStatus::Wont || else_status == ExitStatus::Throws) {
      else_pair.values = unitsLike(then_pair.values);
    }
    Value* has_exited = true_;
    if (if_status != ExitStatus::Will) {
      addIfOutputs(n, {then_pair.has_exited}, {else_pair.has_exited});
      has_exited = n->outputs().back();
    }
    addIfOutputs(n, then_pair.values, else_pair.values);
    std::vector<Value*> values(n->outputs().end() - static_cast<std::ptrdiff_t>(then_pair.values.size()),
                               n->outputs().end());
    return {has_exited, values};
  }

  // A loop whose body may return stops iterating once it has, and carries the flag and the
  // returned values out.
  ExitPair transformLoop(Node* n) {
    Block* body = n->blocks()[0];
    ExitPair pair = transformBlock(body);
    if (status(pair) == ExitStatus::Wont || status(pair) == ExitStatus::Throws) return wont();
    WithInsertPoint guard(graph_, body);
    Node* next_cond = graph_.insertNode(graph_.create("prim::If", {pair.has_exited}, 0));
    next_cond->addBlock()->registerOutput(false_);
    next_cond->addBlock()->registerOutput(body->outputs()[0]);
    Value* condition = next_cond->addOutput()->setType(Type::boolean());
    body->eraseOutput(0);
    body->insertOutput(0, condition);
    n->addInput(false_);
    body->addInput()->setType(Type::boolean());
    body->registerOutput(pair.has_exited);
    Value* has_exited = n->addOutput()->setType(Type::boolean());
    std::vector<Value*> values;
    for (Value* v : pair.values) {
      n->addInput(unitValue(v->type()));
      values.push_back(n->addOutput()->setType(v->type()));
      body->addInput()->setType(v->type());
      body->registerOutput(v);
    }
    return {has_exited, values};
  }

  // [book:guard-block]
  // Wraps the nodes from `first` to the end of the block in `if has_exited: ... else: <nodes>`.
  ExitPair guardBlockNodes(Block* block, const ExitPair& pair, Node* first) {
    Node* guard_if = graph_.create("prim::If", {pair.has_exited}, 0)->insertBefore(first);
    Block* exit_block = guard_if->addBlock();
    Block* guard_block = guard_if->addBlock();
    for (Node* n = first; n != block->returnNode();) {
      Node* next = n->next();
      n->moveBefore(guard_block->returnNode());
      n = next;
    }
    std::vector<Value*> units = unitsLike(block->outputs());
    for (size_t i = 0; i < block->outputs().size(); ++i) {
      exit_block->registerOutput(units[i]);
      guard_block->registerOutput(block->outputs()[i]);
      guard_if->addOutput()->setType(block->outputs()[i]->type());
    }
    replaceBlockOutputs(block, guard_if->outputs());
    graph_.create(exit_kind_.name(), pair.values, 0)->insertBefore(exit_block->returnNode());
    return transformIf(guard_if);
  }
  // [/book:guard-block]

  // Everything after a return in the same block is unreachable; values it defines that are
  // still used (as block results) become unit values.
  void deleteAfter(Block* block, Node* first) {
    std::vector<Node*> doomed;
    for (Node* n = first; n != block->returnNode(); n = n->next()) doomed.push_back(n);
    for (auto it = doomed.rbegin(); it != doomed.rend(); ++it) {
      for (Value* out : (*it)->outputs()) {
        if (out->hasUses()) out->replaceAllUsesWith(unitValue(out->type()));
      }
      (*it)->destroy();
    }
  }

  // The block an exit of our kind leaves to: the innermost loop body for continuations, the
  // graph for returns.
  bool isTargetBlock(const Block* block) const {
    const Node* owner = block->owningNode();
    if (exit_kind_ == kinds().loop_continuation) return owner && owner->kind() == kinds().loop;
    return owner == nullptr;
  }

  // `from`: the node to start at, if not the block's first.
  ExitPair transformBlock(Block* block, Node* from = nullptr) {
    Block* outer_target = target_;
    if (isTargetBlock(block)) target_ = block;
    Node* first = from ? from : block->paramNode()->next();
    // [book:exit-walk]
    const NodeKinds& kind = kinds();
    ExitPair pair = wont();
    for (Node* n = first; n != block->returnNode();) {
      Node* next = n->next();
      if (n->kind() == kind.raise_exception) {
        pair = {throws_, {}};
      } else if (n->kind() == exit_kind_) {
        pair = {true_, n->inputs()};
        n->destroy();
      } else if (n->kind() == kind.if_) {
        pair = transformIf(n);
      } else if (n->kind() == kind.loop) {
        pair = transformLoop(n);
      } else if (with_blocks_ && n->kind() == withKind()) {
        pair = transformBlock(n->blocks()[0]);  // the body: its exits leave the With too
      } else {
        n = next;  // any other node leaves the block as it was: it Wont exit
        continue;
      }
      ExitStatus s = status(pair);
      if (s == ExitStatus::Will || s == ExitStatus::Throws) {
        if (next != block->returnNode()) deleteAfter(block, next);
        break;
      }
      if (s == ExitStatus::Might) {
        if (next != block->returnNode()) pair = guardBlockNodes(block, pair, next);
        break;
      }
      n = next;
    }
    // [/book:exit-walk]
    if (target_ == block) {
      if (status(pair) == ExitStatus::Might) {
        Node* join = graph_.create("prim::If", {pair.has_exited}, 0)->insertBefore(block->returnNode());
        join->addBlock();
        join->addBlock();
        addIfOutputs(join, pair.values, block->outputs());
        replaceBlockOutputs(block, join->outputs());
      } else if (status(pair) == ExitStatus::Will) {
        replaceBlockOutputs(block, pair.values);
      }
      pair = wont();
    }
    target_ = outer_target;
    return pair;
  }

  Graph& graph_;
  const InternedKind& exit_kind_;
  bool with_blocks_;  // whether the graph has With nodes (see wrapWithBodies)
  Block* target_ = nullptr;
  Value* true_;
  Value* false_;
  Value* throws_;
  std::vector<std::pair<TypePtr, Value*>> units_;
};

// `if c: return a` followed by `return b` leaves two Ifs, the second testing the first's
// has-returned flag; when that flag is a different constant on each side, the second If's
// blocks are copied into the first's (upstream's inlineConsecutiveIfs).
bool inlineConsecutiveIfs(Graph& graph, Node* first) {
  Node* second = first->next();
  if (first->kind() != kinds().if_ || second->kind() != kinds().if_ ||
      second->input(0)->node() != first) {
    return false;
  }
  size_t offset = second->input(0)->offset();
  auto constantBool = [](Value* v) -> std::optional<bool> {
    Node* n = v->node();
    if (n->kind() != kinds().constant || !n->hasAttribute("value")) return std::nullopt;
    const Constant& c = n->attribute("value");
    if (c.kind != Constant::Kind::Bool) return std::nullopt;
    return c.b;
  };
  auto then_value = constantBool(first->blocks()[0]->outputs()[offset]);
  auto else_value = constantBool(first->blocks()[1]->outputs()[offset]);
  if (!then_value || !else_value || *then_value == *else_value) return false;
  for (int i = 0; i < 2; ++i) {
    Block* into = first->blocks()[static_cast<size_t>(i)];
    bool taken = i == 0 ? *then_value : *else_value;
    Block* from = second->blocks()[taken ? 0 : 1];
    std::map<Value*, Value*> local;
    auto map = [&](Value* v) -> Value* {
      auto it = local.find(v);
      if (it != local.end()) return it->second;
      if (v->node() == first) return into->outputs()[v->offset()];
      return v;
    };
    for (Node* n : from->nodes()) {
      Node* copy = graph.createClone(n, map);
      copy->insertBefore(into->returnNode());
      for (size_t k = 0; k < n->outputs().size(); ++k) local[n->outputs()[k]] = copy->outputs()[k];
    }
    for (Value* out : from->outputs()) into->registerOutput(map(out));
  }
  for (Value* out : second->outputs()) {
    Value* fresh = first->addOutput()->setType(out->type());
    if (out->hasDebugName()) fresh->setDebugName(out->debugName());
    out->replaceAllUsesWith(fresh);
  }
  second->destroy();
  return true;
}

void inlineConsecutiveIfs(Graph& graph, Block* block) {
  for (Node* n = block->paramNode()->next(); n != block->returnNode();) {
    for (Block* b : n->blocks()) inlineConsecutiveIfs(graph, b);
    if (!inlineConsecutiveIfs(graph, n)) n = n->next();
  }
}

}  // namespace

void transformExits(Graph& graph, const ExitsSeen& seen) {
  if (seen.with_blocks) wrapWithBodies(graph);
  // A transformer makes its constants whether or not it has anything to do: they take value
  // numbers, as upstream's do. Without a break, continue or raise in the graph the walk for
  // loop exits would change nothing, and is skipped.
  ExitTransformer continuations(graph, kinds().loop_continuation, seen.with_blocks);
  if (seen.loop_exits) continuations.run();
  ExitTransformer returns(graph, kinds().return_stmt, seen.with_blocks);
  // (A return in a `with` is in the With's body now, not in the top block.)
  if (seen.sole_return && !seen.with_blocks) {
    returns.runFrom(seen.sole_return);
  } else {
    returns.run();
  }
  // The pattern inlineConsecutiveIfs merges needs an If that tests another's result. When the
  // transformers above made no If (they make none for a graph whose sole exit is its return)
  // and none of the graph's Ifs does, there is nothing to find.
  if (seen.loop_exits || !seen.sole_return || seen.if_tests_if || seen.with_blocks) {
    inlineConsecutiveIfs(graph, graph.block());
  }
  if (seen.with_blocks) {
    unwrapWithBodies(graph.block());
    checkUsesAfterWithExits(graph.block());
  }
}

}  // namespace minijit
