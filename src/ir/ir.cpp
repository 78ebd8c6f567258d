// Graph, Block, Node and Value: construction, use lists, list surgery and naming.
#include "ir/ir.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>
#include <unordered_set>

namespace minijit {

// ---- Value ----

Graph* Value::owningGraph() const { return node_->owningGraph(); }

const std::string Value::kNoName;
Node::Extra Node::kNoExtra;  // never changed: extra() makes a node its own first

std::string Value::displayName() const {
  return name_ ? name_->text : std::to_string(unique_);
}

namespace {

// FNV-1a (Graph::NameTable::hash), one character.
constexpr size_t kFnvPrime = 1099511628211ull;
inline size_t hashStep(size_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * kFnvPrime; }

// Writes `n` in decimal at `out` and returns the end; `h` continues the name's hash over the
// digits as they are written (a rename candidate is not read again to hash it). Rename
// suffixes are small numbers.
char* writeDecimalHashed(char* out, size_t n, size_t& h) {
  auto put = [&](char c) {
    *out++ = c;
    h = hashStep(h, c);
  };
  if (n < 10) {
    put(char('0' + n));
    return out;
  }
  if (n < 100) {
    put(char('0' + n / 10));
    put(char('0' + n % 10));
    return out;
  }
  // (Three digits are the common case: a long function's variables are renamed hundreds of
  // times, once per read.)
  if (n < 1000) {
    put(char('0' + n / 100));
    put(char('0' + n / 10 % 10));
    put(char('0' + n % 10));
    return out;
  }
  char digits[20];
  size_t count = 0;
  for (; n != 0; n /= 10) digits[count++] = char('0' + n % 10);
  while (count) put(digits[--count]);
  return out;
}

}  // namespace

Value* Value::setDebugName(const std::string& name) {
  return setDebugName(name, Graph::NameTable::hash(name));
}

Value* Value::setDebugName(const std::string& name, size_t name_hash) {
  return setDebugName(name, name_hash, nullptr);
}

Value* Value::setDebugName(const std::string& name, NameHint& hint) {
  NameEntry* entry = hint.entry;
  if (entry && !name_ && &name != &entry->text) {
    // The common case written out (every variable read but the first few of its variable): an
    // unnamed Load result takes its variable's name, a base name that has given out suffixes
    // already, so there is no lookup and no `.N` to parse, and the next N is its counter's.
    // It is the general path below, minus the branches that cannot apply.
    if (entry->mapped) {
      Value* old_owner = entry->user;
      NameEntry* replacement =
          owningGraph()->unique_names_.firstFreeSuffix(entry, entry->last_suffix + 1);
      entry->mapped = false;
      entry->user = nullptr;
      old_owner->name_ = nullptr;
      old_owner->takeName(replacement);
    }
    takeName(entry);
    return this;
  }
  if (hint.hash == 0) hint.hash = Graph::NameTable::hash(name);
  return setDebugName(name, hint.hash, &hint.entry);
}

Value* Value::setDebugName(const std::string& name, size_t name_hash, NameEntry** lasting) {
  auto& names = owningGraph()->unique_names_;
  if (name_) {
    // `name` may be this value's own name (`v->setDebugName(v->debugName())`): upstream
    // clears the name first, so `name` reads as empty and the value ends up unnamed.
    bool own_name = &name == &name_->text;
    clearName();
    if (own_name) return this;
  }
  if (name.empty()) return this;
  NameEntry* entry;
  NameEntry* base;  // the name whose `base.N` the old holder of `name` gets
  size_t suffix;    // the first N to try
  if (lasting && *lasting) {
    // The hint's entry (the emitter's Loads: nearly every call): a base name that has given
    // out suffixes already, so no lookup and no `.N` to parse, and the next N is its counter's.
    entry = base = *lasting;
    if (!entry->mapped) {
      takeName(entry);
      return this;
    }
    suffix = base->last_suffix + 1;
  } else {
    entry = names.intern(name, name_hash);
    if (!entry->mapped) {
      takeName(entry);
      return this;
    }
    // Another value holds `name`: upstream renames it to `base.N`. `name` may itself end in
    // `.N`: then N is the first suffix to try for its base; otherwise the base is the name.
    suffix = 1;
    base = entry;
    // (Only a name that ends in a digit can end in `.N`: most names are skipped at once.)
    char last = name.back();
    size_t dot = last >= '0' && last <= '9' ? name.find_last_of('.') : std::string::npos;
    if (dot != std::string::npos && dot + 1 != name.size() && name.size() - dot <= 18 &&
        name.find_first_not_of("0123456789", dot + 1) == std::string::npos) {
      suffix = 0;
      for (size_t i = dot + 1; i < name.size(); ++i) suffix = suffix * 10 + (name[i] - '0');
      std::string_view base_text(name.data(), dot);
      base = names.intern(base_text);
    }
    if (base->last_suffix != 0) suffix = std::max(suffix, base->last_suffix + 1);
  }
  Value* old_owner = entry->user;
  NameEntry* replacement = names.firstFreeSuffix(base, suffix);
  // A base name with a suffix counter stays in the table for good (NameTable::release keeps
  // it), so a caller's hint may keep its entry.
  if (lasting && base == entry) *lasting = entry;
  // The old owner gives up `name` and takes the replacement.
  entry->mapped = false;
  entry->user = nullptr;
  old_owner->name_ = nullptr;
  old_owner->takeName(replacement);
  if (&name != &entry->text) {
    takeName(entry);
    return this;
  }
  // `name` was the old owner's own string (createClone passes `output->debugName()`), which
  // upstream renames in place: this value takes the replacement too, and the map gives it
  // to this value. The old owner keeps the same text in a detached copy.
  names.release(entry);
  NameEntry* copy = names.detachedCopy(replacement);
  replacement->user = nullptr;
  old_owner->name_ = copy;
  copy->user = old_owner;
  takeName(replacement);
  return this;
}

inline void Value::takeName(NameEntry* entry) {
  if (entry->user) {
    // Another value still has this text, though the map no longer gives it to it (see
    // NameEntry): it keeps the text in a detached copy.
    NameEntry* copy = owningGraph()->unique_names_.detachedCopy(entry);
    copy->user = entry->user;
    entry->user->name_ = copy;
  }
  entry->user = this;
  entry->mapped = true;
  name_ = entry;
}

void Value::clearName() {
  auto& names = owningGraph()->unique_names_;
  NameEntry* entry = name_;
  name_ = nullptr;
  entry->user = nullptr;
  if (entry->detached) {
    // Upstream erases the name's text from the map, whichever value it gives it to.
    if (NameEntry* attached = names.find(entry->text, entry->hash)) attached->mapped = false;
  } else {
    entry->mapped = false;
  }
  names.release(entry);
}

// ---- Graph::NameTable: open addressing, linear probing, power-of-two capacity ----

size_t Graph::NameTable::hash(std::string_view name, size_t h) {
  for (char c : name) h = hashStep(h, c);
  return h;
}

NameEntry* Graph::NameTable::intern(std::string_view name) { return intern(name, hash(name)); }

NameEntry* Graph::NameTable::find(std::string_view name, size_t hash) const {
  if (slots_.empty()) return nullptr;
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.entry == nullptr) return nullptr;  // never filled: not here
    if (slot.entry->hash == hash && slot.entry->text == name) return slot.entry;
  }
}

