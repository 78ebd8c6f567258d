// Names of AST kinds and operators, and dumpAst: the indented tree the teaching view prints,
// one node per line with its kind, its details and the line:col where its range starts.
// Book chapter 3 ("Parsing").
#include "parser/ast.h"

#include <atomic>
#include <cstdint>
#include <new>
#include <sstream>

namespace minijit {

namespace {

// The AST's pool (ast_pool.h): here are its slow paths, kept out of line, and its state.
std::atomic<uint64_t> next_pool_id{1};

}  // namespace

namespace ast_pool {

constinit thread_local NodePool node_pool;

// The slow path of allocateAstMemory, kept out of line: the chunk being carved has no room
// for `bytes`. A freed block of that size is reused if there is one; otherwise the block is
// carved from the chunk after the current one (one taken before a restart, or a new one).
void* allocateWhenChunkIsFull(NodePool& pool, size_t bytes) {
  FreeBlock*& free_list = pool.free_lists[sizeClass(bytes)];
  if (FreeBlock* block = free_list) {
    free_list = block->next;
    return block;
  }
  ChunkHeader* next = pool.chunk ? pool.chunk->next : pool.first_chunk;
  if (!next) {
    if (pool.id == 0) pool.id = next_pool_id.fetch_add(1);
    next = static_cast<ChunkHeader*>(::operator new(kChunkBytes, std::align_val_t{kChunkBytes}));
    *next = ChunkHeader{pool.id, nullptr};
    (pool.chunk ? pool.chunk->next : pool.first_chunk) = next;
  }
  pool.chunk = next;
  char* block = reinterpret_cast<char*>(next) + sizeof(ChunkHeader);
  pool.carve = block + bytes;
  pool.carve_end = reinterpret_cast<char*>(next) + kChunkBytes;
  return block;
}

// Every block is back: the next tree is carved from the start of the first chunk.
void restart(NodePool& pool) {
  for (FreeBlock*& free_list : pool.free_lists) free_list = nullptr;
  pool.chunk = nullptr;
  pool.carve = pool.carve_end = nullptr;
}

}  // namespace ast_pool

// Each kind's class, so that a node is destroyed (and its block given back, with the class's
// size) as what it is.
void AstDeleter::operator()(Expr* expr) const {
  switch (expr->kind) {
    case ExprKind::Name: return delete &expr->as<NameExpr>();
    case ExprKind::Int: return delete &expr->as<IntExpr>();
    case ExprKind::Float: return delete &expr->as<FloatExpr>();
    case ExprKind::Bool: return delete &expr->as<BoolExpr>();
    case ExprKind::None: return delete &expr->as<NoneExpr>();
    case ExprKind::String: return delete &expr->as<StringExpr>();
    case ExprKind::Unary: return delete &expr->as<UnaryExpr>();
    case ExprKind::Binary: return delete &expr->as<BinaryExpr>();
    case ExprKind::Compare: return delete &expr->as<CompareExpr>();
    case ExprKind::BoolOp: return delete &expr->as<BoolOpExpr>();
    case ExprKind::Ternary: return delete &expr->as<TernaryExpr>();
    case ExprKind::Call: return delete &expr->as<CallExpr>();
    case ExprKind::Attribute: return delete &expr->as<AttributeExpr>();
    case ExprKind::Subscript: return delete &expr->as<SubscriptExpr>();
    case ExprKind::Slice: return delete &expr->as<SliceExpr>();
    case ExprKind::Tuple: return delete &expr->as<TupleExpr>();
    case ExprKind::List: return delete &expr->as<ListExpr>();
    case ExprKind::Dict: return delete &expr->as<DictExpr>();
    case ExprKind::Starred: return delete &expr->as<StarredExpr>();
    case ExprKind::Ellipsis: return delete &expr->as<EllipsisExpr>();
    case ExprKind::ListComp: return delete &expr->as<ListCompExpr>();
    case ExprKind::DictComp: return delete &expr->as<DictCompExpr>();
  }
}

void AstDeleter::operator()(Stmt* stmt) const {
  switch (stmt->kind) {
    case StmtKind::Def: return delete &stmt->as<DefStmt>();
    case StmtKind::Class: return delete &stmt->as<ClassStmt>();
    case StmtKind::Assign: return delete &stmt->as<AssignStmt>();
    case StmtKind::AugAssign: return delete &stmt->as<AugAssignStmt>();
    case StmtKind::ExprStmt: return delete &stmt->as<ExprStmt>();
    case StmtKind::Return: return delete &stmt->as<ReturnStmt>();
    case StmtKind::If: return delete &stmt->as<IfStmt>();
    case StmtKind::While: return delete &stmt->as<WhileStmt>();
    case StmtKind::For: return delete &stmt->as<ForStmt>();
    case StmtKind::Pass: return delete &stmt->as<PassStmt>();
    case StmtKind::Break: return delete &stmt->as<BreakStmt>();
    case StmtKind::Continue: return delete &stmt->as<ContinueStmt>();
    case StmtKind::Raise: return delete &stmt->as<RaiseStmt>();
    case StmtKind::Assert: return delete &stmt->as<AssertStmt>();
    case StmtKind::Del: return delete &stmt->as<DelStmt>();
    case StmtKind::Import: return delete &stmt->as<ImportStmt>();
    case StmtKind::With: return delete &stmt->as<WithStmt>();
  }
}

const char* exprKindName(ExprKind kind) {
  switch (kind) {
    case ExprKind::Name:
      return "Name";
    case ExprKind::Int:
      return "Int";
    case ExprKind::Float:
      return "Float";
    case ExprKind::Bool:
      return "Bool";
    case ExprKind::None:
      return "None";
    case ExprKind::String:
      return "String";
    case ExprKind::Unary:
      return "Unary";
    case ExprKind::Binary:
      return "Binary";
    case ExprKind::Compare:
      return "Compare";
    case ExprKind::BoolOp:
      return "BoolOp";
    case ExprKind::Ternary:
      return "Ternary";
    case ExprKind::Call:
      return "Call";
    case ExprKind::Attribute:
      return "Attribute";
    case ExprKind::Subscript:
      return "Subscript";
    case ExprKind::Slice:
      return "Slice";
    case ExprKind::Tuple:
      return "Tuple";
    case ExprKind::List:
      return "List";
    case ExprKind::Dict:
      return "Dict";
    case ExprKind::Starred:
      return "Starred";
    case ExprKind::Ellipsis:
      return "Ellipsis";
    case ExprKind::ListComp:
      return "ListComp";
    case ExprKind::DictComp:
      return "DictComp";
  }
  return "?";
}

const char* unaryOpName(UnaryOp op) {
  switch (op) {
    case UnaryOp::Neg:
      return "-";
    case UnaryOp::Pos:
      return "+";
    case UnaryOp::Not:
      return "not";
    case UnaryOp::Invert:
      return "~";
  }
  return "?";
}

const char* binaryOpName(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add:
      return "+";
    case BinaryOp::Sub:
      return "-";
    case BinaryOp::Mul:
      return "*";
    case BinaryOp::Div:
      return "/";
    case BinaryOp::FloorDiv:
      return "//";
    case BinaryOp::Mod:
      return "%";
    case BinaryOp::Pow:
      return "**";
    case BinaryOp::MatMul:
      return "@";
    case BinaryOp::BitAnd:
      return "&";
    case BinaryOp::BitOr:
      return "|";
    case BinaryOp::BitXor:
      return "^";
    case BinaryOp::LShift:
      return "<<";
    case BinaryOp::RShift:
      return ">>";
  }
  return "?";
}

