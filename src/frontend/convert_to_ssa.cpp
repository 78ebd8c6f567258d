// SSA conversion, as upstream's ConvertToSSA: the emitter left variables as prim::Store and
// prim::Load nodes. First every If and Loop gets outputs (and loops their carried inputs)
// for the variables it changes, each fed by Loads; then loop conditions are moved into
// place; finally every Load is replaced by the value last Stored to its name, and all
// Loads and Stores disappear. Book chapter 5 ("Emitting SSA").
#include <algorithm>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frontend/environment.h"
#include "frontend/function_emitter.h"
#include "util/small_vector.h"

namespace minijit {

namespace {

// A variable: the interned name of a Load or Store (Node::variableName), one string per
// name in a graph, so its address tells variables apart without reading characters.
using Variable = const std::string*;

// Orders variables by name, upstream's order.
bool byName(Variable a, Variable b) { return *a < *b; }

// The variables of the blocks being walked, each bound to a T (a type while adding loads and
// stores, a value while erasing). One hash table holds each variable's binding in the
// innermost block that assigns it, so a lookup costs one probe however deeply blocks nest; a
// block that rebinds a variable saves the outer binding, and leaving the block restores it.
template <typename T>
class VariableTable {
 public:
  // The variables a block assigned, sorted by name (upstream's order), with their T.
  using Assigned = std::vector<std::pair<Variable, T>>;

  VariableTable() : slots_(64, 0) {}

  // Enters a block. A block that does not see the variables of the blocks around it
  // (`sees_outer` false) starts a chain of its own.
  void enterBlock(bool sees_outer = true) {
    size_t first_visible =
        sees_outer && !blocks_.empty() ? blocks_.back().first_visible : blocks_.size();
    blocks_.push_back({saved_.size(), first_visible});
  }

  // Leaves the innermost block; `assigned`, if given, receives what the block assigned.
  void leaveBlock(Assigned* assigned = nullptr) {
    size_t first = blocks_.back().first_saved;
    if (assigned) {
      for (size_t i = first; i < saved_.size(); ++i) {
        Entry& entry = entries_[saved_[i].entry];
        assigned->emplace_back(entry.name, std::move(entry.binding.value));
      }
      std::sort(assigned->begin(), assigned->end(),
                [](const auto& a, const auto& b) { return byName(a.first, b.first); });
    }
    for (size_t i = first; i < saved_.size(); ++i) {
      entries_[saved_[i].entry].binding = std::move(saved_[i].outer);
    }
    saved_.resize(first);
    blocks_.pop_back();
  }

  // What `name` is bound to in the innermost visible block that assigns it; T{} if none does.
  T find(Variable name) const {
    uint32_t slot = slots_[probe(name)];
    if (slot == 0) return T{};
    const Binding& binding = entries_[slot - 1].binding;
    return binding.block >= blocks_.back().first_visible ? binding.value : T{};
  }

  // Binds `name` to `value` in the innermost block.
  void set(Variable name, T value) {
    size_t i = probe(name);
    if (slots_[i] == 0) {
      if ((entries_.size() + 1) * 2 > slots_.size()) {
        grow();
        i = probe(name);
      }
      entries_.push_back({name, Binding{}});
      slots_[i] = static_cast<uint32_t>(entries_.size());
    }
    uint32_t index = slots_[i] - 1;
    Binding& binding = entries_[index].binding;
    size_t block = blocks_.size() - 1;
    if (binding.block != block) {
      saved_.push_back({index, std::move(binding)});
      binding.block = block;
    }
    binding.value = std::move(value);
  }

 private:
  struct Binding {
    size_t block = SIZE_MAX;  // index in blocks_; unbound: SIZE_MAX, with value T{}
    T value{};
  };
  struct Entry {
    Variable name;
    Binding binding;
  };
  struct Saved {
    uint32_t entry;  // index in entries_
    Binding outer;   // what a block's first assignment to the entry's variable replaced
  };
  struct BlockState {
    size_t first_saved;    // the block's first entry in saved_
    size_t first_visible;  // the outermost block whose variables this one sees
  };

