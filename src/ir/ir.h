// The graph IR: a Graph owns Nodes arranged in Blocks; Nodes consume and produce Values.
// It is upstream TorchScript's SSA form: control flow is nodes with nested blocks
// (prim::If, prim::Loop) and block parameters/returns instead of phi nodes.
// Book chapter 5 ("Emitting SSA") introduces it; chapter 1 shows a printed graph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "types/constant.h"
#include "types/schema.h"
#include "types/type.h"
#include "util/recycling_allocator.h"
#include "util/small_vector.h"
#include "util/source.h"

namespace minijit {

class Graph;
class Block;
class Node;
class Value;

// One use of a Value: input number `offset` of `user`.
struct Use {
  Node* user;
  size_t offset;
  bool operator==(const Use& other) const { return user == other.user && offset == other.offset; }
};

// A node's attributes, usually one (see util/recycling_allocator.h).
using Attribute = std::pair<std::string, Constant>;
using AttributeList = std::vector<Attribute, RecyclingAllocator<Attribute>>;

// [book:value-lists]
// A node's inputs or outputs, a block's parameters or results: short lists, kept inline.
using ValueList = SmallVector<Value*, 3>;
using UseList = SmallVector<Use, 2>;
// [/book:value-lists]
// A node's nested blocks: an If's two, a Loop's body and condition (no malloc for either).
using BlockList = SmallVector<Block*, 2>;

// [book:name-entry]
// One debug name, interned in its graph's name table (Graph::NameTable): naming a value
// copies no string, and a rename compares no characters beyond the table's one check. (The
// variables of Loads and Stores are interned in a table of their own, in the same form.)
//
// Upstream keeps a string in every value and a map from name to value, and a few of its
// renames leave them disagreeing: two values with the same name, or a name the map gives to
// no one (see Value::setDebugName). To reproduce that exactly, an entry has at most one
// value (`user`), says whether the map gives it the name (`mapped`), and a second value
// with the same text gets a `detached` copy that is not in the table.
struct NameEntry {
  NameEntry(std::string_view name, size_t name_hash) : text(name), hash(name_hash) {}
  std::string text;
  size_t hash = 0;         // NameTable::hash(text)
  Value* user = nullptr;   // the value with this debug name, if any
  size_t last_suffix = 0;  // as a base name: 1 + the last `text.N` given out (0: none yet)
  bool mapped = false;     // upstream's name map gives this name to `user`
  bool detached = false;   // a copy outside the table (see above)
};
// [/book:name-entry]

// [book:value]
// A Value is produced by exactly one Node (block parameters are outputs of the block's
// prim::Param node). `unique()` numbers every Value ever created in the graph, in order of
// creation; it is what prints when the value has no debug name (`%21`).
class Value {
 public:
  Node* node() const { return node_; }
  size_t offset() const { return offset_; }
  size_t unique() const { return unique_; }
  const TypePtr& type() const { return type_ ? type_ : Type::tensor(); }
  Value* setType(TypePtr type) {
    type_ = std::move(type);
    return this;
  }
  const UseList& uses() const { return uses_; }
  bool hasUses() const { return !uses_.empty(); }

  bool hasDebugName() const { return name_ != nullptr; }
  const std::string& debugName() const { return name_ ? name_->text : kNoName; }
  // Gives this value `name`. If another value holds it already, that one is renamed to
  // `name.N` (see Graph::NameTable), exactly as upstream does.
  Value* setDebugName(const std::string& name);
  // The same with `name`'s hash, Graph::nameHash(name), computed already (a variable's Loads
  // all take the variable's name: the emitter hashes it once, not once per read).
  Value* setDebugName(const std::string& name, size_t name_hash);
  // What a caller that gives many values the same name keeps between the calls (the emitter's
  // Loads: every read of `x` names its result `x`, renaming the previous holder): the name's
  // hash, and its entry in the graph's table once that entry is sure to stay (a base name
  // that has given out a suffix is never forgotten), so that the call skips the lookup.
  // A hint belongs to one graph and one name.
  struct NameHint {
    size_t hash = 0;             // Graph::nameHash(name) (0: not computed yet)
    NameEntry* entry = nullptr;  // the name's lasting entry, once it has one
  };
  Value* setDebugName(const std::string& name, NameHint& hint);
  // `%rv.1` or `%21` without the '%'.
  std::string displayName() const;
// [/book:value]

  void replaceAllUsesWith(Value* other);
  Graph* owningGraph() const;

