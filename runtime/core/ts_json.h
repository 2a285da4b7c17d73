// JSON.stringify and typed JSON.parse. The compiler generates, next to each non-generic class and record,
// `void tsJsonWrite(ts::json::Writer&, C*)` (own fields in declaration order, undefined members left out,
// toJSON() honoured) and, for records, `void tsJsonRead(ts::json::Reader&, ts::Ref<C>&)`; both are found by
// argument-dependent lookup (lower/json.ts). Everything else (numbers, strings, arrays, Maps...) is here.
//
// JSON.parse(text) as T runs in two passes: validate() checks the whole text with V8's grammar and V8's exact
// SyntaxError messages (iteratively: nesting costs one bit, up to kMaxNesting levels), then the typed reader
// walks the now well-formed text into T. A value of the wrong JSON type, a missing member or nesting deeper
// than kMaxTypedNesting stops with `TypeError: JSON.parse: <path>: expected <type>, got <type>`: nothing of
// the half-built value escapes. Unknown members are skipped (without recursion).
#pragma once

#include "ts_array.h"
#include "ts_base.h"
#include "ts_function.h"
#include "ts_map.h"
#include "ts_object.h"
#include "ts_string.h"
#include "ts_uint8array.h"
#include "ts_union.h"

namespace ts {

// JSON.parse's SyntaxError: the one place the error is raised, so try/catch can take it over.
[[noreturn]] TSD_COLD void throwSyntaxError(const String& message);
// The same, catchable: with a try active it becomes the pending error and returns.
TSD_COLD void raiseSyntaxError(const String& message);
// A JSON.parse input that does not match the declared type.
[[noreturn]] TSD_COLD void throwJsonTypeError(const String& message);

namespace json {

// Containers nested deeper than this in one JSON text are rejected by validate() (V8 has no such limit).
constexpr uint32_t kMaxNesting = 256;
// The typed reader recurses once per nested array/record of the declared type: at most this deep.
constexpr uint32_t kMaxTypedNesting = 16;
// JSON.stringify recurses once per object: a chain of objects deeper than this (a long linked list) stops
// with RangeError (Node's limit is its stack, ~10 000 levels); an object met again inside itself stops with
// Node's TypeError "Converting circular structure to JSON".
constexpr uint32_t kMaxStringifyObjects = 24;

class Writer {
 public:
  // `lines`: a newline before each member even with an empty gap (V8, for a numeric indent in (0, 1)).
  explicit Writer(const String& gap, bool lines = false);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  void raw(const char* ascii);
  void number(double x);
  void string(const String& s);
  // Containers: `first` lives in the caller's frame (true until the first member/element).
  void open(char brace) { rawChar(brace); depth_++; }
  void key(bool& first, const String& name);
  void element(bool& first);
  void close(bool first, char brace);
  String finish();
  // Around writing one object (cycle and depth checks).
  void enterObject(const void* p);
  void leaveObject() { objects_--; }

