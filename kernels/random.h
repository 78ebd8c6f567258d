// Random tensors (rand, randn, randint) from a Mersenne Twister generator that reproduces
// torch's CPU generator bit for bit: the same mt19937 stream after manual_seed, and
// upstream's conversions from 32/64 random bits to floats, normals and integers.
// Book chapter "Tensors and kernels".
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <vector>

#include "kernels/scalar_type.h"
#include "kernels/tensor.h"

namespace minijit {

// Upstream's CPUGeneratorImpl: an mt19937 engine plus the cached second value of the last
// Box-Muller pair (upstream's normal_distribution returns one and keeps the other).
class Generator {
 public:
  // Upstream's default seed (c10::detail::default_rng_seed_val).
  static constexpr uint64_t kDefaultSeed = 67280421310721ULL;
  explicit Generator(uint64_t seed = kDefaultSeed) { manualSeed(seed); }

  // torch.manual_seed: mt19937 takes the low 32 bits; the cached normal is dropped.
  void manualSeed(uint64_t seed);
  uint64_t seed() const { return seed_; }
  uint32_t random() { return static_cast<uint32_t>(engine_()); }
  // Two draws, the first as the high half (upstream's make64BitsFrom32Bits).
  uint64_t random64();
  // A uniform double in [0, 1) from 53 random bits, and a float from 24.
  double uniformDouble();
  float uniformFloat();
  // One standard normal sample by Box-Muller in double, using the cached value when there is one.
  double normalDouble();

 private:
  std::mt19937 engine_;
  uint64_t seed_ = kDefaultSeed;
  std::optional<double> next_double_normal_;
};

// The process-wide generator that torch.manual_seed seeds and rand/randn draw from when
// no generator is passed. It is upstream's global state, reproduced on purpose.
Generator& defaultGenerator();

namespace ops {

// Uniform [0, 1) of a floating dtype.
Tensor rand(const std::vector<int64_t>& sizes, ScalarType dtype, Generator& generator);
// Standard normal of a floating dtype (upstream's normal_fill for 16+ contiguous elements).
Tensor randn(const std::vector<int64_t>& sizes, ScalarType dtype, Generator& generator);
// Integers uniform in [low, high).
Tensor randint(int64_t low, int64_t high, const std::vector<int64_t>& sizes, ScalarType dtype,
               Generator& generator);

}  // namespace ops
}  // namespace minijit