 private:
  friend class Node;
  friend class Graph;
  Value(Node* node, size_t offset, size_t unique)
      : node_(node), offset_(static_cast<uint32_t>(offset)), unique_(static_cast<uint32_t>(unique)) {}
  Node* node_;
  uint32_t offset_;  // (32-bit: a graph has far fewer than 4 billion values)
  uint32_t unique_;
  static const std::string kNoName;
  void clearName();                 // upstream's erase of this value's name from the map
  // setDebugName with `name`'s hash; `*lasting`, if given, caches the name's entry (NameHint).
  Value* setDebugName(const std::string& name, size_t name_hash, NameEntry** lasting);
  void takeName(NameEntry* entry);  // this value gets `entry`, and the map gives it to it
  TypePtr type_;  // null means Tensor, the default (no reference-count update per value)
  NameEntry* name_ = nullptr;  // the debug name, interned (null: none)
  UseList uses_;
};

// A Node is one operation: `kind` names it ("aten::add", "prim::If"), it reads `inputs`,
// defines `outputs`, may own nested `blocks`, and remembers the source range it came from.
class Node {
 public:
  const std::string& kind() const { return *kind_; }
  const ValueList& inputs() const { return inputs_; }
  const ValueList& outputs() const { return outputs_; }
  Value* input(size_t i) const { return inputs_.at(i); }
  Value* output(size_t i = 0) const { return outputs_.at(i); }
  const BlockList& blocks() const { return extra_->blocks; }
  Block* owningBlock() const { return owning_block_; }
  Graph* owningGraph() const { return graph_; }
  Node* next() const { return next_; }
  Node* prev() const { return prev_; }

  // The range is kept as offsets into a Source the graph holds (see Graph::keepSource), so
  // setting it costs no reference-count update; reading it (errors, printing) rebuilds it.
  SourceRange sourceRange() const;
  Node* setSourceRange(const SourceRange& range);

  // The operator schema an aten/prim operator node was resolved to (null for control flow).
  const FunctionSchema* schema() const { return schema_; }
  Node* setSchema(const FunctionSchema* schema) {
    schema_ = schema;
    return this;
  }

  // The graph a function constant (`prim::Constant[name="f"]`) stands for; prim::CallFunction
  // runs it.
  const std::shared_ptr<const Graph>& calledGraph() const { return extra_->called_graph; }
  Node* setCalledGraph(std::shared_ptr<const Graph> graph) {
    extra().called_graph = std::move(graph);
    return this;
  }

  // The variable a prim::Load reads or a prim::Store writes, interned in the graph's table
  // of variable names (null on other nodes): one string per variable, so SSA conversion
  // tells variables apart by the string's address. It is upstream's `name` attribute, kept
  // apart because an attribute (a 128-byte pair<string, Constant>) per Load and Store cost
  // more than the rest of the node. The printer shows it as `[name="x"]`.
  const std::string* variableName() const { return variable_; }
  Node* setVariableName(std::string_view name);
  // The same without a lookup: `variable` is what variableName() of another Load or Store of
  // this graph returned.
  Node* shareVariableName(const std::string* variable) {
    variable_ = variable;
    return this;
  }

  // Attributes (`[value=1]`). prim::Constant keeps its value under "value".
  bool hasAttribute(const std::string& name) const;
  const Constant& attribute(const std::string& name) const;
  Node* setAttribute(const std::string& name, Constant value);
  const AttributeList& attributes() const { return extra_->attributes; }

  // (Inline: the emitter adds an input to nearly every node it makes.)
  Value* addInput(Value* value) {
    value->uses_.push_back(Use{this, inputs_.size()});
    inputs_.push_back(value);
    return value;
  }
  void insertInput(size_t i, Value* value);
  void replaceInput(size_t i, Value* value);
  void removeInput(size_t i);
  void removeAllInputs();
  Value* addOutput();
  Value* insertOutput(size_t i);
  void eraseOutput(size_t i);
  // Puts the existing outputs in a new order (`order` is a permutation of outputs()).
  void reorderOutputs(const std::vector<Value*>& order);
  Block* addBlock();
  // Removes block `i` (its nodes are destroyed with it).
  void eraseBlock(size_t i);

  // Linking into a block's node list. The node must not be in a list already.
  Node* insertBefore(Node* n);
  Node* insertAfter(Node* n);
  void moveBefore(Node* n);
  void moveAfter(Node* n);
  // Unlinks the node and drops its inputs; its outputs must have no uses.
  void destroy();
  bool inBlockList() const { return next_ != nullptr; }
  // True if this node comes before `other` in the same block.
  bool isBefore(const Node* other) const;

