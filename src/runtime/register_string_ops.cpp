// Kernels for TorchScript's str methods (split, strip, find, startswith, center, title, the
// is* predicates, ...). Strings are byte strings upstream: every method works on bytes and
// ASCII character classes, and several differ from Python in ways pinned by each comment
// (index normalisation, split's whitespace set, zfill). Checked against torch 1.13.
// Book chapter 7 ("The interpreter").
#include <algorithm>
#include <cctype>

#include "runtime/register_helpers.h"
#include "runtime/runtime_error.h"

namespace minijit {

namespace {

// The bytes upstream's split() and splitlines() cut at. Upstream writes them as a C++ string
// literal containing "\u2028\u2029", so the UTF-8 bytes of those characters (E2 80 A8 A9)
// are delimiters too: "x\u00e9y".split() gives two pieces upstream.
const std::string kLineBreaks = "\n\r\v\f\x1c\x1d\x1e\x85\xe2\x80\xa8\xa9";
const std::string kWhitespace = " \t" + kLineBreaks;

// std::string::substr with the libstdc++ message upstream shows when `start` is past the end.
std::string checkedSubstr(const std::string& s, int64_t start, size_t count) {
  if (static_cast<uint64_t>(start) > s.size()) {
    throw OperatorError("basic_string::substr: __pos (which is " + std::to_string(start) +
                        ") > this->size() (which is " + std::to_string(s.size()) + ")");
  }
  return s.substr(static_cast<size_t>(start), count);
}

// Upstream's [start, end) normalisation for find/count/startswith: a negative start counts
// from the end, and a negative end counts from one past the end, so the default end=-1
// means "to the end" and end=-2 drops only the last byte (Python would drop two).
void normalizeRange(int64_t size, int64_t& start, int64_t& end) {
  if (start < 0) start = std::max<int64_t>(0, size + start);
  if (end < 0) end = std::max<int64_t>(0, size + end + 1);
}

// str.find / str.rfind as upstream: search inside s[start:end], -1 when absent.
int64_t findSubstring(const std::string& s, const std::string& sub, int64_t start, int64_t end,
                      bool reverse) {
  normalizeRange(static_cast<int64_t>(s.size()), start, end);
  std::string window = end > start ? checkedSubstr(s, start, size_t(end - start)) : "";
  if (window.size() < sub.size()) return -1;
  size_t pos = reverse ? window.rfind(sub) : window.find(sub);
  return pos == std::string::npos ? -1 : static_cast<int64_t>(pos) + start;
}

// startswith/endswith look at s.substr(start, end - start); when end < start the count
// wraps to "everything after start" (`"hello".startswith("", 3, 1)` is True upstream).
std::string prefixWindow(const std::string& s, int64_t start, int64_t end) {
  normalizeRange(static_cast<int64_t>(s.size()), start, end);
  return checkedSubstr(s, start, static_cast<size_t>(end - start));
}

int64_t countSubstring(const std::string& s, const std::string& sub, int64_t start, int64_t end) {
  const int64_t size = static_cast<int64_t>(s.size());
  if (start > size) return 0;
  normalizeRange(size, start, end);
  // Upstream loops forever on an empty substring; we give Python's answer instead.
  if (sub.empty()) return std::max<int64_t>(0, std::min(end, size) - start + 1);
  int64_t occurrences = 0;
  for (size_t pos = s.find(sub, size_t(start)); pos != std::string::npos && int64_t(pos) < end;
       pos = s.find(sub, pos + sub.size())) {
    ++occurrences;
  }
  return occurrences;
}

std::string stripRight(const std::string& s, const std::string& chars) {
  size_t last = s.find_last_not_of(chars);
  return last == std::string::npos ? "" : s.substr(0, last + 1);
}

std::string stripLeft(const std::string& s, const std::string& chars) {
  size_t first = s.find_first_not_of(chars);
  return first == std::string::npos ? "" : s.substr(first);
}

IValue stringList(std::vector<std::string> pieces) {
  return IValue::list(std::vector<IValue>(pieces.begin(), pieces.end()), Type::string());
}

// split() without a separator: runs of whitespace separate, empty pieces are dropped, and
// (unlike Python) maxsplit is ignored: "a b c".split(None, 1) is ['a', 'b', 'c'] upstream.
std::vector<std::string> splitOnWhitespace(const std::string& s) {
  std::vector<std::string> pieces;
  size_t begin = 0;
  for (size_t pos = s.find_first_of(kWhitespace); pos != std::string::npos;
       pos = s.find_first_of(kWhitespace, begin)) {
    if (pos > begin) pieces.push_back(s.substr(begin, pos - begin));
    begin = pos + 1;
  }
  if (begin < s.size()) pieces.push_back(s.substr(begin));
  return pieces;
}

std::vector<std::string> splitOnSeparator(const std::string& s, const std::string& separator,
                                          int64_t max_splits) {
  if (separator.empty()) throw OperatorError("ValueError: empty separator");
  std::vector<std::string> pieces;
  size_t begin = 0;
  for (size_t pos = s.find(separator); pos != std::string::npos; pos = s.find(separator, begin)) {
    if (max_splits >= 0 && int64_t(pieces.size()) >= max_splits) break;
    pieces.push_back(s.substr(begin, pos - begin));
    begin = pos + separator.size();
  }
  pieces.push_back(s.substr(begin));
  return pieces;
}

// splitlines() cuts at every line-break byte, so "\r\n" gives an empty line between, and
// keepends=True adds each break as an element of its own: "a\nb" -> ['a', '\n', 'b'].
std::vector<std::string> splitLines(const std::string& s, bool keepends) {
  std::vector<std::string> pieces;
  size_t begin = 0;
  for (size_t pos = s.find_first_of(kLineBreaks); pos != std::string::npos;
       pos = s.find_first_of(kLineBreaks, begin)) {
    pieces.push_back(s.substr(begin, pos - begin));
    if (keepends) pieces.push_back(s.substr(pos, 1));
    begin = pos + 1;
  }
  if (begin != s.size()) pieces.push_back(s.substr(begin));
  return pieces;
}

std::string replaceSubstring(std::string s, const std::string& old, const std::string& with,
                             int64_t max_count) {
  if (old.empty()) {
    // Upstream loops forever here; Python inserts `with` before every byte and at the end.
    std::string out;
    int64_t done = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (max_count < 0 || done < max_count) out += with, ++done;
      if (i < s.size()) out += s[i];
    }
    return out;
  }
  int64_t occurrences = 0;
  for (size_t pos = s.find(old); pos != std::string::npos; pos = s.find(old, pos)) {
    if (max_count >= 0 && ++occurrences > max_count) break;
    s.replace(pos, old.size(), with);
    pos += with.size();
  }
  return s;
}

// A character class test on a byte, in the C locale as upstream's ::isdigit etc.
template <int (*Test)(int)>
bool is(char c) {
  return Test(static_cast<unsigned char>(c)) != 0;
}
char toUpper(char c) {
  return static_cast<char>(::toupper(static_cast<unsigned char>(c)));
}
char toLower(char c) {
  return static_cast<char>(::tolower(static_cast<unsigned char>(c)));
}

// isdigit() and friends: false for "", else every byte passes.
template <int (*Test)(int)>
Kernel everyByte() {
  return makeKernel<std::string>(
      [](const std::string& s) { return !s.empty() && std::all_of(s.begin(), s.end(), is<Test>); });
}

// isupper()/islower(): at least one letter, and every letter in the wanted case.
template <int (*Case)(int)>
Kernel lettersInCase() {
  return makeKernel<std::string>([](const std::string& s) {
    bool found_letter = std::any_of(s.begin(), s.end(), is<::isalpha>);
    return found_letter &&
           std::all_of(s.begin(), s.end(), [](char c) { return !is<::isalpha>(c) || is<Case>(c); });
  });
}

// Upstream's istitle(): letters after a letter are lower case, other bytes are upper case
// (or not letters), and there is at least one letter at a word start.
bool isTitle(const std::string& s) {
  bool result = false, previous_is_letter = false;
  for (char c : s) {
    if (previous_is_letter ? c != toLower(c) : c != toUpper(c)) return false;
    if (!previous_is_letter && is<::isalpha>(c)) result = true;
    previous_is_letter = is<::isalpha>(c);
  }
  return result;
}

template <typename CharMap>
Kernel mapBytes(CharMap map) {
  return makeKernel<std::string>([map](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), map);
    return s;
  });
}

