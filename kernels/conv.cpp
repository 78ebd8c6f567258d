// Convolution (conv1d, conv2d) as im2col + GEMM. A convolution output pixel is a dot product
// between one filter and the input patch under it; copying every patch into a column of a
// matrix ("im2col") turns the whole layer into one matrix product per image and group,
// which OpenBLAS runs with cache blocking and SIMD where a direct 7-deep loop would not.
// The price is memory: the column matrix is kH*kW times the input. float32 convolutions with
// stride 1 skip it where the CPU has AVX-512: conv_direct.cpp computes them from a padded
// copy of the image, several times faster. Book chapter "Tensors and kernels" (why conv
// becomes GEMM); conv2dReference is the plain loop.
#include <algorithm>
#include <string>

#include "kernels/conv_direct.h"
#include "kernels/dispatch.h"
#include "kernels/indexing.h"
#include "kernels/linalg.h"
#include "kernels/nn.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

// Padding of each side; 'same' with an even effective kernel pads one more after than before.
struct Padding2d {
  int64_t top, bottom, left, right;
};

std::string listString(const std::vector<int64_t>& values) {
  std::string s = "[";
  for (size_t i = 0; i < values.size(); ++i) s += (i ? ", " : "") + std::to_string(values[i]);
  return s + "]";
}

// An int[2] argument given as one value means the same value twice (upstream expands int[2]).
Pair expandPair(const std::vector<int64_t>& values, const char* name) {
  if (values.size() == 1) return {values[0], values[0]};
  if (values.size() == 2) return {values[0], values[1]};
  throw TensorError(std::string("expected ") + name +
                    " to be a single integer value or a list of 2 values to match the "
                    "convolution dimensions, but got " + name + "=" + listString(values));
}

void checkConvArguments(const Tensor& input, const Tensor& weight,
                        const std::optional<Tensor>& bias, Pair stride, Pair dilation,
                        int64_t groups) {
  if (stride[0] <= 0 || stride[1] <= 0) throw TensorError("non-positive stride is not supported");
  if (dilation[0] <= 0 || dilation[1] <= 0) {
    throw TensorError("dilation should be greater than zero");
  }
  if (groups <= 0) throw TensorError("non-positive groups is not supported");
  if (weight.dim() != 4) {
    throw TensorError("weight should have at least three dimensions");
  }
  if (weight.sizes()[0] % groups != 0) {
    throw TensorError("Given groups=" + std::to_string(groups) +
                      ", expected weight to be divisible by " + std::to_string(groups) +
                      " at dimension 0, but got weight of size [" + listString(weight.sizes()) +
                      "] instead");
  }
  const int64_t channels = weight.sizes()[1] * groups;
  if (input.sizes()[1] != channels) {
    throw TensorError("Given groups=" + std::to_string(groups) + ", weight of size " +
                      listString(weight.sizes()) + ", expected input" +
                      listString(input.sizes()) + " to have " + std::to_string(channels) +
                      " channels, but got " + std::to_string(input.sizes()[1]) +
                      " channels instead");
  }
  if (bias && (bias->dim() != 1 || bias->sizes()[0] != weight.sizes()[0])) {
    throw TensorError("Given weight of size " + listString(weight.sizes()) +
                      ", expected bias to be 1-dimensional with " +
                      std::to_string(weight.sizes()[0]) + " elements, but got bias of size " +
                      listString(bias->sizes()) + " instead");
  }
  if (input.dtype() != weight.dtype()) {
    throw TensorError(std::string("expected scalar type ") + scalarTypeName(input.dtype()) +
                      " but found " + scalarTypeName(weight.dtype()));
  }
  if (bias && bias->dtype() != input.dtype()) {
    throw TensorError(std::string("Input type (") + scalarTypePythonName(input.dtype()) +
                      ") and bias type (" + scalarTypePythonName(bias->dtype()) +
                      ") should be the same");
  }
}

