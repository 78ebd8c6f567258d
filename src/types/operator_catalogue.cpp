// Builds the operator catalogue from the generated list of upstream schema strings.
#include "types/operator_catalogue.h"

#include <algorithm>

namespace minijit {

namespace {
// [book:catalogue]
const char* const kSchemaStrings[] = {
#include "types/aten_schemas.inc"
};
}  // namespace

OperatorCatalogue::OperatorCatalogue() {
  schemas_.reserve(std::size(kSchemaStrings));
  for (const char* text : kSchemaStrings) schemas_.push_back(parseSchema(text));
  for (const FunctionSchema& schema : schemas_) {
    auto it = std::find_if(by_name_.begin(), by_name_.end(),
                           [&](const auto& entry) { return entry.first == schema.name; });
    if (it == by_name_.end()) {
      by_name_.push_back({schema.name, {}});
      it = by_name_.end() - 1;
    }
    it->second.push_back(&schema);
  }
}
// [/book:catalogue]

const OperatorCatalogue& OperatorCatalogue::instance() {
  static const OperatorCatalogue catalogue;
  return catalogue;
}

const std::vector<const FunctionSchema*>& OperatorCatalogue::overloads(
    const std::string& name) const {
  static const std::vector<const FunctionSchema*> empty;
  for (const auto& [entry_name, list] : by_name_) {
    if (entry_name == name) return list;
  }
  return empty;
}

const FunctionSchema* OperatorCatalogue::find(const std::string& qualified_name) const {
  for (const FunctionSchema& schema : schemas_) {
    if (schema.qualifiedName() == qualified_name) return &schema;
  }
  return nullptr;
}

}  // namespace minijit
