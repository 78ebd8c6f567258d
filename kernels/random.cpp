// The generator and random factories of random.h, following upstream's CPU kernels
// (ATen/core/DistributionsHelper.h, TransformationHelper.h, native/cpu/DistributionTemplates.h)
// step for step, because bit-exact agreement depends on the order of every draw.
// Book chapter "Tensors and kernels".
#include "kernels/random.h"

#include <cmath>
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

// Upstream's normal_fill_16: Box-Muller on 16 uniforms in place, u1 from the first eight
// and u2 from the last eight.
template <typename T>
void normalFill16(T* data) {
  for (int j = 0; j < 8; ++j) {
    const T u1 = 1 - data[j];  // [0, 1) -> (0, 1] for log
    const T u2 = data[j + 8];
    const T radius = std::sqrt(-2 * std::log(u1));
    const T theta = static_cast<T>(2.0 * M_PI) * u2;
    data[j] = radius * std::cos(theta);
    data[j + 8] = radius * std::sin(theta);
  }
}

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
