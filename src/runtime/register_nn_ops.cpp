// Kernels for the neural-network, linear-algebra, indexing/shaping and factory operators
// (conv2d, pooling, normalization, bmm, cat/stack, gather, sort, arange, randn, ...): each
// binds one upstream schema to a function of kernels/nn.h, linalg.h, indexing.h, factory.h
// or random.h, taking every schema argument in order. Book chapter 7 / "Tensors and kernels".
#include <functional>
#include <optional>
#include <string>

#include "kernels/factory.h"
#include "kernels/indexing.h"
#include "kernels/linalg.h"
#include "kernels/nn.h"
#include "kernels/ops.h"
#include "kernels/random.h"
#include "runtime/register_helpers.h"
#include "runtime/runtime_error.h"

namespace minijit {

namespace {

using IntList = std::vector<int64_t>;

std::optional<Tensor> optionalTensor(const IValue& value) {
  if (value.isNone()) return std::nullopt;
  return value.toTensor();
}

std::optional<double> optionalDouble(const IValue& value) {
  if (value.isNone()) return std::nullopt;
  return value.toDouble();
}

std::optional<ScalarType> optionalDtype(const IValue& dtype) {
  if (dtype.isNone()) return std::nullopt;
  return static_cast<ScalarType>(dtype.toInt());
}

std::vector<Tensor> tensorList(const IValue& value) {
  std::vector<Tensor> tensors;
  for (const IValue& element : value.toList()->elements) tensors.push_back(element.toTensor());
  return tensors;
}

IValue listOf(const std::vector<Tensor>& tensors) {
  return IValue::list(std::vector<IValue>(tensors.begin(), tensors.end()), Type::tensor());
}

IValue pairOf(const std::pair<Tensor, Tensor>& values) {
  return IValue::tuple({values.first, values.second});
}

// For schemas with two results, e.g. sort -> (Tensor values, Tensor indices): the node has
// two outputs, so the kernel leaves two values on the stack rather than one tuple.
template <typename... Args, typename Fn>
Kernel makePairKernel(Fn fn) {
  Kernel single = makeKernel<Args...>(fn);
  return [single](Stack& stack) {
    single(stack);
    const IValue pair = pop(stack);
    for (const IValue& element : pair.toTuple()->elements) stack.push_back(element);
  };
}

void registerLinearAlgebra(OperatorRegistry& r) {
  r.add("aten::bmm", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::bmm(a, b); }));
  r.add("aten::addmm", makeKernel<Tensor, Tensor, Tensor, Scalar, Scalar>(
                           [](Tensor self, Tensor m1, Tensor m2, Scalar beta, Scalar alpha) {
                             return ops::addmm(self, m1, m2, beta, alpha);
                           }));
  r.add("aten::linear", makeKernel<Tensor, Tensor, IValue>([](Tensor x, Tensor w, const IValue& b) {
          return ops::linear(x, w, optionalTensor(b));
        }));
  r.add("aten::dot", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::dot(a, b); }));
  r.add("aten::mv", makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::mv(a, b); }));
  r.add("aten::outer",
        makeKernel<Tensor, Tensor>([](Tensor a, Tensor b) { return ops::outer(a, b); }));
}

// conv1d/conv2d(input, weight, bias?, stride, padding, dilation, groups), with `padding` an
// int list or (the .padding overload) "valid" / "same".
template <typename Padding, Tensor (*Conv)(const Tensor&, const Tensor&, const std::optional<Tensor>&,
                                           const IntList&, const Padding&, const IntList&, int64_t)>
Kernel convolutionKernel() {
  return makeKernel<Tensor, Tensor, IValue, IntList, Padding, IntList, int64_t>(
      [](Tensor x, Tensor w, const IValue& b, IntList stride, Padding padding, IntList dilation,
         int64_t groups) { return Conv(x, w, optionalTensor(b), stride, padding, dilation, groups); });
}

