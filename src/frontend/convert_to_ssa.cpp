// SSA conversion, as upstream's ConvertToSSA: the emitter left variables as prim::Store and
// prim::Load nodes. First every If and Loop gets outputs (and loops their carried inputs)
// for the variables it changes, each fed by Loads; then loop conditions are moved into
// place; finally every Load is replaced by the value last Stored to its name, and all
// Loads and Stores disappear. Book chapter 5 ("Emitting SSA").
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
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

// The variables of the blocks being walked, each bound to the value last stored to it (while
// adding loads and stores, that value's type is the variable's type). One hash table holds
// each variable's binding in the innermost block that assigns it, so a lookup costs one probe
// however deeply blocks nest; a block that rebinds a variable saves the outer binding, and
// leaving the block restores it. Both walks that need a table share one (convertToSSA), so
// its storage and the variables it has seen are set up once per graph.
class VariableTable {
 public:
  // A variable a block assigned, with the value last stored to it there.
  struct Assignment {
    Variable name;
    Value* value;
  };

  VariableTable() : slots_(64, 0) {
    // Room for a function's usual variables and nesting from the start: growing the vectors
    // one doubling at a time cost a dozen mallocs per graph.
    entries_.reserve(32);  // (slots_ doubles at 32 entries too)
    saved_.reserve(32);
    blocks_.reserve(16);
  }

  // Enters a block. A block that does not see the variables of the blocks around it
  // (`sees_outer` false) starts a chain of its own.
  void enterBlock(bool sees_outer = true) {
    size_t first_visible =
        sees_outer && !blocks_.empty() ? blocks_.back().first_visible : blocks_.size();
    blocks_.push_back({saved_.size(), first_visible});
  }

  // Leaves the innermost block; `assigned`, if given, gets what the block assigned appended,
  // sorted by name (upstream's order).
  void leaveBlock(std::vector<Assignment>* assigned = nullptr) {
    size_t first = blocks_.back().first_saved;
    if (assigned) {
      size_t begin = assigned->size();
      for (size_t i = first; i < saved_.size(); ++i) {
        const Entry& entry = entries_[saved_[i].entry];
        assigned->push_back({entry.name, entry.binding.value});
      }
      // An insertion sort: a block assigns a handful of variables, too few for std::sort's
      // set-up to pay off. (Names are distinct, so any sort gives the same order.)
      Assignment* list = assigned->data();
      for (size_t i = begin + 1; i < assigned->size(); ++i) {
        Assignment next = list[i];
        size_t j = i;
        for (; j > begin && byName(next.name, list[j - 1].name); --j) list[j] = list[j - 1];
        list[j] = next;
      }
    }
    for (size_t i = first; i < saved_.size(); ++i) {
      entries_[saved_[i].entry].binding = saved_[i].outer;
    }
    saved_.resize(first);
    blocks_.pop_back();
  }

  // The value last stored to `name` in the innermost visible block that assigns it; null if
  // none does.
  Value* find(Variable name) const {
    uint32_t slot = slots_[probe(name)];
    if (slot == 0) return nullptr;
    const Binding& binding = entries_[slot - 1].binding;
    return binding.block >= blocks_.back().first_visible ? binding.value : nullptr;
  }

  // Binds `name` to `value` in the innermost block. (Always inlined: it runs for every Store,
  // in two walks, and as a call it spent a third of its instructions saving registers.)
  [[gnu::always_inline]] void set(Variable name, Value* value) {
    size_t i = probe(name);
    if (slots_[i] == 0) i = addEntry(name, i);
    uint32_t index = slots_[i] - 1;
    Binding& binding = entries_[index].binding;
    size_t block = blocks_.size() - 1;
    if (binding.block != block) {
      saved_.push_back({index, binding});
      binding.block = block;
    }
    binding.value = value;
  }

