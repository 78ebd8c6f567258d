// ClassDefinition: one TorchScript class as the compiler tracks it — its class statement, its
// type, and a FunctionDefinition per method. Compiling the class compiles `__init__` first
// (the attributes are the names it assigns on `self`), then every other method in source
// order, as upstream does: a method nobody calls is still checked. Book chapter 5.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "frontend/function_definition.h"
#include "parser/ast.h"
#include "types/type.h"

namespace minijit {

class Resolver;

class ClassDefinition {
 public:
  // `define_method` builds one method's graph and schema (the compiler's emit + cleanup
  // passes, as for functions). `source` owns the AST that `def` points into. Classes live
  // as long as the process, as in upstream's Python compilation unit: graphs anywhere may
  // hold objects of the class and call its methods.
  static std::shared_ptr<ClassDefinition> create(
      std::string qualified_name, std::shared_ptr<const Module> source, const ClassStmt* def,
      std::shared_ptr<const Resolver> resolver,
      std::function<void(FunctionDefinition&)> define_method);
  ClassDefinition(std::string qualified_name, std::shared_ptr<const Module> source,
                  const ClassStmt* def, std::shared_ptr<const Resolver> resolver,
                  std::function<void(FunctionDefinition&)> define_method);
  ClassDefinition(const ClassDefinition&) = delete;
  ClassDefinition& operator=(const ClassDefinition&) = delete;

  const std::string& qualifiedName() const { return type_->qualifiedName(); }
  const TypePtr& type() const { return type_; }
  ClassInfo& info() const { return type_->classInfo(); }
  const ClassStmt& def() const { return *def_; }

  // The method called `name` (a property `area` has the getter `__area_getter`), or null.
  FunctionDefinition* method(const std::string& name) const;
  // The `@staticmethod` called `name`, or null: a function without `self`, which
  // `Cls.name(...)` calls as upstream does, with prim::CallFunction.
  FunctionDefinition* staticMethod(const std::string& name) const;
  // Compiles every method, __init__ first; a second call does nothing.
  void ensureDefined() const;
  // True while __init__ is being emitted: only then may `self.x = ...` add an attribute.
  bool definingInit() const { return init_ && !init_->isDefined(); }

 private:
  std::shared_ptr<const Module> source_;
  const ClassStmt* def_;
  TypePtr type_;
  std::vector<std::shared_ptr<FunctionDefinition>> methods_;
  std::vector<std::shared_ptr<FunctionDefinition>> static_methods_;  // compiled on first call
  FunctionDefinition* init_ = nullptr;
  mutable bool defined_ = false;
};

// The class of a value of Class type.
const ClassDefinition& classDefinitionOf(const TypePtr& class_type);

// torch.no_grad, as upstream compiles it from torch/autograd/grad_mode.py: a class with
// __init__, __enter__ and __exit__ (the last two do nothing in minijit, which has no autograd).
std::shared_ptr<ClassDefinition> noGradClass(
    const std::function<void(FunctionDefinition&)>& define_method);

}  // namespace minijit
