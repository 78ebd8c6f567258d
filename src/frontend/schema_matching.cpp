// Overload resolution against operator schemas, following upstream's schema_matching.cpp
// step for step so that the graph (and its value numbering) comes out the same.
#include "frontend/schema_matching.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <new>
#include <sstream>

#include "frontend/builtin_functions.h"
#include "types/operator_catalogue.h"
#include "util/error.h"

namespace minijit {

namespace {

// The type variables bound while matching one schema, by name. A schema has a few at most
// (most have none, many one: `t`), so the bindings sit in the object, searched in order; the
// std::map this replaces allocated a node for every binding (~17 per compile of the
// benchmark). The names are the schema's own strings, which outlive the match.
class TypeEnv {
 public:
  TypeEnv() = default;
  TypeEnv(const TypeEnv&) = delete;
  TypeEnv& operator=(const TypeEnv&) = delete;
  // (The inline bindings are constructed only as they are made: most matches bind nothing,
  // and constructing and destroying four empty ones cost more than a whole match's lookups.)
  ~TypeEnv() {
    for (size_t i = 0; i < size_ && i < kInline; ++i) inlineBinding(i).~Binding();
  }
  // The type bound to `name`, or null when it is unbound.
  const TypePtr* find(const std::string& name) const {
    for (size_t i = 0; i < size_; ++i) {
      const Binding& binding = i < kInline ? inlineBinding(i) : overflow_[i - kInline];
      if (*binding.name == name) return &binding.type;
    }
    return nullptr;
  }
  void bind(const std::string& name, const TypePtr& type) {
    if (size_ < kInline) {
      new (&inline_[size_ * sizeof(Binding)]) Binding{&name, type};
    } else {
      overflow_.push_back({&name, type});
    }
    ++size_;
  }

 private:
  static constexpr size_t kInline = 4;
  struct Binding {
    const std::string* name;
    TypePtr type;
  };
  Binding& inlineBinding(size_t i) {
    return *std::launder(reinterpret_cast<Binding*>(&inline_[i * sizeof(Binding)]));
  }
  const Binding& inlineBinding(size_t i) const {
    return *std::launder(reinterpret_cast<const Binding*>(&inline_[i * sizeof(Binding)]));
  }
  size_t size_ = 0;
  alignas(Binding) unsigned char inline_[kInline * sizeof(Binding)];
  std::vector<Binding> overflow_;
};

// Where a failed attempt explains itself. Matching passes that only need to know whether an
// overload fits get no Failures at all (null). The stream is made on first use: most calls
// with a single candidate match, and constructing an ostringstream costs ~2,000 instructions,
// more than the match itself.
class Failures {
 public:
  explicit Failures(std::ostream* stream = nullptr) : stream_(stream) {}
  std::ostream& out() {
    if (!stream_) stream_ = &own_.emplace();
    return *stream_;
  }
  std::string str() const { return own_ ? own_->str() : std::string(); }