 private:
  friend class Graph;
  friend class Block;
  friend class Value;
  Node(Graph* graph, std::string_view kind) : graph_(graph), kind_(internKind(kind)) {}
  Node(Graph* graph, const std::string* interned_kind) : graph_(graph), kind_(interned_kind) {}

 public:
  // The one shared copy of a kind string: creating a node allocates no string, and every
  // node of one kind returns the very same string from kind() (see InternedKind).
  static const std::string* internKind(std::string_view kind);

 private:
  void removeFromList();
  void dropInput(size_t i);

  Graph* graph_;
  const std::string* kind_;
  ValueList inputs_;
  ValueList outputs_;
  Block* owning_block_ = nullptr;
  Node* next_ = nullptr;
  Node* prev_ = nullptr;
  const Source* range_source_ = nullptr;
  uint32_t range_start_ = 0;  // (32-bit: a source is far shorter than 4 GiB)
  uint32_t range_end_ = 0;
  const std::string* variable_ = nullptr;  // see variableName()
  const FunctionSchema* schema_ = nullptr;
  // What few nodes have (blocks: If and Loop; a called graph: function constants;
  // attributes: constants and a few operators), apart, so that every other node is 56 bytes
  // smaller (a compile makes over a thousand nodes, most of them Loads, Stores and operators).
  // Made on first change, from the graph's pool; until then the node shares kNoExtra (empty),
  // so that reading blocks() or attributes() costs no test.
  struct Extra {
    BlockList blocks;
    std::shared_ptr<const Graph> called_graph;
    AttributeList attributes;
  };
  static Extra kNoExtra;
  Extra* extra_ = &kNoExtra;
  Extra& extra();
};

// [book:interned-kind]
// A node kind, interned once, for kind tests that compare one address instead of the
// characters: `if (n->kind() == kinds.loop)`, with `InternedKind loop{"prim::Loop"}` made
// once (a static). Only a node's own kind() compares equal, never a copy of the string.
class InternedKind {
 public:
  explicit InternedKind(std::string_view kind) : kind_(Node::internKind(kind)) {}
  friend bool operator==(const std::string& node_kind, const InternedKind& k) {
    return &node_kind == k.kind_;
  }
  bool operator==(const InternedKind& other) const { return kind_ == other.kind_; }
  const std::string& name() const { return *kind_; }

 private:
  const std::string* kind_;
};
// [/book:interned-kind]

// The kinds the emitter's SSA conversion, the exit transforms and the passes test, interned
// once: `if (n->kind() == kinds().loop)`.
struct NodeKinds {
  InternedKind constant{"prim::Constant"};
  InternedKind if_{"prim::If"};
  InternedKind loop{"prim::Loop"};
  InternedKind load{"prim::Load"};
  InternedKind store{"prim::Store"};
  InternedKind comprehension_scope{"prim::ComprehensionScope"};
  InternedKind continue_stmt{"prim::ContinueStmt"};
  InternedKind break_stmt{"prim::BreakStmt"};
  InternedKind return_stmt{"prim::ReturnStmt"};
  InternedKind loop_continuation{"prim::LoopContinuation"};
  InternedKind raise_exception{"prim::RaiseException"};
  InternedKind tuple_construct{"prim::TupleConstruct"};
  InternedKind tuple_unpack{"prim::TupleUnpack"};
  InternedKind tuple_index{"prim::TupleIndex"};
  InternedKind empty_list_literal{"prim::EmptyListLiteral"};
};
inline const NodeKinds& kinds() {
  static const NodeKinds interned;
  return interned;
}

// [book:block]
// A Block is a list of nodes with parameters (`inputs`) and results (`outputs`). The graph
// has one top-level block; prim::If and prim::Loop nodes own nested blocks.
class Block {
 public:
  const ValueList& inputs() const;
  const ValueList& outputs() const;
  Value* addInput(const std::string& name = "");
  Value* insertInput(size_t i, const std::string& name = "");
  void eraseInput(size_t i);
  size_t registerOutput(Value* value);
  void insertOutput(size_t i, Value* value);
  void eraseOutput(size_t i);
  Node* owningNode() const { return owning_node_; }
  Graph* owningGraph() const { return graph_; }
  // The sentinel nodes: block parameters are the outputs of paramNode() (prim::Param), block
  // results the inputs of returnNode() (prim::Return). Real nodes lie between them.
  Node* paramNode() const { return param_; }
  Node* returnNode() const { return return_; }
// [/book:block]

