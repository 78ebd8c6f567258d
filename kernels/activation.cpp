// Activation functions (relu6, gelu, silu, hardswish, hardsigmoid, leaky_relu, elu,
// softplus) and dropout. Each is one lambda run by the shared elementwise loop; the
// formulas are upstream's, computed in the tensor's own floating type.
// Book chapter "Tensors and kernels".
#include <cmath>

#include "kernels/dispatch.h"
#include "kernels/elementwise_loop.h"
#include "kernels/nn.h"
#include "kernels/ops.h"
#include "kernels/random.h"

namespace minijit::ops {

namespace {

// out = f(self) for Float/Double tensors; other dtypes get upstream's "not implemented"
// error naming `kernel_name`. `make(tag)` returns the lambda for element type T.
template <typename Make>
Tensor floatingUnary(const Tensor& self, const char* kernel_name, Make make) {
  if (self.dtype() != ScalarType::Float && self.dtype() != ScalarType::Double) {
    throw TensorError(std::string("\"") + kernel_name + "\" not implemented for '" +
                      scalarTypeName(self.dtype()) + "'");
  }
  Tensor out = Tensor::empty(self.sizes(), self.dtype());
  dispatchByType(self.dtype(), kernel_name, [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) unaryKernel<T, T>(out, self, make(tag));
  });
  return out;
}

}  // namespace

Tensor relu6(const Tensor& self) {
  // hardtanh(x, 0, 6): integers allowed; NaN passes through.
  Tensor out = Tensor::empty(self.sizes(), self.dtype());
  dispatchByType(self.dtype(), "hardtanh_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_same_v<T, bool>) {
      throw TensorError("\"hardtanh_cpu\" not implemented for 'Bool'");
    } else {
      unaryKernel<T, T>(out, self, [](T x) {
        if (x != x) return x;
        return x < T(0) ? T(0) : (x > T(6) ? T(6) : x);
      });
    }
  });
  return out;
}

Tensor gelu(const Tensor& self, const std::string& approximate) {
  if (approximate == "none") {
    return floatingUnary(self, "GeluKernelImpl", [](auto tag) {
      using T = typename decltype(tag)::type;
      return [](T x) { return T(x * T(0.5) * (T(1) + std::erf(x * T(M_SQRT1_2)))); };
    });
  }
  if (approximate == "tanh") {
    return floatingUnary(self, "GeluKernelImpl", [](auto tag) {
      using T = typename decltype(tag)::type;
      return [](T x) {
        const T inner = T(M_SQRT2 * M_2_SQRTPI * 0.5) * (x + T(0.044715) * x * x * x);
        return T(T(0.5) * x * (T(1) + std::tanh(inner)));
      };
    });
  }
  throw TensorError("approximate argument must be either none or tanh.");
}

Tensor silu(const Tensor& self) {
  return floatingUnary(self, "silu_cpu", [](auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x) { return T(x / (T(1) + std::exp(-x))); };
  });
}

Tensor hardswish(const Tensor& self) {
  return floatingUnary(self, "hardswish_cpu", [](auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x) { return T(x * std::min(std::max(x + T(3), T(0)), T(6)) / T(6)); };
  });
}

Tensor hardsigmoid(const Tensor& self) {
  return floatingUnary(self, "hardsigmoid_cpu", [](auto tag) {
    using T = typename decltype(tag)::type;
    return [](T x) { return T(std::min(std::max(x + T(3), T(0)), T(6)) / T(6)); };
  });
}

Tensor leakyRelu(const Tensor& self, const Scalar& negative_slope) {
  return floatingUnary(self, "leaky_relu_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T slope = negative_slope.to<T>();
    return [slope](T x) { return x > T(0) ? x : T(x * slope); };
  });
}

Tensor elu(const Tensor& self, const Scalar& alpha, const Scalar& scale,
           const Scalar& input_scale) {
  return floatingUnary(self, "elu_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T negative = T(alpha.to<T>() * scale.to<T>()), positive = scale.to<T>();
    const T input = input_scale.to<T>();
    return [=](T x) {
      return x <= T(0) ? T((std::exp(x * input) - T(1)) * negative) : T(x * positive);
    };
  });
}

Tensor softplus(const Tensor& self, const Scalar& beta, const Scalar& threshold) {
  return floatingUnary(self, "softplus_cpu", [&](auto tag) {
    using T = typename decltype(tag)::type;
    const T b = beta.to<T>(), limit = threshold.to<T>();
    // Above the threshold softplus is x to within rounding; upstream returns x there.
    return [=](T x) { return x * b > limit ? x : T(std::log1p(std::exp(x * b)) / b); };
  });
}

Tensor dropout(const Tensor& input, double p, bool train) {
  if (p < 0 || p > 1) {
    throw TensorError("dropout probability has to be between 0 and 1, but got " +
                      std::to_string(p));
  }
  if (!train || p == 0) return input;
  if (p == 1) return mul(input, 0);
  const Tensor keep = lt(rand(input.sizes(), ScalarType::Float, defaultGenerator()), 1 - p);
  return mul(mul(input, keep), 1 / (1 - p));
}

}  // namespace minijit::ops
