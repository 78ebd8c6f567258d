// torch.result_type: which dtype a binary operator computes in, given its operands.
// Book chapter "Tensors and kernels".
#include <optional>

#include "kernels/ops.h"

namespace minijit::ops {

namespace {

// [book:result-type-state]
// Upstream (ATen/native/TypeProperties.cpp) keeps one promoted dtype per priority class:
// tensors with dimensions, zero-dim tensors, and "wrapped numbers" (Python scalars).
struct ResultTypeState {
  std::optional<ScalarType> dim_result;
  std::optional<ScalarType> zero_dim_result;
  std::optional<ScalarType> wrapped_result;
};

void promoteInto(std::optional<ScalarType>& slot, ScalarType type) {
  slot = slot ? promoteTypes(*slot, type) : type;
}

void update(ResultTypeState& state, const Tensor& tensor) {
  promoteInto(tensor.dim() > 0 ? state.dim_result : state.zero_dim_result, tensor.dtype());
}

void update(ResultTypeState& state, const Scalar& value) {
  // A Python float counts as the default dtype (Float), not Double.
  promoteInto(state.wrapped_result, defaultDtypeFor(value));
}
// [/book:result-type-state]

// [book:combine-categories]
// A lower class only changes the result when it is of a higher category
// (bool < integral < floating): int32 tensor + int64 zero-dim stays int32,
// int64 tensor + 1.5 becomes float32.
std::optional<ScalarType> combineCategories(std::optional<ScalarType> higher,
                                            std::optional<ScalarType> lower) {
  if (!higher) return lower;
  if (!lower) return higher;
  if (isFloatingType(*higher)) return higher;
  if (*higher == ScalarType::Bool || isFloatingType(*lower)) {
    return promoteTypes(*higher, *lower);
  }
  return higher;
}
// [/book:combine-categories]

ScalarType finish(const ResultTypeState& state) {
  return *combineCategories(state.dim_result,
                            combineCategories(state.zero_dim_result, state.wrapped_result));
}

}  // namespace

ScalarType defaultDtypeFor(const Scalar& value) {
  if (value.isFloatingPoint()) return ScalarType::Float;
  if (value.isBoolean()) return ScalarType::Bool;
  return ScalarType::Long;
}

ScalarType resultType(const Tensor& a, const Tensor& b) {
  // Two operands of one dtype give that dtype whatever their dimensions (every rule below
  // combines T with T into T); it is the common case, so it skips the three classes.
  if (a.dtype() == b.dtype()) return a.dtype();
  ResultTypeState state;
  update(state, a);
  update(state, b);
  return finish(state);
}

ScalarType resultType(const Tensor& a, const Scalar& b) {
  ResultTypeState state;
  update(state, a);
  update(state, b);
  return finish(state);
}

ScalarType resultType(const std::vector<Tensor>& tensors, const std::vector<Scalar>& numbers) {
  ResultTypeState state;
  for (const Tensor& tensor : tensors) update(state, tensor);
  for (const Scalar& number : numbers) update(state, number);
  return finish(state);
}

}  // namespace minijit::ops