void registerConvolutionAndPooling(OperatorRegistry& r) {
  r.add("aten::conv2d", convolutionKernel<IntList, ops::conv2d>());
  r.add("aten::conv2d.padding", convolutionKernel<std::string, ops::conv2d>());
  r.add("aten::conv1d", convolutionKernel<IntList, ops::conv1d>());
  r.add("aten::conv1d.padding", convolutionKernel<std::string, ops::conv1d>());
  r.add("aten::max_pool2d", makeKernel<Tensor, IntList, IntList, IntList, IntList, bool>(
                                [](Tensor x, IntList k, IntList s, IntList p, IntList d, bool ceil) {
                                  return ops::maxPool2d(x, k, s, p, d, ceil);
                                }));
  r.add("aten::avg_pool2d",
        makeKernel<Tensor, IntList, IntList, IntList, bool, bool, std::optional<int64_t>>(
            [](Tensor x, IntList k, IntList s, IntList p, bool ceil, bool include_pad,
               std::optional<int64_t> divisor) {
              return ops::avgPool2d(x, k, s, p, ceil, include_pad, divisor);
            }));
  r.add("aten::adaptive_avg_pool2d", makeKernel<Tensor, IntList>([](Tensor x, IntList size) {
          return ops::adaptiveAvgPool2d(x, size);
        }));
}

// The .vec overloads (what F.interpolate calls): an output size, or scale factors from which
// the size is floor(input * scale) and which also place the source pixels.
struct UpsampleTarget {
  IntList size;
  std::optional<double> scale_h, scale_w;
};

UpsampleTarget upsampleTarget(const Tensor& input, const IValue& output_size,
                              const IValue& scale_factors) {
  if (!output_size.isNone()) return {output_size.toIntVector(), std::nullopt, std::nullopt};
  if (scale_factors.isNone()) {
    throw TensorError("Must specify exactly one of output_size and scale_factors");
  }
  std::vector<double> scales;
  for (const IValue& s : scale_factors.toList()->elements) scales.push_back(s.toDouble());
  if (scales.size() != 2 || input.dim() != 4) {
    throw TensorError("It is expected input_size equals to 4, but got size " +
                      std::to_string(input.dim()));
  }
  return {{static_cast<int64_t>(static_cast<double>(input.size(2)) * scales[0]),
           static_cast<int64_t>(static_cast<double>(input.size(3)) * scales[1])},
          scales[0], scales[1]};
}

void registerNormalizationAndResampling(OperatorRegistry& r) {
  r.add("aten::batch_norm",
        makeKernel<Tensor, IValue, IValue, IValue, IValue, bool, double, double, bool>(
            [](Tensor x, const IValue& w, const IValue& b, const IValue& mean, const IValue& var,
               bool training, double momentum, double eps, bool) {
              return ops::batchNorm(x, optionalTensor(w), optionalTensor(b), optionalTensor(mean),
                                    optionalTensor(var), training, momentum, eps);
            }));
  r.add("aten::layer_norm", makeKernel<Tensor, IntList, IValue, IValue, double, bool>(
                                [](Tensor x, IntList shape, const IValue& w, const IValue& b,
                                   double eps, bool) {
                                  return ops::layerNorm(x, shape, optionalTensor(w),
                                                        optionalTensor(b), eps);
                                }));
  r.add("aten::group_norm", makeKernel<Tensor, int64_t, IValue, IValue, double, bool>(
                                [](Tensor x, int64_t groups, const IValue& w, const IValue& b,
                                   double eps, bool) {
                                  return ops::groupNorm(x, groups, optionalTensor(w),
                                                        optionalTensor(b), eps);
                                }));
  // padding_idx, scale_grad_by_freq and sparse only matter for gradients.
  r.add("aten::embedding", makeKernel<Tensor, Tensor, int64_t, bool, bool>(
                               [](Tensor w, Tensor indices, int64_t, bool, bool) {
                                 return ops::embedding(w, indices);
                               }));
  r.add("aten::dropout", makeKernel<Tensor, double, bool>([](Tensor x, double p, bool train) {
          return ops::dropout(x, p, train);
        }));
  r.add("aten::upsample_nearest2d", makeKernel<Tensor, IntList, IValue, IValue>(
                                        [](Tensor x, IntList size, const IValue& h, const IValue& w) {
                                          return ops::upsampleNearest2d(x, size, optionalDouble(h),
                                                                        optionalDouble(w));
                                        }));
  r.add("aten::upsample_nearest2d.vec",
        makeKernel<Tensor, IValue, IValue>([](Tensor x, const IValue& size, const IValue& scales) {
          const UpsampleTarget t = upsampleTarget(x, size, scales);
          return ops::upsampleNearest2d(x, t.size, t.scale_h, t.scale_w);
        }));
  r.add("aten::upsample_bilinear2d",
        makeKernel<Tensor, IntList, bool, IValue, IValue>(
            [](Tensor x, IntList size, bool align, const IValue& h, const IValue& w) {
              return ops::upsampleBilinear2d(x, size, align, optionalDouble(h), optionalDouble(w));
            }));
  r.add("aten::upsample_bilinear2d.vec",
        makeKernel<Tensor, IValue, bool, IValue>(
            [](Tensor x, const IValue& size, bool align, const IValue& scales) {
              const UpsampleTarget t = upsampleTarget(x, size, scales);
              return ops::upsampleBilinear2d(x, t.size, align, t.scale_h, t.scale_w);
            }));
}

