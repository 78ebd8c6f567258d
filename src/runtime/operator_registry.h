// The operator registry: one kernel for each operator schema the runtime can run, keyed by
// the schema's qualified name ("aten::add.Tensor", "aten::add.int"). Kernels follow
// upstream's stack convention: a node's inputs are pushed in order, the kernel pops them
// and pushes its outputs. Book chapter 7 ("The interpreter").
#pragma once

#include <functional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/ivalue.h"
#include "types/schema.h"

namespace minijit {

using Stack = std::vector<IValue>;
using Kernel = std::function<void(Stack&)>;

class OperatorRegistry {
 public:
  // Built once, on first use, from the per-family registration functions
  // (register_tensor_ops.cpp, register_scalar_ops.cpp, register_list_ops.cpp,
  // register_dict_ops.cpp, ...).
  static const OperatorRegistry& instance();

  // The kernel for `qualified_name`, or nullptr when the runtime has none.
  const Kernel* find(const std::string& qualified_name) const;
  // The same for a node's schema, remembered by the schema's address: node schemas live in
  // the OperatorCatalogue for the whole program, so one address always means one operator,
  // and the interpreter skips building "aten::add.Tensor" and hashing it on every call.
  const Kernel* find(const FunctionSchema& schema) const;
  // Every registered name, sorted (for tests and the book's operator table).
  std::vector<std::string> names() const;

  // Registration. Throws std::logic_error when `qualified_name` is not in the
  // OperatorCatalogue or is registered twice, so that a typo fails loudly at start-up.
  void add(const std::string& qualified_name, Kernel kernel);
  // Replaces every kernel by `wrap(name, kernel)` (reduced_float_ops.cpp uses it to give
  // float16/bfloat16 arguments to float kernels).
  void wrapKernels(const std::function<Kernel(const std::string&, Kernel)>& wrap);

  // A copy has the same kernels and a cache of its own (tests check registration on one).
  OperatorRegistry(const OperatorRegistry& other) : kernels_(other.kernels_) {}

 private:
  OperatorRegistry() = default;
  std::unordered_map<std::string, Kernel> kernels_;
  mutable std::shared_mutex by_schema_mutex_;
  mutable std::unordered_map<const FunctionSchema*, const Kernel*> by_schema_;
};

// Pops the top of the stack.
inline IValue pop(Stack& stack) {
  IValue value = std::move(stack.back());
  stack.pop_back();
  return value;
}

}  // namespace minijit
