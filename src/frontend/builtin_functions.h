// Number-on-the-left arithmetic with tensors (`1 - x`), emitted as upstream's inlined builtin
// TorchScript functions. Book chapter 5.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "frontend/schema_matching.h"

namespace minijit {

// Emits `op(a, b)` for a number `a` and a Tensor `b` when upstream would resolve it to one of
// its builtin functions (add, sub, mul, div, eq, ne); nullopt otherwise.
std::optional<Value*> tryEmitScalarTensorBuiltin(Graph& graph, std::string_view op,
                                                 const std::vector<NamedValue>& args,
                                                 const std::vector<NamedValue>& kwargs,
                                                 const std::optional<NamedValue>& self);

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
