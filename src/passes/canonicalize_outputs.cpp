// Canonical output order for If and Loop nodes: sorted by where each output is first used,
// unused ones last, as upstream's CanonicalizeOutputs (so graphs print deterministically).
// Chapter 6.
#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <memory_resource>
#include <unordered_map>
#include <vector>

#include "passes/passes.h"

namespace minijit {

namespace {

// The nodes whose outputs get sorted. (The count is tested first: it is the cheaper test,
// and most nodes have a single output.)
bool hasOutputsToSort(const Node* n, const NodeKinds& kind = kinds()) {
  return n->outputs().size() > 1 && (n->kind() == kind.if_ || n->kind() == kind.loop);
}

// Where an output is first used: the user's position in the walk, then the input slot within
// that user. Outputs are sorted by it.
struct FirstUse {
  size_t position;
  size_t slot;
  bool operator<(const FirstUse& other) const {
    return position != other.position ? position < other.position : slot < other.slot;
  }
};

// Where the outputs of the nodes to sort are first used. "First" is a position in a pre-order
// walk of the graph (inner blocks numbered in place, a block's prim::Return after its nodes).
// Only those outputs need a position, so rather than numbering every node in a map (a hash
// insertion per node, most of this pass's cost), one walk records for each of them the first
// user it meets: in a pre-order walk that is the user with the smallest position.
class FirstUsers {
 public:
  FirstUsers() : base_(&arena_) {}

  void walk(const Block* block) {
    for (const Node* n : block->nodes()) {
      visit(n, next_++);
      for (const Block* inner : n->blocks()) walk(inner);
    }
    visit(block->returnNode(), next_++);
  }

  // The user's position, then the input slot within that user (two outputs read by the same
  // node are ordered by which input they feed). The slot is read now, not during the walk:
  // sorting the outputs of a later loop reorders its inputs first.
  FirstUse firstUse(const Value* v) const {
    const Record& first = records_[base_.at(v->node()) + v->offset()];
    if (!first.user) return {std::numeric_limits<size_t>::max(), 0};  // unused: last
    size_t slot = std::numeric_limits<size_t>::max();
    for (const Use& use : v->uses()) {
      if (use.user == first.user) slot = std::min(slot, use.offset);
    }
    return {first.position, slot};
  }

 private:
  struct Record {
    size_t position = 0;
    const Node* user = nullptr;  // null: no use met (yet)
  };

  // (Called for every node: the two tests are all most nodes need, and the work goes to
  // functions kept out of line, so that this one is inlined into the walk rather than costing
  // a call with its saving of registers per node.)
  void visit(const Node* n, size_t position) {
    // Only a used output whose first user is still to be met can gain a record here: when
    // there is none, the inputs need not be looked at.
    if (unmet_ > 0) meetUses(n, position);
    // A node's outputs are used only after it, so its records exist before any use is met.
    if (hasOutputsToSort(n, kind_)) addRecords(n);
  }

  [[gnu::noinline]] void meetUses(const Node* n, size_t position) {
    for (const Value* in : n->inputs()) {
      if (!hasOutputsToSort(in->node(), kind_)) continue;
      Record& first = records_[base_.at(in->node()) + in->offset()];
      if (!first.user) {
        first = {position, n};
        --unmet_;
      }
    }
  }

  [[gnu::noinline]] void addRecords(const Node* n) {
    base_.emplace(n, records_.size());
    records_.resize(records_.size() + n->outputs().size());
    for (const Value* out : n->outputs()) unmet_ += out->hasUses() ? 1 : 0;
  }

  // (Few nodes have outputs to sort: the map's nodes and the records usually fit in this
  // buffer, and then cost no malloc.)
  std::array<std::byte, 2048> buffer_;
  std::pmr::monotonic_buffer_resource arena_{buffer_.data(), buffer_.size()};
  std::pmr::unordered_map<const Node*, size_t> base_;  // node -> its first output's record
  std::pmr::vector<Record> records_{&arena_};
  size_t unmet_ = 0;  // records of used outputs whose first user the walk has not met yet
  size_t next_ = 0;
  const NodeKinds& kind_ = kinds();
};

// A node's outputs in sorted order: the old index of each (a short list, kept inline).
using Permutation = SmallVector<size_t, 8>;

void permuteOutputs(Node* n, const Permutation& perm) {
  bool is_loop = n->kind() == kinds().loop;
  size_t offset = is_loop ? 1 : 0;  // loop blocks return the continue condition first
  std::vector<Value*> outputs = n->outputs();
  // Rebuild the node's outputs in the new order by swapping uses through the permutation.
  std::vector<Value*> new_outputs;
  for (size_t i : perm) new_outputs.push_back(outputs[i]);
  n->reorderOutputs(new_outputs);
  for (Block* block : n->blocks()) {
    std::vector<Value*> results = block->outputs();
    std::vector<Value*> reordered(results.begin(), results.begin() + static_cast<std::ptrdiff_t>(offset));
    for (size_t i : perm) reordered.push_back(results[offset + i]);
    while (!block->outputs().empty()) block->eraseOutput(block->outputs().size() - 1);
    for (Value* v : reordered) block->registerOutput(v);
    if (is_loop) {
      std::vector<Value*> params = block->inputs();
      std::vector<Value*> new_params{params[0]};
      for (size_t i : perm) new_params.push_back(params[1 + i]);
      block->paramNode()->reorderOutputs(new_params);
    }
  }
  if (is_loop) {
    std::vector<Value*> inputs = n->inputs();
    std::vector<Value*> new_inputs{inputs[0], inputs[1]};
    for (size_t i : perm) new_inputs.push_back(inputs[2 + i]);
    n->removeAllInputs();
    for (Value* v : new_inputs) n->addInput(v);
  }
}

// [book:canonicalize-block]
// (Reordering outputs adds and removes no nodes, so the walk follows the list itself.)
void canonicalizeBlock(Block* block, const FirstUsers& first_users) {
  const NodeKinds& kind = kinds();
  for (Node* n = block->returnNode()->prev(); n != block->paramNode(); n = n->prev()) {
    if (hasOutputsToSort(n, kind)) {
      SmallVector<FirstUse, 8> first_use;
      for (const Value* out : n->outputs()) first_use.push_back(first_users.firstUse(out));
      // (Outputs already in order, as most are, are left alone: a stable sort would not move
      // them.)
      if (!std::is_sorted(first_use.begin(), first_use.end())) {
        Permutation perm;
        for (size_t i = 0; i < first_use.size(); ++i) perm.push_back(i);
        // A stable sort; by insertion, as the list is short (std::stable_sort would
        // allocate a buffer).
        for (size_t i = 1; i < perm.size(); ++i) {
          for (size_t j = i; j > 0 && first_use[perm[j]] < first_use[perm[j - 1]]; --j) {
            std::swap(perm[j], perm[j - 1]);
          }
        }
        permuteOutputs(n, perm);
      }
    }
    for (Block* inner : n->blocks()) canonicalizeBlock(inner, first_users);
  }
}
// [/book:canonicalize-block]

}  // namespace

void canonicalizeOutputs(Graph& graph) {
  FirstUsers first_users;
  first_users.walk(graph.block());
  canonicalizeBlock(graph.block(), first_users);
}

}  // namespace minijit
