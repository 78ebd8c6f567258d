// Prints a graph in upstream's text format, byte for byte:
//   graph(%x.1 : int):
//     %2 : int = prim::Constant[value=1]() # <string>:2:15
//     %3 : int = aten::add(%x.1, %2) # <string>:2:11
//     return (%3)
// Book chapter 1 reads one; chapter 5 explains each part.
#include <sstream>

#include "ir/ir.h"

namespace minijit {

namespace {

void printValueList(std::ostream& out, const std::vector<Value*>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out << ", ";
    out << "%" << values[i]->displayName();
  }
}

void printTypedValueList(std::ostream& out, const std::vector<Value*>& values,
                         const char* separator = ", ") {
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out << separator;
    out << "%" << values[i]->displayName() << " : " << values[i]->type()->str();
  }
}

// Upstream stores a bool constant as an int attribute, so it prints as 0/1 on its own and as
// True/False only inside a list or tuple.
std::string attributeText(const Constant& value) {
  if (value.kind == Constant::Kind::Bool) return value.b ? "1" : "0";
  if (value.kind == Constant::Kind::Device) return "\"" + value.s + "\"";
  return value.str();
}

// [book:print-node]
void printNode(std::ostream& out, const Node* node, int level, bool locations) {
  std::string indent(static_cast<size_t>(level) * 2, ' ');
  out << indent;
  printTypedValueList(out, node->outputs());
  out << " = " << node->kind();
  if (!node->attributes().empty() || node->variableName()) {
    out << "[";
    // A Load's or Store's variable is upstream's `name` attribute (see Node::variableName).
    if (const std::string* variable = node->variableName()) {
      out << "name=" << attributeText(Constant::string(*variable));
    }
    for (size_t i = 0; i < node->attributes().size(); ++i) {
      if (i || node->variableName()) out << ", ";
      out << node->attributes()[i].first << "=" << attributeText(node->attributes()[i].second);
    }
    out << "]";
  }
  out << "(";
  printValueList(out, node->inputs());
  out << ")";
  if (locations && node->sourceRange().valid()) out << " # " << node->sourceRange().location();
  out << "\n";
  for (size_t i = 0; i < node->blocks().size(); ++i) {
    const Block* block = node->blocks()[i];
    out << indent << "  block" << i << "(";
    printTypedValueList(out, block->inputs());
    out << "):\n";
    for (const Node* inner : block->nodes()) printNode(out, inner, level + 2, locations);
    out << indent << "    -> (";
    printValueList(out, block->outputs());
    out << ")\n";
  }
}
// [/book:print-node]

}  // namespace

std::string Graph::toString(bool print_source_locations) const {
  std::ostringstream out;
  out << "graph(";
  printTypedValueList(out, inputs(), ",\n      ");
  out << "):\n";
  for (const Node* node : block_->nodes()) printNode(out, node, 1, print_source_locations);
  out << "  return (";
  printValueList(out, outputs());
  out << ")\n";
  return out.str();
}

}  // namespace minijit
