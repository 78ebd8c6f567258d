// Tokens: the words of the Python subset TorchScript accepts, as the lexer hands them to the
// parser. Each token keeps its spelling and the SourceRange it came from, so that every later
// error and graph comment can point back at the program text. Book chapter 2 ("Lexing").
#pragma once

#include <string>
#include <string_view>
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

enum class TokenKind {
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
// A token. `text` is its spelling exactly as written (quotes and prefixes included for a
// string): a view into the source text, which `range` keeps alive, so lexing copies no
// characters. `value` holds what the parser needs beyond the spelling: the decoded contents
// of a STRING (escapes applied) and, for a TYPE_COMMENT, the text after "type:". It stays
// empty for every other kind.
struct Token {
  TokenKind kind;
  std::string_view text;
  SourceRange range;
  std::string value;
};
// [/book:token]

// One token per line, "line:col KIND 'text'", for the teaching view of chapter 2.
std::string dumpTokens(const std::vector<Token>& tokens);

}  // namespace minijit
