// Direct convolution for float32, stride 1 (conv_direct.h): the fast path conv2d takes on
// CPUs with AVX-512. im2col + GEMM (conv.cpp) copies every input element kH*kW times into a
// column matrix and then hands a long, flat product (64 x 576 x 3136 for a ResNet layer) to
// OpenBLAS, which runs that shape far below its peak. Here there is no column matrix: the
// product is computed straight from a padded copy of the image, by a loop written for it.
// Book chapter "Tensors and kernels".
#include "kernels/conv_direct.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "kernels/tensor.h"
#include "kernels/thread_pool.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace minijit::ops {

#if defined(__x86_64__)  // the kernel is AVX-512 code; other CPUs use im2col + GEMM

namespace {

// [book:conv-direct-layout]
// The trick that makes stride 1 simple. Pad the image to (C, Hp, Wp) and flatten it. Output
// pixel (oy, ox) reads, for tap (c, ky, kx), padded[c][oy + ky*dh][ox + kx*dw], which is
// flat element (oy*Wp + ox) + (c*Hp*Wp + ky*dh*Wp + kx*dw): a "pixel index" p = oy*Wp + ox
// plus an offset that depends on the tap alone. So if we also number output pixels with the
// padded row length Wp (each output row gets Wp - outW junk pixels at its end, computed and
// then dropped), the whole convolution is
//     out[o][p] = sum over taps k of weight[o][k] * padded[p + offset[k]],
// a matrix product whose right-hand matrix (taps x pixels) is never stored: its row k is
// the padded image itself, shifted by offset[k]. Consecutive pixels are consecutive floats,
// so 16 of them load as one AVX-512 vector.
// [/book:conv-direct-layout]

constexpr int64_t kVector = 16;                          // floats in one AVX-512 register
constexpr int64_t kPixelVectors = 3;                     // vectors of pixels per tile
constexpr int64_t kPixelTile = kVector * kPixelVectors;  // 48 output pixels per tile
constexpr int64_t kFilterTile = 8;                       // output channels per tile
constexpr int64_t kChannelBlock = 32;                    // input channels per pass over a tile

// The sums of one tile: kFilterTile filters x kPixelTile pixels.
struct alignas(64) Tile {
  float values[kFilterTile][kPixelTile];
  float* operator[](int64_t filter) { return values[filter]; }
};

// Sizes derived from a DirectConvShape, in the padded-flat numbering above.
struct Plan {
  int64_t padded_h, padded_w, plane;  // plane = padded_h * padded_w
  int64_t out_h, out_w;
  int64_t group_in, group_out;  // channels per group, in and out
  int64_t taps;                 // group_in * kernel_h * kernel_w
  int64_t filter_tiles;         // ceil(group_out / kFilterTile)
  int64_t pixel_tiles;          // ceil(out_h * padded_w / kPixelTile)
  int64_t image_floats;         // one padded image, plus slack the last tile reads
};

Plan makePlan(const DirectConvShape& s) {
  Plan p;
  p.padded_h = s.height + s.pad_top + s.pad_bottom;
  p.padded_w = s.width + s.pad_left + s.pad_right;
  p.plane = p.padded_h * p.padded_w;
  p.out_h = p.padded_h - s.dilation_h * (s.kernel_h - 1);
  p.out_w = p.padded_w - s.dilation_w * (s.kernel_w - 1);
  p.group_in = s.channels / s.groups;
  p.group_out = s.out_channels / s.groups;
  p.taps = p.group_in * s.kernel_h * s.kernel_w;
  p.filter_tiles = (p.group_out + kFilterTile - 1) / kFilterTile;
  p.pixel_tiles = (p.out_h * p.padded_w + kPixelTile - 1) / kPixelTile;
  // The last tile of the last group ends at most kPixelTile - 1 pixels past out_h * Wp, and
  // its largest tap offset reaches the last padded row, so reads stay below
  // channels * plane + kPixelTile + dilation_w * (kernel_w - 1).
  p.image_floats = s.channels * p.plane + kPixelTile + s.dilation_w * (s.kernel_w - 1);
  return p;
}

// Copies image (C, H, W) channels [c0, c1) into the padded layout, zeros around it.
void padChannels(const DirectConvShape& s, const Plan& p, const float* image, float* padded,
                 int64_t c0, int64_t c1) {
  for (int64_t c = c0; c < c1; ++c) {
    float* plane = padded + c * p.plane;
    std::memset(plane, 0, s.pad_top * p.padded_w * sizeof(float));
    for (int64_t y = 0; y < s.height; ++y) {
      float* row = plane + (s.pad_top + y) * p.padded_w;
      std::memset(row, 0, s.pad_left * sizeof(float));
      std::memcpy(row + s.pad_left, image + (c * s.height + y) * s.width, s.width * sizeof(float));
      std::memset(row + s.pad_left + s.width, 0, s.pad_right * sizeof(float));
    }
    std::memset(plane + (s.pad_top + s.height) * p.padded_w, 0,
                s.pad_bottom * p.padded_w * sizeof(float));
  }
}

// Weights regrouped so that the kernel reads them in order: for each group and tile of 8
// filters, taps x 8 floats (the 8 filters' weights for tap k side by side). Filters past
// group_out (when it is not a multiple of 8) are zeros; their results are never stored.
// The bias is laid out the same way, 8 per tile.
void packWeights(const DirectConvShape& s, const Plan& p, const float* weight, const float* bias,
                 float* packed, float* packed_bias) {
  for (int64_t g = 0; g < s.groups; ++g) {
    for (int64_t t = 0; t < p.filter_tiles; ++t) {
      float* tile = packed + (g * p.filter_tiles + t) * p.taps * kFilterTile;
      for (int64_t i = 0; i < kFilterTile; ++i) {
        const int64_t o = t * kFilterTile + i;  // filter within the group
        const bool real = o < p.group_out;
        const float* filter = weight + (g * p.group_out + o) * p.taps;
        for (int64_t k = 0; k < p.taps; ++k) tile[k * kFilterTile + i] = real ? filter[k] : 0.0f;
        packed_bias[(g * p.filter_tiles + t) * kFilterTile + i] =
            real && bias ? bias[g * p.group_out + o] : 0.0f;
      }
    }
  }
}

// offset[k] for tap k = (c, ky, kx) of one group, relative to the group's first channel.
std::vector<int64_t> tapOffsets(const DirectConvShape& s, const Plan& p) {
  std::vector<int64_t> offsets;
  offsets.reserve(p.taps);
  for (int64_t c = 0; c < p.group_in; ++c)
    for (int64_t ky = 0; ky < s.kernel_h; ++ky)
      for (int64_t kx = 0; kx < s.kernel_w; ++kx)
        offsets.push_back(c * p.plane + ky * s.dilation_h * p.padded_w + kx * s.dilation_w);
  return offsets;
}

// [book:conv-direct-kernel]
// The inner kernel: adds to an 8-filter x 48-pixel tile of sums the products of `taps` taps.
// The 24 sums (vectors of 16) live in 24 of the 32 AVX-512 registers for the whole loop, and
// each tap costs 3 vector loads of pixels, 8 broadcasts of a weight and 24 fused
// multiply-adds: the loads are cheap next to the arithmetic, which is what lets the loop run
// near the core's peak of two FMAs per cycle. `pixels` points at the tile's first pixel in
// the padded image, `weights` at the packed taps x 8 weights.
__attribute__((target("avx512f,fma"))) void convTile(const float* pixels, const int64_t* offsets,
                                                     int64_t taps, const float* weights,
                                                     float sums[kFilterTile][kPixelTile]) {
  __m512 sum[kFilterTile][kPixelVectors];
#pragma GCC unroll 8
  for (int i = 0; i < kFilterTile; ++i) {
#pragma GCC unroll 3
    for (int j = 0; j < kPixelVectors; ++j) sum[i][j] = _mm512_loadu_ps(&sums[i][j * kVector]);
  }
  for (int64_t k = 0; k < taps; ++k) {
    const float* x = pixels + offsets[k];
    __m512 input[kPixelVectors];
#pragma GCC unroll 3
    for (int j = 0; j < kPixelVectors; ++j) input[j] = _mm512_loadu_ps(x + j * kVector);
    const float* w = weights + k * kFilterTile;
#pragma GCC unroll 8
    for (int i = 0; i < kFilterTile; ++i) {
      const __m512 wi = _mm512_set1_ps(w[i]);
#pragma GCC unroll 3
      for (int j = 0; j < kPixelVectors; ++j) sum[i][j] = _mm512_fmadd_ps(wi, input[j], sum[i][j]);
    }
  }
#pragma GCC unroll 8
  for (int i = 0; i < kFilterTile; ++i) {
#pragma GCC unroll 3
    for (int j = 0; j < kPixelVectors; ++j) _mm512_storeu_ps(&sums[i][j * kVector], sum[i][j]);
  }
}
// [/book:conv-direct-kernel]

// Calls fn(tile_pixel, out_pixel, count) for each run of a tile's real pixels (ox < out_w,
// oy < out_h) that lie side by side in one output row: tile pixels [tile_pixel, + count) go
// to output pixels [out_pixel, + count) of each plane. `first` is the tile's first pixel
// index (oy*Wp + ox).
template <typename Fn>
void forEachRun(const Plan& p, int64_t first, Fn fn) {
  for (int64_t q = first; q < first + kPixelTile;) {
    const int64_t oy = q / p.padded_w, ox = q % p.padded_w;
    if (oy >= p.out_h) break;
    const int64_t run = std::min(first + kPixelTile - q, p.padded_w - ox);
    const int64_t real = std::min(run, p.out_w - ox);
    if (real > 0) fn(q - first, oy * p.out_w + ox, real);
    q += run;
  }
}

// Copies `rows` runs of n floats, from rows `from_stride` apart to rows `to_stride` apart,
// each as at most 3 (masked) vector moves: storeTile makes about 2 runs per filter per tile,
// 8.7K per ResNet-layer image, which is too many short copies to pay for memcpy calls.
__attribute__((target("avx512f"))) void copyRuns(const float* from, int64_t from_stride, float* to,
                                                 int64_t to_stride, int64_t rows, int64_t n) {
  for (int64_t r = 0; r < rows; ++r) {
    for (int64_t x = 0; x < n; x += kVector) {
      const __mmask16 lanes = n - x >= kVector ? 0xFFFF : (1u << (n - x)) - 1;
      _mm512_mask_storeu_ps(to + r * to_stride + x, lanes,
                            _mm512_maskz_loadu_ps(lanes, from + r * from_stride + x));
    }
  }
}

// Copies the real pixels of a tile to the output planes of its first `count` filters.
void storeTile(const Plan& p, const Tile& tile, int64_t first, float* out_planes, int64_t count) {
  forEachRun(p, first, [&](int64_t tile_pixel, int64_t out_pixel, int64_t n) {
    copyRuns(&tile.values[0][tile_pixel], kPixelTile, out_planes + out_pixel, p.out_h * p.out_w,
             count, n);
  });
}

// One image, start to end: pad it into `padded` (image_floats), then compute every tile of
// every group. Both loops go over the pool; inside a parallelFor chunk they run inline.
void convolveImage(const DirectConvShape& s, const Plan& p, const float* image,
                   const int64_t* offsets, const float* packed_weights, const float* packed_bias,
                   float* padded, float* out) {
  parallelFor(s.channels, std::max<int64_t>(1, kElementwiseGrain / p.plane),
              [&](int64_t c0, int64_t c1) { padChannels(s, p, image, padded, c0, c1); });
  std::memset(padded + s.channels * p.plane, 0,
              (p.image_floats - s.channels * p.plane) * sizeof(float));
  // A unit of work is one pixel tile of one group, for all the group's filters. Its input
  // channels go kChannelBlock at a time: a block's pixels (under 1 KB a channel for a 3x3
  // kernel) are read from L2 once and then stay in the L1 cache (48 KB) while every 8-filter
  // tile of weights passes over them; the sums of all the filter tiles wait in `sums`
  // between blocks. (16, 32 and 64 channels measured alike at 1 thread; 8 was slower.)
  const int64_t out_plane = p.out_h * p.out_w;
  const int64_t kernel_taps = s.kernel_h * s.kernel_w;
  // At least one block, so that a convolution of zero channels still stores its bias.
  const int64_t channel_blocks =
      std::max<int64_t>(1, (p.group_in + kChannelBlock - 1) / kChannelBlock);
  const int64_t unit_work = kPixelTile * p.taps * p.group_out;  // multiply-adds
  const int64_t grain = std::max<int64_t>(1, (1 << 20) / std::max<int64_t>(unit_work, 1));
  parallelFor(s.groups * p.pixel_tiles, grain, [&](int64_t begin, int64_t end) {
    std::vector<Tile> sums(p.filter_tiles);
    for (int64_t u = begin; u < end; ++u) {
      const int64_t g = u / p.pixel_tiles, first = u % p.pixel_tiles * kPixelTile;
      const float* pixels = padded + g * p.group_in * p.plane + first;
      for (int64_t t = 0; t < p.filter_tiles; ++t) {
        const float* bias = packed_bias + (g * p.filter_tiles + t) * kFilterTile;
        for (int64_t i = 0; i < kFilterTile; ++i) std::fill_n(sums[t][i], kPixelTile, bias[i]);
      }
      for (int64_t block = 0; block < channel_blocks; ++block) {
        // Offsets grow by one plane per channel, so block c0 uses the first block's offsets.
        const int64_t c0 = block * kChannelBlock;
        const int64_t block_taps = (std::min(c0 + kChannelBlock, p.group_in) - c0) * kernel_taps;
        const bool last_block = block == channel_blocks - 1;
        for (int64_t t = 0; t < p.filter_tiles; ++t) {
          const float* weights =
              packed_weights + ((g * p.filter_tiles + t) * p.taps + c0 * kernel_taps) * kFilterTile;
          convTile(pixels + c0 * p.plane, offsets, block_taps, weights, sums[t].values);
          // A finished tile is stored at once, not after the unit: the output of a large
          // batch is not in cache, and one tile's ~50 stores waiting for their cache lines
          // drain in the background while the next tile computes, where 8 tiles' worth at
          // the end of the unit stalled the core (ResNet layer, batch 8: the copies took 11%
          // of the time that way, 6% this way; prefetching the lines did not help).
          if (last_block) {
            storeTile(p, sums[t], first, out + (g * p.group_out + t * kFilterTile) * out_plane,
                      std::min(kFilterTile, p.group_out - t * kFilterTile));
          }
        }
      }
    }
  });
}

}  // namespace