void checkFillChar(const std::string& fillchar) {
  if (fillchar.size() != 1) {
    throw OperatorError("TypeError: The fill character must be exactly one character long");
  }
}

std::string repeatChar(char c, int64_t count) {
  return std::string(static_cast<size_t>(std::max<int64_t>(0, count)), c);
}

// center(): the odd byte of padding goes left when the width is odd, right when even.
std::string center(const std::string& s, int64_t width, const std::string& fillchar) {
  checkFillChar(fillchar);
  const int64_t size = static_cast<int64_t>(s.size());
  if (size >= width) return s;
  int64_t left = (width - size) / 2, right = (width - size + 1) / 2;
  if (width % 2) std::swap(left, right);
  return repeatChar(fillchar[0], left) + s + repeatChar(fillchar[0], right);
}

// partition()/rpartition(): not found gives (s, "", "") and ("", "", s); an empty separator
// is no error upstream.
IValue partition(const std::string& s, const std::string& separator, bool from_right) {
  size_t pos = from_right ? s.rfind(separator) : s.find(separator);
  if (pos == std::string::npos) {
    return from_right ? IValue::tuple({std::string(), std::string(), s})
                      : IValue::tuple({s, std::string(), std::string()});
  }
  return IValue::tuple({s.substr(0, pos), separator, s.substr(pos + separator.size())});
}