void registerActivations(OperatorRegistry& r) {
  r.add("aten::relu6", makeKernel<Tensor>([](Tensor x) { return ops::relu6(x); }));
  r.add("aten::gelu", makeKernel<Tensor, std::string>(
                          [](Tensor x, std::string approximate) { return ops::gelu(x, approximate); }));
  r.add("aten::silu", makeKernel<Tensor>([](Tensor x) { return ops::silu(x); }));
  r.add("aten::hardswish", makeKernel<Tensor>([](Tensor x) { return ops::hardswish(x); }));
  r.add("aten::hardsigmoid", makeKernel<Tensor>([](Tensor x) { return ops::hardsigmoid(x); }));
  r.add("aten::leaky_relu", makeKernel<Tensor, Scalar>(
                                [](Tensor x, Scalar slope) { return ops::leakyRelu(x, slope); }));
  r.add("aten::elu", makeKernel<Tensor, Scalar, Scalar, Scalar>(
                         [](Tensor x, Scalar alpha, Scalar scale, Scalar input_scale) {
                           return ops::elu(x, alpha, scale, input_scale);
                         }));
  r.add("aten::softplus", makeKernel<Tensor, Scalar, Scalar>([](Tensor x, Scalar beta, Scalar limit) {
          return ops::softplus(x, beta, limit);
        }));
  // The in-place forms (`F.relu(x, inplace=True)`): the result written into self, with the
  // checks of any in-place op.
  r.add("aten::relu_", makeKernel<Tensor>([](Tensor x) { return ops::assignInPlace(x, ops::relu(x)); }));
  r.add("aten::relu6_", makeKernel<Tensor>([](Tensor x) { return ops::assignInPlace(x, ops::relu6(x)); }));
  r.add("aten::silu_", makeKernel<Tensor>([](Tensor x) { return ops::assignInPlace(x, ops::silu(x)); }));
  r.add("aten::hardswish_", makeKernel<Tensor>([](Tensor x) {
          return ops::assignInPlace(x, ops::hardswish(x));
        }));
  r.add("aten::hardsigmoid_", makeKernel<Tensor>([](Tensor x) {
          return ops::assignInPlace(x, ops::hardsigmoid(x));
        }));
  r.add("aten::leaky_relu_", makeKernel<Tensor, Scalar>([](Tensor x, Scalar slope) {
          return ops::assignInPlace(x, ops::leakyRelu(x, slope));
        }));
  r.add("aten::elu_", makeKernel<Tensor, Scalar, Scalar, Scalar>(
                          [](Tensor x, Scalar alpha, Scalar scale, Scalar input_scale) {
                            return ops::assignInPlace(x, ops::elu(x, alpha, scale, input_scale));
                          }));
  r.add("aten::dropout_", makeKernel<Tensor, double, bool>([](Tensor x, double p, bool train) {
          return ops::assignInPlace(x, ops::dropout(x, p, train));
        }));
}

