// Python values <-> IValues at the boundary of a call into TorchScript. Arguments are
// converted against the types the function's schema declares, as upstream's toIValue does,
// so `foo("a")` fails before anything runs, with upstream's message. Results come back as
// plain Python values, with tensors as minijit Tensors. Book chapter 7.
#include <pybind11/stl.h>

#include <stdexcept>

#include "bindings.h"

namespace minijit::python {

namespace {

// Thrown while converting one argument; the caller adds the argument's name and position.
struct ConversionError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

bool isPythonBool(py::handle object) { return py::isinstance<py::bool_>(object); }
bool isPythonInt(py::handle object) {
  return py::isinstance<py::int_>(object) && !isPythonBool(object);
}

// How upstream names the type of a Python value in conversion errors.
std::string foundTypeName(py::handle object) {
  if (object.is_none()) return "NoneType";
  if (isPythonBool(object)) return "bool";
  if (isPythonInt(object)) return "int";
  if (py::isinstance<py::float_>(object)) return "float";
  if (py::isinstance<py::str>(object)) return "str";
  if (isTensorLike(object)) return "Tensor";
  return py::str(py::type::handle_of(object).attr("__name__")).cast<std::string>();
}

IValue toIValue(py::handle object, const TypePtr& type);

// The TorchScript name of a Python class (`__torch__.<module>.<qualname>`), as
// minijit._script names classes.
std::string qualifiedClassName(py::handle cls) {
  return py::module_::import("minijit._script").attr("_qualified_name")(cls).cast<std::string>();
}

// A member of a Python Enum class for an argument of Enum type.
IValue enumToIValue(py::handle object, const TypePtr& type) {
  py::module_ enum_module = py::module_::import("enum");
  if (!py::isinstance(object, enum_module.attr("Enum")) ||
      qualifiedClassName(py::type::handle_of(object)) != type->qualifiedName()) {
    throw ConversionError("");
  }
  IValue value = toIValue(object.attr("value"), type->elementType());
  return IValue(std::make_shared<const EnumValue>(
      EnumValue{type, py::str(object.attr("name")).cast<std::string>(), std::move(value)}));
}

// An IValue for a value whose type the schema leaves open (Any, type variables).
IValue inferIValue(py::handle object) {
  if (object.is_none()) return IValue();
  if (isPythonBool(object)) return IValue(object.cast<bool>());
  if (isPythonInt(object)) return IValue(object.cast<int64_t>());
  if (py::isinstance<py::float_>(object)) return IValue(object.cast<double>());
  if (py::isinstance<py::str>(object)) return IValue(object.cast<std::string>());
  if (isTensorLike(object)) return IValue(tensorFromArrayLike(object));
  if (py::isinstance<py::tuple>(object)) {
    std::vector<IValue> elements;
    for (py::handle element : object) elements.push_back(inferIValue(element));
    return IValue::tuple(std::move(elements));
  }
  throw ConversionError("cannot infer a TorchScript type for a value of type '" +
                        foundTypeName(object) + "'");
}

IValue listToIValue(py::handle object, const TypePtr& type) {
  if (!py::isinstance<py::list>(object) && !py::isinstance<py::tuple>(object)) {
    throw ConversionError("");
  }
  std::vector<IValue> elements;
  for (py::handle element : object) elements.push_back(toIValue(element, type->elementType()));
  return IValue::list(std::move(elements), type->elementType());
}

// A Python dict becomes a new TorchScript dict (upstream copies it too: the function's
// changes do not reach the caller's dict), each key and value converted to the declared
// Dict[K, V] types, in the Python dict's order.
IValue dictToIValue(py::handle object, const TypePtr& type) {
  if (!py::isinstance<py::dict>(object)) throw ConversionError("");
  const TypePtr& key_type = type->containedTypes().at(0);
  const TypePtr& value_type = type->containedTypes().at(1);
  IValue dict = IValue::dict(key_type, value_type);
  for (auto item : py::reinterpret_borrow<py::dict>(object)) {
    dict.toDict()->insertOrAssign(toIValue(item.first, key_type),
                                  toIValue(item.second, value_type));
  }
  return dict;
}

IValue tupleToIValue(py::handle object, const TypePtr& type) {
  if (!py::isinstance<py::tuple>(object)) throw ConversionError("");
  auto tuple = py::reinterpret_borrow<py::tuple>(object);
  const auto& element_types = type->containedTypes();
  if (tuple.size() != element_types.size()) throw ConversionError("");
  std::vector<IValue> elements;
  for (size_t i = 0; i < tuple.size(); ++i) elements.push_back(toIValue(tuple[i], element_types[i]));
  return IValue::tuple(std::move(elements));
}

// Converts `object` to `type`, or throws ConversionError (an empty message means plain
// "wrong type"; the caller words it).
IValue toIValue(py::handle object, const TypePtr& type) {
  switch (type->kind()) {
    case TypeKind::Tensor:
      if (isTensorLike(object)) return IValue(tensorFromArrayLike(object));
      break;
    case TypeKind::Int:
    case TypeKind::SymInt:
    case TypeKind::Layout:
      if (isPythonInt(object)) return IValue(object.cast<int64_t>());
      break;
    case TypeKind::Float:  // an int is accepted for a float, as in Python
      if (isPythonInt(object) || py::isinstance<py::float_>(object)) {
        return IValue(object.cast<double>());
      }
      break;
    case TypeKind::Bool:
      if (isPythonBool(object)) return IValue(object.cast<bool>());
      break;
    case TypeKind::Number:
      if (isPythonBool(object) || isPythonInt(object) || py::isinstance<py::float_>(object)) {
        return inferIValue(object);
      }
      break;
    case TypeKind::Str:
      if (py::isinstance<py::str>(object)) return IValue(object.cast<std::string>());
      break;
    case TypeKind::None:
      if (object.is_none()) return IValue();
      break;
    case TypeKind::Device:
      if (py::isinstance<py::str>(object)) return IValue::device(object.cast<std::string>());
      break;
    case TypeKind::Optional:
      if (object.is_none()) return IValue();
      return toIValue(object, type->elementType());
    case TypeKind::Union:
      // The first member the value converts to.
      for (const TypePtr& member : type->containedTypes()) {
        try {
          return toIValue(object, member);
        } catch (const ConversionError&) {
          continue;  // try the next member
        }
      }
      break;
    case TypeKind::List:
      return listToIValue(object, type);
    case TypeKind::Tuple:
      return tupleToIValue(object, type);
    case TypeKind::Dict:
      return dictToIValue(object, type);
    case TypeKind::Any:
    case TypeKind::Var:
      return inferIValue(object);
    case TypeKind::Enum:
      return enumToIValue(object, type);
    case TypeKind::Class:  // an object that came from TorchScript, given back
      if (py::isinstance<ScriptObject>(object) &&
          sameType(object.cast<const ScriptObject&>().object->type, type)) {
        return IValue(object.cast<const ScriptObject&>().object);
      }
      break;
    default:
      throw ConversionError("arguments of type '" + type->annotationStr() +
                            "' cannot be passed from Python yet");
  }
  throw ConversionError("");
}

std::string argumentString(const Argument& argument) {
  std::string text = argument.type->str() + " " + argument.name;
  if (argument.default_value) text += "=" + argument.default_value->str();
  return text;
}

[[noreturn]] void throwCallError(const FunctionSchema& schema, const std::string& message) {
  throw std::runtime_error(schema.name + "() " + message +
                           " Declaration: " + declarationString(schema));
}

}  // namespace

std::string declarationString(const FunctionSchema& schema) {
  std::string text = schema.name + "(";
  for (size_t i = 0; i < schema.arguments.size(); ++i) {
    if (i > 0) text += ", ";
    text += argumentString(schema.arguments[i]);
  }
  text += ") -> ";
  if (schema.returns.size() == 1) return text + schema.returns[0].type->str();
  text += "(";
  for (size_t i = 0; i < schema.returns.size(); ++i) {
    text += (i > 0 ? ", " : "") + schema.returns[i].type->str();
  }
  return text + ")";
}

std::vector<IValue> argumentsFromPython(const FunctionSchema& schema, const py::args& args,
                                        const py::kwargs& kwargs) {
  const auto& parameters = schema.arguments;
  if (args.size() > parameters.size()) {
    throwCallError(schema, "expected at most " + std::to_string(parameters.size()) +
                               " argument(s) but received " + std::to_string(args.size()) +
                               " argument(s).");
  }
  size_t used_kwargs = 0;
  std::vector<IValue> values;
  for (size_t i = 0; i < parameters.size(); ++i) {
    const Argument& parameter = parameters[i];
    py::object object;
    if (i < args.size()) {
      object = args[i];
    } else if (kwargs.contains(parameter.name)) {
      object = kwargs[py::str(parameter.name)];
      ++used_kwargs;
    } else if (parameter.default_value) {
      values.push_back(IValue::fromConstant(*parameter.default_value));
      continue;
    } else {
      throwCallError(schema, "is missing value for argument '" + parameter.name + "'.");
    }
    try {
      values.push_back(toIValue(object, parameter.type));
    } catch (const ConversionError& error) {
      std::string reason = error.what();
      if (reason.empty()) {
        reason = "Expected a value of type '" + parameter.type->annotationStr() +
                 "' for argument '" + parameter.name + "' but instead found type '" +
                 foundTypeName(object) + "'.";
      }
      throw std::runtime_error(schema.name + "() " + reason + "\nPosition: " + std::to_string(i) +
                               "\nValue: " + py::repr(object).cast<std::string>() +
                               "\nDeclaration: " + declarationString(schema));
    }
  }
  if (used_kwargs != kwargs.size()) {
    for (auto item : kwargs) {
      const auto name = item.first.cast<std::string>();
      bool known = false;
      for (const Argument& parameter : parameters) known = known || parameter.name == name;
      if (!known) throwCallError(schema, "got an unexpected keyword argument '" + name + "'.");
    }
    throwCallError(schema, "got multiple values for an argument.");
  }
  return values;
}

py::object toPython(const IValue& value) {
  switch (value.tag()) {
    case IValue::Tag::None: return py::none();
    case IValue::Tag::Bool: return py::bool_(value.toBool());
    case IValue::Tag::Int: return py::int_(value.toInt());
    case IValue::Tag::Double: return py::float_(value.toDouble());
    case IValue::Tag::String: return py::str(value.toStringRef());
    case IValue::Tag::Tensor: return py::cast(value.toTensor());
    case IValue::Tag::Device: return py::str(value.toDevice());
    case IValue::Tag::List: {
      py::list list;
      for (const IValue& element : value.toList()->elements) list.append(toPython(element));
      return list;
    }
    case IValue::Tag::Tuple: {
      const auto& elements = value.toTuple()->elements;
      py::tuple tuple(elements.size());
      for (size_t i = 0; i < elements.size(); ++i) tuple[i] = toPython(elements[i]);
      return tuple;
    }
    case IValue::Tag::Dict: {
      py::dict dict;
      for (const DictValue::Entry& entry : value.toDict()->entries()) {
        dict[toPython(entry.key)] = toPython(entry.value);
      }
      return dict;
    }
    case IValue::Tag::Object:
      return py::cast(ScriptObject{value.toObject()});
    case IValue::Tag::Enum: {
      // The member of the Python Enum class, which minijit.script remembered by name.
      const EnumValue& member = *value.toEnum();
      py::dict classes = py::module_::import("minijit._script").attr("_enum_classes");
      py::str name(member.type->qualifiedName());
      if (!classes.contains(name)) {
        throw std::runtime_error("no Python Enum class " + member.type->qualifiedName());
      }
      return classes[name].attr("__getitem__")(member.name);
    }
  }
  throw std::logic_error("toPython: unknown IValue tag");
}

// [book:script-object]
// An object of a TorchScript class, seen from Python, as upstream's ScriptObject: its
// attributes read and write by name (checked against their types); given back to a
// scripted function, it is the same object.
void bindScriptObject(py::module_& m) {
  py::class_<ScriptObject>(m, "ScriptObject", "An object of a TorchScript class.")
      .def("__getattr__", [](const ScriptObject& self, const std::string& name) {
        const ObjectValue& object = *self.object;
        int64_t slot = object.type->classInfo().attributeSlot(name);
        if (slot < 0) {
          throw py::attribute_error("'" + object.type->qualifiedName() +
                                    "' object has no attribute '" + name + "'");
        }
        return toPython(object.slots[static_cast<size_t>(slot)]);
      })
      .def("__setattr__", [](const ScriptObject& self, const std::string& name, py::handle value) {
        ObjectValue& object = *self.object;
        const ClassInfo& info = object.type->classInfo();
        int64_t slot = info.attributeSlot(name);
        if (slot < 0) {
          throw py::attribute_error("'" + object.type->qualifiedName() +
                                    "' object has no attribute '" + name + "'");
        }
        const TypePtr& type = info.attribute_types[static_cast<size_t>(slot)];
        try {
          object.slots[static_cast<size_t>(slot)] = toIValue(value, type);
        } catch (const ConversionError&) {
          throw py::type_error("attribute '" + name + "' of " + object.type->qualifiedName() +
                               " has type " + type->annotationStr() + ", not " +
                               foundTypeName(value));
        }
      })
      .def_property_readonly("_type", [](const ScriptObject& self) {
        return self.object->type->qualifiedName();
      })
      .def("__repr__", [](const ScriptObject& self) { return IValue(self.object).str(); });
}
// [/book:script-object]

}  // namespace minijit::python
