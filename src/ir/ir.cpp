// Graph, Block, Node and Value: construction, use lists, list surgery and naming.
#include "ir/ir.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <new>
#include <stdexcept>
#include <unordered_set>

namespace minijit {

// ---- Value ----

Graph* Value::owningGraph() const { return node_->owningGraph(); }

std::string Value::displayName() const {
  return hasDebugName() ? debug_name_ : std::to_string(unique_);
}

Value* Value::setDebugName(const std::string& name) {
  Graph* graph = owningGraph();
  auto& names = graph->unique_names_;
  if (hasDebugName()) {
    names.erase(debug_name_, name_hash_);
    debug_name_.clear();
  }
  if (name.empty()) return this;
  size_t hash = Graph::NameTable::hash(name);
  bool name_is_old_owners = false;
  if (Value* old_owner = names.find(name, hash)) {
    // `name` can be the old owner's own name (createClone passes `output->debugName()`):
    // renaming the old owner then changes it, and this value takes the new name, as
    // upstream's does.
    name_is_old_owners = &name == &old_owner->debug_name_;
    // `name` may itself end in `.N`: then N is the first suffix to try for its base.
    size_t suffix = 1;
    std::string_view base = name;
    size_t dot = name.find_last_of('.');
    if (dot != std::string::npos && dot + 1 != name.size() && name.size() - dot <= 18 &&
        name.find_first_not_of("0123456789", dot + 1) == std::string::npos) {
      suffix = 0;
      for (size_t i = dot + 1; i < name.size(); ++i) suffix = suffix * 10 + (name[i] - '0');
      base = base.substr(0, dot);
    }
    auto known = graph->name_base_suffix_.find(base);
    if (known == graph->name_base_suffix_.end()) {
      known = graph->name_base_suffix_.emplace(std::string(base), 0).first;
    } else {
      suffix = std::max(suffix, known->second + 1);
    }
    // The first `base.N` no value holds.
    std::string replacement(known->first);
    replacement += '.';
    size_t prefix = replacement.size();
    size_t replacement_hash;
    do {
      replacement.resize(prefix);
      char digits[20];
      size_t count = 0;
      for (size_t n = suffix++; count == 0 || n != 0; n /= 10) digits[count++] = char('0' + n % 10);
      while (count) replacement += digits[--count];
      replacement_hash = Graph::NameTable::hash(replacement);
    } while (names.find(replacement, replacement_hash) != nullptr);
    known->second = suffix;
    // The old owner gives up `name` and takes the replacement, which no one holds.
    names.erase(old_owner->debug_name_, old_owner->name_hash_);
    old_owner->debug_name_ = std::move(replacement);
    old_owner->name_hash_ = replacement_hash;
    names.assign(old_owner, replacement_hash);
  }
  debug_name_ = name;
  name_hash_ = name_is_old_owners ? Graph::NameTable::hash(debug_name_) : hash;
  names.assign(this, name_hash_);
  return this;
}

// ---- Graph::NameTable: open addressing, linear probing, power-of-two capacity ----

size_t Graph::NameTable::hash(std::string_view name) {
  size_t h = 14695981039346656037ull;  // FNV-1a: names are short
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

size_t Graph::NameTable::probe(std::string_view name, size_t hash) const {
  if (slots_.empty()) return std::string::npos;
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.value == nullptr) return std::string::npos;  // never filled: not here
    if (slot.hash == hash && live(slot) && slot.value->debugName() == name) return i;
  }
}

Value* Graph::NameTable::find(std::string_view name, size_t hash) const {
  size_t i = probe(name, hash);
  return i == std::string::npos ? nullptr : slots_[i].value;
}

void Graph::NameTable::erase(std::string_view name, size_t hash) {
  size_t i = probe(name, hash);
  if (i == std::string::npos) return;
  slots_[i].value = erased();  // probing continues past an erased slot...
  // ...unless the slot after it was never filled: then no probe needs to pass, and the
  // erased slots ending here can be unfilled again (names come and go all the time).
  size_t mask = slots_.size() - 1;
  if (slots_[(i + 1) & mask].value != nullptr) return;
  while (slots_[i].value == erased()) {
    slots_[i] = Slot{};
    --used_;
    i = (i - 1) & mask;
  }
}

