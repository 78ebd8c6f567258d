// Environment: the variables visible while emitting one block. Each block (function body,
// if-branch, loop body) gets a frame; frames chain to their enclosing frame. As upstream
// does, a variable write emits `prim::Store` and every read emits `prim::Load`; the SSA
// conversion (convert_to_ssa.cpp) later turns these into block parameters and results.
// Book chapter 5 ("Emitting SSA").
#pragma once

#include <map>
#include <unordered_map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "frontend/sugared_value.h"
#include "ir/ir.h"
#include "util/error.h"
#include "util/recycling_allocator.h"
#include "util/small_vector.h"

namespace minijit {

// A variable name with its hash, computed once: a lookup walks every enclosing frame, and
// each frame has three tables to ask.
struct HashedName {
  std::string_view name;
  size_t hash;
  explicit HashedName(std::string_view n) : name(n), hash(std::hash<std::string_view>()(n)) {}
};
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view name) const { return std::hash<std::string_view>()(name); }
  size_t operator()(const HashedName& name) const { return name.hash; }
};
struct NameEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
  bool operator()(const HashedName& a, std::string_view b) const { return a.name == b; }
  bool operator()(std::string_view a, const HashedName& b) const { return a == b.name; }
};
// (A frame's table lives as long as the block being emitted, and a compile makes dozens: its
// entries come from a RecyclingAllocator, so a new frame reuses the entries, already in
// cache, of the frames before it instead of a malloc each.)
template <typename T>
using NameTable = std::unordered_map<std::string, T, NameHash, NameEqual,
                                     RecyclingAllocator<std::pair<const std::string, T>>>;

class Environment {
 public:
  Environment(Graph& graph, Block* block, std::shared_ptr<Environment> next)
      : graph_(graph), block_(block), next_(std::move(next)) {}

  Block* block() const { return block_; }
  const std::shared_ptr<Environment>& next() const { return next_; }

  // Assignment `name = value`: names the value after the variable (when the value was made
  // in this block), checks a re-assignment keeps the variable's type, and emits a Store.
  void setSugaredVar(const SourceRange& range, const std::string& name, SugaredValuePtr value,
                     TypePtr annotated_type = nullptr);
  void setVar(const SourceRange& range, const std::string& name, Value* value) {
    setSugaredVar(range, name, SugaredValue::simple(value));
  }

  // Looks `name` up in this frame, then the enclosing ones. A first-class variable found in a
  // frame costs a prim::Load at the insertion point (that is upstream's numbering, too).
  SugaredValuePtr findInAnyFrame(const std::string& name);
  SugaredValuePtr findInThisFrame(const std::string& name);
  SugaredValuePtr findInParentFrame(const std::string& name) {
    return next_ ? next_->findInAnyFrame(name) : nullptr;
  }
  // The type a variable has in this frame (no Load is emitted).
  TypePtr typeInThisFrame(const std::string& name) const;
  TypePtr typeInAnyFrame(const std::string& name) const;
  void setType(const std::string& name, TypePtr type) { type_table_[name].type = std::move(type); }

  // Variables assigned in this frame, sorted by name (upstream iterates them in this order).
  // The names are this frame's own strings, valid while no variable is added to it: a
  // caller walks them (`for (const std::string& name : env->definedVariables())`) without
  // the copy and the malloc per name that a set of strings cost.
  struct VariableName {
    const std::string* name;
    operator const std::string&() const { return *name; }
  };
  using VariableNames = SmallVector<VariableName, 8>;
  VariableNames definedVariables() const;

  // A variable that is only defined on some paths, or with conflicting types, is an error only
  // when it is used later; the error is kept until then.
  void setVariableError(const std::string& name, ErrorReport error);
  const ErrorReport* variableError(const std::string& name) const;

 private:
  // A first-class variable of this frame: its type, and its name as interned for the graph's
  // Loads and Stores (Node::variableName), kept so that the Loads and Stores after the first
  // share it instead of looking the name up again.
  struct Variable {
    TypePtr type;
    const std::string* interned = nullptr;
    Value::NameHint name_hint;  // for naming the Loads' results (Value::setDebugName)
  };
  Value* insertLoad(const std::string& name, Variable& variable);
  // `interned`, if known, is the variable's name as a Load already has it.
  void insertStore(const std::string& name, const SourceRange& range, Value* value,
                   const TypePtr& type, const std::string* interned = nullptr);

  Graph& graph_;
  Block* block_;
  std::shared_ptr<Environment> next_;
  SugaredValuePtr findInThisFrame(const HashedName& name, const std::string& text);

  NameTable<SugaredValuePtr> value_table_;  // non-first-class values
  NameTable<Variable> type_table_;          // first-class variables (Store/Load)
  NameTable<ErrorReport> errors_;
};

// Upstream gives no debug name to "" or "_<digits>" or "$..." names.
bool meaningfulName(const std::string& name);

}  // namespace minijit