const char* compareOpName(CompareOp op) {
  switch (op) {
    case CompareOp::Eq:
      return "==";
    case CompareOp::NotEq:
      return "!=";
    case CompareOp::Lt:
      return "<";
    case CompareOp::LtE:
      return "<=";
    case CompareOp::Gt:
      return ">";
    case CompareOp::GtE:
      return ">=";
    case CompareOp::Is:
      return "is";
    case CompareOp::IsNot:
      return "is not";
    case CompareOp::In:
      return "in";
    case CompareOp::NotIn:
      return "not in";
  }
  return "?";
}

const char* boolOpName(BoolOpKind op) {
  return op == BoolOpKind::And ? "and" : "or";
}

const char* stmtKindName(StmtKind kind) {
  switch (kind) {
    case StmtKind::Def:
      return "Def";
    case StmtKind::Class:
      return "Class";
    case StmtKind::Assign:
      return "Assign";
    case StmtKind::AugAssign:
      return "AugAssign";
    case StmtKind::ExprStmt:
      return "ExprStmt";
    case StmtKind::Return:
      return "Return";
    case StmtKind::If:
      return "If";
    case StmtKind::While:
      return "While";
    case StmtKind::For:
      return "For";
    case StmtKind::Pass:
      return "Pass";
    case StmtKind::Break:
      return "Break";
    case StmtKind::Continue:
      return "Continue";
    case StmtKind::Raise:
      return "Raise";
    case StmtKind::Assert:
      return "Assert";
    case StmtKind::Del:
      return "Del";
    case StmtKind::Import:
      return "Import";
    case StmtKind::With:
      return "With";
  }
  return "?";
}