 private:
  std::ostream* stream_;
  std::optional<std::ostringstream> own_;
};

// Binds type variables in `formal` to parts of `actual`; false when the shapes disagree, with
// the reason in `why` when it is given (only error messages need it).
bool matchTypeVariables(const TypePtr& formal, const TypePtr& actual, TypeEnv& env,
                        std::string* why) {
  if (!formal->hasTypeVariables()) return true;  // nothing to bind (most arguments)
  switch (formal->kind()) {
    case TypeKind::Var: {
      const TypePtr* bound = env.find(formal->varName());
      if (!bound) {
        env.bind(formal->varName(), actual);
        return true;
      }
      // As upstream, a later argument that merely unifies with the first binding keeps
      // that binding: append(List[int], Optional[int]) then fails the subtype check.
      if (unifyTypes(*bound, actual)) return true;
      if (!why) return false;
      *why = "Type variable '" + formal->varName() + "' previously matched to type " +
             (*bound)->annotationStr() + " is matched to type " + actual->annotationStr();
      return false;
    }
    case TypeKind::List:
      if (actual->kind() == TypeKind::List) {
        return matchTypeVariables(formal->elementType(), actual->elementType(), env, why);
      }
      if (actual->kind() == TypeKind::Tuple && !actual->containedTypes().empty() &&
          formal->elementType()->kind() == TypeKind::Var) {
        // A homogeneous tuple can become a list; bind to its first element's type.
        return matchTypeVariables(formal->elementType(), actual->containedTypes()[0], env, why);
      }
      if (formal->elementType()->kind() != TypeKind::Var) return true;
      if (why) *why = "Cannot match " + formal->annotationStr() + " to " + actual->annotationStr();
      return false;
    case TypeKind::Optional:
      if (actual->kind() == TypeKind::None) return true;
      if (actual->kind() == TypeKind::Optional) {
        return matchTypeVariables(formal->elementType(), actual->elementType(), env, why);
      }
      return matchTypeVariables(formal->elementType(), actual, env, why);
    case TypeKind::Tuple:
    case TypeKind::Dict:
      if (actual->kind() == formal->kind() &&
          actual->containedTypes().size() == formal->containedTypes().size()) {
        for (size_t i = 0; i < formal->containedTypes().size(); ++i) {
          if (!matchTypeVariables(formal->containedTypes()[i], actual->containedTypes()[i], env,
                                  why)) {
            return false;
          }
        }
        return true;
      }
      return true;  // the subtype check afterwards reports the mismatch
    default: return true;
  }
}

// Replaces bound type variables; null when some variable is unbound.
TypePtr evalTypeVariables(const TypePtr& type, const TypeEnv& env) {
  if (!type->hasTypeVariables()) return type;
  if (type->kind() == TypeKind::Var) {
    const TypePtr* bound = env.find(type->varName());
    return bound ? *bound : nullptr;
  }
  if (type->containedTypes().empty()) return type;
  std::vector<TypePtr> contained;
  for (const TypePtr& t : type->containedTypes()) {
    TypePtr evaluated = evalTypeVariables(t, env);
    if (!evaluated) return nullptr;
    contained.push_back(evaluated);
  }
  switch (type->kind()) {
    case TypeKind::List: return Type::list(contained[0]);
    case TypeKind::Optional: return Type::optional(contained[0]);
    case TypeKind::Tuple: return Type::tuple(contained);
    case TypeKind::Dict: return Type::dict(contained[0], contained[1]);
    default: return type;
  }
}

// Whether `formal` is `t[]` with t bound to the very element type of `actual`, a list: then
// `actual` is what evalTypeVariables would build.
bool listOfBoundVariable(const TypePtr& formal, const TypePtr& actual, const TypeEnv& env) {
  if (formal->kind() != TypeKind::List || actual->kind() != TypeKind::List) return false;
  const TypePtr& element = formal->elementType();
  if (element->kind() != TypeKind::Var) return false;
  const TypePtr* bound = env.find(element->varName());
  return bound && *bound == actual->elementType();
}

const TypePtr& unwrapOptional(const TypePtr& type) {
  return type->kind() == TypeKind::Optional ? type->elementType() : type;
}

bool isIntOrFloatUsedAsList(Value* value, const Argument& arg) {
  if (!arg.list_size) return false;
  const TypePtr& formal = unwrapOptional(arg.type);
  if (formal->kind() != TypeKind::List) return false;
  TypeKind element = formal->elementType()->kind();
  TypeKind actual = value->type()->kind();
  return (element == TypeKind::Int || element == TypeKind::SymInt || element == TypeKind::Float) &&
         (actual == TypeKind::Int || actual == TypeKind::Float);
}

// Trailing positional arguments may fill a list parameter (`zeros(2, 3)` for `int[] size`)
// when the parameter is the last positional one and not a fixed-size `int[2]`.
bool varargsCanBeUsedAsList(const FunctionSchema& schema, size_t index, const Argument& arg) {
  bool is_last = index + 1 == schema.arguments.size() || schema.arguments[index + 1].kwarg_only;
  TypePtr type = arg.type;
  bool is_list = type->kind() == TypeKind::List;
  bool typevar_list = is_list && type->elementType()->kind() == TypeKind::Var;
  return is_last && is_list && !arg.list_size && !typevar_list;
}

bool convertibleToList(const TypePtr& type, const TypePtr& list_type) {
  if (list_type->kind() != TypeKind::List) return false;
  if (type->kind() == TypeKind::List) return type->elementType()->isSubtypeOf(list_type->elementType());
  if (type->kind() == TypeKind::Tuple) {
    for (const TypePtr& element : type->containedTypes()) {
      if (!element->isSubtypeOf(list_type->elementType())) return false;
    }
    return true;
  }
  return false;
}

// The usual way an overload fails, told without the general machinery: a value meets a
// parameter that no value of its type can match, and no implicit conversion reaches. A
// Tensor, bool, str or complex parameter takes only its own type (an int or float one too,
// without conversions); a list parameter takes no Tensor, number, bool or str, unless it is
// `int[2]`, which repeats an int; a Device or opaque parameter takes no ordinary value.
// tryMatchArgument would fail there without inserting any node, so skipping it leaves the
// graph the same.
bool plainMismatch(const Argument& arg, TypeKind actual, bool allow_conversions) {
  TypeKind formal = arg.type->kind();
  if (actual == formal) return false;
  switch (formal) {
    case TypeKind::Tensor:
    case TypeKind::Bool:
    case TypeKind::Str:
    case TypeKind::Complex: return true;
    case TypeKind::Int:
    case TypeKind::Float: return !allow_conversions;
    case TypeKind::List:
      return !arg.list_size && (actual == TypeKind::Tensor || actual == TypeKind::Int ||
                                actual == TypeKind::Float || actual == TypeKind::Bool ||
                                actual == TypeKind::Str);
    // A Device parameter takes only a Device; an opaque one (AnyEnumType, Storage...) at
    // most an Enum (a union of them, or Any, is left to the general path).
    case TypeKind::Device:
    case TypeKind::Opaque:
      switch (actual) {
        case TypeKind::Tensor:
        case TypeKind::Int:
        case TypeKind::Float:
        case TypeKind::Complex:
        case TypeKind::Bool:
        case TypeKind::Str:
        case TypeKind::None:
        case TypeKind::List:
        case TypeKind::Tuple:
        case TypeKind::Dict: return true;
        default: return false;
      }
    default: return false;
  }
}

bool plainMismatch(const Argument& arg, Value* value, bool allow_conversions) {
  return plainMismatch(arg, value->type()->kind(), allow_conversions);
}

// A Scalar (`Number`) parameter takes an int, a float or a complex as it is.
inline bool scalarTakes(TypeKind formal, TypeKind actual) {
  return formal == TypeKind::Number &&
         (actual == TypeKind::Int || actual == TypeKind::Float || actual == TypeKind::Complex);
}

// The usual way an argument fits, decided at once: a simple type (int, float, Tensor...: no
// contained types, no type variables) that the value already has (simple types are
// singletons, so the same type is the same object), or a Scalar parameter given an int or
// float. tryMatchArgument's general path would bind nothing, convert nothing (no conversion
// goes from a type to itself, or from int or float to Scalar) and find the type a subtype.
inline bool fitsAsIs(const Argument& arg, Value* value) {
  const Type& formal = *arg.type;
  if (!formal.containedTypes().empty() || formal.hasTypeVariables()) return false;
  const TypePtr& actual_type = value->type();
  if (actual_type == arg.type) return true;
  return scalarTakes(formal.kind(), actual_type->kind());
}

Value* tryMatchArgument(const Argument& arg, Graph& graph, const SourceRange& range,
                        Value* value, Failures* failures, const std::string& schema_text,
                        bool allow_conversions, TypeEnv& env) {
  auto fail = [&]() -> std::ostream& { return failures->out() << "\n" << schema_text << ":\n"; };
  if (fitsAsIs(arg, value)) return value;
  if (isIntOrFloatUsedAsList(value, arg)) {
    std::vector<Value*> repeated(static_cast<size_t>(*arg.list_size), value);
    value = insertList(graph, value->type(), repeated);
  }
  std::string why;
  if (!matchTypeVariables(arg.type, value->type(), env, failures ? &why : nullptr)) {
    if (failures) {
      fail() << "Could not match type " << value->type()->annotationStr() << " to "
             << arg.type->annotationStr() << " in argument '" << arg.name << "': " << why
             << ".\n";
    }
    return nullptr;
  }
  // The parameter's type with its variables replaced. For the common `t[]` given a list of
  // what t is bound to (len(xs), xs.append(x)), that is the argument's own type, used as is
  // rather than rebuilt: a new List type costs an allocation, and a deep comparison in the
  // subtype test below.
  TypePtr concrete = listOfBoundVariable(arg.type, value->type(), env)
                         ? value->type()
                         : evalTypeVariables(arg.type, env);
  if (!concrete) {
    if (failures) {
      fail() << "Type variables in type " << arg.type->annotationStr()
             << " could not be inferred from actual type " << value->type()->annotationStr();
    }
    return nullptr;
  }
  value = tryConvertToType(range, graph, concrete, value, allow_conversions);
  if (!value->type()->isSubtypeOf(concrete)) {
    if (failures) {
      // Upstream names the schema's own type here: 't', not what t was bound to.
      fail() << "Expected a value of type '" << arg.type->annotationStr() << "' for argument '"
             << arg.name << "' but instead found type '" << value->type()->annotationStr()
             << "'.\n";
      if (value->type()->kind() == TypeKind::List &&
          value->type()->elementType()->kind() == TypeKind::Tensor) {
        failures->out() << "Empty lists default to List[Tensor]. Add a variable annotation to the "
                     "assignment to create an empty list of another type "
                     "(torch.jit.annotate(List[T, []]) where T is the type of elements in the "
                     "list for Python 2)\n";
      }
    }
    return nullptr;
  }
  return value;
}

std::optional<size_t> findKeyword(const std::string& name, const std::vector<NamedValue>& kwargs) {
  for (size_t i = 0; i < kwargs.size(); ++i) {
    if (kwargs[i].name == name) return i;
  }
  return std::nullopt;
}

std::string prefixLines(const std::string& text, const std::string& prefix) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      if (start < text.size()) out += prefix + text.substr(start);
      break;
    }
    out += prefix + text.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

Value* insertList(Graph& graph, TypePtr element_type, const std::vector<Value*>& elements,
                  SourceRange range) {
  if (element_type->kind() == TypeKind::SymInt) element_type = Type::integer();
  Node* list = graph.create("prim::ListConstruct", elements);
  list->output()->setType(Type::list(element_type));
  list->setSourceRange(std::move(range));
  return graph.insertNode(list)->output();
}

Value* tryConvertToType(const SourceRange& range, Graph& graph, const TypePtr& type, Value* value,
                        bool allow_conversions) {
  // A conversion to Optional[T] is a conversion to T.
  if (type->kind() == TypeKind::Optional && value->type()->kind() != TypeKind::Optional &&
      value->type()->kind() != TypeKind::None) {
    return tryConvertToType(range, graph, type->elementType(), value, allow_conversions);
  }
  // An unannotated `[]` (prim::EmptyListLiteral) fits any list type: a fresh, empty list of
  // that type takes its place, as upstream converts it.
  if (type->kind() == TypeKind::List && value->node()->kind() == kinds().empty_list_literal) {
    value = insertList(graph, type->elementType(), {});
  }
  if (value->type()->kind() == TypeKind::Tuple && convertibleToList(value->type(), unwrapOptional(type))) {
    Node* unpack = graph.insertNode(graph.create("prim::TupleUnpack", {value}, 0));
    std::vector<Value*> elements;
    for (const TypePtr& element : value->type()->containedTypes()) {
      elements.push_back(unpack->addOutput()->setType(element));
    }
    value = insertList(graph, unwrapOptional(type)->elementType(), elements);
  }
  if (!allow_conversions) return value;
  TypeKind actual = value->type()->kind();
  TypeKind wanted = type->kind();
  auto insertConversion = [&](const char* op) {
    return emitBuiltinCall(range, graph, op, {NamedValue{"", range, value}}, {});
  };
  if (actual == TypeKind::Tensor) {
    if (wanted == TypeKind::Float) return insertConversion("aten::FloatImplicit");
    if (wanted == TypeKind::Int) return insertConversion("aten::IntImplicit");
    if (wanted == TypeKind::Number) return insertConversion("aten::ScalarImplicit");
  } else if (actual == TypeKind::Number) {
    if (wanted == TypeKind::Float) return insertConversion("aten::Float");
    if (wanted == TypeKind::Int) return insertConversion("aten::Int");
  } else if (actual == TypeKind::Bool) {
    if (wanted == TypeKind::Float) return insertConversion("aten::Float");
    if (wanted == TypeKind::Int || wanted == TypeKind::Number) return insertConversion("aten::Int");
  }
  return value;
}

namespace {

// tryMatchSchema's work, into `matched` (whose vectors are emptied first and keep their
// capacity, so a caller that reuses one MatchedSchema allocates nothing per call). On
// failure returns false, leaving `matched` unspecified, and explains why to `failures` when
// it is given.
bool matchSchemaInto(const FunctionSchema& schema, const SourceRange& range, Graph& graph,
                     const std::vector<NamedValue>& args, const std::vector<NamedValue>& kwargs,
                     const std::optional<NamedValue>& self, Failures* failures,
                     bool allow_conversions, MatchedSchema& matched) {
  auto fail = [&]() -> std::ostream& { return failures->out() << "\n" << schema.text << ":\n"; };
  TypeEnv env;
  bool self_unused = self.has_value();  // until a parameter named `self` takes it
  matched.schema = &schema;
  matched.inputs.clear();
  matched.return_types.clear();
  // (`matched` is nearly always one of emitBuiltinNode's reused MatchedSchemas, whose vectors
  // keep their capacity: reserving is then a comparison, and the inputs are appended inline.)
  matched.inputs.reserve(schema.arguments.size());
  auto addInput = [&](Value* input) { matched.inputs.push_back(input); };
  std::vector<bool> used_kwarg(kwargs.size(), false);
  size_t used_args = 0;
  for (size_t i = 0; i < schema.arguments.size(); ++i) {
    const Argument& arg = schema.arguments[i];
    Value* actual = nullptr;
    if (self_unused && arg.name == "self") {
      actual = self->value;
      self_unused = false;
    } else if (!arg.kwarg_only && used_args < args.size()) {
      if (allow_conversions && varargsCanBeUsedAsList(schema, i, arg)) {
        Value* first = args[used_args].value;
        if (first->type()->kind() != TypeKind::List &&
            !convertibleToList(first->type(), unwrapOptional(arg.type))) {
          TypePtr element_type = unwrapOptional(arg.type)->elementType();
          Argument element_arg{"<varargs>", element_type, std::nullopt, false, std::nullopt, false};
          std::vector<Value*> elements;
          for (size_t j = used_args; j < args.size(); ++j) {
            Value* element = tryMatchArgument(element_arg, graph, range, args[j].value, failures,
                                              schema.text, allow_conversions, env);
            if (!element) return false;
            elements.push_back(element);
          }
          addInput(insertList(graph, element_type, elements));
          used_args = args.size();
          continue;
        }
      }
      actual = args[used_args++].value;
    // [book:defaults]
    } else if (auto k = findKeyword(arg.name, kwargs)) {
      used_kwarg[*k] = true;
      actual = kwargs[*k].value;
    } else if (arg.default_value) {
      actual = graph.insertConstant(*arg.default_value);
    } else {
      if (failures) fail() << "Argument " << arg.name << " not provided.\n";
      return false;
    }
    // [/book:defaults]
    if (fitsAsIs(arg, actual)) {  // (tryMatchArgument's first test, without the call)
      addInput(actual);
      continue;
    }
    if (!failures && plainMismatch(arg, actual, allow_conversions)) return false;
    Value* input = tryMatchArgument(arg, graph, range, actual, failures, schema.text,
                                    allow_conversions, env);
    if (!input) return false;
    addInput(input);
  }
  if (self_unused) {
    if (failures) fail() << "Provided self argument not used in schema.\n";
    return false;
  }
  if (schema.is_vararg) {
    for (; used_args < args.size(); ++used_args) matched.inputs.push_back(args[used_args].value);
  }
  if (used_args < args.size()) {
    if (failures) {
      fail() << "Expected at most " << used_args << " arguments but found " << args.size()
             << " positional arguments.\n";
    }
    return false;
  }
  for (size_t k = 0; k < kwargs.size(); ++k) {
    if (!used_kwarg[k]) {
      if (failures) {
        bool known = false;
        for (const Argument& arg : schema.arguments) known = known || arg.name == kwargs[k].name;
        fail() << "Keyword argument " << kwargs[k].name << (known ? " specified twice.\n" : " unknown.\n");
      }
      return false;
    }
  }
  matched.return_types.reserve(schema.returns.size());
  for (const Argument& ret : schema.returns) {
    if (!ret.type->hasTypeVariables()) {  // (most: nothing to evaluate)
      matched.return_types.push_back(ret.type);
      continue;
    }
    TypePtr type = evalTypeVariables(ret.type, env);
    matched.return_types.push_back(type ? std::move(type) : Type::any());
  }
  return true;
}

// Whether matchSchemaInto, explaining nothing, would give up on `schema` at its first
// parameter because of a plainMismatch, before inserting any node: the same decision as its
// first iteration, for a fraction of the cost of a call. Most overloads tried fail this way
// (`a + b` on ints passes over six Tensor, list and str overloads before aten::add.int).
// False whenever the first parameter could insert a node (a default, varargs packed into a
// list): the full attempt then decides.
bool failsAtFirstArgument(const FunctionSchema& schema, const std::vector<NamedValue>& args,
                          const std::vector<NamedValue>& kwargs,
                          const std::optional<NamedValue>& self, bool allow_conversions) {
  if (schema.arguments.empty()) return false;
  const Argument& arg = schema.arguments[0];
  Value* actual;
  if (self && arg.name == "self") {
    actual = self->value;
  } else if (!arg.kwarg_only && !args.empty()) {
    if (allow_conversions && varargsCanBeUsedAsList(schema, 0, arg)) return false;
    actual = args[0].value;
  } else if (auto k = findKeyword(arg.name, kwargs)) {
    actual = kwargs[*k].value;
  } else {
    return false;
  }
  return plainMismatch(arg, actual, allow_conversions);
}

// The kinds whose only type is a singleton (Type::integer()...): a value of such a kind has
// exactly the parameter's type object when the kinds agree.
bool singletonKind(TypeKind kind) {
  switch (kind) {
    case TypeKind::Any:
    case TypeKind::Tensor:
    case TypeKind::Int:
    case TypeKind::Float:
    case TypeKind::Complex:
    case TypeKind::Bool:
    case TypeKind::Str:
    case TypeKind::None:
    case TypeKind::Number:
    case TypeKind::Device:
    case TypeKind::Layout:
    case TypeKind::SymInt:
    case TypeKind::Generator: return true;
    default: return false;
  }
}

// failsAtFirstArgument for the usual call, one without `self` and with positional arguments,
// precomputed for every schema of the catalogue, and carried one argument further: an attempt
// fails without inserting any node when
//  - its first parameter is positional, takes args[0], and plainMismatch rejects that kind, or
//  - args[0] fits the first parameter as is (fitsAsIs: nothing inserted) and the second
//    parameter, positional too, takes args[1] and plainMismatch rejects its kind (`x * 2.0`
//    passes over aten::mul.Tensor, whose `other` is a Tensor).
// Each is a bit per TypeKind. Testing them costs a few instructions and reads 20 bytes per
// overload (an operator's overloads are neighbours in the catalogue, so a few cache lines)
// instead of each overload's schema, arguments and types.
class LeadingArgumentFilter {
 public:
  static const LeadingArgumentFilter& instance() {
    static const LeadingArgumentFilter filter;
    return filter;
  }
  // A TypeKind's bit: `first` and `second` below are the kinds of args[0] and args[1] (0 for
  // an absent argument).
  static uint32_t bit(TypeKind kind) { return 1u << static_cast<int>(kind); }