void registerJoiningAndPicking(OperatorRegistry& r) {
  r.add("aten::cat", makeKernel<IValue, int64_t>([](const IValue& list, int64_t dim) {
          return ops::cat(tensorList(list), dim);
        }));
  r.add("aten::stack", makeKernel<IValue, int64_t>([](const IValue& list, int64_t dim) {
          return ops::stack(tensorList(list), dim);
        }));
  r.add("aten::index_select", makeKernel<Tensor, int64_t, Tensor>([](Tensor x, int64_t dim, Tensor i) {
          return ops::indexSelect(x, dim, i);
        }));
  r.add("aten::gather", makeKernel<Tensor, int64_t, Tensor, bool>(
                            [](Tensor x, int64_t dim, Tensor i, bool) { return ops::gather(x, dim, i); }));
  r.add("aten::scatter.src", makeKernel<Tensor, int64_t, Tensor, Tensor>(
                                 [](Tensor x, int64_t dim, Tensor i, Tensor src) {
                                   return ops::scatter(x, dim, i, src);
                                 }));
  r.add("aten::scatter.value", makeKernel<Tensor, int64_t, Tensor, Scalar>(
                                   [](Tensor x, int64_t dim, Tensor i, Scalar value) {
                                     return ops::scatter(x, dim, i, value);
                                   }));
  r.add("aten::scatter.reduce", makeKernel<Tensor, int64_t, Tensor, Tensor, std::string>(
                                    [](Tensor x, int64_t dim, Tensor i, Tensor src, std::string reduce) {
                                      return ops::scatter(x, dim, i, src, reduce);
                                    }));
  r.add("aten::scatter.value_reduce",
        makeKernel<Tensor, int64_t, Tensor, Scalar, std::string>(
            [](Tensor x, int64_t dim, Tensor i, Scalar value, std::string reduce) {
              return ops::scatter(x, dim, i, value, reduce);
            }));
  r.add("aten::sort", makePairKernel<Tensor, int64_t, bool>([](Tensor x, int64_t dim, bool descending) {
          return pairOf(ops::sort(x, dim, descending));
        }));
  // Our sort is always stable, so `stable` changes nothing.
  r.add("aten::sort.stable", makePairKernel<Tensor, IValue, int64_t, bool>(
                                 [](Tensor x, const IValue&, int64_t dim, bool descending) {
                                   return pairOf(ops::sort(x, dim, descending));
                                 }));
  r.add("aten::argsort", makeKernel<Tensor, int64_t, bool>([](Tensor x, int64_t dim, bool descending) {
          return ops::argsort(x, dim, descending);
        }));
  r.add("aten::argsort.stable", makeKernel<Tensor, bool, int64_t, bool>(
                                    [](Tensor x, bool, int64_t dim, bool descending) {
                                      return ops::argsort(x, dim, descending);
                                    }));
  r.add("aten::topk", makePairKernel<Tensor, int64_t, int64_t, bool, bool>(
                          [](Tensor x, int64_t k, int64_t dim, bool largest, bool sorted) {
                            return pairOf(ops::topk(x, k, dim, largest, sorted));
                          }));
}