namespace {

// Writes the tree depth-first. Children that play a named role (a def's body, an if's else
// branch) sit under a label line so that the shape of the tree reads directly.
class AstDumper {
 public:
  std::string str() const { return out_.str(); }

  void stmts(const StmtList& list, int depth) {
    for (const StmtPtr& s : list) stmt(*s, depth);
  }

  void stmt(const Stmt& s, int depth) {
    switch (s.kind) {
      case StmtKind::Def:
        return def(s.as<DefStmt>(), depth);
      case StmtKind::Class: {
        const auto& c = s.as<ClassStmt>();
        node(depth, "Class " + c.name, s.range);
        exprs(c.bases, depth + 1, "bases");
        return block(c.body, depth + 1, "body");
      }
      case StmtKind::Assign: {
        const auto& a = s.as<AssignStmt>();
        node(depth, "Assign", s.range);
        exprs(a.targets, depth + 1, "targets");
        optional(a.annotation.get(), depth + 1, "annotation");
        return optional(a.value.get(), depth + 1, "value");
      }
      case StmtKind::AugAssign: {
        const auto& a = s.as<AugAssignStmt>();
        node(depth, std::string("AugAssign ") + binaryOpName(a.op) + "=", s.range);
        expr(*a.target, depth + 1);
        return expr(*a.value, depth + 1);
      }
      case StmtKind::ExprStmt:
        node(depth, "ExprStmt", s.range);
        return expr(*s.as<ExprStmt>().expr, depth + 1);
      case StmtKind::Return:
        node(depth, "Return", s.range);
        return optional(s.as<ReturnStmt>().value.get(), depth + 1, "");
      case StmtKind::If: {
        const auto& i = s.as<IfStmt>();
        node(depth, "If", s.range);
        expr(*i.cond, depth + 1);
        block(i.then_body, depth + 1, "then");
        return block(i.else_body, depth + 1, "else");
      }
      case StmtKind::While: {
        const auto& w = s.as<WhileStmt>();
        node(depth, "While", s.range);
        expr(*w.cond, depth + 1);
        return block(w.body, depth + 1, "body");
      }
      case StmtKind::For: {
        const auto& f = s.as<ForStmt>();
        node(depth, "For", s.range);
        expr(*f.target, depth + 1);
        expr(*f.iter, depth + 1);
        return block(f.body, depth + 1, "body");
      }
      case StmtKind::Raise:
        node(depth, "Raise", s.range);
        return optional(s.as<RaiseStmt>().exception.get(), depth + 1, "");
      case StmtKind::Assert: {
        const auto& a = s.as<AssertStmt>();
        node(depth, "Assert", s.range);
        expr(*a.test, depth + 1);
        return optional(a.message.get(), depth + 1, "message");
      }
      case StmtKind::Del:
        node(depth, "Del", s.range);
        return exprs(s.as<DelStmt>().targets, depth + 1, "");
      case StmtKind::With: {
        const auto& w = s.as<WithStmt>();
        node(depth, "With", s.range);
        for (const WithItem& item : w.items) {
          expr(*item.context, depth + 1);
          optional(item.target.get(), depth + 1, "as");
        }
        return block(w.body, depth + 1, "body");
      }
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Import:
        return node(depth, stmtKindName(s.kind), s.range);
    }
  }

