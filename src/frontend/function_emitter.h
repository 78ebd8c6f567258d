// FunctionEmitter: the state of emitting one function — the graph under construction, the
// environment stack of variable frames, the memo of numeric literal constants and the return
// type seen so far. Its member functions are spread over emit_statements.cpp,
// emit_expressions.cpp and emit_calls.cpp, one file per kind of syntax. Book chapter 5.
#pragma once

#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "frontend/environment.h"
#include "frontend/function_definition.h"
#include "frontend/schema_matching.h"
#include "parser/ast.h"
#include "util/recycling_allocator.h"

namespace minijit {

// [book:refinements]
// A type refinement: inside `if x is not None:`, the variable x has type T, not Optional[T].
struct Refinement {
  std::string name;
  TypePtr type;
};

// What a condition tells each branch about variables' types.
struct RefinementSet {
  std::vector<Refinement> when_true;
  std::vector<Refinement> when_false;
  RefinementSet negated() const { return {when_false, when_true}; }
};

// A condition as emitted for if/while: its bool value, the refinements it implies, and, when
// known at compile time, its value (upstream then emits only the branch taken: a "static if").
struct CondValue {
  Value* value;
  std::optional<bool> static_value;
  RefinementSet refinements;
};
// [/book:refinements]

// What a for loop iterates over, as upstream models it: a `range(...)` (RangeValue), a list,
// string or tensor indexed by the iteration number (SimpleValue), a tuple (unrolled), or
// several iterables side by side — `enumerate`, `zip` — stopping at the shortest
// (IterableTree). Emitted by iterables.cpp.
struct LoopIterable {
  enum class Kind { Range, Sequence, Tuple, Tree };
  Kind kind = Kind::Range;
  Value* start = nullptr;  // Range
  Value* end = nullptr;
  Value* step = nullptr;
  bool has_only_end = false;
  Value* sequence = nullptr;  // Sequence (list, str, Tensor) or Tuple
  std::vector<LoopIterable> children;  // Tree
};

// The absent type hint, the default of emitExpr and emitSugaredExpr: a reference to this one
// null pointer instead of a temporary made and destroyed at each of their ~900 calls per
// compile of the benchmark.
inline const TypePtr kNoTypeHint;

class FunctionEmitter {
 public:
  FunctionEmitter(FunctionDefinition& fn, const Resolver& resolver);
  void emitDef();

  // ---- statements (emit_statements.cpp) ----
  void emitStatements(const StmtList& statements);
  void emitStatement(const Stmt& stmt);
  void emitAssign(const AssignStmt& stmt);
  void emitSingleAssign(const Expr& target, const Expr& value, const Expr* annotation,
                        const SourceRange& range);
  void emitAugAssign(const AugAssignStmt& stmt);
  Value* emitAugmentedOperation(const AugAssignStmt& stmt, Value* lhs);
  void emitAugAssignToSubscript(const AugAssignStmt& stmt);
  void emitIf(const IfStmt& stmt);
  // A branch body: statements of the source, or something the emitter makes up (assert's
  // raise).
  using BranchEmitter = std::function<void()>;
  void emitIfElseBlocks(const SourceRange& range, const CondValue& cond,
                        const BranchEmitter& then_body, const BranchEmitter& else_body);
  std::shared_ptr<Environment> emitSingleIfBranch(Block* block, const BranchEmitter& body,
                                                  const std::vector<Refinement>& refinements);
  void insertRefinements(const SourceRange& range, const std::vector<Refinement>& refinements);
  void emitWhile(const WhileStmt& stmt);
  void emitFor(const ForStmt& stmt);
  LoopIterable emitRangeIterable(const CallExpr& call, std::vector<Value*> inputs);
  LoopIterable emitIterable(const Expr& expr, const SourceRange& loop_range);
  Value* emitIterableLength(const LoopIterable& iterable, const SourceRange& loop_range);
  Value* emitIterableElement(const LoopIterable& iterable, Value* index,
                             const SourceRange& loop_range);
  void emitUnrolledLoop(const ForStmt& stmt, Value* tuple);
  void emitBreakOrContinue(const Stmt& stmt);
  void emitLoop(const SourceRange& range, const BranchEmitter& body, Value* max_trip_count,
                const Expr* target, const Expr* cond, struct LoopIterable* iterable);
  void emitReturn(const SourceRange& range, const Expr* value);
  void emitAssert(const AssertStmt& stmt);
  void emitRaise(const RaiseStmt& stmt);
  void emitRaiseOf(const SourceRange& range, const SugaredValuePtr& exception);
  void emitTargetAssign(const Expr& target, SugaredValuePtr value, const SourceRange& range);
  void emitSubscriptStore(const SubscriptExpr& sub, Value* rhs, const SourceRange& range);

