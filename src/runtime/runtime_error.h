// RuntimeError: the one error type a running graph throws. It carries the message, the
// Python exception class it stands for, and the source range of the node that failed, and
// renders them the way upstream's interpreter reports a failed operation.
// Book chapter 7 ("The interpreter").
#pragma once

#include <exception>
#include <stdexcept>
#include <string>

#include "util/source.h"

namespace minijit {

// Thrown by runtime operators (list index, integer division, ...) for failures a user's
// program can cause. Like kernels' TensorError, it carries no source range: the
// interpreter adds the range of the node it was running when it turns it into a RuntimeError.
class OperatorError : public std::runtime_error {
 public:
  explicit OperatorError(const std::string& message) : std::runtime_error(message) {}
};

// [book:runtime-error]
class RuntimeError : public std::exception {
 public:
  // `exception_class` is what upstream prints before the message: "RuntimeError" for
  // operator failures, "builtins.ValueError" for `raise ValueError(...)`.
  RuntimeError(std::string message, SourceRange range, std::string exception_class = "RuntimeError")
      : message_(std::move(message)),
        range_(std::move(range)),
        exception_class_(std::move(exception_class)) {
    rendered_ =
        "The following operation failed in the TorchScript interpreter.\n"
        "Traceback of TorchScript (most recent call last):\n" +
        range_.highlight() + exception_class_ + ": " + message_ + "\n";
  }

  const std::string& message() const { return message_; }
  const SourceRange& range() const { return range_; }
  const std::string& exceptionClass() const { return exception_class_; }
  const char* what() const noexcept override { return rendered_.c_str(); }
// [/book:runtime-error]

 private:
  std::string message_;
  SourceRange range_;
  std::string exception_class_;
  std::string rendered_;
};

}  // namespace minijit