  void expr(const Expr& e, int depth) {
    std::string head = exprKindName(e.kind);
    switch (e.kind) {
      case ExprKind::Name:
        return node(depth, head + " " + e.as<NameExpr>().name, e.range);
      case ExprKind::Int:
        return node(depth, head + " " + std::to_string(e.as<IntExpr>().value), e.range);
      case ExprKind::Float: {
        std::ostringstream value;
        value << e.as<FloatExpr>().value;
        std::string text = value.str();
        if (text.find_first_of(".einf") == std::string::npos) text += ".0";  // 1.0, not 1
        return node(depth, head + " " + text, e.range);
      }
      case ExprKind::Bool:
        return node(depth, head + (e.as<BoolExpr>().value ? " True" : " False"), e.range);
      case ExprKind::String:
        return node(depth, head + " " + quote(e.as<StringExpr>().value), e.range);
      case ExprKind::None:
      case ExprKind::Ellipsis:
        return node(depth, head, e.range);
      case ExprKind::Unary: {
        const auto& u = e.as<UnaryExpr>();
        node(depth, head + " " + unaryOpName(u.op), e.range);
        return expr(*u.operand, depth + 1);
      }
      case ExprKind::Binary: {
        const auto& b = e.as<BinaryExpr>();
        node(depth, head + " " + binaryOpName(b.op), e.range);
        expr(*b.lhs, depth + 1);
        return expr(*b.rhs, depth + 1);
      }
      case ExprKind::Compare: {
        const auto& c = e.as<CompareExpr>();
        for (CompareOp op : c.ops) head += std::string(" ") + compareOpName(op) + ",";
        head.pop_back();
        node(depth, head, e.range);
        return exprs(c.operands, depth + 1, "");
      }
      case ExprKind::BoolOp: {
        const auto& b = e.as<BoolOpExpr>();
        node(depth, head + " " + boolOpName(b.op), e.range);
        expr(*b.lhs, depth + 1);
        return expr(*b.rhs, depth + 1);
      }
      case ExprKind::Ternary: {
        const auto& t = e.as<TernaryExpr>();
        node(depth, head, e.range);
        expr(*t.cond, depth + 1);
        expr(*t.true_expr, depth + 1);
        return expr(*t.false_expr, depth + 1);
      }
      case ExprKind::Call:
        return call(e.as<CallExpr>(), depth);
      case ExprKind::Attribute: {
        const auto& a = e.as<AttributeExpr>();
        node(depth, head + " ." + a.name, e.range);
        return expr(*a.value, depth + 1);
      }
      case ExprKind::Subscript: {
        const auto& s = e.as<SubscriptExpr>();
        node(depth, head, e.range);
        expr(*s.value, depth + 1);
        return exprs(s.indices, depth + 1, "indices");
      }
      case ExprKind::Slice: {
        const auto& s = e.as<SliceExpr>();
        node(depth, head, e.range);
        optional(s.start.get(), depth + 1, "start");
        optional(s.stop.get(), depth + 1, "stop");
        return optional(s.step.get(), depth + 1, "step");
      }
      case ExprKind::Tuple:
        node(depth, head, e.range);
        return exprs(e.as<TupleExpr>().elements, depth + 1, "");
      case ExprKind::List:
        node(depth, head, e.range);
        return exprs(e.as<ListExpr>().elements, depth + 1, "");
      case ExprKind::Dict: {
        const auto& d = e.as<DictExpr>();
        node(depth, head, e.range);
        for (size_t i = 0; i < d.keys.size(); ++i) {
          expr(*d.keys[i], depth + 1);
          expr(*d.values[i], depth + 2);
        }
        return;
      }
      case ExprKind::Starred:
        node(depth, head, e.range);
        return expr(*e.as<StarredExpr>().value, depth + 1);
      case ExprKind::ListComp: {
        const auto& c = e.as<ListCompExpr>();
        node(depth, head, e.range);
        expr(*c.element, depth + 1);
        expr(*c.target, depth + 1);
        return expr(*c.iter, depth + 1);
      }
      case ExprKind::DictComp: {
        const auto& c = e.as<DictCompExpr>();
        node(depth, head, e.range);
        expr(*c.key, depth + 1);
        expr(*c.value, depth + 2);
        expr(*c.target, depth + 1);
        return expr(*c.iter, depth + 1);
      }
    }
  }