  // ---- expressions (emit_expressions.cpp) ----
  Value* emitExpr(const Expr& expr, const TypePtr& type_hint = kNoTypeHint);
  SugaredValuePtr emitSugaredExpr(const Expr& expr, size_t n_binders,
                                  const TypePtr& type_hint = kNoTypeHint);
  Value* emitSimpleExpr(const Expr& expr, const TypePtr& type_hint);
  Value* materializeInt(int64_t value, const SourceRange& range);
  Value* materializeFloat(double value, const SourceRange& range);
  Value* emitBinary(const BinaryExpr& expr);
  Value* emitUnary(const UnaryExpr& expr);
  Value* emitCompare(const CompareExpr& expr);
  Value* emitCompareOp(CompareOp op, const Expr& lhs, const Expr& rhs, const SourceRange& range);
  CondValue emitShortCircuit(const SourceRange& range, const Expr& first, const Expr& second,
                             bool is_or);
  CondValue emitIsNone(const CompareExpr& expr);
  CondValue emitChainedCompare(const CompareExpr& expr);
  Value* emitTernary(const TernaryExpr& expr);
  Value* emitListLiteral(const ListExpr& expr, const TypePtr& type_hint);
  Value* emitListComprehension(const ListCompExpr& expr, const TypePtr& type_hint);
  Value* emitDictComprehension(const DictCompExpr& expr, const TypePtr& type_hint);
  void emitComprehensionLoop(const SourceRange& range, const Expr& target, const Expr& iter,
                             const char* kind, const BranchEmitter& body);
  Value* emitDictFromIterable(const CallExpr& call, const TypePtr& type_hint);
  LoopIterable iterableOf(Value* value, const SourceRange& range, const SourceRange& loop_range);
  Value* emitDictLiteral(const DictExpr& expr, const TypePtr& type_hint);
  CondValue emitIsInstance(const Expr& object, const Expr& classinfo);
  Value* emitTupleSlice(const SubscriptExpr& expr, Value* tuple);
  void emitDelete(const DelStmt& stmt);
  Value* emitTupleLiteral(const TupleExpr& expr, const TypePtr& type_hint);
  Value* emitSubscript(const SubscriptExpr& expr);
  Value* emitTensorIndexing(const SubscriptExpr& expr, Value* tensor);
  std::pair<Value*, std::vector<Value*>> emitIntAndSliceIndexing(const SubscriptExpr& expr,
                                                                 Value* tensor);
  Value* optionalTensorList(const std::vector<Value*>& indices);
  void emitTensorSubscriptStore(const SubscriptExpr& sub, Value* tensor, Value* rhs,
                                const SourceRange& range);
  CondValue emitCondExpr(const Expr& expr);
  Value* emitToBool(const SourceRange& range, Value* value);
  Value* checkedValue(const SugaredValuePtr& value, const SourceRange& range);

