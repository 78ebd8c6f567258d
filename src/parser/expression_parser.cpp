// The parser, expression half: the ternary, then one precedence-climbing loop for the infix
// operators (`or` down to `* / // % @`, driven by a table of binding powers), then unary
// operators and `**`, postfix calls, attributes and subscripts, and atoms.
// Book chapter 3 ("Parsing").
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <limits>

#include "parser/parser_internal.h"

namespace minijit::parsing {

namespace {

bool canStartExpression(TokenKind kind) {
  switch (kind) {
    case TokenKind::IDENT:
    case TokenKind::INT:
    case TokenKind::FLOAT:
    case TokenKind::STRING:
    case TokenKind::FSTRING:
    case TokenKind::TRUE:
    case TokenKind::FALSE:
    case TokenKind::NONE:
    case TokenKind::LPAREN:
    case TokenKind::LBRACKET:
    case TokenKind::LBRACE:
    case TokenKind::MINUS:
    case TokenKind::PLUS:
    case TokenKind::TILDE:
    case TokenKind::NOT:
    case TokenKind::ELLIPSIS:
    case TokenKind::STAR:
    case TokenKind::LAMBDA:
      return true;
    default:
      return false;
  }
}

// [book:infix-table]
// The infix operators and how tightly each binds. `not` is not infix, but it has a row of
// its own between `and` and the comparisons; only `not in` is found here, as a comparison.
struct InfixOperator {
  Precedence precedence;
  BinaryOp op;  // for the levels from BitOr to Term
};

InfixOperator infixOperator(TokenKind kind) {
  switch (kind) {
    case TokenKind::OR: return {Precedence::Or, BinaryOp::Add};  // a BoolOp, not a BinaryOp
    case TokenKind::AND: return {Precedence::And, BinaryOp::Add};
    case TokenKind::EQUAL_EQUAL:
    case TokenKind::NOT_EQUAL:
    case TokenKind::LESS:
    case TokenKind::LESS_EQUAL:
    case TokenKind::GREATER:
    case TokenKind::GREATER_EQUAL:
    case TokenKind::IN:
    case TokenKind::IS:
    case TokenKind::NOT: return {Precedence::Compare, BinaryOp::Add};  // a Compare chain
    case TokenKind::PIPE: return {Precedence::BitOr, BinaryOp::BitOr};
    case TokenKind::CARET: return {Precedence::BitXor, BinaryOp::BitXor};
    case TokenKind::AMPERSAND: return {Precedence::BitAnd, BinaryOp::BitAnd};
    case TokenKind::LSHIFT: return {Precedence::Shift, BinaryOp::LShift};
    case TokenKind::RSHIFT: return {Precedence::Shift, BinaryOp::RShift};
    case TokenKind::PLUS: return {Precedence::Arith, BinaryOp::Add};
    case TokenKind::MINUS: return {Precedence::Arith, BinaryOp::Sub};
    case TokenKind::STAR: return {Precedence::Term, BinaryOp::Mul};
    case TokenKind::SLASH: return {Precedence::Term, BinaryOp::Div};
    case TokenKind::DOUBLE_SLASH: return {Precedence::Term, BinaryOp::FloorDiv};
    case TokenKind::PERCENT: return {Precedence::Term, BinaryOp::Mod};
    case TokenKind::AT: return {Precedence::Term, BinaryOp::MatMul};
    default: return {Precedence::None, BinaryOp::Add};  // not an operator: the loop stops
  }
}
// [/book:infix-table]

}  // namespace

template <ExprPtr (Parser::*parseElement)()>
inline ExprPtr Parser::parseCommaList() {
  ExprPtr first = (this->*parseElement)();
  if (!at(TokenKind::COMMA)) return first;
  ExprStack& exprs = scratch_.exprs;
  size_t base = exprs.size();
  exprs.push_back(std::move(first));
  while (nextIf(TokenKind::COMMA) && canStartExpression(cur().kind)) {
    exprs.push_back((this->*parseElement)());
  }
  ExprList elements = takeFrom(exprs, base);
  SourceRange range = span(*elements.front(), *elements.back());
  return std::make_unique<TupleExpr>(range, std::move(elements));
}

// `a, b, *c`: a bare tuple (range first..last element) when there is a comma.
ExprPtr Parser::parseExprList() {
  return parseCommaList<&Parser::parseExprOrStarred>();
}

// The targets of `for` and of comprehensions stop before `in`, so they are parsed at the
// level of `|` rather than as full expressions (which would swallow `x in xs`).
ExprPtr Parser::parseTargetList() {
  return parseCommaList<&Parser::parseTarget>();
}

inline ExprPtr Parser::parseExprOrStarred() {
  if (!at(TokenKind::STAR)) return parseExprInline();
  return parseStarred();
}

ExprPtr Parser::parseTarget() {
  if (!at(TokenKind::STAR)) return parseBinary(Precedence::BitOr);
  return parseStarred();
}

ExprPtr Parser::parseStarred() {
  size_t start = next().start;
  ExprPtr value = parseBinary(Precedence::BitOr);
  return std::make_unique<StarredExpr>(rangeFrom(start), std::move(value));
}

// `a if c else b`; lambdas are not part of TorchScript.
ExprPtr Parser::parseExpr() {
  return parseExprInline();
}

inline ExprPtr Parser::parseExprInline() {
  if (at(TokenKind::LAMBDA)) throw errorAt(rangeOf(cur()), "Lambda aren't supported");
  ExprPtr true_expr = parseBinary(Precedence::Or);
  if (!at(TokenKind::IF)) return true_expr;
  return parseTernary(std::move(true_expr));
}

ExprPtr Parser::parseTernary(ExprPtr true_expr) {
  expect(TokenKind::IF);
  ExprPtr cond = parseBinary(Precedence::Or);
  expect(TokenKind::ELSE);
  ExprPtr false_expr = parseExpr();
  SourceRange range = span(*true_expr, *false_expr);
  return std::make_unique<TernaryExpr>(range, std::move(cond), std::move(true_expr),
                                       std::move(false_expr));
}


// [book:climb]
// Precedence climbing: an operand, then every infix operator that binds at least as tightly
// as `min`. The right operand of an operator at level p is parsed with min = p + 1, so it
// takes the tighter operators and leaves the next one at level p to this loop: that keeps
// `a - b - c` as (a - b) - c.
ExprPtr Parser::parseBinary(Precedence min) {
  ExprPtr lhs;
  if (at(TokenKind::NOT) && min <= Precedence::Not) {
    size_t start = next().start;
    ExprPtr operand = parseBinary(Precedence::Not);
    lhs = std::make_unique<UnaryExpr>(rangeFrom(start), UnaryOp::Not, std::move(operand));
  } else if (at(TokenKind::MINUS) || at(TokenKind::PLUS) || at(TokenKind::TILDE)) {
    lhs = parseFactor();
  } else {
    lhs = parsePower();  // what parseFactor would do, without the call
  }
  while (true) {
    InfixOperator op = infixOperator(cur().kind);
    if (op.precedence < min) return lhs;  // also stops at a token that is no operator
    if (op.precedence == Precedence::Compare) {
      if (at(TokenKind::NOT) && peekAt(1).kind != TokenKind::IN) return lhs;
      lhs = parseComparison(std::move(lhs));
      continue;
    }
    next();
    ExprPtr rhs = parseBinary(tighter(op.precedence));
    SourceRange range = span(*lhs, *rhs);
    if (op.precedence == Precedence::Or || op.precedence == Precedence::And) {
      BoolOpKind kind = op.precedence == Precedence::Or ? BoolOpKind::Or : BoolOpKind::And;
      lhs = std::make_unique<BoolOpExpr>(range, kind, std::move(lhs), std::move(rhs));
    } else {
      lhs = std::make_unique<BinaryExpr>(range, op.op, std::move(lhs), std::move(rhs));
    }
  }
}
// [/book:climb]

// [book:comparison]
// A chain `a < b <= c` stays one node so that the frontend can evaluate `b` once. Its
// operands are parsed at the level of `|`, so the chain takes every comparison in a row.
ExprPtr Parser::parseComparison(ExprPtr first) {
  AstVector<CompareOp> ops;
  ExprList operands;
  operands.reserve(2);
  operands.push_back(std::move(first));
  while (std::optional<CompareOp> op = parseCompareOp()) {
    ops.push_back(*op);
    operands.push_back(parseBinary(Precedence::BitOr));
  }
  SourceRange range = span(*operands.front(), *operands.back());
  return std::make_unique<CompareExpr>(range, std::move(ops), std::move(operands));
}
// [/book:comparison]

std::optional<CompareOp> Parser::parseCompareOp() {
  switch (cur().kind) {
    case TokenKind::EQUAL_EQUAL:
      next();
      return CompareOp::Eq;
    case TokenKind::NOT_EQUAL:
      next();
      return CompareOp::NotEq;
    case TokenKind::LESS:
      next();
      return CompareOp::Lt;
    case TokenKind::LESS_EQUAL:
      next();
      return CompareOp::LtE;
    case TokenKind::GREATER:
      next();
      return CompareOp::Gt;
    case TokenKind::GREATER_EQUAL:
      next();
      return CompareOp::GtE;
    case TokenKind::IN:
      next();
      return CompareOp::In;
    case TokenKind::IS:
      next();
      return nextIf(TokenKind::NOT) ? CompareOp::IsNot : CompareOp::Is;
    case TokenKind::NOT:
      if (peekAt(1).kind != TokenKind::IN) return std::nullopt;
      next();
      next();
      return CompareOp::NotIn;
    default:
      return std::nullopt;
  }
}

// [book:factor-power]
// Unary + - ~, then `**`. (Upstream folds `-` applied to a number literal into a negative
// constant; here it stays a Unary node and the frontend folds it.) `**` is right-associative
// and binds tighter than a unary operator on its left but not on its right:
// -2**2 == -(2**2), 2**-1 == 2**(-1). So the base is a postfix expression and the exponent
// is a whole factor again.
ExprPtr Parser::parseFactor() {
  std::optional<UnaryOp> op;
  if (at(TokenKind::MINUS)) op = UnaryOp::Neg;
  if (at(TokenKind::PLUS)) op = UnaryOp::Pos;
  if (at(TokenKind::TILDE)) op = UnaryOp::Invert;
  if (op) {
    size_t start = next().start;
    ExprPtr operand = parseFactor();
    return std::make_unique<UnaryExpr>(rangeFrom(start), *op, std::move(operand));
  }
  return parsePower();
}

inline ExprPtr Parser::parsePower() {
  ExprPtr base = parsePostfix();
  if (!nextIf(TokenKind::DOUBLE_STAR)) return base;
  ExprPtr exponent = parseFactor();
  SourceRange range = span(*base, *exponent);
  return std::make_unique<BinaryExpr>(range, BinaryOp::Pow, std::move(base), std::move(exponent));
}
// [/book:factor-power]

// [book:postfix]
// Calls, attributes and subscripts chain left to right: a.b(c)[d].
inline ExprPtr Parser::parsePostfix() {
  ExprPtr expr = parseAtom();
  while (true) {
    size_t start = expr->range.start();
    if (at(TokenKind::LPAREN)) {
      expr = parseCall(std::move(expr));
    } else if (nextIf(TokenKind::DOT)) {
      const Token& name = expect(TokenKind::IDENT);
      expr = std::make_unique<AttributeExpr>(rangeFrom(start), std::move(expr), textOf(name),
                                             rangeOf(name));
    } else if (nextIf(TokenKind::LBRACKET)) {
      ExprList indices = parseSubscriptList();
      expect(TokenKind::RBRACKET);
      expr = std::make_unique<SubscriptExpr>(rangeFrom(start), std::move(expr), std::move(indices));
    } else {
      return expr;
    }
  }
}
// [/book:postfix]

// Positional arguments (and `*xs`) first, then keyword arguments.
ExprPtr Parser::parseCall(ExprPtr callee) {
  size_t start = callee->range.start();
  expect(TokenKind::LPAREN);
  ExprStack& args = scratch_.exprs;  // the positional arguments go on the scratch stack first
  size_t base = args.size();
  std::vector<Keyword> keywords;
  while (!at(TokenKind::RPAREN)) {
    if (at(TokenKind::DOUBLE_STAR)) {
      throw errorAt(rangeOf(cur()), "keyword argument unpacking (**) is not supported");
    } else if (at(TokenKind::STAR)) {
      args.push_back(parseStarred());
    } else if (at(TokenKind::IDENT) && peekAt(1).kind == TokenKind::EQUAL) {
      const Token& name = next();
      next();
      keywords.push_back(Keyword{std::string(textOf(name)), rangeOf(name), parseExpr()});
    } else {
      if (!keywords.empty()) {
        throw errorAt(rangeOf(cur()), "positional argument follows keyword argument");
      }
      args.push_back(parseExprInline());
    }
    if (!nextIf(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RPAREN);
  return std::make_unique<CallExpr>(rangeFrom(start), std::move(callee), takeFrom(args, base),
                                    std::move(keywords));
}

ExprList Parser::parseSubscriptList() {
  ExprList indices;
  do {
    indices.push_back(parseSubscriptItem());
  } while (nextIf(TokenKind::COMMA) && !at(TokenKind::RBRACKET));
  return indices;
}

// An index or a slice `start:stop:step` with any part left out.
ExprPtr Parser::parseSubscriptItem() {
  size_t start = cur().start;
  ExprPtr first;
  if (!at(TokenKind::COLON)) {
    first = parseExpr();
    if (!at(TokenKind::COLON)) return first;
  }
  expect(TokenKind::COLON);
  auto endsSlicePart = [this] {
    return at(TokenKind::COLON) || at(TokenKind::COMMA) || at(TokenKind::RBRACKET);
  };
  ExprPtr stop = endsSlicePart() ? nullptr : parseExpr();
  ExprPtr step;
  if (nextIf(TokenKind::COLON) && !endsSlicePart()) step = parseExpr();
  return std::make_unique<SliceExpr>(rangeFrom(start), std::move(first), std::move(stop),
                                     std::move(step));
}

inline ExprPtr Parser::parseAtom() {
  const Token& token = cur();
  switch (token.kind) {
    case TokenKind::IDENT:
      next();
      // `new` rather than make_unique, which the compiler keeps out of line (this code is
      // inlined in two places): a name is the most common node.
      return ExprPtr(new NameExpr(rangeOf(token), textOf(token)));
    case TokenKind::INT:
      next();
      return std::make_unique<IntExpr>(rangeOf(token), intValue(token));
    case TokenKind::FLOAT:
      next();
      return std::make_unique<FloatExpr>(rangeOf(token), floatValue(token));
    case TokenKind::STRING:
      return parseStrings();
    case TokenKind::FSTRING:
      return parseFString();
    case TokenKind::TRUE:
      next();
      return std::make_unique<BoolExpr>(rangeOf(token), true);
    case TokenKind::FALSE:
      next();
      return std::make_unique<BoolExpr>(rangeOf(token), false);
    case TokenKind::NONE:
      next();
      return std::make_unique<NoneExpr>(rangeOf(token));
    case TokenKind::ELLIPSIS:
      next();
      return std::make_unique<EllipsisExpr>(rangeOf(token));
    case TokenKind::LPAREN:
      return parseParenthesized();
    case TokenKind::LBRACKET:
      return parseListDisplay();
    case TokenKind::LBRACE:
      return parseDictDisplay();
    default:
      throw errorExpected("an expression");
  }
}

namespace {

// The spelling of a number without its '_' separators. Most literals have none, and then
// the spelling is used as it stands, with no string built.
std::string_view withoutSeparators(std::string_view text, std::string& buffer) {
  if (text.find('_') == std::string_view::npos) return text;
  for (char c : text) {
    if (c != '_') buffer += c;
  }
  return buffer;
}

}  // namespace

// Most literals are a few decimal digits, and std::from_chars (with the checks around it)
// costs several times what the digits do. A plain decimal integer of at most 18 digits
// (which cannot overflow int64) is read directly; anything else (a base prefix, '_'
// separators, a longer or out-of-range number) takes the general path below.
inline int64_t Parser::intValue(const Token& token) const {
  std::string_view text = textOf(token);
  if (text.size() <= 18) {
    int64_t value = 0;
    size_t i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      value = value * 10 + (text[i] - '0');
    }
    if (i == text.size()) return value;
  }
  return intValueSlow(token);
}

int64_t Parser::intValueSlow(const Token& token) const {
  std::string buffer;
  std::string_view digits = withoutSeparators(textOf(token), buffer);
  int base = 10;
  if (digits.size() > 2 && digits[0] == '0' &&
      std::isalpha(static_cast<unsigned char>(digits[1]))) {
    char prefix = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[1])));
    base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
    digits.remove_prefix(2);
  }
  uint64_t value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error != std::errc() || end != digits.data() + digits.size() ||
      value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    throw errorAt(rangeOf(token),
                  "Integral constant out of range (must fit in a signed 64 bit integer)");
  }
  return static_cast<int64_t>(value);
}

