// IValue: the interpreter's runtime value — None, bool, int, float, str, Tensor, list,
// tuple, device or dict. Every graph Value holds one IValue while a graph runs, and operator
// kernels take and give IValues on a stack. Book chapter 7 ("The interpreter").
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

#include "kernels/scalar.h"
#include "kernels/tensor.h"
#include "types/constant.h"
#include "types/type.h"

namespace minijit {

class IValue;

// [book:list-value]
// A list is shared and mutable: `b = a; b.append(1)` changes `a` too, as in TorchScript,
// so IValues hold lists through a shared_ptr. The element type is the list's static type
// (`int` for `int[]`), kept so that printing and typeName() do not have to guess.
struct ListValue {
  std::vector<IValue> elements;
  TypePtr element_type;
};
using ListPtr = std::shared_ptr<ListValue>;

// A tuple is shared but never changes after construction.
struct TupleValue {
  std::vector<IValue> elements;
};
using TuplePtr = std::shared_ptr<const TupleValue>;
// [/book:list-value]

// A device such as "cpu"; a struct of its own so that it is not mistaken for a str.
struct DeviceValue {
  std::string name;
};

// A dict is shared and mutable like a list (defined below, once IValue is complete).
class DictValue;
using DictPtr = std::shared_ptr<DictValue>;

// [book:object-value]
// An instance of a TorchScript class: its type (whose ClassInfo names the attributes) and
// one slot per attribute. Objects are shared and mutable, like lists: `b = a; b.n = 1`
// changes `a.n` too.
struct ObjectValue;
using ObjectPtr = std::shared_ptr<ObjectValue>;
// A member of an Enum class: its type, name and value (`Color.RED` = 1). Immutable.
struct EnumValue;
using EnumPtr = std::shared_ptr<const EnumValue>;
// [/book:object-value]

class IValue {
 public:
  enum class Tag { None, Bool, Int, Double, String, Tensor, List, Tuple, Device, Dict, Object, Enum };

  IValue() = default;  // None
  IValue(bool value) : payload_(value) {}
  template <typename T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) IValue(T value)
      : payload_(static_cast<int64_t>(value)) {}
  IValue(double value) : payload_(value) {}
  IValue(std::string value) : payload_(std::move(value)) {}
  IValue(const char* value) : payload_(std::string(value)) {}
  IValue(Tensor value) : payload_(std::move(value)) {}
  IValue(ListPtr value) : payload_(std::move(value)) {}
  IValue(TuplePtr value) : payload_(std::move(value)) {}
  IValue(DeviceValue value) : payload_(std::move(value)) {}
  IValue(DictPtr value) : payload_(std::move(value)) {}
  IValue(ObjectPtr value) : payload_(std::move(value)) {}
  IValue(EnumPtr value) : payload_(std::move(value)) {}

  static IValue list(std::vector<IValue> elements, TypePtr element_type);
  static IValue tuple(std::vector<IValue> elements);
  static IValue device(std::string name) { return IValue(DeviceValue{std::move(name)}); }
  // An empty dict of static type Dict[key_type, value_type].
  static IValue dict(TypePtr key_type, TypePtr value_type);
  // Int, Double or Bool according to the Scalar's kind.
  static IValue fromScalar(const Scalar& scalar);
  // The runtime value of a prim::Constant or schema default.
  static IValue fromConstant(const Constant& constant);

  Tag tag() const { return static_cast<Tag>(payload_.index()); }
  // The kind's name as upstream's IValue::tagKind() spells it ("Int", "GenericList"), which
  // its error messages quote.
  static const char* tagKind(Tag tag);
  const char* tagKind() const { return tagKind(tag()); }
  bool isNone() const { return tag() == Tag::None; }
  bool isBool() const { return tag() == Tag::Bool; }
  bool isInt() const { return tag() == Tag::Int; }
  bool isDouble() const { return tag() == Tag::Double; }
  bool isString() const { return tag() == Tag::String; }
  bool isTensor() const { return tag() == Tag::Tensor; }
  bool isList() const { return tag() == Tag::List; }
  bool isTuple() const { return tag() == Tag::Tuple; }
  bool isDevice() const { return tag() == Tag::Device; }
  bool isDict() const { return tag() == Tag::Dict; }
  bool isObject() const { return tag() == Tag::Object; }
  bool isEnum() const { return tag() == Tag::Enum; }
  // Int, Double or Bool: what a `Scalar` schema argument accepts.
  bool isScalar() const { return isInt() || isDouble() || isBool(); }

