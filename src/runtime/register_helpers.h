// Helpers for the register_*_ops.cpp files: turn a plain C++ function of typed arguments
// into a stack Kernel, so that most operators are registered in one line each.
// Internal to the runtime layer. Book chapter 7 ("The interpreter").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/operator_registry.h"

namespace minijit {

// The registration functions, one per family of operators.
void registerTensorOps(OperatorRegistry& registry);
void registerScalarOps(OperatorRegistry& registry);
void registerListOps(OperatorRegistry& registry);
void registerMathOps(OperatorRegistry& registry);          // register_math_ops.cpp
void registerNnOps(OperatorRegistry& registry);            // register_nn_ops.cpp
void registerDictOps(OperatorRegistry& registry);          // register_dict_ops.cpp
void registerStringMethodOps(OperatorRegistry& registry);  // register_string_ops.cpp
void registerStringFormatOps(OperatorRegistry& registry);  // register_string_format_ops.cpp
void registerBuiltinOps(OperatorRegistry& registry);       // register_builtin_ops.cpp
void registerReducedFloatOps(OperatorRegistry& registry);  // reduced_float_ops.cpp

// Converts a stack slot to the C++ type a kernel function declares.
template <typename T>
T fromIValue(const IValue& value) {
  if constexpr (std::is_same_v<T, IValue>)
    return value;
  else if constexpr (std::is_same_v<T, bool>)
    return value.toBool();
  else if constexpr (std::is_same_v<T, int64_t>)
    return value.toInt();
  else if constexpr (std::is_same_v<T, double>)
    return value.toDouble();
  else if constexpr (std::is_same_v<T, std::string>)
    return value.toStringRef();
  else if constexpr (std::is_same_v<T, Tensor>)
    return value.toTensor();
  else if constexpr (std::is_same_v<T, Scalar>)
    return value.toScalar();
  else if constexpr (std::is_same_v<T, ListPtr>)
    return value.toList();
  else if constexpr (std::is_same_v<T, DictPtr>)
    return value.toDict();
  else if constexpr (std::is_same_v<T, std::vector<int64_t>>)
    return value.toIntVector();
  else if constexpr (std::is_same_v<T, std::optional<int64_t>>) {
    return value.isNone() ? std::nullopt : std::optional<int64_t>(value.toInt());
  } else
    static_assert(sizeof(T) == 0, "no IValue conversion for this argument type");
}

// Converts a kernel function's result back to an IValue.
template <typename T>
IValue toIValue(T value) {
  if constexpr (std::is_same_v<T, Scalar>)
    return IValue::fromScalar(value);
  else if constexpr (std::is_same_v<T, std::vector<int64_t>>) {
    return IValue::list(std::vector<IValue>(value.begin(), value.end()), Type::integer());
  } else
    return IValue(std::move(value));
}

// [book:make-kernel]
// Calls `fn` with the top sizeof...(Args) stack slots converted to Args, replaces them with
// the result (nothing for a void function).
template <typename... Args, typename Fn, size_t... I>
void callOnStack(const Fn& fn, Stack& stack, std::index_sequence<I...>) {
  const size_t first = stack.size() - sizeof...(Args);
  using Result = std::invoke_result_t<Fn, Args...>;
  if constexpr (std::is_void_v<Result>) {
    fn(fromIValue<Args>(stack[first + I])...);
    stack.resize(first);
  } else {
    IValue result = toIValue(fn(fromIValue<Args>(stack[first + I])...));
    stack.resize(first);
    stack.push_back(std::move(result));
  }
}

// makeKernel<int64_t, int64_t>([](int64_t a, int64_t b) { return a + b; })
template <typename... Args, typename Fn>
Kernel makeKernel(Fn fn) {
  return
      [fn](Stack& stack) { callOnStack<Args...>(fn, stack, std::index_sequence_for<Args...>{}); };
}
// [/book:make-kernel]

}  // namespace minijit