// [book:name-table-assign]
void Graph::NameTable::assign(Value* value, size_t hash) {
  if ((used_ + 1) * 2 > slots_.size()) grow();  // at most half full, erased slots included
  const std::string& name = value->debugName();
  size_t mask = slots_.size() - 1;
  size_t reuse = std::string::npos;  // the first erased slot on the way
  size_t i = hash & mask;
  for (;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.value == nullptr) break;
    if (slot.value == erased()) {
      if (reuse == std::string::npos) reuse = i;
    } else if (slot.hash == hash && slot.value->debugName() == name) {
      slot.value = value;  // a new holder
      return;
    }
  }
  if (reuse != std::string::npos) {
    slots_[reuse] = Slot{hash, value};
    return;
  }
  slots_[i] = Slot{hash, value};
  ++used_;
}
// [/book:name-table-assign]

void Graph::NameTable::rebuild(size_t room) {
  std::vector<Slot> old;
  old.swap(slots_);
  size_t live_names = 0;
  for (const Slot& slot : old) live_names += live(slot);
  size_t capacity = room >= 4 ? 64 : 16;  // (a growing table starts roomy)
  while (capacity < (live_names + 1) * room) capacity *= 2;
  slots_.assign(capacity, Slot{});
  used_ = 0;
  for (const Slot& slot : old) {
    if (!live(slot)) continue;
    size_t k = slot.hash & (capacity - 1);
    while (slots_[k].value != nullptr) k = (k + 1) & (capacity - 1);
    slots_[k] = slot;
    ++used_;
  }
}

void Value::replaceAllUsesWith(Value* other) {
  if (other == this) return;
  UseList uses = uses_;
  for (const Use& use : uses) use.user->replaceInput(use.offset, other);
}

// ---- Node ----

const std::string* Node::internKind(std::string_view kind) {
  // Most kinds are string literals at the call site: a small per-thread cache remembers where
  // each was seen, so the shared table (a hash and a lock) is consulted once per call site.
  // The cached entry is only trusted after comparing the characters.
  struct Seen {
    const char* data = nullptr;
    const std::string* interned = nullptr;
  };
  thread_local Seen seen[64];
  Seen& slot = seen[(reinterpret_cast<uintptr_t>(kind.data()) >> 3) & 63];
  if (slot.data == kind.data() && slot.interned && *slot.interned == kind) return slot.interned;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  static std::mutex mutex;
  static std::unordered_set<std::string, Hash, std::equal_to<>> kinds;
  std::lock_guard<std::mutex> lock(mutex);
  auto found = kinds.find(kind);
  if (found == kinds.end()) found = kinds.emplace(kind).first;
  slot = Seen{kind.data(), &*found};
  return &*found;
}

static void dropUsesRecursively(Node* node);

bool Node::hasAttribute(const std::string& name) const {
  return std::any_of(attributes_.begin(), attributes_.end(),
                     [&](const auto& a) { return a.first == name; });
}

const Constant& Node::attribute(const std::string& name) const {
  for (const auto& [key, value] : attributes_) {
    if (key == name) return value;
  }
  throw std::logic_error("node " + *kind_ + " has no attribute " + name);
}

Node* Node::setAttribute(const std::string& name, Constant value) {
  for (auto& [key, existing] : attributes_) {
    if (key == name) {
      existing = std::move(value);
      return this;
    }
  }
  attributes_.emplace_back(name, std::move(value));
  return this;
}

Value* Node::addInput(Value* value) {
  value->uses_.push_back(Use{this, inputs_.size()});
  inputs_.push_back(value);
  return value;
}

void Node::insertInput(size_t i, Value* value) {
  // Shift the offsets recorded in the uses of the inputs after position i.
  for (size_t j = i; j < inputs_.size(); ++j) {
    for (Use& use : inputs_[j]->uses_) {
      if (use.user == this && use.offset == j) {
        use.offset = j + 1;
        break;
      }
    }
  }
  inputs_.insert(inputs_.begin() + static_cast<std::ptrdiff_t>(i), value);
  value->uses_.push_back(Use{this, i});
}

void Node::dropInput(size_t i) {
  auto& uses = inputs_[i]->uses_;
  auto it = std::find(uses.begin(), uses.end(), Use{this, i});
  if (it != uses.end()) uses.erase(it);
}

void Node::replaceInput(size_t i, Value* value) {
  dropInput(i);
  inputs_[i] = value;
  value->uses_.push_back(Use{this, i});
}

