// console.log / console.error and the JS-formatting Serial.print lowering. Primitives print as Node prints
// them (strings raw, numbers via Number::toString but -0 as "-0", true/false, null, undefined, Opt<T> by
// state); arrays, typed arrays, maps and sets print exactly as Node's util.inspect lays them out (quoted
// strings, column grouping, line breaks at 80 columns); class and record instances print their fields
// through the tsInspect functions the compiler generates (ts_inspect.h). Output goes to Serial (stderr on the host for console_error).
#pragma once

#include "ts_array.h"
#include "ts_base.h"
#include "ts_function.h"
#include "ts_json.h"
#include "ts_number.h"
#include "ts_map.h"
#include "ts_object.h"
#include "ts_string.h"
#include "ts_uint8array.h"

// The speed console.log and uncaught errors open Serial at when the sketch has not called Serial.begin():
// the project's monitor speed (tsduino.json "monitorBaud"), written by the sketch writer into
// tsduino_config.h.
#if __has_include("tsduino_config.h")
#include "tsduino_config.h"
#endif
#ifndef TSD_MONITOR_BAUD
#define TSD_MONITOR_BAUD 115200
#endif

namespace ts {

namespace detail {
// Node's util.inspect as console.log uses it (breakLength 80, compact 3, depth 2, 100 array items):
// primitives at the top level print raw, strings inside containers are quoted, containers with more than
// six entries are grouped into aligned columns, long ones break over lines with two-space indentation.
struct Inspect {
  int indent = 0;  // ctx.indentationLvl
  int depth = 0;   // nesting of the container being formatted
  int maxDepth = 2;  // ctx.depth (0 for console.log's %s of an object)
  // ctx.seen (the objects being formatted: depth 2 bounds it) and ctx.circular (objects met again, numbered).
  const void* seen[4] = {};
  int seenCount = 0;
  const void* circular[8] = {};
  int circularCount = 0;
  // `[Circular *n]` when p is being formatted already (numbering it), else an empty handle.
  String circularRef(const void* p);
  // n when p was met again inside itself (its text gets the prefix `<ref *n>`), else 0.
  int circularIndex(const void* p) const {
    for (int i = 0; i < circularCount; i++)
      if (circular[i] == p) return i + 1;
    return 0;
  }
};
String quoteJs(const String& s);
// reduceToSingleString (+ groupArrayElements for arrays): brace0 already includes any prefix.
// startBias: added to the single-line budget's start (-1 for a `<ref *n> ` prefix, whose space Node does not count).
// named: an array's named properties (`'-1': 5`), listed after the elements and the `... n more items`.
String joinEntries(const Inspect& ctx, Array<String>& entries, const char* brace0, const char* brace1, bool arrayType, bool numeric,
                   uint32_t hidden, int startBias = 0, const Array<String>* named = nullptr);
// A named property's key as Node's inspect shows it: `NaN`, `Infinity`, else quoted (`'-1'`, `'1.5'`).
String namedKeyName(double key);
String prefixed(const char* kind, double size, const char* brace);
void writeConsole(const String& line, bool toStderr);
// The parts of one console line, separated by spaces (the line is not built as one string).
void writeConsoleParts(const String* parts, size_t n, bool toStderr);
// Serial.begin(TSD_MONITOR_BAUD) unless the sketch already opened Serial.
void beginSerialForConsole();

inline String inspect(Inspect&, double x, bool) {
  if (x == 0 && signbit(x)) return TS_STR("-0");  // console.log(-0) shows the sign; String(-0) does not
  return toString(x);
}
inline String inspect(Inspect& ctx, Num x, bool nested) { return x.isInt() ? toString(x.intValue()) : inspect(ctx, x.toDouble(), nested); }
inline String inspect(Inspect&, int x, bool) { return toString(x); }
inline String inspect(Inspect&, unsigned x, bool) { return toString(x); }
inline String inspect(Inspect&, long x, bool) { return toString(x); }
inline String inspect(Inspect&, unsigned long x, bool) { return toString(x); }
inline String inspect(Inspect&, bool x, bool) { return x ? TS_STR("true") : TS_STR("false"); }
inline String inspect(Inspect&, Null, bool) { return TS_STR("null"); }
inline String inspect(Inspect&, Undefined, bool) { return TS_STR("undefined"); }
inline String inspect(Inspect&, const char* s, bool nested) { return nested ? quoteJs(String::fromUtf8(s)) : String::fromUtf8(s); }
// A long string inside a structure is split after each newline into quoted pieces joined by ` +` (Node's
// formatPrimitive).
String quoteJsLines(const Inspect& ctx, const String& s);
inline String inspect(Inspect& ctx, const String& s, bool nested) {
  if (!s.isLive()) return toString(s);
  if (!nested) return s;
  double n = s.length();
  if (n > 16 && n > 80 - ctx.indent - 4) return quoteJsLines(ctx, s);
  return quoteJs(s);
}
template <class T> String inspect(Inspect& ctx, const Opt<T>& v, bool nested) {
  if (!v.hasValue()) return v.isNullState() ? TS_STR("null") : TS_STR("undefined");
  return inspect(ctx, v.value(), nested);
}
// A class or record instance: the compiler generates `ts::String tsInspect(ts::detail::Inspect&, C*)` next to
// each class and record (lower/inspect.ts, found by argument-dependent lookup); a type without one (a generic
// class) prints as `Name {}`.
template <class T> auto inspectObject(Inspect& ctx, T* p, int) -> decltype(tsInspect(ctx, p)) { return tsInspect(ctx, p); }
// A value typed as a union of unrelated records (ts::Ref<ts::Object>): the compiler registers a function that
// finds the instance's own tsInspect by its ClassInfo (an empty handle when it has none).
extern String (*inspectAny)(Inspect& ctx, Object* p);
template <class T> String inspectObject(Inspect& ctx, T* p, long) {
  if (inspectAny != nullptr) {
    String s = inspectAny(ctx, static_cast<Object*>(p));
    if (s.isLive()) return s;
  }
  return concat(String::fromUtf8(p->classInfo()->name), TS_STR(" {}"));
}
template <class T> String inspect(Inspect& ctx, const Ref<T>& r, bool) {
  if (!r.isLive()) return r.isNullState() ? TS_STR("null") : TS_STR("undefined");
  String circular = ctx.circularRef(static_cast<const Object*>(r.get()));
  if (circular.isLive()) return circular;
  return inspectObject(ctx, r.get(), 0);
}
template <class S> String inspect(Inspect&, const Fn<S>& f, bool) {
  if (!f.isLive()) return f.isNullState() ? TS_STR("null") : TS_STR("undefined");
  return TS_STR("[Function (anonymous)]");
}
template <class T> constexpr bool inspectsAsNumber = isSame<T, double> || isIntegral<T>;
String emptyItems(uint32_t n);  // "<1 empty item>", "<3 empty items>"

// An array's named properties (detail::namedKeys) after its elements: `[ 1, '-1': 5, NaN: 6 ]`. holesTail: the
// elements end in holes still to list; remaining: the elements not shown; numbers: how many leading elements
// are numbers.
typedef String (*NamedValueText)(Inspect& ctx, const NamedKey* n);
template <class T> String namedValueText(Inspect& ctx, const NamedKey* n) { return inspect(ctx, static_cast<const NamedSlot<T>*>(n)->value, true); }
String joinNamed(Inspect& ctx, Array<String>& entries, const void* owner, NamedValueText text, bool holesTail, uint32_t remaining, uint32_t numbers);
template <class T> String inspect(Inspect& ctx, const Array<T>& a, bool) {
  if (!a.isLive()) return a.isNullState() ? TS_STR("null") : TS_STR("undefined");
  // Named properties (a store at a key that is not an array index): none in nearly every program.
  const bool named = TSD_UNLIKELY(namedKeys != nullptr) && hasNamedKeys(a.tsHeader());
  if (a.size() == 0 && !named) return TS_STR("[]");
  if (ctx.depth > ctx.maxDepth) return TS_STR("[Array]");
  uint32_t shown = a.size() > 100 ? 100 : a.size();
  Array<String> entries = Array<String>::withCapacity(shown + 1);
  ctx.depth++;
  ctx.indent += 2;
  uint32_t i = 0;
  bool holes = false;
  for (; i < a.size() && entries.size() < shown; i++) {
    if constexpr (holdsHoles<T>) {
      if (TSD_UNLIKELY(isHoleElement(a.data()[i]))) {
        // Node's formatSpecialArray: a run of holes is one entry, "<3 empty items>"; trailing ones follow below.
        holes = true;
        uint32_t j = i;
        while (j < a.size() && isHoleElement(a.data()[j])) j++;
        if (j == a.size()) break;
        entries.append(emptyItems(j - i));
        i = j;
        if (entries.size() == shown) break;
      }
    }
    entries.append(inspect(ctx, a.data()[i], true));
  }
  ctx.indent -= 2;
  ctx.depth--;
  uint32_t remaining = a.size() - i;
  if (TSD_UNLIKELY(named)) {
    uint32_t numbers = 0;  // the leading elements that are numbers (Node aligns the columns as numbers by them)
    if constexpr (isNumberElement<T>) {
      while (numbers < a.size() && !isUndefinedElement(a.data()[numbers]) && !isHoleElement(a.data()[numbers])) numbers++;
    } else if constexpr (inspectsAsNumber<T>) {
      numbers = a.size();
    }
    return joinNamed(ctx, entries, a.tsHeader(), &namedValueText<T>, holes && entries.size() != shown, remaining, numbers);
  }
  // Node aligns the grouped columns as numbers only when each of the first entries' indices holds a number
  // (an undefined element, `[...sparse]`, left-aligns them: m-503-…-83000626).
  bool numeric = inspectsAsNumber<T>;
  if constexpr (isNumberElement<T>) {
    uint32_t n = entries.size() + (remaining > 0 ? 1 : 0);  // with the "... more items" entry, as Node counts
    for (uint32_t k = 0; k < n && k < a.size(); k++) numeric = numeric && !isUndefinedElement(a.data()[k]);
  }
  if (!holes || entries.size() == shown) return joinEntries(ctx, entries, "[", "]", true, numeric, remaining);
  if (remaining > 0) entries.append(emptyItems(remaining));
  return joinEntries(ctx, entries, "[", "]", true, numeric, 0);
}
inline String inspect(Inspect& ctx, const Uint8Array& a, bool) {
  if (!a.isLive()) return a.isNullState() ? TS_STR("null") : TS_STR("undefined");
  String brace = prefixed("Uint8Array(", double(a.size()), ") [");
  if (a.size() == 0) return concat(brace, TS_STR("]"));
  uint32_t shown = a.size() > 100 ? 100 : uint32_t(a.size());
  Array<String> entries = Array<String>::withCapacity(shown + 1);
  for (uint32_t i = 0; i < shown; i++) entries.append(toString(int(a.data()[i])));
  return joinEntries(ctx, entries, brace.c_str(), "]", true, true, uint32_t(a.size()) - shown);
}
template <class K, class V> String inspect(Inspect& ctx, const Map<K, V>& m, bool) {
  if (!m.isLive()) return m.isNullState() ? TS_STR("null") : TS_STR("undefined");
  String brace = prefixed("Map(", m.size(), ") {");
  if (m.size() == 0) return concat(brace, TS_STR("}"));
  if (ctx.depth > ctx.maxDepth) return TS_STR("[Map]");
  Array<String> entries = Array<String>::empty();
  ctx.depth++;
  ctx.indent += 2;
  for (const auto& e : m) entries.append(concat(inspect(ctx, e.key, true), TS_STR(" => "), inspect(ctx, e.value, true)));
  ctx.indent -= 2;
  ctx.depth--;
  return joinEntries(ctx, entries, brace.c_str(), "}", false, false, 0);
}
template <class T> String inspect(Inspect& ctx, const Set<T>& s, bool) {
  if (!s.isLive()) return s.isNullState() ? TS_STR("null") : TS_STR("undefined");
  String brace = prefixed("Set(", s.size(), ") {");
  if (s.size() == 0) return concat(brace, TS_STR("}"));
  if (ctx.depth > ctx.maxDepth) return TS_STR("[Set]");
  Array<String> entries = Array<String>::empty();
  ctx.depth++;
  ctx.indent += 2;
  for (const T& v : s) entries.append(inspect(ctx, v, true));
  ctx.indent -= 2;
  ctx.depth--;
  return joinEntries(ctx, entries, brace.c_str(), "}", false, false, 0);
}

// console.log("x=%d %s", ...): Node's format specifiers in a first string argument (formatWithOptions).
template <class T> struct IsOptionalT {
  static constexpr bool value = false;
};
template <class T> struct IsOptionalT<Opt<T>> {
  static constexpr bool value = true;
};
template <class T> constexpr bool isOptional = IsOptionalT<T>::value;
template <class T> struct IsArrayT {
  static constexpr bool value = false;
};
template <class T> struct IsArrayT<Array<T>> {
  static constexpr bool value = true;
};
struct FormatArg {
  const void* value;
  String (*format)(char spec, const void* value);  // spec 's' 'd' 'i' 'f' 'j' 'o' 'O', or 0: as a plain argument
};
String formatLine(const String& format, const FormatArg* args, size_t n);
template <class T> constexpr bool formatsAsPrimitive =
    isSame<T, double> || isSame<T, float> || isIntegral<T> || isSame<T, bool> || isSame<T, String> || isSame<T, Null> || isSame<T, Undefined>;
// Number(x) for %d (objects: NaN, as Number of a plain object).
template <class T> double formatNumberOf(const T& v) {
  if constexpr (isSame<T, double> || isSame<T, float> || isIntegral<T>) return double(v);
  else if constexpr (isSame<T, bool>) return v ? 1 : 0;
  else if constexpr (isSame<T, String>) return v.isLive() ? Number(v) : (v.isNullState() ? 0 : NAN);
  else if constexpr (isSame<T, Null>) return 0;
  else if constexpr (IsArrayT<T>::value) return v.isLive() ? Number(toString(v)) : NAN;  // Number([5]) is 5
  else return NAN;
}
template <class T> String formatArg(char spec, const void* p) {
  const T& v = *static_cast<const T*>(p);
  Inspect ctx;
  if constexpr (isOptional<T>) {
    if (!v.hasValue()) return v.isNullState() ? formatArg<Null>(spec, &null) : formatArg<Undefined>(spec, &undefined);
    return formatArg<Decay<decltype(v.value())>>(spec, &v.value());
  } else {
    switch (spec) {
      case 's':
        if constexpr (!formatsAsPrimitive<T>) ctx.maxDepth = 0;  // an object: util.inspect with depth 0
        return inspect(ctx, v, false);
      case 'd': {
        double x = formatNumberOf(v);
        return inspect(ctx, x, false);
      }
      case 'i':
      case 'f': {
        double x = NAN;
        if constexpr (formatsAsPrimitive<T>) {
          String text;  // String(x): -0 is "0"
          if constexpr (isSame<T, float> || isIntegral<T>) text = toString(double(v));
          else text = toString(v);
          x = spec == 'i' ? parseInt(text) : parseFloat(text);
        }
        return inspect(ctx, x, false);
      }
      case 'j':
        if constexpr (formatsAsPrimitive<T> || isNullable<T>) return toString(json::stringify(v));
        else return inspect(ctx, v, true);
      case 'o':
      case 'O':
        return inspect(ctx, v, true);
      default:
        return inspect(ctx, v, false);
    }
  }
}

template <class F, class... R> const String* formatStringOf(const F& first, const R&...) {
  if constexpr (isSame<F, String>) return &first;
  else return nullptr;
}

// console.log(format, ...args) where the format string may hold `%` specifiers (the compiler passes
// ts::formatted then; a literal without `%` does not link the specifiers' formatting).
template <class... A> String consoleLine(const A&... args);
template <class... A> String consoleFormattedLine(const A&... args) {
  if constexpr (sizeof...(A) > 1) {
    const String* format = formatStringOf(args...);
    if (format != nullptr && format->isLive() && format->includes(TS_STR("%"))) {
      const FormatArg list[] = {FormatArg{&args, &formatArg<A>}...};
      return formatLine(*format, list, sizeof...(A));
    }
  }
  return consoleLine(args...);
}

// The arguments' texts joined by spaces (one concatenation: no array of the parts).
template <class... A> String consoleLine(const A&... args) {
  if constexpr (sizeof...(A) == 0) {
    return String::empty();
  } else {
    String parts[2 * sizeof...(A)];
    size_t k = 0;
    ((parts[k++] = TS_STR(" "), parts[k++] = [&] {
       Inspect ctx;
       return inspect(ctx, args, false);
     }()),
     ...);
    return concatParts(parts + 1, 2 * sizeof...(A) - 1);
  }
}
}  // namespace detail

struct Formatted {};
constexpr Formatted formatted{};
template <class... A> void console_log(Formatted, const A&... args) { detail::writeConsole(detail::consoleFormattedLine(args...), false); }
template <class... A> void console_info(Formatted, const A&... args) { detail::writeConsole(detail::consoleFormattedLine(args...), false); }
template <class... A> void console_error(Formatted, const A&... args) { detail::writeConsole(detail::consoleFormattedLine(args...), true); }
template <class... A> void console_warn(Formatted, const A&... args) { detail::writeConsole(detail::consoleFormattedLine(args...), true); }
namespace detail {
// A console line whose parts are all strings and integers of up to 32 bits is written part by part: no
// string is built for a number (a program that logs integers does not link the string allocator for it).
struct ConsolePart {
  const String* text;  // nullptr: the part is the integer (or the boolean, when isBool)
  int32_t integer;
  bool isBool;
};
void writeConsoleDirect(const ConsolePart* parts, size_t n, bool toStderr);
template <class T> constexpr bool writesAsInt32 = isSame<Decay<T>, int> || isSame<Decay<T>, short> || isSame<Decay<T>, unsigned short> ||
    isSame<Decay<T>, signed char> || isSame<Decay<T>, unsigned char> || (isSame<Decay<T>, long> && sizeof(long) == 4);
template <class T> constexpr bool writesDirectly = isSame<Decay<T>, String> || isSame<Decay<T>, bool> || writesAsInt32<T>;
template <class T> ConsolePart consolePart(const T& v) {
  if constexpr (isSame<Decay<T>, bool>) return ConsolePart{nullptr, v ? 1 : 0, true};
  else if constexpr (writesAsInt32<T>) return ConsolePart{nullptr, int32_t(v), false};
  else return ConsolePart{&v, 0, false};
}
template <class... A> TSD_NOINLINE void consoleParts(bool toStderr, const A&... args) {
  // (A line of strings only takes the general path: it builds nothing either, and links no integer formatting.)
  if constexpr (sizeof...(A) > 0 && (writesDirectly<A> && ...) && !(isSame<Decay<A>, String> && ...)) {
    const ConsolePart parts[] = {consolePart(args)...};
    writeConsoleDirect(parts, sizeof...(A), toStderr);
  } else if constexpr (sizeof...(A) == 0) {
    writeConsoleParts(nullptr, 0, toStderr);
  } else {
    const String parts[] = {[&] {
      Inspect ctx;
      return inspect(ctx, args, false);
    }()...};
    writeConsoleParts(parts, sizeof...(A), toStderr);
  }
}
}  // namespace detail
// A console line the compiler laid out (compiler/src/lower/console-line.ts): flash text holding the literals,
// the separating spaces and the newline, between int32 and boolean parts that print without separators.
namespace detail {
struct ConsoleText {
  PGM_P text;
  uint32_t n;
};
struct LinePart {
  PGM_P text;     // a text part's flash bytes (a boolean's name too), else nullptr for an integer
  int32_t value;  // the text's length, or the integer
};
extern const char kConsoleBooleans[];  // "falsetrue" in flash
void writeConsoleLine(const LinePart* parts, size_t n, bool toStderr);
template <class T> LinePart linePart(const T& v) {
  if constexpr (isSame<T, ConsoleText>) return LinePart{v.text, int32_t(v.n)};
  else if constexpr (isSame<T, bool>) return v ? LinePart{kConsoleBooleans + 5, 4} : LinePart{kConsoleBooleans, 5};
  else return LinePart{nullptr, int32_t(v)};
}
}  // namespace detail
#define TS_TEXT(s) (::ts::detail::ConsoleText{[]() -> PGM_P { return PSTR(s); }(), sizeof(s) - 1})
template <class... A> TSD_NOINLINE void console_line(bool toStderr, const A&... parts) {
  const detail::LinePart list[] = {detail::linePart(parts)...};
  detail::writeConsoleLine(list, sizeof...(A), toStderr);
}
template <class... A> void console_log(const A&... args) { detail::consoleParts(false, args...); }
template <class... A> void console_info(const A&... args) { detail::consoleParts(false, args...); }
template <class... A> void console_error(const A&... args) { detail::consoleParts(true, args...); }
template <class... A> void console_warn(const A&... args) { detail::consoleParts(true, args...); }

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
