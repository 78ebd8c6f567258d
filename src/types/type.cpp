// Printing, equality, subtyping and unification of TorchScript types.
#include "types/type.h"

#include <algorithm>

namespace minijit {

namespace {
TypePtr makeSimple(TypeKind kind) { return std::make_shared<const Type>(kind, std::vector<TypePtr>{}); }

std::string joinTypes(const std::vector<TypePtr>& types, bool annotation) {
  std::string out;
  for (size_t i = 0; i < types.size(); ++i) {
    if (i) out += ", ";
    out += annotation ? types[i]->annotationStr() : types[i]->str();
  }
  return out;
}

const char* simpleName(TypeKind kind) {
  switch (kind) {
    case TypeKind::Any: return "Any";
    case TypeKind::Tensor: return "Tensor";
    case TypeKind::Int: return "int";
    case TypeKind::Float: return "float";
    case TypeKind::Complex: return "complex";
    case TypeKind::Bool: return "bool";
    case TypeKind::Str: return "str";
    case TypeKind::None: return "NoneType";
    case TypeKind::Number: return "Scalar";
    case TypeKind::Device: return "Device";
    case TypeKind::Layout: return "Layout";
    case TypeKind::SymInt: return "SymInt";
    case TypeKind::Generator: return "Generator";
    default: return "";
  }
}
}  // namespace

#define MINIJIT_SINGLETON(fn, kind)            \
  const TypePtr& Type::fn() {                  \
    static const TypePtr type = makeSimple(kind); \
    return type;                               \
  }
MINIJIT_SINGLETON(tensor, TypeKind::Tensor)
MINIJIT_SINGLETON(integer, TypeKind::Int)
MINIJIT_SINGLETON(floating, TypeKind::Float)
MINIJIT_SINGLETON(complex, TypeKind::Complex)
MINIJIT_SINGLETON(boolean, TypeKind::Bool)
MINIJIT_SINGLETON(string, TypeKind::Str)
MINIJIT_SINGLETON(none, TypeKind::None)
MINIJIT_SINGLETON(number, TypeKind::Number)
MINIJIT_SINGLETON(any, TypeKind::Any)
MINIJIT_SINGLETON(device, TypeKind::Device)
MINIJIT_SINGLETON(layout, TypeKind::Layout)
MINIJIT_SINGLETON(symInt, TypeKind::SymInt)
MINIJIT_SINGLETON(generator, TypeKind::Generator)
#undef MINIJIT_SINGLETON

TypePtr Type::list(TypePtr element) {
  return std::make_shared<const Type>(TypeKind::List, std::vector<TypePtr>{std::move(element)});
}
TypePtr Type::tuple(std::vector<TypePtr> elements) {
  return std::make_shared<const Type>(TypeKind::Tuple, std::move(elements));
}
TypePtr Type::dict(TypePtr key, TypePtr value) {
  return std::make_shared<const Type>(TypeKind::Dict,
                                      std::vector<TypePtr>{std::move(key), std::move(value)});
}
TypePtr Type::optional(TypePtr element) {
  // Optional[Optional[T]] is Optional[T], and Optional[None] is None, as upstream.
  if (element->kind() == TypeKind::Optional || element->kind() == TypeKind::None) return element;
  return std::make_shared<const Type>(TypeKind::Optional, std::vector<TypePtr>{std::move(element)});
}

TypePtr Type::var(std::string name) {
  return std::make_shared<const Type>(TypeKind::Var, std::vector<TypePtr>{}, std::move(name));
}

namespace {
// Upstream orders union members by its TypeKind enumeration, then by name.
int upstreamKindRank(TypeKind kind) {
  switch (kind) {
    case TypeKind::Any: return 0;
    case TypeKind::Tensor: return 3;
    case TypeKind::Tuple: return 5;
    case TypeKind::List: return 6;
    case TypeKind::Dict: return 7;
    case TypeKind::Number: return 8;
    case TypeKind::Float: return 9;
    case TypeKind::Complex: return 10;
    case TypeKind::Int: return 13;
    case TypeKind::None: return 14;
    case TypeKind::Str: return 15;
    case TypeKind::Generator: return 16;
    case TypeKind::Bool: return 18;
    case TypeKind::Optional: return 19;
    case TypeKind::Var: return 20;
    case TypeKind::Device: return 21;
    case TypeKind::Layout: return 29;
    case TypeKind::SymInt: return 34;
    case TypeKind::Union: return 35;
    default: return 40;
  }
}
}  // namespace

TypePtr Type::unionOf(std::vector<TypePtr> members) {
  std::vector<TypePtr> flat;
  for (const TypePtr& m : members) {
    std::vector<TypePtr> parts;
    if (m->kind() == TypeKind::Union) {
      parts = m->containedTypes();
    } else if (m->kind() == TypeKind::Optional) {
      parts = {m->elementType(), Type::none()};
    } else {
      parts = {m};
    }
    for (const TypePtr& p : parts) {
      bool seen = false;
      for (const TypePtr& f : flat) seen = seen || *f == *p;
      if (!seen) flat.push_back(p);
    }
  }
  std::sort(flat.begin(), flat.end(), [](const TypePtr& a, const TypePtr& b) {
    int ra = upstreamKindRank(a->kind());
    int rb = upstreamKindRank(b->kind());
    return ra != rb ? ra < rb : a->str() < b->str();
  });
  if (flat.size() == 1) return flat[0];
  bool has_none = false;
  std::vector<TypePtr> others;
  for (const TypePtr& t : flat) {
    if (t->kind() == TypeKind::None) {
      has_none = true;
    } else {
      others.push_back(t);
    }
  }
  if (has_none && others.size() == 1) return Type::optional(others[0]);
  return std::make_shared<const Type>(TypeKind::Union, std::move(flat));
}

TypePtr Type::namedTuple(std::string qualified_name, std::vector<std::string> field_names,
                         std::vector<TypePtr> elements) {
  auto type = std::make_shared<Type>(TypeKind::Tuple, std::move(elements), std::move(qualified_name));
  type->field_names_ = std::move(field_names);
  return type;
}

TypePtr Type::classType(std::string qualified_name, std::shared_ptr<ClassInfo> info) {
  auto type = std::make_shared<Type>(TypeKind::Class, std::vector<TypePtr>{}, std::move(qualified_name));
  type->class_info_ = std::move(info);
  return type;
}

TypePtr Type::enumType(std::string qualified_name, TypePtr value_type) {
  return std::make_shared<const Type>(TypeKind::Enum, std::vector<TypePtr>{std::move(value_type)},
                                      std::move(qualified_name));
}

TypePtr Type::opaque(std::string name, std::vector<TypePtr> contained) {
  return std::make_shared<const Type>(TypeKind::Opaque, std::move(contained), std::move(name));
}

std::string Type::str() const {
  switch (kind_) {
    case TypeKind::Var: return name_;
    case TypeKind::Class: return name_;
    case TypeKind::Enum: return "Enum<" + name_ + ">";
    case TypeKind::Opaque:
      return contained_.empty() ? name_ : name_ + "(" + joinTypes(contained_, false) + ")";
    case TypeKind::List: return elementType()->str() + "[]";
    case TypeKind::Optional: return elementType()->str() + "?";
    case TypeKind::Tuple: {
      if (name_.empty()) return "(" + joinTypes(contained_, false) + ")";
      // As upstream: `NamedTuple(tokens : int[], score : float)`.
      std::string out = "NamedTuple(";
      for (size_t i = 0; i < contained_.size(); ++i) {
        if (i) out += ", ";
        out += field_names_.at(i) + " : " + contained_[i]->str();
      }
      return out + ")";
    }
    case TypeKind::Dict: return "Dict(" + joinTypes(contained_, false) + ")";
    case TypeKind::Union: return "Union(" + joinTypes(contained_, false) + ")";
    default: return simpleName(kind_);
  }
}

std::string Type::annotationStr() const {
  switch (kind_) {
    case TypeKind::Var: return name_;
    case TypeKind::Opaque: return name_;
    case TypeKind::Class: return name_;
    case TypeKind::Enum: return name_;
    case TypeKind::List: return "List[" + elementType()->annotationStr() + "]";
    case TypeKind::Optional: return "Optional[" + elementType()->annotationStr() + "]";
    case TypeKind::Tuple:
      return name_.empty() ? "Tuple[" + joinTypes(contained_, true) + "]" : name_;
    case TypeKind::Dict: return "Dict[" + joinTypes(contained_, true) + "]";
    case TypeKind::Union: return "Union[" + joinTypes(contained_, true) + "]";
    case TypeKind::Number: return "number";
    default: return simpleName(kind_);
  }
}

namespace {
// Type::operator== past its quick answers: the same kind, so names and contained types decide.
// (Not inlined, so that the quick answers, most of the calls, save no registers.)
[[gnu::noinline]] bool sameStructure(const Type& a, const Type& b) {
  if (a.qualifiedName() != b.qualifiedName() || a.fieldNames() != b.fieldNames() ||
      a.containedTypes().size() != b.containedTypes().size()) {
    return false;
  }
  for (size_t i = 0; i < a.containedTypes().size(); ++i) {
    if (!(*a.containedTypes()[i] == *b.containedTypes()[i])) return false;
  }
  return true;
}
}  // namespace

bool Type::operator==(const Type& other) const {
  if (this == &other) return true;  // singletons and shared schema types
  if (kind_ != other.kind_) return false;
  return sameStructure(*this, other);
}

bool sameType(const TypePtr& a, const TypePtr& b) { return *a == *b; }

bool Type::isSubtypeOfSlow(const TypePtr& other) const {
  if (*this == *other) return true;
  if (kind_ == TypeKind::Union) {
    for (const TypePtr& member : contained_) {
      if (!member->isSubtypeOf(other)) return false;
    }
    return true;
  }
  if (other->kind() == TypeKind::Union) {
    for (const TypePtr& member : other->containedTypes()) {
      if (isSubtypeOf(member)) return true;
    }
    return kind_ == TypeKind::Optional && Type::none()->isSubtypeOf(other) &&
           elementType()->isSubtypeOf(other);
  }
  switch (other->kind()) {
    case TypeKind::Any: return true;
    case TypeKind::Optional:
      return kind_ == TypeKind::None || isSubtypeOf(other->elementType()) ||
             (kind_ == TypeKind::Optional && elementType()->isSubtypeOf(other->elementType()));
    case TypeKind::Number:
      return kind_ == TypeKind::Int || kind_ == TypeKind::Float || kind_ == TypeKind::Complex;
    case TypeKind::SymInt: return kind_ == TypeKind::Int;
    // Schemas such as aten::eq.enum take any Enum as `AnyEnumType`.
    case TypeKind::Opaque: return kind_ == TypeKind::Enum && other->str() == "AnyEnumType";
    // [book:tuple-subtype]
    case TypeKind::Tuple: {
      if (kind_ != TypeKind::Tuple || contained_.size() != other->containedTypes().size()) {
        return false;
      }
      // As upstream: a NamedTuple is a subtype of the plain tuple of its elements, not of
      // another NamedTuple with other field names, and a plain tuple is no NamedTuple.
      if (other->isNamedTuple() && field_names_ != other->fieldNames()) return false;
      for (size_t i = 0; i < contained_.size(); ++i) {
        if (!contained_[i]->isSubtypeOf(other->containedTypes()[i])) return false;
      }
      return true;
    }
    // [/book:tuple-subtype]
    case TypeKind::List:
      // Lists are invariant, except that SymInt[] in a schema accepts int[].
      return kind_ == TypeKind::List && other->elementType()->kind() == TypeKind::SymInt &&
             elementType()->kind() == TypeKind::Int;
    default: return false;
  }
}

// [book:unify-types]
std::optional<TypePtr> unifyTypes(const TypePtr& a, const TypePtr& b) {
  if (a->isSubtypeOf(b)) return b;
  if (b->isSubtypeOf(a)) return a;
  // T and None (or Optional[T]) meet at Optional[T].
  if (a->kind() == TypeKind::None && b->kind() != TypeKind::Optional) return Type::optional(b);
  if (b->kind() == TypeKind::None && a->kind() != TypeKind::Optional) return Type::optional(a);
  if (a->kind() == TypeKind::Optional) {
    if (auto inner = unifyTypes(a->elementType(), b)) return Type::optional(*inner);
  }
  if (b->kind() == TypeKind::Optional) {
    if (auto inner = unifyTypes(a, b->elementType())) return Type::optional(*inner);
  }
  if (a->kind() == TypeKind::Tuple && b->kind() == TypeKind::Tuple &&
      a->containedTypes().size() == b->containedTypes().size()) {
    std::vector<TypePtr> elements;
    for (size_t i = 0; i < a->containedTypes().size(); ++i) {
      auto element = unifyTypes(a->containedTypes()[i], b->containedTypes()[i]);
      if (!element) return std::nullopt;
      elements.push_back(*element);
    }
    return Type::tuple(std::move(elements));
  }
  return std::nullopt;
}
// [/book:unify-types]

}  // namespace minijit
