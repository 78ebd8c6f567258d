// The operator registry is built once from the per-family registration functions; every
// name is checked against the OperatorCatalogue so that kernels and schemas cannot drift
// apart. Book chapter 7 ("The interpreter").
#include "runtime/operator_registry.h"

#include <algorithm>
#include <stdexcept>

#include "runtime/register_helpers.h"
#include "types/operator_catalogue.h"

namespace minijit {

// [book:registry-instance]
const OperatorRegistry& OperatorRegistry::instance() {
  static const OperatorRegistry registry = [] {
    OperatorRegistry built;
    registerTensorOps(built);
    registerScalarOps(built);
    registerListOps(built);
    registerMathOps(built);
    registerNnOps(built);
    registerDictOps(built);
    registerStringMethodOps(built);
    registerStringFormatOps(built);
    registerBuiltinOps(built);
    registerReducedFloatOps(built);  // last: it wraps the kernels registered above
    return built;
  }();
  return registry;
}
// [/book:registry-instance]

const Kernel* OperatorRegistry::find(const std::string& qualified_name) const {
  auto it = kernels_.find(qualified_name);
  return it == kernels_.end() ? nullptr : &it->second;
}

const Kernel* OperatorRegistry::find(const FunctionSchema& schema) const {
  {
    std::shared_lock lock(by_schema_mutex_);
    auto it = by_schema_.find(&schema);
    if (it != by_schema_.end()) return it->second;
  }
  const Kernel* kernel = find(schema.qualifiedName());
  std::unique_lock lock(by_schema_mutex_);
  by_schema_.emplace(&schema, kernel);
  return kernel;
}

void OperatorRegistry::wrapKernels(const std::function<Kernel(const std::string&, Kernel)>& wrap) {
  for (auto& [name, kernel] : kernels_) kernel = wrap(name, std::move(kernel));
}

std::vector<std::string> OperatorRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& entry : kernels_) out.push_back(entry.first);
  std::sort(out.begin(), out.end());
  return out;
}

// [book:registry-add]
void OperatorRegistry::add(const std::string& qualified_name, Kernel kernel) {
  if (!OperatorCatalogue::instance().find(qualified_name)) {
    throw std::logic_error("OperatorRegistry: no schema named " + qualified_name);
  }
  if (!kernels_.emplace(qualified_name, std::move(kernel)).second) {
    throw std::logic_error("OperatorRegistry: " + qualified_name + " registered twice");
  }
}
// [/book:registry-add]

}  // namespace minijit