 private:
  void rawChar(char c);
  void newline();
  void* out_;  // detail::Builder
  String gap_;
  bool lines_;
  uint32_t depth_ = 0;
  const void* stack_[kMaxStringifyObjects];
  uint32_t objects_ = 0;
};

// Undefined and functions are left out of objects and written as null in arrays.
template <class T> inline bool omitted(const T& v) {
  if constexpr (detail::isSame<T, Undefined>) return true;
  else if constexpr (detail::isSame<T, double>) return detail::isUndefinedNumber(v);  // read past a number[]'s end
  else if constexpr (detail::isNullable<T>) return v.isUndefinedState();
  else return false;
}
template <class S> inline bool omitted(const Fn<S>&) { return true; }

inline void write(Writer& w, double x) { w.number(x); }
inline void write(Writer& w, const num::Num& x) { w.number(x.toDouble()); }
inline void write(Writer& w, float x) { w.number(x); }
inline void write(Writer& w, bool b) { w.raw(b ? "true" : "false"); }
// An i64/u64 (the only 64-bit integers a program holds) writes all its digits, as it prints.
template <class I, class = detail::EnableIf<detail::isIntegral<I>>> inline void write(Writer& w, I x) {
  if constexpr (sizeof(I) == 8) {
    char buf[24];
    if constexpr (I(-1) < I(0)) detail::formatInteger(static_cast<long long>(x), buf);
    else detail::formatMagnitude64(false, static_cast<uint64_t>(x), buf);
    w.raw(buf);
  } else {
    w.number(double(x));
  }
}
inline void write(Writer& w, Null) { w.raw("null"); }
inline void write(Writer& w, Undefined) { w.raw("null"); }
inline void write(Writer& w, const String& s) {
  if (s.isLive()) w.string(s);
  else w.raw("null");
}
template <class T> void write(Writer& w, const Opt<T>& v) {
  if (v.hasValue()) write(w, v.value());
  else w.raw("null");
}
template <class S> void write(Writer& w, const Fn<S>&) { w.raw("null"); }
// A union of primitives (number | string | boolean | null | undefined): its member's JSON.
inline void write(Writer& w, const Prim& v) {
  if (v.isNumber()) w.number(v.number());
  else if (v.isString()) w.string(v.string());
  else if (v.isBoolean()) w.raw(v.boolean() ? "true" : "false");
  else w.raw("null");
}
// A union of objects and primitives (defined in ts_union.cpp).
void write(Writer& w, const Mixed& v);
template <class T> void write(Writer& w, const Array<T>& a) {
  if (!a.isLive()) return w.raw("null");
  bool first = true;
  w.open('[');
  for (uint32_t i = 0; i < a.size(); i++) {
    w.element(first);
    if (omitted(a.data()[i])) w.raw("null");
    else write(w, a.data()[i]);
  }
  w.close(first, ']');
}
inline void write(Writer& w, const Uint8Array& a) {
  // A typed array is an object with index keys: {"0":1,"1":2}.
  if (!a.isLive()) return w.raw("null");
  bool first = true;
  w.open('{');
  for (uint32_t i = 0; i < a.size(); i++) {
    w.key(first, toString(double(i)));
    w.number(a.data()[i]);
  }
  w.close(first, '}');
}
// Maps and Sets have no enumerable own properties: `{}`.
template <class K, class V> void write(Writer& w, const Map<K, V>& m) { w.raw(m.isLive() ? "{}" : "null"); }
template <class T> void write(Writer& w, const Set<T>& s) { w.raw(s.isLive() ? "{}" : "null"); }

template <class T> auto writeObject(Writer& w, T* p, int) -> decltype(tsJsonWrite(w, p)) { return tsJsonWrite(w, p); }
// A value typed as a union of unrelated records (ts::Ref<ts::Object>): the compiler registers a function that
// finds the instance's own tsJsonWrite by its ClassInfo (false when it has none).
extern bool (*writeAny)(Writer& w, Object* p);
template <class T> void writeObject(Writer& w, T* p, long) {
  if (writeAny != nullptr && writeAny(w, static_cast<Object*>(p))) return;
  w.raw("{}");
}
template <class T> void write(Writer& w, const Ref<T>& r) {
  if (!r.isLive()) return w.raw("null");
  w.enterObject(static_cast<const Object*>(r.get()));
  writeObject(w, r.get(), 0);
  w.leaveObject();
}
// A member of a generated tsJsonWrite: left out when undefined (or a function).
template <class V> void member(Writer& w, bool& first, const String& name, const V& v) {
  if (omitted(v)) return;
  w.key(first, name);
  write(w, v);
}

// An element of a generated tuple's tsJsonWrite: null when undefined (or a function), as in an array.
template <class V> void element(Writer& w, bool& first, const V& v) {
  w.element(first);
  if (omitted(v)) w.raw("null");
  else write(w, v);
}

// JSON.stringify(value[, null, indent]): indent a number (spaces, at most 10) or a string (its first 10 units,
// up to a NUL).
String gapOf(double spaces);
String gapOf(const String& text);
inline String gapOf(Undefined) { return String::empty(); }
inline String gapOf(Null) { return String::empty(); }
template <class T> inline String gapOf(const Opt<T>& v) { return v.hasValue() ? gapOf(v.value()) : String::empty(); }
// V8 makes a gap of trunc(indent) spaces for any numeric indent > 0: `JSON.stringify(x, null, 0.5)` breaks lines
// and indents by nothing.
inline bool linesWithoutGap(double spaces) { return spaces > 0 && spaces < 1; }
// A string indent whose first unit is NUL does the same (V8 reads the gap as a C string: gapOf).
bool linesWithoutGap(const String& text);
template <class T> inline bool linesWithoutGap(const Opt<T>& v) { return v.hasValue() && linesWithoutGap(v.value()); }
template <class T> inline bool linesWithoutGap(const T&) { return false; }
template <class T> String stringify(const T& value) {
  if (omitted(value)) return String();  // JSON.stringify(undefined) is undefined
  Writer w{String::empty()};
  write(w, value);
  return w.finish();
}
template <class T, class G> String stringify(const T& value, const G& indent) {
  if (omitted(value)) return String();
  Writer w{gapOf(indent), linesWithoutGap(indent)};
  write(w, value);
  return w.finish();
}

// ---- JSON.parse

// Raises SyntaxError with V8's message when text is not JSON: false when a try took it over.
bool validate(const String& text);

class Reader {
 public:
  Reader(const String& text, const char* rootName);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;
  bool null();  // the next value is null: consumed
  uint8_t next() { return peek(); }  // the first byte of the next value
  double number();
  bool boolean();
  String string();
  void beginObject();
  // The next member's key (false at the closing brace).
  bool nextKey(bool& first, String& key);
  void beginArray();
  bool nextElement(bool& first);
  void endArray();
  void skipValue();
  // A union of records told apart by a string member (`kind`): that member's value, read ahead in the next
  // object without consuming it (missing or not a string: the TypeError naming it, with `expected`).
  String peekTag(const char* member, const char* expected);  // PSTRs
  // The tag matched no member of the union.
  [[noreturn]] void badTag(const char* member, const char* expected, const String& tag);
  void end();
  // Error path, for the messages: members and array indices entered.
  void enter(const char* member);  // a PSTR
  void enterIndex(uint32_t i);
  void leave();
  [[noreturn]] void mismatch(const char* expected);             // the next value has the wrong JSON type
  [[noreturn]] void missing(const char* member, const char* expected);  // PSTRs

