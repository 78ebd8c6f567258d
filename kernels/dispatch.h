// dispatchByType: turns a runtime ScalarType into a compile-time C++ element type, so a
// kernel is written once as a template and instantiated for every dtype.
// Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <string>

#include "kernels/scalar_type.h"
#include "kernels/tensor_error.h"

namespace minijit {

// An empty value that carries a type: `[](auto tag) { using T = typename decltype(tag)::type; }`.
template <typename T>
struct TypeTag {
  using type = T;
};

// Calls `body(TypeTag<T>{})` with T the C++ type of `type`; `op_name` names the kernel in
// upstream's error for a dtype without kernels: "add" not implemented for 'Half'.
template <typename Body>
decltype(auto) dispatchByType(ScalarType type, const char* op_name, Body&& body) {
  switch (type) {
    case ScalarType::Byte:
      return body(TypeTag<uint8_t>{});
    case ScalarType::Char:
      return body(TypeTag<int8_t>{});
    case ScalarType::Short:
      return body(TypeTag<int16_t>{});
    case ScalarType::Int:
      return body(TypeTag<int32_t>{});
    case ScalarType::Long:
      return body(TypeTag<int64_t>{});
    case ScalarType::Float:
      return body(TypeTag<float>{});
    case ScalarType::Double:
      return body(TypeTag<double>{});
    case ScalarType::Bool:
      return body(TypeTag<bool>{});
    default:
      break;
  }
  throw TensorError(std::string("\"") + op_name + "\" not implemented for '" +
                    scalarTypeName(type) + "'");
}

// Like dispatchByType, for kernels defined on floating types only (exp, var, softmax):
// every other dtype gets the same "not implemented" error.
template <typename Body>
decltype(auto) dispatchFloatingTypes(ScalarType type, const char* op_name, Body&& body) {
  switch (type) {
    case ScalarType::Float:
      return body(TypeTag<float>{});
    case ScalarType::Double:
      return body(TypeTag<double>{});
    default:
      break;
  }
  throw TensorError(std::string("\"") + op_name + "\" not implemented for '" +
                    scalarTypeName(type) + "'");
}

// Like dispatchByType without Bool, for arithmetic that bool has no meaning for.
template <typename Body>
decltype(auto) dispatchNumericTypes(ScalarType type, const char* op_name, Body&& body) {
  switch (type) {
    case ScalarType::Byte:
      return body(TypeTag<uint8_t>{});
    case ScalarType::Char:
      return body(TypeTag<int8_t>{});
    case ScalarType::Short:
      return body(TypeTag<int16_t>{});
    case ScalarType::Int:
      return body(TypeTag<int32_t>{});
    case ScalarType::Long:
      return body(TypeTag<int64_t>{});
    case ScalarType::Float:
      return body(TypeTag<float>{});
    case ScalarType::Double:
      return body(TypeTag<double>{});
    default:
      break;
  }
  throw TensorError(std::string("\"") + op_name + "\" not implemented for '" +
                    scalarTypeName(type) + "'");
}

}  // namespace minijit