// std::from_chars rounds correctly, as strtod does, at a fraction of strtod's cost (and
// without its locale lookups). Only a value out of double's range (1e999, 1e-999), where
// from_chars reports an error instead of a value, is left to strtod: it gives inf or the
// nearest denormal, as Python does.
//
// A float written as digits with a '.' and no exponent, with at most 15 digits in all, is
// m / 10^k for integers m < 10^15 and k <= 15, which a double holds exactly; IEEE division
// rounds correctly, so the quotient is the correctly rounded value of the literal, the same
// double std::from_chars gives (Clinger's fast path, which strtod implementations use too).
double Parser::floatValue(const Token& token) const {
  static constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  std::string_view text = textOf(token);
  if (text.size() <= 16) {  // 15 digits and the '.'
    uint64_t mantissa = 0;
    size_t fraction_digits = 0;
    bool seen_dot = false;
    size_t i = 0;
    for (; i < text.size(); ++i) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
        fraction_digits += seen_dot;
      } else if (c == '.' && !seen_dot) {
        seen_dot = true;
      } else {
        break;  // an exponent or a separator: the general path
      }
    }
    if (i == text.size() && seen_dot) {
      return static_cast<double>(mantissa) / kPowersOfTen[fraction_digits];
    }
  }
  std::string buffer;
  std::string_view digits = withoutSeparators(textOf(token), buffer);
  double value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc() && end == digits.data() + digits.size()) return value;
  return std::strtod(std::string(digits).c_str(), nullptr);
}