// (Inlined into intern and firstFreeSuffix: every variable read makes a new name, and the call
// itself cost a third of the work.)
[[gnu::always_inline]] inline NameEntry* Graph::NameTable::newEntry(std::string_view name, size_t hash) {
  // A released entry (its memory still in cache, its string's buffer reused) before a new one.
  if (free_.empty()) return entries_.make(name, hash);
  NameEntry* entry = free_.back();
  free_.pop_back();
  entry->text.assign(name.data(), name.size());
  entry->hash = hash;
  return entry;
}

// [book:name-table-assign]
NameEntry* Graph::NameTable::intern(std::string_view name, size_t hash) {
  if ((used_ + 1) * 2 > slots_.size()) grow();  // at most half full
  size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  for (; slots_[i].entry != nullptr; i = (i + 1) & mask) {
    if (slots_[i].entry->hash == hash && slots_[i].entry->text == name) return slots_[i].entry;
  }
  NameEntry* entry = newEntry(name, hash);
  slots_[i] = Slot{entry};
  ++used_;
  return entry;
}
// [/book:name-table-assign]

NameEntry* Graph::NameTable::firstFreeSuffix(NameEntry* base, size_t suffix) {
  // The first `base.N` the map gives to no one. (Entries never move, so `base` stays valid
  // while names are added.) Candidates are written into a buffer that holds the base once:
  // only `.N` changes from one to the next.
  // (The buffer keeps the base of the rename before: a variable read twice in a row, or
  // assigned right after a read, renames from the same base, which is not copied again.
  // That base's entry is still `base`: a base has a suffix counter, so its entry is never
  // released and reused for another name.)
  // This is intern() written out for the candidates: every variable read comes here, and the
  // candidate is nearly always new, so the probe ends at an empty slot that the new entry
  // takes, with no second lookup.
  if (scratch_base_ != base) {
    // (The buffer only grows: most bases fit the first size, so this is one copy.)
    size_t room = base->text.size() + 21;  // the base, '.', up to 20 digits
    if (scratch_.size() < room) scratch_.resize(std::max(room, size_t{64}));
    std::memcpy(scratch_.data(), base->text.data(), base->text.size());
    scratch_base_ = base;
  }
  char* tail = scratch_.data() + base->text.size();
  *tail = '.';
  // (FNV-1a runs left to right: the base's hash is where the candidate's starts.)
  size_t base_dot_hash = hashStep(base->hash, '.');
  for (;;) {
    size_t h = base_dot_hash;
    char* end = writeDecimalHashed(tail + 1, suffix++, h);
    std::string_view whole(scratch_.data(), static_cast<size_t>(end - scratch_.data()));
    if ((used_ + 1) * 2 > slots_.size()) grow();  // at most half full
    size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    NameEntry* found = nullptr;
    for (; slots_[i].entry != nullptr; i = (i + 1) & mask) {
      if (slots_[i].entry->hash == h && slots_[i].entry->text == whole) {
        found = slots_[i].entry;
        break;
      }
    }
    if (found) {
      if (found->mapped) continue;  // taken: try the next N
      base->last_suffix = suffix;
      return found;
    }
    NameEntry* entry = newEntry(whole, h);
    slots_[i] = Slot{entry};
    ++used_;
    base->last_suffix = suffix;
    return entry;
  }
}

