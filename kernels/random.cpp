// The generator and random factories of random.h, following upstream's CPU kernels
// (ATen/core/DistributionsHelper.h, TransformationHelper.h, native/cpu/DistributionTemplates.h)
// step for step, because bit-exact agreement depends on the order of every draw.
// Book chapter "Tensors and kernels".
#include "kernels/random.h"

#include <cmath>
#include <algorithm>
#include <limits>
#include <cstring>
#include <string>

#include "kernels/dispatch.h"

namespace minijit {

void Generator::manualSeed(uint64_t seed) {
  seed_ = seed;
  engine_.seed(static_cast<uint32_t>(seed & 0xffffffffULL));
  next_double_normal_.reset();
}

uint64_t Generator::random64() {
  const uint64_t high = random();
  const uint64_t low = random();
  return (high << 32) | low;
}

// transformation::uniform_real: keep `digits` bits of the draw and scale by 2^-digits.
double Generator::uniformDouble() {
  constexpr uint64_t mask = (uint64_t{1} << 53) - 1;
  return static_cast<double>(random64() & mask) * (1.0 / static_cast<double>(uint64_t{1} << 53));
}

float Generator::uniformFloat() {
  constexpr uint32_t mask = (uint32_t{1} << 24) - 1;
  return static_cast<float>(random() & mask) * (1.0f / static_cast<float>(uint32_t{1} << 24));
}

double Generator::normalDouble() {
  if (next_double_normal_) {
    const double cached = *next_double_normal_;
    next_double_normal_.reset();
    return cached;
  }
  const double u1 = uniformDouble();
  const double u2 = uniformDouble();
  const double radius = std::sqrt(-2.0 * std::log(1.0 - u2));
  const double theta = 2.0 * M_PI * u1;
  next_double_normal_ = radius * std::sin(theta);
  return radius * std::cos(theta);
}

Generator& defaultGenerator() {
  static Generator generator;
  return generator;
}

namespace ops {

namespace {

void requireFloating(ScalarType dtype, const char* kernel_name) {
  if (dtype != ScalarType::Float && dtype != ScalarType::Double) {
    throw TensorError(std::string("\"") + kernel_name + "\" not implemented for '" +
                      scalarTypeName(dtype) + "'");
  }
}

// [book:normal-fill]
// Upstream's float32 path (normal_fill_16_AVX2) computes log, sin and cos with the Cephes
// single-precision polynomials of avx_mathfun, not the C library, and its compiler fuses
// each multiply into the add that uses it. Matching it bit for bit needs the same
// operations in the same order, with the same fusions (std::fma; glibc runs it on the FMA
// unit where there is one). Which product each fusion keeps was found by trying the
// candidates against torch's output for 300 seeds.
float cephesLog(float x) {
  if (!(x > 0.0f)) return std::numeric_limits<float>::quiet_NaN();  // x <= 0 (or NaN)
  x = std::max(x, std::numeric_limits<float>::min());  // no denormals
  uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const int32_t exponent = static_cast<int32_t>(bits >> 23) - 0x7f;
  bits = (bits & ~0x7f800000u) | 0x3f000000u;  // the mantissa, as a number in [0.5, 1)
  std::memcpy(&x, &bits, sizeof x);
  float e = static_cast<float>(exponent) + 1.0f;
  const bool below = x < 0.707106781186547524f;  // sqrt(1/2)
  const float tmp = below ? x : 0.0f;
  x = x - 1.0f;
  e = e - (below ? 1.0f : 0.0f);
  x = x + tmp;
  const float z = x * x;
  float y = 7.0376836292E-2f;
  for (float p : {-1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f, 1.4249322787E-1f,
                  -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f, 3.3333331174E-1f}) {
    y = std::fma(y, x, p);
  }
  y = y * x;
  y = std::fma(y, z, e * -2.12194440e-4f);
  y = std::fma(-z, 0.5f, y);
  x = x + y;
  return std::fma(e, 0.693359375f, x);
}

// sin and cos of x together, as avx_mathfun's sincos256_ps.
void cephesSinCos(float x, float& sin_out, float& cos_out) {
  const bool negative = std::signbit(x);
  x = std::fabs(x);
  int32_t j = static_cast<int32_t>(x * 1.27323954473516f);  // 4/pi, truncated
  j = (j + 1) & ~1;
  const float y = static_cast<float>(j);
  const bool swap_sin_sign = (j & 4) != 0;
  const bool sin_poly = (j & 2) == 0;  // which polynomial gives the sine
  const bool cos_negative = ((~(j - 2)) & 4) != 0;
  // x - y * pi/4 in three steps (extended precision modular arithmetic)
  x = std::fma(y, -0.78515625f, x);
  x = std::fma(y, -2.4187564849853515625e-4f, x);
  x = std::fma(y, -3.77489497744594108e-8f, x);
  const float z = x * x;
  float c = 2.443315711809948E-005f;
  c = std::fma(c, z, -1.388731625493765E-003f);
  c = std::fma(c, z, 4.166664568298827E-002f);
  c = c * z;
  c = std::fma(c, z, -(z * 0.5f));
  c = c + 1.0f;
  float s = -1.9515295891E-4f;
  s = std::fma(s, z, 8.3321608736E-3f);
  s = std::fma(s, z, -1.6666654611E-1f);
  s = s * z;
  s = std::fma(s, x, x);
  // Select with masks and add, as the vector code does (x + 0 can turn -0 into +0).
  const float sin_part_s = sin_poly ? s : 0.0f, sin_part_c = sin_poly ? 0.0f : c;
  float sin_value = sin_part_c + sin_part_s;
  float cos_value = (c - sin_part_c) + (s - sin_part_s);
  if (negative != swap_sin_sign) sin_value = -sin_value;
  if (cos_negative) cos_value = -cos_value;
  sin_out = sin_value;
  cos_out = cos_value;
}

// Upstream's normal_fill_16: Box-Muller on 16 uniforms in place, u1 from the first eight
// and u2 from the last eight. Doubles use the C library, as upstream's scalar path does.
template <typename T>
void normalFill16(T* data) {
  for (int j = 0; j < 8; ++j) {
    const T u1 = 1 - data[j];  // [0, 1) -> (0, 1] for log
    const T u2 = data[j + 8];
    if constexpr (std::is_same_v<T, float>) {
      const float radius = std::sqrt(-2.0f * cephesLog(u1));
      const float theta = static_cast<float>(2.0 * M_PI) * u2;
      float sin_theta, cos_theta;
      cephesSinCos(theta, sin_theta, cos_theta);
      data[j] = radius * cos_theta + 0.0f;  // upstream's fmadd(n, std = 1, mean = 0)
      data[j + 8] = radius * sin_theta + 0.0f;
    } else {
      const T radius = std::sqrt(-2 * std::log(u1));
      const T theta = static_cast<T>(2.0 * M_PI) * u2;
      data[j] = radius * std::cos(theta);
      data[j + 8] = radius * std::sin(theta);
    }
  }
}
// [/book:normal-fill]

template <typename T>
T uniform(Generator& generator) {
  if constexpr (std::is_same_v<T, double>) {
    return generator.uniformDouble();
  } else {
    return generator.uniformFloat();
  }
}

}  // namespace

Tensor rand(const std::vector<int64_t>& sizes, ScalarType dtype, Generator& generator) {
  requireFloating(dtype, "uniform");
  Tensor out = Tensor::empty(sizes, dtype);
  dispatchByType(dtype, "uniform", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      T* data = out.data<T>();
      for (int64_t i = 0, n = out.numel(); i < n; ++i) data[i] = uniform<T>(generator);
    }
  });
  return out;
}

