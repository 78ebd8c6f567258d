// The lexer: turns source text into the token stream the parser reads. It handles Python's
// layout rules (NEWLINE, INDENT, DEDENT; newlines inside brackets ignored; backslash
// continuation), number and string literals, and `# type:` comments on def headers.
// Book chapter 2 ("Lexing").
#pragma once

#include <vector>

#include "lexer/token.h"
#include "util/error.h"
#include "util/source.h"

namespace minijit {

// [book:tokenize]
// Lexes the whole source. The result always ends with END_OF_FILE, preceded by a NEWLINE
// ending the last logical line and one DEDENT per still-open indentation level.
// Throws ErrorReport on an unknown character, an inconsistent dedent or a bad string.
TokenList tokenize(const SourcePtr& source);
// [/book:tokenize]

// Lexes the characters [begin, end) of `source` as a fragment inside an implicit bracket:
// no NEWLINE, INDENT or DEDENT, just tokens and END_OF_FILE. Ranges still point into the
// whole source. The parser uses this to read the types written in a `# type:` comment.
TokenList tokenizeFragment(const SourcePtr& source, size_t begin, size_t end);

}  // namespace minijit
