// Tests of the lexer: token streams with layout tokens, literals, type comments and the
// errors (with their source ranges) for malformed input. Book chapter 2 ("Lexing").
#include "lexer/lexer.h"

#include <gtest/gtest.h>

#include <memory>

namespace minijit {
namespace {

TokenList lex(const std::string& text) {
  return tokenize(std::make_shared<const Source>(text));
}

std::string kinds(const TokenList& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += " ";
    out += tokenKindName(t.kind);
  }
  return out;
}

ErrorReport lexError(const std::string& text) {
  try {
    lex(text);
  } catch (const ErrorReport& error) {
    return error;
  }
  ADD_FAILURE() << "no error for: " << text;
  return ErrorReport(SourceRange());
}

TEST(LexerTest, DumpShowsLineColumnKindAndText) {
  EXPECT_EQ(dumpTokens(lex("def f(x):\n    return x + 1\n")),
            "1:0 DEF 'def'\n"
            "1:4 IDENT 'f'\n"
            "1:5 LPAREN '('\n"
            "1:6 IDENT 'x'\n"
            "1:7 RPAREN ')'\n"
            "1:8 COLON ':'\n"
            "1:9 NEWLINE '\\n'\n"
            "2:0 INDENT '    '\n"
            "2:4 RETURN 'return'\n"
            "2:11 IDENT 'x'\n"
            "2:13 PLUS '+'\n"
            "2:15 INT '1'\n"
            "2:16 NEWLINE '\\n'\n"
            "2:16 DEDENT ''\n"
            "2:16 END_OF_FILE ''\n");
}

TEST(LexerTest, KeywordsAndNamesThatLookLikeThem) {
  // The last word is read near the end of the text, where fewer than eight bytes remain.
  EXPECT_EQ(kinds(lex("continue continues nonlocal nonlocals iff in i_ True Tru None_ _ "
                      "lambda yield from import as with continue")),
            "CONTINUE IDENT NONLOCAL IDENT IDENT IN IDENT TRUE IDENT IDENT IDENT LAMBDA YIELD "
            "FROM IMPORT AS WITH CONTINUE NEWLINE END_OF_FILE");
  EXPECT_EQ(kinds(lex("x=not")), "IDENT EQUAL NOT NEWLINE END_OF_FILE");
}

TEST(LexerTest, OperatorsWithoutSpacesAndAtTheEnd) {
  EXPECT_EQ(kinds(lex("a**=b//=c>>=d<<=e->f...g**h//i!=j==k<=l>=m=n.o")),
            "IDENT DOUBLE_STAR_EQUAL IDENT DOUBLE_SLASH_EQUAL IDENT RSHIFT_EQUAL IDENT "
            "LSHIFT_EQUAL IDENT ARROW IDENT ELLIPSIS IDENT DOUBLE_STAR IDENT DOUBLE_SLASH IDENT "
            "NOT_EQUAL IDENT EQUAL_EQUAL IDENT LESS_EQUAL IDENT GREATER_EQUAL IDENT EQUAL IDENT "
            "DOT IDENT NEWLINE END_OF_FILE");
  EXPECT_EQ(kinds(lex("x*")), "IDENT STAR NEWLINE END_OF_FILE");
  EXPECT_EQ(kinds(lex("x**")), "IDENT DOUBLE_STAR NEWLINE END_OF_FILE");
  EXPECT_EQ(kinds(lex("(x).5")), "LPAREN IDENT RPAREN FLOAT NEWLINE END_OF_FILE");
  EXPECT_EQ(lexError("x = a \\ b").message(), "expected a valid token but found '\\' here");
}

TEST(LexerTest, IndentAndDedentFollowNesting) {
  auto tokens =
      lex("if a:\n"
          "    if b:\n"
          "        x\n"
          "\n"
          "    # a comment line\n"
          "    y\n"
          "z");
  EXPECT_EQ(kinds(tokens),
            "IF IDENT COLON NEWLINE INDENT IF IDENT COLON NEWLINE INDENT IDENT NEWLINE DEDENT "
            "IDENT NEWLINE DEDENT IDENT NEWLINE END_OF_FILE");
}

TEST(LexerTest, DedentsAtEndOfFile) {
  EXPECT_EQ(kinds(lex("def f():\n  if x:\n    pass")),
            "DEF IDENT LPAREN RPAREN COLON NEWLINE INDENT IF IDENT COLON NEWLINE INDENT PASS "
            "NEWLINE DEDENT DEDENT END_OF_FILE");
}

TEST(LexerTest, NewlinesInsideBracketsAndContinuationsAreIgnored) {
  EXPECT_EQ(kinds(lex("x = (1,\n     2)\ny = 1 + \\\n    2\n")),
            "IDENT EQUAL LPAREN INT COMMA INT RPAREN NEWLINE IDENT EQUAL INT PLUS INT NEWLINE "
            "END_OF_FILE");
}

TEST(LexerTest, KeywordsAndIdentifiers) {
  EXPECT_EQ(kinds(lex("not in is None True False lambda defx")),
            "NOT IN IS NONE TRUE FALSE LAMBDA IDENT NEWLINE END_OF_FILE");
}

TEST(LexerTest, OperatorsTakeTheLongestSpelling) {
  EXPECT_EQ(kinds(lex("a **= b // c <<= d -> ... != @ >>")),
            "IDENT DOUBLE_STAR_EQUAL IDENT DOUBLE_SLASH IDENT LSHIFT_EQUAL IDENT ARROW ELLIPSIS "
            "NOT_EQUAL AT RSHIFT NEWLINE END_OF_FILE");
}

TEST(LexerTest, NumberLiterals) {
  auto tokens = lex("1 0x1F 0o17 0b101 1_000 1.0 1. .5 1e-3 1.5e3 1.5e");
  std::vector<std::pair<TokenKind, std::string>> expected = {
      {TokenKind::INT, "1"},       {TokenKind::INT, "0x1F"},  {TokenKind::INT, "0o17"},
      {TokenKind::INT, "0b101"},   {TokenKind::INT, "1_000"}, {TokenKind::FLOAT, "1.0"},
      {TokenKind::FLOAT, "1."},    {TokenKind::FLOAT, ".5"},  {TokenKind::FLOAT, "1e-3"},
      {TokenKind::FLOAT, "1.5e3"}, {TokenKind::FLOAT, "1.5"}, {TokenKind::IDENT, "e"}};
  ASSERT_GE(tokens.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(tokens[i].kind, expected[i].first) << i;
    EXPECT_EQ(tokens.text(tokens[i]), expected[i].second) << i;
  }
}

TEST(LexerTest, StringLiteralsDecodeEscapes) {
  auto tokens = lex(R"(s = 'a\nb' "q\"x" r'\n' '''tri
ple''' '\x41\101\u00e9')");
  ASSERT_EQ(tokens[2].kind, TokenKind::STRING);
  EXPECT_EQ(tokens.text(tokens[2]), "'a\\nb'");
  EXPECT_EQ(tokens.value(tokens[2]), "a\nb");
  EXPECT_EQ(tokens.value(tokens[3]), "q\"x");
  EXPECT_EQ(tokens.value(tokens[4]), "\\n");
  EXPECT_EQ(tokens.value(tokens[5]), "tri\nple");
  EXPECT_EQ(tokens.value(tokens[6]), "AA\xc3\xa9");
  EXPECT_EQ(tokens[7].kind, TokenKind::NEWLINE);
}

TEST(LexerTest, TypeCommentAfterDefHeader) {
  auto tokens =
      lex("def f(x, y):\n"
          "    # type: (int, Tensor) -> Tensor\n"
          "    return x\n");
  EXPECT_EQ(kinds(tokens),
            "DEF IDENT LPAREN IDENT COMMA IDENT RPAREN COLON NEWLINE TYPE_COMMENT INDENT RETURN "
            "IDENT NEWLINE DEDENT END_OF_FILE");
  EXPECT_EQ(tokens.value(tokens[9]), "(int, Tensor) -> Tensor");
  EXPECT_EQ(tokens.range(tokens[9]).line(), 2u);
  EXPECT_EQ(tokens.range(tokens[9]).column(), 4u);
}

TEST(LexerTest, TokensAreSmallAndOnlyLiteralsHaveValues) {
  static_assert(sizeof(Token) <= 12);
  auto tokens = lex("x = f'a{y}' + 'b'\n");
  EXPECT_EQ(kinds(tokens), "IDENT EQUAL FSTRING PLUS STRING NEWLINE END_OF_FILE");
  EXPECT_EQ(tokens.value(tokens[2]), "a{y}");
  EXPECT_EQ(tokens.text(tokens[2]), "f'a{y}'");
  EXPECT_EQ(tokens.value(tokens[4]), "b");
  for (size_t i : {0, 1, 3, 5, 6}) {
    EXPECT_EQ(tokens.value(tokens[i]), "") << i;
  }
  EXPECT_EQ(tokens.range(tokens[4]).text(), "'b'");
  EXPECT_EQ(tokens.range(tokens[4]).column(), 14u);
  // A DEDENT starts where the string after it does, and has no value.
  auto dedent = lex("if a:\n    x\n'doc'\n");
  EXPECT_EQ(kinds(dedent), "IF IDENT COLON NEWLINE INDENT IDENT NEWLINE DEDENT STRING NEWLINE "
                           "END_OF_FILE");
  EXPECT_EQ(dedent[7].start, dedent[8].start);
  EXPECT_EQ(dedent.value(dedent[7]), "");
  EXPECT_EQ(dedent.value(dedent[8]), "doc");
}

TEST(LexerTest, TypeCommentOnDefHeaderLine) {
  auto tokens = lex("def f(x):  # type: (int) -> int\n    return x\n");
  EXPECT_EQ(tokens[6].kind, TokenKind::TYPE_COMMENT);
  EXPECT_EQ(tokens.value(tokens[6]), "(int) -> int");
  EXPECT_EQ(tokens[7].kind, TokenKind::NEWLINE);
}

TEST(LexerTest, OtherCommentsAreDropped) {
  EXPECT_EQ(kinds(lex("x = 1  # type: int\n# type: float\ny = 2\n")),
            "IDENT EQUAL INT NEWLINE IDENT EQUAL INT NEWLINE END_OF_FILE");
}

TEST(LexerTest, FragmentHasNoLayoutTokens) {
  auto source = std::make_shared<const Source>("# type: (int,\n Tensor) -> int");
  auto tokens = tokenizeFragment(source, 8, source->text().size());
  EXPECT_EQ(kinds(tokens), "LPAREN IDENT COMMA IDENT RPAREN ARROW IDENT END_OF_FILE");
  EXPECT_EQ(tokens.range(tokens[3]).line(), 2u);
}

TEST(LexerTest, UnknownCharacterError) {
  ErrorReport error = lexError("def f(x):\n    return x$1\n");
  EXPECT_EQ(error.message(), "expected a valid token but found '$' here");
  EXPECT_EQ(error.range().line(), 2u);
  EXPECT_EQ(error.range().column(), 12u);
  EXPECT_EQ(error.range().text(), "$");
}

TEST(LexerTest, InconsistentDedentError) {
  ErrorReport error = lexError("def f(x):\n  if x:\n      return 1\n    return 2\n");
  EXPECT_EQ(error.message(), "invalid indent level 4");
  EXPECT_EQ(error.range().line(), 4u);
}

TEST(LexerTest, UnterminatedStringError) {
  ErrorReport error = lexError("def f(x):\n    return 'abc\n");
  EXPECT_EQ(error.message(), "unterminated string literal");
  EXPECT_EQ(error.range().line(), 2u);
  EXPECT_EQ(error.range().column(), 11u);
  EXPECT_EQ(lexError("x = '''abc\n").message(), "unterminated string literal");
}

TEST(LexerTest, ErrorRendersQuotedSource) {
  ErrorReport error = lexError("x = 1 ? 2\n");
  EXPECT_NE(std::string(error.what()).find("~ <--- HERE"), std::string::npos);
}

}  // namespace
}  // namespace minijit
