// IValue: the interpreter's runtime value — None, bool, int, float, str, Tensor, list,
// tuple or device. Every graph Value holds one IValue while a graph runs, and operator
// kernels take and give IValues on a stack. Book chapter 7 ("The interpreter").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "kernels/scalar.h"
#include "kernels/tensor.h"
#include "types/constant.h"
#include "types/type.h"

namespace minijit {

class IValue;

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

// A device such as "cpu"; a struct of its own so that it is not mistaken for a str.
struct DeviceValue {
  std::string name;
};

class IValue {
 public:
  enum class Tag { None, Bool, Int, Double, String, Tensor, List, Tuple, Device };

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

  static IValue list(std::vector<IValue> elements, TypePtr element_type);
  static IValue tuple(std::vector<IValue> elements);
  static IValue device(std::string name) { return IValue(DeviceValue{std::move(name)}); }
  // Int, Double or Bool according to the Scalar's kind.
  static IValue fromScalar(const Scalar& scalar);
  // The runtime value of a prim::Constant or schema default.
  static IValue fromConstant(const Constant& constant);

  Tag tag() const { return static_cast<Tag>(payload_.index()); }
  bool isNone() const { return tag() == Tag::None; }
  bool isBool() const { return tag() == Tag::Bool; }
  bool isInt() const { return tag() == Tag::Int; }
  bool isDouble() const { return tag() == Tag::Double; }
  bool isString() const { return tag() == Tag::String; }
  bool isTensor() const { return tag() == Tag::Tensor; }
  bool isList() const { return tag() == Tag::List; }
  bool isTuple() const { return tag() == Tag::Tuple; }
  bool isDevice() const { return tag() == Tag::Device; }
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
  Scalar toScalar() const;
  // The elements of an int[] list.
  std::vector<int64_t> toIntVector() const;

  // Python `==` for None, numbers, str, device, lists and tuples (element by element).
  // Tensors compare by identity here; tensor `==` is the elementwise aten::eq.
  bool equals(const IValue& other) const;
  // Python `is`: identity for lists, tuples and tensors, equality for immutable values.
  bool isSameObject(const IValue& other) const;

  // What TorchScript's print() shows: `[1, 2]`, `(1, 2.5)`, `1.`, `True`, `None`, and a str
  // without quotes, also inside lists (`['a']` prints as `[a]`, as upstream).
  std::string str() const;
  // The TorchScript type name: "int", "float", "Tensor", "List[int]", "Tuple", ...
  std::string typeName() const;

 private:
  std::variant<std::monostate, bool, int64_t, double, std::string, Tensor, ListPtr, TuplePtr,
               DeviceValue>
      payload_;
};

// Upstream's print() spelling of a float: integral values as `3.`, others with 17
// significant digits (`0.10000000000000001`), `inf`, `nan`.
std::string printDouble(double value);

}  // namespace minijit
