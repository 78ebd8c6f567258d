// TorchScript classes: building a ClassDefinition from a class statement, and the methods'
// names (properties become `__name_getter` methods, as upstream names them).
#include "frontend/class_definition.h"

#include <mutex>
#include <unordered_map>

#include "frontend/sugared_value.h"
#include "parser/parser.h"
#include "util/error.h"

namespace minijit {

namespace {

// Every class ever defined, by its ClassInfo (how a Class type finds its definition). Never
// destroyed: classes may hold resolvers that call into Python, which is gone at exit.
std::unordered_map<const ClassInfo*, std::shared_ptr<ClassDefinition>>& registry() {
  static auto* classes = new std::unordered_map<const ClassInfo*, std::shared_ptr<ClassDefinition>>;
  return *classes;
}

// `@property` or `@name.setter` above a method: its method name upstream's way.
std::string methodName(const DefStmt& def) {
  for (const ExprPtr& decorator : def.decorators) {
    if (decorator->kind == ExprKind::Name && decorator->as<NameExpr>().name == "property") {
      return "__" + def.name + "_getter";
    }
    if (decorator->kind == ExprKind::Attribute && decorator->as<AttributeExpr>().name == "setter") {
      return "__" + def.name + "_setter";
    }
  }
  return def.name;
}

// Whether `def` has the decorator `@name` (`staticmethod`, `classmethod`).
bool hasDecorator(const DefStmt& def, std::string_view name) {
  for (const ExprPtr& decorator : def.decorators) {
    if (decorator->kind == ExprKind::Name && decorator->as<NameExpr>().name == name) return true;
  }
  return false;
}

class NoNames : public Resolver {
 public:
  SugaredValuePtr resolve(const std::string&) const override { return nullptr; }
};

}  // namespace

std::shared_ptr<ClassDefinition> ClassDefinition::create(
    std::string qualified_name, std::shared_ptr<const Module> source, const ClassStmt* def,
    std::shared_ptr<const Resolver> resolver,
    std::function<void(FunctionDefinition&)> define_method) {
  auto cls = std::make_shared<ClassDefinition>(std::move(qualified_name), std::move(source), def,
                                               std::move(resolver), std::move(define_method));
  registry()[&cls->info()] = cls;
  return cls;
}

ClassDefinition::ClassDefinition(std::string qualified_name, std::shared_ptr<const Module> source,
                                 const ClassStmt* def, std::shared_ptr<const Resolver> resolver,
                                 std::function<void(FunctionDefinition&)> define_method)
    : source_(std::move(source)),
      def_(def),
      type_(Type::classType(std::move(qualified_name), std::make_shared<ClassInfo>())) {
  ClassInfo& info = type_->classInfo();
  for (const StmtPtr& stmt : def_->body) {
    if (stmt->kind == StmtKind::Pass) continue;
    if (stmt->kind == StmtKind::ExprStmt &&
        stmt->as<ExprStmt>().expr->kind == ExprKind::String) {
      continue;  // a docstring
    }
    // Class-level assignments (`k = 3`, `size: int`) are skipped, as upstream skips them
    // unless they are constants it is told about; `self.k` then finds nothing.
    if (stmt->kind == StmtKind::Assign) continue;
    if (stmt->kind != StmtKind::Def) {
      throw ErrorReport(stmt->range) << "minijit supports only methods and assignments in the "
                                        "body of a TorchScript class";
    }
    const auto& method_def = stmt->as<DefStmt>();
    if (hasDecorator(method_def, "classmethod")) continue;  // not compiled; calling one fails
    if (hasDecorator(method_def, "staticmethod")) {
      // A plain function in the class's namespace: no owner, so no `self` parameter.
      static_methods_.push_back(std::make_shared<FunctionDefinition>(
          method_def.name, &method_def, resolver, define_method));
      continue;
    }
    auto method = std::make_shared<FunctionDefinition>(methodName(method_def), &method_def,
                                                       resolver, define_method);
    method->setOwner(this);
    if (method->name() == "__init__") init_ = method.get();
    info.method_names.push_back(method->name());
    methods_.push_back(std::move(method));
  }
  if (!init_) {
    throw ErrorReport(def_->range) << "Class " << def_->name
                                   << " does not have an __init__ function defined";
  }
  // [book:find-method]
  // The runtime reaches a method's graph through the type where no call node names it:
  // `with`'s prim::Enter/Exit, and operators such as list.sort() that call __lt__.
  // (prim::CallMethod carries its graph, bound when the call was emitted.)
  info.find_method = [this](const std::string& name) -> const Graph* {
    FunctionDefinition* fn = method(name);
    return fn ? &fn->graph() : nullptr;
  };
  // [/book:find-method]
}

FunctionDefinition* ClassDefinition::method(const std::string& name) const {
  for (const auto& m : methods_) {
    if (m->name() == name) return m.get();
  }
  return nullptr;
}

FunctionDefinition* ClassDefinition::staticMethod(const std::string& name) const {
  for (const auto& m : static_methods_) {
    if (m->name() == name) return m.get();
  }
  return nullptr;
}

void ClassDefinition::ensureDefined() const {
  if (defined_) return;
  defined_ = true;
  try {
    init_->ensureDefined();
    for (const auto& m : methods_) m->ensureDefined();
  } catch (...) {
    defined_ = false;
    throw;
  }
}

const ClassDefinition& classDefinitionOf(const TypePtr& class_type) {
  auto it = registry().find(&class_type->classInfo());
  if (it == registry().end()) {
    throw std::logic_error("no ClassDefinition for class " + class_type->qualifiedName());
  }
  return *it->second;
}

std::shared_ptr<ClassDefinition> noGradClass(
    const std::function<void(FunctionDefinition&)>& define_method) {
  static std::shared_ptr<ClassDefinition> cls;  // also kept alive by the registry
  static std::once_flag once;
  std::call_once(once, [&] {
    auto source = std::make_shared<Source>(
        "class no_grad:\n"
        "    def __init__(self) -> None:\n"
        "        self.prev = False\n"
        "\n"
        "    def __enter__(self) -> None:\n"
        "        pass\n"
        "\n"
        "    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any) -> None:\n"
        "        pass\n",
        "torch/autograd/grad_mode.py", 1);
    auto module = std::make_shared<const Module>(parseModule(source));
    cls = ClassDefinition::create("__torch__.torch.autograd.grad_mode.no_grad", module,
                                  &module->body.at(0)->as<ClassStmt>(),
                                  std::make_shared<NoNames>(), define_method);
  });
  return cls;
}

}  // namespace minijit