  // Iteration over the real nodes: for (Node* n : block->nodes()).
  class NodeRange {
   public:
    class iterator {
     public:
      explicit iterator(Node* n) : n_(n) {}
      Node* operator*() const { return n_; }
      iterator& operator++() {
        n_ = n_->next();
        return *this;
      }
      bool operator!=(const iterator& other) const { return n_ != other.n_; }

     private:
      Node* n_;
    };
    NodeRange(Node* first, Node* end) : first_(first), end_(end) {}
    iterator begin() const { return iterator(first_); }
    iterator end() const { return iterator(end_); }

   private:
    Node* first_;
    Node* end_;
  };
  NodeRange nodes() const { return NodeRange(param_->next(), return_); }
  // Nodes collected into a list first, safe against changes to the list while iterating.
  // (Inline storage: most blocks are short, and this is called in every pass.)
  SmallVector<Node*, 16> nodeList() const;

 private:
  friend class Graph;
  friend class Node;
  Block(Graph* graph, Node* owning_node);
  Graph* graph_;
  Node* owning_node_;
  Node* param_;
  Node* return_;
};

// A Graph owns every node, value and block created in it. New nodes are inserted at the
// insertion point, which is "at the end of a block" or "before a node".
class Graph {
 public:
  Graph();
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  Block* block() const { return block_; }
  const ValueList& inputs() const { return block_->inputs(); }
  const ValueList& outputs() const { return block_->outputs(); }
  Value* addInput(const std::string& name = "") { return block_->addInput(name); }
  size_t registerOutput(Value* value) { return block_->registerOutput(value); }

  // Creates a node with `num_outputs` outputs (not yet inserted anywhere).
  Node* create(std::string_view kind, size_t num_outputs = 1);
  Node* create(std::string_view kind, const std::vector<Value*>& inputs, size_t num_outputs = 1);
  // The same for a kind interned already (`graph.create(kinds().load)`): no string to look up.
  Node* create(const InternedKind& kind, size_t num_outputs = 1);
  // Inserts `node` at the insertion point.
  Node* insertNode(Node* node);
  // Creates and inserts a prim::Constant holding `value`.
  Value* insertConstant(const Constant& value, SourceRange range = {});

  // Keeps the Source of `range` alive as long as the graph (nodes' ranges point into it).
  void keepSource(const SourceRange& range);

  void setInsertPoint(Block* block);  // append to the end of `block`
  void setInsertPoint(Node* node);    // insert before `node`
  Node* insertPoint() const { return insert_before_; }

  // A copy of `node` (not inserted): same kind, attributes, range and schema, inputs mapped
  // through `value_map`, new outputs with the same types and debug names, blocks copied.
  Node* createClone(const Node* node, const std::function<Value*(Value*)>& value_map);

  // Frees the memory of the Load and Store nodes SSA conversion has removed (all of them;
  // a live one is a bug, reported as std::logic_error). Loads made later get a new pool.
  void releaseScaffolding();
  // Shrinks what the graph keeps for further editing (the name table) once it is final.
  void shrinkToFit() { unique_names_.shrinkToFit(); }

  // The hash the graph's name table files `name` under (see Value::setDebugName).
  static size_t nameHash(std::string_view name) { return NameTable::hash(name); }

  // Whole-graph printing in upstream's format.
  std::string toString(bool print_source_locations = true) const;

 private:
  friend class Value;
  friend class Node;
  friend class Block;
  Value* newValue(Node* node, size_t offset);

  // Every node, value and block lives until the graph dies, so they are carved from
  // chunks of 64 that the graph takes from ChunkSource (ir.cpp) and gives back when it dies.
  template <typename T>
  class Pool {
   public:
    Pool() = default;
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;
    ~Pool() { clear(); }
    template <typename... Args>
    T* make(Args&&... args);
    void clear();  // destroys every object made
    template <typename F>
    void forEach(F f) const {
      for (size_t c = 0; c < chunks_.size(); ++c) {
        size_t count = c + 1 == chunks_.size() ? used_in_last_ : kChunk;
        for (size_t i = 0; i < count; ++i) f(chunks_[c][i]);
      }
    }

