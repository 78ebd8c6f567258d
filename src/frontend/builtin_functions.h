// Number-on-the-left arithmetic with tensors (`1 - x`), emitted as upstream's inlined builtin
// TorchScript functions. Book chapter 5.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "frontend/schema_matching.h"

namespace minijit {

// tryEmitScalarTensorBuiltin once its arguments are known to be a number `a` and a Tensor `b`.
std::optional<Value*> emitScalarTensorBuiltin(Graph& graph, std::string_view op, Value* a,
                                              Value* b);

// Emits `op(a, b)` for a number `a` and a Tensor `b` when upstream would resolve it to one of
// its builtin functions (add, sub, mul, div, eq, ne); nullopt otherwise. (The test of the
// arguments is inline: every builtin call makes it, ~200 per compile, and nearly all fail it.)
inline std::optional<Value*> tryEmitScalarTensorBuiltin(Graph& graph, std::string_view op,
                                                        const std::vector<NamedValue>& args,
                                                        const std::vector<NamedValue>& kwargs,
                                                        const std::optional<NamedValue>& self) {
  if (args.size() != 2 || !kwargs.empty() || self) return std::nullopt;
  TypeKind lhs = args[0].value->type()->kind();
  if ((lhs != TypeKind::Int && lhs != TypeKind::Float) ||
      args[1].value->type()->kind() != TypeKind::Tensor) {
    return std::nullopt;
  }
  return emitScalarTensorBuiltin(graph, op, args[0].value, args[1].value);
}

// `key in text` on strings, emitted as upstream's inlined builtin (`text.find(key, 0,
// len(text)) != -1`); `args` is (text, key). nullopt for other argument types.
std::optional<Value*> tryEmitStringContains(Graph& graph, const std::vector<NamedValue>& args);

// Tensor properties upstream defines as builtin TorchScript functions (`x.shape` is
// `return a.size()`, `x.ndim` is `return a.dim()`), emitted inline with their ranges in that
// builtin source; null for other names.
Value* tryEmitTensorProperty(Graph& graph, Value* tensor, const std::string& name);

class FunctionDefinition;

// `torch.nn.functional.<name>` when upstream scripts it from Python source (relu, softmax,
// layer_norm, ...): minijit's TorchScript version of it (functional.cpp), compiled with
// `define` on first use; null for names that are aten builtins (gelu, linear, conv2d).
const FunctionDefinition* functionalFunction(
    const std::string& name, const std::function<void(FunctionDefinition&)>& define);

}  // namespace minijit
