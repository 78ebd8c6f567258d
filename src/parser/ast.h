// The abstract syntax tree: what the parser builds from tokens and the frontend walks to emit
// the typed SSA graph. Every node carries the SourceRange it was parsed from, following
// upstream's conventions (a call starts at its callee, a binary op spans both operands), because
// graph dumps print `# file:line:col` from these ranges. Book chapter 3 ("Parsing").
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parser/ast_pool.h"
#include "util/source.h"

namespace minijit {

// The memory behind the AST. A function's tree is hundreds of small nodes and child lists
// built one after another and freed together, and malloc costs more than parsing a node does,
// so nodes (AstNode below) and child lists (AstVector) come from a per-thread pool
// (ast_pool.h: allocateAstMemory, freeAstMemory): carved in order from chunks, and carved
// again from the start once the whole tree is freed. The memory is kept for the next tree
// rather than returned to the system.

// The allocator of the AST's lists (a call's arguments, a block's statements): a list is
// usually one to four pointers, which malloc would serve at several times the parser's cost.
template <typename T>
struct AstAllocator {
  using value_type = T;
  AstAllocator() = default;
  template <typename U>
  AstAllocator(const AstAllocator<U>&) {}  // NOLINT(google-explicit-constructor): rebinding
  T* allocate(std::size_t n) {
    static_assert(alignof(T) <= 8, "the AST's blocks are 8-byte aligned");
    return static_cast<T*>(allocateAstMemory(n * sizeof(T)));
  }
  void deallocate(T* list, std::size_t n) { freeAstMemory(list, n * sizeof(T)); }
  friend bool operator==(const AstAllocator&, const AstAllocator&) { return true; }
};
template <typename T>
using AstVector = std::vector<T, AstAllocator<T>>;

struct Expr;
struct Stmt;

// How an owning pointer destroys a node: by its kind, with the destructor of its class
// (ast.cpp). Nodes have no virtual destructor, so that they carry no vtable pointer: 8 bytes
// less in each of the hundreds of nodes a tree holds. A std::unique_ptr<NameExpr> (what
// std::make_unique returns) converts to an ExprPtr.
struct AstDeleter {
  AstDeleter() = default;
  template <typename T>
  AstDeleter(std::default_delete<T>) {}  // NOLINT(google-explicit-constructor): conversion
  void operator()(Expr* expr) const;
  void operator()(Stmt* stmt) const;
};
using ExprPtr = std::unique_ptr<Expr, AstDeleter>;
using StmtPtr = std::unique_ptr<Stmt, AstDeleter>;
using ExprList = AstVector<ExprPtr>;
using StmtList = AstVector<StmtPtr>;

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

enum class ExprKind {
  Name,
  Int,
  Float,
  Bool,
  None,
  String,
  Unary,
  Binary,
  Compare,
  BoolOp,
  Ternary,
  Call,
  Attribute,
  Subscript,
  Slice,
  Tuple,
  List,
  Dict,
  Starred,
  Ellipsis,
  ListComp,
  DictComp
};
enum class UnaryOp { Neg, Pos, Not, Invert };
enum class BinaryOp {
  Add,
  Sub,
  Mul,
  Div,
  FloorDiv,
  Mod,
  Pow,
  MatMul,
  BitAnd,
  BitOr,
  BitXor,
  LShift,
  RShift
};
enum class CompareOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class BoolOpKind { And, Or };

const char* exprKindName(ExprKind kind);
const char* unaryOpName(UnaryOp op);      // "-", "+", "not", "~"
const char* binaryOpName(BinaryOp op);    // "+", "//", "**", ...
const char* compareOpName(CompareOp op);  // "==", "is not", "not in", ...
const char* boolOpName(BoolOpKind op);    // "and", "or"

// The base of Expr and Stmt, for allocation only: `new` takes nodes from the AST's pool
// (allocateAstMemory above) and `delete` gives them back.
struct AstNode {
  static void* operator new(std::size_t size) { return allocateAstMemory(size); }
  static void operator delete(void* node, std::size_t size) { freeAstMemory(node, size); }
};

// [book:expr-base]
// The base of every expression node. `kind` says which subclass it is; `as<T>()` downcasts
// once the kind has been checked (a switch over `kind` is how every consumer dispatches).
struct Expr : AstNode {
  SourceRange range;
  ExprKind kind;  // after the range: a subclass's first small field (an operator) fits beside it

  template <typename T>
  T& as() {
    return static_cast<T&>(*this);
  }
  template <typename T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }

