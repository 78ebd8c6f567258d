// Constants and their upstream print format.
#include "types/constant.h"

#include <cmath>
#include <cstdio>
#include <iomanip>
#include <limits>
#include <cstring>
#include <sstream>

namespace minijit {

Constant Constant::boolean(bool v) {
  Constant c(Kind::Bool, Type::boolean());
  c.b = v;
  return c;
}

Constant Constant::integer(int64_t v) {
  Constant c(Kind::Int, Type::integer());
  c.i = v;
  return c;
}

Constant Constant::floating(double v) {
  Constant c(Kind::Float, Type::floating());
  c.f = v;
  return c;
}

Constant Constant::string(std::string v) {
  Constant c(Kind::String, Type::string());
  c.s = std::move(v);
  return c;
}

Constant Constant::device(std::string v) {
  Constant c(Kind::Device, Type::device());
  c.s = std::move(v);
  return c;
}

Constant Constant::list(std::vector<Constant> elements, TypePtr element_type) {
  Constant c(Kind::List, Type::list(std::move(element_type)));
  c.elements = std::move(elements);
  return c;
}

Constant Constant::tuple(std::vector<Constant> elements) {
  Constant c;
  c.kind = Kind::Tuple;
  std::vector<TypePtr> types;
  for (const auto& e : elements) types.push_back(e.type);
  c.elements = std::move(elements);
  c.type = Type::tuple(std::move(types));
  return c;
}

Constant Constant::enumMember(TypePtr enum_type, std::string name, Constant value) {
  Constant c;
  c.kind = Kind::Enum;
  c.s = std::move(name);
  c.elements.push_back(std::move(value));
  c.type = std::move(enum_type);
  return c;
}

Constant Constant::types(const std::vector<TypePtr>& types) {
  Constant c;
  c.kind = Kind::Types;
  c.s = "[";
  for (size_t i = 0; i < types.size(); ++i) c.s += (i ? ", " : "") + types[i]->str();
  c.s += "]";
  c.type = Type::tuple(types);  // the types themselves, for whoever evaluates the check
  return c;
}

bool Constant::operator==(const Constant& other) const {
  if (kind != other.kind) return false;
  switch (kind) {
    case Kind::None: return true;
    case Kind::Bool: return b == other.b;
    case Kind::Int: return i == other.i;
    // Bitwise equality: 0.0 and -0.0 are different constants, NaN equals itself.
    case Kind::Float: return std::memcmp(&f, &other.f, sizeof f) == 0;
    case Kind::String:
    case Kind::Device:
    case Kind::Types: return s == other.s;
    case Kind::Enum: return sameType(type, other.type) && s == other.s;
    case Kind::List:
    case Kind::Tuple: return sameType(type, other.type) && elements == other.elements;
  }
  return false;
}

// [book:format-double]
// Upstream prints integral doubles below 1e10 as `3.`, everything else with 17 significant
// digits (so `0.1` prints as `0.10000000000000001`).
std::string formatDouble(double d) {
  std::ostringstream out;
  int cls = std::fpclassify(d);
  if ((cls == FP_NORMAL || cls == FP_ZERO) && std::abs(d) < 1e10) {
    auto i = static_cast<int64_t>(d);
    if (static_cast<double>(i) == d) {
      if (i == 0 && std::signbit(d)) return "-0.";
      out << i << ".";
      return out.str();
    }
  }
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  out << std::setprecision(std::numeric_limits<double>::max_digits10) << d;
  return out.str();
}
// [/book:format-double]

namespace {
std::string quoteString(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    // The escapes upstream's printQuotedString uses; other control bytes as octal.
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) {
          char octal[5];
          std::snprintf(octal, sizeof octal, "\\%03o", static_cast<unsigned char>(ch));
          out += octal;
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}
}  // namespace

std::string Constant::str() const {
  switch (kind) {
    case Kind::None: return "None";
    case Kind::Bool: return b ? "True" : "False";
    case Kind::Int: return std::to_string(i);
    case Kind::Float: return formatDouble(f);
    case Kind::String: return quoteString(s);
    case Kind::Device:
    case Kind::Types: return s;
    // Upstream prints an Enum member by its qualified name: `__torch__.mod.Color.RED`.
    case Kind::Enum: return type->qualifiedName() + "." + s;
    case Kind::List:
    case Kind::Tuple: {
      std::string out = kind == Kind::List ? "[" : "(";
      for (size_t n = 0; n < elements.size(); ++n) {
        if (n) out += ", ";
        out += elements[n].str();
      }
      if (kind == Kind::Tuple && elements.size() == 1) out += ",";
      return out + (kind == Kind::List ? "]" : ")");
    }
  }
  return "";
}

}  // namespace minijit
