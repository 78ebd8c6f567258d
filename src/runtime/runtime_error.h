// RuntimeError: the one error type a running graph throws. It carries the message, the
// Python exception class it stands for, and the source range of the node that failed, and
// renders them the way upstream's interpreter reports a failed operation.
// Book chapter 7 ("The interpreter").
#pragma once

#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

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
  // One line of the traceback: where in which function.
  struct Frame {
    SourceRange range;
    std::string function;  // empty when unknown (a graph run on its own)
  };

  // `exception_class` is what upstream prints before the message: "RuntimeError" for
  // operator failures, "builtins.ValueError" for `raise ValueError(...)`. `range` is the
  // node that failed, in `function`.
  RuntimeError(std::string message, SourceRange range, std::string exception_class = "RuntimeError",
               std::string function = "")
      : message_(std::move(message)), exception_class_(std::move(exception_class)) {
    frames_.push_back({std::move(range), std::move(function)});
    render();
  }

  // The error left a called function through the call at `range` in `function`: that frame
  // goes on top of the traceback (most recent call last, as upstream prints it).
  void addCaller(SourceRange range, std::string function) {
    frames_.insert(frames_.begin(), {std::move(range), std::move(function)});
    render();
  }

  const std::string& message() const { return message_; }
  // The innermost frame's range: the node that failed.
  const SourceRange& range() const { return frames_.back().range; }
  const std::vector<Frame>& frames() const { return frames_; }
  const std::string& exceptionClass() const { return exception_class_; }
  const char* what() const noexcept override { return rendered_.c_str(); }
// [/book:runtime-error]

 private:
  void render() {
    rendered_ =
        "The following operation failed in the TorchScript interpreter.\n"
        "Traceback of TorchScript (most recent call last):\n";
    for (const Frame& frame : frames_) rendered_ += frame.range.highlight(frame.function);
    rendered_ += exception_class_ + ": " + message_ + "\n";
  }

  std::string message_;
  std::vector<Frame> frames_;
  std::string exception_class_;
  std::string rendered_;
};

}  // namespace minijit