// float32 convolutions with stride 1 (most of a CNN's layers, and all the expensive ones) take
// the direct path of conv_direct.cpp where the CPU has AVX-512; everything else, im2col + GEMM.
bool usesDirectConv(ScalarType dtype, Pair stride) {
  return dtype == ScalarType::Float && stride[0] == 1 && stride[1] == 1 && directConvAvailable();
}

// [book:im2col]
// Copies the patches of one image (C, H, W) into columns (C*kH*kW, outH*outW): row
// (c, ky, kx) holds, for each output pixel, the input element that kernel tap multiplies.
// Taps that fall into the padding read 0. Which output columns ox read inside the image
// depends only on kx, so the range is worked out once per row instead of tested per pixel,
// and the inner loop is a plain strided copy (for stride 1, a contiguous one).
template <typename T>
void im2col(const T* image, int64_t channels, int64_t height, int64_t width, Pair kernel,
            Pair out_size, Pair stride, Padding2d pad, Pair dilation, T* columns) {
  const int64_t out_pixels = out_size[0] * out_size[1];
  auto ceilDiv = [](int64_t a, int64_t b) { return (a + b - 1) / b; };  // a >= 0, b > 0
  for (int64_t c = 0; c < channels; ++c) {
    for (int64_t ky = 0; ky < kernel[0]; ++ky) {
      for (int64_t kx = 0; kx < kernel[1]; ++kx) {
        T* row = columns + ((c * kernel[0] + ky) * kernel[1] + kx) * out_pixels;
        // Output column ox reads input column x0 + ox * stride: inside for ox in [first, last).
        const int64_t x0 = kx * dilation[1] - pad.left;
        const int64_t first = std::min(out_size[1], x0 >= 0 ? 0 : ceilDiv(-x0, stride[1]));
        const int64_t last =
            std::clamp(x0 >= width ? 0 : ceilDiv(width - x0, stride[1]), first, out_size[1]);
        for (int64_t oy = 0; oy < out_size[0]; ++oy) {
          T* out_row = row + oy * out_size[1];
          const int64_t y = oy * stride[0] - pad.top + ky * dilation[0];
          if (y < 0 || y >= height) {
            std::fill_n(out_row, out_size[1], T(0));
            continue;
          }
          const T* in_row = image + (c * height + y) * width;
          std::fill(out_row, out_row + first, T(0));
          for (int64_t ox = first; ox < last; ++ox) out_row[ox] = in_row[x0 + ox * stride[1]];
          std::fill(out_row + last, out_row + out_size[1], T(0));
        }
      }
    }
  }
}
// [/book:im2col]

