// Rendering of ErrorReport in upstream's layout: message, then the quoted source.
#include "util/error.h"

namespace minijit {

ErrorReport& ErrorReport::addContext(std::string heading, SourceRange range) {
  kept_sources_.push_back(range.keepSource());
  context_.emplace_back(std::move(heading), range);
  return *this;
}

const char* ErrorReport::what() const noexcept {
  std::string out = "\n" + message_;
  if (range_.valid()) out += ":\n" + range_.highlight();
  for (const auto& [heading, range] : context_) out += heading + ":\n" + range.highlight();
  rendered_ = std::move(out);
  return rendered_.c_str();
}

}  // namespace minijit