// expandtabs(): the column counts every byte since the start, newlines included.
std::string expandTabs(const std::string& s, int64_t tabsize) {
  std::string out;
  for (char c : s) {
    if (c != '\t') {
      out += c;
    } else if (tabsize > 0) {
      do out += ' ';
      while (int64_t(out.size()) % tabsize);
    }
  }
  return out;
}

void registerSearching(OperatorRegistry& r) {
  using S = std::string;
  auto find = [](bool reverse, bool throw_if_missing) {
    return makeKernel<S, S, int64_t, int64_t>(
        [=](const S& s, const S& sub, int64_t start, int64_t end) {
          int64_t pos = findSubstring(s, sub, start, end, reverse);
          if (pos < 0 && throw_if_missing) throw OperatorError("ValueError: substring not found");
          return pos;
        });
  };
  r.add("aten::find", find(false, false));
  r.add("aten::rfind", find(true, false));
  r.add("aten::index.str", find(false, true));
  r.add("aten::rindex", find(true, true));
  r.add("aten::count", makeKernel<S, S, int64_t, int64_t>(countSubstring));
  r.add("aten::startswith",
        makeKernel<S, S, int64_t, int64_t>([](const S& s, const S& sub, int64_t a, int64_t b) {
          return prefixWindow(s, a, b).compare(0, sub.size(), sub) == 0;
        }));
  r.add("aten::endswith",
        makeKernel<S, S, int64_t, int64_t>([](const S& s, const S& sub, int64_t a, int64_t b) {
          S window = prefixWindow(s, a, b);
          return window.size() >= sub.size() &&
                 window.compare(window.size() - sub.size(), sub.size(), sub) == 0;
        }));
}

void registerSplitting(OperatorRegistry& r) {
  using S = std::string;
  r.add("aten::split.str",
        makeKernel<S, IValue, int64_t>([](const S& s, const IValue& separator, int64_t max) {
          if (separator.isNone()) return stringList(splitOnWhitespace(s));
          return stringList(splitOnSeparator(s, separator.toStringRef(), max));
        }));
  r.add("aten::splitlines", makeKernel<S, bool>([](const S& s, bool keepends) {
          return stringList(splitLines(s, keepends));
        }));
  r.add("aten::partition", makeKernel<S, S>([](const S& s, const S& separator) {
          return partition(s, separator, false);
        }));
  r.add("aten::rpartition", makeKernel<S, S>([](const S& s, const S& separator) {
          return partition(s, separator, true);
        }));
  r.add("aten::join", makeKernel<S, ListPtr>([](const S& separator, const ListPtr& values) {
          S out;
          for (size_t i = 0; i < values->elements.size(); ++i) {
            if (i > 0) out += separator;
            out += values->elements[i].toStringRef();
          }
          return out;
        }));
  r.add("aten::replace", makeKernel<S, S, S, int64_t>(replaceSubstring));
}

