// `ts::String`: the JavaScript string. A 3-word value handle that is undefined, null, a literal kept in flash
// (TS_STR, never copied) or a refcounted heap buffer (always NUL-terminated). Text is stored as UTF-8 (WTF-8
// for unpaired surrogates) while length and every index follow JavaScript's UTF-16 code units; the handle
// caches whether the text is ASCII so the common case is plain byte indexing. Also: `ts::toString` for every
// primitive, variadic `ts::concat`, code-point iteration and UTF-16-order comparisons.
#pragma once

#include "ts_base.h"
#include "ts_error.h"
#include "ts_object.h"
#include "ts_num.h"

// A string literal in flash. The lambda lets PSTR (a statement expression on the ESP8266) appear at
// namespace scope, e.g. in the initialiser of a global.
#define TS_STR(s) ::ts::String::literal([]() -> PGM_P { return PSTR(s); }(), sizeof(s) - 1, ::ts::detail::literalIsAscii(s))

namespace ts {

template <class T> class Array;

namespace detail {
struct StrBuf {
  uint32_t refcount;
  uint32_t len;    // bytes, excluding the NUL
  uint32_t units;  // UTF-16 length, or UINT32_MAX until computed (non-ASCII only)
  char data[];     // len + 1 bytes
};
StrBuf* allocStrBuf(uint32_t len);  // refcount 1, units unknown, data[len] = 0
inline void retainStrBuf(StrBuf* b) { ++b->refcount; }
inline void releaseStrBuf(StrBuf* b) {
  if (--b->refcount == 0) free(b);
}
// Whether a string literal is pure ASCII (folded at compile time, so TS_STR literals skip the scan).
template <size_t N> constexpr bool literalIsAscii(const char (&s)[N]) {
  for (size_t i = 0; i + 1 < N; i++)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}
// Shortest round-trip JavaScript formatting of a number into buf (>= 32 bytes); returns the length.
size_t formatNumber(double x, char* buf);
size_t formatInteger(long long v, char* out);
size_t formatMagnitude64(bool negative, uint64_t magnitude, char* out);
size_t formatInt32(int32_t v, char* out);
size_t formatMagnitude(bool negative, uint32_t magnitude, char* out);
}  // namespace detail

class String {
 public:
  static constexpr bool tsNullable = true;
  enum Kind : uint8_t { kUndefined = 0, kNull = 1, kLiteral = 2, kHeap = 3 };

  String() : p_(nullptr), len_(0), kind_(kUndefined), ascii_(0) {}
  String(Null) : p_(nullptr), len_(0), kind_(kNull), ascii_(0) {}
  String(Undefined) : String() {}
  String(const String& o) : p_(o.p_), len_(o.len_), kind_(o.kind_), ascii_(o.ascii_) {
    if (kind_ == kHeap) detail::retainStrBuf(buf());
  }
  String(String&& o) noexcept : p_(o.p_), len_(o.len_), kind_(o.kind_), ascii_(o.ascii_) { o.kind_ = kUndefined; }
  ~String() {
    if (kind_ == kHeap) detail::releaseStrBuf(buf());
  }
  String& operator=(const String& o) {
    if (o.kind_ == kHeap) detail::retainStrBuf(o.buf());
    if (kind_ == kHeap) detail::releaseStrBuf(buf());
    p_ = o.p_, len_ = o.len_, kind_ = o.kind_, ascii_ = o.ascii_;
    return *this;
  }
  String& operator=(String&& o) noexcept {
    if (this != &o) {
      if (kind_ == kHeap) detail::releaseStrBuf(buf());
      p_ = o.p_, len_ = o.len_, kind_ = o.kind_, ascii_ = o.ascii_;
      o.kind_ = kUndefined;
    }
    return *this;
  }

  // Construction.
  static String literal(PGM_P text, size_t len) { return String(text, uint32_t(len), kLiteral, 0); }
  static String literal(PGM_P text, size_t len, bool ascii) { return String(text, uint32_t(len), kLiteral, ascii ? 1 : 2); }
  static String fromUtf8(const char* text, size_t len);  // copies; invalid UTF-8 becomes U+FFFD
  static String fromUtf8(const char* text);              // NUL-terminated
  static String fromCodeUnits(const uint16_t* units, size_t n);
  static String fromCodePoint(uint32_t cp);
  static String fromCharCodes(const double* codes, size_t n);
  template <class... A> static String fromCharCode(A... codes) {
    const double list[] = {0.0, static_cast<double>(codes)...};
    return fromCharCodes(list + 1, sizeof...(A));
  }
  static String empty() { return literal("", 0); }
  // Adopts a heap buffer (used by the runtime's builders).
  static String adopt(detail::StrBuf* b, bool ascii) { return String(reinterpret_cast<const char*>(b), b->len, kHeap, ascii ? 1 : 2); }

