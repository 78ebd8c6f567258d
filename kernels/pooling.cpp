// Resampling the last two dimensions of (N, C, H, W) or (C, H, W) tensors: max_pool2d and
// avg_pool2d (stride, padding, dilation, ceil_mode), adaptive_avg_pool2d, and upsampling
// (nearest, bilinear). Each output pixel is computed from one window or neighbourhood of
// its input plane, with upstream's index arithmetic (ATen/native/Pool.h, UpSample.h).
// Book chapter "Tensors and kernels".
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "kernels/dispatch.h"
#include "kernels/nn.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

// An int[2] argument given as one value means the same value twice.
Pair pairArgument(const std::vector<int64_t>& values, const char* message) {
  if (values.size() == 1) return {values[0], values[0]};
  if (values.size() == 2) return {values[0], values[1]};
  throw TensorError(message);
}

// Upstream's pooling_output_shape: floor or ceil division, and with ceil_mode the last
// window must still start inside the input or its left padding.
int64_t pooledSize(int64_t input, int64_t kernel, int64_t pad, int64_t stride, int64_t dilation,
                   bool ceil_mode) {
  const int64_t numerator = input + 2 * pad - dilation * (kernel - 1) - 1 + (ceil_mode ? stride - 1 : 0);
  int64_t out = (numerator >= 0 ? numerator / stride : -((-numerator + stride - 1) / stride)) + 1;
  if (ceil_mode && (out - 1) * stride >= input + pad) --out;
  return out;
}

// The geometry of one 2-D pooling call: input planes and the window of each output pixel.
struct PoolShape {
  int64_t planes, height, width, out_h, out_w;
  Pair kernel, stride, padding, dilation;
};

PoolShape poolShape(const Tensor& self, const std::vector<int64_t>& kernel_size,
                    const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
                    const std::vector<int64_t>& dilation, bool ceil_mode) {
  PoolShape s{};
  s.kernel = pairArgument(kernel_size, "pooling: kernel_size must either be a single int, or a tuple of two ints");
  s.stride = stride.empty() ? s.kernel : pairArgument(stride, "pooling: stride must either be omitted, a single int, or a tuple of two ints");
  s.padding = pairArgument(padding, "pooling: padding must either be a single int, or a tuple of two ints");
  s.dilation = pairArgument(dilation, "pooling: dilation must be either a single int, or a tuple of two ints");
  if (s.kernel[0] <= 0 || s.kernel[1] <= 0) {
    throw TensorError("kernel size should be greater than zero, but got kH: " +
                      std::to_string(s.kernel[0]) + " kW: " + std::to_string(s.kernel[1]));
  }
  if (s.stride[0] <= 0 || s.stride[1] <= 0) {
    throw TensorError("stride should be greater than zero, but got dH: " +
                      std::to_string(s.stride[0]) + " dW: " + std::to_string(s.stride[1]));
  }
  if ((self.dim() != 3 && self.dim() != 4) || self.numel() == 0) {
    throw TensorError("non-empty 3D or 4D (batch mode) tensor expected for input");
  }
  for (int i = 0; i < 2; ++i) {
    if (s.padding[i] * 2 > s.kernel[i]) {
      throw TensorError("pad should be at most half of kernel size, but got pad=" +
                        std::to_string(s.padding[i]) + " and kernel_size=" +
                        std::to_string(s.kernel[i]));
    }
  }
  s.height = self.size(-2);
  s.width = self.size(-1);
  s.planes = self.numel() / (s.height * s.width);
  s.out_h = pooledSize(s.height, s.kernel[0], s.padding[0], s.stride[0], s.dilation[0], ceil_mode);
  s.out_w = pooledSize(s.width, s.kernel[1], s.padding[1], s.stride[1], s.dilation[1], ceil_mode);
  if (s.out_h <= 0 || s.out_w <= 0) {
    const int64_t channels = self.size(-3);
    throw TensorError("Given input size: (" + std::to_string(channels) + "x" +
                      std::to_string(s.height) + "x" + std::to_string(s.width) +
                      "). Calculated output size: (" + std::to_string(channels) + "x" +
                      std::to_string(s.out_h) + "x" + std::to_string(s.out_w) +
                      "). Output size is too small");
  }
  return s;
}

