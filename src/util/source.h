// Source text and source ranges: every token, AST node, graph node and error in minijit
// points back at the characters it came from through a SourceRange.
// Book chapter 2 ("Lexing") introduces them; chapter 1 shows them in printed graphs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minijit {

// One piece of program text: a file or a string handed to CompilationUnit.
// `first_line` is the 1-based line of the text's first line in the file it came from, so
// that a function scripted from the middle of a file reports its real line numbers (as
// upstream's torch.jit.script does).
//
// `column_offset` is how far the text was dedented (a nested function's body, say):
// columns are reported as in the file, as upstream's are, by adding it back.
//
// A Source is made with std::make_shared (SourcePtr): ranges point at it without owning it,
// and a holder that must keep it alive gets a reference back from it (enable_shared_from_this).
class Source : public std::enable_shared_from_this<Source> {
 public:
  Source(std::string text, std::string filename = "<string>", size_t first_line = 1,
         size_t column_offset = 0);

  const std::string& text() const { return text_; }
  const std::string& filename() const { return filename_; }
  size_t firstLine() const { return first_line_; }
  size_t columnOffset() const { return column_offset_; }

  // 0-based line index of `offset` within this text, and the offset where that line starts.
  size_t lineIndexOf(size_t offset) const;
  size_t lineStart(size_t line_index) const { return line_starts_[line_index]; }
  size_t lineEnd(size_t line_index) const;  // offset of the '\n' ending the line (or text end)
  size_t lineCount() const { return line_starts_.size(); }

 private:
  std::string text_;
  std::string filename_;
  size_t first_line_;
  size_t column_offset_;
  std::vector<size_t> line_starts_;
};

using SourcePtr = std::shared_ptr<const Source>;

// [book:source-range]
// A half-open range [start, end) of character offsets into one Source.
class SourceRange {
 public:
  SourceRange() = default;
  SourceRange(const Source* source, size_t start, size_t end)
      : source_(source), start_(static_cast<uint32_t>(start)), end_(static_cast<uint32_t>(end)) {}
  SourceRange(const SourcePtr& source, size_t start, size_t end)
      : SourceRange(source.get(), start, end) {}

  const Source* source() const { return source_; }
  size_t start() const { return start_; }
  size_t end() const { return end_; }
  bool valid() const { return source_ != nullptr; }
  std::string text() const;

  // The range covering both `a` and `b` (which must share a source).
  static SourceRange merge(const SourceRange& a, const SourceRange& b);

  // 1-based line (in the original file) and 0-based column of the start.
  size_t line() const;
  size_t column() const;

  // "file:line:col", the form upstream prints after '#' in graph dumps.
  std::string location() const;
// [/book:source-range]

  // The quoted source with the range underlined, in upstream's format:
  //   File "<string>", line 2
  //   def f(x: int):
  //       return torch.relu(x)
  //              ~~~~~~~~~~ <--- HERE
  // `function`, when given, is named in the header as upstream's tracebacks do:
  // `  File "f.py", line 3, in foo`.
  std::string highlight(const std::string& function = "") const;

  // A reference that keeps the Source alive, for a holder that may outlive the Source's owner
  // (an error on its way out of the compiler, a graph); null for an invalid range.
  SourcePtr keepSource() const;

 private:
  // Not owning: the range is copied into every AST node and passed along with every graph node
  // the frontend makes, and a shared_ptr would cost a reference-count update (and a touch of
  // the count's cache line) on each copy. Whoever keeps ranges keeps their Source alive: the
  // Module its AST was parsed from, the Graph (Graph::keepSource), an ErrorReport.
  // The offsets are 32-bit as a Token's are (the lexer rejects longer texts), so a range is
  // 16 bytes.
  const Source* source_ = nullptr;
  uint32_t start_ = 0;
  uint32_t end_ = 0;
};

}  // namespace minijit