void Node::removeInput(size_t i) {
  dropInput(i);
  for (size_t j = i + 1; j < inputs_.size(); ++j) {
    for (Use& use : inputs_[j]->uses_) {
      if (use.user == this && use.offset == j) {
        use.offset = j - 1;
        break;
      }
    }
  }
  inputs_.erase(inputs_.begin() + static_cast<std::ptrdiff_t>(i));
}

void Node::removeAllInputs() {
  for (size_t i = 0; i < inputs_.size(); ++i) dropInput(i);
  inputs_.clear();
}

Value* Node::addOutput() {
  Value* value = graph_->newValue(this, outputs_.size());
  outputs_.push_back(value);
  return value;
}

Value* Node::insertOutput(size_t i) {
  Value* value = graph_->newValue(this, i);
  outputs_.insert(outputs_.begin() + static_cast<std::ptrdiff_t>(i), value);
  for (size_t j = i + 1; j < outputs_.size(); ++j) outputs_[j]->offset_ = j;
  return value;
}

void Node::eraseOutput(size_t i) {
  if (outputs_[i]->hasUses()) throw std::logic_error("erasing an output that is still used");
  outputs_[i]->setDebugName("");
  outputs_.erase(outputs_.begin() + static_cast<std::ptrdiff_t>(i));
  for (size_t j = i; j < outputs_.size(); ++j) outputs_[j]->offset_ = j;
}

void Node::reorderOutputs(const std::vector<Value*>& order) {
  outputs_ = order;
  for (size_t j = 0; j < outputs_.size(); ++j) outputs_[j]->offset_ = j;
}

Block* Node::addBlock() {
  blocks_.push_back(graph_->all_blocks_.make(graph_, this));
  return blocks_.back();
}

void Node::eraseBlock(size_t i) {
  Block* block = blocks_.at(i);
  for (Node* n : block->nodeList()) dropUsesRecursively(n);
  block->returnNode()->removeAllInputs();
  for (Node* n : block->nodeList()) {
    for (Value* out : n->outputs()) out->setDebugName("");
    n->removeFromList();
  }
  blocks_.erase(blocks_.begin() + static_cast<std::ptrdiff_t>(i));
}

Node* Node::insertBefore(Node* n) {
  owning_block_ = n->owning_block_;
  prev_ = n->prev_;
  next_ = n;
  n->prev_->next_ = this;
  n->prev_ = this;
  return this;
}

Node* Node::insertAfter(Node* n) { return insertBefore(n->next_); }

void Node::removeFromList() {
  prev_->next_ = next_;
  next_->prev_ = prev_;
  prev_ = next_ = nullptr;
  owning_block_ = nullptr;
}

void Node::moveBefore(Node* n) {
  removeFromList();
  insertBefore(n);
}

void Node::moveAfter(Node* n) {
  removeFromList();
  insertAfter(n);
}

// Drops every use this node and the nodes nested in its blocks make, so that nothing the
// node reads still lists it as a user once it is gone.
static void dropUsesRecursively(Node* node) {
  for (Block* block : node->blocks()) {
    for (Node* inner : block->nodeList()) dropUsesRecursively(inner);
    block->returnNode()->removeAllInputs();
  }
  node->removeAllInputs();
}

void Node::destroy() {
  for (Value* out : outputs_) {
    if (out->hasUses()) throw std::logic_error("destroying " + *kind_ + " whose output is used");
    out->setDebugName("");
  }
  dropUsesRecursively(this);
  if (inBlockList()) removeFromList();
  // The node's storage stays with the graph, but what it owns goes back to the allocator now:
  // the compile reuses it instead of touching fresh memory (most Loads and Stores die so).
  AttributeList().swap(attributes_);
  called_graph_.reset();
}

bool Node::isBefore(const Node* other) const {
  for (const Node* n = next_; n != nullptr; n = n->next_) {
    if (n == other) return true;
    if (n == owning_block_->returnNode()) break;
  }
  return false;
}

// ---- Block ----

Block::Block(Graph* graph, Node* owning_node) : graph_(graph), owning_node_(owning_node) {
  param_ = graph->all_nodes_.make(graph, "prim::Param");
  return_ = graph->all_nodes_.make(graph, "prim::Return");
  param_->owning_block_ = return_->owning_block_ = this;
  param_->next_ = return_;
  return_->prev_ = param_;
  // The sentinels point at each other on their open ends so list walks stop cleanly.
  param_->prev_ = return_;
  return_->next_ = param_;
}