  // State.
  bool isNullState() const { return kind_ == kNull; }
  bool isUndefinedState() const { return kind_ == kUndefined; }
  bool isLive() const { return kind_ >= kLiteral; }
  // A hole of a `string[]` (a store past the end, a grown length): an undefined string in every respect, with
  // a marker in ascii_ (never 3 otherwise) that the array methods skipping holes test. No extra bytes.
  static String hole() {
    String s;
    s.ascii_ = 3;
    return s;
  }
  bool isHoleState() const { return kind_ == kUndefined && ascii_ == 3; }
  bool isLiteral() const { return kind_ == kLiteral; }
  Kind kind() const { return Kind(kind_); }
  bool isAscii() const {
    if (ascii_ == 0) computeAscii();
    return ascii_ == 1;
  }

  // Raw bytes (UTF-8). byteLength() excludes the NUL. flashOrRam(): PGM_P for literals, RAM otherwise.
  size_t byteLength() const { return len_; }
  const char* flashOrRam() const { return kind_ == kHeap ? buf()->data : (kind_ == kLiteral ? p_ : ""); }
  // NUL-terminated RAM text, valid while this handle lives (a literal is copied to the heap once, on
  // the device only). Nullish strings give "null"/"undefined".
  const char* c_str() const;
  uint8_t byteAt(size_t i) const { return kind_ == kHeap ? uint8_t(buf()->data[i]) : pgm_read_byte(p_ + i); }
  void copyBytes(char* dst, size_t from, size_t n) const;  // RAM destination
  uint32_t hash() const;

  // JavaScript members (indices/counts are doubles with JS ToIntegerOrInfinity + clamping).
  double length() const {
    if (TSD_LIKELY(ascii_ == 1)) return len_;
    return double(unitLength());
  }
  double charCodeAt(double i) const {
    if (TSD_LIKELY(ascii_ == 1) && i >= 0 && i < len_) {
      uint32_t k = uint32_t(i);
      return byteAt(k);
    }
    return charCodeAtSlow(i);
  }
  // charCodeAt(i) converted to a 32-bit integer (i32(s.charCodeAt(i))): the code unit, 0 (NaN) out of range.
  int32_t codeUnitAt(int32_t i) const {
    if (TSD_LIKELY(ascii_ == 1) && static_cast<uint32_t>(i) < len_) return byteAt(uint32_t(i));
    return codeUnitAtSlow(i);
  }
  // The same for a string the compiler proved ASCII (compiler/src/lower/ascii-strings.ts): its bytes are its
  // code units, so no decoding path is linked. A nullish string has no bytes (the variable always has a value).
  int32_t asciiCodeUnitAt(int32_t i) const { return static_cast<uint32_t>(i) < len_ ? byteAt(uint32_t(i)) : 0; }
  uint32_t asciiUnitCount() const { return len_; }
  // s.length as an integer (i32(s.length)): no conversion through double.
  uint32_t unitCount() const {
    if (TSD_LIKELY(ascii_ == 1)) return len_;
    return unitLength();
  }
  Opt<double> codePointAt(double i) const;  // undefined out of range
  String charAt(double i) const;
  String at(double i) const;
  String index(double i) const;  // s[i]: the unit or undefined
  double indexOf(const String& search, double from = 0) const;
  double lastIndexOf(const String& search, double from = INFINITY) const;
  bool includes(const String& search, double from = 0) const { return indexOf(search, from) >= 0; }
  bool startsWith(const String& search, double pos = 0) const;
  bool endsWith(const String& search, double endPos = INFINITY) const;
  String slice(double start = 0, double end = INFINITY) const;
  String substring(double start = 0, double end = INFINITY) const;
  String substr(double start, double length = INFINITY) const;
  String toUpperCase() const;
  String toLowerCase() const;
  String trim() const;
  String trimStart() const;
  String trimEnd() const;
  Array<String> split() const;
  Array<String> split(const String& sep, double limit = 4294967295.0) const;
  String repeat(double count) const;
  String padStart(double targetLength) const;
  String padStart(double targetLength, const String& fill) const;
  String padEnd(double targetLength) const;
  String padEnd(double targetLength, const String& fill) const;
  String replace(const String& pattern, const String& replacement) const;
  String replaceAll(const String& pattern, const String& replacement) const;
  String concat(const String& other) const;
  template <class... A> String concat(const String& a, const String& b, const A&... rest) const {
    return concat(a).concat(b, rest...);
  }
  double localeCompare(const String& other) const;
  String toString() const { return *this; }

