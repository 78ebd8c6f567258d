// The one generic elementwise loop every pointwise operator reuses: operands are
// broadcast to an output shape and walked row by row with their own strides.
// Adding an operator means writing a lambda, not a loop. Book chapter "Tensors and kernels".
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "kernels/tensor.h"
#include "kernels/thread_pool.h"

namespace minijit {

// Strides (in elements) that read `tensor` as if broadcast to `shape`: dimensions that
// are missing or of size 1 get stride 0, so every output position maps to an element.
std::vector<int64_t> broadcastStrides(const Tensor& tensor, const std::vector<int64_t>& shape);

// [book:for-each-row]
// Visits every position of `shape` in row-major order, one row (the last dimension) at a
// time: calls row(offsets, length, steps) where offsets[k] is operand k's element offset
// at the start of the row and steps[k] its stride along the row. A 0-dim shape is one
// row of length 1; a shape with a zero size has no rows.
template <size_t N, typename RowFn>
void forEachRow(const std::vector<int64_t>& shape,
                const std::array<std::vector<int64_t>, N>& strides, RowFn&& row) {
  const size_t ndim = shape.size();
  for (int64_t s : shape) {
    if (s == 0) return;
  }
  std::array<int64_t, N> steps{};
  const int64_t length = ndim == 0 ? 1 : shape[ndim - 1];
  for (size_t k = 0; k < N; ++k) steps[k] = ndim == 0 ? 0 : strides[k][ndim - 1];

  // `index` counts over the outer dimensions (all but the last).
  std::vector<int64_t> index(ndim == 0 ? 0 : ndim - 1, 0);
  while (true) {
    std::array<int64_t, N> offsets{};
    for (size_t d = 0; d < index.size(); ++d) {
      for (size_t k = 0; k < N; ++k) offsets[k] += index[d] * strides[k][d];
    }
    row(offsets, length, steps);
    size_t d = index.size();
    while (d > 0 && ++index[d - 1] == shape[d - 1]) index[--d] = 0;
    if (d == 0) return;
  }
}
// [/book:for-each-row]

// [book:contiguous-loop]
// The contiguous fast path of the kernels below: small tensors run inline (no std::function,
// no pool), large ones are split over the thread pool in chunks of kElementwiseGrain or more.
// The operators' lambdas are pure, so chunks may run in any order on any thread.
template <typename Body>
void contiguousLoop(int64_t n, Body&& body) {
  if (n <= kElementwiseGrain) {
    body(int64_t{0}, n);
    return;
  }
  parallelFor(n, kElementwiseGrain, [&](int64_t begin, int64_t end) { body(begin, end); });
}
// [/book:contiguous-loop]

// out[i] = f(in[i]) over out's shape; `in` is broadcast to it. Out and In are the C++
// element types of the two tensors (the caller dispatches on dtype).
template <typename Out, typename In, typename F>
void unaryKernel(const Tensor& out, const Tensor& in, F f) {
  Out* o = static_cast<Out*>(out.dataPtr());
  const In* x = static_cast<const In*>(in.dataPtr());
  if (out.isContiguous() && in.isContiguous() && in.sizes() == out.sizes()) {
    contiguousLoop(out.numel(), [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i) o[i] = static_cast<Out>(f(x[i]));
    });
    return;
  }
  std::array<std::vector<int64_t>, 2> strides = {out.strides(), broadcastStrides(in, out.sizes())};
  forEachRow(out.sizes(), strides, [&](const auto& offsets, int64_t length, const auto& steps) {
    Out* orow = o + offsets[0];
    const In* xrow = x + offsets[1];
    for (int64_t i = 0; i < length; ++i) {
      orow[i * steps[0]] = static_cast<Out>(f(xrow[i * steps[1]]));
    }
  });
}

// [book:binary-kernel]
// out[i] = f(a[i], b[i]) over out's shape; `a` and `b` share the element type In and are
// broadcast to out's shape.
template <typename Out, typename In, typename F>
void binaryKernel(const Tensor& out, const Tensor& a, const Tensor& b, F f) {
  Out* o = static_cast<Out*>(out.dataPtr());
  const In* x = static_cast<const In*>(a.dataPtr());
  const In* y = static_cast<const In*>(b.dataPtr());
  const bool same_shape = a.sizes() == out.sizes() && b.sizes() == out.sizes();
  if (same_shape && out.isContiguous() && a.isContiguous() && b.isContiguous()) {
    contiguousLoop(out.numel(), [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i) o[i] = static_cast<Out>(f(x[i], y[i]));
    });
    return;
  }
  std::array<std::vector<int64_t>, 3> strides = {out.strides(), broadcastStrides(a, out.sizes()),
                                                 broadcastStrides(b, out.sizes())};
  forEachRow(out.sizes(), strides, [&](const auto& offsets, int64_t length, const auto& steps) {
    Out* orow = o + offsets[0];
    const In* xrow = x + offsets[1];
    const In* yrow = y + offsets[2];
    for (int64_t i = 0; i < length; ++i) {
      orow[i * steps[0]] = static_cast<Out>(f(xrow[i * steps[1]], yrow[i * steps[2]]));
    }
  });
}
// [/book:binary-kernel]

// out[i] = f(a[i], b[i], c[i]) over out's shape, for where, clamp and lerp. Each operand
// has its own element type and is broadcast to out's shape.
template <typename Out, typename A, typename B, typename C, typename F>
void ternaryKernel(const Tensor& out, const Tensor& a, const Tensor& b, const Tensor& c, F f) {
  Out* o = static_cast<Out*>(out.dataPtr());
  const A* x = static_cast<const A*>(a.dataPtr());
  const B* y = static_cast<const B*>(b.dataPtr());
  const C* z = static_cast<const C*>(c.dataPtr());
  std::array<std::vector<int64_t>, 4> strides = {out.strides(), broadcastStrides(a, out.sizes()),
                                                 broadcastStrides(b, out.sizes()),
                                                 broadcastStrides(c, out.sizes())};
  forEachRow(out.sizes(), strides, [&](const auto& offsets, int64_t length, const auto& steps) {
    for (int64_t i = 0; i < length; ++i) {
      o[offsets[0] + i * steps[0]] = static_cast<Out>(
          f(x[offsets[1] + i * steps[1]], y[offsets[2] + i * steps[2]], z[offsets[3] + i * steps[3]]));
    }
  });
}

}  // namespace minijit