  // False (no decision) for a schema outside the catalogue.
  bool rejects(const FunctionSchema& schema, bool allow_conversions, uint32_t first,
               uint32_t second) const {
    auto address = reinterpret_cast<uintptr_t>(&schema);
    if (address < first_ || address >= end_) return false;
    const Masks& masks = masks_[(address - first_) / sizeof(FunctionSchema)];
    if ((masks.first_rejects[allow_conversions] & first) != 0) return true;
    return (masks.first_fits & first) != 0 &&
           (masks.second_rejects[allow_conversions] & second) != 0;
  }

 private:
  static_assert(static_cast<int>(TypeKind::Enum) < 32, "one bit per TypeKind");
  struct Masks {
    uint32_t first_rejects[2] = {0, 0};   // per pass (allow_conversions)
    uint32_t first_fits = 0;              // kinds that fit the first parameter as is
    uint32_t second_rejects[2] = {0, 0};  // per pass
  };

  // Which kinds of argument plainMismatch rejects for `arg` in each pass; none where
  // varargs could be packed into a list (that may insert nodes: the full attempt decides).
  static void rejectedKinds(const FunctionSchema& schema, size_t index, uint32_t (&out)[2]) {
    const Argument& arg = schema.arguments[index];
    for (bool allow_conversions : {false, true}) {
      out[allow_conversions] = 0;
      if (allow_conversions && varargsCanBeUsedAsList(schema, index, arg)) continue;
      for (int kind = 0; kind <= static_cast<int>(TypeKind::Enum); ++kind) {
        if (plainMismatch(arg, static_cast<TypeKind>(kind), allow_conversions)) {
          out[allow_conversions] |= 1u << kind;
        }
      }
    }
  }