  // ---- calls and attributes (emit_calls.cpp) ----
  SugaredValuePtr emitCall(const CallExpr& call, size_t n_binders, const TypePtr& type_hint);
  SugaredValuePtr emitAttribute(const AttributeExpr& expr);
  SugaredValuePtr resolveName(const NameExpr& expr);
  std::vector<NamedValue> emitArguments(const ExprList& args);
  std::vector<NamedValue> emitKeywords(const std::vector<Keyword>& keywords);
  Value* emitPythonBuiltinCall(const std::string& name, const CallExpr& call);
  Value* emitFunctionCall(const FunctionDefinition& callee, const CallExpr& call);
  Value* emitCast(const std::string& name, const CallExpr& call);
  // An operator call with positional arguments (`a + b`, `not c`, `xs[i]`): emitBuiltinCall
  // with the operands in an argument vector reused from call to call (operator_arguments_),
  // not a new one each time.
  struct Operand {
    const SourceRange& range;
    Value* value;
  };
  Value* emitOperator(const SourceRange& range, std::string_view op,
                      std::initializer_list<Operand> operands,
                      const std::optional<NamedValue>& self = std::nullopt);
  // Gives an argument vector from emitArguments back to spare_arguments_ (emptied, its
  // allocation kept) when it goes out of scope: the usual call then emits its arguments into
  // a vector an earlier call allocated, instead of a new one (~40 fewer mallocs a compile).
  class RecycledArguments {
   public:
    RecycledArguments(FunctionEmitter& emitter, std::vector<NamedValue>& args)
        : emitter_(emitter), args_(args) {}
    ~RecycledArguments() { emitter_.recycleArguments(args_); }
    RecycledArguments(const RecycledArguments&) = delete;
    RecycledArguments& operator=(const RecycledArguments&) = delete;

   private:
    FunctionEmitter& emitter_;
    std::vector<NamedValue>& args_;
  };
  SugaredValuePtr exceptionCall(const SugaredValuePtr& exception, const SourceRange& range,
                                const std::vector<NamedValue>& args);
  std::vector<Value*> unpackTuple(Value* tuple, const SourceRange& range);

  // ---- NamedTuple classes (named_tuples.cpp) ----
  TypePtr namedTupleType(const SugaredValue& cls) const;
  FunctionSchema namedTupleSchema(const SugaredValue& cls) const;
  Value* emitNamedTupleConstruct(const SugaredValue& cls, const CallExpr& call);
  Value* emitNamedTupleField(Value* tuple, const std::string& field);

  // ---- TorchScript classes and Enums (classes.cpp) ----
  SugaredValuePtr emitClassAttribute(Value* object, const std::string& name,
                                     const SourceRange& range);
  Value* emitGetAttr(Value* object, const std::string& name);
  void emitSetAttr(Value* object, const std::string& name, Value* value,
                   const SourceRange& range);
  void emitAttributeAssign(const AttributeExpr& target, const Expr& value,
                           const Expr* annotation, const SourceRange& range);
  Value* emitMethodCall(Value* object, const std::string& name,
                        const std::vector<NamedValue>& args,
                        const std::vector<NamedValue>& kwargs, const SourceRange& range);
  Value* emitObjectConstruct(const ClassDefinition& cls, const CallExpr& call);
  Value* tryEmitDunder(Value* object, const std::string& method,
                       const std::vector<NamedValue>& args, const SourceRange& range);
  Value* emitEnumMember(const SugaredValue& enum_class, const std::string& name,
                        const SourceRange& range);
  Value* tryEmitEnumProperty(Value* member, const std::string& name);
  SugaredValuePtr emitGetOrHasAttr(const CallExpr& call, bool has);
  void emitWith(const WithStmt& stmt);

  // ---- type annotations (type_annotations.cpp) ----
  TypePtr parseType(const Expr& annotation) const;
  FunctionSchema schemaFromDef() const;

  Graph& graph() { return *graph_; }
  std::shared_ptr<Graph> graphPtr() { return graph_; }
  // Whether the function has a `with` (its prim::Enter/prim::Exit spans matter to the exit
  // transforms).
  bool emittedWith() const { return emitted_with_; }

 private:
  void pushFrame(Block* block);
  Value* insertAtTop(const Constant& value, const SourceRange& range);
  Node* insertIf(Value* cond);
  std::shared_ptr<Environment> popFrame();