// f"a{x}b" is "a{}b".format(x), as upstream's Python frontend builds it: every node is
// located at the f-string's first character; format specs and conversions are rejected.
ExprPtr Parser::parseFString() {
  Token token = next();
  SourceRange at(source_, token.start, token.start + 1);
  const std::string& body = valueOf(token);
  size_t body_start = token.end - body.size() -
                      (source_->text().compare(token.end - 3, 3, "\"\"\"") == 0 ||
                               source_->text().compare(token.end - 3, 3, "'''") == 0
                           ? 3
                           : 1);
  std::string format;
  ExprList args;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if ((c == '{' || c == '}') && i + 1 < body.size() && body[i + 1] == c) {
      format += c;
      format += c;
      ++i;
      continue;
    }
    if (c == '\\' && i + 1 < body.size()) {
      char e = body[++i];
      format += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == '0' ? '\0' : e;
      continue;
    }
    // [book:fstring-split]
    if (c != '{') {
      format += c;
      continue;
    }
    size_t close = body.find('}', i);
    if (close == std::string::npos) throw errorAt(at, "f-string: expecting '}'");
    std::string inner = body.substr(i + 1, close - i - 1);
    if (inner.find('!') != std::string::npos && inner.find("!=") == std::string::npos) {
      throw errorAt(at, "Don't support conversion in JoinedStr");
    }
    if (inner.find(':') != std::string::npos) throw errorAt(at, "Don't support formatting in JoinedStr");
    Parser inner_parser(tokenizeFragment(source_, body_start + i + 1, body_start + close));
    args.push_back(inner_parser.parseExpr());
    format += "{}";
    i = close;
  }
  auto callee = std::make_unique<AttributeExpr>(
      at, std::make_unique<StringExpr>(at, std::move(format)), "format", at);
  return std::make_unique<CallExpr>(at, std::move(callee), std::move(args), std::vector<Keyword>{});
    // [/book:fstring-split]
}

