// Variable frames with upstream's Store/Load discipline.
#include "frontend/environment.h"

#include "frontend/schema_matching.h"

#include <algorithm>
#include <cctype>

namespace minijit {

bool meaningfulName(const std::string& name) {
  if (name.empty() || name[0] == '$') return false;
  if (name[0] != '_') return true;
  for (size_t i = 1; i < name.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) return true;
  }
  return false;
}

// [book:load-store]
Value* Environment::insertLoad(const std::string& name, Variable& variable) {
  Node* load = graph_.insertNode(graph_.create(kinds().load));
  if (variable.interned) {
    load->shareVariableName(variable.interned);
  } else {
    variable.interned = load->setVariableName(name)->variableName();
  }
  load->output()->setType(variable.type);
  if (meaningfulName(name)) load->output()->setDebugName(name, variable.name_hint);
  return load->output();
}

void Environment::insertStore(const std::string& name, const SourceRange& range, Value* value,
                              const TypePtr& type, const std::string* interned) {
  Node* store = graph_.insertNode(graph_.create(kinds().store, 0));
  store->addInput(value);
  Variable& variable = type_table_[name];
  if (!variable.interned) variable.interned = interned;  // (the hint, if any)
  if (variable.interned) {
    store->shareVariableName(variable.interned);
  } else {
    variable.interned = store->setVariableName(name)->variableName();
  }
  store->setSourceRange(range);
  variable.type = type;
}
// [/book:load-store]

void Environment::setSugaredVar(const SourceRange& range, const std::string& name,
                                SugaredValuePtr value, TypePtr annotated_type) {
  Value* simple = value->kind == SugaredValue::Kind::Simple ? value->value : nullptr;
  if (simple && !simple->hasDebugName() && meaningfulName(name) &&
      simple->node()->owningBlock() == block_) {
    simple->setDebugName(name);
  }
  // A variable of an enclosing block keeps its type: `a = 1` then `a = 2.5` in a loop is an
  // error, because the loop-carried value needs one type.
  const std::string* interned = nullptr;  // the variable's name as the parent's Load has it
  if (auto parent = findInParentFrame(name)) {
    if (annotated_type) {
      throw ErrorReport(range) << "Attempting to declare and annotate the type of variable '"
                               << name << "' but it is already defined in an outer block";
    }
    if (!simple) {
      throw ErrorReport(range) << "Cannot re-assign '" << name << "' to a value of type "
                               << value->kindName() << " because " << name
                               << " is not a first-class value.  Only reassignments to "
                                  "first-class values are allowed";
    }
    if (parent->kind != SugaredValue::Kind::Simple) {
      throw ErrorReport(range) << "Cannot re-assign '" << name << "' because it has type "
                               << parent->kindName() << " and " << name
                               << " is not a first-class value.  Only reassignments to "
                                  "first-class values are allowed";
    }
    const TypePtr& parent_type = parent->value->type();
    if (parent->value->node()->kind() == kinds().load) {
      interned = parent->value->node()->variableName();
    }
    // `x = []` for a list variable of an enclosing block takes that variable's list type,
    // and a tensor assigned to a float or int variable converts, as upstream converts
    // (aten::FloatImplicit); a bool stays a bool, as upstream's error says.
    if (simple->node()->kind() == kinds().empty_list_literal ||
        simple->type()->kind() == TypeKind::Tensor) {
      simple = tryConvertToType(range, graph_, parent_type, simple, true);
    }
    if (!simple->type()->isSubtypeOf(parent_type)) {
      throw ErrorReport(range) << "Variable '" << name << "' previously had type "
                               << parent_type->annotationStr()
                               << " but is now being assigned to a value of type "
                               << simple->type()->annotationStr() << "\n";
    }
  }
  if (simple) {
    if (annotated_type && !simple->type()->isSubtypeOf(annotated_type)) {
      throw ErrorReport(range) << "Variable '" << name << "' is annotated with type "
                               << annotated_type->annotationStr()
                               << " but is being assigned to a value of type "
                               << simple->type()->annotationStr();
    }
    insertStore(name, range, simple, annotated_type ? annotated_type : simple->type(), interned);
  } else {
    value_table_[name] = std::move(value);
  }
}

SugaredValuePtr Environment::findInThisFrame(const std::string& name) {
  return findInThisFrame(HashedName(name), name);
}

SugaredValuePtr Environment::findInThisFrame(const HashedName& key, const std::string& name) {
  // (A lookup walks every enclosing frame, and many frames hold no sugared values or no
  // variables: an empty table is not searched.)
  if (!value_table_.empty()) {
    auto value = value_table_.find(key);
    if (value != value_table_.end()) return value->second;
  }
  if (type_table_.empty()) return nullptr;
  auto type = type_table_.find(key);
  if (type != type_table_.end()) return SugaredValue::simple(insertLoad(name, type->second));
  return nullptr;
}

SugaredValuePtr Environment::findInAnyFrame(const std::string& name) {
  HashedName key(name);
  for (Environment* frame = this; frame; frame = frame->next_.get()) {
    if (auto found = frame->findInThisFrame(key, name)) return found;
  }
  return nullptr;
}

TypePtr Environment::typeInThisFrame(const std::string& name) const {
  auto type = type_table_.find(name);
  return type == type_table_.end() ? nullptr : type->second.type;
}

TypePtr Environment::typeInAnyFrame(const std::string& name) const {
  for (const Environment* frame = this; frame; frame = frame->next_.get()) {
    if (auto type = frame->typeInThisFrame(name)) return type;
  }
  return nullptr;
}

Environment::VariableNames Environment::definedVariables() const {
  VariableNames names;
  names.resizeForOverwrite(type_table_.size());
  auto* out = names.data();
  for (const auto& [name, type] : type_table_) *out++ = VariableName{&name};
  std::sort(names.begin(), names.end(),
            [](VariableName a, VariableName b) { return *a.name < *b.name; });
  return names;
}

void Environment::setVariableError(const std::string& name, ErrorReport error) {
  errors_.insert_or_assign(name, std::move(error));
}

const ErrorReport* Environment::variableError(const std::string& name) const {
  HashedName key(name);
  for (const Environment* frame = this; frame; frame = frame->next_.get()) {
    if (frame->errors_.empty()) continue;
    auto it = frame->errors_.find(key);
    if (it != frame->errors_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace minijit
