// Source text bookkeeping and upstream-style highlighting of source ranges.
#include "util/source.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace minijit {

Source::Source(std::string text, std::string filename, size_t first_line, size_t column_offset)
    : text_(std::move(text)),
      filename_(std::move(filename)),
      first_line_(first_line),
      column_offset_(column_offset) {
  line_starts_.push_back(0);
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p)));) {
    ++p;  // the next line starts after the '\n' (a final '\n' starts no line)
    if (p == end) break;
    line_starts_.push_back(static_cast<size_t>(p - begin));
  }
}

size_t Source::lineIndexOf(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<size_t>(it - line_starts_.begin()) - 1;
}

size_t Source::lineEnd(size_t line_index) const {
  size_t end = text_.find('\n', line_starts_[line_index]);
  return end == std::string::npos ? text_.size() : end;
}

SourcePtr SourceRange::keepSource() const {
  // A Source made on the stack (no shared_ptr owns it) cannot be kept; it must outlive its
  // ranges on its own.
  return source_ ? source_->weak_from_this().lock() : nullptr;
}

std::string SourceRange::text() const {
  if (!source_) return "";
  return source_->text().substr(start_, end_ - start_);
}

SourceRange SourceRange::merge(const SourceRange& a, const SourceRange& b) {
  if (!a.valid()) return b;
  if (!b.valid()) return a;
  return SourceRange(a.source_, std::min(a.start_, b.start_), std::max(a.end_, b.end_));
}

size_t SourceRange::line() const {
  return source_ ? source_->lineIndexOf(start_) + source_->firstLine() : 0;
}

size_t SourceRange::column() const {
  if (!source_) return 0;
  return start_ - source_->lineStart(source_->lineIndexOf(start_)) + source_->columnOffset();
}

std::string SourceRange::location() const {
  std::ostringstream out;
  out << source_->filename() << ":" << line() << ":" << column();
  return out.str();
}

// Upstream prints the highlighted lines with two lines of context on each side. Under each
// highlighted line it writes '~' from the first non-blank character covered by the range to
// the range's end on that line; " <--- HERE" follows the last one.
std::string SourceRange::highlight(const std::string& function) const {
  if (!source_) return "";
  const std::string& str = source_->text();
  const size_t kContextLines = 2;
  // A range may start at the very end of the text (an end-of-file token): clamp it.
  size_t start = std::min(this->start(), str.empty() ? 0 : str.size() - 1);
  size_t end = std::max(std::min(this->end(), str.size()), start);
  size_t first_line = source_->lineIndexOf(start);
  size_t last_line = source_->lineIndexOf(end > start ? end - 1 : start);
  if (str.empty()) last_line = first_line = 0;

  std::ostringstream out;
  out << "  File \"" << source_->filename() << "\", line " << line();
  if (!function.empty()) out << ", in " << function;
  out << "\n";
  size_t context_begin = first_line >= kContextLines ? first_line - kContextLines : 0;
  for (size_t l = context_begin; l < first_line; ++l) {
    out << str.substr(source_->lineStart(l), source_->lineEnd(l) - source_->lineStart(l)) << "\n";
  }
  // [book:highlight-lines]
  for (size_t l = first_line; l <= last_line; ++l) {
    size_t line_begin = source_->lineStart(l);
    size_t line_end = source_->lineEnd(l);
    out << str.substr(line_begin, line_end - line_begin) << "\n";
    size_t mark_begin = std::min(std::max(line_begin, start), line_end);
    while (l != first_line && mark_begin < line_end && str[mark_begin] == ' ') ++mark_begin;
    size_t mark_end = std::min(line_end, std::max(end, mark_begin));
    out << std::string(mark_begin - line_begin, ' ') << std::string(mark_end - mark_begin, '~');
    if (l == last_line) out << " <--- HERE";
    out << "\n";
  }
  // [/book:highlight-lines]
  size_t context_end = std::min(source_->lineCount(), last_line + 1 + kContextLines);
  for (size_t l = last_line + 1; l < context_end; ++l) {
    out << str.substr(source_->lineStart(l), source_->lineEnd(l) - source_->lineStart(l)) << "\n";
  }
  return out.str();
}

}  // namespace minijit