const ValueList& Block::inputs() const { return param_->outputs(); }
const ValueList& Block::outputs() const { return return_->inputs(); }

Value* Block::addInput(const std::string& name) {
  Value* value = param_->addOutput();
  if (!name.empty()) value->setDebugName(name);
  return value;
}

Value* Block::insertInput(size_t i, const std::string& name) {
  Value* value = param_->insertOutput(i);
  if (!name.empty()) value->setDebugName(name);
  return value;
}

void Block::eraseInput(size_t i) { param_->eraseOutput(i); }

size_t Block::registerOutput(Value* value) {
  return_->addInput(value);
  return return_->inputs().size() - 1;
}

void Block::insertOutput(size_t i, Value* value) { return_->insertInput(i, value); }
void Block::eraseOutput(size_t i) { return_->removeInput(i); }

SmallVector<Node*, 16> Block::nodeList() const {
  size_t count = 0;
  for (Node* n = param_->next(); n != return_; n = n->next()) ++count;
  SmallVector<Node*, 16> list;
  list.reserve(count);
  for (Node* n : nodes()) list.push_back(n);
  return list;
}

// ---- Graph ----

namespace {

// [book:chunk-source]
// Where graph pools get their chunks. Compiled functions keep their graphs, so every compile
// needs memory no one has touched yet, and touching a fresh page costs a page fault (about
// 2 us on this machine: 0.2 ms per compile of the 150-line benchmark function). Chunks are
// therefore carved from 1 MiB slabs that the kernel fills in one call (MAP_POPULATE), and a
// graph's chunks go back to a free list, by size, when it dies. The slabs are never returned
// to the system: the process keeps what its largest set of live graphs needed.
class ChunkSource {
 public:
  static ChunkSource& instance() {
    static ChunkSource* source = new ChunkSource();  // never destroyed: graphs may outlive statics
    return *source;
  }
  void* take(size_t bytes) {
    bytes = roundUp(bytes);
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& [size, chunks] : free_) {
      if (size == bytes && !chunks.empty()) {
        void* chunk = chunks.back();
        chunks.pop_back();
        return chunk;
      }
    }
    if (bytes > kSlab / 4) return ::operator new(bytes);
    if (left_ < bytes) {
      void* slab = mmap(nullptr, kSlab, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
      if (slab == MAP_FAILED) return ::operator new(bytes);
      next_ = static_cast<char*>(slab);
      left_ = kSlab;
    }
    void* chunk = next_;
    next_ += bytes;
    left_ -= bytes;
    return chunk;
  }
  // [/book:chunk-source]
  void give(void* chunk, size_t bytes) {
    bytes = roundUp(bytes);
    if (bytes > kSlab / 4) return ::operator delete(chunk);
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto& [size, chunks] : free_) {
      if (size == bytes) return chunks.push_back(chunk);
    }
    free_.push_back({bytes, {chunk}});
  }

 private:
  static constexpr size_t kSlab = size_t{1} << 20;
  static size_t roundUp(size_t bytes) { return (bytes + 63) & ~size_t{63}; }
  std::mutex mutex_;
  std::vector<std::pair<size_t, std::vector<void*>>> free_;  // a handful of sizes
  char* next_ = nullptr;
  size_t left_ = 0;
};

}  // namespace

template <typename T>
template <typename... Args>
T* Graph::Pool<T>::make(Args&&... args) {
  static_assert(alignof(T) <= 64, "pool chunks are 64-byte aligned");
  if (used_in_last_ == kChunk) {
    chunks_.push_back(static_cast<T*>(ChunkSource::instance().take(kChunk * sizeof(T))));
    used_in_last_ = 0;
  }
  return new (chunks_.back() + used_in_last_++) T(std::forward<Args>(args)...);
}

template <typename T>
void Graph::Pool<T>::clear() {
  for (size_t c = 0; c < chunks_.size(); ++c) {
    size_t count = c + 1 == chunks_.size() ? used_in_last_ : kChunk;
    for (size_t i = 0; i < count; ++i) chunks_[c][i].~T();
    ChunkSource::instance().give(chunks_[c], kChunk * sizeof(T));
  }
  chunks_.clear();
  used_in_last_ = kChunk;
}

Graph::Graph() {
  block_ = all_blocks_.make(this, nullptr);
  insert_before_ = block_->returnNode();
}

Graph::~Graph() = default;

