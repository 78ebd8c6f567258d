// The parser: recursive descent over the token stream, building the AST of ast.h with
// Python's precedence rules and upstream TorchScript's source-range conventions.
// Book chapter 3 ("Parsing").
#pragma once

#include <string>

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "util/error.h"

namespace minijit {

// Parses a whole source (any number of defs, classes and statements). Throws ErrorReport,
// pointing at the offending token, on a syntax error.
Module parseModule(SourcePtr source);

// Convenience: wraps `text` in a Source first.
Module parseSource(std::string text, std::string filename = "<string>", size_t first_line = 1);

}  // namespace minijit
