// IValue construction, checked access, Python equality and print() formatting, and the
// insertion-ordered DictValue.
// Book chapter 7 ("The interpreter").
#include "runtime/ivalue.h"

#include <cmath>
#include <functional>
#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace minijit {

namespace {

[[noreturn]] void wrongTag(IValue::Tag expected, IValue::Tag actual) {
  throw std::logic_error(std::string("IValue: expected ") + IValue::tagKind(expected) +
                         " but got " + IValue::tagKind(actual));
}

bool sameTensor(const Tensor& a, const Tensor& b) {
  return a.storage() == b.storage() && a.storageOffset() == b.storageOffset() &&
         a.sizes() == b.sizes() && a.strides() == b.strides() && a.dtype() == b.dtype();
}

bool elementsEqual(const std::vector<IValue>& a, const std::vector<IValue>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!a[i].equals(b[i])) return false;
  }
  return true;
}

std::string joinElements(const std::vector<IValue>& elements) {
  std::string out;
  for (size_t i = 0; i < elements.size(); ++i) {
    if (i) out += ", ";
    out += elements[i].str();
  }
  return out;
}

// Python's dict `==`: the same size, and every key of `a` maps to an equal value in `b`.
bool dictsEqual(const DictValue& a, const DictValue& b) {
  if (a.size() != b.size()) return false;
  for (const DictValue::Entry& entry : a.entries()) {
    const IValue* other = b.find(entry.key);
    if (!other || !entry.value.equals(*other)) return false;
  }
  return true;
}

// `{a: 1, b: 2}`: upstream's print() of a dict, with keys and values as print() shows them.
std::string dictString(const DictValue& dict) {
  std::string out = "{";
  for (const DictValue::Entry& entry : dict.entries()) {
    if (out.size() > 1) out += ", ";
    out += entry.key.str() + ": " + entry.value.str();
  }
  return out + "}";
}

}  // namespace

const char* IValue::tagKind(Tag tag) {
  switch (tag) {
    case Tag::None: return "None";
    case Tag::Bool: return "Bool";
    case Tag::Int: return "Int";
    case Tag::Double: return "Double";
    case Tag::String: return "String";
    case Tag::Tensor: return "Tensor";
    case Tag::List: return "GenericList";
    case Tag::Tuple: return "Tuple";
    case Tag::Device: return "Device";
    case Tag::Dict: return "GenericDict";
    case Tag::Object: return "Object";
    case Tag::Enum: return "Enum";
  }
  return "Unknown";
}

IValue IValue::list(std::vector<IValue> elements, TypePtr element_type) {
  return IValue(
      std::make_shared<ListValue>(ListValue{std::move(elements), std::move(element_type)}));
}

IValue IValue::tuple(std::vector<IValue> elements) {
  return IValue(TuplePtr(std::make_shared<const TupleValue>(TupleValue{std::move(elements)})));
}

IValue IValue::dict(TypePtr key_type, TypePtr value_type) {
  return IValue(std::make_shared<DictValue>(std::move(key_type), std::move(value_type)));
}

IValue IValue::fromScalar(const Scalar& scalar) {
  if (scalar.isIntegral()) return IValue(scalar.toLong());
  if (scalar.isBoolean()) return IValue(scalar.toBool());
  return IValue(scalar.toDouble());
}

IValue IValue::fromConstant(const Constant& constant) {
  switch (constant.kind) {
    case Constant::Kind::None:
      return IValue();
    case Constant::Kind::Bool:
      return IValue(constant.b);
    case Constant::Kind::Int:
      return IValue(constant.i);
    case Constant::Kind::Float:
      return IValue(constant.f);
    case Constant::Kind::String:
      return IValue(constant.s);
    case Constant::Kind::Device:
      return device(constant.s);
    case Constant::Kind::Enum:
      return IValue(std::make_shared<const EnumValue>(
          EnumValue{constant.type, constant.s, fromConstant(constant.elements.at(0))}));
    case Constant::Kind::Types:
      break;  // a node attribute, never a runtime value
    case Constant::Kind::List:
    case Constant::Kind::Tuple: {
      std::vector<IValue> elements;
      for (const Constant& element : constant.elements) elements.push_back(fromConstant(element));
      if (constant.kind == Constant::Kind::Tuple) return tuple(std::move(elements));
      return list(std::move(elements), constant.type->elementType());
    }
  }
  return IValue();
}