NameEntry* Graph::NameTable::detachedCopy(const NameEntry* entry) {
  NameEntry* copy = newEntry(entry->text, entry->hash);
  copy->detached = true;
  return copy;
}

void Graph::NameTable::release(NameEntry* entry) {
  if (entry->user || entry->last_suffix != 0) return;
  free_.push_back(entry);
  if (entry->detached) {
    entry->detached = false;
    return;
  }
  // Names come and go all the time (every Load result's), so the slot is emptied at once
  // rather than marked: each later entry of its probe run that may move back does, so that
  // no probe passes an empty slot on the way to its name (linear probing's deletion).
  size_t mask = slots_.size() - 1;
  size_t i = entry->hash & mask;
  while (slots_[i].entry != entry) i = (i + 1) & mask;
  for (size_t j = (i + 1) & mask; slots_[j].entry != nullptr; j = (j + 1) & mask) {
    size_t home = slots_[j].entry->hash & mask;
    // The entry at j may fill the hole at i unless its home lies after i (cyclically).
    if (((j - home) & mask) >= ((j - i) & mask)) {
      slots_[i] = slots_[j];
      i = j;
    }
  }
  slots_[i] = Slot{};
  --used_;
}

void Graph::NameTable::rebuild(size_t room) {
  std::vector<Slot> old;
  old.swap(slots_);
  size_t live_names = used_;
  size_t capacity = room >= 4 ? 64 : 16;  // (a growing table starts roomy)
  while (capacity < (live_names + 1) * room) capacity *= 2;
  slots_.assign(capacity, Slot{});
  used_ = 0;
  for (const Slot& slot : old) {
    if (!slot.entry) continue;
    size_t k = slot.entry->hash & (capacity - 1);
    while (slots_[k].entry != nullptr) k = (k + 1) & (capacity - 1);
    slots_[k] = slot;
    ++used_;
  }
}