 private:
  struct Binding {
    size_t block = SIZE_MAX;  // index in blocks_; unbound: SIZE_MAX, with a null value
    Value* value = nullptr;
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
  // Adds `name`, a variable not seen before whose empty slot is `i`; returns its slot. (Not
  // inlined: set, which runs for every Store, stays small.)
  [[gnu::noinline]] size_t addEntry(Variable name, size_t i) {
    if ((entries_.size() + 1) * 2 > slots_.size()) {
      grow();
      i = probe(name);
    }
    entries_.push_back({name, Binding{}});
    slots_[i] = static_cast<uint32_t>(entries_.size());
    return i;
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

[[noreturn]] void throwNoVariable(Node* n) {
  throw std::logic_error("convertToSSA: a " + n->kind() + " without a variable");
}

// The variable a Load or Store names (Node::setVariableName).
Variable nameOf(Node* n) {
  if (!n->variableName()) throwNoVariable(n);  // (apart, so that this inlines)
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

// What the first step's walk meets on its way that later steps work on (LoopContinuations,
// inlineLoopConditions, and transformExits through ExitsSeen), so that they need not walk the
// whole graph again. (Kept on the stack: a function has a few of each.)
struct ControlFlowFound {
  struct Exit {
    Node* node;  // a prim::BreakStmt or prim::ContinueStmt
    Node* loop;  // the innermost loop around it
  };
  SmallVector<Exit, 8> exits;  // in graph order
  // Every loop, each after the loops in its body: the order inlineLoopConditions inlines
  // them in.
  SmallVector<Node*, 16> loops;
  // Whether no loop condition holds a node with blocks (an `and`, `or` or comprehension).
  // One that does may hold a loop, which the walk does not visit, and copies of it (a
  // `continue` copies the condition) add more: inlineLoopConditions then walks the graph.
  bool plain_conditions = true;
  bool raises = false;  // whether a prim::RaiseException was met
  size_t returns = 0;   // the prim::ReturnStmt nodes met
  Node* top_return = nullptr;  // one of them in the graph's top block
  SmallVector<Node*, 32> ifs;  // every If
};

class ControlFlowLoadStores {
 public:
  ControlFlowLoadStores(Graph& graph, VariableTable& variables, ControlFlowFound& found)
      : graph_(graph), variables_(variables), found_(found) {
    assigned_.reserve(32);  // (enough for most functions: one allocation, not one per doubling)
  }
  void run() {
    variables_.enterBlock();
    addLoadStores(graph_.block());
    variables_.leaveBlock();
  }

 private:
  using Assignment = VariableTable::Assignment;

  void addBlockOutput(Block* block, const TypePtr& type, Variable name) {
    WithInsertPoint guard(graph_, block);
    block->registerOutput(graph_.insertNode(createLoad(graph_, name, type))->output());
  }

  void addNodeOutput(Node* n, const TypePtr& type, Variable name) {
    Value* out = n->addOutput()->setType(type);
    if (meaningfulName(*name)) out->setDebugName(*name);
    createStore(graph_, name, out)->insertAfter(n);
  }

  void addIfLoadStores(Node* n) {
    found_.ifs.push_back(n);
    Block* then_block = n->blocks()[0];
    Block* else_block = n->blocks()[1];
    size_t then_begin = assignedIn(then_block);
    size_t else_begin = assignedIn(else_block);
    // A variable assigned in one branch and visible at the end of the other becomes an output
    // of the If; the outputs come in name order. Both branches' lists are sorted by name, so
    // one merge of the two meets the variables in that order, each once.
    const Assignment* then_it = assigned_.data() + then_begin;
    const Assignment* then_end = assigned_.data() + else_begin;
    const Assignment* else_it = then_end;
    const Assignment* else_end = assigned_.data() + assigned_.size();
    while (then_it != then_end || else_it != else_end) {
      // The variable's value at the end of each branch: its own, or the one from before the If.
      Variable name;
      Value* then_value;
      Value* else_value;
      if (then_it != then_end && else_it != else_end && then_it->name == else_it->name) {
        name = then_it->name;
        then_value = (then_it++)->value;
        else_value = (else_it++)->value;
      } else if (else_it == else_end ||
                 (then_it != then_end && byName(then_it->name, else_it->name))) {
        name = then_it->name;
        then_value = (then_it++)->value;
        else_value = variables_.find(name);
      } else {
        name = else_it->name;
        else_value = (else_it++)->value;
        then_value = variables_.find(name);
      }
      if (!then_value || !else_value) continue;  // only one branch knows it
      const TypePtr& then_type = then_value->type();
      const TypePtr& else_type = else_value->type();
      auto unified = unifyTypes(then_type, else_type);
      if (!unified) continue;
      addBlockOutput(then_block, then_type, name);
      addBlockOutput(else_block, else_type, name);
      addNodeOutput(n, *unified, name);
    }
    assigned_.resize(then_begin);
  }

  // [book:loop-load-stores]
  void addLoopLoadStores(Node* n) {
    Block* body = n->blocks()[0];
    Node* outer_loop = loop_;
    loop_ = n;
    size_t begin = assignedIn(body);
    loop_ = outer_loop;
    noteLoop(n);
    for (size_t i = begin; i < assigned_.size(); ++i) {
      auto [name, block_value] = assigned_[i];
      Value* parent_value = variables_.find(name);
      if (!parent_value) continue;  // local to the loop body
      const TypePtr& parent_type = parent_value->type();
      const TypePtr& block_type = block_value->type();
      TypePtr unified = unifyTypes(parent_type, block_type).value_or(parent_type);
      n->addInput(createLoad(graph_, name, parent_type)->insertBefore(n)->output());
      createStore(graph_, name, body->addInput(*name)->setType(unified))
          ->insertAfter(body->paramNode());
      addBlockOutput(body, block_type, name);
      addNodeOutput(n, unified, name);
    }
    assigned_.resize(begin);
  }
  // [/book:loop-load-stores]

  // Adds loads and stores in the nested block `block`, and appends the variables it assigns
  // to assigned_ (sorted by name); returns where they start. The caller drops them when done.
  size_t assignedIn(Block* block) {
    variables_.enterBlock();
    addLoadStores(block);
    size_t begin = assigned_.size();
    variables_.leaveBlock(&assigned_);
    return begin;
  }

  void addLoadStores(Block* block) {
    const NodeKinds& kind = kinds();
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = n->next()) {
      if (n->kind() == kind.load) continue;  // (the commonest node, with nothing to do)
      if (n->kind() == kind.store) {  // (the next commonest)
        variables_.set(nameOf(n), n->input(0));
      } else if (n->kind() == kind.if_) {
        addIfLoadStores(n);
      } else if (n->kind() == kind.loop) {
        addLoopLoadStores(n);
      } else if (n->kind() == kind.comprehension_scope) {
        // A comprehension's variables are its own: even a name the function also uses is not
        // carried through the comprehension's loop (conformance case
        // variable_resolution/comprehension_var_no_leak).
        variables_.enterBlock(/*sees_outer=*/false);
        addLoadStores(n->blocks()[0]);
        variables_.leaveBlock();
      } else if (n->kind() == kind.break_stmt || n->kind() == kind.continue_stmt) {
        found_.exits.push_back({n, loop_});
      } else if (n->kind() == kind.raise_exception) {
        found_.raises = true;
      } else if (n->kind() == kind.return_stmt) {
        ++found_.returns;
        if (block == graph_.block()) found_.top_return = n;
      }
    }
  }

  // Records loop `n` for inlineLoopConditions, after the loops in its body.
  void noteLoop(Node* n) {
    found_.loops.push_back(n);
    for (Node* in_condition : n->blocks()[1]->nodes()) {
      if (!in_condition->blocks().empty()) found_.plain_conditions = false;
      if (in_condition->kind() == kinds().raise_exception) found_.raises = true;
    }
  }

  Graph& graph_;
  VariableTable& variables_;  // each variable's last stored value (its type is the variable's)
  ControlFlowFound& found_;
  Node* loop_ = nullptr;  // the innermost loop whose body is being walked
  // What the nested blocks being finished assigned, innermost last (see assignedIn): one
  // buffer for the whole walk instead of a vector per block.
  std::vector<Assignment> assigned_;
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

  // `exits`: every break and continue, in graph order (ControlFlowLoadStores finds them).
  void run(const SmallVector<ControlFlowFound::Exit, 8>& exits) {
    {
      WithInsertPoint front(graph_, graph_.block()->paramNode()->next());
      false_ = graph_.insertConstant(Constant::boolean(false));
    }
    for (const ControlFlowFound::Exit& exit : exits) replace(exit.node, exit.loop);
  }

 private:
  void addLoopCarriedOutputs(Node* continuation, Node* loop) {
    WithInsertPoint guard(graph_, continuation);
    for (Value* out : loop->blocks()[0]->outputs()) {
      Node* load = graph_.insertNode(graph_.createClone(out->node(), [](Value* v) { return v; }));
      continuation->addInput(load->output());
    }
  }

  // [book:loop-continuations]
  // Replaces `n`, a break or continue in the body of `loop`.
  void replace(Node* n, Node* loop) {
    Node* continuation = graph_.create("prim::LoopContinuation", 0)->insertAfter(n);
    continuation->setSourceRange(n->sourceRange());
    if (n->kind() == kinds().break_stmt) {
      continuation->addInput(false_);
    } else {
      continuation->addInput(cloneConditionBefore(loop->blocks()[1], n));
    }
    addLoopCarriedOutputs(continuation, loop);
    n->destroy();
  }
  // [/book:loop-continuations]

  Graph& graph_;
  Value* false_ = nullptr;
};

// Moves the nodes of `block` in front of `before`, keeping their order.
void moveBlockBefore(Block* block, Node* before) {
  for (Node* n = block->paramNode()->next(); n != block->returnNode();) {
    Node* next = n->next();  // read first: moving `n` relinks it
    n->moveBefore(before);
    n = next;
  }
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

// Every loop in `block`, inner loops first.
void inlineLoopConditions(Block* block) {
  const NodeKinds& kind = kinds();
  for (Node* n : block->nodes()) {  // inlining a condition changes nothing after the loop
    for (Block* b : n->blocks()) inlineLoopConditions(b);
    if (n->kind() == kind.loop) inlineLoopCondition(n);
  }
}

// The same with the loops ControlFlowLoadStores found, without walking the graph when
// they are all there is.
void inlineLoopConditions(Graph& graph, const ControlFlowFound& found) {
  if (!found.plain_conditions) return inlineLoopConditions(graph.block());
  for (Node* loop : found.loops) inlineLoopCondition(loop);
}

// [book:erase-load-stores]
class EraseLoadStores {
 public:
  explicit EraseLoadStores(VariableTable& values) : values_(values) {}
  void run(Block* block) {
    values_.enterBlock();
    const NodeKinds& kind = kinds();
    Node* next = nullptr;
    for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
      next = n->next();  // read first: `n` goes away
      if (n->kind() == kind.load) {  // (the commonest node here)
        n->output()->replaceAllUsesWith(values_.find(nameOf(n)));
        n->destroy();
      } else if (n->kind() == kind.store) {
        values_.set(nameOf(n), n->input(0));
        n->destroy();
      } else if (n->kind() == kind.comprehension_scope) {
        // A comprehension's own block ends here; its nodes move out in front of it.
        Block* body = n->blocks()[0];
        run(body);
        moveBlockBefore(body, n);
        n->destroy();
      } else {
        for (Block* b : n->blocks()) run(b);
      }
    }
    values_.leaveBlock();
  }
// [/book:erase-load-stores]

 private:
  VariableTable& values_;
};

}  // namespace

// [book:convert-to-ssa]
ExitsSeen convertToSSA(Graph& graph) {
  VariableTable variables;  // (for both steps that track variables: set up once)
  ControlFlowFound found;   // (what the first step's walk meets, for the later ones)
  ControlFlowLoadStores(graph, variables, found).run();
  LoopContinuations(graph).run(found.exits);
  inlineLoopConditions(graph, found);
  EraseLoadStores(variables).run(graph.block());
  graph.releaseScaffolding();
  // What transformExits needs to look for. Loop exits: breaks and continues (now
  // prim::LoopContinuation), and raises, whose blocks end there too. Returns: none but one in
  // the top block, with no raise, is the usual function. (The walk did not visit a condition
  // with blocks: that may hold anything.)
  bool unseen = !found.plain_conditions;
  ExitsSeen seen;
  seen.loop_exits = !found.exits.empty() || found.raises || unseen;
  if (found.returns == 1 && !found.raises && !unseen) seen.sole_return = found.top_return;
  // And whether an If tests another If's result, which inlineConsecutiveIfs looks for.
  seen.if_tests_if = unseen;
  for (Node* n : found.ifs) {
    if (n->input(0)->node()->kind() == kinds().if_) seen.if_tests_if = true;
  }
  return seen;
}
// [/book:convert-to-ssa]

}  // namespace minijit