  LeadingArgumentFilter() {
    const std::vector<FunctionSchema>& all = OperatorCatalogue::instance().all();
    first_ = reinterpret_cast<uintptr_t>(all.data());
    end_ = reinterpret_cast<uintptr_t>(all.data() + all.size());
    masks_.resize(all.size());
    for (size_t i = 0; i < all.size(); ++i) {
      const FunctionSchema& schema = all[i];
      Masks& masks = masks_[i];
      if (schema.arguments.empty() || schema.arguments[0].kwarg_only) continue;
      rejectedKinds(schema, 0, masks.first_rejects);
      const Type& formal = *schema.arguments[0].type;
      if (!singletonKind(formal.kind())) continue;
      masks.first_fits = bit(formal.kind());
      for (TypeKind actual : {TypeKind::Int, TypeKind::Float, TypeKind::Complex}) {
        if (scalarTakes(formal.kind(), actual)) masks.first_fits |= bit(actual);  // (fitsAsIs)
      }
      if (schema.arguments.size() < 2 || schema.arguments[1].kwarg_only) continue;
      rejectedKinds(schema, 1, masks.second_rejects);
    }
  }
  uintptr_t first_ = 0;
  uintptr_t end_ = 0;
  std::vector<Masks> masks_;
};

// Whether `schema` takes `args` as they are, whatever the values: as many positional
// parameters as arguments, each of a singleton type that the argument's kind fits as is
// (fitsAsIs), and return types without type variables. Matching it inserts nothing and
// gives the arguments as inputs and the declared return types.
bool takesArgumentsAsIs(const FunctionSchema& schema, const std::vector<NamedValue>& args) {
  if (schema.is_vararg || schema.arguments.size() != args.size()) return false;
  for (size_t i = 0; i < args.size(); ++i) {
    const Argument& arg = schema.arguments[i];
    TypeKind formal = arg.type->kind();
    TypeKind actual = args[i].value->type()->kind();
    if (arg.kwarg_only || !singletonKind(formal)) return false;
    if (actual != formal && !scalarTakes(formal, actual)) return false;
  }
  for (const Argument& ret : schema.returns) {
    if (ret.type->hasTypeVariables()) return false;
  }
  return true;
}

// Calls whose resolution is the same every time, remembered: an operator (its catalogue
// overload list) called with one or two positional arguments of given kinds, no self and no
// keywords, resolved to an overload that takes the arguments as they are, after the
// LeadingArgumentFilter rejected every overload tried before it (so no attempt was made and
// nothing inserted). Those facts depend only on the list and the kinds, so the next such
// call gets the same overload and the same inputs without the search (`a + b` on ints walks
// past seven overloads of aten::add; most operator calls are of this sort). A small
// direct-mapped table per thread; a collision only costs a search.
class TrivialMatchMemo {
 public:
  // The key of a call, or 0 when calls of its shape are not remembered.
  static uint32_t key(const std::vector<NamedValue>& args, const std::vector<NamedValue>& kwargs,
                      const std::optional<NamedValue>& self) {
    if (self || !kwargs.empty() || args.empty() || args.size() > 2) return 0;
    uint32_t key = static_cast<uint32_t>(args.size());
    for (const NamedValue& arg : args) {
      key = key << 5 | static_cast<uint32_t>(arg.value->type()->kind());
    }
    return key;
  }
  static const FunctionSchema* find(const std::vector<const FunctionSchema*>& schemas,
                                    uint32_t key) {
    const Entry& entry = slot(schemas, key);
    return entry.schemas == &schemas && entry.key == key ? entry.schema : nullptr;
  }
  static void remember(const std::vector<const FunctionSchema*>& schemas, uint32_t key,
                       const FunctionSchema* schema) {
    slot(schemas, key) = {&schemas, key, schema};
  }