Tensor convolution2d(const Tensor& input_any, const Tensor& weight_any,
                     const std::optional<Tensor>& bias, Pair stride, Padding2d pad, Pair dilation,
                     int64_t groups) {
  const bool unbatched = input_any.dim() == 3;
  if (input_any.dim() != 3 && input_any.dim() != 4) {
    throw TensorError(
        "Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: " +
        listString(input_any.sizes()));
  }
  const Tensor input = contiguous(unbatched ? unsqueeze(input_any, 0) : input_any);
  const Tensor weight = contiguous(weight_any);
  checkConvArguments(input, weight, bias, stride, dilation, groups);
  const int64_t batch = input.sizes()[0], channels = input.sizes()[1];
  const int64_t height = input.sizes()[2], width = input.sizes()[3];
  const int64_t out_channels = weight.sizes()[0];
  const Pair kernel = {weight.sizes()[2], weight.sizes()[3]};
  const int64_t padded_h = height + pad.top + pad.bottom, padded_w = width + pad.left + pad.right;
  const Pair extent = {dilation[0] * (kernel[0] - 1) + 1, dilation[1] * (kernel[1] - 1) + 1};
  if (padded_h < extent[0] || padded_w < extent[1]) {
    throw TensorError("Calculated padded input size per channel: (" + std::to_string(padded_h) +
                      " x " + std::to_string(padded_w) + "). Kernel size: (" +
                      std::to_string(extent[0]) + " x " + std::to_string(extent[1]) +
                      "). Kernel size can't be greater than actual input size");
  }
  const Pair out_size = {(padded_h - extent[0]) / stride[0] + 1,
                         (padded_w - extent[1]) / stride[1] + 1};
  const int64_t group_in = channels / groups, group_out = out_channels / groups;
  const int64_t patch = group_in * kernel[0] * kernel[1];
  const int64_t out_pixels = out_size[0] * out_size[1];
  Tensor out = Tensor::empty({batch, out_channels, out_size[0], out_size[1]}, input.dtype());
  if (out.numel() > 0 && usesDirectConv(input.dtype(), stride)) {
    const DirectConvShape shape = {batch,     channels,    height,      width,      out_channels,
                                   kernel[0], kernel[1],   pad.top,     pad.bottom, pad.left,
                                   pad.right, dilation[0], dilation[1], groups};
    const Tensor bias_data = bias ? contiguous(*bias) : Tensor();
    conv2dDirect(shape, input.data<float>(), weight.data<float>(),
                 bias ? bias_data.data<float>() : nullptr, out.data<float>());
  } else if (out.numel() > 0) {
    // [book:conv-as-gemm]
    // weight (O, C/g, kH, kW) read as g matrices (O/g, patch); columns (patch, outH*outW).
    const Tensor filters = view(weight, {groups, group_out, patch});
    Tensor columns = Tensor::empty({patch, out_pixels}, input.dtype());
    dispatchByType(input.dtype(), "slow_conv2d_cpu", [&](auto tag) {
      using T = typename decltype(tag)::type;
      for (int64_t n = 0; n < batch; ++n) {
        for (int64_t g = 0; g < groups; ++g) {
          const T* image = input.data<T>() + (n * channels + g * group_in) * height * width;
          im2col<T>(image, group_in, height, width, kernel, out_size, stride, pad, dilation,
                    columns.data<T>());
          const Tensor target = reshape(narrow(select(out, 0, n), 0, g * group_out, group_out),
                                        {group_out, out_pixels});
          copyInto(target, mm(select(filters, 0, g), columns));
        }
      }
    });
    // [/book:conv-as-gemm]
    if (bias) out = add(out, view(*bias, {1, out_channels, 1, 1}));
  }
  return unbatched ? squeeze(out, 0) : out;
}

Padding2d symmetric(Pair padding) {
  if (padding[0] < 0 || padding[1] < 0) throw TensorError("negative padding is not supported");
  return {padding[0], padding[0], padding[1], padding[1]};
}

// "valid" is no padding; "same" pads dilation*(k-1) in total per dimension, the odd
// element after (upstream pads the input on the right/bottom for it).
Padding2d paddingFromString(const std::string& padding, const Tensor& weight, Pair stride,
                            Pair dilation) {
  if (padding == "valid") return {0, 0, 0, 0};
  if (padding != "same") throw TensorError("Invalid padding string: '" + padding + "'");
  if (stride[0] != 1 || stride[1] != 1) {
    throw TensorError("padding='same' is not supported for strided convolutions");
  }
  const int64_t total_h = weight.dim() == 4 ? dilation[0] * (weight.sizes()[2] - 1) : 0;
  const int64_t total_w = weight.dim() == 4 ? dilation[1] * (weight.sizes()[3] - 1) : 0;
  return {total_h / 2, total_h - total_h / 2, total_w / 2, total_w - total_w / 2};
}

// conv1d's (N, C, L) input and (O, C/g, k) weight, seen as images one pixel high.
Tensor asImage(const Tensor& input) {
  if (input.dim() != 2 && input.dim() != 3) {
    throw TensorError(
        "Expected 2D (unbatched) or 3D (batched) input to conv1d, but got input of size: " +
        listString(input.sizes()));
  }
  return unsqueeze(input, -2);
}