// Adjacent string literals are one string: "a" 'b' == "ab".
ExprPtr Parser::parseStrings() {
  size_t start = cur().start;
  std::string value;
  while (at(TokenKind::STRING)) value += valueOf(next());
  return std::make_unique<StringExpr>(rangeFrom(start), std::move(value));
}

// [book:parenthesized]
// `(e)` is e itself (its range unchanged, as upstream); `()`, `(e,)`, `(a, b)` are tuples
// whose range includes the parentheses.
ExprPtr Parser::parseParenthesized() {
  size_t start = next().start;
  ExprStack& elements = scratch_.exprs;
  size_t base = elements.size();
  if (!at(TokenKind::RPAREN)) {
    ExprPtr first = parseExprOrStarred();
    if (at(TokenKind::FOR)) throw errorAt(rangeOf(cur()), "generator expressions are not supported");
    if (nextIf(TokenKind::RPAREN)) return first;
    elements.push_back(std::move(first));
    while (nextIf(TokenKind::COMMA) && !at(TokenKind::RPAREN)) {
      elements.push_back(parseExprOrStarred());
    }
  }
  expect(TokenKind::RPAREN);
  return std::make_unique<TupleExpr>(rangeFrom(start), takeFrom(elements, base));
}
// [/book:parenthesized]

