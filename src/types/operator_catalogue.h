// The operator catalogue: every operator schema the frontend can resolve a call against,
// grouped by name in upstream's order. It is data (generated from upstream by
// tools/gen_schemas.py), built once on first use and immutable afterwards. Book chapter 4.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "types/schema.h"

namespace minijit {

class OperatorCatalogue {
 public:
  static const OperatorCatalogue& instance();

  // An operator name with its overloads in upstream's order (the order overload resolution
  // tries them in). Operators are numbered 0..operatorCount()-1 (`index`), so that a caller
  // can keep something per operator in a plain array (the emitter: the interned node kind).
  struct Operator {
    std::string name;
    uint32_t hash;
    uint32_t index;
    std::vector<const FunctionSchema*> overloads;
  };

  // All overloads named `name` ("aten::add"), in upstream's order; empty when unknown.
  const std::vector<const FunctionSchema*>& overloads(std::string_view name) const;
  // The operator named `name`; nullptr when unknown.
  const Operator* findOperator(std::string_view name) const;
  const std::vector<Operator>& operators() const { return names_; }
  // One overload by qualified name ("aten::add.Tensor"); nullptr when unknown.
  const FunctionSchema* find(const std::string& qualified_name) const;
  const std::vector<FunctionSchema>& all() const { return schemas_; }

 private:
  OperatorCatalogue();
  static uint32_t hashName(std::string_view name);
  std::vector<FunctionSchema> schemas_;
  // Lookup by operator name, once per operator call the frontend emits: each name with its
  // overloads, found through an open-addressing table of indices into names_ (a power of two
  // in size, at most half full, probed linearly). An unordered_map<string, ...> cost ~150
  // instructions per lookup (std::hash over every byte, a modulo, a node walk); this costs
  // about 100.
  std::vector<Operator> names_;
  std::vector<uint32_t> name_table_;  // index + 1 into names_; 0 marks an empty slot
  // Lookup by qualified name (rare).
  std::unordered_map<std::string, const FunctionSchema*> by_qualified_name_;
};

}  // namespace minijit
