// Constant: a compile-time value — what a prim::Constant node holds and what a schema
// default (`alpha=1`, `dtype=None`, `dims=[]`) means. Tensors never appear here; runtime
// values (IValue, chapter 7) convert from Constants when a graph runs.
// Book chapter 4 ("Types").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "types/type.h"

namespace minijit {

// [book:constant]
struct Constant {
  enum class Kind { None, Bool, Int, Float, String, Device, List, Tuple, Types, Enum };
  Kind kind = Kind::None;
  bool b = false;
  int64_t i = 0;
  double f = 0.0;
  std::string s;                   // String, Device, Types (printed as is: `[int, str]`), and
                                   // an Enum member's name
  std::vector<Constant> elements;  // List and Tuple; an Enum member's value (one element)
  TypePtr type = Type::none();

  Constant() = default;
  // (The factories below start from their own type, not a copy of None's replaced at once:
  // each copy of a type pointer is an atomic reference-count update.)
  explicit Constant(Kind k, TypePtr t) : kind(k), type(std::move(t)) {}
  Constant(const Constant& other);  // (below)
  Constant(Constant&&) = default;
  Constant& operator=(const Constant&) = default;
  Constant& operator=(Constant&&) = default;
  ~Constant() = default;

  static Constant none() { return Constant{}; }
  static Constant boolean(bool v);
  static Constant integer(int64_t v);
  static Constant floating(double v);
  static Constant string(std::string v);
  static Constant device(std::string v);
  static Constant list(std::vector<Constant> elements, TypePtr element_type);
  static Constant tuple(std::vector<Constant> elements);
  // A list of types as a node attribute (`prim::isinstance[types=[int]]`).
  static Constant types(const std::vector<TypePtr>& types);
  // A member of an Enum class (`Color.RED`), of type `enum_type`, with its value.
  static Constant enumMember(TypePtr enum_type, std::string name, Constant value);

  bool operator==(const Constant& other) const;

  // The text upstream puts inside `prim::Constant[value=...]`: `1`, `1.`, `0.10000000000000001`,
  // `"abc"`, `[1, 2]`, `cpu`.
  std::string str() const;
};
// [/book:constant]

// A copy leaves the string and the list alone when they are empty, as they are in nearly
// every constant (an int, a float, a bool): copying an empty std::string and std::vector
// still costs dozens of instructions, and every prim::Constant the emitter inserts copies its
// value into the node.
inline Constant::Constant(const Constant& other)
    : kind(other.kind), b(other.b), i(other.i), f(other.f), type(other.type) {
  if (!other.s.empty()) s = other.s;
  if (!other.elements.empty()) elements = other.elements;
}

// Formats a double as upstream's graph printer does (`1.`, `-0.5`, `1.0000000000000001e-05`).
std::string formatDouble(double value);

}  // namespace minijit