// `[a, b]` or the comprehension `[e for x in xs]`.
ExprPtr Parser::parseListDisplay() {
  size_t start = next().start;
  ExprStack& elements = scratch_.exprs;
  size_t base = elements.size();
  if (!at(TokenKind::RBRACKET)) {
    ExprPtr first = parseExprOrStarred();
    if (nextIf(TokenKind::FOR)) return parseListComprehension(start, std::move(first));
    elements.push_back(std::move(first));
    while (nextIf(TokenKind::COMMA) && !at(TokenKind::RBRACKET)) {
      elements.push_back(parseExprOrStarred());
    }
  }
  expect(TokenKind::RBRACKET);
  return std::make_unique<ListExpr>(rangeFrom(start), takeFrom(elements, base));
}

// [book:comprehension-iterable]
// The iterable of a comprehension is an `or` expression, as in Python's grammar, so a
// following `if` is a filter, which TorchScript does not support; the message is the one
// torch.jit.script gives. (Upstream's string parser, behind CompilationUnit, reads a full
// expression instead and fails later with "expected else but found ']' here".)
ExprPtr Parser::parseComprehensionIterable() {
  ExprPtr iter = parseBinary(Precedence::Or);
  if (at(TokenKind::IF)) throw errorAt(rangeOf(cur()), "Comprehension ifs are not supported yet");
  return iter;
}
// [/book:comprehension-iterable]

