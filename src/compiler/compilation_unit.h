// The compiler driver: source text -> parse -> emit (frontend) -> upstream's cleanup passes
// -> runnable functions. A CompilationUnit owns the functions compiled from one or more
// sources, like upstream's torch.jit.CompilationUnit. This is what `minijit.script`, the
// CLI and (later) archive loading call. Book chapter 1 walks through it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/class_definition.h"
#include "frontend/function_definition.h"
#include "frontend/sugared_value.h"
#include "parser/ast.h"
#include "runtime/ivalue.h"

namespace minijit {

// A compiled function: its graph (as `.graph` prints it) and a way to run it.
class Function {
 public:
  explicit Function(std::shared_ptr<FunctionDefinition> definition)
      : definition_(std::move(definition)) {}
  const std::string& name() const { return definition_->name(); }
  Graph& graph() const { return definition_->graph(); }
  const FunctionSchema& schema() const { return definition_->schema(); }
  const FunctionDefinition& definition() const { return *definition_; }

  // Checks the arguments against the schema (filling defaults), then interprets the graph.
  IValue operator()(std::vector<IValue> args) const;

 private:
  std::shared_ptr<FunctionDefinition> definition_;
};

class CompilationUnit {
 public:
  // Compiles every `def` in `source`. Names the functions do not define themselves are
  // looked up in `resolver` (Python globals, for minijit.script), then among this unit's
  // functions. Throws ErrorReport on any syntax or type error.
  std::vector<Function*> define(const SourcePtr& source,
                                std::shared_ptr<const Resolver> resolver = nullptr);
  // Convenience for source text, as `torch.jit.CompilationUnit(text)`.
  std::vector<Function*> define(const std::string& text) {
    return define(std::make_shared<Source>(text));
  }

  Function* find(const std::string& name) const;
  const std::vector<std::unique_ptr<Function>>& functions() const { return functions_; }

 private:
  std::vector<std::shared_ptr<const Module>> modules_;  // the ASTs functions point into
  std::vector<std::unique_ptr<Function>> functions_;
  // Classes defined in this unit's sources, by name (upstream qualifies them `__torch__.`).
  std::vector<std::shared_ptr<ClassDefinition>> classes_;
  friend class UnitResolver;
};

// Runs the cleanup passes upstream runs after emission (chapter 6), in upstream's order.
void runCleanupPasses(Graph& graph);

// Emits a function (or method) and runs the passes: what every FunctionDefinition's
// definition step is.
void defineFunction(FunctionDefinition& fn);

// A TorchScript class from the source of its class statement (the first class in
// `source`), named `qualified_name` (`__torch__.module.Box`); its methods resolve free names
// through `resolver`. Methods compile on first use of the class.
std::shared_ptr<ClassDefinition> defineClass(const SourcePtr& source, std::string qualified_name,
                                             std::shared_ptr<const Resolver> resolver);

}  // namespace minijit