 private:
  void def(const DefStmt& d, int depth) {
    node(depth, "Def " + d.name, d.range);
    exprs(d.decorators, depth + 1, "decorators");
    for (const Param& p : d.params) {
      node(depth + 1, "Param " + p.name + (p.keyword_only ? " (keyword-only)" : ""), p.range);
      optional(p.type.get(), depth + 2, "type");
      optional(p.default_value.get(), depth + 2, "default");
    }
    optional(d.return_type.get(), depth + 1, "returns");
    block(d.body, depth + 1, "body");
  }

  void call(const CallExpr& c, int depth) {
    node(depth, "Call", c.range);
    expr(*c.callee, depth + 1);
    exprs(c.args, depth + 1, "");
    for (const Keyword& k : c.keywords) {
      node(depth + 1, "Keyword " + k.name, k.range);
      expr(*k.value, depth + 2);
    }
  }

  void node(int depth, const std::string& text, const SourceRange& range) {
    out_ << std::string(2 * depth, ' ') << text << " " << range.line() << ":" << range.column()
         << "\n";
  }
  void label(int depth, const std::string& text) {
    out_ << std::string(2 * depth, ' ') << text << ":\n";
  }
  void optional(const Expr* e, int depth, const std::string& name) {
    if (!e) return;
    if (name.empty()) return expr(*e, depth);
    label(depth, name);
    expr(*e, depth + 1);
  }
  void exprs(const ExprList& list, int depth, const std::string& name) {
    if (list.empty()) return;
    if (!name.empty()) label(depth++, name);
    for (const ExprPtr& e : list) expr(*e, depth);
  }
  void block(const StmtList& list, int depth, const std::string& name) {
    if (list.empty()) return;
    label(depth, name);
    stmts(list, depth + 1);
  }

  static std::string quote(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
      if (c == '\n')
        out += "\\n";
      else if (c == '\'')
        out += "\\'";
      else if (c == '\\')
        out += "\\\\";
      else
        out += c;
    }
    return out + "'";
  }

  std::ostringstream out_;
};

}  // namespace

std::string dumpAst(const Module& module) {
  AstDumper dumper;
  dumper.stmts(module.body, 0);
  return dumper.str();
}

std::string dumpAst(const Stmt& stmt) {
  AstDumper dumper;
  dumper.stmt(stmt, 0);
  return dumper.str();
}

std::string dumpAst(const Expr& expr) {
  AstDumper dumper;
  dumper.expr(expr, 0);
  return dumper.str();
}

}  // namespace minijit