   private:
    static constexpr size_t kChunk = 64;
    void addChunk();
    std::vector<T*> chunks_;
    size_t used_in_last_ = kChunk;
  };
  Pool<Node> all_nodes_;
  Pool<Value> all_values_;
  Pool<Block> all_blocks_;
  Pool<Node::Extra> node_extras_;
  // [book:scaffolding]
  // prim::Load and prim::Store nodes (and Load results) are scaffolding: the emitter writes
  // them, SSA conversion removes every one. They have pools of their own, which
  // releaseScaffolding() frees: otherwise more than half of a compiled graph's nodes are dead.
  Pool<Node> scaffold_nodes_;
  Pool<Value> scaffold_values_;
  // [/book:scaffolding]
  bool isScaffolding(const std::string* interned_kind) const {
    return interned_kind == load_kind_ || interned_kind == store_kind_;
  }
  // The interned kinds of Loads and Stores, kept by each graph: every node made asks whether
  // it is scaffolding, and kinds() checks its static's guard on each call.
  const std::string* load_kind_ = &kinds().load.name();
  const std::string* store_kind_ = &kinds().store.name();
  Node* createNode(const std::string* interned_kind, size_t num_outputs);
  size_t next_unique_ = 0;
  // [book:debug-names]
  // Debug names, interned (see NameEntry): a flat open-addressing table of entries, 8 bytes
  // a slot, over NameEntry objects the table owns.
  // Naming is the emitter's most frequent operation (every variable read names a Load's
  // result, which renames the previous holder to `x.N`), so a name is hashed once per call
  // and compared only when the hashes match. The entry of a base name also keeps upstream's
  // name_base_suffix_ counter (rv.1, rv.3, rv.5, ... in order of renaming).
  class NameTable {
   public:
    // FNV-1a (names are short); `h` continues the hash of a prefix.
    static size_t hash(std::string_view name, size_t h = 14695981039346656037ull);
    NameEntry* find(std::string_view name, size_t hash) const;
    // The entry for `name`, added (with no value) if there is none.
    NameEntry* intern(std::string_view name);
    NameEntry* intern(std::string_view name, size_t hash);
    // The entry of the first `base.N`, N = `suffix` or more, that the map gives to no one
    // (added if new); records N + 1 as `base`'s last suffix (upstream's counter).
    NameEntry* firstFreeSuffix(NameEntry* base, size_t suffix);
    // `entry` has just lost its value: it is forgotten, and its memory reused, unless it
    // still counts suffixes for its base.
    void release(NameEntry* entry);
    // A detached entry with `entry`'s text (see NameEntry).
    NameEntry* detachedCopy(const NameEntry* entry);
    void shrinkToFit() { rebuild(2); }  // the kept names only, the table half full

   private:
    // (A slot holds only the entry, whose hash a probe reads there: 8 bytes a slot rather
    // than 16 with the hash beside it. The table of a long function has a thousand slots,
    // and every compile writes them all.)
    struct Slot {
      NameEntry* entry = nullptr;  // null: empty
    };
    void grow() { rebuild(4); }
    void rebuild(size_t room);  // live names only, in room x their count slots (or more)
    NameEntry* newEntry(std::string_view name, size_t hash);
    std::vector<Slot> slots_;
    size_t used_ = 0;  // slots filled
    Pool<NameEntry> entries_;
    std::vector<NameEntry*> free_;  // released entries, reused before new ones are made
    // Where firstFreeSuffix builds candidate names, kept so that its buffer is reused, and the
    // base name whose text it starts with (null: none).
    std::string scratch_;
    const NameEntry* scratch_base_ = nullptr;
  };
  NameTable unique_names_;
  // [/book:debug-names]
  // The variables of Loads and Stores: apart from the debug names so that a variable's string
  // is never also some value's own name (setDebugName tells a value's own name by its
  // address). Made with the first Load or Store, dropped with the scaffolding: a compiled
  // function keeps none of it.
  std::unique_ptr<NameTable> variable_names_;
  std::vector<SourcePtr> sources_;  // every Source a node's range points into
  Block* block_;
  Node* insert_before_;
};

// Sets the graph's insertion point for the lifetime of the guard, then restores it.
class WithInsertPoint {
 public:
  WithInsertPoint(Graph& graph, Node* before) : graph_(graph), saved_(graph.insertPoint()) {
    graph.setInsertPoint(before);
  }
  WithInsertPoint(Graph& graph, Block* block) : graph_(graph), saved_(graph.insertPoint()) {
    graph.setInsertPoint(block);
  }
  ~WithInsertPoint() { graph_.setInsertPoint(saved_); }

 private:
  Graph& graph_;
  Node* saved_;
};

}  // namespace minijit
