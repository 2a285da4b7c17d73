// console.log / console.error and the JS-formatting Serial.print lowering. Primitives print as Node prints
// them (strings raw, numbers via Number::toString, true/false, null, undefined, Opt<T> by state); arrays,
// typed arrays, maps and sets print in Node's single-line inspect style (`[ 1, 'a' ]`,
// `Map(1) { 'k' => 2 }`); class instances print as `ClassName {}`. Output goes to Serial (stderr on the
// host for console_error).
#pragma once

#include "ts_array.h"
#include "ts_base.h"
#include "ts_function.h"
#include "ts_map.h"
#include "ts_object.h"
#include "ts_string.h"
#include "ts_string_internal.h"
#include "ts_uint8array.h"

namespace ts {

namespace detail {
// Accumulates one console line in RAM.
class LineOut {
 public:
  LineOut() : b_(64) {}
  void text(const String& s) { b_.appendString(s); }
  void ascii(const char* s) { b_.appendAsciiBytes(s, uint32_t(strlen(s))); }
  void quoted(const String& s);  // 'text' with Node's escaping
  String finish() { return b_.finish(); }

 private:
  Builder b_;
};
void writeConsole(const String& line, bool toStderr);

// Top-level formatting (strings raw) and nested formatting (strings quoted).
inline void inspect(LineOut& o, double x, bool) { o.text(toString(x)); }
inline void inspect(LineOut& o, int x, bool) { o.text(toString(x)); }
inline void inspect(LineOut& o, unsigned x, bool) { o.text(toString(x)); }
inline void inspect(LineOut& o, long x, bool) { o.text(toString(x)); }
inline void inspect(LineOut& o, unsigned long x, bool) { o.text(toString(x)); }
inline void inspect(LineOut& o, bool x, bool) { o.ascii(x ? "true" : "false"); }
inline void inspect(LineOut& o, Null, bool) { o.ascii("null"); }
inline void inspect(LineOut& o, Undefined, bool) { o.ascii("undefined"); }
inline void inspect(LineOut& o, const char* s, bool nested) {
  if (nested) o.quoted(String::fromUtf8(s));
  else o.ascii(s);
}
inline bool inspectNullish(LineOut& o, bool isNull, bool isUndef) {
  if (isNull) o.ascii("null");
  else if (isUndef) o.ascii("undefined");
  return isNull || isUndef;
}
inline void inspect(LineOut& o, const String& s, bool nested) {
  if (inspectNullish(o, s.isNullState(), s.isUndefinedState())) return;
  if (nested) o.quoted(s);
  else o.text(s);
}
template <class T> void inspect(LineOut& o, const Opt<T>& v, bool nested) {
  if (inspectNullish(o, v.isNullState(), v.isUndefinedState())) return;
  inspect(o, v.value(), nested);
}
template <class T> void inspect(LineOut& o, const Ref<T>& r, bool) {
  if (inspectNullish(o, r.isNullState(), r.isUndefinedState())) return;
  o.ascii(r->classInfo()->name);
  o.ascii(" {}");
}
template <class S> void inspect(LineOut& o, const Fn<S>& f, bool) {
  if (inspectNullish(o, f.isNullState(), f.isUndefinedState())) return;
  o.ascii("[Function (anonymous)]");
}
template <class T> void inspect(LineOut& o, const Array<T>& a, bool) {
  if (inspectNullish(o, a.isNullState(), a.isUndefinedState())) return;
  if (a.size() == 0) return o.ascii("[]");
  o.ascii("[ ");
  for (uint32_t i = 0; i < a.size(); i++) {
    if (i) o.ascii(", ");
    inspect(o, a.data()[i], true);
  }
  o.ascii(" ]");
}
inline void inspect(LineOut& o, const Uint8Array& a, bool) {
  if (inspectNullish(o, a.isNullState(), a.isUndefinedState())) return;
  o.text(concat(TS_STR("Uint8Array("), double(a.size()), TS_STR(") [")));
  for (size_t i = 0; i < a.size(); i++) {
    o.ascii(i ? ", " : " ");
    o.text(toString(int(a.data()[i])));
  }
  o.ascii(a.size() ? " ]" : "]");
}
template <class K, class V> void inspect(LineOut& o, const Map<K, V>& m, bool) {
  if (inspectNullish(o, m.isNullState(), m.isUndefinedState())) return;
  o.text(concat(TS_STR("Map("), m.size(), TS_STR(") {")));
  bool first = true;
  for (const auto& e : m) {
    o.ascii(first ? " " : ", ");
    first = false;
    inspect(o, e.key, true);
    o.ascii(" => ");
    inspect(o, e.value, true);
  }
  o.ascii(first ? "}" : " }");
}
template <class T> void inspect(LineOut& o, const Set<T>& s, bool) {
  if (inspectNullish(o, s.isNullState(), s.isUndefinedState())) return;
  o.text(concat(TS_STR("Set("), s.size(), TS_STR(") {")));
  bool first = true;
  for (const T& v : s) {
    o.ascii(first ? " " : ", ");
    first = false;
    inspect(o, v, true);
  }
  o.ascii(first ? "}" : " }");
}

template <class... A> String consoleLine(const A&... args) {
  LineOut o;
  [[maybe_unused]] int i = 0;
  ((o.ascii(i++ ? " " : ""), inspect(o, args, false)), ...);
  return o.finish();
}
}  // namespace detail

template <class... A> void console_log(const A&... args) { detail::writeConsole(detail::consoleLine(args...), false); }
template <class... A> void console_info(const A&... args) { detail::writeConsole(detail::consoleLine(args...), false); }
template <class... A> void console_error(const A&... args) { detail::writeConsole(detail::consoleLine(args...), true); }
template <class... A> void console_warn(const A&... args) { detail::writeConsole(detail::consoleLine(args...), true); }

// Serial.print(x) / Serial.println(x) with JavaScript formatting.
void print(Print& out, const String& s);
void print(Print& out, double x);
inline void print(Print& out, bool b) { out.print(b ? "true" : "false"); }
inline void print(Print& out, int x) { print(out, double(x)); }
inline void print(Print& out, const char* s) { out.print(s); }
template <class T> inline void print(Print& out, const T& x) { print(out, toString(x)); }
inline void println(Print& out) { out.print("\r\n"); }
// Serial.write(string): the UTF-8 bytes; returns the count.
size_t write(Print& out, const String& s);
template <class T> inline void println(Print& out, const T& x) {
  print(out, x);
  println(out);
}

}  // namespace ts