bool IValue::toBool() const {
  if (!isBool()) wrongTag(Tag::Bool, tag());
  return std::get<bool>(payload_);
}

int64_t IValue::toInt() const {
  if (!isInt()) wrongTag(Tag::Int, tag());
  return std::get<int64_t>(payload_);
}

double IValue::toDouble() const {
  if (isInt()) return static_cast<double>(std::get<int64_t>(payload_));
  if (!isDouble()) wrongTag(Tag::Double, tag());
  return std::get<double>(payload_);
}

const std::string& IValue::toStringRef() const {
  if (!isString()) wrongTag(Tag::String, tag());
  return std::get<std::string>(payload_);
}

const Tensor& IValue::toTensor() const {
  if (!isTensor()) wrongTag(Tag::Tensor, tag());
  return std::get<Tensor>(payload_);
}

const ListPtr& IValue::toList() const {
  if (!isList()) wrongTag(Tag::List, tag());
  return std::get<ListPtr>(payload_);
}

const TuplePtr& IValue::toTuple() const {
  if (!isTuple()) wrongTag(Tag::Tuple, tag());
  return std::get<TuplePtr>(payload_);
}

const std::string& IValue::toDevice() const {
  if (!isDevice()) wrongTag(Tag::Device, tag());
  return std::get<DeviceValue>(payload_).name;
}

const ObjectPtr& IValue::toObject() const {
  if (!isObject()) wrongTag(Tag::Object, tag());
  return std::get<ObjectPtr>(payload_);
}

const EnumPtr& IValue::toEnum() const {
  if (!isEnum()) wrongTag(Tag::Enum, tag());
  return std::get<EnumPtr>(payload_);
}

const DictPtr& IValue::toDict() const {
  if (!isDict()) wrongTag(Tag::Dict, tag());
  return std::get<DictPtr>(payload_);
}

Scalar IValue::toScalar() const {
  if (isInt()) return Scalar(toInt());
  if (isDouble()) return Scalar(toDouble());
  if (isBool()) return Scalar(toBool());
  throw std::logic_error(std::string("IValue: expected a Scalar but got ") + tagKind());
}

std::vector<int64_t> IValue::toIntVector() const {
  std::vector<int64_t> out;
  for (const IValue& element : toList()->elements) out.push_back(element.toInt());
  return out;
}

bool IValue::equals(const IValue& other) const {
  // Python compares numbers across kinds: 1 == 1.0 == True.
  if (isScalar() && other.isScalar()) {
    if (isDouble() || other.isDouble()) return toScalar().toDouble() == other.toScalar().toDouble();
    return toScalar().toLong() == other.toScalar().toLong();
  }
  if (tag() != other.tag()) return false;
  switch (tag()) {
    case Tag::None:
      return true;
    case Tag::String:
      return toStringRef() == other.toStringRef();
    case Tag::Device:
      return toDevice() == other.toDevice();
    case Tag::Tensor:
      return sameTensor(toTensor(), other.toTensor());
    case Tag::List:
      return elementsEqual(toList()->elements, other.toList()->elements);
    case Tag::Tuple:
      return elementsEqual(toTuple()->elements, other.toTuple()->elements);
    case Tag::Dict:
      return dictsEqual(*toDict(), *other.toDict());
    case Tag::Object:  // without an __eq__ (the frontend calls it), objects compare by identity
      return toObject() == other.toObject();
    case Tag::Enum:
      return sameType(toEnum()->type, other.toEnum()->type) && toEnum()->name == other.toEnum()->name;
    default:
      return false;  // the scalar tags were handled above
  }
}

bool IValue::isSameObject(const IValue& other) const {
  if (isList() && other.isList()) return toList() == other.toList();
  if (isTuple() && other.isTuple()) return toTuple() == other.toTuple();
  if (isDict() && other.isDict()) return toDict() == other.toDict();
  if (isObject() && other.isObject()) return toObject() == other.toObject();
  if (tag() != other.tag()) return false;
  return equals(other);
}

std::string printDouble(double value) {
  // Upstream's IValue printer: `int64_t(d) << "."` when d is integral and fits int64.
  if (std::fmod(value, 1.0) == 0.0 &&
      std::abs(value) < static_cast<double>(std::numeric_limits<int64_t>::max())) {
    return std::to_string(static_cast<int64_t>(value)) + ".";
  }
  std::ostringstream out;
  out << std::setprecision(std::numeric_limits<double>::max_digits10) << value;
  return out.str();
}