 protected:
  Expr(ExprKind k, SourceRange r) : range(r), kind(k) {}
  ~Expr() = default;  // not virtual: an ExprPtr destroys a node by its kind (AstDeleter)
};
// [/book:expr-base]

// The name is built in place from the spelling (a string_view into the source), with no
// temporary std::string to move from.
struct NameExpr : Expr {
  std::string name;
  NameExpr(SourceRange r, std::string_view n) : Expr(ExprKind::Name, std::move(r)), name(n) {}
};

struct IntExpr : Expr {
  int64_t value;
  IntExpr(SourceRange r, int64_t v) : Expr(ExprKind::Int, std::move(r)), value(v) {}
};

struct FloatExpr : Expr {
  double value;
  FloatExpr(SourceRange r, double v) : Expr(ExprKind::Float, std::move(r)), value(v) {}
};

struct BoolExpr : Expr {
  bool value;
  BoolExpr(SourceRange r, bool v) : Expr(ExprKind::Bool, std::move(r)), value(v) {}
};

struct NoneExpr : Expr {
  explicit NoneExpr(SourceRange r) : Expr(ExprKind::None, std::move(r)) {}
};

// Adjacent literals ("a" 'b') are already concatenated; the range spans all of them.
struct StringExpr : Expr {
  std::string value;
  StringExpr(SourceRange r, std::string v)
      : Expr(ExprKind::String, std::move(r)), value(std::move(v)) {}
};

// Range: the operator .. the operand's end.
struct UnaryExpr : Expr {
  UnaryOp op;
  ExprPtr operand;
  UnaryExpr(SourceRange r, UnaryOp o, ExprPtr e)
      : Expr(ExprKind::Unary, std::move(r)), op(o), operand(std::move(e)) {}
};

// [book:binary-compare]
// Range: lhs start .. rhs end.
struct BinaryExpr : Expr {
  BinaryOp op;
  ExprPtr lhs, rhs;
  BinaryExpr(SourceRange r, BinaryOp o, ExprPtr l, ExprPtr rh)
      : Expr(ExprKind::Binary, std::move(r)), op(o), lhs(std::move(l)), rhs(std::move(rh)) {}
};
// [/book:binary-compare]

// A chain `a < b < c` keeps Python's meaning (a < b and b < c, b evaluated once):
// ops = {Lt, Lt}, operands = {a, b, c}. A single comparison has one op and two operands.
struct CompareExpr : Expr {
  AstVector<CompareOp> ops;
  ExprList operands;
  CompareExpr(SourceRange r, AstVector<CompareOp> o, ExprList e)
      : Expr(ExprKind::Compare, std::move(r)), ops(std::move(o)), operands(std::move(e)) {}
};

// `a and b and c` is the left-associative tree ((a and b) and c).
struct BoolOpExpr : Expr {
  BoolOpKind op;
  ExprPtr lhs, rhs;
  BoolOpExpr(SourceRange r, BoolOpKind o, ExprPtr l, ExprPtr rh)
      : Expr(ExprKind::BoolOp, std::move(r)), op(o), lhs(std::move(l)), rhs(std::move(rh)) {}
};

// `true_expr if cond else false_expr`; range: true_expr start .. false_expr end.
struct TernaryExpr : Expr {
  ExprPtr cond, true_expr, false_expr;
  TernaryExpr(SourceRange r, ExprPtr c, ExprPtr t, ExprPtr f)
      : Expr(ExprKind::Ternary, std::move(r)),
        cond(std::move(c)),
        true_expr(std::move(t)),
        false_expr(std::move(f)) {}
};

// A keyword argument `name=value` in a call; `range` covers the name.
struct Keyword {
  std::string name;
  SourceRange range;
  ExprPtr value;
};

// Range: callee start .. the closing ')'. `*xs` arguments appear in args as StarredExpr.
struct CallExpr : Expr {
  ExprPtr callee;
  ExprList args;
  std::vector<Keyword> keywords;
  CallExpr(SourceRange r, ExprPtr c, ExprList a, std::vector<Keyword> k)
      : Expr(ExprKind::Call, std::move(r)),
        callee(std::move(c)),
        args(std::move(a)),
        keywords(std::move(k)) {}
};

// `value.name`; range: value start .. name end; name_range: just the name.
struct AttributeExpr : Expr {
  ExprPtr value;
  std::string name;
  SourceRange name_range;
  AttributeExpr(SourceRange r, ExprPtr v, std::string_view n, SourceRange nr)
      : Expr(ExprKind::Attribute, std::move(r)),
        value(std::move(v)),
        name(n),
        name_range(std::move(nr)) {}
};