 private:
  static_assert(static_cast<int>(TypeKind::Enum) < 32, "a TypeKind fits in 5 bits");
  struct Entry {
    const std::vector<const FunctionSchema*>* schemas = nullptr;
    uint32_t key = 0;
    const FunctionSchema* schema = nullptr;
  };
  static Entry& slot(const std::vector<const FunctionSchema*>& schemas, uint32_t key) {
    thread_local std::array<Entry, 256> entries;
    auto address = reinterpret_cast<uintptr_t>(&schemas);
    return entries[((address >> 3) ^ (address >> 11) ^ (key * 0x9E3779B1u >> 24)) & 255];
  }
};

// matchSchemas' work, into `matched` (see matchSchemaInto). `memo_key`, when not 0: `schemas`
// is an operator's overload list from the catalogue (which lives as long as the process), the
// call's TrivialMatchMemo key, which the caller looked up without finding it; a resolution
// of the remembered sort is then remembered.
void matchSchemasInto(const std::vector<const FunctionSchema*>& schemas, const SourceRange& range,
                      Graph& graph, const std::vector<NamedValue>& args,
                      const std::vector<NamedValue>& kwargs,
                      const std::optional<NamedValue>& self, MatchedSchema& matched,
                      uint32_t memo_key = 0) {
  if (schemas.size() == 1) {
    // A single candidate is matched once, with conversions, and its failure is the error.
    Failures failures;
    if (matchSchemaInto(*schemas[0], range, graph, args, kwargs, self, &failures,
                        /*allow_conversions=*/true, matched)) {
      return;
    }
    throw ErrorReport(range) << failures.str();
  }
  bool attempted = false;  // whether an attempt was made (and failed) before the match
  // The kinds of the first two arguments, as LeadingArgumentFilter bits (none with self).
  using Filter = LeadingArgumentFilter;
  const uint32_t first = !self && !args.empty() ? Filter::bit(args[0].value->type()->kind()) : 0;
  const uint32_t second = first && args.size() > 1 ? Filter::bit(args[1].value->type()->kind()) : 0;
  const Filter& filter = Filter::instance();
  // [book:match-schemas]
  // As upstream: try without conversions first, then with; render errors only on failure
  // (the replay makes the same dead nodes again, as upstream's replay does).
  for (bool allow_conversions : {false, true}) {
    for (const FunctionSchema* schema : schemas) {
      if (first ? filter.rejects(*schema, allow_conversions, first, second)
                : failsAtFirstArgument(*schema, args, kwargs, self, allow_conversions)) {
        continue;
      }
      if (matchSchemaInto(*schema, range, graph, args, kwargs, self, nullptr, allow_conversions,
                          matched)) {
        if (memo_key != 0 && !attempted && takesArgumentsAsIs(*schema, args)) {
          TrivialMatchMemo::remember(schemas, memo_key, schema);
        }
        return;
      }
      attempted = true;
    }
  }
  // [/book:match-schemas]
  std::ostringstream stream;
  Failures failures(&stream);
  for (bool allow_conversions : {false, true}) {
    stream.str("");
    for (const FunctionSchema* schema : schemas) {
      matchSchemaInto(*schema, range, graph, args, kwargs, self, &failures, allow_conversions,
                      matched);
    }
  }
  throw ErrorReport(range) << "Arguments for call are not valid.\n"
                           << "The following variants are available:\n"
                           << prefixLines(stream.str(), "  ") << "\nThe original call is";
}

// emitBuiltinNode's MatchedSchemas, reused from call to call so that resolving a call
// allocates no vectors (about 400 allocations per compile of the benchmark before). A stack
// of them, not one: matching an argument may convert it with a nested builtin call
// (aten::IntImplicit), which needs its own while the outer one is in use. Each is allocated
// on its own, so that growing the stack never moves one in use.
class ReusedMatch {
 public:
  // (The pool's address is kept: in a shared library each thread_local access is a call.)
  ReusedMatch() : pool_(pool()) {
    if (pool_.in_use == pool_.slots.size()) {
      pool_.slots.push_back(std::make_unique<MatchedSchema>());
    }
    matched_ = pool_.slots[pool_.in_use++].get();
  }
  ~ReusedMatch() {
    matched_->inputs.clear();
    matched_->return_types.clear();  // drops the types now, not at the next call
    --pool_.in_use;
  }
  ReusedMatch(const ReusedMatch&) = delete;
  ReusedMatch& operator=(const ReusedMatch&) = delete;
  MatchedSchema& operator*() { return *matched_; }
  MatchedSchema* operator->() { return matched_; }