std::vector<int64_t> pooledShape(const Tensor& self, int64_t out_h, int64_t out_w) {
  std::vector<int64_t> shape = self.sizes();
  shape[shape.size() - 2] = out_h;
  shape.back() = out_w;
  return shape;
}

void requireFloating(const Tensor& self, const char* kernel_name) {
  if (self.dtype() != ScalarType::Float && self.dtype() != ScalarType::Double) {
    throw TensorError(std::string("\"") + kernel_name + "\" not implemented for '" +
                      scalarTypeName(self.dtype()) + "'");
  }
}

}  // namespace

Tensor maxPool2d(const Tensor& self, const std::vector<int64_t>& kernel_size,
                 const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
                 const std::vector<int64_t>& dilation, bool ceil_mode) {
  const PoolShape s = poolShape(self, kernel_size, stride, padding, dilation, ceil_mode);
  requireFloating(self, "max_pool2d");
  const Tensor input = contiguous(self);
  Tensor out = Tensor::empty(pooledShape(self, s.out_h, s.out_w), self.dtype());
  dispatchByType(self.dtype(), "max_pool2d", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      const T* in = input.data<T>();
      T* o = out.data<T>();
      for (int64_t p = 0; p < s.planes; ++p) {
        const T* plane = in + p * s.height * s.width;
        for (int64_t oy = 0; oy < s.out_h; ++oy) {
          for (int64_t ox = 0; ox < s.out_w; ++ox) {
            // Taps in the padding are skipped (-inf); a NaN in the window wins, as upstream.
            T best = -std::numeric_limits<T>::infinity();
            for (int64_t ky = 0; ky < s.kernel[0]; ++ky) {
              const int64_t y = oy * s.stride[0] - s.padding[0] + ky * s.dilation[0];
              if (y < 0 || y >= s.height) continue;
              for (int64_t kx = 0; kx < s.kernel[1]; ++kx) {
                const int64_t x = ox * s.stride[1] - s.padding[1] + kx * s.dilation[1];
                if (x < 0 || x >= s.width) continue;
                const T value = plane[y * s.width + x];
                if (value > best || std::isnan(value)) best = value;
                if (std::isnan(best)) break;
              }
            }
            *o++ = best;
          }
        }
      }
    }
  });
  return out;
}

Tensor avgPool2d(const Tensor& self, const std::vector<int64_t>& kernel_size,
                 const std::vector<int64_t>& stride, const std::vector<int64_t>& padding,
                 bool ceil_mode, bool count_include_pad, std::optional<int64_t> divisor_override) {
  const PoolShape s = poolShape(self, kernel_size, stride, padding, {1}, ceil_mode);
  if (divisor_override && *divisor_override == 0) throw TensorError("divisor must be not zero");
  const Tensor input = contiguous(self);
  Tensor out = Tensor::empty(pooledShape(self, s.out_h, s.out_w), self.dtype());
  dispatchByType(self.dtype(), "avg_pool2d", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_same_v<T, bool>) {
      throw TensorError("\"avg_pool2d\" not implemented for 'Bool'");
    } else {
      const T* in = input.data<T>();
      T* o = out.data<T>();
      for (int64_t p = 0; p < s.planes; ++p) {
        const T* plane = in + p * s.height * s.width;
        for (int64_t oy = 0; oy < s.out_h; ++oy) {
          for (int64_t ox = 0; ox < s.out_w; ++ox) {
            // The window clipped to input + padding sets count_include_pad's divisor; the
            // window clipped to the input alone is what gets summed.
            int64_t y0 = oy * s.stride[0] - s.padding[0], x0 = ox * s.stride[1] - s.padding[1];
            int64_t y1 = std::min(y0 + s.kernel[0], s.height + s.padding[0]);
            int64_t x1 = std::min(x0 + s.kernel[1], s.width + s.padding[1]);
            const int64_t padded_count = (y1 - y0) * (x1 - x0);
            y0 = std::max<int64_t>(y0, 0);
            x0 = std::max<int64_t>(x0, 0);
            y1 = std::min(y1, s.height);
            x1 = std::min(x1, s.width);
            if (y0 >= y1 || x0 >= x1) {
              *o++ = T(0);
              continue;
            }
            T total = 0;
            for (int64_t y = y0; y < y1; ++y)
              for (int64_t x = x0; x < x1; ++x) total += plane[y * s.width + x];
            const int64_t divisor = divisor_override ? *divisor_override
                                    : count_include_pad ? padded_count
                                                        : (y1 - y0) * (x1 - x0);
            *o++ = static_cast<T>(total / static_cast<T>(divisor));
          }
        }
      }
    }
  });
  return out;
}

