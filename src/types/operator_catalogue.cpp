// Builds the operator catalogue from the generated list of upstream schema strings.
#include "types/operator_catalogue.h"

#include <cstring>
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
  std::unordered_map<std::string, size_t> index;  // name -> position in names_
  for (const FunctionSchema& schema : schemas_) {
    auto [it, added] = index.emplace(schema.name, names_.size());
    if (added) {
      names_.push_back(
          {schema.name, hashName(schema.name), static_cast<uint32_t>(names_.size()), {}});
    }
    names_[it->second].overloads.push_back(&schema);
    by_qualified_name_.emplace(schema.qualifiedName(), &schema);
  }
  size_t size = 1;
  while (size < 2 * names_.size()) size *= 2;
  name_table_.assign(size, 0);
  for (size_t i = 0; i < names_.size(); ++i) {
    size_t slot = names_[i].hash & (size - 1);
    while (name_table_[slot] != 0) slot = (slot + 1) & (size - 1);
    name_table_[slot] = static_cast<uint32_t>(i + 1);
  }
}
// [/book:catalogue]

// A hash of a few instructions: the length and the first and last 8 bytes (all that names
// of 8 characters or more need: "aten::" is shared, the end tells them apart), multiplied
// and folded. Collisions only cost a comparison of the names.
uint32_t OperatorCatalogue::hashName(std::string_view name) {
  uint64_t head = 0;
  uint64_t tail = 0;
  if (name.size() >= 8) {
    std::memcpy(&head, name.data(), 8);
    std::memcpy(&tail, name.data() + name.size() - 8, 8);
  } else {
    std::memcpy(&head, name.data(), name.size());
  }
  uint64_t hash = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ name.size();
  return static_cast<uint32_t>(hash ^ (hash >> 29));
}

const OperatorCatalogue& OperatorCatalogue::instance() {
  static const OperatorCatalogue catalogue;
  return catalogue;
}

const OperatorCatalogue::Operator* OperatorCatalogue::findOperator(std::string_view name) const {
  const uint32_t hash = hashName(name);
  const size_t mask = name_table_.size() - 1;
  for (size_t slot = hash & mask; name_table_[slot] != 0; slot = (slot + 1) & mask) {
    const Operator& op = names_[name_table_[slot] - 1];
    if (op.hash == hash && op.name == name) return &op;
  }
  return nullptr;
}

const std::vector<const FunctionSchema*>& OperatorCatalogue::overloads(
    std::string_view name) const {
  static const std::vector<const FunctionSchema*> empty;
  const Operator* op = findOperator(name);
  return op ? op->overloads : empty;
}

const FunctionSchema* OperatorCatalogue::find(const std::string& qualified_name) const {
  auto it = by_qualified_name_.find(qualified_name);
  return it == by_qualified_name_.end() ? nullptr : it->second;
}

}  // namespace minijit
