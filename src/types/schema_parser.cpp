// A small recursive-descent parser for upstream's operator schema language.
#include <cctype>
#include <limits>
#include <stdexcept>

#include "types/schema.h"

namespace minijit {

namespace {

class SchemaParser {
 public:
  explicit SchemaParser(const std::string& text) : text_(text) {}

  FunctionSchema parseSchema() {
    FunctionSchema schema;
    schema.text = text_;
    schema.name = parseQualifiedName();
    if (tryConsume(".")) schema.overload_name = parseIdentifier();
    expect("(");
    bool kwarg_only = false;
    while (!tryConsume(")")) {
      if (!schema.arguments.empty() || kwarg_only || schema.is_vararg) expectCommaUnlessFirst();
      if (tryConsume("*")) {
        kwarg_only = true;
        continue;
      }
      if (tryConsume("...")) {
        schema.is_vararg = true;
        continue;
      }
      Argument arg = parseArgument(/*is_return=*/false);
      arg.kwarg_only = kwarg_only;
      schema.arguments.push_back(std::move(arg));
    }
    expect("->");
    if (peek() == '(' && !looksLikeTupleType()) {
      expect("(");
      while (!tryConsume(")")) {
        if (!schema.returns.empty()) expect(",");
        schema.returns.push_back(parseArgument(/*is_return=*/true));
      }
    } else {
      schema.returns.push_back(parseArgument(/*is_return=*/true));
    }
    skipSpace();
    if (pos_ != text_.size()) fail("trailing characters");
    return schema;
  }

  TypePtr parseTypeOnly() {
    TypePtr type = parseType();
    skipSpace();
    if (pos_ != text_.size()) fail("trailing characters after type");
    return type;
  }

 private:
  // `-> (Tensor, Tensor)` lists returns; `-> (int, int)[]`-style tuple types do not occur in
  // upstream's catalogue, so a parenthesis after `->` always starts a return list.
  bool looksLikeTupleType() const { return false; }

  void expectCommaUnlessFirst() {
    skipSpace();
    if (text_[pos_] == ',') ++pos_;
  }

  // [book:parse-argument]
  Argument parseArgument(bool is_return) {
    Argument arg;
    arg.type = parseType();
    parseAliasAnnotation(arg);
    // `int[2]` and `Tensor(a!)[]` forms: the list suffix may follow an alias annotation.
    while (tryConsume("[")) {
      skipSpace();
      if (std::isdigit(static_cast<unsigned char>(peek()))) arg.list_size = parseInteger();
      expect("]");
      arg.type = Type::list(arg.type);
      parseAliasAnnotation(arg);
    }
    if (tryConsume("?")) arg.type = Type::optional(arg.type);
    skipSpace();
    if (std::isalpha(static_cast<unsigned char>(peek())) || peek() == '_') {
      arg.name = parseIdentifier();
    }
    if (!is_return && tryConsume("=")) arg.default_value = parseDefault(arg);
    return arg;
  }
  // [/book:parse-argument]

  void parseAliasAnnotation(Argument& arg) {
    skipSpace();
    if (peek() != '(') return;
    size_t close = text_.find(')', pos_);
    if (close == std::string::npos) fail("unterminated alias annotation");
    std::string annotation = text_.substr(pos_, close - pos_);
    if (annotation.find('!') != std::string::npos) arg.is_write = true;
    pos_ = close + 1;
  }

  TypePtr parseType() {
    skipSpace();
    TypePtr type;
    if (tryConsume("(")) {
      std::vector<TypePtr> elements;
      while (!tryConsume(")")) {
        if (!elements.empty()) expect(",");
        elements.push_back(parseType());
      }
      type = Type::tuple(std::move(elements));
    } else {
      std::string name = parseIdentifier();
      type = namedType(name);
    }
    // Type suffixes that bind to the type itself (`t[]` inside Dict(...), `Tensor?[]`).
    while (true) {
      skipSpace();
      if (text_.compare(pos_, 2, "[]") == 0) {
        pos_ += 2;
        type = Type::list(type);
      } else if (peek() == '?' ) {
        ++pos_;
        type = Type::optional(type);
      } else {
        break;
      }
    }
    return type;
  }

  // [book:named-type]
  TypePtr namedType(const std::string& name) {
    if (name == "Tensor") return Type::tensor();
    if (name == "int" || name == "ScalarType" || name == "Layout" || name == "MemoryFormat" ||
        name == "QScheme") {
      return Type::integer();
    }
    if (name == "SymInt") return Type::symInt();
    if (name == "float") return Type::floating();
    if (name == "complex") return Type::complex();
    if (name == "bool") return Type::boolean();
    if (name == "str" || name == "Dimname") return Type::string();
    if (name == "Scalar") return Type::number();
    if (name == "Device") return Type::device();
    if (name == "Generator") return Type::generator();
    if (name == "Any") return Type::any();
    if (name == "NoneType") return Type::none();
  // [/book:named-type]
    if (name == "Dict") {
      expect("(");
      TypePtr key = parseType();
      expect(",");
      TypePtr value = parseType();
      expect(")");
      return Type::dict(key, value);
    }
    if (std::islower(static_cast<unsigned char>(name[0]))) {
      return Type::var(name);  // `t`, `t1`, `tVal`: as upstream, any other lowercase name
    }
    // Anything else is a type minijit does not model yet; keep its name (and parameters).
    std::vector<TypePtr> contained;
    if (tryConsume("(")) {
      while (!tryConsume(")")) {
        if (!contained.empty()) expect(",");
        contained.push_back(parseType());
      }
    }
    return Type::opaque(name, std::move(contained));
  }

