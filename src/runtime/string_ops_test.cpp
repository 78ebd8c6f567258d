// Tests for the str-method, formatting, list-method and scalar-builtin kernels, called
// directly on a stack. Each expectation was checked with torch 1.13's
// torch.jit.CompilationUnit; the upstream expression sits in the comment beside it.
// Book chapter 7 ("The interpreter").
#include <gtest/gtest.h>

#include <cmath>

#include "runtime/operator_registry.h"
#include "runtime/runtime_error.h"

namespace minijit {
namespace {

// Runs the kernel `name` on `inputs`; returns its single output (None for none).
IValue call(const std::string& name, Stack inputs) {
  const Kernel* kernel = OperatorRegistry::instance().find(name);
  if (!kernel) throw std::invalid_argument("no kernel " + name);
  (*kernel)(inputs);
  EXPECT_LE(inputs.size(), 1u) << name;
  return inputs.empty() ? IValue() : inputs.back();
}

std::string text(const std::string& name, Stack inputs) {
  return call(name, std::move(inputs)).toStringRef();
}

// The message of the OperatorError the kernel throws, or "" when it succeeds.
std::string errorOf(const std::string& name, Stack inputs) {
  try {
    call(name, std::move(inputs));
  } catch (const OperatorError& error) {
    return error.what();
  }
  return "";
}

IValue strList(std::vector<IValue> items) {
  return IValue::list(std::move(items), Type::string());
}
IValue intList(std::vector<IValue> items) {
  return IValue::list(std::move(items), Type::integer());
}

const IValue kNone;

TEST(StringOps, Split) {
  // s.split() with s = "a\tb\nc\rd\x0be\x0cf\x1cg" -> ['a', ..., 'g']
  EXPECT_EQ(call("aten::split.str", {"a\tb\nc\rd\x0b"
                                     "e\x0c"
                                     "f\x1cg",
                                     kNone, -1})
                .str(),
            "[a, b, c, d, e, f, g]");
  // "a b c d".split(None, 2) -> ['a', 'b', 'c', 'd'] (maxsplit ignored without separator)
  EXPECT_EQ(call("aten::split.str", {"a b c d", kNone, 2}).str(), "[a, b, c, d]");
  EXPECT_EQ(call("aten::split.str", {"  a b  c  ", kNone, -1}).str(), "[a, b, c]");
  // len("x\u00e9y".split()) -> 2: the UTF-8 byte A9 of é is a delimiter upstream
  EXPECT_EQ(call("aten::split.str", {"x\xc3\xa9y", kNone, -1}).toList()->elements.size(), 2u);
  // "a,b,,c".split(",") -> ['a', 'b', '', 'c'];  .split(",", 1) -> ['a', 'b,,c']
  EXPECT_EQ(call("aten::split.str", {"a,b,,c", ",", -1}).str(), "[a, b, , c]");
  EXPECT_EQ(call("aten::split.str", {"a,b,,c", ",", 1}).str(), "[a, b,,c]");
  EXPECT_EQ(call("aten::split.str", {"a,b,,c", ",", 0}).str(), "[a,b,,c]");
  EXPECT_EQ(call("aten::split.str", {"", kNone, -1}).str(), "[]");
  // "abc".split("") -> RuntimeError: ValueError: empty separator
  EXPECT_EQ(errorOf("aten::split.str", {"abc", "", -1}), "ValueError: empty separator");
}

TEST(StringOps, StripAndCase) {
  // " \r\nx\r ".strip() -> '\r\nx\r' (the default chars omit \r)
  EXPECT_EQ(text("aten::strip", {" \r\nx\r ", " \n\t\f\v"}), "\r\nx\r");
  EXPECT_EQ(text("aten::lstrip", {" \r\nx\r ", " \n\t\f\v"}), "\r\nx\r ");
  EXPECT_EQ(text("aten::rstrip", {" \r\nx\r ", " \n\t\f\v"}), " \r\nx\r");
  // "abchicba".strip("abc") -> 'hi'
  EXPECT_EQ(text("aten::strip", {"abchicba", "abc"}), "hi");
  EXPECT_EQ(text("aten::lower", {"HeLLo 1"}), "hello 1");
  EXPECT_EQ(text("aten::upper", {"HeLLo 1"}), "HELLO 1");
  // "hello world foo-bar x1y o'k".title() -> "Hello World Foo-Bar X1Y O'K"
  EXPECT_EQ(text("aten::title", {"hello world foo-bar x1y o'k"}), "Hello World Foo-Bar X1Y O'K");
  EXPECT_EQ(text("aten::capitalize", {"hELLO wORLD"}), "Hello world");
  EXPECT_EQ(text("aten::swapcase", {"Hello World 1"}), "hELLO wORLD 1");
}

TEST(StringOps, FindCountAndAffixes) {
  EXPECT_EQ(call("aten::find", {"hello", "l", 0, -1}).toInt(), 2);   // "hello".find("l")
  EXPECT_EQ(call("aten::rfind", {"hello", "l", 0, -1}).toInt(), 3);  // "hello".rfind("l")
  // "hello".find("o", 0, -1) -> 4 (end=-1 means the end upstream; Python gives -1)
  EXPECT_EQ(call("aten::find", {"hello", "o", 0, -1}).toInt(), 4);
  // "hello".rfind("l", 0, -2) -> 3;  "hello".find("", 10) -> 10
  EXPECT_EQ(call("aten::rfind", {"hello", "l", 0, -2}).toInt(), 3);
  EXPECT_EQ(call("aten::find", {"hello", "", 10, -1}).toInt(), 10);
  EXPECT_EQ(call("aten::find", {"hello", "l", -2, -1}).toInt(), 3);  // "hello".find("l", -2)
  EXPECT_EQ(call("aten::index.str", {"hello", "l", 0, -1}).toInt(), 2);
  // "hello".index("z") -> RuntimeError: ValueError: substring not found
  EXPECT_EQ(errorOf("aten::index.str", {"hello", "z", 0, -1}), "ValueError: substring not found");
  EXPECT_EQ(errorOf("aten::rindex", {"hello", "z", 0, -1}), "ValueError: substring not found");
  // "aaaa".count("aa") -> 2;  "aaaa".count("a", 1, -1) -> 3;  "aaaa".count("a", 10) -> 0
  EXPECT_EQ(call("aten::count", {"aaaa", "aa", 0, -1}).toInt(), 2);
  EXPECT_EQ(call("aten::count", {"aaaa", "a", 1, -1}).toInt(), 3);
  EXPECT_EQ(call("aten::count", {"aaaa", "a", 10, -1}).toInt(), 0);
  // "hello".startswith("hello", 0, -1) -> True;  "hello".startswith("", 3, 1) -> True
  EXPECT_TRUE(call("aten::startswith", {"hello", "hello", 0, -1}).toBool());
  EXPECT_TRUE(call("aten::startswith", {"hello", "", 3, 1}).toBool());
  EXPECT_FALSE(call("aten::startswith", {"hello", "he", 0, 1}).toBool());
  // "hello".endswith("ll", 0, -2) -> True;  "hello".endswith("o", 1, -10) -> True
  EXPECT_TRUE(call("aten::endswith", {"hello", "ll", 0, -2}).toBool());
  EXPECT_TRUE(call("aten::endswith", {"hello", "o", 1, -10}).toBool());
  // "hello".startswith("", 10) -> RuntimeError: basic_string::substr: __pos (which is 10) > ...
  EXPECT_EQ(errorOf("aten::startswith", {"hello", "", 10, -1}),
            "basic_string::substr: __pos (which is 10) > this->size() (which is 5)");
}

TEST(StringOps, ReplaceJoinPartition) {
  EXPECT_EQ(text("aten::replace", {"a-b-a-b", "a", "xy", -1}), "xy-b-xy-b");
  EXPECT_EQ(text("aten::replace", {"a-b-a-b", "a", "xy", 1}), "xy-b-a-b");
  EXPECT_EQ(text("aten::replace", {"aaa", "a", "", -1}), "");
  EXPECT_EQ(text("aten::join", {",", strList({"a", "b", "c"})}), "a,b,c");  // ",".join([...])
  // "a=b=c".partition("=") -> ('a', '=', 'b=c');  .rpartition("=") -> ('a=b', '=', 'c')
  EXPECT_EQ(call("aten::partition", {"a=b=c", "="}).str(), "(a, =, b=c)");
  EXPECT_EQ(call("aten::rpartition", {"a=b=c", "="}).str(), "(a=b, =, c)");
  EXPECT_EQ(call("aten::rpartition", {"abc", "="}).str(), "(, , abc)");
  // "abc".partition("") -> ('', '', 'abc'), no error upstream
  EXPECT_EQ(call("aten::partition", {"abc", ""}).str(), "(, , abc)");
  // s.splitlines(True) with s = "a\nb\r\nc" -> ['a', '\n', 'b', '\r', '', '\n', 'c']
  auto lines = call("aten::splitlines", {"a\nb\r\nc", true}).toList()->elements;
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[1].toStringRef(), "\n");
  EXPECT_EQ(lines[4].toStringRef(), "");
  EXPECT_EQ(call("aten::splitlines", {"a\nb\r\nc\rd\n", false}).str(), "[a, b, , c, d]");
}

TEST(StringOps, PredicatesAndPadding) {
  EXPECT_TRUE(call("aten::isdigit", {"123"}).toBool());
  EXPECT_FALSE(call("aten::isdigit", {""}).toBool());
  EXPECT_TRUE(call("aten::isupper", {"AB1"}).toBool());
  EXPECT_FALSE(call("aten::isupper", {"1"}).toBool());
  EXPECT_TRUE(call("aten::istitle", {"1A"}).toBool());  // "1A".istitle() -> True
  EXPECT_FALSE(call("aten::istitle", {"HeLLo"}).toBool());
  // "a_b".isidentifier() -> False (upstream's Python 2 version)
  EXPECT_FALSE(call("aten::isidentifier", {"a_b"}).toBool());
  EXPECT_TRUE(call("aten::isidentifier", {"ab1"}).toBool());
  EXPECT_TRUE(call("aten::isprintable", {""}).toBool());
  EXPECT_FALSE(call("aten::isprintable", {"a\tb"}).toBool());
  // "ab".center(5) -> '  ab ';  "abc".center(6) -> ' abc  ';  "ab".center(7, "*") -> '***ab**'
  EXPECT_EQ(text("aten::center", {"ab", 5, " "}), "  ab ");
  EXPECT_EQ(text("aten::center", {"abc", 6, " "}), " abc  ");
  EXPECT_EQ(text("aten::center", {"ab", 7, "*"}), "***ab**");
  EXPECT_EQ(errorOf("aten::center", {"ab", 5, "xy"}),
            "TypeError: The fill character must be exactly one character long");
  EXPECT_EQ(text("aten::ljust", {"ab", 5, "*"}), "ab***");
  EXPECT_EQ(text("aten::rjust", {"ab", 5, " "}), "   ab");
  EXPECT_EQ(text("aten::zfill", {"-42", 5}), "00-42");  // "-42".zfill(5) -> '00-42'
  // s.expandtabs(4) with s = "ab\ncd\te" -> 'ab\ncd   e' (columns run on across newlines)
  EXPECT_EQ(text("aten::expandtabs", {"ab\ncd\te", 4}), "ab\ncd   e");
  EXPECT_EQ(text("aten::expandtabs", {"a\tbc\td", 8}), "a       bc      d");
  EXPECT_EQ(text("aten::expandtabs", {"a\tb", 0}), "ab");
}

TEST(StringFormatOps, Format) {
  // "{}|{}|{}".format(1.0, 1e20, 0.1) -> '1.|1e+20|0.10000000000000001'
  EXPECT_EQ(text("aten::format", {"{}|{}|{}", 1.0, 1e20, 0.1}), "1.|1e+20|0.10000000000000001");
  // "{}".format(["a", "b"]) -> '[a, b]';  "x{0}y{}".format(1, 2) -> 'x{0}y1'
  EXPECT_EQ(text("aten::format", {"{}", strList({"a", "b"})}), "[a, b]");
  EXPECT_EQ(text("aten::format", {"x{0}y{}", 1, 2}), "x{0}y1");
  EXPECT_EQ(text("aten::format", {"{{}}", 1}), "{1}");
  EXPECT_EQ(text("aten::format", {"{}", kNone}), "None");
  // "{} {}".format(1) -> RuntimeError: Too few arguments for format string: {} {}
  EXPECT_EQ(errorOf("aten::format", {"{} {}", 1}), "Too few arguments for format string: {} {}");
}

TEST(StringFormatOps, PercentFormat) {
  EXPECT_EQ(text("aten::percentFormat", {"%d", 3.7}), "3");  // "%d" % 3.7
  EXPECT_EQ(text("aten::percentFormat", {"%s %s", IValue::tuple({"a", 2.5})}), "a 2.5");
  // "%f" % 1e20 -> '100000002004087734272.000000' (formatted as a C float)
  EXPECT_EQ(text("aten::percentFormat", {"%f", 1e20}), "100000002004087734272.000000");
  EXPECT_EQ(text("aten::percentFormat", {"%e", 12345.678}), "1.234568e+04");
  EXPECT_EQ(text("aten::percentFormat", {"%E", 0.5}), "5.000000E-01");
  EXPECT_EQ(text("aten::percentFormat", {"%c", 65}), "A");
  EXPECT_EQ(text("aten::percentFormat", {"%d%%", 50}), "50%");
  EXPECT_EQ(text("aten::percentFormat", {"%s", IValue::tuple({1.0})}), "1.");
  EXPECT_EQ(errorOf("aten::percentFormat", {"%g", 2.5}),
            "The specifier %g is not supported in TorchScript format strings");
  EXPECT_EQ(errorOf("aten::percentFormat", {"%d %d", IValue::tuple({1})}),
            "Too few arguments for format string");
  EXPECT_EQ(errorOf("aten::percentFormat", {"%d", IValue::tuple({1, 2})}),
            "Too many arguments for format string");
  EXPECT_EQ(errorOf("aten::percentFormat", {"abc%", 1}), "Incomplete format specifier");
  EXPECT_EQ(errorOf("aten::percentFormat", {"%d", "a"}),
            "%d requires a number for formatting, but got String");
  EXPECT_EQ(errorOf("aten::percentFormat", {"%d", IValue::tuple({intList({1})})}),
            "%d requires a number for formatting, but got GenericList");
}

TEST(StringFormatOps, Conversions) {
  EXPECT_EQ(call("aten::Int.str", {" 42"}).toInt(), 42);  // int(" 42")
  EXPECT_EQ(call("aten::Int.str", {"+42"}).toInt(), 42);
  // int("42 ") -> invalid literal for int() with base 10: '42 ';  int("abc") -> stoll
  EXPECT_EQ(errorOf("aten::Int.str", {"42 "}), "invalid literal for int() with base 10: '42 '");
  EXPECT_EQ(errorOf("aten::Int.str", {"abc"}), "stoll");
  EXPECT_EQ(errorOf("aten::Int.str", {"99999999999999999999"}), "stoll");
  EXPECT_EQ(call("aten::Float.str", {"0x10"}).toDouble(), 16.0);  // float("0x10") -> 16.0
  EXPECT_TRUE(std::isinf(call("aten::Float.str", {"-inf"}).toDouble()));
  EXPECT_EQ(errorOf("aten::Float.str", {"1.5 "}), "could not convert string to float: '1.5 '");
  EXPECT_EQ(errorOf("aten::Float.str", {""}), "stod");
  EXPECT_EQ(call("aten::ord", {"a"}).toInt(), 97);
  EXPECT_EQ(errorOf("aten::ord", {"ab"}), "String for ord() must be 1 character, found 2");
  EXPECT_EQ(text("aten::chr", {97}), "a");
  EXPECT_EQ(text("aten::chr", {200}), "\xc8");  // chr(200) is one byte upstream
  EXPECT_EQ(errorOf("aten::chr", {1114111}), "chr() arg not in range(0x110000), found 1114111");
  EXPECT_EQ(text("aten::hex", {-255}), "-0xff");
  EXPECT_EQ(text("aten::oct", {8}), "0o10");
  EXPECT_EQ(text("aten::bin", {-5}), "-0b101");
  EXPECT_EQ(text("aten::bin", {0}), "0b0");
}

TEST(BuiltinOps, ListMethods) {
  IValue l = intList({1, 2, 3});
  EXPECT_EQ(call("aten::pop.t", {l, -1}).toInt(), 3);  // l.pop() -> 3
  EXPECT_EQ(call("aten::pop.t", {l, 0}).toInt(), 1);
  EXPECT_EQ(l.str(), "[2]");
  EXPECT_EQ(errorOf("aten::pop.t", {intList({1, 2}), 5}), "list index out of range");
  EXPECT_EQ(errorOf("aten::pop.t", {intList({}), -1}), "pop from empty list");
  // l.insert(-1, 9) -> [1, 2, 9, 3];  l.insert(10, 9) appends;  l.insert(-10, 9) prepends
  IValue m = intList({1, 2, 3});
  call("aten::insert.t", {m, -1, 9});
  call("aten::insert.t", {m, 10, 8});
  call("aten::insert.t", {m, -10, 7});
  EXPECT_EQ(m.str(), "[7, 1, 2, 9, 3, 8]");
  call("aten::remove.int", {m, 9});
  EXPECT_EQ(m.str(), "[7, 1, 2, 3, 8]");
  EXPECT_EQ(errorOf("aten::remove.int", {m, 5}), "list.remove(x): x not in list");
  EXPECT_EQ(call("aten::index.list_int", {intList({1, 2, 3, 2}), 2}).toInt(), 1);
  // [1, 2, 3].index(5) -> '5' is not in list;  [1.5].index(1e20) -> '1e+20' is not in list
  EXPECT_EQ(errorOf("aten::index.list_int", {m, 5}), "'5' is not in list");
  EXPECT_EQ(errorOf("aten::index.list_float", {IValue::list({1.5}, Type::floating()), 1e20}),
            "'1e+20' is not in list");
  EXPECT_EQ(errorOf("aten::index.list_bool", {IValue::list({false}, Type::boolean()), true}),
            "'1' is not in list");
  EXPECT_EQ(call("aten::count.str", {strList({"a", "b", "a"}), "a"}).toInt(), 2);
  call("aten::extend.t", {m, m});  // l.extend(l) doubles once
  EXPECT_EQ(m.str(), "[7, 1, 2, 3, 8, 7, 1, 2, 3, 8]");
  call("aten::sort.int", {m, true});
  EXPECT_EQ(m.str(), "[8, 8, 7, 7, 3, 3, 2, 2, 1, 1]");
  call("aten::reverse.t", {m});
  EXPECT_EQ(m.str(), "[1, 1, 2, 2, 3, 3, 7, 7, 8, 8]");
  IValue copy = call("aten::copy.t", {m});
  call("aten::clear.t", {m});
  EXPECT_EQ(m.str(), "[]");
  EXPECT_EQ(copy.toList()->elements.size(), 10u);
  // sorted(["b", "a", "B"]) -> ['B', 'a', 'b']
  EXPECT_EQ(call("aten::sorted.str", {strList({"b", "a", "B"})}).str(), "[B, a, b]");
}

TEST(BuiltinOps, SortTuplesAndReductions) {
  // sorted([(2, "b"), (1, "z"), (1, "a")]) -> [(1, 'a'), (1, 'z'), (2, 'b')]
  IValue tuples = IValue::list(
      {IValue::tuple({2, "b"}), IValue::tuple({1, "z"}), IValue::tuple({1, "a"})}, nullptr);
  EXPECT_EQ(call("aten::sorted.any", {tuples}).str(), "[(1, a), (1, z), (2, b)]");
  IValue nested = IValue::list({intList({2}), intList({1})}, Type::list(Type::integer()));
  EXPECT_NE(errorOf("aten::sorted.any", {nested}).find("can be sorted, got list of List[int]"),
            std::string::npos);
  EXPECT_EQ(call("aten::sum.bool", {IValue::list({true, false, true}, Type::boolean())}).toInt(),
            2);
  EXPECT_FALSE(call("aten::all.int", {intList({1, 0})}).toBool());
  EXPECT_TRUE(call("aten::any.str", {strList({"", "a"})}).toBool());
  EXPECT_FALSE(call("aten::any.float", {IValue::list({0.0}, Type::floating())}).toBool());
}

TEST(BuiltinOps, ScalarBuiltins) {
  // round(2.5) -> 2.0;  round(-2.5) -> -2.0;  round(3.5) -> 4.0
  EXPECT_EQ(call("aten::round.float", {2.5}).toDouble(), 2.0);
  EXPECT_EQ(call("aten::round.float", {-2.5}).toDouble(), -2.0);
  EXPECT_EQ(call("aten::round.float", {3.5}).toDouble(), 4.0);
  EXPECT_TRUE(call("aten::round.int", {3}).isDouble());
  // divmod(-7, 2) -> (-4, 1);  divmod(-7.5, 2.0) -> (-4.0, 0.5);  divmod(7, 2.5) -> (2.0, 2.0)
  EXPECT_EQ(call("aten::divmod.int", {-7, 2}).str(), "(-4, 1)");
  EXPECT_EQ(call("aten::divmod.float", {-7.5, 2.0}).str(), "(-4., 0.5)");
  EXPECT_EQ(call("aten::divmod.int_float", {7, 2.5}).str(), "(2., 2.)");
  EXPECT_EQ(errorOf("aten::divmod.int", {7, 0}),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(errorOf("aten::divmod.float", {7.5, 0.0}), "ZeroDivisionError: float divmod()");
  // 1 << 64 -> 1;  1 << -1 -> -9223372036854775808;  -16 >> 70 -> -1
  EXPECT_EQ(call("aten::__lshift__.int", {1, 64}).toInt(), 1);
  EXPECT_EQ(call("aten::__lshift__.int", {1, -1}).toInt(), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(call("aten::__rshift__.int", {-16, 70}).toInt(), -1);
  EXPECT_EQ(call("aten::gcd.int", {12, -18}).toInt(), 6);  // math.gcd(12, -18)
  EXPECT_EQ(call("aten::factorial.int", {21}).toInt(), -4249290049419214848);
  EXPECT_EQ(errorOf("aten::factorial.int", {-1}), "factorial() not defined for negative values");
  // math.floor(-2.5) -> -3;  math.ceil(inf) -> Cannot convert float inf to integer
  EXPECT_EQ(call("aten::floor.float", {-2.5}).toInt(), -3);
  EXPECT_EQ(call("aten::ceil.float", {2.1}).toInt(), 3);
  EXPECT_EQ(errorOf("aten::ceil.float", {INFINITY}), "Cannot convert float inf to integer");
  EXPECT_EQ(errorOf("aten::floor.float", {NAN}), "Cannot convert float nan to integer");
  // math.sqrt(-1.0) -> nan and math.log(0.0) -> -inf, not ValueError
  EXPECT_TRUE(std::isnan(call("aten::sqrt.float", {-1.0}).toDouble()));
  EXPECT_EQ(call("aten::log.float", {0.0}).toDouble(), -INFINITY);
  EXPECT_EQ(call("aten::log.int_int", {8, 2}).toDouble(), 3.0);  // math.log(8, 2)
  EXPECT_EQ(call("aten::degrees.float", {M_PI}).toDouble(), 180.0);
  EXPECT_EQ(call("aten::copysign.int_float", {3, -0.0}).toDouble(), -3.0);
  EXPECT_EQ(call("aten::mathremainder.int", {7, 2}).toDouble(), -1.0);  // math.remainder(7, 2)
  EXPECT_EQ(call("aten::modf", {-2.5}).str(), "(-0.5, -2.)");
  EXPECT_EQ(call("aten::ldexp", {1.5, 3}).toDouble(), 12.0);
  EXPECT_TRUE(call("aten::isinf.float", {-INFINITY}).toBool());
  EXPECT_EQ(call("aten::_unwrap_optional", {3}).toInt(), 3);
  EXPECT_EQ(errorOf("aten::_unwrap_optional", {kNone}), "Unwrapping null optional");
}

}  // namespace
}  // namespace minijit