  // The slot of `name`, or the empty slot where it goes. Variables are interned strings, so
  // the key is the address, hashed by a multiply (Fibonacci hashing) and never compared by
  // characters.
  size_t probe(Variable name) const {
    size_t mask = slots_.size() - 1;
    uint64_t mixed = (reinterpret_cast<uintptr_t>(name) >> 3) * 0x9E3779B97F4A7C15ull;
    for (size_t i = static_cast<size_t>(mixed >> 40) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == 0 || entries_[slots_[i] - 1].name == name) return i;
    }
  }
  void grow() {
    slots_.assign(slots_.size() * 2, 0);
    for (size_t e = 0; e < entries_.size(); ++e) {
      slots_[probe(entries_[e].name)] = static_cast<uint32_t>(e + 1);
    }
  }

  std::vector<uint32_t> slots_;     // 1 + an index in entries_; 0: empty (at most half full)
  std::vector<Entry> entries_;      // every variable seen, never erased
  std::vector<BlockState> blocks_;  // the blocks being walked, innermost last
  std::vector<Saved> saved_;        // per block, in block order
};

// The variable a Load or Store names (Node::setVariableName).
Variable nameOf(Node* n) {
  if (!n->variableName()) {
    throw std::logic_error("convertToSSA: a " + n->kind() + " without a variable");
  }
  return n->variableName();
}

Node* createLoad(Graph& graph, Variable name, const TypePtr& type) {
  Node* load = graph.create(kinds().load);
  load->shareVariableName(name);
  load->output()->setType(type);
  return load;
}

Node* createStore(Graph& graph, Variable name, Value* value) {
  Node* store = graph.create(kinds().store, 0);
  store->addInput(value);
  store->shareVariableName(name);
  return store;
}

class ControlFlowLoadStores {
 public:
  explicit ControlFlowLoadStores(Graph& graph) : graph_(graph) {}
  void run() {
    types_.enterBlock();
    addLoadStores(graph_.block());
    types_.leaveBlock();
  }

 private:
  using Assigned = VariableTable<TypePtr>::Assigned;

  void addBlockOutput(Block* block, const TypePtr& type, Variable name) {
    WithInsertPoint guard(graph_, block);
    block->registerOutput(graph_.insertNode(createLoad(graph_, name, type))->output());
  }

  void addNodeOutput(Node* n, const TypePtr& type, Variable name) {
    Value* out = n->addOutput()->setType(type);
    if (meaningfulName(*name)) out->setDebugName(*name);
    createStore(graph_, name, out)->insertAfter(n);
  }

  // The type `name` has at the end of an If branch that assigned `branch`: its own, or the
  // one from before the If.
  TypePtr typeAtEnd(const Assigned& branch, Variable name) const {
    for (const auto& [assigned, type] : branch) {  // (a branch assigns a handful)
      if (assigned == name) return type;
    }
    return types_.find(name);
  }

  void addIfLoadStores(Node* n) {
    Block* then_block = n->blocks()[0];
    Block* else_block = n->blocks()[1];
    Assigned then_vars = assignedIn(then_block);
    Assigned else_vars = assignedIn(else_block);
    // A variable assigned in one branch and visible at the end of the other becomes an output
    // of the If; the outputs come in name order.
    std::vector<Variable> mutated;
    for (const auto& [name, type] : then_vars) {
      if (typeAtEnd(else_vars, name)) mutated.push_back(name);
    }
    for (const auto& [name, type] : else_vars) {
      if (typeAtEnd(then_vars, name)) mutated.push_back(name);
    }
    std::sort(mutated.begin(), mutated.end(), byName);
    mutated.erase(std::unique(mutated.begin(), mutated.end()), mutated.end());
    for (Variable name : mutated) {
      TypePtr then_type = typeAtEnd(then_vars, name);
      TypePtr else_type = typeAtEnd(else_vars, name);
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
    for (const auto& [name, block_type] : assignedIn(body)) {
      TypePtr parent_type = types_.find(name);
      if (!parent_type) continue;  // local to the loop body
      TypePtr unified = unifyTypes(parent_type, block_type).value_or(parent_type);
      n->addInput(createLoad(graph_, name, parent_type)->insertBefore(n)->output());
      createStore(graph_, name, body->addInput(*name)->setType(unified))
          ->insertAfter(body->paramNode());
      addBlockOutput(body, block_type, name);
      addNodeOutput(n, unified, name);
    }
  }
  // [/book:loop-load-stores]

  // Adds loads and stores in the nested block `block`; returns the variables it assigns.
  Assigned assignedIn(Block* block) {
    types_.enterBlock();
    addLoadStores(block);
    Assigned assigned;
    types_.leaveBlock(&assigned);
    return assigned;
  }

  void addLoadStores(Block* block) {
    const NodeKinds& kind = kinds();
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = n->next()) {
      if (n->kind() == kind.if_) {
        addIfLoadStores(n);
      } else if (n->kind() == kind.loop) {
        addLoopLoadStores(n);
      } else if (n->kind() == kind.store) {
        types_.set(nameOf(n), n->input(0)->type());
      } else if (n->kind() == kind.comprehension_scope) {
        // A comprehension's variables are its own: even a name the function also uses is not
        // carried through the comprehension's loop (conformance case
        // variable_resolution/comprehension_var_no_leak).
        types_.enterBlock(/*sees_outer=*/false);
        addLoadStores(n->blocks()[0]);
        types_.leaveBlock();
      }
    }
  }

