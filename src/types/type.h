// TorchScript's static types: Tensor, int, float, bool, str, None, List[T], Tuple[...],
// Optional[T] and friends, with subtyping and unification at control-flow joins.
// Types are immutable and shared (TypePtr); simple types are singletons.
// Book chapter 4 ("Types") explains them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace minijit {

enum class TypeKind {
  Any,
  Tensor,
  Int,
  Float,
  Complex,
  Bool,
  Str,
  None,
  Number,     // "Scalar" in schemas: int or float (or complex)
  Device,
  Layout,     // schema-only names; TorchScript values of these are ints
  SymInt,     // schema-only name for an int that may be symbolic upstream
  Generator,
  List,
  Tuple,
  Dict,
  Optional,
  Union,      // Union[T1, T2, ...]: members sorted as upstream sorts them
  Opaque,     // a schema type minijit does not model yet (AnyEnumType, Storage, Future(t))
  Var,        // a type variable in a schema (`t` in `t[] a`), bound during matching
};

// [book:type-ptr]
class Type;
using TypePtr = std::shared_ptr<const Type>;

class Type {
 public:
  TypeKind kind() const { return kind_; }
  const std::vector<TypePtr>& containedTypes() const { return contained_; }

  // The element type of List/Optional (the first contained type).
  const TypePtr& elementType() const { return contained_.at(0); }

  // How graphs print the type: `int[]`, `int?`, `(int, Tensor)`, `Dict(str, int)`.
  std::string str() const;
  // How Python source writes it: `List[int]`, `Optional[int]`, `Tuple[int, Tensor]`.
  std::string annotationStr() const;

  bool operator==(const Type& other) const;
  bool isSubtypeOf(const TypePtr& other) const;
// [/book:type-ptr]

  // Singletons for the simple types.
  static TypePtr tensor();
  static TypePtr integer();
  static TypePtr floating();
  static TypePtr complex();
  static TypePtr boolean();
  static TypePtr string();
  static TypePtr none();
  static TypePtr number();
  static TypePtr any();
  static TypePtr device();
  static TypePtr layout();
  static TypePtr symInt();
  static TypePtr generator();
  // Compound types.
  static TypePtr list(TypePtr element);
  static TypePtr tuple(std::vector<TypePtr> elements);
  // A NamedTuple class: a tuple whose elements have field names and whose class has a
  // qualified name (`__torch__.module.DecodeResult`). Graphs print it by its fields.
  static TypePtr namedTuple(std::string qualified_name, std::vector<std::string> field_names,
                            std::vector<TypePtr> elements);
  static TypePtr dict(TypePtr key, TypePtr value);
  static TypePtr optional(TypePtr element);
  // Union[...]: nested unions flatten, duplicates go, Union[T, None] is Optional[T] and a
  // single member is that member.
  static TypePtr unionOf(std::vector<TypePtr> members);
  static TypePtr var(std::string name);
  static TypePtr opaque(std::string name, std::vector<TypePtr> contained);

  // The name of a type variable.
  const std::string& varName() const { return name_; }
  // A NamedTuple's qualified class name and field names (empty for a plain tuple).
  const std::string& qualifiedName() const { return name_; }
  const std::vector<std::string>& fieldNames() const { return field_names_; }
  bool isNamedTuple() const { return kind_ == TypeKind::Tuple && !name_.empty(); }

  Type(TypeKind kind, std::vector<TypePtr> contained, std::string name = "")
      : kind_(kind), contained_(std::move(contained)), name_(std::move(name)) {}

 private:
  TypeKind kind_;
  std::vector<TypePtr> contained_;
  std::string name_;
  std::vector<std::string> field_names_;  // NamedTuple fields, one per contained type
};

bool sameType(const TypePtr& a, const TypePtr& b);

// The most specific type both `a` and `b` are subtypes of, as upstream's unifyTypes does at
// the end of an if/else: int and None unify to Optional[int]; int and float do not unify.
std::optional<TypePtr> unifyTypes(const TypePtr& a, const TypePtr& b);

}  // namespace minijit
