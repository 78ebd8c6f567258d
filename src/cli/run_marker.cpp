// Reading what to run: literal arguments from the command line and `# run: fn(args)` markers
// from the file. Deliberately tiny: the CLI is a teaching view, not a Python interpreter.
#include "cli/run_marker.h"

#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace minijit::cli {

namespace {

std::string trim(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  const auto end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

// Splits "3, 'a,b', 2.5" at the commas outside quotes.
std::vector<std::string> splitArguments(const std::string& text) {
  std::vector<std::string> parts;
  std::string current;
  char quote = 0;
  for (char c : text) {
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == ',') {
      parts.push_back(trim(current));
      current.clear();
      continue;
    }
    current += c;
  }
  if (!trim(current).empty() || !parts.empty()) parts.push_back(trim(current));
  return parts;
}

bool parsesFully(const std::string& text, const char* end) {
  return !text.empty() && end == text.c_str() + text.size();
}

}  // namespace

IValue parseLiteral(const std::string& raw) {
  const std::string text = trim(raw);
  if (text == "True") return IValue(true);
  if (text == "False") return IValue(false);
  if (text == "None") return IValue();
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') && text.back() == text.front()) {
    return IValue(text.substr(1, text.size() - 2));
  }
  char* end = nullptr;
  const long long integer = std::strtoll(text.c_str(), &end, 10);
  if (parsesFully(text, end)) return IValue(static_cast<int64_t>(integer));
  const double floating = std::strtod(text.c_str(), &end);
  if (parsesFully(text, end)) return IValue(floating);
  throw std::invalid_argument("cannot read '" + text +
                              "' as an argument (expected an int, float, True, False, None or "
                              "a quoted string)");
}

std::optional<RunRequest> findRunMarker(const std::string& source) {
  std::istringstream lines(source);
  std::string line;
  const std::string marker = "# run:";
  while (std::getline(lines, line)) {
    const std::string text = trim(line);
    if (text.rfind(marker, 0) != 0) continue;
    const std::string call = trim(text.substr(marker.size()));
    const auto open = call.find('(');
    if (open == std::string::npos || call.back() != ')') {
      throw std::invalid_argument("cannot read the marker '" + text + "' (expected `# run: fn(args)`)");
    }
    RunRequest request{trim(call.substr(0, open)), {}};
    for (const auto& argument : splitArguments(call.substr(open + 1, call.size() - open - 2))) {
      request.arguments.push_back(parseLiteral(argument));
    }
    return request;
  }
  return std::nullopt;
}

}  // namespace minijit::cli
