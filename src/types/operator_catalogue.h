// The operator catalogue: every operator schema the frontend can resolve a call against,
// grouped by name in upstream's order. It is data (generated from upstream by
// tools/gen_schemas.py), built once on first use and immutable afterwards. Book chapter 4.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "types/schema.h"

namespace minijit {

class OperatorCatalogue {
 public:
  static const OperatorCatalogue& instance();

  // All overloads named `name` ("aten::add"), in upstream's order; empty when unknown.
  const std::vector<const FunctionSchema*>& overloads(const std::string& name) const;
  // One overload by qualified name ("aten::add.Tensor"); nullptr when unknown.
  const FunctionSchema* find(const std::string& qualified_name) const;
  const std::vector<FunctionSchema>& all() const { return schemas_; }

 private:
  OperatorCatalogue();
  std::vector<FunctionSchema> schemas_;
  // Lookups by operator name and by qualified name; each name's overloads keep upstream's
  // order (the order overload resolution tries them in).
  std::unordered_map<std::string, std::vector<const FunctionSchema*>> by_name_;
  std::unordered_map<std::string, const FunctionSchema*> by_qualified_name_;
};

}  // namespace minijit