ExprPtr Parser::parseListComprehension(size_t start, ExprPtr element) {
  ExprPtr target = parseTargetList();
  expect(TokenKind::IN);
  ExprPtr iter = parseComprehensionIterable();
  expect(TokenKind::RBRACKET);
  return std::make_unique<ListCompExpr>(rangeFrom(start), std::move(element), std::move(target),
                                        std::move(iter));
}

// `{k: v for x in xs}`: like a list comprehension, one `for` and no `if`.
ExprPtr Parser::parseDictComprehension(size_t start, ExprPtr key, ExprPtr value) {
  ExprPtr target = parseTargetList();
  expect(TokenKind::IN);
  ExprPtr iter = parseComprehensionIterable();
  expect(TokenKind::RBRACE);
  return std::make_unique<DictCompExpr>(rangeFrom(start), std::move(key), std::move(value),
                                        std::move(target), std::move(iter));
}

ExprPtr Parser::parseDictDisplay() {
  const Token& brace = next();
  size_t start = brace.start;
  ExprList keys, values;
  while (!at(TokenKind::RBRACE)) {
    keys.push_back(parseExpr());
    // `{a, b}` is a set: upstream rejects it at the brace with this message.
    if (keys.size() == 1 && !at(TokenKind::COLON)) throw errorAt(rangeOf(brace), "Set aren't supported");
    expect(TokenKind::COLON);
    values.push_back(parseExpr());
    if (keys.size() == 1 && nextIf(TokenKind::FOR)) {
      return parseDictComprehension(start, std::move(keys[0]), std::move(values[0]));
    }
    if (!nextIf(TokenKind::COMMA)) break;
  }
  expect(TokenKind::RBRACE);
  return std::make_unique<DictExpr>(rangeFrom(start), std::move(keys), std::move(values));
}

}  // namespace minijit::parsing