// Upstream draws all uniforms first and transforms them 16 at a time; a tail that is not a
// multiple of 16 redraws the last 16 positions. Fewer than 16 elements take one
// normal_distribution<double> sample each (with its cached pair).
Tensor randn(const std::vector<int64_t>& sizes, ScalarType dtype, Generator& generator) {
  requireFloating(dtype, "normal_kernel_cpu");
  Tensor out = Tensor::empty(sizes, dtype);
  dispatchByType(dtype, "normal_kernel_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      T* data = out.data<T>();
      const int64_t n = out.numel();
      if (n < 16) {
        for (int64_t i = 0; i < n; ++i) data[i] = static_cast<T>(generator.normalDouble());
        return;
      }
      for (int64_t i = 0; i < n; ++i) data[i] = uniform<T>(generator);
      for (int64_t i = 0; i + 16 <= n; i += 16) normalFill16(data + i);
      if (n % 16 != 0) {
        T* tail = data + n - 16;
        for (int i = 0; i < 16; ++i) tail[i] = uniform<T>(generator);
        normalFill16(tail);
      }
    }
  });
  return out;
}

Tensor randint(int64_t low, int64_t high, const std::vector<int64_t>& sizes, ScalarType dtype,
               Generator& generator) {
  if (low >= high) {
    throw TensorError("random_ expects 'from' to be less than 'to', but got from=" +
                      std::to_string(low) + " >= to=" + std::to_string(high));
  }
  Tensor out = Tensor::empty(sizes, dtype);
  const uint64_t range = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
  dispatchByType(dtype, "random_from_to", [&](auto tag) {
    using T = typename decltype(tag)::type;
    T* data = out.data<T>();
    for (int64_t i = 0, n = out.numel(); i < n; ++i) {
      // uniform_int_from_to: 64 bits only when the range needs them.
      const uint64_t bits = range >= (uint64_t{1} << 32) ? generator.random64() : generator.random();
      data[i] = static_cast<T>(static_cast<int64_t>(bits % range + static_cast<uint64_t>(low)));
    }
  });
  return out;
}

}  // namespace ops
}  // namespace minijit
