// Which function the CLI runs, with which arguments: either named on the command line
// (`minijit run FILE foo 3 2.5`) or written in the file as a `# run: foo(3, 2.5)` comment.
// Arguments are literals: ints, floats, True/False, None and quoted strings. Tensors cannot
// be written this way; a function that takes them is compiled and printed but not run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/ivalue.h"

namespace minijit::cli {

struct RunRequest {
  std::string function;
  std::vector<IValue> arguments;
};

// One literal argument; throws std::invalid_argument naming the text it could not read.
IValue parseLiteral(const std::string& text);

// The first `# run: name(args)` line of `source`, if any.
std::optional<RunRequest> findRunMarker(const std::string& source);

}  // namespace minijit::cli