  FunctionDefinition& fn_;
  const Resolver& resolver_;
  std::shared_ptr<Graph> graph_;
  std::shared_ptr<Environment> env_;
  // The numeric literal memo: a literal's 64 bits (an int's value, a double's bits) -> its
  // constant. A function has a few dozen distinct literals and looks them up a few hundred
  // times, so this is an open-addressing table (linear probing, at most half full): a lookup
  // is a multiply and a compare or two, where the std::map it replaces walked ~6 tree nodes
  // spread over memory.
  class LiteralMemo {
   public:
    // The constant for `key`; null, for the caller to set, when there is none yet.
    Value*& slot(uint64_t key) {
      if (2 * (used_ + 1) > slots_.size()) grow();
      const size_t mask = slots_.size() - 1;
      for (size_t i = (key * 0x9E3779B97F4A7C15ull) >> 40 & mask;; i = (i + 1) & mask) {
        Slot& s = slots_[i];
        if (!s.used) {
          s = {key, nullptr, true};
          ++used_;
          return s.value;
        }
        if (s.key == key) return s.value;
      }
    }

   private:
    struct Slot {
      uint64_t key = 0;
      Value* value = nullptr;
      bool used = false;
    };
    void grow() {
      std::vector<Slot> old = std::move(slots_);
      slots_.assign(old.empty() ? 32 : 2 * old.size(), Slot{});
      used_ = 0;
      for (const Slot& s : old) {
        if (s.used) slot(s.key) = s.value;
      }
    }
    std::vector<Slot> slots_;  // a power of two in size
    size_t used_ = 0;
  };
  LiteralMemo int_constants_;
  LiteralMemo float_constants_;  // keyed by the double's bits
  TypePtr declared_return_type_;
  TypePtr merged_return_type_;
  std::set<Block*> exit_blocks_;
  // emitOperator's argument vector.
  std::vector<NamedValue> operator_arguments_;
  // Argument vectors, emptied, waiting to be reused: emitArguments' results given back by a
  // RecycledArguments.
  std::vector<std::vector<NamedValue>> spare_arguments_;
  std::vector<NamedValue> takeSpareArguments() {
    if (spare_arguments_.empty()) return {};
    std::vector<NamedValue> args = std::move(spare_arguments_.back());
    spare_arguments_.pop_back();
    return args;
  }
  // (Only into the room reserved up front: recycling never allocates, so it cannot throw in
  // the destructor that calls it. A vector that finds no room stays with its owner, which
  // frees it.)
  void recycleArguments(std::vector<NamedValue>& args) noexcept {
    if (args.capacity() == 0 || spare_arguments_.size() == spare_arguments_.capacity()) return;
    args.clear();
    spare_arguments_.push_back(std::move(args));
  }
  // Where break/continue may appear: outside loops they are errors, and in unrolled loops
  // (over tuples) upstream does not support them.
  enum class LoopStatus { NotInLoop, InLoop, InUnrolledLoop };
  LoopStatus loop_status_ = LoopStatus::NotInLoop;
  bool emitted_with_ = false;
};


// A default value written in a def (or a NamedTuple field): a literal, a negated number, or
// a tuple of them; nullopt for anything else.
std::optional<Constant> literalConstant(const Expr& expr);

// The text of a function's schema as upstream prints it in errors.
std::string schemaText(const FunctionSchema& schema);

// The SSA conversion and exit transforms (convert_to_ssa.cpp, exit_transforms.cpp).
// convertToSSA reports the exits it met on its walk, which spares transformExits walks.
struct ExitsSeen {
  bool loop_exits = true;        // whether the graph may hold a break, continue or raise
  Node* sole_return = nullptr;   // the only exit of the graph, if a return in its top block
  bool if_tests_if = true;       // whether an If's condition may be another If's result
  bool with_blocks = true;       // whether the graph may hold a `with` (prim::Enter/Exit)
};
ExitsSeen convertToSSA(Graph& graph);
void transformExits(Graph& graph, const ExitsSeen& seen = {});

}  // namespace minijit