void Value::replaceAllUsesWith(Value* other) {
  if (other == this) return;
  // Every use moves to `other`, in order: what replaceInput does one use at a time, without
  // searching this value's use list for each.
  for (const Use& use : uses_) {
    use.user->inputs_[use.offset] = other;
    other->uses_.push_back(use);
  }
  uses_.clear();
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

Node* Node::setVariableName(std::string_view name) {
  auto& names = graph_->variable_names_;
  if (!names) names = std::make_unique<Graph::NameTable>();
  variable_ = &names->intern(name)->text;
  return this;
}

bool Node::hasAttribute(const std::string& name) const {
  const AttributeList& attributes = extra_->attributes;
  return std::any_of(attributes.begin(), attributes.end(),
                     [&](const auto& a) { return a.first == name; });
}

const Constant& Node::attribute(const std::string& name) const {
  for (const auto& [key, value] : extra_->attributes) {
    if (key == name) return value;
  }
  throw std::logic_error("node " + *kind_ + " has no attribute " + name);
}

Node* Node::setAttribute(const std::string& name, Constant value) {
  AttributeList& attributes = extra().attributes;
  for (auto& [key, existing] : attributes) {
    if (key == name) {
      existing = std::move(value);
      return this;
    }
  }
  attributes.emplace_back(name, std::move(value));
  return this;
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
  if (outputs_[i]->name_) outputs_[i]->clearName();
  outputs_.erase(outputs_.begin() + static_cast<std::ptrdiff_t>(i));
  for (size_t j = i; j < outputs_.size(); ++j) outputs_[j]->offset_ = j;
}

void Node::reorderOutputs(const std::vector<Value*>& order) {
  outputs_ = order;
  for (size_t j = 0; j < outputs_.size(); ++j) outputs_[j]->offset_ = j;
}

Block* Node::addBlock() {
  BlockList& blocks = extra().blocks;
  blocks.push_back(graph_->all_blocks_.make(graph_, this));
  return blocks.back();
}

void Node::eraseBlock(size_t i) {
  BlockList& blocks = extra().blocks;
  Block* block = blocks.at(i);
  for (Node* n : block->nodeList()) dropUsesRecursively(n);
  block->returnNode()->removeAllInputs();
  for (Node* n : block->nodeList()) {
    for (Value* out : n->outputs()) {
      if (out->name_) out->clearName();
    }
    n->removeFromList();
  }
  blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
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
    if (out->name_) out->clearName();  // (setDebugName("") without a temporary string)
  }
  // (Most nodes destroyed are Loads and Stores, which own no blocks: their own inputs are all
  // there is to drop, without the recursive walk.)
  if (extra_ == &kNoExtra) {
    removeAllInputs();
  } else {
    dropUsesRecursively(this);
  }
  if (inBlockList()) removeFromList();
  // The node's storage stays with the graph, but what it owns goes back to the allocator now:
  // the compile reuses it instead of touching fresh memory (most Loads and Stores die so).
  if (extra_ != &kNoExtra) {
    if (extra_->attributes.capacity() != 0) AttributeList().swap(extra_->attributes);
    extra_->called_graph.reset();
  }
}

