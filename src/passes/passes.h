// The graph-to-graph passes upstream runs after emitting a function, one file each
// (chapter 6, "Passes"): dead code elimination, constant propagation over immutable types,
// constant pooling, tuple lowering and output canonicalization.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ir/ir.h"

namespace minijit {

// Removes nodes whose outputs are unused and that have no side effects (and unused If
// outputs). Loop-carried values are kept, as upstream keeps them.
void eliminateDeadCode(Graph& graph);
// The same, for a pass that has just walked the whole graph and collected, in pre-order,
// every node for which makesFreshContainer holds (dead code elimination then need not walk
// the graph for them: a walk less per run).
void eliminateDeadCode(Graph& graph, const std::vector<Node*>& fresh_containers);

// Nodes that make a new list or dict nobody else can see yet (prim::ListConstruct, ...):
// dead code elimination removes one that is only ever written to, with the writes. (Asked
// of every node of the graph, so it is inline, its kinds interned once and compared as
// addresses, after a test of the name's length.)
inline bool makesFreshContainer(const Node* n) {
  struct FreshKinds {
    InternedKind list_construct{"prim::ListConstruct"};
    InternedKind dict_construct{"prim::DictConstruct"};
    InternedKind list{"aten::list"};
    InternedKind dict{"aten::dict"};
    InternedKind copy{"aten::copy"};
  };
  const std::string& kind = n->kind();
  // The five names are 10 or 19 characters long: most kinds are answered by their length,
  // before the comparisons below.
  if (kind.size() != 10 && kind.size() != 19) return false;
  static const FreshKinds fresh;
  return kind == fresh.list_construct || kind == fresh.dict_construct || kind == fresh.list ||
         kind == fresh.dict || kind == fresh.copy;
}

// Runs operators whose inputs are all constants of immutable types (int, float, bool, str,
// None and tuples of them) and replaces their outputs with constants; inlines the taken
// branch of an If with a constant condition. Ends with dead code elimination.
void propagateConstantsOfImmutableTypes(Graph& graph);

// Merges equal constants into the first one seen and moves every constant to the top of the
// graph (so they print in reverse order of first appearance, as upstream's do).
void poolConstants(Graph& graph);

// Upstream's eraseListLiterals and lowerSimpleTuples, in one walk of the graph: replaces each
// prim::EmptyListLiteral the emitter wrote for `[]` with a ListConstruct, and
// TupleIndex/TupleUnpack of a TupleConstruct by the tuple's inputs. Ends with dead code
// elimination.
void eraseListLiteralsAndLowerTuples(Graph& graph);
// The first rewrite, for one prim::EmptyListLiteral: the ListConstruct now in its place, or
// null when nothing used it (it is gone either way).
Node* eraseListLiteral(Graph& graph, Node* literal);

// Orders the outputs of If and Loop nodes by their first use, as upstream's
// CanonicalizeOutputs does.
void canonicalizeOutputs(Graph& graph);

// Turns for loops whose condition can change (an early return or break inside) into while
// loops that count iterations themselves, as upstream's CanonicalizeModifiedLoops.
void canonicalizeModifiedLoops(Graph& graph);

// Node kinds that must stay even when their outputs are unused.
bool hasSideEffects(const Node* node);

}  // namespace minijit