Tensor adaptiveAvgPool2d(const Tensor& self, const std::vector<int64_t>& output_size) {
  if (output_size.size() != 2) {
    throw TensorError("adaptive_avg_pool2d: output_size must be 2");
  }
  if (self.dim() != 3 && self.dim() != 4) {
    throw TensorError("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got " +
                      std::to_string(self.dim()) + "D");
  }
  requireFloating(self, "adaptive_avg_pool2d");
  const int64_t height = self.size(-2), width = self.size(-1);
  const int64_t out_h = output_size[0], out_w = output_size[1];
  const int64_t planes = height * width == 0 ? 0 : self.numel() / (height * width);
  const Tensor input = contiguous(self);
  Tensor out = Tensor::empty(pooledShape(self, out_h, out_w), self.dtype());
  dispatchByType(self.dtype(), "adaptive_avg_pool2d", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      const T* in = input.data<T>();
      T* o = out.data<T>();
      // Window i covers [floor(i*in/out), ceil((i+1)*in/out)).
      auto start = [](int64_t i, int64_t in_size, int64_t out_size) { return i * in_size / out_size; };
      auto end = [](int64_t i, int64_t in_size, int64_t out_size) {
        return ((i + 1) * in_size + out_size - 1) / out_size;
      };
      for (int64_t p = 0; p < planes; ++p) {
        const T* plane = in + p * height * width;
        for (int64_t oy = 0; oy < out_h; ++oy) {
          const int64_t y0 = start(oy, height, out_h), y1 = end(oy, height, out_h);
          for (int64_t ox = 0; ox < out_w; ++ox) {
            const int64_t x0 = start(ox, width, out_w), x1 = end(ox, width, out_w);
            T total = 0;
            for (int64_t y = y0; y < y1; ++y)
              for (int64_t x = x0; x < x1; ++x) total += plane[y * width + x];
            *o++ = total / static_cast<T>((y1 - y0) * (x1 - x0));
          }
        }
      }
    }
  });
  return out;
}

namespace {

// Upstream's compute_scales_value: the user's scale factor (as 1/scale) when given and
// positive, else input/output. T is the type upstream computes it in (float for nearest).
template <typename T>
T sourceScale(std::optional<double> scale, int64_t input, int64_t output) {
  return scale && *scale > 0 ? static_cast<T>(1.0 / *scale)
                             : static_cast<T>(input) / static_cast<T>(output);
}

void checkUpsample(const Tensor& self, const std::vector<int64_t>& output_size) {
  if (output_size.size() != 2) {
    throw TensorError("It is expected output_size equals to 2, but got size " +
                      std::to_string(output_size.size()));
  }
  if (self.dim() != 4) {
    throw TensorError("It is expected input_size equals to 4, but got size " +
                      std::to_string(self.dim()));
  }
  if (output_size[0] <= 0 || output_size[1] <= 0 || self.size(2) <= 0 || self.size(3) <= 0) {
    throw TensorError("Input and output sizes should be greater than 0");
  }
}

}  // namespace

