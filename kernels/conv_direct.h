// Direct convolution for float32 and stride 1, the fast path of conv2d (conv.cpp) on CPUs with
// AVX-512: no im2col matrix, no BLAS call. The image is padded once; then every kernel tap is
// a fixed offset into the flattened padded image, and a small register-blocked loop
// multiplies 8 filters by 48 output pixels at a time. conv_direct.cpp explains the layout.
// Book chapter "Tensors and kernels" (why conv becomes GEMM, and what a GEMM kernel is).
#pragma once

#include <cstdint>

namespace minijit::ops {

// Everything conv2dDirect needs to know, all for stride 1. Input (batch, channels, height,
// width) and weight (out_channels, channels / groups, kernel_h, kernel_w) are contiguous.
struct DirectConvShape {
  int64_t batch, channels, height, width;
  int64_t out_channels, kernel_h, kernel_w;
  int64_t pad_top, pad_bottom, pad_left, pad_right;
  int64_t dilation_h, dilation_w;
  int64_t groups;
};

// True when this CPU can run conv2dDirect (it has AVX-512F); otherwise use im2col + GEMM.
bool directConvAvailable();

// out (batch, out_channels, outH, outW), contiguous, = conv2d(input, weight, bias) with
// stride 1; bias may be null. Splits the work over the thread pool.
void conv2dDirect(const DirectConvShape& shape, const float* input, const float* weight,
                  const float* bias, float* out);

}  // namespace minijit::ops
