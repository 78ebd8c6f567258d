// SugaredValue: what a name or expression means while the emitter works, before it is (or
// instead of being) a graph Value. `x` is a Simple value; `torch` is a Module; `torch.zeros`
// is a Builtin operator; `x.size` is a Method bound to x; `range` is a PythonBuiltin; a
// scripted function is a Function. Only Simple values are first-class. Book chapter 5.
#pragma once

#include <memory>
#include <string>

#include "ir/ir.h"
#include "util/recycling_allocator.h"

namespace minijit {

struct DefStmt;
struct ClassStmt;
struct Module;
class FunctionDefinition;
class ClassDefinition;

struct SugaredValue {
  enum class Kind {
    Simple,         // a graph Value
    Module,         // `torch`, `math`: attribute access yields builtins
    Builtin,        // an operator name, e.g. "aten::zeros"
    Method,         // `x.size`: a builtin operator with `self` bound
    PythonBuiltin,  // `range`, `len`, `float`, `int`, `bool`, `print`, `min`, `max`, `abs`
    Function,       // another TorchScript function
    Exception,      // an exception class: `ValueError`, `AssertionError`
    ExceptionMessage,  // a constructed exception: `ValueError("bad")` (message, class name)
    NoneValue,      // the None a statement-like call (print) returns; a constant once used
    TensorCast,     // `x.float`, `x.long`: a cast method bound to x (dtype in `dtype`)
    PythonValue,    // a Python global (int, list, ...) named in a function: an error when used
    NamedTupleClass,  // a typing.NamedTuple subclass: its class statement, parsed from Python
    Class,          // a TorchScript class: calling it makes an object (`classes->class_definition`)
    EnumClass,      // an Enum class: `Color.RED`, `for c in Color` (`classes->enum_type`, `enum_members`)
    ObjectMethod,   // `obj.step`: method `name` of a class, bound to the object in `value`
  };
  Kind kind = Kind::Simple;
  bool python_exception = false;  // Exception: a Python class (qualified name) or a builtin
  Value* value = nullptr;                      // Simple; the bound self of a Method
  std::string name;                            // module path, operator or builtin name
  const FunctionDefinition* function = nullptr;  // Function
  Value* class_name = nullptr;  // ExceptionMessage: "builtins.ValueError", or null
  int64_t dtype = 0;              // TensorCast: the ScalarType number
  // NamedTupleClass: `name` is the qualified name; the class statement lives in
  // `classes->class_source`.
  const ClassStmt* class_def = nullptr;
  // What only classes and Enum classes have, kept apart: a function's emission makes and drops
  // several hundred sugared values, nearly all Simple, and each member with a destructor here
  // would be initialized and tested on every one of them.
  struct ClassParts {
    std::shared_ptr<const Module> class_source;         // NamedTupleClass
    std::shared_ptr<ClassDefinition> class_definition;  // Class
    TypePtr enum_type;                                  // EnumClass
    std::vector<Constant> enum_members;                 // EnumClass, in definition order
  };
  std::unique_ptr<ClassParts> classes;  // null but for NamedTupleClass, Class and EnumClass

  static std::shared_ptr<SugaredValue> simple(Value* v) { return make(Kind::Simple, v); }
  static std::shared_ptr<SugaredValue> module(std::string path) {
    return make(Kind::Module, nullptr, std::move(path));
  }
  static std::shared_ptr<SugaredValue> builtin(std::string op) {
    return make(Kind::Builtin, nullptr, std::move(op));
  }
  static std::shared_ptr<SugaredValue> method(Value* self, std::string op) {
    return make(Kind::Method, self, std::move(op));
  }
  static std::shared_ptr<SugaredValue> pythonBuiltin(std::string name) {
    return make(Kind::PythonBuiltin, nullptr, std::move(name));
  }
  static std::shared_ptr<SugaredValue> functionValue(const FunctionDefinition* fn) {
    auto v = make(Kind::Function);
    v->function = fn;
    return v;
  }

  static std::shared_ptr<SugaredValue> tensorCast(Value* self, int64_t dtype) {
    auto v = make(Kind::TensorCast, self);
    v->dtype = dtype;
    return v;
  }
  static std::shared_ptr<SugaredValue> pythonValue(std::string python_type) {
    return make(Kind::PythonValue, nullptr, std::move(python_type));
  }
  static std::shared_ptr<SugaredValue> namedTupleClass(std::string qualified_name,
                                                       std::shared_ptr<const Module> source,
                                                       const ClassStmt* class_def) {
    auto v = make(Kind::NamedTupleClass, nullptr, std::move(qualified_name));
    v->classes = std::make_unique<ClassParts>();
    v->classes->class_source = std::move(source);
    v->class_def = class_def;
    return v;
  }
  static std::shared_ptr<SugaredValue> classValue(std::shared_ptr<ClassDefinition> cls) {
    auto v = make(Kind::Class);
    v->classes = std::make_unique<ClassParts>();
    v->classes->class_definition = std::move(cls);
    return v;
  }
  static std::shared_ptr<SugaredValue> enumClass(TypePtr type, std::vector<Constant> members) {
    auto v = make(Kind::EnumClass);
    v->classes = std::make_unique<ClassParts>();
    v->classes->enum_type = std::move(type);
    v->classes->enum_members = std::move(members);
    return v;
  }
  static std::shared_ptr<SugaredValue> objectMethod(Value* self, std::string method) {
    return make(Kind::ObjectMethod, self, std::move(method));
  }
  static std::shared_ptr<SugaredValue> noneValue() { return make(Kind::NoneValue); }
  static std::shared_ptr<SugaredValue> exception(std::string name, bool python_exception) {
    auto v = make(Kind::Exception, nullptr, std::move(name));
    v->python_exception = python_exception;
    return v;
  }
  static std::shared_ptr<SugaredValue> exceptionMessage(Value* message, Value* class_name) {
    auto v = make(Kind::ExceptionMessage, message);
    v->class_name = class_name;
    return v;
  }

  // Every factory goes through make(). A function's emission makes and drops a sugared value
  // for almost every name and expression (several hundred per function, nearly all Simple):
  // their blocks (the shared_ptr's count and the value, in one) come from a per-thread free
  // list instead of malloc.
  static std::shared_ptr<SugaredValue> make(Kind kind, Value* value = nullptr) {
    auto v = std::allocate_shared<SugaredValue>(RecyclingAllocator<SugaredValue>());
    v->kind = kind;
    v->value = value;
    return v;
  }
  static std::shared_ptr<SugaredValue> make(Kind kind, Value* value, std::string name) {
    auto v = make(kind, value);
    v->name = std::move(name);
    return v;
  }

  // How upstream names the kind in errors ("module", "builtin", "python value").
  std::string kindName() const;
};

using SugaredValuePtr = std::shared_ptr<SugaredValue>;

// Resolves names that are not local variables: globals of the defining Python module,
// other functions of the compilation unit. Returns null when the name is unknown.
class Resolver {
 public:
  virtual ~Resolver() = default;
  virtual SugaredValuePtr resolve(const std::string& name) const = 0;
};

}  // namespace minijit