 private:
  struct Pool {
    std::vector<std::unique_ptr<MatchedSchema>> slots;
    size_t in_use = 0;
  };
  static Pool& pool() {
    thread_local Pool pool;
    return pool;
  }
  Pool& pool_;
  MatchedSchema* matched_;
};

// The node kind of every catalogue operator, interned once (all of them, on the first
// builtin call): creating an operator node by its interned kind skips Graph::create's lookup
// of the kind string (~170 instructions: the name is seldom a literal whose address the
// lookup's per-thread cache remembers, so it hashes and takes a lock), about 200 times per
// compile of the benchmark.
const InternedKind& operatorKind(const OperatorCatalogue& catalogue,
                                 const OperatorCatalogue::Operator& op) {
  static const std::vector<InternedKind> interned = [&catalogue] {
    std::vector<InternedKind> all;
    all.reserve(catalogue.operators().size());
    for (const OperatorCatalogue::Operator& each : catalogue.operators()) {
      all.emplace_back(each.name);
    }
    return all;
  }();
  return interned[op.index];
}

// The catalogue operator named `op`, remembered by the address of the name's characters:
// most operator names are string literals (emitBinary's "aten::add"), passed again and again
// from the same address, so a small direct-mapped table answers with one comparison of the
// characters (~35 instructions) instead of the catalogue's hashed lookup (~105), about 200
// times per compile of the benchmark. The characters are always compared (a name built in a
// std::string for one call may share its address with another name later), so the table
// holds only the operator; it is shared by all threads, each slot an atomic pointer (a plain
// load or store on common hardware, where a thread_local costs a call in a shared library).
const OperatorCatalogue::Operator* findOperatorByAddress(const OperatorCatalogue& catalogue,
                                                         std::string_view op) {
  // (256 slots, the address's bits folded: with 64 and the low bits alone, literals from
  // different files collided, and a third of the lookups of a compile missed.)
  static std::array<std::atomic<const OperatorCatalogue::Operator*>, 256> remembered{};
  const auto address = reinterpret_cast<uintptr_t>(op.data());
  auto& slot = remembered[((address >> 3) ^ (address >> 11)) & 255];
  const OperatorCatalogue::Operator* seen = slot.load(std::memory_order_relaxed);
  if (seen && seen->name == op) return seen;
  const OperatorCatalogue::Operator* found = catalogue.findOperator(op);
  if (found) slot.store(found, std::memory_order_relaxed);
  return found;
}

}  // namespace

std::optional<MatchedSchema> tryMatchSchema(const FunctionSchema& schema, const SourceRange& range,
                                            Graph& graph, const std::vector<NamedValue>& args,
                                            const std::vector<NamedValue>& kwargs,
                                            const std::optional<NamedValue>& self,
                                            std::ostream* failures, bool allow_conversions) {
  Failures log(failures);
  MatchedSchema matched;
  if (!matchSchemaInto(schema, range, graph, args, kwargs, self, failures ? &log : nullptr,
                       allow_conversions, matched)) {
    return std::nullopt;
  }
  return matched;
}

MatchedSchema matchSchemas(const std::vector<const FunctionSchema*>& schemas,
                           const SourceRange& range, Graph& graph,
                           const std::vector<NamedValue>& args,
                           const std::vector<NamedValue>& kwargs,
                           const std::optional<NamedValue>& self) {
  MatchedSchema matched;
  matchSchemasInto(schemas, range, graph, args, kwargs, self, matched);
  return matched;
}

Node* emitBuiltinNode(const SourceRange& range, Graph& graph, std::string_view op,
                      const std::vector<NamedValue>& args, const std::vector<NamedValue>& kwargs,
                      const std::optional<NamedValue>& self) {
  const OperatorCatalogue& catalogue = OperatorCatalogue::instance();
  const OperatorCatalogue::Operator* found = findOperatorByAddress(catalogue, op);
  if (!found) throw ErrorReport(range) << "Unknown builtin op: " << op;
  const std::vector<const FunctionSchema*>& overloads = found->overloads;
  const uint32_t memo_key = overloads.size() > 1 ? TrivialMatchMemo::key(args, kwargs, self) : 0;
  if (memo_key != 0) {
    if (const FunctionSchema* schema = TrivialMatchMemo::find(overloads, memo_key)) {
      // A remembered resolution takes the arguments as they are and returns the declared
      // types: the node is made from them directly, as below from a MatchedSchema (which
      // would only copy them, and their types' reference counts, in and out).
      Node* node = graph.create(operatorKind(catalogue, *found), 0);
      for (const NamedValue& arg : args) node->addInput(arg.value);
      graph.insertNode(node);
      node->setSourceRange(range);
      node->setSchema(schema);
      for (const Argument& ret : schema->returns) node->addOutput()->setType(ret.type);
      return node;
    }
  }
  ReusedMatch matched;
  matchSchemasInto(overloads, range, graph, args, kwargs, self, *matched, memo_key);
  Node* node = graph.create(operatorKind(catalogue, *found), 0);
  for (Value* input : matched->inputs) node->addInput(input);
  graph.insertNode(node);
  node->setSourceRange(range);
  node->setSchema(matched->schema);
  for (TypePtr& type : matched->return_types) node->addOutput()->setType(std::move(type));
  return node;
}

Value* emitBuiltinCall(const SourceRange& range, Graph& graph, std::string_view op,
                       const std::vector<NamedValue>& args, const std::vector<NamedValue>& kwargs,
                       const std::optional<NamedValue>& self) {
  // Upstream's first matching pass reaches its builtin functions before any conversion.
  if (auto builtin = tryEmitScalarTensorBuiltin(graph, op, args, kwargs, self)) return *builtin;
  if (op == "aten::__contains__" && kwargs.empty() && !self) {
    if (auto builtin = tryEmitStringContains(graph, args)) return *builtin;
  }
  Node* node = emitBuiltinNode(range, graph, op, args, kwargs, self);
  if (node->outputs().size() == 1) return node->output();
  // Several results are packed into a tuple — and so are none: upstream then makes an empty
  // (unused) tuple, which counts in the value numbering.
  Node* tuple = graph.insertNode(graph.create(kinds().tuple_construct));
  for (Value* out : node->outputs()) tuple->addInput(out);
  std::vector<TypePtr> types;
  for (Value* out : node->outputs()) types.push_back(out->type());
  tuple->output()->setType(Type::tuple(types));
  return tuple->output();
}

}  // namespace minijit