std::string IValue::str() const {
  switch (tag()) {
    case Tag::None:
      return "None";
    case Tag::Bool:
      return toBool() ? "True" : "False";
    case Tag::Int:
      return std::to_string(toInt());
    case Tag::Double:
      return printDouble(toDouble());
    case Tag::String:
      return toStringRef();
    case Tag::Device:
      return toDevice();
    case Tag::Tensor:
      return toTensor().toString();
    case Tag::List:
      return "[" + joinElements(toList()->elements) + "]";
    case Tag::Tuple: {
      const auto& elements = toTuple()->elements;
      return "(" + joinElements(elements) + (elements.size() == 1 ? ",)" : ")");
    }
    case Tag::Dict:
      return dictString(*toDict());
    case Tag::Object: {  // as upstream's print: `<__torch__.mod.Box object at 0x55d0c8a0>`
      std::ostringstream out;
      out << "<" << toObject()->type->qualifiedName() << " object at " << toObject().get() << ">";
      return out.str();
    }
    case Tag::Enum:
      return "Enum<" + toEnum()->type->qualifiedName() + "." + toEnum()->name + ">";
  }
  return "";
}

std::string IValue::typeName() const {
  switch (tag()) {
    case Tag::None:
      return "NoneType";
    case Tag::Bool:
      return "bool";
    case Tag::Int:
      return "int";
    case Tag::Double:
      return "float";
    case Tag::String:
      return "str";
    case Tag::Device:
      return "Device";
    case Tag::Tensor:
      return "Tensor";
    case Tag::List: {
      const TypePtr& element = toList()->element_type;
      return "List[" + (element ? element->annotationStr() : std::string("Any")) + "]";
    }
    case Tag::Tuple:
      return "Tuple";
    case Tag::Object:
    case Tag::Enum:
      return (isObject() ? toObject()->type : toEnum()->type)->annotationStr();
    case Tag::Dict: {
      const DictValue& dict = *toDict();
      auto name = [](const TypePtr& type) {
        return type ? type->annotationStr() : std::string("Any");
      };
      return "Dict[" + name(dict.keyType()) + ", " + name(dict.valueType()) + "]";
    }
  }
  return "";
}

DictValue::DictValue(const DictValue& other)
    : key_type_(other.key_type_), value_type_(other.value_type_) {
  for (const Entry& entry : other.entries_) insertOrAssign(entry.key, entry.value);
}

const IValue* DictValue::find(const IValue& key) const {
  auto it = index_.find(key);
  return it == index_.end() ? nullptr : &it->second->value;
}

void DictValue::insertOrAssign(IValue key, IValue value) {
  auto it = index_.find(key);
  if (it != index_.end()) {
    it->second->value = std::move(value);
    return;
  }
  entries_.push_back(Entry{key, std::move(value)});
  index_.emplace(std::move(key), std::prev(entries_.end()));
}

bool DictValue::erase(const IValue& key) {
  auto it = index_.find(key);
  if (it == index_.end()) return false;
  entries_.erase(it->second);
  index_.erase(it);
  return true;
}

DictValue::Entry DictValue::popFirst() {
  if (entries_.empty()) throw std::logic_error("DictValue::popFirst on an empty dict");
  Entry first = entries_.front();
  erase(first.key);
  return first;
}

void DictValue::clear() {
  index_.clear();
  entries_.clear();
}

// Consistent with IValue::equals for keys: numbers that compare equal (1, 1.0, True) hash
// alike, and a Tensor hashes by its storage, as sameTensor compares it.
size_t DictValue::KeyHash::operator()(const IValue& key) const {
  switch (key.tag()) {
    case IValue::Tag::String:
      return std::hash<std::string>()(key.toStringRef());
    case IValue::Tag::Tensor:
      return std::hash<const void*>()(key.toTensor().storage().get());
    case IValue::Tag::Bool:
    case IValue::Tag::Int:
      return std::hash<int64_t>()(key.toScalar().toLong());
    case IValue::Tag::Double: {
      double number = key.toDouble();
      bool integral = std::fmod(number, 1.0) == 0.0 &&
                      std::abs(number) < static_cast<double>(std::numeric_limits<int64_t>::max());
      return integral ? std::hash<int64_t>()(static_cast<int64_t>(number))
                      : std::hash<double>()(number);
    }
    default:
      throw std::logic_error("DictValue: a " + key.typeName() + " cannot be a dict key");
  }
}

}  // namespace minijit
