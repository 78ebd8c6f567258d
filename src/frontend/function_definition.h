// FunctionDefinition: one TorchScript function as the compiler tracks it — its AST, and once
// defined, its graph and schema. Definitions are made lazily: a caller needs its callee's
// schema, so resolving a call may define the callee first. Book chapter 5.
#pragma once

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "ir/ir.h"
#include "parser/ast.h"
#include "types/schema.h"

namespace minijit {

class Resolver;
class ClassDefinition;

class FunctionDefinition {
 public:
  // `define` builds graph and schema (the compiler's emit + cleanup passes).
  FunctionDefinition(std::string name, const DefStmt* def, std::shared_ptr<const Resolver> resolver,
                     std::function<void(FunctionDefinition&)> define)
      : name_(std::move(name)), def_(def), resolver_(std::move(resolver)), define_(std::move(define)) {}

  const std::string& name() const { return name_; }
  const DefStmt& def() const {
    if (!def_) throw std::logic_error("the syntax tree of " + name_ + " was released after it was defined");
    return *def_;
  }
  // Once the graph exists the syntax tree is not read again: the compilation unit lets it go
  // (a compiled function then holds less memory, and fresh memory is what costs).
  void releaseSyntax() {
    if (isDefined()) def_ = nullptr;
  }
  const Resolver* resolver() const { return resolver_.get(); }

  // Defines the function if that has not happened yet; a call back into a function being
  // defined is recursion, which TorchScript rejects.
  void ensureDefined() const;
  bool isDefined() const { return state_ == State::Defined; }

  Graph& graph() const {
    ensureDefined();
    return *graph_;
  }
  const FunctionSchema& schema() const {
    ensureDefined();
    return schema_;
  }

  // A method's class (its first parameter, `self`, has the class type); null for functions.
  const ClassDefinition* owner() const { return owner_; }
  void setOwner(const ClassDefinition* owner) { owner_ = owner; }
  // How this definition is compiled; classes made while emitting (torch.no_grad) reuse it.
  const std::function<void(FunctionDefinition&)>& definer() const { return define_; }

  // Set by the emitter while defining.
  void setGraph(std::shared_ptr<Graph> graph) { graph_ = std::move(graph); }
  void setSchema(FunctionSchema schema) { schema_ = std::move(schema); }
  // The graph while it is being defined (no definedness check); null before emission.
  Graph* graphBeingDefined() const { return graph_.get(); }
  std::shared_ptr<Graph> graphPtr() const {
    ensureDefined();
    return graph_;
  }

 private:
  enum class State { Undefined, Defining, Defined };
  std::string name_;
  const DefStmt* def_;
  std::shared_ptr<const Resolver> resolver_;
  std::function<void(FunctionDefinition&)> define_;
  const ClassDefinition* owner_ = nullptr;
  mutable State state_ = State::Undefined;
  std::shared_ptr<Graph> graph_;
  FunctionSchema schema_;
};

}  // namespace minijit