Tensor upsampleNearest2d(const Tensor& self, const std::vector<int64_t>& output_size,
                         std::optional<double> scales_h, std::optional<double> scales_w) {
  checkUpsample(self, output_size);
  const int64_t height = self.size(2), width = self.size(3);
  const int64_t out_h = output_size[0], out_w = output_size[1];
  // Upstream's nearest_idx: floor(dst * scale) in float, clamped to the last input pixel.
  auto source = [](int64_t dst, int64_t in, int64_t out, std::optional<double> scale) {
    if (out == in) return dst;
    if (out == 2 * in) return dst >> 1;
    const float s = sourceScale<float>(scale, in, out);
    return std::min(static_cast<int64_t>(std::floor(static_cast<float>(dst) * s)), in - 1);
  };
  std::vector<int64_t> rows(out_h), cols(out_w);
  for (int64_t y = 0; y < out_h; ++y) rows[y] = source(y, height, out_h, scales_h);
  for (int64_t x = 0; x < out_w; ++x) cols[x] = source(x, width, out_w, scales_w);
  const Tensor planes = contiguous(self);
  Tensor out = Tensor::empty({self.size(0), self.size(1), out_h, out_w}, self.dtype());
  const int64_t plane_count = self.size(0) * self.size(1);
  const size_t bytes = elementSize(self.dtype());
  const char* in = static_cast<const char*>(planes.dataPtr());
  char* o = static_cast<char*>(out.dataPtr());
  for (int64_t p = 0; p < plane_count; ++p) {
    for (int64_t y = 0; y < out_h; ++y) {
      for (int64_t x = 0; x < out_w; ++x) {
        const int64_t from = (p * height + rows[y]) * width + cols[x];
        const int64_t to = (p * out_h + y) * out_w + x;
        std::memcpy(o + to * static_cast<int64_t>(bytes), in + from * static_cast<int64_t>(bytes), bytes);
      }
    }
  }
  return out;
}

Tensor upsampleBilinear2d(const Tensor& self, const std::vector<int64_t>& output_size,
                          bool align_corners, std::optional<double> scales_h,
                          std::optional<double> scales_w) {
  checkUpsample(self, output_size);
  requireFloating(self, "upsample_bilinear2d_channels_last");
  const int64_t height = self.size(2), width = self.size(3);
  const int64_t out_h = output_size[0], out_w = output_size[1];
  const Tensor planes = contiguous(self);
  Tensor out = Tensor::empty({self.size(0), self.size(1), out_h, out_w}, self.dtype());
  dispatchByType(self.dtype(), "upsample_bilinear2d", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      // Upstream's area_pixel_compute_source_index: the two neighbours and their weights.
      struct Tap {
        int64_t low, high;
        T low_weight, high_weight;
      };
      auto taps = [&](int64_t in, int64_t out_size, std::optional<double> scale) {
        const T ratio = align_corners
                            ? (out_size > 1 ? static_cast<T>(in - 1) / static_cast<T>(out_size - 1) : T(0))
                            : sourceScale<T>(scale, in, out_size);
        std::vector<Tap> result(out_size);
        for (int64_t i = 0; i < out_size; ++i) {
          T src = align_corners ? ratio * static_cast<T>(i)
                                : ratio * (static_cast<T>(i) + T(0.5)) - T(0.5);
          if (!align_corners && src < 0) src = 0;
          const int64_t low = static_cast<int64_t>(src);
          const int64_t high = low + (low < in - 1 ? 1 : 0);
          const T lambda = src - static_cast<T>(low);
          result[i] = {low, high, T(1) - lambda, lambda};
        }
        return result;
      };
      const std::vector<Tap> ys = taps(height, out_h, scales_h), xs = taps(width, out_w, scales_w);
      const T* in = planes.template data<T>();
      T* o = out.template data<T>();
      for (int64_t p = 0, n = self.size(0) * self.size(1); p < n; ++p) {
        const T* plane = in + p * height * width;
        for (const Tap& y : ys) {
          for (const Tap& x : xs) {
            *o++ = y.low_weight * (x.low_weight * plane[y.low * width + x.low] +
                                   x.high_weight * plane[y.low * width + x.high]) +
                   y.high_weight * (x.low_weight * plane[y.high * width + x.low] +
                                    x.high_weight * plane[y.high * width + x.high]);
          }
        }
      }
    }
  });
  return out;
}

}  // namespace minijit::ops
