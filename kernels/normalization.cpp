// Normalization (batch_norm, layer_norm, group_norm), embedding lookup and 2-D
// interpolation (nearest, bilinear). The three norms share one step: normalize each row
// of a 2-D view to mean 0 and variance 1, then apply the per-channel affine transform by
// broadcasting. Book chapter "Tensors and kernels".
#include <cmath>

#include "kernels/dispatch.h"
#include "kernels/indexing.h"
#include "kernels/nn.h"
#include "kernels/ops.h"

namespace minijit::ops {

namespace {

std::string listString(const std::vector<int64_t>& values) {
  std::string s = "[";
  for (size_t i = 0; i < values.size(); ++i) s += (i ? ", " : "") + std::to_string(values[i]);
  return s + "]";
}

void requireFloating(const Tensor& self, const char* kernel_name) {
  if (self.dtype() != ScalarType::Float && self.dtype() != ScalarType::Double) {
    throw TensorError(std::string("\"") + kernel_name + "\" not implemented for '" +
                      scalarTypeName(self.dtype()) + "'");
  }
}

// Row statistics of a contiguous (rows, cols) tensor, accumulated in double.
struct RowMoments {
  std::vector<double> mean, variance;  // variance is biased (divides by cols)
};

RowMoments rowMoments(const Tensor& rows2d) {
  const int64_t rows = rows2d.size(0), cols = rows2d.size(1);
  RowMoments m{std::vector<double>(rows, 0.0), std::vector<double>(rows, 0.0)};
  dispatchByType(rows2d.dtype(), "moments", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* x = rows2d.data<T>();
    for (int64_t r = 0; r < rows; ++r) {
      double total = 0, squares = 0;
      for (int64_t c = 0; c < cols; ++c) total += static_cast<double>(x[r * cols + c]);
      const double mean = cols ? total / static_cast<double>(cols) : 0.0;
      for (int64_t c = 0; c < cols; ++c) {
        const double d = static_cast<double>(x[r * cols + c]) - mean;
        squares += d * d;
      }
      m.mean[r] = mean;
      m.variance[r] = cols ? squares / static_cast<double>(cols) : 0.0;
    }
  });
  return m;
}

// (x - mean[r]) / sqrt(var[r] + eps) for each row r of `input` viewed as (rows, -1).
Tensor normalizeRows(const Tensor& input, int64_t rows, const std::vector<double>& mean,
                     const std::vector<double>& variance, double eps) {
  const Tensor x = contiguous(input);
  Tensor out = Tensor::empty(x.sizes(), x.dtype());
  const int64_t cols = rows ? x.numel() / rows : 0;
  dispatchByType(x.dtype(), "normalize", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T* in = x.data<T>();
    T* o = out.data<T>();
    for (int64_t r = 0; r < rows; ++r) {
      const double invstd = 1.0 / std::sqrt(variance[r] + eps);
      for (int64_t c = 0; c < cols; ++c) {
        o[r * cols + c] = static_cast<T>((static_cast<double>(in[r * cols + c]) - mean[r]) * invstd);
      }
    }
  });
  return out;
}

// A per-channel vector (C) shaped to broadcast over dimension 1 of an input of `dims` dims.
Tensor channelView(const Tensor& values, int64_t dims) {
  std::vector<int64_t> shape(dims, 1);
  shape[1] = values.numel();
  return view(values, shape);
}

Tensor affine(Tensor out, const std::optional<Tensor>& weight, const std::optional<Tensor>& bias,
              bool per_channel) {
  if (weight) out = mul(out, per_channel ? channelView(*weight, out.dim()) : *weight);
  if (bias) out = add(out, per_channel ? channelView(*bias, out.dim()) : *bias);
  return out;
}

std::vector<double> asDoubles(const Tensor& t) {
  const Tensor d = contiguous(toDtype(t, ScalarType::Double));
  return std::vector<double>(d.data<double>(), d.data<double>() + d.numel());
}

}  // namespace

