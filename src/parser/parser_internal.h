// The recursive-descent Parser shared by the two halves of the parser: parser.cpp (modules
// and statements) and expression_parser.cpp (expressions, by precedence climbing). It holds the
// token cursor and declares one function per grammar rule. Internal to the parser layer.
// Book chapter 3 ("Parsing").
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "util/error.h"

namespace minijit::parsing {

inline bool isLayout(TokenKind kind) {
  return kind == TokenKind::NEWLINE || kind == TokenKind::INDENT || kind == TokenKind::DEDENT ||
         kind == TokenKind::TYPE_COMMENT || kind == TokenKind::END_OF_FILE;
}

// What an error message calls an expected token: the quoted spelling of an operator or
// keyword (`':'`), the plain word for the others (`newline`), as upstream does.
inline std::string describeExpected(TokenKind kind) {
  if (kind >= TokenKind::DEF) return std::string("'") + tokenKindDescription(kind) + "'";
  return tokenKindDescription(kind);
}

// [book:precedence]
// How tightly an infix operator binds, loosest first. `Not` is the level of the prefix `not`;
// `None` marks a token that is no infix operator.
enum class Precedence : uint8_t {
  None,
  Or,       // or
  And,      // and
  Not,      // not x (prefix)
  Compare,  // == != < <= > >= in not-in is is-not
  BitOr,    // |
  BitXor,   // ^
  BitAnd,   // &
  Shift,    // << >>
  Arith,    // + -
  Term,     // * / // % @
};
// [/book:precedence]
inline Precedence tighter(Precedence level) {
  return static_cast<Precedence>(static_cast<uint8_t>(level) + 1);
}

// The parser's state: the token list and a cursor into it. `prev_end_` is the end offset of
// the last real token consumed, which is where a node being finished ends (`rangeFrom`).
class Parser {
 public:
  explicit Parser(TokenList tokens)
      : source_(tokens.source()),
        tokens_(std::move(tokens)),
        cur_(&tokens_[0]),
        last_(&tokens_[tokens_.size() - 1]),
        scratch_(threadScratch()),
        stmts_base_(scratch_.stmts.size()),
        exprs_base_(scratch_.exprs.size()) {}
  // A parse that failed may leave children on the scratch stacks; they go with the parser.
  ~Parser() {
    scratch_.stmts.resize(stmts_base_);
    scratch_.exprs.resize(exprs_base_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
  Module parseModule();

  // `(T1, T2) -> R`, the signature in a `# type:` comment, lexed as a fragment.
  std::pair<ExprList, ExprPtr> parseTypeCommentSignature();

 private:
  // ---- token cursor -------------------------------------------------------------------------
  const Token& cur() const { return *cur_; }
  const Token& peekAt(size_t ahead) const {
    return cur_[std::min<size_t>(ahead, last_ - cur_)];
  }
  bool at(TokenKind kind) const { return cur().kind == kind; }

  // [book:token-helpers]
  // A token is only a kind and offsets; the token list turns it back into its spelling, its
  // SourceRange (for an AST node or an error) and its decoded value.
  std::string_view textOf(const Token& token) const { return tokens_.text(token); }
  SourceRange rangeOf(const Token& token) const { return tokens_.range(token); }
  const std::string& valueOf(const Token& token) const { return tokens_.value(token); }
  // [/book:token-helpers]

  // [book:cursor]
  // Consumes the current token. `prev_end_` remembers where the last real (non-layout) token
  // ended: statement ranges end there, not at the NEWLINE or DEDENT that follows.
  // The cursor stays on the last token, END_OF_FILE, once it gets there.
  const Token& next() {
    const Token& token = *cur_;
    if (!isLayout(token.kind)) prev_end_ = token.end;
    if (cur_ != last_) ++cur_;
    return token;
  }
  // [/book:cursor]
  bool nextIf(TokenKind kind) {
    if (!at(kind)) return false;
    next();
    return true;
  }
  const Token& expect(TokenKind kind) {
    if (!at(kind)) throw errorExpected(describeExpected(kind));
    return next();
  }
  // [book:errors-and-ranges]
  ErrorReport errorExpected(const std::string& what) const {
    ErrorReport error(rangeOf(cur()));
    error << "expected " << what << " but found '" << tokenKindDescription(cur().kind) << "' here";
    return error;
  }
  ErrorReport errorAt(const SourceRange& range, const std::string& message) const {
    return ErrorReport(range, message);
  }
  SourceRange rangeFrom(size_t start) const { return SourceRange(source_, start, prev_end_); }
  // SourceRange::merge of the two ranges, written out here so that it is inlined (a binary
  // operator needs one): an expression's range is always valid, so merge's checks for an
  // invalid range are left out.
  static SourceRange span(const Expr& first, const Expr& last) {
    return SourceRange(first.range.source(), std::min(first.range.start(), last.range.start()),
                       std::max(first.range.end(), last.range.end()));
  }
  // [/book:errors-and-ranges]

  // [book:scratch]
  // Lists of children (a block's statements, a call's arguments, a tuple's elements) are
  // collected on a per-thread stack, then moved into a vector of exactly their size: one
  // allocation per list, where push_back would allocate again each time the list doubles.
  // Nested lists push above the outer list's children and take theirs off before it goes on.
  // (The stacks live as long as the thread, so their memory comes from malloc rather than the
  // AST's pool, which starts again only when all its blocks are back: ast.cpp.)
  using StmtStack = std::vector<StmtPtr>;
  using ExprStack = std::vector<ExprPtr>;
  struct Scratch {
    StmtStack stmts;
    ExprStack exprs;
  };
  static Scratch& threadScratch() {
    thread_local Scratch scratch;
    return scratch;
  }
  template <typename T>
  static AstVector<T> takeFrom(std::vector<T>& stack, size_t base) {
    AstVector<T> list(std::make_move_iterator(stack.begin() + base),
                      std::make_move_iterator(stack.end()));
    stack.resize(base);
    return list;
  }
  // [/book:scratch]

  // ---- statements ---------------------------------------------------------------------------
  void parseStatement(StmtStack& out);

  // Simple statements share a line, separated by ';'.
  void parseSimpleStatements(StmtStack& out);
  bool atEndOfSimpleStatement() const;
  // Inlined into their one caller (parseSimpleStatements), as most statements go through
  // both: a call costs about as much as a simple statement's own work around its expressions.
  [[gnu::always_inline]] StmtPtr parseSimpleStatement();

  // `import a.b as c`, `from a import (b, c)`: kept as a node, their contents skipped.
  StmtPtr parseImport();

  // An expression, an assignment (plain, chained, annotated, tuple) or an augmented one.
  [[gnu::always_inline]] StmtPtr parseExpressionStatement();

  // The body after a ':' — an indented block, or simple statements on the same line. For a
  // def, a type comment may sit after the ':' or alone on the next line; it is handed back.
  StmtList parseBlock(std::optional<Token>* type_comment = nullptr);
  void takeTypeComment(std::optional<Token>* type_comment);

  // Decorators (`@torch.jit.script`, `@torch.jit.export`) then the def or class they modify.
  StmtPtr parseDecorated();
  StmtPtr parseDef(ExprList decorators);
  void parseParams(std::vector<Param>& params);
  Param parseParam(bool keyword_only);

  // Upstream merges `# type: (int, Tensor) -> Tensor` into the declaration, replacing any
  // annotations; a method's comment may leave out `self`.
  void applyTypeComment(DefStmt& def, const Token& comment);
  StmtPtr parseClass();

  // `elif` is parsed as an if nested in the else branch; its range starts at `elif`.
  StmtPtr parseIf();
  StmtPtr parseWhile();
  StmtPtr parseWith();
  StmtPtr parseFor();

  // ---- expression lists ---------------------------------------------------------------------
  // `a, b, *c`: a bare tuple (range first..last element) when there is a comma.
  ExprPtr parseExprList();

  // The targets of `for` and of comprehensions stop before `in`, so they are parsed at the
  // level of `|` rather than as full expressions (which would swallow `x in xs`).
  ExprPtr parseTargetList();
  // The element parser is a template argument rather than a member pointer passed at run
  // time, so that it is inlined: every expression statement starts here.
  template <ExprPtr (Parser::*parseElement)()>
  [[gnu::always_inline]] ExprPtr parseCommaList();
  // (Inlined: it is the element parser of every expression list, and small.)
  [[gnu::always_inline]] ExprPtr parseExprOrStarred();
  ExprPtr parseTarget();
  ExprPtr parseStarred();

  // ---- expressions, loosest binding first ---------------------------------------------------
  // `a if c else b`; lambdas are not part of TorchScript.
  ExprPtr parseExpr();
  // The same, inlined where most expressions start (a statement's value, a call's arguments):
  // an expression is parsed by several nested calls, and this saves one of them. The rare
  // ternary goes on in parseTernary.
  [[gnu::always_inline]] ExprPtr parseExprInline();
  ExprPtr parseTernary(ExprPtr true_expr);

  // Precedence climbing: an operand, then every infix operator binding at least as tightly as
  // `min`, each with a right operand parsed at the next tighter level.
  ExprPtr parseBinary(Precedence min);

  // A chain `a < b <= c` stays one node so that the frontend can evaluate `b` once.
  ExprPtr parseComparison(ExprPtr first);
  std::optional<CompareOp> parseCompareOp();

  // Unary + - ~, then a right-associative `**` whose base is a postfix expression and whose
  // exponent is a factor again: -2**2 == -(2**2), 2**-1 == 2**(-1). (Upstream folds `-` on a
  // number literal into a negative constant; here it stays a Unary node.)
  ExprPtr parseFactor();
  // A factor without a unary operator: a postfix expression and any `** exponent`. Inlined
  // into parseBinary, where almost every operand starts, and into parseFactor.
  [[gnu::always_inline]] ExprPtr parsePower();

  // Calls, attributes and subscripts chain left to right: a.b(c)[d].
  // parsePostfix and parseAtom are always inlined into their one caller (in
  // expression_parser.cpp, the only file that may call them): every operand goes through both,
  // and a call costs more than most operands' own work. GCC would not inline them by itself,
  // as it must keep a copy for other files anyway.
  [[gnu::always_inline]] ExprPtr parsePostfix();

  // Positional arguments (and `*xs`) first, then keyword arguments.
  ExprPtr parseCall(ExprPtr callee);
  ExprList parseSubscriptList();

  // An index or a slice `start:stop:step` with any part left out.
  ExprPtr parseSubscriptItem();

  // ---- atoms --------------------------------------------------------------------------------
  [[gnu::always_inline]] ExprPtr parseAtom();
  // Inlined into parseAtom: most literals are small ints, read by a loop of a few steps.
  [[gnu::always_inline]] int64_t intValue(const Token& token) const;
  int64_t intValueSlow(const Token& token) const;
  double floatValue(const Token& token) const;

  // Adjacent string literals are one string: "a" 'b' == "ab".
  ExprPtr parseStrings();
  ExprPtr parseFString();

  // `(e)` is e itself (its range unchanged, as upstream); `()`, `(e,)`, `(a, b)` are tuples
  // whose range includes the parentheses.
  ExprPtr parseParenthesized();

  // `[a, b]` or the comprehension `[e for x in xs]`.
  ExprPtr parseListDisplay();
  ExprPtr parseComprehensionIterable();
  ExprPtr parseListComprehension(size_t start, ExprPtr element);
  ExprPtr parseDictComprehension(size_t start, ExprPtr key, ExprPtr value);
  ExprPtr parseDictDisplay();
  SourcePtr source_;
  TokenList tokens_;
  // The cursor is a pointer rather than an index: reading the current token is then one load,
  // and it is read several times for every token. (The list never changes while it is parsed.)
  const Token* cur_;
  const Token* last_;  // END_OF_FILE
  size_t prev_end_ = 0;
  Scratch& scratch_;
  size_t stmts_base_;
  size_t exprs_base_;
};

}  // namespace minijit::parsing