void registerRearranging(OperatorRegistry& r) {
  r.add("aten::flip", makeKernel<Tensor, IntList>([](Tensor x, IntList dims) { return ops::flip(x, dims); }));
  r.add("aten::roll", makeKernel<Tensor, IntList, IntList>([](Tensor x, IntList shifts, IntList dims) {
          return ops::roll(x, shifts, dims);
        }));
  r.add("aten::repeat", makeKernel<Tensor, IntList>([](Tensor x, IntList n) { return ops::repeat(x, n); }));
  r.add("aten::tril", makeKernel<Tensor, int64_t>([](Tensor x, int64_t d) { return ops::tril(x, d); }));
  r.add("aten::triu", makeKernel<Tensor, int64_t>([](Tensor x, int64_t d) { return ops::triu(x, d); }));
  r.add("aten::constant_pad_nd", makeKernel<Tensor, IntList, Scalar>([](Tensor x, IntList pad, Scalar v) {
          return ops::constantPadNd(x, pad, v);
        }));
  r.add("aten::pad", makeKernel<Tensor, IntList, std::string, IValue>(
                         [](Tensor x, IntList pad, std::string mode, const IValue& value) {
                           return ops::pad(x, pad, mode, optionalDouble(value));
                         }));
  r.add("aten::narrow", makeKernel<Tensor, int64_t, int64_t, int64_t>(
                            [](Tensor x, int64_t dim, int64_t start, int64_t length) {
                              return ops::narrow(x, dim, start, length);
                            }));
  r.add("aten::unbind.int", makeKernel<Tensor, int64_t>(
                                [](Tensor x, int64_t dim) { return listOf(ops::unbind(x, dim)); }));
  r.add("aten::chunk", makeKernel<Tensor, int64_t, int64_t>([](Tensor x, int64_t chunks, int64_t dim) {
          return listOf(ops::chunk(x, chunks, dim));
        }));
  r.add("aten::split.Tensor", makeKernel<Tensor, int64_t, int64_t>([](Tensor x, int64_t size, int64_t dim) {
          return listOf(ops::split(x, size, dim));
        }));
  r.add("aten::split.sizes", makeKernel<Tensor, IntList, int64_t>([](Tensor x, IntList sizes, int64_t dim) {
          return listOf(ops::splitWithSizes(x, sizes, dim));
        }));
  r.add("aten::split", makeKernel<Tensor, IntList, int64_t>([](Tensor x, IntList sizes, int64_t dim) {
          return listOf(ops::splitWithSizes(x, sizes, dim));
        }));
  r.add("aten::flatten.using_ints", makeKernel<Tensor, int64_t, int64_t>(
                                        [](Tensor x, int64_t start, int64_t end) {
                                          return ops::flatten(x, start, end);
                                        }));
  r.add("aten::permute", makeKernel<Tensor, IntList>([](Tensor x, IntList d) { return ops::permute(x, d); }));
  r.add("aten::expand", makeKernel<Tensor, IntList, bool>(
                            [](Tensor x, IntList sizes, bool) { return ops::expand(x, sizes); }));
}

// The trailing (dtype, layout, device, pin_memory) of factory schemas: only dtype matters on CPU.
void registerFactories(OperatorRegistry& r) {
  using Opt = const IValue&;
  r.add("aten::arange", makeKernel<Scalar, IValue, IValue, IValue, IValue>(
                            [](Scalar end, Opt dtype, Opt, Opt, Opt) {
                              return ops::arange(0, end, 1, optionalDtype(dtype));
                            }));
  r.add("aten::arange.start", makeKernel<Scalar, Scalar, IValue, IValue, IValue, IValue>(
                                  [](Scalar start, Scalar end, Opt dtype, Opt, Opt, Opt) {
                                    return ops::arange(start, end, 1, optionalDtype(dtype));
                                  }));
  r.add("aten::arange.start_step",
        makeKernel<Scalar, Scalar, Scalar, IValue, IValue, IValue, IValue>(
            [](Scalar start, Scalar end, Scalar step, Opt dtype, Opt, Opt, Opt) {
              return ops::arange(start, end, step, optionalDtype(dtype));
            }));
  r.add("aten::linspace", makeKernel<Scalar, Scalar, int64_t, IValue, IValue, IValue, IValue>(
                              [](Scalar start, Scalar end, int64_t steps, Opt dtype, Opt, Opt, Opt) {
                                return ops::linspace(start, end, steps, optionalDtype(dtype));
                              }));
  r.add("aten::eye", makeKernel<int64_t, IValue, IValue, IValue, IValue>(
                         [](int64_t n, Opt dtype, Opt, Opt, Opt) {
                           return ops::eye(n, n, optionalDtype(dtype).value_or(ScalarType::Float));
                         }));
  r.add("aten::eye.m", makeKernel<int64_t, int64_t, IValue, IValue, IValue, IValue>(
                           [](int64_t n, int64_t m, Opt dtype, Opt, Opt, Opt) {
                             return ops::eye(n, m, optionalDtype(dtype).value_or(ScalarType::Float));
                           }));
  auto like = [](const Scalar& value) {
    return makeKernel<Tensor, IValue, IValue, IValue, IValue, IValue>(
        [value](Tensor x, Opt dtype, Opt, Opt, Opt, Opt) {
          return ops::fullLike(x, value, optionalDtype(dtype));
        });
  };
  r.add("aten::zeros_like", like(0));
  r.add("aten::ones_like", like(1));
  r.add("aten::empty_like", like(0));  // uninitialized upstream; zeros here, deterministically
  r.add("aten::full_like", makeKernel<Tensor, Scalar, IValue, IValue, IValue, IValue, IValue>(
                               [](Tensor x, Scalar value, Opt dtype, Opt, Opt, Opt, Opt) {
                                 return ops::fullLike(x, value, optionalDtype(dtype));
                               }));
}

