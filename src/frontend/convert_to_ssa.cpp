// SSA conversion, as upstream's ConvertToSSA: the emitter left variables as prim::Store and
// prim::Load nodes. First every If and Loop gets outputs (and loops their carried inputs)
// for the variables it changes, each fed by Loads; then loop conditions are moved into
// place; finally every Load is replaced by the value last Stored to its name, and all
// Loads and Stores disappear. Book chapter 5 ("Emitting SSA").
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "frontend/environment.h"
#include "frontend/function_emitter.h"

namespace minijit {

namespace {

struct SSAKinds {
  InternedKind if_{"prim::If"};
  InternedKind loop{"prim::Loop"};
  InternedKind store{"prim::Store"};
  InternedKind load{"prim::Load"};
  InternedKind comprehension_scope{"prim::ComprehensionScope"};
  InternedKind continue_stmt{"prim::ContinueStmt"};
  InternedKind break_stmt{"prim::BreakStmt"};
};
inline const SSAKinds& kinds() {
  static const SSAKinds interned;
  return interned;
}

// A frame of variable -> T (a type while adding loads and stores, a value while erasing).
template <typename T>
struct Frame {
  std::map<std::string, T> table;
  std::shared_ptr<Frame> next;
  T find(const std::string& name) const {
    for (const Frame* f = this; f; f = f->next.get()) {
      auto it = f->table.find(name);
      if (it != f->table.end()) return it->second;
    }
    return T{};
  }
};

// The variable a Load or Store names (its only attribute).
const std::string& nameOf(const Node* n) {
  static const std::string name = "name";
  return n->attribute(name).s;
}

Node* createLoad(Graph& graph, const std::string& name, const TypePtr& type) {
  Node* load = graph.create("prim::Load");
  load->setAttribute("name", Constant::string(name));
  load->output()->setType(type);
  return load;
}

Node* createStore(Graph& graph, const std::string& name, Value* value) {
  Node* store = graph.create("prim::Store", {value}, 0);
  store->setAttribute("name", Constant::string(name));
  return store;
}

class ControlFlowLoadStores {
 public:
  explicit ControlFlowLoadStores(Graph& graph) : graph_(graph) {}
  void run() { addLoadStores(graph_.block()); }

 private:
  using TypeFrame = Frame<TypePtr>;

  void addBlockOutput(Block* block, const TypePtr& type, const std::string& name) {
    WithInsertPoint guard(graph_, block);
    block->registerOutput(graph_.insertNode(createLoad(graph_, name, type))->output());
  }

  void addNodeOutput(Node* n, const TypePtr& type, const std::string& name) {
    Value* out = n->addOutput()->setType(type);
    if (meaningfulName(name)) out->setDebugName(name);
    createStore(graph_, name, out)->insertAfter(n);
  }

  void addIfLoadStores(Node* n) {
    Block* then_block = n->blocks()[0];
    Block* else_block = n->blocks()[1];
    auto then_vars = addLoadStores(then_block);
    auto else_vars = addLoadStores(else_block);
    std::set<std::string> mutated;
    for (const auto& [name, type] : then_vars->table) {
      if (else_vars->find(name)) mutated.insert(name);
    }
    for (const auto& [name, type] : else_vars->table) {
      if (then_vars->find(name)) mutated.insert(name);
    }
    for (const std::string& name : mutated) {
      TypePtr then_type = then_vars->find(name);
      TypePtr else_type = else_vars->find(name);
      auto unified = unifyTypes(then_type, else_type);
      if (!unified) continue;
      addBlockOutput(then_block, then_type, name);
      addBlockOutput(else_block, else_type, name);
      addNodeOutput(n, *unified, name);
    }
  }

  // [book:loop-load-stores]
  void addLoopLoadStores(Node* n) {
    Block* body = n->blocks()[0];
    auto loop_vars = addLoadStores(body);
    for (const auto& [name, block_type] : loop_vars->table) {
      TypePtr parent_type = frame_->find(name);
      if (!parent_type) continue;  // local to the loop body
      TypePtr unified = unifyTypes(parent_type, block_type).value_or(parent_type);
      n->addInput(createLoad(graph_, name, parent_type)->insertBefore(n)->output());
      createStore(graph_, name, body->addInput(name)->setType(unified))
          ->insertAfter(body->paramNode());
      addBlockOutput(body, block_type, name);
      addNodeOutput(n, unified, name);
    }
  }
  // [/book:loop-load-stores]

  std::shared_ptr<TypeFrame> addLoadStores(Block* block) {
    frame_ = std::make_shared<TypeFrame>(TypeFrame{{}, frame_});
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = n->next()) {
      if (n->kind() == kinds().if_) {
        addIfLoadStores(n);
      } else if (n->kind() == kinds().loop) {
        addLoopLoadStores(n);
      } else if (n->kind() == kinds().store) {
        frame_->table[nameOf(n)] = n->input(0)->type();
      } else if (n->kind() == kinds().comprehension_scope) {
        // A comprehension's variables are its own: even a name the function also uses is not
        // carried through the comprehension's loop (conformance case
        // variable_resolution/comprehension_var_no_leak).
        auto outer = frame_;
        frame_ = nullptr;
        addLoadStores(n->blocks()[0]);
        frame_ = outer;
      }
    }
    auto done = frame_;
    frame_ = frame_->next;
    return done;
  }

