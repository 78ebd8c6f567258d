// TorchScript's static types: Tensor, int, float, bool, str, None, List[T], Tuple[...],
// Optional[T] and friends, with subtyping and unification at control-flow joins.
// Types are immutable and shared (TypePtr); simple types are singletons.
// Book chapter 4 ("Types") explains them.
#pragma once

#include <functional>
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
  Class,      // a TorchScript class (`__torch__.mod.Box`); attributes and methods in ClassInfo
  Enum,       // an Enum class (`Enum<__torch__.mod.Color>`); its values share one type
};

// [book:type-ptr]
class Type;
using TypePtr = std::shared_ptr<const Type>;
struct ClassInfo;

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

  // Singletons for the simple types (by reference: a caller that only compares or reads
  // pays no reference-count update).
  static const TypePtr& tensor();
  static const TypePtr& integer();
  static const TypePtr& floating();
  static const TypePtr& complex();
  static const TypePtr& boolean();
  static const TypePtr& string();
  static const TypePtr& none();
  static const TypePtr& number();
  static const TypePtr& any();
  static const TypePtr& device();
  static const TypePtr& layout();
  static const TypePtr& symInt();
  static const TypePtr& generator();
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
  // A TorchScript class, named as upstream names it (`__torch__.module.Box`). Two class
  // types are the same type when their names are. The ClassInfo fills in while the class
  // compiles (its __init__ decides the attributes).
  static TypePtr classType(std::string qualified_name, std::shared_ptr<ClassInfo> info);
  // An Enum class whose values all have `value_type` (int, float or str).
  static TypePtr enumType(std::string qualified_name, TypePtr value_type);
  static TypePtr opaque(std::string name, std::vector<TypePtr> contained);

  // The name of a type variable.
  const std::string& varName() const { return name_; }
  // Whether a type variable occurs in the type (`t`, `t[]`, `Dict(str, t)`): only schema
  // types have them. Known at construction, so matching skips variable-free types at once.
  bool hasTypeVariables() const { return has_type_variables_; }
  // A class's attributes and methods (Class types only).
  ClassInfo& classInfo() const { return *class_info_; }
  // A NamedTuple's, class's or Enum's qualified name, and a NamedTuple's field names.
  const std::string& qualifiedName() const { return name_; }
  const std::vector<std::string>& fieldNames() const { return field_names_; }
  bool isNamedTuple() const { return kind_ == TypeKind::Tuple && !name_.empty(); }

  Type(TypeKind kind, std::vector<TypePtr> contained, std::string name = "")
      : kind_(kind), contained_(std::move(contained)), name_(std::move(name)) {
    has_type_variables_ = kind_ == TypeKind::Var;
    for (const TypePtr& t : contained_) {
      has_type_variables_ = has_type_variables_ || t->hasTypeVariables();
    }
  }

 private:
  bool isSubtypeOfSlow(const TypePtr& other) const;  // isSubtypeOf past its quick answer

  TypeKind kind_;
  std::vector<TypePtr> contained_;
  std::string name_;
  std::vector<std::string> field_names_;  // NamedTuple fields, one per contained type
  std::shared_ptr<ClassInfo> class_info_;  // Class types
  bool has_type_variables_ = false;
};

// Most calls ask about the very type they are given (the emitter's types are the singletons
// above and the schemas' shared types): inline, they are answered without a call.
inline bool Type::isSubtypeOf(const TypePtr& other) const {
  return this == other.get() || isSubtypeOfSlow(other);
}

class Graph;

// [book:class-info]
// What the compiler learns about a TorchScript class. Attributes are the names __init__
// assigns (`self.n = 0`), in that order; an object stores their values in slots of the same
// order. Methods are compiled lazily by the frontend, so the runtime finds a method's graph
// through `find_method`, which the compiler sets (it returns null when the class has no such
// method).
struct ClassInfo {
  std::vector<std::string> attribute_names;
  std::vector<TypePtr> attribute_types;
  std::vector<std::string> method_names;
  std::function<const Graph*(const std::string& name)> find_method;

  // The slot of attribute `name`, or -1.
  int64_t attributeSlot(const std::string& name) const {
    for (size_t i = 0; i < attribute_names.size(); ++i) {
      if (attribute_names[i] == name) return static_cast<int64_t>(i);
    }
    return -1;
  }
  bool hasMethod(const std::string& name) const {
    for (const std::string& m : method_names) {
      if (m == name) return true;
    }
    return false;
  }
};
// [/book:class-info]

bool sameType(const TypePtr& a, const TypePtr& b);

// The most specific type both `a` and `b` are subtypes of, as upstream's unifyTypes does at
// the end of an if/else: int and None unify to Optional[int]; int and float do not unify.
std::optional<TypePtr> unifyTypes(const TypePtr& a, const TypePtr& b);

}  // namespace minijit