void registerRandom(OperatorRegistry& r) {
  using Opt = const IValue&;
  r.add("aten::manual_seed", makeKernel<int64_t>([](int64_t seed) {
          defaultGenerator().manualSeed(static_cast<uint64_t>(seed));
        }));
  r.add("aten::rand", makeKernel<IntList, IValue, IValue, IValue, IValue>(
                          [](IntList size, Opt dtype, Opt, Opt, Opt) {
                            return ops::rand(size, optionalDtype(dtype).value_or(ScalarType::Float),
                                             defaultGenerator());
                          }));
  r.add("aten::randn", makeKernel<IntList, IValue, IValue, IValue, IValue>(
                           [](IntList size, Opt dtype, Opt, Opt, Opt) {
                             return ops::randn(size, optionalDtype(dtype).value_or(ScalarType::Float),
                                               defaultGenerator());
                           }));
  r.add("aten::randint", makeKernel<int64_t, IntList, IValue, IValue, IValue, IValue>(
                             [](int64_t high, IntList size, Opt dtype, Opt, Opt, Opt) {
                               return ops::randint(0, high, size,
                                                   optionalDtype(dtype).value_or(ScalarType::Long),
                                                   defaultGenerator());
                             }));
  r.add("aten::randint.low", makeKernel<int64_t, int64_t, IntList, IValue, IValue, IValue, IValue>(
                                 [](int64_t low, int64_t high, IntList size, Opt dtype, Opt, Opt, Opt) {
                                   return ops::randint(low, high, size,
                                                       optionalDtype(dtype).value_or(ScalarType::Long),
                                                       defaultGenerator());
                                 }));
}

}  // namespace

// Advanced indexing and writes into tensors: x[mask], x[i] = v (copy_), x[mask] = v
// (index_put_), and the scalar-to-tensor conversion those assignments use.
std::vector<std::optional<Tensor>> optionalTensors(const IValue& list) {
  std::vector<std::optional<Tensor>> result;
  for (const IValue& v : list.toList()->elements) {
    if (v.isNone()) {
      result.emplace_back(std::nullopt);
    } else {
      result.emplace_back(v.toTensor());
    }
  }
  return result;
}