  Graph& graph_;
  VariableTable<TypePtr> types_;
};

// Copies the nodes of a loop's condition block in front of `before`; returns the copy of the
// condition (the block's result).
Value* cloneConditionBefore(Block* cond_block, Node* before) {
  struct Copied {
    Value* original;
    Value* copy;
  };
  SmallVector<Copied, 8> copied;
  auto map = [&](Value* v) {
    for (const Copied& c : copied) {
      if (c.original == v) return c.copy;
    }
    return v;
  };
  Graph& graph = *before->owningGraph();
  for (Node* n : cond_block->nodes()) {
    Node* copy = graph.createClone(n, map);
    copy->insertBefore(before);
    for (size_t i = 0; i < n->outputs().size(); ++i) {
      copied.push_back({n->outputs()[i], copy->outputs()[i]});
    }
  }
  return map(cond_block->outputs()[0]);
}

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
    const NodeKinds& kind = kinds();
    Node* next = nullptr;
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
      next = n->next();  // read first: a break or continue is replaced
      if (n->kind() == kind.if_) {
        assign(n->blocks()[0]);
        assign(n->blocks()[1]);
      } else if (n->kind() == kind.loop) {
        Node* outer = loop_;
        loop_ = n;
        assign(n->blocks()[0]);
        loop_ = outer;
      // [book:loop-continuations]
      } else if (n->kind() == kind.continue_stmt || n->kind() == kind.break_stmt) {
        Node* continuation = graph_.create("prim::LoopContinuation", 0)->insertAfter(n);
        continuation->setSourceRange(n->sourceRange());
        if (n->kind() == kind.break_stmt) {
          continuation->addInput(false_);
        } else {
          continuation->addInput(cloneConditionBefore(loop_->blocks()[1], n));
        }
        addLoopCarriedOutputs(continuation);
        n->destroy();
      }
      // [/book:loop-continuations]
    }
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
  Block* body = loop->blocks()[0];
  Block* cond_block = loop->blocks()[1];
  loop->insertInput(1, cloneConditionBefore(cond_block, loop));
  Value* cond = cond_block->outputs()[0];
  moveBlockBefore(cond_block, body->returnNode());
  body->insertOutput(0, cond);
  loop->eraseBlock(1);
}
// [/book:inline-loop-condition]

void inlineLoopConditions(Block* block) {
  const NodeKinds& kind = kinds();
  for (Node* n : block->nodes()) {  // inlining a condition changes nothing after the loop
    for (Block* b : n->blocks()) inlineLoopConditions(b);
    if (n->kind() == kind.loop) inlineLoopCondition(n);
  }
}

// [book:erase-load-stores]
class EraseLoadStores {
 public:
  void run(Block* block) {
    values_.enterBlock();
    const NodeKinds& kind = kinds();
    Node* next = nullptr;
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
      next = n->next();  // read first: `n` goes away
      if (n->kind() == kind.store) {
        values_.set(nameOf(n), n->input(0));
        n->destroy();
      } else if (n->kind() == kind.load) {
        n->output()->replaceAllUsesWith(values_.find(nameOf(n)));
        n->destroy();
      } else if (n->kind() == kind.comprehension_scope) {
        // A comprehension's own block ends here; its nodes move out in front of it.
        Block* body = n->blocks()[0];
        run(body);
        for (Node* inner : body->nodeList()) inner->moveBefore(n);
        n->destroy();
      } else {
        for (Block* b : n->blocks()) run(b);
      }
    }
    values_.leaveBlock();
  }
// [/book:erase-load-stores]

 private:
  VariableTable<Value*> values_;
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
