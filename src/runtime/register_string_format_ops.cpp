// Kernels that turn values into text and back: str.format ("{}" placeholders),
// `%`-formatting (aten::percentFormat), int(str), float(str), ord, chr, hex, oct and bin.
// Placeholders print values as TorchScript's print() does (`1.`, `[a, b]`, tensors in the
// C++ layout), not as Python would. Checked against torch 1.13.
// Book chapter 7 ("The interpreter").
#include <climits>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "runtime/register_helpers.h"
#include "runtime/runtime_error.h"

namespace minijit {

namespace {

// "{}".format(...): each "{}" takes the next argument; extra arguments are ignored and
// anything else in braces ("{0}", "{{}}") is copied through as text.
std::string formatBraces(const std::string& format, const Stack& args, size_t first_arg) {
  std::string out;
  size_t begin = 0, used = 0;
  for (size_t loc = format.find("{}"); loc != std::string::npos; loc = format.find("{}", begin)) {
    out += format.substr(begin, loc - begin);
    if (first_arg + used >= args.size()) {
      throw OperatorError("Too few arguments for format string: " + format);
    }
    out += args[first_arg + used++].str();
    begin = loc + 2;
  }
  return out + format.substr(begin);
}

void requireNumber(char key, const IValue& arg) {
  if (!arg.isScalar()) {
    throw OperatorError(std::string("%") + key + " requires a number for formatting, but got " +
                        arg.tagKind());
  }
  // A bool passes the check above but then fails upstream's internal toDouble() assertion.
  if (arg.isBool()) throw OperatorError("isDouble() INTERNAL ASSERT FAILED");
}

// C's (int)double on x86: values outside int32 (and nan) become INT_MIN.
int toInt32(double value) {
  if (!(value > double(INT_MIN) - 1.0 && value < double(INT_MAX) + 1.0)) return INT_MIN;
  return static_cast<int>(value);
}

// One `%` conversion. %e and %f go through a C++ float (single precision) with 6 digits,
// as upstream: "%f" % 1e20 is "100000002004087734272.000000".
std::string formatPercentArg(char key, const IValue& arg) {
  std::ostringstream out;
  switch (key) {
    case 'd':
    case 'i':
      requireNumber(key, arg);
      if (arg.isInt()) {
        out << arg.toInt();
      } else {
        out << toInt32(arg.toDouble());
      }
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
      requireNumber(key, arg);
      out << std::setprecision(6);
      if (key == 'e' || key == 'E')
        out << std::scientific;
      else
        out << std::fixed;
      if (key == 'E') out << std::uppercase;
      out << static_cast<float>(arg.toDouble());
      break;
    case 'c':
      if (!arg.isInt() && !(arg.isString() && arg.toStringRef().size() == 1)) {
        throw OperatorError(std::string("%c requires an int or char for formatting, but got ") +
                            arg.tagKind());
      }
      if (arg.isInt())
        out << static_cast<char>(arg.toInt());
      else
        out << arg.toStringRef();
      break;
    case 's':
      out << arg.str();
      break;
    default:
      throw OperatorError(std::string("The specifier %") + key +
                          " is not supported in TorchScript format strings");
  }
  return out.str();
}

// `format % args`: a tuple supplies one value per conversion, anything else is one value.
// No widths or precisions: "%5d" is an unsupported specifier "%5".
std::string percentFormat(const std::string& format, const IValue& args) {
  const std::vector<IValue> single{args};
  const std::vector<IValue>& values = args.isTuple() ? args.toTuple()->elements : single;
  std::string out;
  size_t begin = 0, used = 0;
  for (size_t percent = format.find('%'); percent != std::string::npos;
       percent = format.find('%', begin)) {
    if (percent + 1 >= format.size()) throw OperatorError("Incomplete format specifier");
    out += format.substr(begin, percent - begin);
    begin = percent + 2;
    char key = format[percent + 1];
    if (key == '%') {
      out += '%';
      continue;
    }
    if (used >= values.size()) throw OperatorError("Too few arguments for format string");
    out += formatPercentArg(key, values[used++]);
  }
  if (used != values.size()) throw OperatorError("Too many arguments for format string");
  return out + format.substr(begin);
}

// int("42"): std::stoll, which skips leading whitespace and takes a sign but nothing after
// the digits ("42 " fails); its own failures surface as upstream's bare "stoll".
int64_t parseInt(const std::string& text) {
  size_t used = 0;
  int64_t value = 0;
  try {
    value = std::stoll(text, &used);
  } catch (const std::logic_error&) {  // invalid_argument or out_of_range
    throw OperatorError("stoll");
  }
  if (used != text.size()) {
    throw OperatorError("invalid literal for int() with base 10: '" + text + "'");
  }
  return value;
}

// float("1.5"): std::stod, so hex ("0x10" is 16.0), "inf" and "nan" are accepted.
double parseFloat(const std::string& text) {
  size_t used = 0;
  double value = 0.0;
  try {
    value = std::stod(text, &used);
  } catch (const std::logic_error&) {
    throw OperatorError("stod");
  }
  if (used != text.size()) {
    throw OperatorError("could not convert string to float: '" + text + "'");
  }
  return value;
}

// hex/oct/bin: a sign, the prefix, then the magnitude's digits.
std::string inBase(int64_t value, int base, const char* prefix) {
  const char* digits = "0123456789abcdef";
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string text;
  do {
    text.insert(text.begin(), digits[magnitude % unsigned(base)]);
    magnitude /= unsigned(base);
  } while (magnitude > 0);
  return (value < 0 ? "-" : "") + std::string(prefix) + text;
}

}  // namespace

void registerStringFormatOps(OperatorRegistry& r) {
  // aten::format(str self, ...) is variadic: the stack holds exactly the node's inputs.
  r.add("aten::format", [](Stack& stack) {
    std::string text = formatBraces(stack.at(0).toStringRef(), stack, 1);
    stack.clear();
    stack.emplace_back(std::move(text));
  });
  r.add("aten::percentFormat", [](Stack& stack) {
    IValue args = stack.size() > 1 ? stack[1] : IValue::tuple({});
    std::string text = percentFormat(stack.at(0).toStringRef(), args);
    stack.clear();
    stack.emplace_back(std::move(text));
  });
  r.add("aten::Int.str", makeKernel<std::string>(parseInt));
  r.add("aten::Float.str", makeKernel<std::string>(parseFloat));
  r.add("aten::ord", makeKernel<std::string>([](const std::string& s) {
          if (s.size() != 1) {
            throw OperatorError("String for ord() must be 1 character, found " +
                                std::to_string(s.size()));
          }
          return int64_t{static_cast<unsigned char>(s[0])};
        }));
  // chr() makes one byte: chr(200) is the byte 0xC8, not "È" (and 1114111 is refused).
  r.add("aten::chr", makeKernel<int64_t>([](int64_t i) {
          if (i < 0 || i >= 1114111) {
            throw OperatorError("chr() arg not in range(0x110000), found " + std::to_string(i));
          }
          return std::string(1, static_cast<char>(i));
        }));
  r.add("aten::hex", makeKernel<int64_t>([](int64_t i) { return inBase(i, 16, "0x"); }));
  r.add("aten::oct", makeKernel<int64_t>([](int64_t i) { return inBase(i, 8, "0o"); }));
  r.add("aten::bin", makeKernel<int64_t>([](int64_t i) { return inBase(i, 2, "0b"); }));
}

}  // namespace minijit
