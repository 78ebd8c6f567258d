// Builds the operator catalogue from the generated list of upstream schema strings.
#include "types/operator_catalogue.h"

#include <iterator>

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
    by_name_[schema.name].push_back(&schema);
    by_qualified_name_.emplace(schema.qualifiedName(), &schema);
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
  auto it = by_name_.find(name);
  return it == by_name_.end() ? empty : it->second;
}

const FunctionSchema* OperatorCatalogue::find(const std::string& qualified_name) const {
  auto it = by_qualified_name_.find(qualified_name);
  return it == by_qualified_name_.end() ? nullptr : it->second;
}

}  // namespace minijit
