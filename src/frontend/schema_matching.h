// Overload resolution: matching a call's arguments against operator schemas, with upstream's
// rules and side effects (a failed attempt may leave dead nodes in the graph, which shifts
// value numbers exactly as upstream's do): positional then keyword arguments, defaults
// inserted as constants, trailing positional ints packed into an `int[]`, type variables,
// and the implicit conversions (Tensor -> int/float, int -> Tensor is not one). Chapter 5.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "ir/ir.h"
#include "types/schema.h"

namespace minijit {

// An argument at a call site: a value, optionally with the keyword it was passed by.
struct NamedValue {
  // Empty for positional arguments. Not owned: a literal ("self") or the keyword's name in the
  // AST, both of which outlive the call. (A compile makes several hundred of these, nearly all
  // positional: a std::string was constructed and destroyed for each.)
  std::string_view name;
  SourceRange range;
  Value* value = nullptr;
};

struct MatchedSchema {
  const FunctionSchema* schema = nullptr;
  std::vector<Value*> inputs;        // one per schema argument (after defaults and packing)
  std::vector<TypePtr> return_types;  // with type variables resolved
};

// Tries one schema; on failure writes why to `failures` (when given) and returns nullopt.
std::optional<MatchedSchema> tryMatchSchema(const FunctionSchema& schema, const SourceRange& range,
                                            Graph& graph, const std::vector<NamedValue>& args,
                                            const std::vector<NamedValue>& kwargs,
                                            const std::optional<NamedValue>& self,
                                            std::ostream* failures, bool allow_conversions);

// Tries every schema without conversions, then every schema with them; the first match wins.
// Throws an ErrorReport listing each variant and why it failed when none matches.
MatchedSchema matchSchemas(const std::vector<const FunctionSchema*>& schemas,
                           const SourceRange& range, Graph& graph,
                           const std::vector<NamedValue>& args,
                           const std::vector<NamedValue>& kwargs,
                           const std::optional<NamedValue>& self = std::nullopt);

// Resolves `op` ("aten::add") against the catalogue and inserts the operator node.
Node* emitBuiltinNode(const SourceRange& range, Graph& graph, std::string_view op,
                      const std::vector<NamedValue>& args, const std::vector<NamedValue>& kwargs,
                      const std::optional<NamedValue>& self = std::nullopt);

// emitBuiltinNode, then the result as one value: a call returning several values (or none)
// is packed into a tuple.
Value* emitBuiltinCall(const SourceRange& range, Graph& graph, std::string_view op,
                       const std::vector<NamedValue>& args, const std::vector<NamedValue>& kwargs,
                       const std::optional<NamedValue>& self = std::nullopt);

// The implicit conversions upstream applies when a value meets a parameter of `type`.
Value* tryConvertToType(const SourceRange& range, Graph& graph, const TypePtr& type, Value* value,
                        bool allow_conversions);

// A list of `element_type` holding `elements`; upstream prints SymInt lists as int[].
Value* insertList(Graph& graph, TypePtr element_type, const std::vector<Value*>& elements,
                  SourceRange range = {});

}  // namespace minijit
