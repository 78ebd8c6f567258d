// Tests for source ranges: positions and upstream-style highlighting.
#include "util/error.h"
#include "util/source.h"

#include <gtest/gtest.h>

namespace minijit {
namespace {

TEST(SourceRange, LineAndColumnAreOneAndZeroBased) {
  auto src = std::make_shared<Source>("def f(x: int):\n    return x\n", "a.py", 10);
  SourceRange r(src, 19, 25);  // "return"
  EXPECT_EQ(r.text(), "return");
  EXPECT_EQ(r.line(), 11u);
  EXPECT_EQ(r.column(), 4u);
  EXPECT_EQ(r.location(), "a.py:11:4");
}

// A dedented nested function reports columns as in its file.
TEST(SourceRange, ColumnOffsetAddsTheDedentBack) {
  auto src = std::make_shared<Source>("def f(x: int):\n    return x\n", "a.py", 10, 8);
  SourceRange r(src, 19, 25);  // "return", at column 12 of the file
  EXPECT_EQ(r.column(), 12u);
  EXPECT_EQ(r.location(), "a.py:11:12");
}

TEST(SourceRange, HighlightMatchesUpstreamLayout) {
  // Recorded from torch 1.13: CompilationUnit("def f(x: int):\n    return torch.relu(x)\n")
  auto src = std::make_shared<Source>("def f(x: int):\n    return torch.relu(x)\n");
  SourceRange r(src, 26, 36);
  EXPECT_EQ(r.highlight(),
            "  File \"<string>\", line 2\n"
            "def f(x: int):\n"
            "    return torch.relu(x)\n"
            "           ~~~~~~~~~~ <--- HERE\n");
}

TEST(SourceRange, MultiLineHighlightSkipsIndentation) {
  auto src = std::make_shared<Source>("def f(x):\n    if x:\n        y = 1\n    return y\n");
  SourceRange r(src, 14, 34);  // "if x:\n        y = 1"
  EXPECT_EQ(r.highlight(),
            "  File \"<string>\", line 2\n"
            "def f(x):\n"
            "    if x:\n"
            "    ~~~~~\n"
            "        y = 1\n"
            "        ~~~~~ <--- HERE\n"
            "    return y\n");
}

TEST(SourceRange, RangeAtEndOfTextDoesNotCrash) {
  auto src = std::make_shared<Source>("def f(x):\n");
  SourceRange r(src, 10, 10);
  EXPECT_NE(r.highlight().find("<--- HERE"), std::string::npos);
}

TEST(ErrorReport, WhatHasMessageThenSource) {
  auto src = std::make_shared<Source>("x $ y\n");
  ErrorReport e(SourceRange(src, 2, 3));
  e << "unexpected character '" << "$" << "'";
  std::string what = e.what();
  EXPECT_EQ(what, "\nunexpected character '$':\n  File \"<string>\", line 1\nx $ y\n  ~ <--- HERE\n");
}

}  // namespace
}  // namespace minijit