  Constant parseDefault(const Argument& arg) {
    skipSpace();
    if (tryConsume("[")) {
      std::vector<Constant> elements;
      while (!tryConsume("]")) {
        if (!elements.empty()) expect(",");
        elements.push_back(parseScalarDefault());
      }
      TypePtr element_type = arg.type->kind() == TypeKind::Optional ? arg.type->elementType()
                                                                     : arg.type;
      element_type = element_type->kind() == TypeKind::List ? element_type->elementType()
                                                             : Type::integer();
      if (element_type->kind() == TypeKind::SymInt) element_type = Type::integer();
      return Constant::list(std::move(elements), element_type);
    }
    Constant value = parseScalarDefault();
    // `int[2] stride=1` means [1, 1].
    if (arg.list_size && value.kind == Constant::Kind::Int) {
      return Constant::list(std::vector<Constant>(*arg.list_size, value), Type::integer());
    }
    return value;
  }

  Constant parseScalarDefault() {
    skipSpace();
    char c = peek();
    if (c == '"' || c == '\'') {
      ++pos_;
      size_t close = text_.find(c, pos_);
      if (close == std::string::npos) fail("unterminated string default");
      std::string s;
      for (size_t i = pos_; i < close; ++i) {
        // Schema defaults spell control characters with C escapes (`" \n\t\f\v"`).
        if (text_[i] == '\\' && i + 1 < close) {
          char e = text_[++i];
          s += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'f' ? '\f' : e == 'v' ? '\v'
             : e == 'r' ? '\r' : e;
        } else {
          s += text_[i];
        }
      }
      pos_ = close + 1;
      return Constant::string(s);
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '-') {
      size_t start = pos_;
      if (c == '-') ++pos_;
      bool is_float = false;
      while (pos_ < text_.size() &&
             (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.' ||
              ((text_[pos_] == '-' || text_[pos_] == '+') &&
               (text_[pos_ - 1] == 'e' || text_[pos_ - 1] == 'E')))) {
        if (text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E') is_float = true;
        ++pos_;
      }
      std::string number = text_.substr(start, pos_ - start);
      if (is_float) return Constant::floating(std::stod(number));
      return Constant::integer(std::stoll(number));
    }
    std::string word = parseIdentifier();
    if (word == "None") return Constant::none();
    if (word == "True") return Constant::boolean(true);
    if (word == "False") return Constant::boolean(false);
    // Enum-like defaults: memory formats, layouts and dtypes are ints in TorchScript.
    if (word == "contiguous_format") return Constant::integer(0);
    if (word == "strided") return Constant::integer(0);
    if (word == "long") return Constant::integer(4);
    if (word == "float") return Constant::integer(6);
    if (word == "inf") return Constant::floating(std::numeric_limits<double>::infinity());
    if (word == "per_tensor_affine") return Constant::integer(0);
    if (word == "Mean") return Constant::integer(1);
    fail("unknown default value '" + word + "'");
    return Constant::none();
  }

  std::string parseQualifiedName() {
    std::string ns = parseIdentifier();
    expect("::");
    return ns + "::" + parseIdentifier();
  }

  std::string parseIdentifier() {
    skipSpace();
    size_t start = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) {
      ++pos_;
    }
    if (start == pos_) fail("expected an identifier");
    return text_.substr(start, pos_ - start);
  }

  int parseInteger() {
    size_t start = pos_;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    return std::stoi(text_.substr(start, pos_ - start));
  }

  char peek() {
    skipSpace();
    return pos_ < text_.size() ? text_[pos_] : '\0';
  }

  bool tryConsume(const char* token) {
    skipSpace();
    std::string t(token);
    if (text_.compare(pos_, t.size(), t) == 0) {
      pos_ += t.size();
      return true;
    }
    return false;
  }

  void expect(const char* token) {
    if (!tryConsume(token)) fail(std::string("expected '") + token + "'");
  }

  void skipSpace() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }

  [[noreturn]] void fail(const std::string& what) {
    throw std::invalid_argument("schema parse error at offset " + std::to_string(pos_) + ": " +
                                what + " in: " + text_);
  }

  const std::string& text_;
  size_t pos_ = 0;
};

}  // namespace

FunctionSchema parseSchema(const std::string& text) { return SchemaParser(text).parseSchema(); }

TypePtr parseSchemaType(const std::string& text) { return SchemaParser(text).parseTypeOnly(); }

}  // namespace minijit