Node::Extra& Node::extra() {
  if (extra_ == &kNoExtra) extra_ = graph_->node_extras_.make();
  return *extra_;
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
  // Every pass calls this for every block: count, size the list once, then fill it.
  size_t count = 0;
  for (Node* n = param_->next(); n != return_; n = n->next()) ++count;
  SmallVector<Node*, 16> list;
  list.resizeForOverwrite(count);
  Node** out = list.data();
  for (Node* n = param_->next(); n != return_; n = n->next()) *out++ = n;
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
inline T* Graph::Pool<T>::make(Args&&... args) {
  static_assert(alignof(T) <= 64, "pool chunks are 64-byte aligned");
  // (A new chunk is needed once per 64 objects: that path is a call of its own, so that this
  // one stays small enough to inline where nodes, values and names are made.)
  if (used_in_last_ == kChunk) addChunk();
  return new (chunks_.back() + used_in_last_++) T(std::forward<Args>(args)...);
}

template <typename T>
[[gnu::noinline]] void Graph::Pool<T>::addChunk() {
  chunks_.push_back(static_cast<T*>(ChunkSource::instance().take(kChunk * sizeof(T))));
  used_in_last_ = 0;
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

Value* Graph::newValue(Node* node, size_t offset) {
  if (isScaffolding(node->kind_)) return scaffold_values_.make(node, offset, next_unique_++);
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
  variable_names_.reset();  // (no Load or Store is left to point into it)
}
// [/book:release-scaffolding]

Node* Graph::create(std::string_view kind, size_t num_outputs) {
  return createNode(Node::internKind(kind), num_outputs);
}

Node* Graph::create(const InternedKind& kind, size_t num_outputs) {
  return createNode(&kind.name(), num_outputs);
}

Node* Graph::createNode(const std::string* interned, size_t num_outputs) {
  // (What newValue decides per output, decided once: a Load's result is scaffolding too.)
  bool scaffolding = isScaffolding(interned);
  Node* node = (scaffolding ? scaffold_nodes_ : all_nodes_).make(this, interned);
  Pool<Value>& values = scaffolding ? scaffold_values_ : all_values_;
  for (size_t i = 0; i < num_outputs; ++i) {
    node->outputs_.push_back(values.make(node, i, next_unique_++));
  }
  return node;
}

Node* Graph::create(std::string_view kind, const std::vector<Value*>& inputs,
                    size_t num_outputs) {
  Node* node = create(kind, num_outputs);
  for (Value* input : inputs) node->addInput(input);
  return node;
}

Node* Graph::createClone(const Node* node, const std::function<Value*(Value*)>& value_map) {
  Node* copy = createNode(node->kind_, 0);
  for (Value* input : node->inputs()) copy->addInput(value_map(input));
  for (Value* output : node->outputs()) {
    Value* out = copy->addOutput()->setType(output->type());
    if (output->hasDebugName()) out->setDebugName(output->debugName());
  }
  if (!node->attributes().empty()) copy->extra().attributes = node->attributes();
  if (node->variable_) {
    // (Interned per graph: a Load or Store cloned from another graph interns its name here.)
    if (node->graph_ == this) {
      copy->variable_ = node->variable_;
    } else {
      copy->setVariableName(*node->variable_);
    }
  }
  if (node->range_source_) copy->setSourceRange(node->sourceRange());
  copy->schema_ = node->schema_;
  if (node->calledGraph()) copy->setCalledGraph(node->calledGraph());
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
  range_start_ = static_cast<uint32_t>(range.start());
  range_end_ = static_cast<uint32_t>(range.end());
  return this;
}

void Graph::setInsertPoint(Block* block) { insert_before_ = block->returnNode(); }
void Graph::setInsertPoint(Node* node) { insert_before_ = node; }

}  // namespace minijit
