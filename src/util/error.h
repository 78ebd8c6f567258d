// ErrorReport: the one error type of the compiler. It carries a message and the source range
// it is about; what() renders the message followed by the quoted, underlined source, the way
// upstream TorchScript reports errors. Book chapter 2 shows how errors are raised and printed.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/source.h"

namespace minijit {

// [book:error-report]
class ErrorReport : public std::exception {
 public:
  explicit ErrorReport(SourceRange range) : range_(range), kept_sources_{range.keepSource()} {}
  ErrorReport(SourceRange range, std::string message)
      : range_(range), message_(std::move(message)), kept_sources_{range.keepSource()} {}

  // Streaming lets call sites build messages naturally:
  //   throw ErrorReport(expr.range()) << "undefined value " << name;
  template <typename T>
  ErrorReport& operator<<(const T& part) {
    std::ostringstream out;
    out << part;
    message_ += out.str();
    return *this;
  }

  const std::string& message() const { return message_; }
  const SourceRange& range() const { return range_; }

  // Adds a further quoted range below the first one ("and was used here:" in upstream).
  ErrorReport& addContext(std::string heading, SourceRange range);

  const char* what() const noexcept override;

 private:
  SourceRange range_;
  std::string message_;
  std::vector<std::pair<std::string, SourceRange>> context_;
  // A SourceRange does not own its Source, and an error may outlive the one that does (the
  // parsed module, or the caller's SourcePtr, both dropped while the error unwinds): the
  // error keeps the Source of each of its ranges alive until what() has rendered them.
  std::vector<SourcePtr> kept_sources_;
  mutable std::string rendered_;
};
// [/book:error-report]

}  // namespace minijit