  // Each accessor throws std::logic_error when the tag does not match: the type checker
  // guarantees the tags, so a mismatch is a bug in minijit, not in the user's program.
  bool toBool() const;
  int64_t toInt() const;
  // Int converts to float, as upstream does for `float` arguments given an int.
  double toDouble() const;
  const std::string& toStringRef() const;
  const Tensor& toTensor() const;
  const ListPtr& toList() const;
  const TuplePtr& toTuple() const;
  const std::string& toDevice() const;
  const DictPtr& toDict() const;
  const ObjectPtr& toObject() const;
  const EnumPtr& toEnum() const;
  Scalar toScalar() const;
  // The elements of an int[] list.
  std::vector<int64_t> toIntVector() const;

  // Python `==` for None, numbers, str, device, lists and tuples (element by element) and
  // dicts (the same keys with equal values, in any order).
  // Tensors compare by identity here; tensor `==` is the elementwise aten::eq.
  bool equals(const IValue& other) const;
  // Python `is`: identity for lists, tuples, dicts and tensors, equality for immutable values.
  bool isSameObject(const IValue& other) const;

  // What TorchScript's print() shows: `[1, 2]`, `(1, 2.5)`, `1.`, `True`, `None`, and a str
  // without quotes, also inside lists and dicts (`['a']` prints as `[a]` and `{'a': 1}` as
  // `{a: 1}`, as upstream).
  std::string str() const;
  // The TorchScript type name: "int", "float", "Tensor", "List[int]", "Tuple",
  // "Dict[str, int]", ...
  std::string typeName() const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, Tensor, ListPtr, TuplePtr,
               DeviceValue, DictPtr, ObjectPtr, EnumPtr>
      payload_;
};

struct ObjectValue {
  TypePtr type;  // a Class type
  std::vector<IValue> slots;
};

struct EnumValue {
  TypePtr type;  // an Enum type
  std::string name;
  IValue value;
};

// [book:dict-value]
// A dict keeps its entries in insertion order, as Python and TorchScript do: a new key goes
// to the end, assigning to an existing key keeps its place, and erasing one keeps the order
// of the rest. Entries live in a std::list for that; `index_` finds an entry by key in
// constant time. Keys are str, int, float or bool, compared by value, or Tensor, compared
// by identity (upstream hashes a Tensor key by its TensorImpl). The key and value types are
// the dict's static type, kept for printing and for keys()/values()/items().
class DictValue {
 public:
  struct Entry {
    IValue key;
    IValue value;
  };

  DictValue(TypePtr key_type, TypePtr value_type)
      : key_type_(std::move(key_type)), value_type_(std::move(value_type)) {}
  // A shallow copy (`d.copy()`): new entries and index, the same keys and values.
  DictValue(const DictValue& other);
  DictValue& operator=(const DictValue&) = delete;

  const TypePtr& keyType() const { return key_type_; }
  const TypePtr& valueType() const { return value_type_; }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const std::list<Entry>& entries() const { return entries_; }

  // The value stored under `key`, or nullptr.
  const IValue* find(const IValue& key) const;
  // `d[key] = value`.
  void insertOrAssign(IValue key, IValue value);
  // Removes `key`; false when it was not there.
  bool erase(const IValue& key);
  // Removes and returns the first entry (upstream's popitem takes the oldest); the dict
  // must not be empty.
  Entry popFirst();
  void clear();

 private:
  struct KeyHash {
    size_t operator()(const IValue& key) const;
  };
  struct KeyEqual {
    bool operator()(const IValue& a, const IValue& b) const { return a.equals(b); }
  };

  TypePtr key_type_;
  TypePtr value_type_;
  std::list<Entry> entries_;
  std::unordered_map<IValue, std::list<Entry>::iterator, KeyHash, KeyEqual> index_;
};
// [/book:dict-value]

// Upstream's print() spelling of a float: integral values as `3.`, others with 17
// significant digits (`0.10000000000000001`), `inf`, `nan`.
std::string printDouble(double value);

}  // namespace minijit
