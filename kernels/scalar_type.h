// ScalarType: the element types a tensor can hold, numbered exactly as upstream's
// c10::ScalarType so that serialized archives and dtype integers agree, plus the
// type-promotion lattice of torch.promote_types. Book chapter "Tensors and kernels".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>

namespace minijit {

// The numbering is upstream's (c10/core/ScalarType.h); gaps are complex and quantized
// types that minijit does not implement. Half and BFloat16 take part in promotion and
// have a size, but no kernel computes on them yet.
enum class ScalarType : int8_t {
  Byte = 0,       // uint8_t
  Char = 1,       // int8_t
  Short = 2,      // int16_t
  Int = 3,        // int32_t
  Long = 4,       // int64_t
  Half = 5,       // IEEE float16 (storage only)
  Float = 6,      // float
  Double = 7,     // double
  Bool = 11,      // bool
  BFloat16 = 15,  // bfloat16 (storage only)
};

// Upstream's short name: "Float", "Long", "Bool"... (as in "expected scalar type Float").
const char* scalarTypeName(ScalarType type);
// The Python spelling without the "torch." prefix: "float32", "int64", "bool"...
const char* scalarTypePythonName(ScalarType type);
std::size_t elementSize(ScalarType type);
bool isFloatingType(ScalarType type);
bool isIntegralType(ScalarType type, bool include_bool);
// True when minijit has CPU kernels for the type (everything except Half and BFloat16).
bool hasKernels(ScalarType type);
// torch.can_cast: whether an in-place op may write a `from` result into a `to` tensor
// (no float into integral, nothing but bool into bool).
bool canCast(ScalarType from, ScalarType to);
// Exactly torch.promote_types(a, b).
ScalarType promoteTypes(ScalarType a, ScalarType b);

}  // namespace minijit

namespace minijit {

// The ScalarType of a C++ element type, e.g. scalarTypeOf<float>() == ScalarType::Float.
template <typename T>
constexpr ScalarType scalarTypeOf() {
  if constexpr (std::is_same_v<T, uint8_t>)
    return ScalarType::Byte;
  else if constexpr (std::is_same_v<T, int8_t>)
    return ScalarType::Char;
  else if constexpr (std::is_same_v<T, int16_t>)
    return ScalarType::Short;
  else if constexpr (std::is_same_v<T, int32_t>)
    return ScalarType::Int;
  else if constexpr (std::is_same_v<T, int64_t>)
    return ScalarType::Long;
  else if constexpr (std::is_same_v<T, float>)
    return ScalarType::Float;
  else if constexpr (std::is_same_v<T, double>)
    return ScalarType::Double;
  else if constexpr (std::is_same_v<T, bool>)
    return ScalarType::Bool;
  else
    static_assert(sizeof(T) == 0, "no ScalarType for this C++ type");
}

}  // namespace minijit
