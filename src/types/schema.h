// FunctionSchema: the signature of an operator, parsed from upstream's schema strings such as
// `aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor`. The frontend
// resolves calls against schemas; the runtime binds kernels to them. Book chapter 4.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "types/constant.h"
#include "types/type.h"

namespace minijit {

// [book:function-schema]
struct Argument {
  std::string name;
  TypePtr type;
  std::optional<Constant> default_value;
  bool kwarg_only = false;
  std::optional<int> list_size;  // N in `int[2] stride`: a single int is broadcast to N
  bool is_write = false;         // `Tensor(a!)`: the operator writes this argument
};

struct FunctionSchema {
  std::string name;           // "aten::add"
  std::string overload_name;  // "Tensor" (empty for the default overload)
  std::vector<Argument> arguments;
  std::vector<Argument> returns;
  bool is_vararg = false;  // `...` in the arguments
  std::string text;        // the schema string it was parsed from

  // "aten::add.Tensor" — the key the operator registry uses.
  std::string qualifiedName() const {
    return overload_name.empty() ? name : name + "." + overload_name;
  }
};
// [/book:function-schema]

// Parses one schema string; throws std::invalid_argument naming the position on bad input
// (schema strings come from the catalogue, not from users).
FunctionSchema parseSchema(const std::string& text);

// Parses a type as schemas spell it: `int[]`, `Tensor?`, `(int, Tensor)`, `Dict(str, t)`.
TypePtr parseSchemaType(const std::string& text);

}  // namespace minijit
