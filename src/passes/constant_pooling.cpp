// Constant pooling: one prim::Constant per distinct value, all at the top of the graph.
// Chapter 6.
#include <bit>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "passes/passes.h"

namespace minijit {

namespace {

// Upstream's value comparison does not know Enum members, so it never pools one (nor a list
// holding them): `Color.RED` written twice stays two constants.
bool holdsEnum(const Constant& c) {
  if (c.kind == Constant::Kind::Enum) return true;
  for (const Constant& element : c.elements) {
    if (holdsEnum(element)) return true;
  }
  return false;
}

// The node's `value` attribute, or null.
const Constant* valueOf(const Node* n) {
  for (const auto& [name, value] : n->attributes()) {
    if (std::string_view(name) == "value") return &value;  // (a view: no strlen, no memcmp call)
  }
  return nullptr;
}

bool sameConstant(const Node* a, const Node* b) {
  if (!sameType(a->output()->type(), b->output()->type())) return false;
  if (a->attributes().size() != b->attributes().size()) return false;
  for (size_t i = 0; i < a->attributes().size(); ++i) {
    if (a->attributes()[i].first != b->attributes()[i].first ||
        !(a->attributes()[i].second == b->attributes()[i].second)) {
      return false;
    }
  }
  return true;
}

// A double's bits, mixed so that the low bits the table indexes by depend on all of them (a
// double's own low bits are mostly zero). Equal floats are equal bit for bit (see
// Constant::operator==), so they hash alike. (std::hash<double> would call a byte hash.)
size_t hashBits(double d) {
  uint64_t x = std::bit_cast<uint64_t>(d);
  x ^= x >> 33;  // (MurmurHash3's finalizer)
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return static_cast<size_t>(x);
}

// A cheap summary of what sameConstant compares: equal constants have equal hashes, so only
// constants with the same hash need the full comparison.
size_t hashConstant(const Node* n) {
  size_t h = static_cast<size_t>(n->output()->type()->kind());
  auto mix = [&](size_t x) { h = h * 1000003 ^ x; };
  for (const auto& attribute : n->attributes()) {
    const Constant& c = attribute.second;
    mix(static_cast<size_t>(c.kind));
    switch (c.kind) {
      case Constant::Kind::Bool: mix(c.b); break;
      case Constant::Kind::Int: mix(static_cast<size_t>(c.i)); break;
      case Constant::Kind::Float: mix(hashBits(c.f)); break;
      case Constant::Kind::String:
      case Constant::Kind::Device:
      case Constant::Kind::Types:
      case Constant::Kind::Enum: mix(std::hash<std::string>()(c.s)); break;
      case Constant::Kind::List:
      case Constant::Kind::Tuple: mix(c.elements.size()); break;
      case Constant::Kind::None: break;
    }
  }
  return h;
}

// The constants kept so far. They are pairwise different, so at most one matches a new
// constant: they are found through a hash table (open addressing on hashConstant, the
// node in the slot) rather than by comparing with each in turn.
class PooledConstants {
 public:
  Node* find(const Node* n) {
    hash_ = hashConstant(n);
    if (slots_.empty()) return nullptr;
    for (size_t i = hash_ & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (!slot.node) return nullptr;
      if (slot.hash == hash_ && sameConstant(slot.node, n)) return slot.node;
    }
  }
  // Keeps `n`, which find() has just been asked about (its hash is remembered from there).
  void add(Node* n) {
    const Constant* value = valueOf(n);
    if (value && holdsEnum(*value)) return;  // it matches nothing, nothing matches it
    if (2 * (count_ + 1) > slots_.size()) grow();
    insert({hash_, n});
    ++count_;
  }

 private:
  struct Slot {
    size_t hash = 0;
    Node* node = nullptr;  // null: empty
  };
  void insert(const Slot& entry) {
    size_t i = entry.hash & (slots_.size() - 1);
    while (slots_[i].node) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = entry;
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
    for (const Slot& slot : old) {
      if (slot.node) insert(slot);
    }
  }
  std::vector<Slot> slots_;  // a power of two in size, at most half full
  size_t count_ = 0;
  size_t hash_ = 0;  // of the constant last looked up
};

// [book:pool-in-block]
void poolInBlock(Graph& graph, Block* block, PooledConstants& seen) {
  const InternedKind& constant = kinds().constant;
  Node* next = nullptr;
  for (Node* n = block->paramNode()->next(); n != block->returnNode(); n = next) {
    next = n->next();  // read first: `n` may move to the top of the graph or go away
    if (!n->blocks().empty()) {
      for (Block* inner : n->blocks()) poolInBlock(graph, inner, seen);
      continue;
    }
    if (n->kind() != constant) continue;
    if (Node* existing = seen.find(n)) {
      n->output()->replaceAllUsesWith(existing->output());
      n->destroy();
      continue;
    }
    seen.add(n);
    Node* first = graph.block()->paramNode()->next();
    if (first != n) n->moveBefore(first);
  }
}
// [/book:pool-in-block]

}  // namespace

void poolConstants(Graph& graph) {
  PooledConstants seen;
  poolInBlock(graph, graph.block(), seen);
}

}  // namespace minijit