  // Comparison in UTF-16 code unit order; <0, 0, >0. Nullish strings compare as "null"/"undefined".
  int compare(const String& other) const;
  bool equals(const String& other) const;

  // Code point iteration (`for (ts::String ch : s)`).
  class Iterator {
   public:
    Iterator(const String* s, size_t pos) : s_(s), pos_(pos) {}
    String operator*() const;
    Iterator& operator++();
    bool operator!=(const Iterator& o) const { return pos_ != o.pos_; }

   private:
    size_t next() const;
    const String* s_;
    size_t pos_;
  };
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, isLive() ? len_ : 0); }

  uint32_t unitLength() const;  // UTF-16 length

 private:
  String(const char* p, uint32_t len, uint8_t kind, uint8_t ascii) : p_(p), len_(len), kind_(kind), ascii_(ascii) {}
  detail::StrBuf* buf() const { return reinterpret_cast<detail::StrBuf*>(const_cast<char*>(p_)); }
  void computeAscii() const;
  double charCodeAtSlow(double i) const;
  int32_t codeUnitAtSlow(int32_t i) const;  // integer index: links no software double
  String padImpl(double targetLength, const String& fill, bool atStart) const;
  String replaceImpl(const String& pattern, const String& replacement, bool all) const;
  friend class StringAccess;

  const char* p_;  // PGM_P literal text, or the StrBuf of a heap string
  uint32_t len_;
  uint8_t kind_;
  mutable uint8_t ascii_;  // 0 unknown, 1 ASCII, 2 not ASCII; 3 on an undefined string: a hole (hole())
};

