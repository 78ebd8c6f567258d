// Tests of the parser: precedence and associativity (through dumpAst), the shape of each
// statement, upstream's source-range conventions, type comments, and syntax errors with the
// range they point at. Book chapter 3 ("Parsing").
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include <thread>

namespace minijit {
namespace {

// The expression of a one-line module `expr`.
const Expr& onlyExpr(const Module& module) {
  EXPECT_EQ(module.body.size(), 1u);
  EXPECT_EQ(module.body[0]->kind, StmtKind::ExprStmt);
  return *module.body[0]->as<ExprStmt>().expr;
}

std::string dumpExpr(const std::string& text) {
  return dumpAst(onlyExpr(parseSource(text)));
}

ErrorReport parseError(const std::string& text) {
  try {
    parseSource(text);
  } catch (const ErrorReport& error) {
    return error;
  }
  ADD_FAILURE() << "no error for: " << text;
  return ErrorReport(SourceRange());
}

std::string lineColumn(const SourceRange& range) {
  return std::to_string(range.line()) + ":" + std::to_string(range.column());
}

TEST(ParserTest, PrecedenceOfArithmetic) {
  EXPECT_EQ(dumpExpr("a + b * c ** -d"),
            "Binary + 1:0\n"
            "  Name a 1:0\n"
            "  Binary * 1:4\n"
            "    Name b 1:4\n"
            "    Binary ** 1:8\n"
            "      Name c 1:8\n"
            "      Unary - 1:13\n"
            "        Name d 1:14\n");
}

TEST(ParserTest, PowerBindsTighterThanUnaryOnItsLeftAndIsRightAssociative) {
  EXPECT_EQ(dumpExpr("-2**2"),
            "Unary - 1:0\n"
            "  Binary ** 1:1\n"
            "    Int 2 1:1\n"
            "    Int 2 1:4\n");
  EXPECT_EQ(dumpExpr("a ** b ** c"),
            "Binary ** 1:0\n"
            "  Name a 1:0\n"
            "  Binary ** 1:5\n"
            "    Name b 1:5\n"
            "    Name c 1:10\n");
}

TEST(ParserTest, LeftAssociativeLevels) {
  EXPECT_EQ(dumpExpr("a - b - c"),
            "Binary - 1:0\n"
            "  Binary - 1:0\n"
            "    Name a 1:0\n"
            "    Name b 1:4\n"
            "  Name c 1:8\n");
  EXPECT_EQ(dumpExpr("a | b ^ c & d << e"),
            "Binary | 1:0\n"
            "  Name a 1:0\n"
            "  Binary ^ 1:4\n"
            "    Name b 1:4\n"
            "    Binary & 1:8\n"
            "      Name c 1:8\n"
            "      Binary << 1:12\n"
            "        Name d 1:12\n"
            "        Name e 1:17\n");
}

TEST(ParserTest, BooleanOperatorsAndChainedComparisons) {
  EXPECT_EQ(dumpExpr("not a < b <= c and d is not None or e not in f"),
            "BoolOp or 1:0\n"
            "  BoolOp and 1:0\n"
            "    Unary not 1:0\n"
            "      Compare <, <= 1:4\n"
            "        Name a 1:4\n"
            "        Name b 1:8\n"
            "        Name c 1:13\n"
            "    Compare is not 1:19\n"
            "      Name d 1:19\n"
            "      None 1:28\n"
            "  Compare not in 1:36\n"
            "    Name e 1:36\n"
            "    Name f 1:45\n");
}

TEST(ParserTest, TernaryIsLoosest) {
  EXPECT_EQ(dumpExpr("a + 1 if c or d else e"),
            "Ternary 1:0\n"
            "  BoolOp or 1:9\n"
            "    Name c 1:9\n"
            "    Name d 1:14\n"
            "  Binary + 1:0\n"
            "    Name a 1:0\n"
            "    Int 1 1:4\n"
            "  Name e 1:21\n");
}

TEST(ParserTest, PostfixChainsAndCallArguments) {
  Module module = parseSource("torch.add(x, *ys, alpha=2)[0].shape\n");
  const auto& attribute = onlyExpr(module).as<AttributeExpr>();
  EXPECT_EQ(attribute.name, "shape");
  EXPECT_EQ(attribute.range.text(), "torch.add(x, *ys, alpha=2)[0].shape");
  EXPECT_EQ(attribute.name_range.text(), "shape");
  const auto& subscript = attribute.value->as<SubscriptExpr>();
  EXPECT_EQ(subscript.range.text(), "torch.add(x, *ys, alpha=2)[0]");
  const auto& call = subscript.value->as<CallExpr>();
  EXPECT_EQ(call.range.text(), "torch.add(x, *ys, alpha=2)");
  ASSERT_EQ(call.args.size(), 2u);
  EXPECT_EQ(call.args[1]->kind, ExprKind::Starred);
  ASSERT_EQ(call.keywords.size(), 1u);
  EXPECT_EQ(call.keywords[0].name, "alpha");
  EXPECT_EQ(call.keywords[0].value->as<IntExpr>().value, 2);
}

TEST(ParserTest, SubscriptsWithSlicesEllipsisAndNone) {
  EXPECT_EQ(dumpExpr("x[0, 1:, ::2, ..., None]"),
            "Subscript 1:0\n"
            "  Name x 1:0\n"
            "  indices:\n"
            "    Int 0 1:2\n"
            "    Slice 1:5\n"
            "      start:\n"
            "        Int 1 1:5\n"
            "    Slice 1:9\n"
            "      step:\n"
            "        Int 2 1:11\n"
            "    Ellipsis 1:14\n"
            "    None 1:19\n");
}

TEST(ParserTest, Literals) {
  EXPECT_EQ(onlyExpr(parseSource("0x1F")).as<IntExpr>().value, 31);
  EXPECT_EQ(onlyExpr(parseSource("1_000")).as<IntExpr>().value, 1000);
  EXPECT_DOUBLE_EQ(onlyExpr(parseSource("1.5e3")).as<FloatExpr>().value, 1500.0);
  Module strings = parseSource("'a' \"b\"\n");  // kept: `s` points into its tree
  const auto& s = onlyExpr(strings).as<StringExpr>();
  EXPECT_EQ(s.value, "ab");
  EXPECT_EQ(s.range.text(), "'a' \"b\"");
  EXPECT_EQ(dumpExpr("{1: 'a'}"),
            "Dict 1:0\n"
            "  Int 1 1:1\n"
            "    String 'a' 1:4\n");
  EXPECT_EQ(dumpExpr("[i * 2 for i in range(3)]"),
            "ListComp 1:0\n"
            "  Binary * 1:1\n"
            "    Name i 1:1\n"
            "    Int 2 1:5\n"
            "  Name i 1:11\n"
            "  Call 1:16\n"
            "    Name range 1:16\n"
            "    Int 3 1:22\n");
  EXPECT_EQ(dumpExpr("{k: v for k, v in xs}"),
            "DictComp 1:0\n"
            "  Name k 1:1\n"
            "    Name v 1:4\n"
            "  Tuple 1:10\n"
            "    Name k 1:10\n"
            "    Name v 1:13\n"
            "  Name xs 1:18\n");
  // Plain decimal literals take a fast path; the others the general one. Both must agree
  // with std::from_chars to the last bit.
  EXPECT_EQ(onlyExpr(parseSource("123456789012345678")).as<IntExpr>().value, 123456789012345678);
  EXPECT_EQ(onlyExpr(parseSource("9223372036854775807")).as<IntExpr>().value,
            9223372036854775807);
  EXPECT_EQ(parseError("9223372036854775808").message(),
            "Integral constant out of range (must fit in a signed 64 bit integer)");
  EXPECT_EQ(onlyExpr(parseSource("007")).as<IntExpr>().value, 7);
  for (const char* text : {"0.1", "0.984375", "1.", ".5", "123456789.012345", "0.30000000000000004",
                           "1_0.5", "2.5e-3", "1e3"}) {
    std::string digits;
    for (const char* c = text; *c; ++c) {
      if (*c != '_') digits += *c;
    }
    EXPECT_EQ(onlyExpr(parseSource(text)).as<FloatExpr>().value, std::strtod(digits.c_str(), nullptr))
        << text;
  }
  // Only a single `key: value` may lead a comprehension, as in Python.
  EXPECT_THROW(parseSource("{a: b, k: v for k, v in xs}"), ErrorReport);
  EXPECT_EQ(parseError("{0, 1}").message(), "Set aren't supported");
}

TEST(ParserTest, TupleForms) {
  EXPECT_EQ(onlyExpr(parseSource("()")).as<TupleExpr>().elements.size(), 0u);
  Module one_tuple = parseSource("(a,)");  // kept: `one` points into its tree
  const auto& one = onlyExpr(one_tuple).as<TupleExpr>();
  EXPECT_EQ(one.elements.size(), 1u);
  EXPECT_EQ(one.range.text(), "(a,)");
  EXPECT_EQ(onlyExpr(parseSource("(a)")).kind, ExprKind::Name);
  Module module = parseSource("return a, b\n");
  const auto& ret = module.body[0]->as<ReturnStmt>();
  EXPECT_EQ(ret.value->kind, ExprKind::Tuple);
  EXPECT_EQ(ret.value->range.text(), "a, b");
}

TEST(ParserTest, Assignments) {
  Module module = parseSource(
      "a, b = c = f(x)\n"
      "y: int = 1\n"
      "z: List[int]\n"
      "x[0] += 2; y //= 3\n");
  ASSERT_EQ(module.body.size(), 5u);
  const auto& chained = module.body[0]->as<AssignStmt>();
  ASSERT_EQ(chained.targets.size(), 2u);
  EXPECT_EQ(chained.targets[0]->kind, ExprKind::Tuple);
  EXPECT_EQ(chained.targets[1]->kind, ExprKind::Name);
  EXPECT_EQ(chained.range.text(), "a, b = c = f(x)");
  const auto& annotated = module.body[1]->as<AssignStmt>();
  EXPECT_EQ(annotated.annotation->as<NameExpr>().name, "int");
  EXPECT_EQ(annotated.value->as<IntExpr>().value, 1);
  EXPECT_EQ(module.body[2]->as<AssignStmt>().value, nullptr);
  const auto& aug = module.body[3]->as<AugAssignStmt>();
  EXPECT_EQ(aug.op, BinaryOp::Add);
  EXPECT_EQ(aug.range.text(), "x[0] += 2");
  EXPECT_EQ(module.body[4]->as<AugAssignStmt>().op, BinaryOp::FloorDiv);
}

TEST(ParserTest, DefWithAnnotationsDefaultsDecoratorsAndDocstring) {
  Module module = parseSource(
      "@torch.jit.script\n"
      "def f(x: Tensor, y: int = 2, *, z: float = 1.0) -> Tensor:\n"
      "    \"\"\"Adds.\"\"\"\n"
      "    return x + y\n");
  const auto& def = module.body[0]->as<DefStmt>();
  EXPECT_EQ(def.name, "f");
  EXPECT_EQ(def.name_range.text(), "f");
  EXPECT_EQ(lineColumn(def.range), "2:0");
  ASSERT_EQ(def.decorators.size(), 1u);
  EXPECT_EQ(def.decorators[0]->range.text(), "torch.jit.script");
  ASSERT_EQ(def.params.size(), 3u);
  EXPECT_EQ(def.params[0].range.text(), "x: Tensor");
  EXPECT_EQ(def.params[1].range.text(), "y: int = 2");
  EXPECT_EQ(def.params[1].default_value->as<IntExpr>().value, 2);
  EXPECT_FALSE(def.params[1].keyword_only);
  EXPECT_TRUE(def.params[2].keyword_only);
  EXPECT_EQ(def.return_type->as<NameExpr>().name, "Tensor");
  ASSERT_EQ(def.body.size(), 2u);
  EXPECT_EQ(def.body[0]->as<ExprStmt>().expr->as<StringExpr>().value, "Adds.");
}

TEST(ParserTest, TypeCommentsFillParameterAndReturnTypes) {
  Module module = parseSource(
      "def f(x, y):\n"
      "    # type: (int, Tensor) -> Tensor\n"
      "    return y\n"
      "class C:\n"
      "    def m(self, x):  # type: (List[int]) -> int\n"
      "        return x[0]\n");
  const auto& f = module.body[0]->as<DefStmt>();
  EXPECT_EQ(f.params[0].type->as<NameExpr>().name, "int");
  EXPECT_EQ(f.params[1].type->as<NameExpr>().name, "Tensor");
  EXPECT_EQ(lineColumn(f.params[1].type->range), "2:18");
  EXPECT_EQ(f.return_type->as<NameExpr>().name, "Tensor");
  const auto& m = module.body[1]->as<ClassStmt>().body[0]->as<DefStmt>();
  EXPECT_EQ(m.params[0].type, nullptr);
  EXPECT_EQ(m.params[1].type->kind, ExprKind::Subscript);
  EXPECT_EQ(m.return_type->as<NameExpr>().name, "int");
}

TEST(ParserTest, TypeCommentWithWrongArity) {
  ErrorReport error = parseError("def f(x, y):\n  # type: (int) -> int\n  return x\n");
  EXPECT_EQ(error.message(),
            "Number of type annotations (1) did not match the number of function parameters (2)");
  EXPECT_EQ(error.range().line(), 2u);
}

TEST(ParserTest, IfElifElseRangesAndShape) {
  Module module = parseSource(
      "def f(x):\n"
      "    if x > 0:\n"
      "        y = 1\n"
      "    elif x < 0:\n"
      "        y = 2\n"
      "    else:\n"
      "        y = 3  # comment\n"
      "    return y\n");
  const auto& def = module.body[0]->as<DefStmt>();
  const auto& outer = def.body[0]->as<IfStmt>();
  EXPECT_EQ(lineColumn(outer.range), "2:4");
  EXPECT_EQ(outer.range.text().substr(outer.range.text().size() - 5), "y = 3");
  EXPECT_EQ(lineColumn(outer.cond->range), "2:7");
  ASSERT_EQ(outer.else_body.size(), 1u);
  const auto& elif = outer.else_body[0]->as<IfStmt>();
  EXPECT_EQ(lineColumn(elif.range), "4:4");
  ASSERT_EQ(elif.else_body.size(), 1u);
  EXPECT_EQ(lineColumn(elif.else_body[0]->range), "7:8");
  EXPECT_EQ(lineColumn(def.body[1]->range), "8:4");
  EXPECT_EQ(def.range.text().substr(def.range.text().size() - 8), "return y");
}

TEST(ParserTest, LoopsAndSimpleStatements) {
  Module module = parseSource(
      "for i, v in enumerate(xs):\n"
      "    if v: continue\n"
      "    break\n"
      "while True:\n"
      "    pass\n"
      "assert x, 'msg'\n"
      "raise ValueError('bad')\n"
      "del d[0], e\n"
      "import torch\n"
      "from typing import List, Tuple\n");
  ASSERT_EQ(module.body.size(), 7u);
  const auto& loop = module.body[0]->as<ForStmt>();
  EXPECT_EQ(loop.target->as<TupleExpr>().elements.size(), 2u);
  EXPECT_EQ(loop.iter->kind, ExprKind::Call);
  EXPECT_EQ(loop.body[0]->as<IfStmt>().then_body[0]->kind, StmtKind::Continue);
  EXPECT_EQ(module.body[1]->kind, StmtKind::While);
  EXPECT_EQ(module.body[2]->as<AssertStmt>().message->as<StringExpr>().value, "msg");
  EXPECT_EQ(module.body[3]->as<RaiseStmt>().exception->kind, ExprKind::Call);
  EXPECT_EQ(module.body[4]->as<DelStmt>().targets.size(), 2u);
  EXPECT_EQ(module.body[5]->kind, StmtKind::Import);
  EXPECT_EQ(module.body[6]->range.text(), "from typing import List, Tuple");
}

TEST(ParserTest, WithStatements) {
  Module module = parseSource(
      "with torch.no_grad():\n"
      "    y = x\n"
      "with open_a() as a, b:\n"
      "    pass\n");
  ASSERT_EQ(module.body.size(), 2u);
  const auto& first = module.body[0]->as<WithStmt>();
  ASSERT_EQ(first.items.size(), 1u);
  EXPECT_EQ(first.items[0].context->kind, ExprKind::Call);
  EXPECT_EQ(first.items[0].target, nullptr);
  EXPECT_EQ(first.body[0]->kind, StmtKind::Assign);
  const auto& second = module.body[1]->as<WithStmt>();
  ASSERT_EQ(second.items.size(), 2u);
  EXPECT_EQ(second.items[0].target->as<NameExpr>().name, "a");
  EXPECT_EQ(second.items[1].context->as<NameExpr>().name, "b");
  EXPECT_EQ(second.range.text(), "with open_a() as a, b:\n    pass");
  EXPECT_THROW(parseSource("with a as:\n    pass\n"), ErrorReport);
}

TEST(ParserTest, RangesFollowTheFirstLineOfTheSource) {
  Module module = parseSource("def f(x):\n    return torch.relu(x)\n", "model.py", 10);
  const auto& ret = module.body[0]->as<DefStmt>().body[0]->as<ReturnStmt>();
  EXPECT_EQ(ret.value->range.location(), "model.py:11:11");
}

TEST(ParserTest, ErrorExpectedExpression) {
  ErrorReport error = parseError("def f(x):\n    return (x +)\n");
  EXPECT_EQ(error.message(), "expected an expression but found ')' here");
  EXPECT_EQ(lineColumn(error.range()), "2:15");
  EXPECT_EQ(error.range().text(), ")");
}

TEST(ParserTest, ErrorExpectedToken) {
  ErrorReport colon = parseError("def f(x)\n    return x\n");
  EXPECT_EQ(colon.message(), "expected ':' but found 'newline' here");
  EXPECT_EQ(lineColumn(colon.range()), "1:8");
  ErrorReport newline = parseError("def f(x):\n    return f(x))\n");
  EXPECT_EQ(newline.message(), "expected newline but found ')' here");
  EXPECT_EQ(lineColumn(newline.range()), "2:15");
  ErrorReport eof = parseError("def f(x):\n    return x[\n");
  EXPECT_EQ(eof.message(), "expected an expression but found 'eof' here");
  EXPECT_NE(std::string(eof.what()).find("<--- HERE"), std::string::npos);
}

TEST(ParserTest, ErrorMissingIndentedBlock) {
  ErrorReport error = parseError("def f(x):\nreturn x\n");
  EXPECT_EQ(error.message(), "expected an indented block but found 'return' here");
  EXPECT_EQ(lineColumn(error.range()), "2:0");
}

TEST(ParserTest, ErrorsForUnsupportedForms) {
  EXPECT_EQ(parseError("f(a=1, 2)\n").message(), "positional argument follows keyword argument");
  EXPECT_EQ(parseError("def f(*args):\n  pass\n").message(),
            "Compiled functions can't take variable number of arguments or use keyword-only "
            "arguments with defaults");
  EXPECT_EQ(parseError("x = 99999999999999999999\n").message(),
            "Integral constant out of range (must fit in a signed 64 bit integer)");
  EXPECT_EQ(parseError("[x for x in y if x]\n").message(), "Comprehension ifs are not supported yet");
  EXPECT_EQ(parseError("{x: 1 for x in y if x}\n").message(),
            "Comprehension ifs are not supported yet");
}

TEST(ParserTest, DumpOfStatements) {
  EXPECT_EQ(dumpAst(parseSource("def f(x: int) -> int:\n    return x\n")),
            "Def f 1:0\n"
            "  Param x 1:6\n"
            "    type:\n"
            "      Name int 1:9\n"
            "  returns:\n"
            "    Name int 1:17\n"
            "  body:\n"
            "    Return 2:4\n"
            "      Name x 2:11\n");
}

// The AST's pool carves trees from the start of its memory again once every tree is freed
// (ast.cpp); a tree still alive must survive the parses after it, and a tree freed on another
// thread must not disturb either pool.
TEST(ParserTest, TreesSurviveLaterParses) {
  const std::string text = "def f(x: int) -> int:\n    return [x * 2 + 1, g(x)[0]]\n";
  const std::string expected = dumpAst(parseSource(text));  // parsed and freed at once
  Module kept = parseSource(text);
  { Module dropped = parseSource("y = [1, 2, 3]\n"); }
  Module later = parseSource("z = a.b(c)[d]\n");
  EXPECT_EQ(dumpAst(kept), expected);

  Module from_other_thread;
  std::thread([&] { from_other_thread = parseSource(text); }).join();
  from_other_thread = Module();  // freed here, made there
  EXPECT_EQ(dumpAst(parseSource(text)), expected);
  EXPECT_EQ(dumpAst(kept), expected);
}

}  // namespace
}  // namespace minijit