bool directConvAvailable() {
  return __builtin_cpu_supports("avx512f");
}

void conv2dDirect(const DirectConvShape& s, const float* input, const float* weight,
                  const float* bias, float* out) {
  const Plan p = makePlan(s);
  // Scratch comes from the caching allocator (Tensor::empty): repeated calls reuse it.
  Tensor packed =
      Tensor::empty({s.groups * p.filter_tiles * (p.taps + 1) * kFilterTile}, ScalarType::Float);
  float* packed_weights = packed.data<float>();
  float* packed_bias = packed_weights + s.groups * p.filter_tiles * p.taps * kFilterTile;
  packWeights(s, p, weight, bias, packed_weights, packed_bias);
  const std::vector<int64_t> offsets = tapOffsets(s, p);
  const int64_t image_size = s.channels * s.height * s.width;
  const int64_t out_image = s.out_channels * p.out_h * p.out_w;
  // When the images divide evenly over the threads, each thread takes whole images (its padded
  // copy then stays in its own core's cache); otherwise images go one after another, each
  // split over the threads by tiles.
  auto images = [&](int64_t begin, int64_t end) {
    Tensor padded = Tensor::empty({p.image_floats}, ScalarType::Float);
    for (int64_t n = begin; n < end; ++n) {
      convolveImage(s, p, input + n * image_size, offsets.data(), packed_weights, packed_bias,
                    padded.data<float>(), out + n * out_image);
    }
  };
  if (s.batch % numThreads() == 0) {
    parallelFor(s.batch, 1, images);
  } else {
    images(0, s.batch);
  }
}

#else

bool directConvAvailable() {
  return false;
}

void conv2dDirect(const DirectConvShape&, const float*, const float*, const float*, float*) {
  throw TensorError("conv2dDirect needs an x86-64 CPU with AVX-512");
}

#endif

}  // namespace minijit::ops