void registerCaseAndPredicates(OperatorRegistry& r) {
  r.add("aten::lower", mapBytes(toLower));
  r.add("aten::upper", mapBytes(toUpper));
  r.add("aten::swapcase",
        mapBytes([](char c) { return c == toUpper(c) ? toLower(c) : toUpper(c); }));
  r.add("aten::capitalize", makeKernel<std::string>([](std::string s) {
          for (size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? toUpper(s[i]) : toLower(s[i]);
          return s;
        }));
  // title(): upper case after any non-letter, so "x1y" -> "X1Y" and "o'k" -> "O'K".
  r.add("aten::title", makeKernel<std::string>([](std::string s) {
          bool after_letter = false;
          for (char& c : s) {
            c = after_letter ? toLower(c) : toUpper(c);
            after_letter = is<::isalpha>(c);
          }
          return s;
        }));
  r.add("aten::isdigit", everyByte<::isdigit>());
  r.add("aten::isdecimal", everyByte<::isdigit>());  // upstream uses isdigit for all three
  r.add("aten::isnumeric", everyByte<::isdigit>());
  r.add("aten::isalpha", everyByte<::isalpha>());
  r.add("aten::isalnum", everyByte<::isalnum>());
  r.add("aten::isspace", everyByte<::isspace>());
  r.add("aten::isupper", lettersInCase<::isupper>());
  r.add("aten::islower", lettersInCase<::islower>());
  r.add("aten::istitle", makeKernel<std::string>(isTitle));
  // isidentifier() is upstream's "Python 2" version: no leading digit, then only letters
  // and digits, so "a_b".isidentifier() is False.
  r.add("aten::isidentifier", makeKernel<std::string>([](const std::string& s) {
          return !s.empty() && !is<::isdigit>(s[0]) &&
                 std::all_of(s.begin(), s.end(), is<::isalnum>);
        }));
  // isprintable(): letters, digits, punctuation and space; "" is printable.
  r.add("aten::isprintable", makeKernel<std::string>([](const std::string& s) {
          return std::all_of(s.begin(), s.end(), [](char c) {
            return is<::isalnum>(c) || is<::ispunct>(c) || c == ' ';
          });
        }));
}

void registerPaddingAndStripping(OperatorRegistry& r) {
  using S = std::string;
  r.add("aten::strip", makeKernel<S, S>([](const S& s, const S& chars) {
          return stripLeft(stripRight(s, chars), chars);
        }));
  r.add("aten::lstrip", makeKernel<S, S>(stripLeft));
  r.add("aten::rstrip", makeKernel<S, S>(stripRight));
  r.add("aten::center", makeKernel<S, int64_t, S>(center));
  r.add("aten::ljust", makeKernel<S, int64_t, S>([](const S& s, int64_t width, const S& fill) {
          checkFillChar(fill);
          return s + repeatChar(fill[0], width - int64_t(s.size()));
        }));
  r.add("aten::rjust", makeKernel<S, int64_t, S>([](const S& s, int64_t width, const S& fill) {
          checkFillChar(fill);
          return repeatChar(fill[0], width - int64_t(s.size())) + s;
        }));
  // zfill() ignores a sign: "-42".zfill(5) is "00-42" upstream.
  r.add("aten::zfill", makeKernel<S, int64_t>([](const S& s, int64_t width) {
          return repeatChar('0', width - int64_t(s.size())) + s;
        }));
  r.add("aten::expandtabs", makeKernel<S, int64_t>(expandTabs));
}

}  // namespace

void registerStringMethodOps(OperatorRegistry& registry) {
  registerSearching(registry);
  registerSplitting(registry);
  registerCaseAndPredicates(registry);
  registerPaddingAndStripping(registry);
}

}  // namespace minijit