// `value[i, j:k]` has two indices (the second a SliceExpr); range: value start .. ']'.
struct SubscriptExpr : Expr {
  ExprPtr value;
  ExprList indices;
  SubscriptExpr(SourceRange r, ExprPtr v, ExprList i)
      : Expr(ExprKind::Subscript, std::move(r)), value(std::move(v)), indices(std::move(i)) {}
};

// `start:stop:step` inside a subscript; each part may be null when omitted.
struct SliceExpr : Expr {
  ExprPtr start, stop, step;
  SliceExpr(SourceRange r, ExprPtr a, ExprPtr b, ExprPtr c)
      : Expr(ExprKind::Slice, std::move(r)),
        start(std::move(a)),
        stop(std::move(b)),
        step(std::move(c)) {}
};

// Without parentheses the range spans first..last element; with them it includes them.
struct TupleExpr : Expr {
  ExprList elements;
  TupleExpr(SourceRange r, ExprList e)
      : Expr(ExprKind::Tuple, std::move(r)), elements(std::move(e)) {}
};

struct ListExpr : Expr {
  ExprList elements;
  ListExpr(SourceRange r, ExprList e)
      : Expr(ExprKind::List, std::move(r)), elements(std::move(e)) {}
};

// keys[i] maps to values[i].
struct DictExpr : Expr {
  ExprList keys, values;
  DictExpr(SourceRange r, ExprList k, ExprList v)
      : Expr(ExprKind::Dict, std::move(r)), keys(std::move(k)), values(std::move(v)) {}
};

struct StarredExpr : Expr {
  ExprPtr value;
  StarredExpr(SourceRange r, ExprPtr v)
      : Expr(ExprKind::Starred, std::move(r)), value(std::move(v)) {}
};

struct EllipsisExpr : Expr {
  explicit EllipsisExpr(SourceRange r) : Expr(ExprKind::Ellipsis, std::move(r)) {}
};

// `[element for target in iter]` (one `for`, no `if`, as upstream supports).
struct ListCompExpr : Expr {
  ExprPtr element;
  ExprPtr target;
  ExprPtr iter;
  ListCompExpr(SourceRange r, ExprPtr e, ExprPtr t, ExprPtr i)
      : Expr(ExprKind::ListComp, std::move(r)),
        element(std::move(e)),
        target(std::move(t)),
        iter(std::move(i)) {}
};

// `{key: value for target in iter}` (one `for`, no `if`, as upstream supports).
struct DictCompExpr : Expr {
  ExprPtr key;
  ExprPtr value;
  ExprPtr target;
  ExprPtr iter;
  DictCompExpr(SourceRange r, ExprPtr k, ExprPtr v, ExprPtr t, ExprPtr i)
      : Expr(ExprKind::DictComp, std::move(r)),
        key(std::move(k)),
        value(std::move(v)),
        target(std::move(t)),
        iter(std::move(i)) {}
};

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

enum class StmtKind {
  Def,
  Class,
  Assign,
  AugAssign,
  ExprStmt,
  Return,
  If,
  While,
  For,
  Pass,
  Break,
  Continue,
  Raise,
  Assert,
  Del,
  Import,
  With
};

const char* stmtKindName(StmtKind kind);

// The base of every statement node; a statement's range starts at its keyword (or first
// target) and ends at the end of its last line (for compound statements, its body's last).
struct Stmt : AstNode {
  SourceRange range;
  StmtKind kind;  // after the range, as in Expr

  template <typename T>
  T& as() {
    return static_cast<T&>(*this);
  }
  template <typename T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }

 protected:
  Stmt(StmtKind k, SourceRange r) : range(r), kind(k) {}
  ~Stmt() = default;  // not virtual, as Expr's
};

// One parameter of a def. `type` and `default_value` are null when absent; a type comment
// fills `type`. `range` covers the name and any annotation/default. Parameters after a bare
// `*` are keyword-only.
struct Param {
  std::string name;
  SourceRange range;
  ExprPtr type;
  ExprPtr default_value;
  bool keyword_only = false;
};

struct DefStmt : Stmt {
  std::string name;
  SourceRange name_range;
  std::vector<Param> params;
  ExprPtr return_type;  // null when absent
  StmtList body;
  ExprList decorators;  // `@torch.jit.script` etc., kept as expressions, outermost first
  explicit DefStmt(SourceRange r) : Stmt(StmtKind::Def, std::move(r)) {}
};

struct ClassStmt : Stmt {
  std::string name;
  ExprList bases;
  StmtList body;
  explicit ClassStmt(SourceRange r) : Stmt(StmtKind::Class, std::move(r)) {}
};

