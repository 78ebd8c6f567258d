// Scalar printing in Python's spelling. Book chapter "Tensors and kernels".
#include "kernels/scalar.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace minijit {

std::string Scalar::toString() const {
  switch (kind_) {
    case Kind::Integral:
      return std::to_string(value_.i);
    case Kind::Boolean:
      return value_.b ? "True" : "False";
    case Kind::FloatingPoint:
      break;
  }
  if (std::isnan(value_.d)) return "nan";
  if (std::isinf(value_.d)) return value_.d > 0 ? "inf" : "-inf";
  // Python's repr: the shortest text that reads back the same, always with a '.' or 'e'.
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value_.d);
    if (std::strtod(buffer, nullptr) == value_.d) break;
  }
  std::string text = buffer;
  if (text.find_first_of(".einf") == std::string::npos) text += ".0";
  return text;
}

}  // namespace minijit
