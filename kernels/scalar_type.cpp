// ScalarType names, sizes, categories and the promotion table of torch.promote_types.
// Book chapter "Tensors and kernels".
#include "kernels/scalar_type.h"

#include "kernels/tensor_error.h"

namespace minijit {

namespace {

// Rows and columns of the promotion table, in this order.
constexpr ScalarType kPromotionOrder[] = {
    ScalarType::Byte, ScalarType::Char,    ScalarType::Short, ScalarType::Int,
    ScalarType::Long, ScalarType::Half,    ScalarType::Float, ScalarType::Double,
    ScalarType::Bool, ScalarType::BFloat16};

int promotionIndex(ScalarType type) {
  for (int i = 0; i < 10; ++i) {
    if (kPromotionOrder[i] == type) return i;
  }
  throw TensorError("promoteTypes: unknown ScalarType");
}

}  // namespace

const char* scalarTypeName(ScalarType type) {
  switch (type) {
    case ScalarType::Byte:
      return "Byte";
    case ScalarType::Char:
      return "Char";
    case ScalarType::Short:
      return "Short";
    case ScalarType::Int:
      return "Int";
    case ScalarType::Long:
      return "Long";
    case ScalarType::Half:
      return "Half";
    case ScalarType::Float:
      return "Float";
    case ScalarType::Double:
      return "Double";
    case ScalarType::Bool:
      return "Bool";
    case ScalarType::BFloat16:
      return "BFloat16";
  }
  return "Undefined";
}

const char* scalarTypePythonName(ScalarType type) {
  switch (type) {
    case ScalarType::Byte:
      return "uint8";
    case ScalarType::Char:
      return "int8";
    case ScalarType::Short:
      return "int16";
    case ScalarType::Int:
      return "int32";
    case ScalarType::Long:
      return "int64";
    case ScalarType::Half:
      return "float16";
    case ScalarType::Float:
      return "float32";
    case ScalarType::Double:
      return "float64";
    case ScalarType::Bool:
      return "bool";
    case ScalarType::BFloat16:
      return "bfloat16";
  }
  return "undefined";
}

std::size_t elementSize(ScalarType type) {
  switch (type) {
    case ScalarType::Byte:
    case ScalarType::Char:
    case ScalarType::Bool:
      return 1;
    case ScalarType::Short:
    case ScalarType::Half:
    case ScalarType::BFloat16:
      return 2;
    case ScalarType::Int:
    case ScalarType::Float:
      return 4;
    case ScalarType::Long:
    case ScalarType::Double:
      return 8;
  }
  throw TensorError("elementSize: unknown ScalarType");
}

bool isFloatingType(ScalarType type) {
  return type == ScalarType::Half || type == ScalarType::Float || type == ScalarType::Double ||
         type == ScalarType::BFloat16;
}

bool isIntegralType(ScalarType type, bool include_bool) {
  switch (type) {
    case ScalarType::Byte:
    case ScalarType::Char:
    case ScalarType::Short:
    case ScalarType::Int:
    case ScalarType::Long:
      return true;
    case ScalarType::Bool:
      return include_bool;
    default:
      return false;
  }
}

bool hasKernels(ScalarType type) {
  return type != ScalarType::Half && type != ScalarType::BFloat16;
}

bool canCast(ScalarType from, ScalarType to) {
  if (isFloatingType(from) && isIntegralType(to, /*include_bool=*/false)) return false;
  return from == ScalarType::Bool || to != ScalarType::Bool;
}

ScalarType promoteTypes(ScalarType a, ScalarType b) {
  // Upstream's table (c10/core/ScalarType.cpp) restricted to the types above; checked
  // entry by entry against torch.promote_types in torch 1.13. Note the two surprises:
  // uint8 with int8 gives int16, and float16 with bfloat16 gives float32.
  using enum ScalarType;
  constexpr ScalarType u1 = Byte, i1 = Char, i2 = Short, i4 = Int, i8 = Long, f2 = Half, f4 = Float,
                       f8 = Double, b1 = Bool, bf = BFloat16;
  static constexpr ScalarType kTable[10][10] = {
      /*        u1  i1  i2  i4  i8  f2  f4  f8  b1  bf */
      /* u1 */ {u1, i2, i2, i4, i8, f2, f4, f8, u1, bf},
      /* i1 */ {i2, i1, i2, i4, i8, f2, f4, f8, i1, bf},
      /* i2 */ {i2, i2, i2, i4, i8, f2, f4, f8, i2, bf},
      /* i4 */ {i4, i4, i4, i4, i8, f2, f4, f8, i4, bf},
      /* i8 */ {i8, i8, i8, i8, i8, f2, f4, f8, i8, bf},
      /* f2 */ {f2, f2, f2, f2, f2, f2, f4, f8, f2, f4},
      /* f4 */ {f4, f4, f4, f4, f4, f4, f4, f8, f4, f4},
      /* f8 */ {f8, f8, f8, f8, f8, f8, f8, f8, f8, f8},
      /* b1 */ {u1, i1, i2, i4, i8, f2, f4, f8, b1, bf},
      /* bf */ {bf, bf, bf, bf, bf, f4, f4, f8, bf, bf},
  };
  return kTable[promotionIndex(a)][promotionIndex(b)];
}

}  // namespace minijit