bool Graph::isScaffolding(const std::string& kind) {
  return kind == kinds().load || kind == kinds().store;
}

Value* Graph::newValue(Node* node, size_t offset) {
  if (isScaffolding(node->kind())) return scaffold_values_.make(node, offset, next_unique_++);
  return all_values_.make(node, offset, next_unique_++);
}

// [book:release-scaffolding]
void Graph::releaseScaffolding() {
  // Every Load and Store must be gone: unlinked, its results unused and unnamed.
  scaffold_nodes_.forEach([](const Node& node) {
    if (node.inBlockList()) {
      throw std::logic_error("releaseScaffolding: a " + node.kind() + " is still in the graph");
    }
  });
  scaffold_values_.forEach([](const Value& value) {
    if (value.hasUses() || value.hasDebugName()) {
      throw std::logic_error("releaseScaffolding: a Load result is still used or named");
    }
  });
  scaffold_values_.clear();
  scaffold_nodes_.clear();
}
// [/book:release-scaffolding]

Node* Graph::create(std::string_view kind, size_t num_outputs) {
  const std::string* interned = Node::internKind(kind);
  Node* node = isScaffolding(*interned) ? scaffold_nodes_.make(this, interned)
                                        : all_nodes_.make(this, interned);
  for (size_t i = 0; i < num_outputs; ++i) node->addOutput();
  return node;
}

Node* Graph::create(std::string_view kind, const std::vector<Value*>& inputs,
                    size_t num_outputs) {
  Node* node = create(kind, num_outputs);
  for (Value* input : inputs) node->addInput(input);
  return node;
}

Node* Graph::createClone(const Node* node, const std::function<Value*(Value*)>& value_map) {
  Node* copy = create(node->kind(), 0);
  for (Value* input : node->inputs()) copy->addInput(value_map(input));
  for (Value* output : node->outputs()) {
    Value* out = copy->addOutput()->setType(output->type());
    if (output->hasDebugName()) out->setDebugName(output->debugName());
  }
  copy->attributes_ = node->attributes_;
  if (node->range_source_) copy->setSourceRange(node->sourceRange());
  copy->schema_ = node->schema_;
  copy->called_graph_ = node->called_graph_;
  for (const Block* block : node->blocks()) {
    Block* new_block = copy->addBlock();
    std::unordered_map<const Value*, Value*> local;
    auto map = [&](Value* v) {
      auto it = local.find(v);
      return it != local.end() ? it->second : value_map(v);
    };
    for (Value* input : block->inputs()) {
      Value* in = new_block->addInput()->setType(input->type());
      if (input->hasDebugName()) in->setDebugName(input->debugName());
      local[input] = in;
    }
    for (const Node* inner : block->nodes()) {
      Node* inner_copy = createClone(inner, map);
      inner_copy->insertBefore(new_block->returnNode());
      for (size_t i = 0; i < inner->outputs().size(); ++i) {
        local[inner->outputs()[i]] = inner_copy->outputs()[i];
      }
    }
    for (Value* output : block->outputs()) new_block->registerOutput(map(output));
  }
  return copy;
}

Node* Graph::insertNode(Node* node) { return node->insertBefore(insert_before_); }

Value* Graph::insertConstant(const Constant& value, SourceRange range) {
  Node* node = create("prim::Constant");
  if (value.kind != Constant::Kind::None) node->setAttribute("value", value);
  node->output()->setType(value.type);
  node->setSourceRange(range);
  return insertNode(node)->output();
}

void Graph::keepSource(const SourceRange& range) {
  const Source* source = range.source();
  if (!sources_.empty() && sources_.back().get() == source) return;  // nearly always
  for (const SourcePtr& kept : sources_) {
    if (kept.get() == source) return;
  }
  if (SourcePtr owner = range.keepSource()) sources_.push_back(std::move(owner));
}

SourceRange Node::sourceRange() const {
  return SourceRange(range_source_, range_start_, range_end_);
}

Node* Node::setSourceRange(const SourceRange& range) {
  if (!range.valid()) {
    range_source_ = nullptr;
    return this;
  }
  graph_->keepSource(range);
  range_source_ = range.source();
  range_start_ = range.start();
  range_end_ = range.end();
  return this;
}

void Graph::setInsertPoint(Block* block) { insert_before_ = block->returnNode(); }
void Graph::setInsertPoint(Node* node) { insert_before_ = node; }

}  // namespace minijit
