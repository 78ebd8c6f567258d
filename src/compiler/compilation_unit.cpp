// The compiler driver: parse, emit each function lazily (callees first when a caller needs
// their schema), run the cleanup passes, and run functions through the interpreter.
#include "compiler/compilation_unit.h"

#include "frontend/emitter.h"
#include "parser/parser.h"
#include "passes/passes.h"
#include "runtime/interpreter.h"

namespace minijit {

// [book:cleanup-passes]
void runCleanupPasses(Graph& graph) {
  eraseListLiteralsAndLowerTuples(graph);  // (two upstream passes, one walk)
  propagateConstantsOfImmutableTypes(graph);
  poolConstants(graph);
  canonicalizeOutputs(graph);
}
// [/book:cleanup-passes]

void defineFunction(FunctionDefinition& fn) {
  emitFunction(fn, *fn.resolver());
  canonicalizeModifiedLoops(*fn.graphBeingDefined());
  runCleanupPasses(*fn.graphBeingDefined());
  fn.graphBeingDefined()->shrinkToFit();
}

std::shared_ptr<ClassDefinition> defineClass(const SourcePtr& source, std::string qualified_name,
                                             std::shared_ptr<const Resolver> resolver) {
  auto module = std::make_shared<const Module>(parseModule(source));
  for (const StmtPtr& stmt : module->body) {
    if (stmt->kind == StmtKind::Class) {
      return ClassDefinition::create(std::move(qualified_name), module, &stmt->as<ClassStmt>(),
                                     std::move(resolver), defineFunction);
    }
  }
  throw std::invalid_argument("defineClass: no class statement in the source");
}

// Names resolve first through the caller's resolver, then to this unit's functions and
// classes.
class UnitResolver : public Resolver {
 public:
  UnitResolver(const CompilationUnit& unit, std::shared_ptr<const Resolver> outer)
      : unit_(unit), outer_(std::move(outer)) {}
  SugaredValuePtr resolve(const std::string& name) const override {
    if (outer_) {
      if (auto value = outer_->resolve(name)) return value;
    }
    if (Function* fn = unit_.find(name)) return SugaredValue::functionValue(&fn->definition());
    for (const auto& cls : unit_.classes_) {
      if (cls->def().name == name) return SugaredValue::classValue(cls);
    }
    return nullptr;
  }

 private:
  const CompilationUnit& unit_;
  std::shared_ptr<const Resolver> outer_;
};

std::vector<Function*> CompilationUnit::define(const SourcePtr& source,
                                               std::shared_ptr<const Resolver> resolver) {
  modules_.push_back(std::make_shared<const Module>(parseModule(source)));
  const Module& module = *modules_.back();
  auto unit_resolver = std::make_shared<UnitResolver>(*this, std::move(resolver));
  std::vector<Function*> defined;
  std::vector<std::shared_ptr<FunctionDefinition>> definitions;
  for (const StmtPtr& stmt : module.body) {
    if (stmt->kind == StmtKind::Class) {
      classes_.push_back(ClassDefinition::create("__torch__." + stmt->as<ClassStmt>().name,
                                                 modules_.back(),
                                                 &stmt->as<ClassStmt>(), unit_resolver,
                                                 defineFunction));
    }
  }
  for (const StmtPtr& stmt : module.body) {
    if (stmt->kind != StmtKind::Def) continue;
    const auto& def = stmt->as<DefStmt>();
    auto definition = std::make_shared<FunctionDefinition>(def.name, &def, unit_resolver,
                                                           defineFunction);
    functions_.push_back(std::make_unique<Function>(definition));
    defined.push_back(functions_.back().get());
    definitions.push_back(std::move(definition));
  }
  for (Function* fn : defined) fn->definition().ensureDefined();
  // The syntax tree is only read while emitting: unless a class (compiled on demand) lives in
  // it, it goes now, so that a compiled function keeps only its graph.
  bool has_class = false;
  for (const StmtPtr& stmt : module.body) has_class = has_class || stmt->kind == StmtKind::Class;
  if (!has_class) {
    for (const auto& definition : definitions) definition->releaseSyntax();
    modules_.pop_back();
  }
  return defined;
}

Function* CompilationUnit::find(const std::string& name) const {
  for (const auto& fn : functions_) {
    if (fn->name() == name) return fn.get();
  }
  return nullptr;
}

IValue Function::operator()(std::vector<IValue> args) const {
  const FunctionSchema& s = schema();
  if (args.size() > s.arguments.size()) {
    throw std::invalid_argument(name() + "() expected at most " +
                                std::to_string(s.arguments.size()) + " argument(s) but received " +
                                std::to_string(args.size()) + " argument(s).");
  }
  for (size_t i = args.size(); i < s.arguments.size(); ++i) {
    if (!s.arguments[i].default_value) {
      throw std::invalid_argument(name() + "() is missing value for argument '" +
                                  s.arguments[i].name + "'. Declaration: " + name());
    }
    args.push_back(IValue::fromConstant(*s.arguments[i].default_value));
  }
  std::vector<IValue> outputs = runGraph(graph(), std::move(args), std::cout, name());
  return outputs.at(0);
}

}  // namespace minijit
