// Tokens: the words of the Python subset TorchScript accepts, as the lexer hands them to the
// parser. Each token keeps the offsets of its spelling in the source, so that every later
// error and graph comment can point back at the program text. Book chapter 2 ("Lexing").
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/source.h"

namespace minijit {

// One X-macro list keeps the kinds, their names in dumps and their fixed spellings together.
// _(NAME, "spelling") — literals and layout tokens have a description instead of a spelling.
// clang-format off
#define MINIJIT_TOKEN_KINDS(_)                                                              \
  /* literals and names */                                                                 \
  _(IDENT, "ident")                                                                         \
  _(INT, "number")                                                                          \
  _(FLOAT, "number")                                                                        \
  _(STRING, "string")                                                                       \
  _(FSTRING, "string")   /* f"...": value is the undecoded body */                         \
  /* layout */                                                                              \
  _(NEWLINE, "newline")                                                                     \
  _(INDENT, "indent")                                                                       \
  _(DEDENT, "dedent")                                                                       \
  _(TYPE_COMMENT, "type comment")                                                           \
  _(END_OF_FILE, "eof")                                                                     \
  /* keywords */                                                                            \
  _(DEF, "def") _(CLASS, "class") _(RETURN, "return") _(IF, "if") _(ELIF, "elif")           \
  _(ELSE, "else") _(WHILE, "while") _(FOR, "for") _(IN, "in") _(NOT, "not") _(AND, "and")   \
  _(OR, "or") _(IS, "is") _(PASS, "pass") _(BREAK, "break") _(CONTINUE, "continue")         \
  _(RAISE, "raise") _(ASSERT, "assert") _(DEL, "del") _(NONE, "None") _(TRUE, "True")       \
  _(FALSE, "False") _(LAMBDA, "lambda") _(WITH, "with") _(AS, "as") _(GLOBAL, "global")     \
  _(NONLOCAL, "nonlocal") _(IMPORT, "import") _(FROM, "from") _(YIELD, "yield")             \
  /* operators */                                                                           \
  _(PLUS, "+") _(MINUS, "-") _(STAR, "*") _(SLASH, "/") _(DOUBLE_SLASH, "//")               \
  _(PERCENT, "%") _(DOUBLE_STAR, "**") _(AT, "@") _(LSHIFT, "<<") _(RSHIFT, ">>")           \
  _(AMPERSAND, "&") _(PIPE, "|") _(CARET, "^") _(TILDE, "~") _(LESS, "<") _(GREATER, ">")   \
  _(LESS_EQUAL, "<=") _(GREATER_EQUAL, ">=") _(EQUAL_EQUAL, "==") _(NOT_EQUAL, "!=")        \
  _(EQUAL, "=") _(PLUS_EQUAL, "+=") _(MINUS_EQUAL, "-=") _(STAR_EQUAL, "*=")                \
  _(SLASH_EQUAL, "/=") _(DOUBLE_SLASH_EQUAL, "//=") _(PERCENT_EQUAL, "%=")                  \
  _(DOUBLE_STAR_EQUAL, "**=") _(AT_EQUAL, "@=") _(AMPERSAND_EQUAL, "&=")                    \
  _(PIPE_EQUAL, "|=") _(CARET_EQUAL, "^=") _(LSHIFT_EQUAL, "<<=") _(RSHIFT_EQUAL, ">>=")    \
  /* delimiters */                                                                          \
  _(ARROW, "->") _(DOT, ".") _(COMMA, ",") _(COLON, ":") _(SEMICOLON, ";") _(LPAREN, "(")   \
  _(RPAREN, ")") _(LBRACKET, "[") _(RBRACKET, "]") _(LBRACE, "{") _(RBRACE, "}")            \
  _(ELLIPSIS, "...")
// clang-format on

enum class TokenKind : uint8_t {
#define MINIJIT_DEFINE_KIND(name, spelling) name,
  MINIJIT_TOKEN_KINDS(MINIJIT_DEFINE_KIND)
#undef MINIJIT_DEFINE_KIND
};

// "DEF", "IDENT", "PLUS_EQUAL": the enumerator's name, used in token dumps.
const char* tokenKindName(TokenKind kind);

// How error messages name a kind, following upstream: the spelling for keywords and operators
// ("def", "+="), a word for the others ("ident", "newline", "eof").
const char* tokenKindDescription(TokenKind kind);

// [book:token]
// A token: its kind and the offsets [start, end) of its spelling in the source. It is 12
// bytes and holds no pointer to the source: the TokenList below owns the source once for all
// its tokens, so making or dropping a token touches no reference count. The few kinds that
// need more than the spelling have a decoded value in the list's side table: a STRING's
// contents (escapes applied), an FSTRING's undecoded body and, for a TYPE_COMMENT, the text
// after "type:". The table is found by the token's start offset rather than an index kept in
// every token: the lexer writes and the parser reads each token once, and 4 bytes fewer per
// token are 4 bytes fewer of memory touched (on a cold cache, lines are what a compile pays).
struct Token {
  TokenKind kind;
  uint32_t start;
  uint32_t end;

  // STRING, FSTRING or TYPE_COMMENT: the kinds with a value.
  bool hasValue() const {
    return kind == TokenKind::STRING || kind == TokenKind::FSTRING ||
           kind == TokenKind::TYPE_COMMENT;
  }
};
// [/book:token]

static_assert(sizeof(Token) == 12, "a token is a kind and two 32-bit offsets");

// [book:token-list]
// The lexer's output: the tokens, the values some of them index, and the source they all
// point into. It turns a token back into its spelling, its SourceRange or its value.
class TokenList {
 public:
  // A token's decoded value, with the start offset of the token it belongs to.
  struct Value {
    uint32_t start;
    std::string text;
  };

  TokenList(SourcePtr source, std::vector<Token> tokens, std::vector<Value> values)
      : source_(std::move(source)), tokens_(std::move(tokens)), values_(std::move(values)) {}

  const SourcePtr& source() const { return source_; }
  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  auto begin() const { return tokens_.begin(); }
  auto end() const { return tokens_.end(); }

  // The spelling exactly as written (quotes and prefixes included for a string).
  std::string_view text(const Token& token) const {
    // Built from the pointer and the length: substr would check the offsets again, and the
    // parser asks for the spelling of every name.
    return std::string_view(source_->text().data() + token.start, token.end - token.start);
  }
  SourceRange range(const Token& token) const {
    return SourceRange(source_, token.start, token.end);
  }
  // The decoded value, or an empty string for a token without one. The values are in the
  // order of their tokens, so of their start offsets: a binary search finds one. (Only the
  // kinds with a value are looked up: a DEDENT may start where a string does.)
  const std::string& value(const Token& token) const {
    static const std::string kEmpty;
    if (!token.hasValue()) return kEmpty;
    auto found = std::lower_bound(
        values_.begin(), values_.end(), token.start,
        [](const Value& value, uint32_t start) { return value.start < start; });
    return found != values_.end() && found->start == token.start ? found->text : kEmpty;
  }

 private:
  SourcePtr source_;
  std::vector<Token> tokens_;
  std::vector<Value> values_;
};
// [/book:token-list]

// One token per line, "line:col KIND 'text'", for the teaching view of chapter 2.
std::string dumpTokens(const TokenList& tokens);

}  // namespace minijit
