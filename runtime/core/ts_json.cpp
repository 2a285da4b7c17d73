// JSON.stringify's writer (QuoteJSONString escapes, indentation) and JSON.parse: V8's grammar and error
// messages (src/json/json-parser.cc) in validate(), then the typed Reader over well-formed text.
#include "ts_json.h"

#include "ts_error.h"
#include "ts_error_object.h"
#include "ts_number.h"
#include "ts_string_internal.h"

namespace ts {

void throwSyntaxError(const String& message) { uncaughtString(concat(TS_STR("SyntaxError: "), message)); }
void raiseSyntaxError(const String& message) {
  if (detail::catchDepth == 0) throwSyntaxError(message);
  raise(make<SyntaxError>(message), nullptr, 0);
}
void throwJsonTypeError(const String& message) { uncaughtString(concat(TS_STR("TypeError: "), message)); }

namespace json {

bool (*writeAny)(Writer& w, Object* p) = nullptr;

using detail::Builder;
using detail::Bytes;

// ---- stringify

Writer::Writer(const String& gap, bool lines) : out_(new Builder(32)), gap_(gap), lines_(lines || gap.byteLength() > 0) {}
Writer::~Writer() { delete static_cast<Builder*>(out_); }

void Writer::rawChar(char c) { static_cast<Builder*>(out_)->appendAscii(c); }
void Writer::raw(const char* ascii) { static_cast<Builder*>(out_)->appendAsciiBytes(ascii, uint32_t(strlen(ascii))); }

void Writer::number(double x) {
  if (!isFinite(x)) return raw("null");
  char buf[40];
  size_t n = detail::formatNumber(x == 0 ? 0.0 : x, buf);  // -0 is "0"
  static_cast<Builder*>(out_)->appendAsciiBytes(buf, uint32_t(n));
}

void Writer::string(const String& s) {
  Builder& out = *static_cast<Builder*>(out_);
  Bytes b(s);
  const uint8_t* p = b.udata();
  uint32_t n = b.size();
  out.appendAscii('"');
  uint32_t start = 0;
  auto flush = [&](uint32_t i) {
    if (i > start) out.appendBytes(reinterpret_cast<const char*>(p + start), i - start, false);
  };
  static const char kHex[] = "0123456789abcdef";
  for (uint32_t i = 0; i < n; i++) {
    uint8_t c = p[i];
    const char* esc = nullptr;
    switch (c) {
      case '"': esc = "\\\""; break;
      case '\\': esc = "\\\\"; break;
      case '\b': esc = "\\b"; break;
      case '\f': esc = "\\f"; break;
      case '\n': esc = "\\n"; break;
      case '\r': esc = "\\r"; break;
      case '\t': esc = "\\t"; break;
      default: break;
    }
    if (esc != nullptr) {
      flush(i);
      out.appendAsciiBytes(esc, 2);
      start = i + 1;
    } else if (c < 0x20) {
      flush(i);
      char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.appendAsciiBytes(u, 6);
      start = i + 1;
    } else if (c == 0xED && i + 2 < n && p[i + 1] >= 0xA0) {
      // A lone surrogate (WTF-8; pairs are stored as 4-byte UTF-8): \udXXX.
      flush(i);
      uint32_t unit = 0xD000 | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      char u[6] = {'\\', 'u', 'd', kHex[(unit >> 8) & 15], kHex[(unit >> 4) & 15], kHex[unit & 15]};
      out.appendAsciiBytes(u, 6);
      i += 2;
      start = i + 1;
    }
  }
  flush(n);
  out.appendAscii('"');
}

void Writer::newline() {
  Builder& out = *static_cast<Builder*>(out_);
  out.appendAscii('\n');
  for (uint32_t d = 0; d < depth_; d++) out.appendString(gap_);
}

void Writer::key(bool& first, const String& name) {
  if (!first) rawChar(',');
  first = false;
  if (lines_) newline();
  string(name);
  rawChar(':');
  if (lines_) rawChar(' ');
}

void Writer::element(bool& first) {
  if (!first) rawChar(',');
  first = false;
  if (lines_) newline();
}

void Writer::close(bool first, char brace) {
  depth_--;
  if (!first && lines_) newline();
  rawChar(brace);
}

void Writer::enterObject(const void* p) {
  for (uint32_t i = 0; i < objects_; i++) {
    if (stack_[i] == p) throwJsonTypeError(TS_STR("Converting circular structure to JSON"));
  }
  if (objects_ >= kMaxStringifyObjects) uncaught(PSTR("RangeError: Maximum call stack size exceeded"));
  stack_[objects_++] = p;
}

String Writer::finish() { return static_cast<Builder*>(out_)->finish(); }

String gapOf(double spaces) {
  if (!(spaces >= 1)) return String::empty();
  return TS_STR(" ").repeat(spaces > 10 ? 10 : trunc(spaces));
}
// V8 keeps the gap as a C string: it ends at the first NUL unit (`JSON.stringify(x, null, "a\0b")` indents by
// "a"; a gap starting with NUL breaks lines and indents by nothing, linesWithoutGap below).
String gapOf(const String& text) {
  if (!text.isLive()) return String::empty();
  String gap = text.slice(0, 10);
  const double n = gap.length();
  for (double k = 0; k < n; k++) {
    if (gap.charCodeAt(k) == 0) return gap.slice(0, k);
  }
  return gap;
}
bool linesWithoutGap(const String& text) { return text.isLive() && text.length() > 0 && text.charCodeAt(0) == 0; }

// ---- parse: validation with V8's messages

namespace {

enum class Token : uint8_t { Eos, String, Number, LBrace, RBrace, LBrack, RBrack, True, False, Null, Colon, Comma, Illegal, Whitespace };

Token tokenOf(int c) {
  if (c < 0) return Token::Eos;
  switch (c) {
    case '"': return Token::String;
    case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return Token::Number;
    case '{': return Token::LBrace;
    case '}': return Token::RBrace;
    case '[': return Token::LBrack;
    case ']': return Token::RBrack;
    case 't': return Token::True;
    case 'f': return Token::False;
    case 'n': return Token::Null;
    case ':': return Token::Colon;
    case ',': return Token::Comma;
    case ' ': case '\t': case '\n': case '\r': return Token::Whitespace;
    default: return Token::Illegal;
  }
}

bool isDigit(int c) { return c >= '0' && c <= '9'; }
int hexValue(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Validator {
 public:
  Validator(const String& text) : text_(text), bytes_(text), p_(bytes_.udata()), n_(bytes_.size()) {}

  void run() {
    uint32_t stack[kMaxNesting / 32] = {};  // one bit per open container: 1 = object
    uint32_t depth = 0;
    for (;;) {
      // Produce a value.
      for (;;) {
        ws();
        int c = cur();
        Token t = tokenOf(c);
        if (t == Token::String) {
          i_++;
          scanString();
          if (failed_) return;
        } else if (t == Token::Number) {
          scanNumber();
          if (failed_) return;
        } else if (t == Token::LBrace || t == Token::LBrack) {
          i_++;
          ws();
          if (cur() == (t == Token::LBrace ? '}' : ']')) {
            i_++;
            break;
          }
          if (depth >= kMaxNesting) uncaught(PSTR("RangeError: JSON.parse: nesting deeper than 256 levels"));
          bool object = t == Token::LBrace;
          if (object) stack[depth / 32] |= 1u << (depth % 32);
          else stack[depth / 32] &= ~(1u << (depth % 32));
          depth++;
          if (object) {
            expect('"', PSTR("Expected property name or '}'"));
            if (failed_) return;
            scanString();
            if (failed_) return;
            ws();
            expect(':', PSTR("Expected ':' after property name"));
            if (failed_) return;
          }
          continue;
        } else if (t == Token::True) {
          scanLiteral("true");
          if (failed_) return;
        } else if (t == Token::False) {
          scanLiteral("false");
          if (failed_) return;
        } else if (t == Token::Null) {
          scanLiteral("null");
          if (failed_) return;
        } else {
          unexpectedCharacter();
          if (failed_) return;
        }
        break;
      }
      // Consume the produced value.
      for (;;) {
        ws();
        if (depth == 0) {
          if (i_ < n_) {
            syntaxError(concat(TS_STR("Unexpected non-whitespace character after JSON at position "), double(unitPosition(i_))));
          }
          return;
        }
        bool object = (stack[(depth - 1) / 32] >> ((depth - 1) % 32)) & 1;
        if (cur() == ',') {
          i_++;
          if (object) {
            ws();
            expect('"', PSTR("Expected double-quoted property name"));
            if (failed_) return;
            scanString();
            if (failed_) return;
            ws();
            expect(':', nullptr);
            if (failed_) return;
          }
          break;
        }
        if (object) expect('}', PSTR("Expected ',' or '}' after property value"));
        else expect(']', PSTR("Expected ',' or ']' after array element"));
        if (failed_) return;
        depth--;
      }
    }
  }

 private:
  int cur() const { return i_ < n_ ? p_[i_] : -1; }
  void ws() {
    while (i_ < n_ && tokenOf(p_[i_]) == Token::Whitespace) i_++;
  }
  void expect(char c, const char* message) {
    if (cur() == c) {
      i_++;
      return;
    }
    if (message != nullptr) return fail(message);
    unexpectedToken(tokenOf(cur()));
  }
  // The position in UTF-16 units of byte offset i.
  uint32_t unitPosition(uint32_t i) const {
    uint32_t units = 0;
    for (uint32_t k = 0; k < i && k < n_; k++) {
      uint8_t b = p_[k];
      if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
    }
    return units;
  }
  // The first error: raised (uncaught without a try), then every scanner returns at once.
  void syntaxError(const String& message) {
    if (failed_) return;
    failed_ = true;
    raiseSyntaxError(message);
  }
  void fail(const char* message) {
    syntaxError(concat(String::literal(message, strlen_P(message)), TS_STR(" in JSON at position "), double(unitPosition(i_))));
  }
  void unexpectedCharacter() { unexpectedToken(cur() < 0 ? Token::Eos : (cur() < 0x80 ? tokenOf(cur()) : Token::Illegal)); }
  void unexpectedToken(Token t) {
    if (failed_) return;
    if (t == Token::Eos) return syntaxError(TS_STR("Unexpected end of JSON input"));
    if (t == Token::Number) return fail(PSTR("Unexpected number"));
    if (t == Token::String) return fail(PSTR("Unexpected string"));
    // V8's IsSpecialString: what String(x) gives for values that are not JSON text.
    if (text_.equals(TS_STR("[object Object]")) || text_.equals(TS_STR("undefined")) || text_.equals(TS_STR("Infinity")) || text_.equals(TS_STR("NaN"))) {
      return syntaxError(concat(TS_STR("\""), text_, TS_STR("\" is not valid JSON")));
    }
    // The unexpected character (one UTF-16 unit, as V8 shows it) and the text around it.
    uint32_t cp = p_[i_];
    if (cp >= 0x80) {
      String rest = String::fromUtf8(reinterpret_cast<const char*>(p_ + i_), n_ - i_ < 4 ? n_ - i_ : 4);
      cp = uint32_t(rest.charCodeAt(0));
    }
    String ch = String::fromCharCode(double(cp));
    double pos = unitPosition(i_), length = text_.length();
    String head = concat(TS_STR("Unexpected token '"), ch, TS_STR("', "));
    const double kContext = 10;
    if (length < 2 * kContext + 1) return syntaxError(concat(head, TS_STR("\""), text_, TS_STR("\" is not valid JSON")));
    if (pos < kContext) return syntaxError(concat(head, TS_STR("\""), text_.slice(0, pos + kContext), TS_STR("\"... is not valid JSON")));
    if (pos < length - kContext)
      return syntaxError(concat(head, TS_STR("...\""), text_.slice(pos - kContext, pos + kContext), TS_STR("\"... is not valid JSON")));
    syntaxError(concat(head, TS_STR("...\""), text_.slice(pos - kContext), TS_STR("\" is not valid JSON")));
  }
  void scanString() {  // after the opening quote
    for (;;) {
      if (i_ >= n_) return fail(PSTR("Unterminated string"));
      uint8_t c = p_[i_];
      if (c == '"') {
        i_++;
        return;
      }
      if (c == '\\') {
        i_++;
        int e = cur();
        if (e >= 0x80) {
          // A non-Latin-1 character after the backslash is an unexpected token; a Latin-1 one a bad escape.
          if (e == 0xC2 || e == 0xC3) return fail(PSTR("Bad escaped character"));
          return unexpectedToken(Token::Illegal);
        }
        switch (e) {
          case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': break;
          case 'u':
            for (int k = 0; k < 4; k++) {
              i_++;
              if (hexValue(cur()) < 0) return fail(PSTR("Bad Unicode escape"));
            }
            break;
          case -1: return unexpectedToken(Token::Eos);
          default: return fail(PSTR("Bad escaped character"));
        }
        i_++;
        continue;
      }
      if (c < 0x20) return fail(PSTR("Bad control character in string literal"));
      i_++;
    }
  }
  void scanNumber() {
    if (cur() == '-') i_++;
    if (cur() == '0') {
      i_++;
      if (isDigit(cur())) return unexpectedToken(Token::Number);
    } else {
      if (!isDigit(cur())) return fail(PSTR("No number after minus sign"));
      while (isDigit(cur())) i_++;
    }
    if (cur() == '.') {
      i_++;
      if (!isDigit(cur())) return fail(PSTR("Unterminated fractional number"));
      while (isDigit(cur())) i_++;
    }
    if (cur() == 'e' || cur() == 'E') {
      i_++;
      if (cur() == '-' || cur() == '+') i_++;
      if (!isDigit(cur())) return fail(PSTR("Exponent part is missing a number"));
      while (isDigit(cur())) i_++;
    }
  }
  void scanLiteral(const char* s) {
    uint32_t len = uint32_t(strlen(s)), remaining = n_ - i_;
    if (remaining >= len && memcmp(p_ + i_, s, len) == 0) {
      i_ += len;
      return;
    }
    i_++;
    for (uint32_t k = 0; k < len - 1 && k < remaining - 1; k++) {
      if (uint8_t(s[1 + k]) != p_[i_]) return unexpectedCharacter();
      i_++;
    }
    unexpectedToken(Token::Eos);
  }

  const String& text_;
  Bytes bytes_;
  const uint8_t* p_;
  uint32_t n_, i_ = 0;
  bool failed_ = false;

 public:
  bool failed() const { return failed_; }
};

}  // namespace

// JSON.parse(text) parses String(text): an undefined that a type did not rule out (`JSON.parse(texts[9])`) is
// the text "undefined" (a SyntaxError), a null is "null".
static String sourceText(const String& text) {
  if (TSD_LIKELY(text.isLive())) return text;
  return text.isNullState() ? TS_STR("null") : TS_STR("undefined");
}

bool validate(const String& text) {
  const String source = sourceText(text);
  Validator v(source);
  v.run();
  return !v.failed();
}

// ---- parse: the typed reader (the text is well-formed JSON)

void read(Reader& r, Prim& out) {
  uint8_t c = r.next();
  if (c == '"') out = Prim(r.string());
  else if (c == 't' || c == 'f') out = Prim(r.boolean());
  else if (c == 'n') {
    r.null();
    out = Prim(null);
  } else if (c == '-' || isDigit(c)) out = Prim(r.number());
  else r.mismatch(PSTR("number | string | boolean"));
}

Reader::Reader(const String& text, const char* rootName) : bytes_(new Bytes(sourceText(text))), root_(rootName) {
  p_ = static_cast<Bytes*>(bytes_)->udata();
  n_ = static_cast<Bytes*>(bytes_)->size();
}
Reader::~Reader() { delete static_cast<Bytes*>(bytes_); }

void Reader::ws() {
  while (i_ < n_ && (p_[i_] == ' ' || p_[i_] == '\t' || p_[i_] == '\n' || p_[i_] == '\r')) i_++;
}
uint8_t Reader::peek() {
  ws();
  return i_ < n_ ? p_[i_] : 0;
}

bool Reader::null() {
  if (peek() != 'n') return false;
  i_ += 4;
  return true;
}

double Reader::number() {
  uint8_t c = peek();
  if (c != '-' && !isDigit(c)) mismatch(PSTR("number"));
  uint32_t start = i_;
  bool negative = c == '-';
  if (negative) i_++;
  // Up to 15 significant digits with at most 22 fraction digits and no exponent: one exact division.
  uint64_t mantissa = 0;
  uint32_t digits = 0, fraction = 0;
  bool simple = true;
  while (isDigit(cur())) {
    mantissa = mantissa * 10 + (p_[i_++] - '0');
    if (++digits > 15) simple = false;
  }
  if (cur() == '.') {
    i_++;
    while (isDigit(cur())) {
      mantissa = mantissa * 10 + (p_[i_++] - '0');
      fraction++;
      if (++digits > 15) simple = false;
    }
  }
  if (cur() == 'e' || cur() == 'E') {
    simple = false;
    i_++;
    if (cur() == '-' || cur() == '+') i_++;
    while (isDigit(cur())) i_++;
  }
  if (simple && fraction <= 22) {
    double scale = 1;  // 10^fraction, exact up to 10^22 (no table: .rodata is RAM on the ESP8266)
    for (uint32_t k = 0; k < fraction; k++) scale *= 10;
    double v = double(mantissa) / scale;
    return negative ? -v : v;
  }
  return detail::parseDecimalText(reinterpret_cast<const char*>(p_ + start), i_ - start);
}

bool Reader::boolean() {
  uint8_t c = peek();
  if (c == 't') {
    i_ += 4;
    return true;
  }
  if (c == 'f') {
    i_ += 5;
    return false;
  }
  mismatch(PSTR("boolean"));
}

String Reader::string() {
  if (peek() != '"') mismatch(PSTR("string"));
  i_++;
  uint32_t start = i_;
  while (p_[i_] != '"' && p_[i_] != '\\') i_++;
  if (p_[i_] == '"') {  // no escapes: the bytes as they are
    i_++;
    return String::fromUtf8(reinterpret_cast<const char*>(p_ + start), i_ - 1 - start);
  }
  Builder out(i_ - start + 16);
  out.appendBytes(reinterpret_cast<const char*>(p_ + start), i_ - start, false);
  auto hex4 = [this](uint32_t at) {
    uint32_t v = 0;
    for (uint32_t k = 0; k < 4; k++) v = v * 16 + uint32_t(hexValue(p_[at + k]));
    return v;
  };
  for (;;) {
    uint8_t c = p_[i_];
    if (c == '"') {
      i_++;
      break;
    }
    if (c != '\\') {
      uint32_t run = i_;
      while (p_[i_] != '"' && p_[i_] != '\\') i_++;
      out.appendBytes(reinterpret_cast<const char*>(p_ + run), i_ - run, false);
      continue;
    }
    uint8_t e = p_[i_ + 1];
    i_ += 2;
    switch (e) {
      case 'b': out.appendAscii('\b'); break;
      case 'f': out.appendAscii('\f'); break;
      case 'n': out.appendAscii('\n'); break;
      case 'r': out.appendAscii('\r'); break;
      case 't': out.appendAscii('\t'); break;
      case 'u': {
        uint32_t unit = hex4(i_);
        i_ += 4;
        // A surrogate pair written as two escapes is one code point (strings keep pairs merged).
        if (unit >= 0xD800 && unit < 0xDC00 && p_[i_] == '\\' && p_[i_ + 1] == 'u') {
          uint32_t low = hex4(i_ + 2);
          if (low >= 0xDC00 && low < 0xE000) {
            i_ += 6;
            out.appendCodePoint(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
            break;
          }
        }
        out.appendUnit(uint16_t(unit));
        break;
      }
      default: out.appendAscii(char(e));
    }
  }
  return out.finish();
}

void Reader::beginObject() {
  if (peek() != '{') mismatch(PSTR("object"));
  if (depth_ >= kMaxTypedNesting) uncaught(PSTR("RangeError: JSON.parse: a typed value nested deeper than 16 levels"));
  i_++;
}

bool Reader::nextKey(bool& first, String& key) {
  uint8_t c = peek();
  if (c == '}') {
    i_++;
    return false;
  }
  if (!first) {
    i_++;  // ','
    peek();
  }
  first = false;
  key = string();
  peek();
  i_++;  // ':'
  return true;
}

void Reader::beginArray() {
  if (peek() != '[') mismatch(PSTR("array"));
  if (depth_ >= kMaxTypedNesting) uncaught(PSTR("RangeError: JSON.parse: a typed value nested deeper than 16 levels"));
  i_++;
}

bool Reader::nextElement(bool& first) {
  uint8_t c = peek();
  if (c == ']') {
    i_++;
    return false;
  }
  if (!first) i_++;  // ','
  first = false;
  return true;
}

void Reader::skipValue() {
  // Iterative: count brackets, step over strings.
  uint32_t depth = 0;
  do {
    uint8_t c = peek();
    if (c == '"') {
      i_++;
      while (p_[i_] != '"') i_ += p_[i_] == '\\' ? 2 : 1;
      i_++;
    } else if (c == '{' || c == '[') {
      depth++;
      i_++;
    } else if (c == '}' || c == ']') {
      depth--;
      i_++;
    } else if (c == ',' || c == ':') {
      i_++;
      continue;
    } else {
      while (i_ < n_ && p_[i_] != ',' && p_[i_] != '}' && p_[i_] != ']' && p_[i_] != ' ' && p_[i_] != '\n' && p_[i_] != '\r' && p_[i_] != '\t') i_++;
    }
  } while (depth > 0);
}

void Reader::end() {}

void Reader::enter(const char* member) {
  if (depth_ < kMaxTypedNesting + 1) path_[depth_] = {member, 0};
  depth_++;
}
void Reader::enterIndex(uint32_t i) {
  if (depth_ < kMaxTypedNesting + 1) path_[depth_] = {nullptr, i};
  depth_++;
}
void Reader::leave() { depth_--; }

String Reader::path() const {
  String out = String::literal(root_, strlen_P(root_));
  for (uint32_t d = 0; d < depth_ && d < kMaxTypedNesting + 1; d++) {
    if (path_[d].member != nullptr) out = concat(out, TS_STR("."), String::literal(path_[d].member, strlen_P(path_[d].member)));
    else out = concat(out, TS_STR("["), double(path_[d].index), TS_STR("]"));
  }
  return out;
}

namespace {
String jsonTypeAt(uint8_t c) {
  switch (c) {
    case '"': return TS_STR("string");
    case '{': return TS_STR("object");
    case '[': return TS_STR("array");
    case 't': case 'f': return TS_STR("boolean");
    case 'n': return TS_STR("null");
    default: return TS_STR("number");
  }
}
}  // namespace

String Reader::peekTag(const char* member, const char* expected) {
  uint32_t start = i_;
  beginObject();
  bool first = true;
  String key;
  while (nextKey(first, key)) {
    if (key.equals(String::literal(member, strlen_P(member)))) {
      enter(member);
      if (peek() != '"') mismatch(expected);
      leave();
      String tag = string();
      i_ = start;
      return tag;
    }
    skipValue();
  }
  i_ = start;
  missing(member, expected);
}

void Reader::badTag(const char* member, const char* expected, const String& tag) {
  enter(member);
  String got = concat(TS_STR("\""), tag, TS_STR("\""));
  throwJsonTypeError(concat(TS_STR("JSON.parse: "), path(), TS_STR(": expected "), String::literal(expected, strlen_P(expected)), TS_STR(", got "), got));
}

void Reader::mismatch(const char* expected) {
  String got = jsonTypeAt(peek());
  throwJsonTypeError(concat(TS_STR("JSON.parse: "), path(), TS_STR(": expected "), String::literal(expected, strlen_P(expected)), TS_STR(", got "), got));
}

void Reader::missing(const char* member, const char* expected) {
  enter(member);
  throwJsonTypeError(concat(TS_STR("JSON.parse: "), path(), TS_STR(": expected "), String::literal(expected, strlen_P(expected)), TS_STR(", got nothing (missing member)")));
}

}  // namespace json
}  // namespace ts
