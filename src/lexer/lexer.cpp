// The lexer: a single left-to-right scan over the source that emits tokens, tracking the
// indentation stack and the bracket depth to produce Python's layout tokens.
// Book chapter 2 ("Lexing").
#include "lexer/lexer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <sstream>
#include <string_view>

namespace minijit {

namespace {

struct KindInfo {
  TokenKind kind;
  const char* name;
  const char* spelling;
};

constexpr KindInfo kKinds[] = {
#define MINIJIT_KIND_INFO(name, spelling) {TokenKind::name, #name, spelling},
    MINIJIT_TOKEN_KINDS(MINIJIT_KIND_INFO)
#undef MINIJIT_KIND_INFO
};

const KindInfo& info(TokenKind kind) {
  return kKinds[static_cast<size_t>(kind)];
}

constexpr bool isKeyword(TokenKind kind) {
  return kind >= TokenKind::DEF && kind <= TokenKind::YIELD;
}
constexpr bool isOperator(TokenKind kind) {
  return kind >= TokenKind::PLUS && kind <= TokenKind::ELLIPSIS;
}

// The keywords, in a hash table built at compile time from the kinds list. Every name the
// lexer reads is looked up here, and most are not keywords, so the lookup is one slot and one
// comparison: the hash puts every keyword in a slot of its own (the table's construction
// checks it), so a word that is not in its slot is no keyword. A slot holds its spelling
// packed into a 64-bit word (keywords are eight characters at most), and the word read from
// the source is packed the same way, so the spellings are compared in one instruction rather
// than character by character.
struct KeywordSlot {
  uint64_t spelling = 0;  // the characters, the first in the low byte; 0: an empty slot
  TokenKind kind = TokenKind::IDENT;
};
constexpr size_t kKeywordSlots = 64;  // a power of two, at least twice the keyword count
constexpr size_t kMaxKeywordSize = 8;

// The first `size` (at most eight) characters of `word`, the first in the low byte.
constexpr uint64_t packWord(const char* word, size_t size) {
  uint64_t packed = 0;
  for (size_t i = 0; i < size; ++i) {
    packed |= static_cast<uint64_t>(static_cast<unsigned char>(word[i])) << (8 * i);
  }
  return packed;
}

// A multiplicative hash of the packed word: its top six bits after a multiplication by an odd
// constant, which was found by trying random ones until no two keywords shared a slot
// (kKeywordTable fails to compile if a new keyword collides: then try others).
constexpr size_t keywordHash(uint64_t packed) {
  return static_cast<size_t>((packed * 0xbeb84eaac9f3508dULL) >> 58);
}
static_assert(kKeywordSlots == 64, "keywordHash keeps six bits");

constexpr std::array<KeywordSlot, kKeywordSlots> kKeywordTable = [] {
  std::array<KeywordSlot, kKeywordSlots> table{};
  for (const KindInfo& k : kKinds) {
    if (!isKeyword(k.kind)) continue;
    size_t size = std::char_traits<char>::length(k.spelling);
    if (size > kMaxKeywordSize) throw "a keyword is eight characters at most";
    uint64_t packed = packWord(k.spelling, size);
    KeywordSlot& slot = table[keywordHash(packed)];
    if (slot.spelling != 0) throw "two keywords hash to one slot: change keywordHash";
    slot = {packed, k.kind};
  }
  return table;
}();

// The keyword `word` spells, or IDENT. `text_end` is the end of the text `word` is in: where
// eight bytes are there to read, they are read at once (and the characters after the word
// masked off) rather than packed one by one.
TokenKind keywordKind(const char* word, size_t size, const char* text_end) {
  // The masks that keep the first 0..8 bytes of a word.
  static constexpr uint64_t kKeepBytes[kMaxKeywordSize + 1] = {
      0,          0xFF,           0xFFFF,           0xFFFFFF,          0xFFFFFFFF,
      0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF};
  if (size > kMaxKeywordSize) return TokenKind::IDENT;
  uint64_t packed;
  if (std::endian::native == std::endian::little && text_end - word >= 8) {
    std::memcpy(&packed, word, 8);
    packed &= kKeepBytes[size];
  } else {
    packed = packWord(word, size);
  }
  const KeywordSlot& slot = kKeywordTable[keywordHash(packed)];
  return slot.spelling == packed ? slot.kind : TokenKind::IDENT;
}

// The operators and delimiters grouped by their first character, built at compile time from
// the kinds list, so that the lexer compares the text only with the few spellings that start
// like it. Within a group the longest spelling comes first: `**=` is tried before `**` and
// `*`. A spelling is at most three characters; the group keeps the characters after the
// first packed in 16 bits (`tail`, the second character in the low byte) with a mask of the
// ones it has, so that trying a spelling is one masked comparison with the next two
// characters of the text: the mask is 0 for a one-character spelling, which always matches.
struct OperatorSpelling {
  uint16_t tail = 0;
  uint16_t tail_mask = 0;
  uint8_t size = 0;
  TokenKind kind = TokenKind::IDENT;
  int8_t bracket = 0;  // +1 for ( [ {, -1 for ) ] }: read here rather than by six comparisons
};

constexpr int8_t bracketChange(TokenKind kind) {
  switch (kind) {
    case TokenKind::LPAREN:
    case TokenKind::LBRACKET:
    case TokenKind::LBRACE:
      return 1;
    case TokenKind::RPAREN:
    case TokenKind::RBRACKET:
    case TokenKind::RBRACE:
      return -1;
    default:
      return 0;
  }
}

// A group's spellings end with one that matches whatever follows: its one-character
// spelling, or else an entry of size 0 that says the character starts no operator (every
// character without spellings has just that entry, as built). So the search needs no count.
struct OperatorGroup {
  std::array<OperatorSpelling, 4> spellings;
  uint8_t count = 0;  // real spellings, for building the table
};

constexpr std::array<OperatorGroup, 128> kOperatorGroups = [] {
  std::array<OperatorGroup, 128> groups{};
  for (const KindInfo& k : kKinds) {
    if (!isOperator(k.kind)) continue;
    size_t size = std::char_traits<char>::length(k.spelling);
    if (size > 3) throw "an operator is spelled with three characters at most";
    OperatorGroup& group = groups[static_cast<unsigned char>(k.spelling[0])];
    if (group.count == group.spellings.size()) throw "too many operators start alike";
    uint16_t tail = static_cast<uint16_t>(packWord(k.spelling + 1, size - 1));
    uint16_t tail_mask = size == 1 ? 0x0000 : size == 2 ? 0x00FF : 0xFFFF;
    OperatorSpelling spelling{tail, tail_mask, static_cast<uint8_t>(size), k.kind,
                              bracketChange(k.kind)};
    // Insert keeping the longest first (a stable insertion sort).
    size_t at = group.count++;
    while (at > 0 && group.spellings[at - 1].size < spelling.size) {
      group.spellings[at] = group.spellings[at - 1];
      --at;
    }
    group.spellings[at] = spelling;
  }
  for (const OperatorGroup& group : groups) {
    // The entry after the spellings is a zero OperatorSpelling: size 0, matching anything.
    if (group.count > 0 && group.spellings[group.count - 1].size != 1 &&
        group.count == group.spellings.size()) {
      throw "no room for the entry that ends the group";
    }
  }
  return groups;
}();

// Character classes from one table lookup rather than <cctype> calls (which also depend on
// the locale; Python names are ASCII here whatever the locale says). A blank is the white
// space skipped inside a line (and counted as indentation at its start): every blank is also
// a space, so the classes are bits.
enum CharClass : uint8_t { kIdentStart = 1, kDigitClass = 2, kSpaceClass = 4, kBlankClass = 8 };
constexpr std::array<uint8_t, 256> kCharClasses = [] {
  std::array<uint8_t, 256> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kIdentStart;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kIdentStart;
  classes['_'] = kIdentStart;
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigitClass;
  for (char c : {'\n', '\v'}) classes[static_cast<unsigned char>(c)] = kSpaceClass;
  for (char c : {' ', '\t', '\r', '\f'}) {
    classes[static_cast<unsigned char>(c)] = kSpaceClass | kBlankClass;
  }
  return classes;
}();

uint8_t charClass(char c) {
  return kCharClasses[static_cast<unsigned char>(c)];
}
bool isIdentChar(char c) {
  return (charClass(c) & (kIdentStart | kDigitClass)) != 0;
}
bool isDigit(char c) {
  return charClass(c) == kDigitClass;
}
bool isSpace(char c) {
  return (charClass(c) & kSpaceClass) != 0;
}
bool isBlank(char c) {  // ' ', '\t', '\r' or '\f'
  return (charClass(c) & kBlankClass) != 0;
}

// What the scan loop does at a character: one table lookup and one switch choose the path,
// where a chain of comparisons would test the common cases (a name, a blank) one by one.
enum class Start : uint8_t { Operator, Name, Digit, Blank, Newline, Comment, Quote, Dot, Backslash };
constexpr std::array<Start, 256> kStarts = [] {
  std::array<Start, 256> starts{};  // Operator: lexOperator also rejects invalid characters
  for (int c = 0; c < 256; ++c) {
    if (kCharClasses[c] & kIdentStart) starts[c] = Start::Name;
    if (kCharClasses[c] & kDigitClass) starts[c] = Start::Digit;
    if (kCharClasses[c] & kBlankClass) starts[c] = Start::Blank;
  }
  starts['\n'] = Start::Newline;
  starts['#'] = Start::Comment;
  starts['\''] = Start::Quote;
  starts['"'] = Start::Quote;
  starts['.'] = Start::Dot;
  starts['\\'] = Start::Backslash;
  return starts;
}();

bool isDigitOfBase(char c, int base) {
  switch (base) {
    case 2:
      return c == '0' || c == '1';
    case 8:
      return c >= '0' && c <= '7';
    case 16:
      return std::isxdigit(static_cast<unsigned char>(c)) != 0;
    default:
      return isDigit(c);
  }
}

uint32_t digitValue(char c) {
  if (isDigit(c)) return static_cast<uint32_t>(c - '0');
  return static_cast<uint32_t>(std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
}

void appendUtf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

// The scanner state for one run over [pos_, end_) of a source.
class Lexer {
 public:
  Lexer(SourcePtr source, size_t begin, size_t end, bool fragment)
      : source_(std::move(source)),
        text_(source_->text()),
        pos_(begin),
        end_(std::min(end, text_.size())),
        fragment_(fragment) {
    // Tokens hold 32-bit offsets.
    if (text_.size() > UINT32_MAX) {
      throw ErrorReport(rangeOf(0, 0)) << "source text is too long (4 GiB at most)";
    }
    // Typical code has about one token per three characters; growing would move every token.
    tokens_.reserve((end_ - std::min(pos_, end_)) / 3 + 16);
  }

  // [book:scan-loop]
  // A source starts at the start of a line (a fragment has no lines: it is inside brackets).
  // After that, each turn of the loop takes one token, or skips a blank, a comment or a
  // backslash that joins two lines; a newline outside brackets goes on to the next line's
  // indentation (lexNewline).
  TokenList run() {
    if (!fragment_) lexLineStart();
    while (pos_ < end_) {
      // Tokens are mostly one space apart: that space is stepped over here, before the
      // dispatch, which then takes the token after it (or any further blank).
      if (text_[pos_] == ' ' && ++pos_ == end_) break;
      Start start = kStarts[static_cast<unsigned char>(text_[pos_])];
      // .5 is a number, . an operator. (Settled here so that lexNumber and lexOperator are
      // called from one place each, and the compiler inlines them into this loop.)
      if (start == Start::Dot) start = isDigit(peek(1)) ? Start::Digit : Start::Operator;
      switch (start) {
        case Start::Blank:
          ++pos_;
          break;
        case Start::Name:
          lexIdentifierOrString();
          break;
        case Start::Digit:
          lexNumber();
          break;
        case Start::Newline:
          lexNewline();
          break;
        case Start::Comment:
          lexComment();
          break;
        case Start::Quote:
          lexString(pos_, false);
          break;
        case Start::Backslash:  // joins the next physical line, or is no token at all
          if (peek(1) != '\n' && !(peek(1) == '\r' && peek(2) == '\n')) throw invalidCharacter();
          pos_ += peek(1) == '\n' ? 2 : 3;
          break;
        case Start::Dot:  // (settled above)
        case Start::Operator:
          lexOperator();
          break;
      }
    }
    finish();
    return TokenList(std::move(source_), std::move(tokens_), std::move(values_));
  }
  // [/book:scan-loop]

 private:
  SourceRange rangeOf(size_t start, size_t end) const { return SourceRange(source_, start, end); }
  char peek(size_t ahead = 0) const { return pos_ + ahead < end_ ? text_[pos_ + ahead] : '\0'; }

  // Appends a token spelled by [start, end): a kind and two offsets, nothing to allocate.
  // This is for the tokens of the program's text; they also tell the layout state that the
  // line has tokens, and whether its first one is `def`.
  Token& emit(TokenKind kind, size_t start, size_t end) {
    if (!line_has_tokens_) {
      line_is_def_header_ = kind == TokenKind::DEF;
      line_has_tokens_ = true;
    }
    return emitLayout(kind, start, end);
  }
  // A layout token (NEWLINE, INDENT, DEDENT, TYPE_COMMENT, END_OF_FILE): only appended.
  Token& emitLayout(TokenKind kind, size_t start, size_t end) {
    return tokens_.emplace_back(
        Token{kind, static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  // A token with a decoded value, which goes into the side table (found by the token's start).
  void emit(TokenKind kind, size_t start, size_t end, std::string value) {
    Token& token = kind == TokenKind::TYPE_COMMENT ? emitLayout(kind, start, end)
                                                   : emit(kind, start, end);
    values_.push_back({token.start, std::move(value)});
  }

  // [book:indent-stack]
  // At the start of a physical line outside brackets: measure the indentation, skip the line
  // if it is blank or holds only a comment, otherwise emit INDENT/DEDENT to match it.
  void lexLineStart() {
    while (true) {
      size_t line_begin = pos_;
      size_t indent = 0;
      // Indentation is mostly spaces, in steps of four: eight at a time first (one 8-byte
      // compare, which memcpy into a word compiles to), then four, then whatever blanks
      // remain one at a time.
      constexpr uint64_t kEightSpaces = 0x2020202020202020;
      while (end_ - pos_ >= 8) {
        uint64_t eight;
        std::memcpy(&eight, text_.data() + pos_, 8);
        if (eight != kEightSpaces) break;
        pos_ += 8;
        indent += 8;
      }
      if (end_ - pos_ >= 4) {
        uint32_t four;
        std::memcpy(&four, text_.data() + pos_, 4);
        if (four == static_cast<uint32_t>(kEightSpaces)) {
          pos_ += 4;
          indent += 4;
        }
      }
      while (pos_ < end_ && isBlank(text_[pos_])) {
        if (text_[pos_] != '\r') ++indent;
        ++pos_;
      }
      if (pos_ >= end_) return;
      if (text_[pos_] == '\n' || text_[pos_] == '#') {
        if (text_[pos_] == '#') lexCommentOnlyLine();
        if (pos_ < end_) ++pos_;  // the '\n'
        continue;                 // the next line may be the one with tokens
      }
      previous_line_was_def_header_ = false;
      if (indent > indents_.back()) {
        indents_.push_back(indent);
        emitLayout(TokenKind::INDENT, line_begin, pos_);
        return;
      }
      while (indent < indents_.back()) {
        indents_.pop_back();
        emitLayout(TokenKind::DEDENT, pos_, pos_);
      }
      if (indent != indents_.back()) {
        throw ErrorReport(rangeOf(line_begin, pos_)) << "invalid indent level " << indent;
      }
      return;
    }
  }
  // [/book:indent-stack]

  // A comment alone on its line is dropped, except a `# type:` comment directly after a def
  // header, which carries the function's signature (PEP 484 style, as upstream accepts).
  void lexCommentOnlyLine() {
    size_t start = pos_;
    pos_ = lineEndFrom(pos_);
    if (previous_line_was_def_header_) emitIfTypeComment(start, trimmedEnd(start, pos_));
    previous_line_was_def_header_ = false;
  }

  // A comment after tokens on a line: a type comment when that line is a def header.
  void lexComment() {
    size_t start = pos_;
    pos_ = lineEndFrom(pos_);
    if (line_is_def_header_ && bracket_depth_ == 0) {
      emitIfTypeComment(start, trimmedEnd(start, pos_));
    }
  }

  // The offset of the '\n' ending the line that `from` is in (or the end): memchr, since a
  // comment is scanned for nothing else.
  size_t lineEndFrom(size_t from) const {
    const void* newline = std::memchr(text_.data() + from, '\n', end_ - from);
    return newline ? static_cast<size_t>(static_cast<const char*>(newline) - text_.data()) : end_;
  }

  size_t trimmedEnd(size_t start, size_t end) const {
    while (end > start && isSpace(text_[end - 1])) --end;
    return end;
  }

  // [book:type-comment]
  void emitIfTypeComment(size_t start, size_t end) {
    size_t p = start + 1;  // past '#'
    while (p < end && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    if (text_.compare(p, 5, "type:") != 0) return;
    p += 5;
    while (p < end && (text_[p] == ' ' || text_[p] == '\t')) ++p;
    // `# type: ignore` is a note to type checkers, not a signature.
    if (text_.compare(p, 6, "ignore") == 0) return;
    emit(TokenKind::TYPE_COMMENT, start, end, std::string(text_.substr(p, end - p)));
  }
  // [/book:type-comment]

  // [book:newline]
  void lexNewline() {
    size_t start = pos_++;
    if (bracket_depth_ > 0 || fragment_) return;
    if (line_has_tokens_) emitLayout(TokenKind::NEWLINE, start, start + 1);
    previous_line_was_def_header_ = line_is_def_header_;
    line_is_def_header_ = false;
    line_has_tokens_ = false;
    lexLineStart();
  }
  // [/book:newline]

  void lexIdentifierOrString() {
    size_t start = pos_;
    // Scanned with local pointers rather than pos_: GCC keeps few members in registers, as
    // the store of a token's kind (a one-byte enum) may, for all it knows, change them.
    const char* text = text_.data();
    const char* p = text + pos_ + 1;  // the first character is a letter or '_'
    const char* end = text + end_;
    while (p < end && isIdentChar(*p)) ++p;
    pos_ = static_cast<size_t>(p - text);
    std::string_view word(text + start, pos_ - start);
    // r'...', b"...", u'...', rb'...': a string prefix, not a name.
    if (p < end && kStarts[static_cast<unsigned char>(*p)] == Start::Quote && word.size() <= 2 &&
        word.find_first_not_of("rRbBuUfF") == std::string_view::npos) {
      bool raw = word.find_first_of("rR") != std::string_view::npos;
      if (word.find_first_of("fF") != std::string_view::npos) return lexFString(start);
      return lexString(start, raw);
    }
    emit(keywordKind(word.data(), word.size(), text + text_.size()), start, pos_);
  }

  // Integers: decimal, 0x, 0o, 0b, with '_' separators. Floats: 1.0, 1., .5, 1e-3, 1.5e3.
  // An 'e' not followed by a digit is left for the next token, as upstream does (`1.5e`
  // lexes as 1.5 then the name e).
  void lexNumber() {
    size_t start = pos_;
    // The base prefix, read only after a '0' (tolower is a library call).
    char prefix = '\0';
    if (peek() == '0') {
      prefix = static_cast<char>(std::tolower(static_cast<unsigned char>(peek(1))));
    }
    if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
      int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
      pos_ += 2;
      size_t digits_start = pos_;
      while (pos_ < end_ && (isDigitOfBase(text_[pos_], base) || text_[pos_] == '_')) ++pos_;
      if (pos_ == digits_start) {
        throw ErrorReport(rangeOf(start, pos_))
            << "invalid number literal '" << text_.substr(start, pos_ - start) << "'";
      }
      emit(TokenKind::INT, start, pos_);
      return;
    }
    bool is_float = false;
    skipDecimalDigits();
    if (peek() == '.' && !(peek(1) == '.' && peek(2) == '.')) {
      is_float = true;
      ++pos_;
      skipDecimalDigits();
    }
    char e = peek();
    if ((e == 'e' || e == 'E') &&
        (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
      is_float = true;
      pos_ += isDigit(peek(1)) ? 1 : 2;
      skipDecimalDigits();
    }
    emit(is_float ? TokenKind::FLOAT : TokenKind::INT, start, pos_);
  }

  void skipDecimalDigits() {
    // With local pointers, as in lexIdentifierOrString.
    const char* text = text_.data();
    const char* p = text + pos_;
    const char* end = text + end_;
    while (p < end && (isDigit(*p) || *p == '_')) ++p;
    pos_ = static_cast<size_t>(p - text);
  }

  // [book:string-literal]
  // A string literal starting at `start` (its prefix, if any, already skipped up to pos_).
  // The token's value is the decoded contents.
  void lexString(size_t start, bool raw) {
    char quote = text_[pos_];
    bool triple = peek(1) == quote && peek(2) == quote;
    size_t open_end = pos_ + (triple ? 3 : 1);
    pos_ = open_end;
    std::string value;
    while (true) {
      if (pos_ >= end_ || (!triple && text_[pos_] == '\n')) {
        throw ErrorReport(rangeOf(start, open_end)) << "unterminated string literal";
      }
      char c = text_[pos_];
      if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
        pos_ += triple ? 3 : 1;
        break;
      }
      if (c == '\\') {
        lexEscape(value, raw);
      } else {
        value += c;
        ++pos_;
      }
    }
    emit(TokenKind::STRING, start, pos_, std::move(value));
  }
  // [/book:string-literal]

  // [book:fstring-token]
  // f"...": the body is kept as written; the parser splits it into text and `{expressions}`.
  void lexFString(size_t start) {
    char quote = text_[pos_];
    bool triple = peek(1) == quote && peek(2) == quote;
    size_t open_end = pos_ + (triple ? 3 : 1);
    pos_ = open_end;
    while (true) {
      if (pos_ >= end_ || (!triple && text_[pos_] == '\n')) {
        throw ErrorReport(rangeOf(start, open_end)) << "unterminated string literal";
      }
      if (text_[pos_] == '\\') {
        pos_ += 2;
        continue;
      }
      if (text_[pos_] == quote && (!triple || (peek(1) == quote && peek(2) == quote))) break;
      ++pos_;
    }
    std::string body(text_.substr(open_end, pos_ - open_end));
    pos_ += triple ? 3 : 1;
    emit(TokenKind::FSTRING, start, pos_, std::move(body));
  }
  // [/book:fstring-token]

  // One backslash escape inside a string, appended to `value` decoded (or kept as written in
  // a raw string). Unknown escapes keep their backslash, as in Python.
  void lexEscape(std::string& value, bool raw) {
    size_t start = pos_++;
    if (pos_ >= end_) throw ErrorReport(rangeOf(start, pos_)) << "unterminated string literal";
    char c = text_[pos_++];
    if (raw) {
      value += '\\';
      value += c;
      return;
    }
    switch (c) {
      case '\n':
        return;  // line continuation inside the literal
      case '\\':
        value += '\\';
        return;
      case '\'':
        value += '\'';
        return;
      case '"':
        value += '"';
        return;
      case 'a':
        value += '\a';
        return;
      case 'b':
        value += '\b';
        return;
      case 'f':
        value += '\f';
        return;
      case 'n':
        value += '\n';
        return;
      case 'r':
        value += '\r';
        return;
      case 't':
        value += '\t';
        return;
      case 'v':
        value += '\v';
        return;
      case 'x':
        return appendCodePoint(value, start, 2, 16);
      case 'u':
        return appendCodePoint(value, start, 4, 16);
      case 'U':
        return appendCodePoint(value, start, 8, 16);
      default:
        break;
    }
    if (c >= '0' && c <= '7') {
      --pos_;
      return appendCodePoint(value, start, 3, 8);
    }
    value += '\\';
    value += c;
  }

  // [book:code-point]
  // \xhh (exactly 2 hex digits), \uXXXX, \UXXXXXXXX, \ooo (1 to 3 octal digits). Strings
  // hold UTF-8, so Python's '\xe9' (the character U+00E9) becomes two bytes.
  void appendCodePoint(std::string& value, size_t escape_start, int max_digits, int base) {
    uint32_t code_point = 0;
    int digits = 0;
    while (digits < max_digits && pos_ < end_ && isDigitOfBase(text_[pos_], base)) {
      code_point = code_point * base + digitValue(text_[pos_]);
      ++pos_;
      ++digits;
    }
    bool complete = base == 8 ? digits > 0 : digits == max_digits;
    if (!complete || code_point > 0x10FFFF) {
      throw ErrorReport(rangeOf(escape_start, pos_)) << "invalid escape sequence in string";
    }
    appendUtf8(value, code_point);
  }
  // [/book:code-point]

  // Operators and delimiters, longest spelling first ("**=" before "**" before "*"). The
  // characters past the end read as '\0', which no spelling holds.
  void lexOperator() {
    unsigned char first = static_cast<unsigned char>(text_[pos_]);
    if (first >= kOperatorGroups.size()) throw invalidCharacter();
    uint16_t next_two = static_cast<uint16_t>(static_cast<unsigned char>(peek(1)) |
                                              static_cast<unsigned char>(peek(2)) << 8);
    // The group ends with an entry that matches (see OperatorGroup).
    const OperatorSpelling* best = kOperatorGroups[first].spellings.data();
    while ((next_two & best->tail_mask) != best->tail) ++best;
    if (best->size == 0) throw invalidCharacter();
    size_t start = pos_;
    pos_ += best->size;
    if (best->bracket > 0) {
      ++bracket_depth_;
    } else if (best->bracket < 0) {
      if (bracket_depth_ > 0) --bracket_depth_;  // an unmatched one is the parser's error
    }
    emit(best->kind, start, pos_);
  }

  // [book:invalid-character]
  // Upstream's message, quoting the character (a whole UTF-8 sequence for non-ASCII ones).
  ErrorReport invalidCharacter() const {
    unsigned char lead = static_cast<unsigned char>(text_[pos_]);
    size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    len = std::min(len, end_ - pos_);
    ErrorReport error(rangeOf(pos_, pos_ + len));
    error << "expected a valid token but found '" << text_.substr(pos_, len) << "' here";
    return error;
  }
  // [/book:invalid-character]

  // [book:finish]
  // The closing tokens sit at the end of the text, but on its last line: a range starting
  // after a final '\n' would point at a line that does not exist.
  void finish() {
    size_t at = end_;
    if (at > 0 && text_[at - 1] == '\n') --at;
    // Inside an unclosed bracket the parser should meet END_OF_FILE right away.
    if (!fragment_ && bracket_depth_ == 0) {
      if (line_has_tokens_) emitLayout(TokenKind::NEWLINE, at, at);
      while (indents_.size() > 1) {
        indents_.pop_back();
        emitLayout(TokenKind::DEDENT, at, at);
      }
    }
    emitLayout(TokenKind::END_OF_FILE, at, at);
  }
  // [/book:finish]

  SourcePtr source_;
  std::string_view text_;
  size_t pos_;
  size_t end_;
  bool fragment_;
  std::vector<Token> tokens_;
  std::vector<TokenList::Value> values_;  // the decoded values, in the order of their tokens
  std::vector<size_t> indents_{0};  // the indentation widths of the open blocks
  int bracket_depth_ = 0;           // inside (), [] or {} newlines and indentation don't count
  bool line_has_tokens_ = false;     // the current logical line has emitted a token
  bool line_is_def_header_ = false;  // ... and its first token was `def`
  bool previous_line_was_def_header_ = false;
};

std::string escapeForDump(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  return out;
}

}  // namespace

const char* tokenKindName(TokenKind kind) {
  return info(kind).name;
}

const char* tokenKindDescription(TokenKind kind) {
  return info(kind).spelling;
}

TokenList tokenize(const SourcePtr& source) {
  return Lexer(source, 0, source->text().size(), /*fragment=*/false).run();
}

TokenList tokenizeFragment(const SourcePtr& source, size_t begin, size_t end) {
  return Lexer(source, begin, end, /*fragment=*/true).run();
}

std::string dumpTokens(const TokenList& tokens) {
  std::ostringstream out;
  for (const Token& token : tokens) {
    SourceRange range = tokens.range(token);
    out << range.line() << ":" << range.column() << " " << tokenKindName(token.kind) << " '"
        << escapeForDump(tokens.text(token)) << "'\n";
  }
  return out.str();
}

}  // namespace minijit