// `a = b = v` has two targets; `x: int = v` has an annotation; `x: int` alone has value null.
// Range: first target start .. value end (or the annotation's end when there is no value).
struct AssignStmt : Stmt {
  ExprList targets;
  ExprPtr value;
  ExprPtr annotation;
  AssignStmt(SourceRange r, ExprList t, ExprPtr v, ExprPtr a)
      : Stmt(StmtKind::Assign, std::move(r)),
        targets(std::move(t)),
        value(std::move(v)),
        annotation(std::move(a)) {}
};

struct AugAssignStmt : Stmt {
  BinaryOp op;
  ExprPtr target;
  ExprPtr value;
  AugAssignStmt(SourceRange r, BinaryOp o, ExprPtr t, ExprPtr v)
      : Stmt(StmtKind::AugAssign, std::move(r)), op(o), target(std::move(t)), value(std::move(v)) {}
};

// An expression used as a statement (a call, or a docstring); range: the expression's.
struct ExprStmt : Stmt {
  ExprPtr expr;
  ExprStmt(SourceRange r, ExprPtr e) : Stmt(StmtKind::ExprStmt, std::move(r)), expr(std::move(e)) {}
};

struct ReturnStmt : Stmt {
  ExprPtr value;  // null for a bare `return`
  ReturnStmt(SourceRange r, ExprPtr v)
      : Stmt(StmtKind::Return, std::move(r)), value(std::move(v)) {}
};

// [book:control-flow-stmts]
// `elif` is sugar: else_body then holds exactly one IfStmt.
struct IfStmt : Stmt {
  ExprPtr cond;
  StmtList then_body;
  StmtList else_body;
  IfStmt(SourceRange r, ExprPtr c) : Stmt(StmtKind::If, std::move(r)), cond(std::move(c)) {}
};

struct WhileStmt : Stmt {
  ExprPtr cond;
  StmtList body;
  WhileStmt(SourceRange r, ExprPtr c) : Stmt(StmtKind::While, std::move(r)), cond(std::move(c)) {}
};

// `for a, b in x` has a TupleExpr target.
struct ForStmt : Stmt {
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  ForStmt(SourceRange r, ExprPtr t, ExprPtr i)
      : Stmt(StmtKind::For, std::move(r)), target(std::move(t)), iter(std::move(i)) {}
};
// [/book:control-flow-stmts]

// `with a as x, b:` — each item is a context expression and an optional target.
struct WithItem {
  SourceRange range;
  ExprPtr context;
  ExprPtr target;  // null without `as`
};

struct WithStmt : Stmt {
  std::vector<WithItem> items;
  StmtList body;
  explicit WithStmt(SourceRange r) : Stmt(StmtKind::With, std::move(r)) {}
};

struct PassStmt : Stmt {
  explicit PassStmt(SourceRange r) : Stmt(StmtKind::Pass, std::move(r)) {}
};
struct BreakStmt : Stmt {
  explicit BreakStmt(SourceRange r) : Stmt(StmtKind::Break, std::move(r)) {}
};
struct ContinueStmt : Stmt {
  explicit ContinueStmt(SourceRange r) : Stmt(StmtKind::Continue, std::move(r)) {}
};

struct RaiseStmt : Stmt {
  ExprPtr exception;  // null for a bare `raise`
  RaiseStmt(SourceRange r, ExprPtr e)
      : Stmt(StmtKind::Raise, std::move(r)), exception(std::move(e)) {}
};

struct AssertStmt : Stmt {
  ExprPtr test;
  ExprPtr message;  // null when absent
  AssertStmt(SourceRange r, ExprPtr t, ExprPtr m)
      : Stmt(StmtKind::Assert, std::move(r)), test(std::move(t)), message(std::move(m)) {}
};

struct DelStmt : Stmt {
  ExprList targets;
  DelStmt(SourceRange r, ExprList t) : Stmt(StmtKind::Del, std::move(r)), targets(std::move(t)) {}
};

// `import x` / `from x import y`: parsed and kept so that whole files parse; the compiler
// ignores them.
struct ImportStmt : Stmt {
  explicit ImportStmt(SourceRange r) : Stmt(StmtKind::Import, std::move(r)) {}
};

// A parsed piece of source: its top-level statements and the Source they point into.
struct Module {
  StmtList body;
  SourcePtr source;
};

// An indented tree, one node per line with its kind and line:col, for the teaching view.
std::string dumpAst(const Module& module);
std::string dumpAst(const Stmt& stmt);
std::string dumpAst(const Expr& expr);

}  // namespace minijit