 private:
  uint8_t peek();
  int cur() const { return i_ < n_ ? p_[i_] : -1; }
  void ws();
  String path() const;
  const uint8_t* p_;
  uint32_t n_, i_ = 0;
  void* bytes_;  // detail::Bytes
  const char* root_;
  struct Step {
    const char* member;  // nullptr: an array index
    uint32_t index;
  };
  Step path_[kMaxTypedNesting + 1];
  uint32_t depth_ = 0;
};

inline void read(Reader& r, double& out) { out = r.number(); }
inline void read(Reader& r, bool& out) { out = r.boolean(); }
inline void read(Reader& r, String& out) { out = r.string(); }
template <class I, class = detail::EnableIf<detail::isIntegral<I>>> inline void read(Reader& r, I& out) { out = I(r.number()); }
template <class T> void read(Reader& r, Opt<T>& out) {
  if (r.null()) {
    out = Opt<T>(null);
    return;
  }
  T v{};
  read(r, v);
  out = v;
}
// An array whose elements a generated reader reads (a union of records).
template <class T, class F> void readArrayWith(Reader& r, Array<T>& out, F readElement) {
  r.beginArray();
  Array<T> a = Array<T>::empty();
  bool first = true;
  for (uint32_t i = 0; r.nextElement(first); i++) {
    T v{};
    r.enterIndex(i);
    readElement(r, v);
    r.leave();
    a.push(v);
  }
  out = a;
}
template <class T> void read(Reader& r, Array<T>& out) {
  readArrayWith(r, out, [](Reader& element, T& v) { read(element, v); });
}
// A union of primitives (number | string | boolean | null): the JSON value's own type.
void read(Reader& r, Prim& out);
// Records: tsJsonRead generated by the compiler.
template <class T> void read(Reader& r, Ref<T>& out) { tsJsonRead(r, out); }
// A member declared `T | null`: null is accepted.
template <class T> void readNullable(Reader& r, T& out) {
  if (r.null()) out = T(ts::null);
  else read(r, out);
}

// JSON.parse into a type a generated reader reads (a union of records, or an array of them).
template <class T, class F> T parseWith(const String& text, const char* rootName, F readRoot) {
  if (!validate(text)) return T{};
  Reader r(text, rootName);
  T out{};
  readRoot(r, out);
  r.end();
  return out;
}

template <class T> T parse(const String& text, const char* rootName) {
  return parseWith<T>(text, rootName, [](Reader& r, T& out) { read(r, out); });
}

}  // namespace json
}  // namespace ts