std::vector<int64_t> withLeadingOne(const std::vector<int64_t>& values, const char* name) {
  if (values.size() != 1) {
    throw TensorError(std::string("expected ") + name +
                      " to be a single integer value or a list of 1 values to match the "
                      "convolution dimensions, but got " + name + "=" + listString(values));
  }
  return values;
}

}  // namespace

Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
              const std::vector<int64_t>& dilation, int64_t groups) {
  return convolution2d(input, weight, bias, expandPair(stride, "stride"),
                       symmetric(expandPair(padding, "padding")),
                       expandPair(dilation, "dilation"), groups);
}

Tensor conv2d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::string& padding,
              const std::vector<int64_t>& dilation, int64_t groups) {
  const Pair s = expandPair(stride, "stride"), d = expandPair(dilation, "dilation");
  return convolution2d(input, weight, bias, s, paddingFromString(padding, weight, s, d), d,
                       groups);
}

Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
              const std::vector<int64_t>& dilation, int64_t groups) {
  const Pair s = {1, withLeadingOne(stride, "stride")[0]};
  const Pair p = {0, withLeadingOne(padding, "padding")[0]};
  const Pair d = {1, withLeadingOne(dilation, "dilation")[0]};
  return squeeze(convolution2d(asImage(input), unsqueeze(weight, -2), bias, s, symmetric(p), d,
                               groups),
                 -2);
}

Tensor conv1d(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
              const std::vector<int64_t>& stride, const std::string& padding,
              const std::vector<int64_t>& dilation, int64_t groups) {
  const Pair s = {1, withLeadingOne(stride, "stride")[0]};
  const Pair d = {1, withLeadingOne(dilation, "dilation")[0]};
  const Tensor weight_2d = unsqueeze(weight, -2);
  return squeeze(convolution2d(asImage(input), weight_2d, bias, s,
                               paddingFromString(padding, weight_2d, s, d), d, groups),
                 -2);
}

Tensor conv2dReference(const Tensor& input, const Tensor& weight, const std::optional<Tensor>& bias,
                       Pair stride, Pair padding, Pair dilation, int64_t groups) {
  const int64_t batch = input.size(0), channels = input.size(1);
  const int64_t height = input.size(2), width = input.size(3);
  const int64_t out_channels = weight.size(0), kh = weight.size(2), kw = weight.size(3);
  const int64_t out_h = (height + 2 * padding[0] - dilation[0] * (kh - 1) - 1) / stride[0] + 1;
  const int64_t out_w = (width + 2 * padding[1] - dilation[1] * (kw - 1) - 1) / stride[1] + 1;
  const int64_t group_in = channels / groups, group_out = out_channels / groups;
  const Tensor x = toDtype(contiguous(input), ScalarType::Double);
  const Tensor w = toDtype(contiguous(weight), ScalarType::Double);
  Tensor out = zeros({batch, out_channels, out_h, out_w}, ScalarType::Double);
  const double* xp = x.data<double>();
  const double* wp = w.data<double>();
  double* op = out.data<double>();
  const Tensor b = bias ? toDtype(contiguous(*bias), ScalarType::Double) : Tensor();
  for (int64_t n = 0; n < batch; ++n)
    for (int64_t o = 0; o < out_channels; ++o)
      for (int64_t oy = 0; oy < out_h; ++oy)
        for (int64_t ox = 0; ox < out_w; ++ox) {
          double total = bias ? b.data<double>()[o] : 0.0;
          const int64_t g = o / group_out;
          for (int64_t c = 0; c < group_in; ++c)
            for (int64_t ky = 0; ky < kh; ++ky)
              for (int64_t kx = 0; kx < kw; ++kx) {
                const int64_t y = oy * stride[0] - padding[0] + ky * dilation[0];
                const int64_t xx = ox * stride[1] - padding[1] + kx * dilation[1];
                if (y < 0 || y >= height || xx < 0 || xx >= width) continue;
                total += xp[((n * channels + g * group_in + c) * height + y) * width + xx] *
                         wp[((o * group_in + c) * kh + ky) * kw + kx];
              }
          op[((n * out_channels + o) * out_h + oy) * out_w + ox] = total;
        }
  return toDtype(out, input.dtype());
}

}  // namespace minijit::ops