Tensor batchNorm(const Tensor& input, const std::optional<Tensor>& weight,
                 const std::optional<Tensor>& bias, const std::optional<Tensor>& running_mean,
                 const std::optional<Tensor>& running_var, bool training, double momentum,
                 double eps) {
  requireFloating(input, "batch_norm");
  if (input.dim() < 2) {
    throw TensorError("Expected 2D or higher input to batch_norm, but got input of size " +
                      listString(input.sizes()));
  }
  const int64_t channels = input.size(1);
  auto check = [&](const std::optional<Tensor>& t, const char* name) {
    if (t && t->numel() != channels) {
      throw TensorError(std::string(name) + " should contain " + std::to_string(channels) +
                        " elements not " + std::to_string(t->numel()));
    }
  };
  check(weight, "weight");
  check(bias, "bias");
  check(running_mean, "running_mean");
  check(running_var, "running_var");
  // Channel-major rows: (C, N * spatial).
  const Tensor by_channel = contiguous(transpose(input, 0, 1));
  std::vector<double> mean, variance;
  if (training) {
    const RowMoments m = rowMoments(view(by_channel, {channels, -1}));
    mean = m.mean;
    variance = m.variance;
    const int64_t count = channels ? input.numel() / channels : 0;
    if (count <= 1) {
      throw TensorError("Expected more than 1 value per channel when training, got input size " +
                        listString(input.sizes()));
    }
    // Running statistics keep the unbiased variance, blended by `momentum`.
    std::vector<double> unbiased(variance);
    for (double& v : unbiased) v *= static_cast<double>(count) / static_cast<double>(count - 1);
    auto blend = [&](const std::optional<Tensor>& running, const std::vector<double>& batch) {
      if (!running) return;
      std::vector<double> old = asDoubles(*running);
      for (int64_t c = 0; c < channels; ++c) old[c] = (1 - momentum) * old[c] + momentum * batch[c];
      copyInto(*running, view(Tensor::fromData(old.data(), {channels}, ScalarType::Double),
                              running->sizes()));
    };
    blend(running_mean, mean);
    blend(running_var, unbiased);
  } else {
    if (!running_mean || !running_var) {
      throw TensorError("running_mean and running_var must be defined in evaluation mode");
    }
    mean = asDoubles(*running_mean);
    variance = asDoubles(*running_var);
  }
  const Tensor normalized = normalizeRows(by_channel, channels, mean, variance, eps);
  return affine(contiguous(transpose(normalized, 0, 1)), weight, bias, /*per_channel=*/true);
}

Tensor layerNorm(const Tensor& input, const std::vector<int64_t>& normalized_shape,
                 const std::optional<Tensor>& weight, const std::optional<Tensor>& bias,
                 double eps) {
  requireFloating(input, "LayerNormKernelImpl");
  const int64_t norm_dims = static_cast<int64_t>(normalized_shape.size());
  bool matches = norm_dims >= 1 && norm_dims <= input.dim();
  for (int64_t i = 0; matches && i < norm_dims; ++i) {
    matches = input.sizes()[input.dim() - norm_dims + i] == normalized_shape[i];
  }
  if (!matches) {
    std::string expected = "[*";
    for (int64_t s : normalized_shape) expected += ", " + std::to_string(s);
    throw TensorError("Given normalized_shape=" + listString(normalized_shape) +
                      ", expected input with shape " + expected + "], but got input of size" +
                      listString(input.sizes()));
  }
  int64_t cols = 1;
  for (int64_t s : normalized_shape) cols *= s;
  const int64_t rows = cols ? input.numel() / cols : 0;
  const Tensor x = contiguous(input);
  const RowMoments m = rowMoments(view(x, {rows, cols}));
  return affine(normalizeRows(x, rows, m.mean, m.variance, eps), weight, bias, false);
}

Tensor groupNorm(const Tensor& input, int64_t num_groups, const std::optional<Tensor>& weight,
                 const std::optional<Tensor>& bias, double eps) {
  requireFloating(input, "GroupNormKernelImpl");
  if (input.dim() < 2) {
    throw TensorError("Expected at least 2 dimensions for input tensor but received " +
                      std::to_string(input.dim()));
  }
  const int64_t batch = input.size(0), channels = input.size(1);
  if (num_groups <= 0 || channels % num_groups != 0) {
    throw TensorError(
        "Expected number of channels in input to be divisible by num_groups, but got input of "
        "shape " + listString(input.sizes()) + " and num_groups=" + std::to_string(num_groups));
  }
  const Tensor x = contiguous(input);
  const int64_t rows = batch * num_groups;
  const RowMoments m = rowMoments(view(x, {rows, -1}));
  return affine(normalizeRows(x, rows, m.mean, m.variance, eps), weight, bias, true);
}

Tensor embedding(const Tensor& weight, const Tensor& indices) {
  if (indices.dtype() != ScalarType::Long && indices.dtype() != ScalarType::Int) {
    throw TensorError(std::string("Expected tensor for argument #1 'indices' to have one of the "
                                  "following scalar types: Long, Int; but got torch.") +
                      scalarTypeName(indices.dtype()) +
                      "Tensor instead (while checking arguments for embedding)");
  }
  if (weight.dim() != 2) throw TensorError("'weight' must be 2-D");
  std::vector<int64_t> shape = indices.sizes();
  shape.push_back(weight.size(1));
  return view(indexSelect(weight, 0, reshape(indices, {-1})), shape);
}

}  // namespace minijit::ops