inline bool operator==(const String& a, const String& b) { return a.equals(b); }
inline bool operator!=(const String& a, const String& b) { return !a.equals(b); }
namespace detail {
// `<` with a null or undefined operand (a string-typed read past the end) compares numbers as JavaScript does:
// undefined is NaN (every comparison false), null is 0. Returns -1, 0, 1, or 2 when unordered.
int relationalNonString(const String& a, const String& b);
inline int relational(const String& a, const String& b) {
  if (TSD_LIKELY(a.isLive() && b.isLive())) {
    int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  return relationalNonString(a, b);
}
}  // namespace detail
inline bool operator<(const String& a, const String& b) { return detail::relational(a, b) == -1; }
inline bool operator<=(const String& a, const String& b) { int c = detail::relational(a, b); return c == -1 || c == 0; }
inline bool operator>(const String& a, const String& b) { return detail::relational(a, b) == 1; }
inline bool operator>=(const String& a, const String& b) { int c = detail::relational(a, b); return c == 1 || c == 0; }
String operator+(const String& a, const String& b);

inline bool truthy(const String& s) { return s.isLive() && s.byteLength() > 0; }
inline bool same(const String& a, const String& b) { return a.equals(b); }

// String(x) / template-literal conversion.
String toString(double x);
String toString(int x);
String toString(unsigned x);
String toString(long x);
String toString(unsigned long x);
String toString(long long x);
String toString(unsigned long long x);
String toString(bool b);
inline String toString(Num x) { return x.isInt() ? toString(x.intValue()) : toString(x.toDouble()); }
inline String toString(const String& s) { return s.isLive() ? s : (s.isNullState() ? TS_STR("null") : TS_STR("undefined")); }
inline String toString(Null) { return TS_STR("null"); }
inline String toString(Undefined) { return TS_STR("undefined"); }
inline String toString(const char* ramText) { return String::fromUtf8(ramText); }
template <class T> inline String toString(const Opt<T>& o) {
  if (o.hasValue()) return toString(o.value());
  return o.isNullState() ? TS_STR("null") : TS_STR("undefined");
}

// String(obj), "" + obj, `${obj}` on a class instance: its toString() if the static type declares one (virtual
// where a subclass overrides it), else the dynamic class's (Object::tsToString: "[object Object]" unless a
// subclass declares toString()). A runtime class whose toString() a user subclass may replace (Error) says
// tsDynamicToString and always goes through tsToString.
namespace detail {
template <class T, class = void> struct HasToString {
  static constexpr bool value = false;
};
template <class T> struct HasToString<T, decltype(void(declval<T&>().toString()))> {
  static constexpr bool value = true;
};
template <class T, class = void> struct DynamicToString {
  static constexpr bool value = false;
};
template <class T> struct DynamicToString<T, decltype(void(T::tsDynamicToString))> {
  static constexpr bool value = T::tsDynamicToString;
};
}  // namespace detail
template <class T> inline String toString(const Ref<T>& r) {
  if (r.isNullState()) return TS_STR("null");
  if (!r.isLive()) return TS_STR("undefined");
  if constexpr (detail::HasToString<T>::value && !detail::DynamicToString<T>::value) {
    return toString(r->toString());
  } else {
    return r->tsToString();
  }
}

namespace detail {
String concatParts(const String* parts, size_t n);
// A part of ts::concat: a live string, or the ASCII digits of an integer printed into the part's own buffer
// (`"k" + i` makes no String for i: one allocation, the result's, where toString(i) made a second).
struct ConcatPiece {
  const String* str;  // nullptr: the text below
  const char* text;
  uint32_t len;
};
String concatPieces(const ConcatPiece* pieces, size_t n);
template <class T> struct ConcatArg {
  String s;
  explicit ConcatArg(const T& v) : s(toString(v)) {}
  ConcatPiece piece() const { return {&s, nullptr, 0}; }
};
// A string part by reference (no reference count traffic); a nullish one is its text, "null" or "undefined".
template <> struct ConcatArg<String> {
  const String* p;
  String nullish;
  explicit ConcatArg(const String& v) : p(&v) {
    if (TSD_UNLIKELY(!v.isLive())) {
      nullish = toString(v);
      p = &nullish;
    }
  }
  ConcatArg(const ConcatArg&) = delete;
  ConcatPiece piece() const { return {p, nullptr, 0}; }
};
struct ConcatDigits {
  char digits[12];
  uint32_t len;
  ConcatPiece piece() const { return {nullptr, digits, len}; }
};
template <> struct ConcatArg<int32_t> : ConcatDigits {
  explicit ConcatArg(int32_t v) { len = uint32_t(formatInt32(v, digits)); }
};
template <> struct ConcatArg<uint32_t> : ConcatDigits {
  explicit ConcatArg(uint32_t v) { len = uint32_t(formatMagnitude(false, v, digits)); }
};
// A Num holding an int32 prints it in place; a double one as toString(double) does.
template <> struct ConcatArg<Num> : ConcatDigits {
  String s;
  explicit ConcatArg(Num v) {
    if (TSD_LIKELY(v.isInt())) len = uint32_t(formatInt32(v.intValue(), digits));
    else s = toString(v.toDouble());
  }
  ConcatArg(const ConcatArg&) = delete;
  ConcatPiece piece() const { return s.isLive() ? ConcatPiece{&s, nullptr, 0} : ConcatDigits::piece(); }
};
template <class T> constexpr bool isPrintedPart = isSame<T, int32_t> || isSame<T, uint32_t> || isSame<T, Num>;
// The parts live until the end of the full expression that calls this, which is after the concatenation.
template <class... P> inline String concatArgs(const P&... parts) {
  const ConcatPiece pieces[] = {parts.piece()...};
  return concatPieces(pieces, sizeof...(P));
}
}  // namespace detail
inline String concat() { return String::empty(); }
template <class... A> inline String concat(const A&... args) {
  // Without a number part, as the runtime's other concatenations (one routine linked on the board).
  if constexpr ((detail::isPrintedPart<A> || ...)) {
    return detail::concatArgs(detail::ConcatArg<A>(args)...);
  } else {
    const String parts[] = {String(toString(args))...};
    return detail::concatParts(parts, sizeof...(A));
  }
}

}  // namespace ts
