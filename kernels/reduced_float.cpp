// Half (IEEE float16) and BFloat16: minijit stores them but computes in float, so this file
// only converts, bit by bit as upstream's c10::Half and c10::BFloat16 do (round to nearest
// even, NaN kept), and implements Tensor.to(dtype) for every dtype on top of that.
// Book chapter "Tensors and kernels".
#include <cmath>
#include <cstdint>
#include <cstring>

#include "kernels/elementwise_loop.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

uint32_t floatBits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

float floatFromBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// bfloat16 is the top half of a float32; drop the low 16 bits rounding to nearest even.
uint16_t toBFloat16(float value) {
  if (value != value) return 0x7FC0;  // a quiet NaN
  const uint32_t bits = floatBits(value);
  const uint32_t rounding_bias = 0x7FFF + ((bits >> 16) & 1);
  return static_cast<uint16_t>((bits + rounding_bias) >> 16);
}

float fromBFloat16(uint16_t bits) { return floatFromBits(static_cast<uint32_t>(bits) << 16); }

// float32 -> float16 (1 sign, 5 exponent, 10 mantissa bits), round to nearest even;
// too large becomes inf, too small becomes a subnormal or zero.
uint16_t toHalf(float value) {
  const uint32_t bits = floatBits(value);
  const uint16_t sign = static_cast<uint16_t>((bits >> 16) & 0x8000);
  const uint32_t magnitude = bits & 0x7FFFFFFF;
  if (magnitude > 0x7F800000) return sign | 0x7E00;                     // NaN
  if (magnitude >= 0x477FF000) return sign | 0x7C00;                    // overflow -> inf
  if (magnitude < 0x38800000) {                                         // subnormal or zero
    // Scale so the float's mantissa lines up with half's subnormal step, 2^-24.
    const float scaled = floatFromBits(magnitude) * 16777216.0f;  // * 2^24, exact
    const float rounded = std::nearbyint(scaled);           // half to even
    return sign | static_cast<uint16_t>(rounded);
  }
  // Normal: rebias the exponent (127 -> 15) and round the 13 dropped mantissa bits.
  const uint32_t rebiased = magnitude - (112u << 23);
  const uint32_t rounding_bias = 0xFFF + ((rebiased >> 13) & 1);
  return sign | static_cast<uint16_t>((rebiased + rounding_bias) >> 13);
}

float fromHalf(uint16_t half) {
  const uint32_t sign = static_cast<uint32_t>(half & 0x8000) << 16;
  const uint32_t exponent = (half >> 10) & 0x1F;
  const uint32_t mantissa = half & 0x3FF;
  if (exponent == 0) {  // zero or subnormal: mantissa * 2^-24
    const float value = static_cast<float>(mantissa) / 16777216.0f;
    return sign ? -value : value;
  }
  if (exponent == 31) return floatFromBits(sign | 0x7F800000 | (mantissa << 13));  // inf, NaN
  return floatFromBits(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

bool isReducedFloat(ScalarType type) {
  return type == ScalarType::Half || type == ScalarType::BFloat16;
}

// A Float tensor holding the values of a Half or BFloat16 tensor.
Tensor widenToFloat(const Tensor& self) {
  Tensor out = Tensor::empty(self.sizes(), ScalarType::Float);
  if (self.dtype() == ScalarType::Half) {
    unaryKernel<float, uint16_t>(out, self, fromHalf);
  } else {
    unaryKernel<float, uint16_t>(out, self, fromBFloat16);
  }
  return out;
}

// A Half or BFloat16 tensor holding the values of a Float tensor, rounded.
Tensor narrowFromFloat(const Tensor& self, ScalarType dtype) {
  Tensor out = Tensor::empty(self.sizes(), dtype);
  if (dtype == ScalarType::Half) {
    unaryKernel<uint16_t, float>(out, self, toHalf);
  } else {
    unaryKernel<uint16_t, float>(out, self, toBFloat16);
  }
  return out;
}

}  // namespace

// [book:copy-reduced]
// copyInto when either side is Half or BFloat16: the values go through float, so a clone,
// a contiguous copy or a write through a view works for these dtypes too.
void copyIntoThroughFloat(const Tensor& dst, const Tensor& src) {
  const Tensor value = isReducedFloat(src.dtype()) ? widenToFloat(src)
                                                   : toDtype(src, ScalarType::Float);
  if (!isReducedFloat(dst.dtype())) return copyInto(dst, value);
  if (dst.dtype() == ScalarType::Half) {
    unaryKernel<uint16_t, float>(dst, value, toHalf);
  } else {
    unaryKernel<uint16_t, float>(dst, value, toBFloat16);
  }
}
// [/book:copy-reduced]

Tensor to(const Tensor& self, ScalarType dtype, bool copy) {
  if (self.dtype() == dtype) return copy ? clone(self) : self;
  if (!isReducedFloat(self.dtype()) && !isReducedFloat(dtype)) return toDtype(self, dtype);
  // Through float: Half/BFloat16 -> Float -> anything, and anything -> Float -> Half/BFloat16.
  const Tensor as_float = isReducedFloat(self.dtype()) ? widenToFloat(self)
                                                       : toDtype(self, ScalarType::Float);
  return isReducedFloat(dtype) ? narrowFromFloat(as_float, dtype) : toDtype(as_float, dtype);
}

}  // namespace minijit::ops
