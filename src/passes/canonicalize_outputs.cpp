// Canonical output order for If and Loop nodes: sorted by where each output is first used,
// unused ones last, as upstream's CanonicalizeOutputs (so graphs print deterministically).
// Chapter 6.
#include <algorithm>
#include <limits>
#include <memory_resource>
#include <numeric>

#include "passes/passes.h"

namespace minijit {

namespace {

// Position of a node in a pre-order walk of the graph (inner blocks numbered in place). The
// map's nodes come from an arena that lives as long as the pass: numbering allocates little.
using NodeOrder = std::pmr::unordered_map<const Node*, size_t>;

size_t countNodes(const Block* block) {
  size_t count = 1;  // the return node
  for (const Node* n : block->nodes()) {
    ++count;
    for (const Block* inner : n->blocks()) count += countNodes(inner);
  }
  return count;
}

void numberNodes(Block* block, NodeOrder& order, size_t& next) {
  for (Node* n : block->nodes()) {
    order[n] = next++;
    for (Block* inner : n->blocks()) numberNodes(inner, order, next);
  }
  order[block->returnNode()] = next++;
}

// Where a value is first used: the user's position, then the input slot within that user
// (two outputs read by the same node are ordered by which input they feed).
std::pair<size_t, size_t> firstUse(const Value* v, const NodeOrder& order) {
  std::pair<size_t, size_t> first{std::numeric_limits<size_t>::max(), 0};
  for (const Use& use : v->uses()) {
    auto it = order.find(use.user);
    if (it == order.end()) continue;
    first = std::min(first, std::make_pair(it->second, use.offset));
  }
  return first;
}

void permuteOutputs(Node* n, const std::vector<size_t>& perm) {
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
void canonicalizeBlock(Block* block, const NodeOrder& order) {
  for (Node* n = block->returnNode()->prev(); n != block->paramNode(); n = n->prev()) {
    if ((n->kind() == kinds().if_ || n->kind() == kinds().loop) && n->outputs().size() > 1) {
      std::vector<std::pair<size_t, size_t>> first_use;
      for (const Value* out : n->outputs()) first_use.push_back(firstUse(out, order));
      std::vector<size_t> perm(n->outputs().size());
      std::iota(perm.begin(), perm.end(), 0);
      std::stable_sort(perm.begin(), perm.end(),
                       [&](size_t a, size_t b) { return first_use[a] < first_use[b]; });
      permuteOutputs(n, perm);
    }
    for (Block* inner : n->blocks()) canonicalizeBlock(inner, order);
  }
}
// [/book:canonicalize-block]

}  // namespace

void canonicalizeOutputs(Graph& graph) {
  std::pmr::monotonic_buffer_resource arena;
  NodeOrder order(&arena);
  order.reserve(countNodes(graph.block()));
  size_t next = 0;
  numberNodes(graph.block(), order, next);
  canonicalizeBlock(graph.block(), order);
}

}  // namespace minijit
