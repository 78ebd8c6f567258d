// Neural-network operators with upstream (ATen) semantics: convolution as im2col + GEMM
// (conv.cpp), pooling and interpolation (pooling.cpp), normalization and embedding
// (normalization.cpp), and the activation functions and dropout (activation.cpp).
// Book chapter "Tensors and kernels".
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernels/scalar.h"
#include "kernels/tensor.h"

namespace minijit::ops {

// ---- convolution (conv.cpp) ----
// Sizes of a 2-D convolution or pooling window, one entry per spatial dimension (h, w).
using Pair = std::array<int64_t, 2>;

// conv2d on (N, C, H, W) or unbatched (C, H, W) input with weight (O, C/groups, kH, kW).
// `padding` pads both sides of each dimension symmetrically.
Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
              const std::vector<int64_t>& dilation, int64_t groups);
// conv2d with padding "valid" (none) or "same" (output size = input size; needs stride 1).
Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::string& padding,
              const std::vector<int64_t>& dilation, int64_t groups);
// conv1d on (N, C, L) or (C, L): conv2d with a height of 1.
Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
              const std::vector<int64_t>& dilation, int64_t groups);
Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::string& padding,
              const std::vector<int64_t>& dilation, int64_t groups);
// The reference: a direct seven-deep loop over (n, o, y, x, c, ky, kx), for tests of the
// im2col + GEMM path. Batched 4-D input, symmetric padding.
Tensor conv2dReference(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
                       Pair stride, Pair padding, Pair dilation, int64_t groups);

// ---- pooling (pooling.cpp) ----
// An empty `stride` means stride = kernel_size, as upstream.
Tensor maxPool2d(const Tensor& self, const std::vector<int64_t>& kernel_size,
                 const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
                 const std::vector<int64_t>& dilation, bool ceil_mode);
Tensor avgPool2d(const Tensor& self, const std::vector<int64_t>& kernel_size,
                 const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
                 bool ceil_mode, bool count_include_pad, std::optional<int64_t> divisor_override);
Tensor adaptiveAvgPool2d(const Tensor& self, const std::vector<int64_t>& output_size);

// ---- normalization and embedding (normalization.cpp) ----
// With training == false the running statistics normalize; with training == true the
// batch's own, and the running statistics (when given) are updated in place.
Tensor batchNorm(const Tensor& input, const std::optional<Tensor>& weight,
                 const std::optional<Tensor>& bias, const std::optional<Tensor>& running_mean,
                 const std::optional<Tensor>& running_var, bool training, double momentum,
                 double eps);
Tensor layerNorm(const Tensor& input, const std::vector<int64_t>& normalized_shape,
                 const std::optional<Tensor>& weight, const std::optional<Tensor>& bias,
                 double eps);
Tensor groupNorm(const Tensor& input, int64_t num_groups, const std::optional<Tensor>& weight,
                 const std::optional<Tensor>& bias, double eps);
// Rows of `weight` (V, D) picked by integer `indices` of any shape -> indices.shape + (D).
Tensor embedding(const Tensor& weight, const Tensor& indices);
// ---- interpolation (pooling.cpp) ----
// (N, C, H, W) -> (N, C, out_h, out_w). `scales` are the factors the user gave (they set the
// source position of each output pixel, as upstream, when present and positive).
Tensor upsampleNearest2d(const Tensor& self, const std::vector<int64_t>& output_size,
                         std::optional<double> scales_h, std::optional<double> scales_w);
Tensor upsampleBilinear2d(const Tensor& self, const std::vector<int64_t>& output_size,
                          bool align_corners, std::optional<double> scales_h,
                          std::optional<double> scales_w);

// ---- activations and dropout (activation.cpp) ----
Tensor relu6(const Tensor& self);
// approximate: "none" (exact, with erf) or "tanh".
Tensor gelu(const Tensor& self, const std::string& approximate = "none");
Tensor silu(const Tensor& self);
Tensor hardswish(const Tensor& self);
Tensor hardsigmoid(const Tensor& self);
Tensor leakyRelu(const Tensor& self, const Scalar& negative_slope = 0.01);
Tensor elu(const Tensor& self, const Scalar& alpha = 1, const Scalar& scale = 1,
           const Scalar& input_scale = 1);
Tensor softplus(const Tensor& self, const Scalar& beta = 1, const Scalar& threshold = 20);
// In evaluation (train == false) the input itself. In training, elements are zeroed with
// probability p by the default generator (random.h) and the rest scaled by 1/(1-p); that
// mask does not reproduce upstream's bernoulli sequence.
Tensor dropout(const Tensor& input, double p, bool train);

}  // namespace minijit::ops
