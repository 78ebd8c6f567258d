// The parser, statement half: modules, compound statements (def, class, if, while, for)
// and simple ones, building the statement nodes of ast.h with their source ranges. The
// expression half is expression_parser.cpp; both implement the Parser of parser_internal.h.
// Book chapter 3 ("Parsing").
#include "parser/parser.h"

#include "parser/parser_internal.h"

namespace minijit {

namespace parsing {

namespace {

std::optional<BinaryOp> augmentedAssignOp(TokenKind kind) {
  switch (kind) {
    case TokenKind::PLUS_EQUAL:
      return BinaryOp::Add;
    case TokenKind::MINUS_EQUAL:
      return BinaryOp::Sub;
    case TokenKind::STAR_EQUAL:
      return BinaryOp::Mul;
    case TokenKind::SLASH_EQUAL:
      return BinaryOp::Div;
    case TokenKind::DOUBLE_SLASH_EQUAL:
      return BinaryOp::FloorDiv;
    case TokenKind::PERCENT_EQUAL:
      return BinaryOp::Mod;
    case TokenKind::DOUBLE_STAR_EQUAL:
      return BinaryOp::Pow;
    case TokenKind::AT_EQUAL:
      return BinaryOp::MatMul;
    case TokenKind::AMPERSAND_EQUAL:
      return BinaryOp::BitAnd;
    case TokenKind::PIPE_EQUAL:
      return BinaryOp::BitOr;
    case TokenKind::CARET_EQUAL:
      return BinaryOp::BitXor;
    case TokenKind::LSHIFT_EQUAL:
      return BinaryOp::LShift;
    case TokenKind::RSHIFT_EQUAL:
      return BinaryOp::RShift;
    default:
      return std::nullopt;
  }
}

}  // namespace

Module Parser::parseModule() {
  Module module;
  module.source = source_;
  StmtStack& stmts = scratch_.stmts;
  size_t base = stmts.size();
  while (!at(TokenKind::END_OF_FILE)) {
    if (nextIf(TokenKind::NEWLINE)) continue;
    parseStatement(stmts);
  }
  module.body = takeFrom(stmts, base);
  return module;
}

// `(T1, T2) -> R`, the signature in a `# type:` comment, lexed as a fragment.
std::pair<ExprList, ExprPtr> Parser::parseTypeCommentSignature() {
  ExprList param_types;
  expect(TokenKind::LPAREN);
  while (!at(TokenKind::RPAREN)) {
    param_types.push_back(parseExpr());
    if (!nextIf(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RPAREN);
  expect(TokenKind::ARROW);
  ExprPtr return_type = parseExpr();
  expect(TokenKind::END_OF_FILE);
  return {std::move(param_types), std::move(return_type)};
}

void Parser::parseStatement(StmtStack& out) {
  // `try` is not a keyword of the subset; say what upstream's frontend says about it.
  if (cur().kind == TokenKind::IDENT && peekAt(1).kind == TokenKind::COLON && textOf(cur()) == "try") {
    throw errorAt(rangeOf(cur()), "try blocks aren't supported");
  }
  switch (cur().kind) {
    case TokenKind::AT:
    case TokenKind::DEF:
      out.push_back(parseDecorated());
      return;
    case TokenKind::CLASS:
      out.push_back(parseClass());
      return;
    case TokenKind::IF:
      out.push_back(parseIf());
      return;
    case TokenKind::WHILE:
      out.push_back(parseWhile());
      return;
    case TokenKind::FOR:
      out.push_back(parseFor());
      return;
    case TokenKind::WITH:
      out.push_back(parseWith());
      return;
    default:
      parseSimpleStatements(out);
      return;
  }
}

// Simple statements share a line, separated by ';'.
// (One call site for parseSimpleStatement, so that the compiler inlines it here.)
void Parser::parseSimpleStatements(StmtStack& out) {
  do {
    out.push_back(parseSimpleStatement());
  } while (nextIf(TokenKind::SEMICOLON) && !at(TokenKind::NEWLINE) &&
           !at(TokenKind::END_OF_FILE));
  if (!at(TokenKind::END_OF_FILE)) expect(TokenKind::NEWLINE);
}

bool Parser::atEndOfSimpleStatement() const {
  return at(TokenKind::NEWLINE) || at(TokenKind::SEMICOLON) || at(TokenKind::END_OF_FILE);
}

inline StmtPtr Parser::parseSimpleStatement() {
  const Token& first = cur();
  size_t start = first.start;
  switch (first.kind) {
    case TokenKind::PASS:
      next();
      return std::make_unique<PassStmt>(rangeOf(first));
    case TokenKind::BREAK:
      next();
      return std::make_unique<BreakStmt>(rangeOf(first));
    case TokenKind::CONTINUE:
      next();
      return std::make_unique<ContinueStmt>(rangeOf(first));
    case TokenKind::RETURN: {
      next();
      ExprPtr value = atEndOfSimpleStatement() ? nullptr : parseExprList();
      return std::make_unique<ReturnStmt>(rangeFrom(start), std::move(value));
    }
    case TokenKind::RAISE: {
      next();
      ExprPtr exception = atEndOfSimpleStatement() ? nullptr : parseExpr();
      return std::make_unique<RaiseStmt>(rangeFrom(start), std::move(exception));
    }
    case TokenKind::ASSERT: {
      next();
      ExprPtr test = parseExpr();
      ExprPtr message = nextIf(TokenKind::COMMA) ? parseExpr() : nullptr;
      return std::make_unique<AssertStmt>(rangeFrom(start), std::move(test), std::move(message));
    }
    case TokenKind::DEL: {
      next();
      ExprList targets;
      do {
        targets.push_back(parseExpr());
      } while (nextIf(TokenKind::COMMA) && !atEndOfSimpleStatement());
      return std::make_unique<DelStmt>(rangeFrom(start), std::move(targets));
    }
    case TokenKind::IMPORT:
    case TokenKind::FROM:
      return parseImport();
    case TokenKind::GLOBAL:
      throw errorAt(rangeOf(first), "global variables aren't supported");
    case TokenKind::NONLOCAL:
    case TokenKind::WITH:
    case TokenKind::YIELD:
      throw errorAt(rangeOf(first), std::string("'") + tokenKindDescription(first.kind) +
                                     "' statements are not supported");
    default:
      return parseExpressionStatement();
  }
}

// `import a.b as c`, `from a import (b, c)`: kept as a node, their contents skipped.
StmtPtr Parser::parseImport() {
  size_t start = cur().start;
  int depth = 0;
  while (!at(TokenKind::END_OF_FILE) &&
         (depth > 0 || !(at(TokenKind::NEWLINE) || at(TokenKind::SEMICOLON)))) {
    if (at(TokenKind::LPAREN)) ++depth;
    if (at(TokenKind::RPAREN)) --depth;
    next();
  }
  return std::make_unique<ImportStmt>(rangeFrom(start));
}

// An expression, an assignment (plain, chained, annotated, tuple) or an augmented one.
inline StmtPtr Parser::parseExpressionStatement() {
  size_t start = cur().start;
  ExprPtr lhs = parseExprList();
  if (nextIf(TokenKind::COLON)) {
    ExprPtr annotation = parseExpr();
    ExprPtr value = nextIf(TokenKind::EQUAL) ? parseExprList() : nullptr;
    ExprList targets;
    targets.push_back(std::move(lhs));
    return std::make_unique<AssignStmt>(rangeFrom(start), std::move(targets), std::move(value),
                                        std::move(annotation));
  }
  if (auto op = augmentedAssignOp(cur().kind)) {
    next();
    ExprPtr value = parseExprList();
    return std::make_unique<AugAssignStmt>(rangeFrom(start), *op, std::move(lhs), std::move(value));
  }
  if (at(TokenKind::EQUAL)) {
    next();
    ExprPtr value = parseExprList();
    if (!at(TokenKind::EQUAL)) {
      // One target, by far the most common assignment: a list of one, made at its size
      // (push_back on an empty list would take vector's growth path).
      ExprList targets(1);
      targets[0] = std::move(lhs);
      return std::make_unique<AssignStmt>(rangeFrom(start), std::move(targets), std::move(value),
                                          nullptr);
    }
    // A chained `a = b = v`: the targets go on the scratch stack, then into a list of their
    // size.
    ExprStack& targets = scratch_.exprs;
    size_t base = targets.size();
    targets.push_back(std::move(lhs));
    while (nextIf(TokenKind::EQUAL)) {
      targets.push_back(std::move(value));
      value = parseExprList();
    }
    return std::make_unique<AssignStmt>(rangeFrom(start), takeFrom(targets, base),
                                        std::move(value), nullptr);
  }
  SourceRange range = lhs->range;
  return std::make_unique<ExprStmt>(range, std::move(lhs));
}

// [book:parse-block]
// The body after a ':' — an indented block, or simple statements on the same line. For a
// def, a type comment may sit after the ':' or alone on the next line; it is handed back.
StmtList Parser::parseBlock(std::optional<Token>* type_comment) {
  takeTypeComment(type_comment);
  StmtStack& stmts = scratch_.stmts;  // the statements go on the scratch stack first
  size_t base = stmts.size();
  if (!at(TokenKind::NEWLINE)) {
    parseSimpleStatements(stmts);
    return takeFrom(stmts, base);
  }
  next();
  takeTypeComment(type_comment);
  if (!at(TokenKind::INDENT)) throw errorExpected("an indented block");
  next();
  while (!at(TokenKind::DEDENT) && !at(TokenKind::END_OF_FILE)) {
    if (nextIf(TokenKind::NEWLINE)) continue;
    parseStatement(stmts);
  }
  nextIf(TokenKind::DEDENT);
  return takeFrom(stmts, base);
}
// [/book:parse-block]

void Parser::takeTypeComment(std::optional<Token>* type_comment) {
  if (type_comment && at(TokenKind::TYPE_COMMENT)) *type_comment = next();
}

// Decorators (`@torch.jit.script`, `@torch.jit.export`) then the def or class they modify.
StmtPtr Parser::parseDecorated() {
  ExprList decorators;
  while (nextIf(TokenKind::AT)) {
    decorators.push_back(parseExpr());
    expect(TokenKind::NEWLINE);
  }
  if (at(TokenKind::CLASS)) return parseClass();  // class decorators carry no meaning here
  if (!at(TokenKind::DEF)) throw errorExpected("'def'");
  return parseDef(std::move(decorators));
}

StmtPtr Parser::parseDef(ExprList decorators) {
  size_t start = cur().start;
  expect(TokenKind::DEF);
  auto def = std::make_unique<DefStmt>(SourceRange());
  const Token& name = expect(TokenKind::IDENT);
  def->name = textOf(name);
  def->name_range = rangeOf(name);
  def->decorators = std::move(decorators);
  parseParams(def->params);
  if (nextIf(TokenKind::ARROW)) def->return_type = parseExpr();
  expect(TokenKind::COLON);
  std::optional<Token> type_comment;
  def->body = parseBlock(&type_comment);
  if (type_comment) applyTypeComment(*def, *type_comment);
  def->range = rangeFrom(start);
  return def;
}

void Parser::parseParams(std::vector<Param>& params) {
  expect(TokenKind::LPAREN);
  bool keyword_only = false;
  while (!at(TokenKind::RPAREN)) {
    if (at(TokenKind::STAR) && peekAt(1).kind != TokenKind::IDENT && !keyword_only) {
      next();  // a bare '*': the parameters after it are keyword-only
      keyword_only = true;
    } else if (at(TokenKind::STAR) || at(TokenKind::DOUBLE_STAR)) {
      throw errorAt(rangeOf(cur()), "Compiled functions can't take variable number of arguments or "
                                "use keyword-only arguments with defaults");
    } else {
      params.push_back(parseParam(keyword_only));
    }
    if (!nextIf(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RPAREN);
}

Param Parser::parseParam(bool keyword_only) {
  const Token& name = expect(TokenKind::IDENT);
  Param param;
  param.name = textOf(name);
  if (nextIf(TokenKind::COLON)) param.type = parseExpr();
  if (nextIf(TokenKind::EQUAL)) param.default_value = parseExpr();
  param.range = rangeFrom(name.start);
  param.keyword_only = keyword_only;
  return param;
}

// Upstream merges `# type: (int, Tensor) -> Tensor` into the declaration, replacing any
// annotations; a method's comment may leave out `self`.
void Parser::applyTypeComment(DefStmt& def, const Token& comment) {
  size_t types_begin = comment.start + textOf(comment).find("type:") + 5;
  Parser signature(tokenizeFragment(source_, types_begin, comment.end));
  auto [param_types, return_type] = signature.parseTypeCommentSignature();
  size_t skip = 0;
  if (param_types.size() + 1 == def.params.size() && def.params[0].name == "self") skip = 1;
  if (param_types.size() + skip != def.params.size()) {
    ErrorReport error(rangeOf(comment));
    error << "Number of type annotations (" << param_types.size()
          << ") did not match the number of function parameters (" << def.params.size() - skip
          << ")";
    throw error;
  }
  for (size_t i = 0; i < param_types.size(); ++i) {
    def.params[i + skip].type = std::move(param_types[i]);
  }
  def.return_type = std::move(return_type);
}

StmtPtr Parser::parseClass() {
  size_t start = cur().start;
  expect(TokenKind::CLASS);
  auto cls = std::make_unique<ClassStmt>(SourceRange());
  cls->name = std::string(textOf(expect(TokenKind::IDENT)));
  if (nextIf(TokenKind::LPAREN)) {
    while (!at(TokenKind::RPAREN)) {
      cls->bases.push_back(parseExpr());
      if (!nextIf(TokenKind::COMMA)) break;
    }
    expect(TokenKind::RPAREN);
  }
  expect(TokenKind::COLON);
  cls->body = parseBlock();
  cls->range = rangeFrom(start);
  return cls;
}

// [book:parse-if]
// `elif` is parsed as an if nested in the else branch; its range starts at `elif`.
StmtPtr Parser::parseIf() {
  size_t start = cur().start;
  next();  // `if` or `elif`
  auto stmt = std::make_unique<IfStmt>(SourceRange(), parseExpr());
  expect(TokenKind::COLON);
  stmt->then_body = parseBlock();
  if (at(TokenKind::ELIF)) {
    stmt->else_body.push_back(parseIf());
  } else if (nextIf(TokenKind::ELSE)) {
    expect(TokenKind::COLON);
    stmt->else_body = parseBlock();
  }
  stmt->range = rangeFrom(start);
  return stmt;
}
// [/book:parse-if]

StmtPtr Parser::parseWhile() {
  size_t start = cur().start;
  next();
  auto stmt = std::make_unique<WhileStmt>(SourceRange(), parseExpr());
  expect(TokenKind::COLON);
  stmt->body = parseBlock();
  if (at(TokenKind::ELSE))
    throw errorAt(rangeOf(cur()), "else branches of while loops are not supported");
  stmt->range = rangeFrom(start);
  return stmt;
}

StmtPtr Parser::parseWith() {
  size_t start = cur().start;
  next();
  auto stmt = std::make_unique<WithStmt>(SourceRange());
  do {
    size_t item_start = cur().start;
    WithItem item;
    item.context = parseExpr();
    if (nextIf(TokenKind::AS)) item.target = parseExpr();  // one target: `as a, b` is two items
    item.range = rangeFrom(item_start);
    stmt->items.push_back(std::move(item));
  } while (nextIf(TokenKind::COMMA));
  expect(TokenKind::COLON);
  stmt->body = parseBlock();
  stmt->range = rangeFrom(start);
  return stmt;
}

StmtPtr Parser::parseFor() {
  size_t start = cur().start;
  next();
  ExprPtr target = parseTargetList();
  expect(TokenKind::IN);
  ExprPtr iter = parseExprList();
  auto stmt = std::make_unique<ForStmt>(SourceRange(), std::move(target), std::move(iter));
  expect(TokenKind::COLON);
  stmt->body = parseBlock();
  if (at(TokenKind::ELSE))
    throw errorAt(rangeOf(cur()), "else branches of for loops aren't supported");
  stmt->range = rangeFrom(start);
  return stmt;
}

}  // namespace parsing

Module parseModule(SourcePtr source) {
  return parsing::Parser(tokenize(source)).parseModule();
}

Module parseSource(std::string text, std::string filename, size_t first_line) {
  return parseModule(
      std::make_shared<const Source>(std::move(text), std::move(filename), first_line));
}

}  // namespace minijit