void registerTensorWrites(OperatorRegistry& r) {
  r.add("aten::index.Tensor", [](Stack& stack) {
    IValue indices = pop(stack);
    Tensor self = pop(stack).toTensor();
    stack.push_back(IValue(ops::index(self, optionalTensors(indices))));
  });
  auto indexPut = [](Stack& stack) {
    bool accumulate = pop(stack).toBool();
    Tensor values = pop(stack).toTensor();
    IValue indices = pop(stack);
    Tensor self = pop(stack).toTensor();
    ops::indexPut(self, optionalTensors(indices), values, accumulate);
    stack.push_back(IValue(self));
  };
  r.add("aten::index_put_", indexPut);
  // x.index_put_([i], v): the Tensor[] overload TorchScript picks for a list of tensors.
  r.add("aten::index_put_.hacked_twin", indexPut);
  r.add("aten::copy_", [](Stack& stack) {
    pop(stack);  // non_blocking: copies here are synchronous
    Tensor src = pop(stack).toTensor();
    Tensor self = pop(stack).toTensor();
    ops::copyInto(self, src);
    stack.push_back(IValue(self));
  });
  // torch.tensor(number, dtype=..., device=...): a 0-dim tensor.
  auto scalarToTensor = [](Stack& stack) {
    pop(stack);  // requires_grad: minijit has no autograd
    pop(stack);  // device: the tensor is made on the CPU
    IValue dtype = pop(stack);
    IValue value = pop(stack);
    Scalar scalar = value.toScalar();
    ScalarType type = dtype.isNone() ? ops::defaultDtypeFor(scalar)
                                     : static_cast<ScalarType>(dtype.toInt());
    stack.push_back(IValue(Tensor::scalarTensor(scalar, type)));
  };
  r.add("aten::tensor.float", scalarToTensor);
  r.add("aten::tensor.int", scalarToTensor);
  r.add("aten::tensor.bool", scalarToTensor);
  // torch.tensor(nested lists): the shape from the lengths (every sublist at a depth must
  // have the same length), the dtype from the innermost element type as TorchScript types it
  // (float -> float32, int -> int64, bool -> bool; an empty int list stays int64, unlike
  // eager Python), then converted to `dtype` when one is given.
  r.add("aten::tensor", [](Stack& stack) {
    pop(stack);  // requires_grad
    pop(stack);  // device
    IValue dtype = pop(stack);
    IValue data = pop(stack);
    TypePtr element = data.toList()->element_type;
    std::vector<int64_t> sizes{static_cast<int64_t>(data.toList()->elements.size())};
    for (const IValue* level = &data; element->kind() == TypeKind::List;
         element = element->elementType()) {
      const auto& elements = level->toList()->elements;
      level = elements.empty() ? nullptr : &elements[0];
      sizes.push_back(level ? static_cast<int64_t>(level->toList()->elements.size()) : 0);
      if (!level) break;
    }
    while (element->kind() == TypeKind::List) element = element->elementType();
    ScalarType type = element->kind() == TypeKind::Float  ? ScalarType::Float
                      : element->kind() == TypeKind::Bool ? ScalarType::Bool
                                                          : ScalarType::Long;
    std::vector<const IValue*> values;
    std::function<void(const IValue&, size_t)> flatten = [&](const IValue& v, size_t dim) {
      if (dim == sizes.size()) return values.push_back(&v);
      const auto& elements = v.toList()->elements;
      if (static_cast<int64_t>(elements.size()) != sizes[dim]) {
        throw OperatorError("Expected sequence of length " + std::to_string(sizes[dim]) +
                            " at dim " + std::to_string(dim) + " (got " +
                            std::to_string(elements.size()) + ")");
      }
      for (const IValue& e : elements) flatten(e, dim + 1);
    };
    flatten(data, 0);
    Tensor out = Tensor::empty(sizes, type);
    for (size_t i = 0; i < values.size(); ++i) {
      if (type == ScalarType::Float) {
        out.data<float>()[i] = static_cast<float>(values[i]->toDouble());
      } else if (type == ScalarType::Bool) {
        out.data<bool>()[i] = values[i]->toBool();
      } else {
        out.data<int64_t>()[i] = values[i]->toInt();
      }
    }
    if (!dtype.isNone()) out = ops::toDtype(out, static_cast<ScalarType>(dtype.toInt()));
    stack.push_back(IValue(out));
  });
}

void registerNnOps(OperatorRegistry& registry) {
  registerTensorWrites(registry);
  registerLinearAlgebra(registry);
  registerConvolutionAndPooling(registry);
  registerNormalizationAndResampling(registry);
  registerActivations(registry);
  registerJoiningAndPicking(registry);
  registerRearranging(registry);
  registerFactories(registry);
  registerRandom(registry);
}

}  // namespace minijit
