// SugaredValue: what a name or expression means while the emitter works, before it is (or
// instead of being) a graph Value. `x` is a Simple value; `torch` is a Module; `torch.zeros`
// is a Builtin operator; `x.size` is a Method bound to x; `range` is a PythonBuiltin; a
// scripted function is a Function. Only Simple values are first-class. Book chapter 5.
#pragma once

#include <memory>
#include <string>

#include "ir/ir.h"

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
    Class,          // a TorchScript class: calling it makes an object (`class_definition`)
    EnumClass,      // an Enum class: `Color.RED`, `for c in Color` (`enum_type`, `enum_members`)
    ObjectMethod,   // `obj.step`: method `name` of a class, bound to the object in `value`
  };
  Kind kind;
  Value* value = nullptr;                      // Simple; the bound self of a Method
  std::string name;                            // module path, operator or builtin name
  const FunctionDefinition* function = nullptr;  // Function
  Value* class_name = nullptr;  // ExceptionMessage: "builtins.ValueError", or null
  bool python_exception = false;  // Exception: a Python class (qualified name) or a builtin
  int64_t dtype = 0;              // TensorCast: the ScalarType number
  // NamedTupleClass: `name` is the qualified name; the class statement lives in `class_source`.
  std::shared_ptr<const Module> class_source = nullptr;
  const ClassStmt* class_def = nullptr;
  std::shared_ptr<ClassDefinition> class_definition;  // Class
  TypePtr enum_type;                                   // EnumClass
  std::vector<Constant> enum_members;                  // EnumClass, in definition order

  static std::shared_ptr<SugaredValue> simple(Value* v) {
    return std::make_shared<SugaredValue>(SugaredValue{Kind::Simple, v, "", nullptr});
  }
  static std::shared_ptr<SugaredValue> module(std::string path) {
    return std::make_shared<SugaredValue>(SugaredValue{Kind::Module, nullptr, std::move(path), nullptr});
  }
  static std::shared_ptr<SugaredValue> builtin(std::string op) {
    return std::make_shared<SugaredValue>(SugaredValue{Kind::Builtin, nullptr, std::move(op), nullptr});
  }
  static std::shared_ptr<SugaredValue> method(Value* self, std::string op) {
    return std::make_shared<SugaredValue>(SugaredValue{Kind::Method, self, std::move(op), nullptr});
  }
  static std::shared_ptr<SugaredValue> pythonBuiltin(std::string name) {
    return std::make_shared<SugaredValue>(
        SugaredValue{Kind::PythonBuiltin, nullptr, std::move(name), nullptr});
  }
  static std::shared_ptr<SugaredValue> functionValue(const FunctionDefinition* fn) {
    return std::make_shared<SugaredValue>(SugaredValue{Kind::Function, nullptr, "", fn});
  }

  static std::shared_ptr<SugaredValue> tensorCast(Value* self, int64_t dtype) {
    auto v = std::make_shared<SugaredValue>(SugaredValue{Kind::TensorCast, self, "", nullptr});
    v->dtype = dtype;
    return v;
  }
  static std::shared_ptr<SugaredValue> pythonValue(std::string python_type) {
    return std::make_shared<SugaredValue>(
        SugaredValue{Kind::PythonValue, nullptr, std::move(python_type), nullptr});
  }
  static std::shared_ptr<SugaredValue> namedTupleClass(std::string qualified_name,
                                                       std::shared_ptr<const Module> source,
                                                       const ClassStmt* class_def) {
    auto v = std::make_shared<SugaredValue>(
        SugaredValue{Kind::NamedTupleClass, nullptr, std::move(qualified_name), nullptr});
    v->class_source = std::move(source);
    v->class_def = class_def;
    return v;
  }
  static std::shared_ptr<SugaredValue> classValue(std::shared_ptr<ClassDefinition> cls) {
    auto v = std::make_shared<SugaredValue>(SugaredValue{Kind::Class, nullptr, "", nullptr});
    v->class_definition = std::move(cls);
    return v;
  }
  static std::shared_ptr<SugaredValue> enumClass(TypePtr type, std::vector<Constant> members) {
    auto v = std::make_shared<SugaredValue>(SugaredValue{Kind::EnumClass, nullptr, "", nullptr});
    v->enum_type = std::move(type);
    v->enum_members = std::move(members);
    return v;
  }
  static std::shared_ptr<SugaredValue> objectMethod(Value* self, std::string method) {
    return std::make_shared<SugaredValue>(
        SugaredValue{Kind::ObjectMethod, self, std::move(method), nullptr});
  }
  static std::shared_ptr<SugaredValue> noneValue() {
    return std::make_shared<SugaredValue>(SugaredValue{Kind::NoneValue, nullptr, "", nullptr});
  }
  static std::shared_ptr<SugaredValue> exception(std::string name, bool python_exception) {
    auto v = std::make_shared<SugaredValue>(SugaredValue{Kind::Exception, nullptr, std::move(name), nullptr});
    v->python_exception = python_exception;
    return v;
  }
  static std::shared_ptr<SugaredValue> exceptionMessage(Value* message, Value* class_name) {
    auto v = std::make_shared<SugaredValue>(SugaredValue{Kind::ExceptionMessage, message, "", nullptr});
    v->class_name = class_name;
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