  Graph& graph_;
  std::shared_ptr<TypeFrame> frame_;
};

// break/continue -> prim::LoopContinuation(next condition, loop-carried values...), as
// upstream's LoopContinuations pass: `break` continues with `false`, `continue` with a fresh
// evaluation of the loop condition; the carried values are Loads of the variables the loop
// body returns. The exit transforms later turn these into the loop body's results.
class LoopContinuations {
 public:
  explicit LoopContinuations(Graph& graph) : graph_(graph) {}

  void run() {
    {
      WithInsertPoint front(graph_, graph_.block()->paramNode()->next());
      false_ = graph_.insertConstant(Constant::boolean(false));
    }
    assign(graph_.block());
  }

 private:
  void addLoopCarriedOutputs(Node* continuation) {
    WithInsertPoint guard(graph_, continuation);
    for (Value* out : loop_->blocks()[0]->outputs()) {
      Node* load = graph_.insertNode(graph_.createClone(out->node(), [](Value* v) { return v; }));
      continuation->addInput(load->output());
    }
  }

  void assign(Block* block) {
    Node* next = nullptr;
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
      next = n->next();  // read first: a break or continue is replaced
      if (n->kind() == kinds().if_) {
        assign(n->blocks()[0]);
        assign(n->blocks()[1]);
      } else if (n->kind() == kinds().loop) {
        Node* outer = loop_;
        loop_ = n;
        assign(n->blocks()[0]);
        loop_ = outer;
      // [book:loop-continuations]
      } else if (n->kind() == kinds().continue_stmt || n->kind() == kinds().break_stmt) {
        Node* continuation = graph_.create("prim::LoopContinuation", 0)->insertAfter(n);
        continuation->setSourceRange(n->sourceRange());
        if (n->kind() == kinds().break_stmt) {
          continuation->addInput(false_);
        } else {
          continuation->addInput(cloneConditionBefore(n));
        }
        addLoopCarriedOutputs(continuation);
        n->destroy();
      }
      // [/book:loop-continuations]
    }
  }

  // Copies the loop's condition block in front of `before`; returns the copied condition.
  Value* cloneConditionBefore(Node* before) {
    Block* cond_block = loop_->blocks()[1];
    std::map<Value*, Value*> cloned;
    auto map = [&](Value* v) {
      auto it = cloned.find(v);
      return it != cloned.end() ? it->second : v;
    };
    for (Node* n : cond_block->nodes()) {
      Node* copy = graph_.createClone(n, map);
      copy->insertBefore(before);
      for (size_t i = 0; i < n->outputs().size(); ++i) cloned[n->outputs()[i]] = copy->outputs()[i];
    }
    return map(cond_block->outputs()[0]);
  }

  Graph& graph_;
  Value* false_ = nullptr;
  Node* loop_ = nullptr;
};

void moveBlockBefore(Block* block, Node* before) {
  for (Node* n : block->nodeList()) n->moveBefore(before);
}

// [book:inline-loop-condition]
// Loop(max) {body} {cond}  ->  Loop(max, cond) {body; -> (cond, ...)}: a copy of the condition
// is evaluated before the loop, the original at the end of each iteration.
void inlineLoopCondition(Node* loop) {
  Graph& graph = *loop->owningGraph();
  Block* body = loop->blocks()[0];
  Block* cond_block = loop->blocks()[1];
  std::map<Value*, Value*> cloned;
  for (Node* n : cond_block->nodeList()) {
    Node* copy = graph.createClone(n, [&](Value* v) {
      auto it = cloned.find(v);
      return it != cloned.end() ? it->second : v;
    });
    copy->insertBefore(loop);
    for (size_t i = 0; i < n->outputs().size(); ++i) cloned[n->outputs()[i]] = copy->outputs()[i];
  }
  Value* cond = cond_block->outputs()[0];
  auto it = cloned.find(cond);
  loop->insertInput(1, it != cloned.end() ? it->second : cond);
  moveBlockBefore(cond_block, body->returnNode());
  body->insertOutput(0, cond);
  loop->eraseBlock(1);
}
// [/book:inline-loop-condition]

void inlineLoopConditions(Block* block) {
  for (Node* n : block->nodeList()) {
    for (Block* b : n->blocks()) inlineLoopConditions(b);
    if (n->kind() == kinds().loop) inlineLoopCondition(n);
  }
}

// [book:erase-load-stores]
class EraseLoadStores {
 public:
  void run(Block* block) {
    frame_ = std::make_shared<ValueFrame>(ValueFrame{{}, frame_});
    Node* next = nullptr;
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
      next = n->next();  // read first: `n` goes away
      if (n->kind() == kinds().store) {
        frame_->table[nameOf(n)] = n->input(0);
        n->destroy();
      } else if (n->kind() == kinds().load) {
        Value* value = frame_->find(nameOf(n));
        n->output()->replaceAllUsesWith(value);
        n->destroy();
      } else if (n->kind() == kinds().comprehension_scope) {
        // A comprehension's own frame ends here; its nodes move out in front of it.
        Block* body = n->blocks()[0];
        run(body);
        for (Node* inner : body->nodeList()) inner->moveBefore(n);
        n->destroy();
      } else {
        for (Block* b : n->blocks()) run(b);
      }
    }
    frame_ = frame_->next;
  }
// [/book:erase-load-stores]

 private:
  using ValueFrame = Frame<Value*>;
  std::shared_ptr<ValueFrame> frame_;
};

}  // namespace

// [book:convert-to-ssa]
void convertToSSA(Graph& graph) {
  ControlFlowLoadStores(graph).run();
  LoopContinuations(graph).run();
  inlineLoopConditions(graph.block());
  EraseLoadStores().run(graph.block());
  graph.releaseScaffolding();
}
// [/book:convert-to-ssa]

}  // namespace minijit
