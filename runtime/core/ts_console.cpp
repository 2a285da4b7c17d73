// console output and JS-formatted printing: Node's string quoting inside containers, and the write of a
// finished line to Serial (or to stderr through the platform layer on the host for console.error).
#include "ts_console.h"

#include "ts_number.h"
#include "ts_string_internal.h"

#ifdef TSDUINO_EMULATED_CORE
#include "tsduino_platform.h"
#endif

namespace ts {
namespace detail {

String quoteJs(const String& s) {
  Bytes b(s);
  bool hasSingle = memchr(b.data(), '\'', b.size()) != nullptr;
  bool hasDouble = memchr(b.data(), '"', b.size()) != nullptr;
  bool hasBack = memchr(b.data(), '`', b.size()) != nullptr;
  char q = !hasSingle ? '\'' : (!hasDouble ? '"' : (!hasBack ? '`' : '\''));
  Builder out(b.size() + 2);
  out.appendAscii(q);
  for (uint32_t i = 0; i < b.size(); i++) {
    char c = b.data()[i];
    switch (c) {
      case '\n': out.appendAsciiBytes("\\n", 2); break;
      case '\t': out.appendAsciiBytes("\\t", 2); break;
      case '\r': out.appendAsciiBytes("\\r", 2); break;
      case '\b': out.appendAsciiBytes("\\b", 2); break;
      case '\f': out.appendAsciiBytes("\\f", 2); break;
      case '\v': out.appendAsciiBytes("\\v", 2); break;
      case '\\': out.appendAsciiBytes("\\\\", 2); break;
      default:
        if (c == q) {
          out.appendAscii('\\');
          out.appendAscii(c);
        } else if (uint8_t(c) == 0xED && i + 2 < b.size() && uint8_t(b.data()[i + 1]) >= 0xA0) {
          // A lone surrogate (WTF-8): Node shows it as \udXXX.
          char esc[8];
          uint32_t unit = 0xD000 | ((uint8_t(b.data()[i + 1]) & 0x3F) << 6) | (uint8_t(b.data()[i + 2]) & 0x3F);
          snprintf(esc, sizeof esc, "\\u%04x", unsigned(unit));
          out.appendAsciiBytes(esc, 6);
          i += 2;
        } else if (uint8_t(c) < 0x20 || c == 0x7F) {
          // "\\xHH" by hand: snprintf would link the whole printf (6 KB) into every program that logs a string.
          static const char hex[] = "0123456789ABCDEF";
          const char esc[4] = {'\\', 'x', hex[uint8_t(c) >> 4], hex[uint8_t(c) & 15]};
          out.appendAsciiBytes(esc, 4);
        } else {
          out.appendBytes(&c, 1, uint8_t(c) < 0x80);
        }
    }
  }
  out.appendAscii(q);
  return out.finish();
}

String Inspect::circularRef(const void* p) {
  bool onStack = false;
  for (int i = 0; i < seenCount && i < 4; i++) onStack = onStack || seen[i] == p;
  if (!onStack) return String();
  int index = circularIndex(p);
  if (index == 0 && circularCount < 8) {
    circular[circularCount++] = p;
    index = circularCount;
  }
  return concat(TS_STR("[Circular *"), double(index), TS_STR("]"));
}

String quoteJsLines(const Inspect& ctx, const String& s) {
  Array<String> pieces = Array<String>::empty();
  double n = s.length(), start = 0;
  for (double i = s.indexOf(TS_STR("\n")); i >= 0; i = s.indexOf(TS_STR("\n"), i + 1)) {
    pieces.append(quoteJs(s.slice(start, i + 1)));
    start = i + 1;
  }
  if (start < n) pieces.append(quoteJs(s.slice(start)));
  return pieces.join(concat(TS_STR(" +\n"), TS_STR(" ").repeat(ctx.indent + 2)));
}

String formatLine(const String& format, const FormatArg* args, size_t n) {
  Bytes b(format);
  const char* p = b.data();
  uint32_t len = b.size();
  Builder out(len + 16);
  size_t a = 0;
  uint32_t lastPos = 0;
  for (uint32_t i = 0; i + 1 < len; i++) {
    if (p[i] != '%') continue;
    char next = p[++i];
    if (a + 1 != n) {
      if (next == '%') {
        out.appendBytes(p + lastPos, i - lastPos, false);
        lastPos = i + 1;
        continue;
      }
      if (!(next == 's' || next == 'd' || next == 'i' || next == 'f' || next == 'j' || next == 'o' || next == 'O' || next == 'c')) continue;
      ++a;
      String text = next == 'c' ? String::empty() : args[a].format(next, args[a].value);
      if (lastPos != i - 1) out.appendBytes(p + lastPos, i - 1 - lastPos, false);
      out.appendString(text);
      lastPos = i + 1;
    } else if (next == '%') {
      out.appendBytes(p + lastPos, i - lastPos, false);
      lastPos = i + 1;
    }
  }
  const char* join = "";
  if (lastPos != 0) {
    a++;
    join = " ";
    if (lastPos < len) out.appendBytes(p + lastPos, len - lastPos, false);
  } else {
    a = 0;
  }
  for (; a < n; a++) {
    out.appendAsciiBytes(join, uint32_t(strlen(join)));
    out.appendString(args[a].format(0, args[a].value));
    join = " ";
  }
  return out.finish();
}

String prefixed(const char* kind, double size, const char* brace) {
  return concat(String::fromUtf8(kind), size, String::fromUtf8(brace));
}

namespace {
String spaces(int n) { return TS_STR(" ").repeat(n); }

// groupArrayElements from Node's lib/internal/util/inspect.js.
void groupArrayElements(const Inspect& ctx, Array<String>& output, bool numeric, bool hasMore) {
  uint32_t outputLength = output.size() - (hasMore ? 1 : 0);
  const double separatorSpace = 2;
  double totalLength = 0, maxLength = 0;
  Array<double> dataLen = Array<double>::withCapacity(outputLength);
  for (uint32_t i = 0; i < outputLength; i++) {
    double len = output.get(i).length();
    dataLen.append(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  double actualMax = maxLength + separatorSpace;
  if (!(actualMax * 3 + ctx.indent < 80 && (totalLength / actualMax > 5 || maxLength <= 6))) return;
  double averageBias = sqrt(actualMax - totalLength / output.size());
  double biasedMax = Math_max(actualMax - 3 - averageBias, 1);
  double columns = Math_min(Math_round(sqrt(2.5 * biasedMax * outputLength) / biasedMax), floor((80 - ctx.indent) / actualMax), 3 * 4.0, 15);
  if (columns <= 1) return;
  uint32_t cols = uint32_t(columns);
  Array<double> maxLineLength = Array<double>::withCapacity(cols);
  for (uint32_t i = 0; i < cols; i++) {
    double lineLength = 0;
    for (uint32_t j = i; j < outputLength; j += cols)
      if (dataLen.get(j) > lineLength) lineLength = dataLen.get(j);
    maxLineLength.append(lineLength + separatorSpace);
  }
  Array<String> tmp = Array<String>::empty();
  for (uint32_t i = 0; i < outputLength; i += cols) {
    uint32_t max = i + cols < outputLength ? i + cols : outputLength;
    Array<String> line = Array<String>::empty();
    uint32_t j = i;
    for (; j < max - 1; j++) {
      String cell = concat(output.get(j), TS_STR(", "));
      line.append(numeric ? cell.padStart(maxLineLength.get(j - i)) : cell.padEnd(maxLineLength.get(j - i)));
    }
    line.append(numeric ? output.get(j).padStart(maxLineLength.get(j - i) - separatorSpace) : output.get(j));
    tmp.append(line.join(String::empty()));
  }
  if (hasMore) tmp.append(output.get(outputLength));
  output = tmp;
}
}  // namespace

String emptyItems(uint32_t n) { return concat(TS_STR("<"), double(n), n == 1 ? TS_STR(" empty item>") : TS_STR(" empty items>")); }

String namedKeyName(double key) {
  // Node quotes a key unless it matches /^[a-zA-Z_][a-zA-Z_0-9]*$/: of the numbers' names only NaN and Infinity.
  String name = toString(key);
  if (key != key || key == INFINITY) return name;
  return quoteJs(name);
}

String joinNamed(Inspect& ctx, Array<String>& entries, const void* owner, NamedValueText text, bool holesTail, uint32_t remaining, uint32_t numbers) {
  Array<String> named = Array<String>::empty();
  ctx.depth++;
  ctx.indent += 2;
  for (NamedKey* n = namedKeys; n != nullptr; n = n->next)
    if (n->owner == owner) named.append(concat(namedKeyName(n->key), TS_STR(": "), text(ctx, n)));
  ctx.indent -= 2;
  ctx.depth--;
  uint32_t hidden = remaining;
  if (holesTail) {
    if (remaining > 0) entries.append(emptyItems(remaining));
    hidden = 0;
  }
  // Node aligns the columns as numbers only when every index below the number of entries (the "... more
  // items" and the properties included) holds a number.
  const uint32_t total = entries.size() + (hidden > 0 ? 1 : 0) + named.size();
  return joinEntries(ctx, entries, "[", "]", true, total <= numbers, hidden, 0, &named);
}

String joinEntries(const Inspect& ctx, Array<String>& output, const char* brace0, const char* brace1, bool arrayType, bool numeric,
                   uint32_t hidden, int startBias, const Array<String>* named) {
  if (hidden > 0) output.append(concat(TS_STR("... "), double(hidden), hidden == 1 ? TS_STR(" more item") : TS_STR(" more items")));
  if (named != nullptr)
    for (uint32_t i = 0; i < named->size(); i++) output.append(named->data()[i]);
  uint32_t entries = output.size();
  // Node leaves the last entry out of the columns when there are more than 100 (meant for "... n more items").
  if (arrayType && entries > 6) groupArrayElements(ctx, output, numeric, entries > 100);
  String open = String::fromUtf8(brace0), close = String::fromUtf8(brace1);
  if (entries == output.size()) {
    // isBelowBreakLength
    double start = output.size() + ctx.indent + open.length() + 10 + startBias;
    double total = output.size() + start;
    bool fits = total + output.size() <= 80;
    for (uint32_t i = 0; fits && i < output.size(); i++) {
      total += output.get(i).length();
      fits = total <= 80;
    }
    if (fits) {
      String joined = output.join(TS_STR(", "));
      if (joined.indexOf(TS_STR("\n")) < 0) return concat(open, TS_STR(" "), joined, TS_STR(" "), close);
    }
  }
  String indentation = concat(TS_STR("\n"), spaces(ctx.indent));
  return concat(open, indentation, TS_STR("  "), output.join(concat(TS_STR(","), indentation, TS_STR("  "))), indentation, close);
}

namespace {
// Writes text as UTF-8 the way Node writes a string: an unpaired surrogate (stored as its 3-byte WTF-8 form
// ED A0..BF xx; pairs are always merged) becomes U+FFFD.
template <class Sink> size_t emitUtf8(Sink sink, const uint8_t* p, size_t n) {
  static const uint8_t kReplacement[3] = {0xEF, 0xBF, 0xBD};
  size_t start = 0;
  for (size_t i = 0; i + 2 < n; i++) {
    if (p[i] == 0xED && p[i + 1] >= 0xA0) {
      sink(p + start, i - start);
      sink(kReplacement, 3);
      i += 2;
      start = i + 1;
    }
  }
  sink(p + start, n - start);
  return n;
}
}  // namespace

void beginSerialForConsole() {
  // On the board Serial.print before Serial.begin is lost; console output and uncaught errors must not be.
  if (!Serial) Serial.begin(TSD_MONITOR_BAUD);
}

void writeConsole(const String& line, bool toStderr) { writeConsoleParts(&line, 1, toStderr); }

void consoleBegin(bool toStderr) {
  beginSerialForConsole();  // for console.error too: the board prints it on Serial, so Serial is open after it
#ifdef TSDUINO_EMULATED_CORE
  if (toStderr) Serial.flush();
#else
  (void)toStderr;
#endif
}

// Out of line: the console writers call it for every part and separator (inlined, each call repeated the
// stderr test and both writes).
TSD_NOINLINE void consoleWriteBytes(const uint8_t* p, size_t n, bool toStderr) {
#ifdef TSDUINO_EMULATED_CORE
  if (toStderr) {
    tsd_platform_write(2, p, n);
    return;
  }
#else
  (void)toStderr;
#endif
  Serial.write(p, n);
}

// Each part's bytes are emitted alone: a space between two parts keeps a surrogate at the end of one from
// pairing with one at the start of the next, as in their concatenation.
// s is live (the callers print a null/undefined string's name).
void consoleWriteString(const String& s, bool toStderr) {
  const auto sink = [toStderr](const uint8_t* p, size_t k) { consoleWriteBytes(p, k, toStderr); };
#ifdef TSD_FLASH_IS_RAM
  // A literal is readable in place (host, QEMU): no copy, and no null check that links the error report.
  emitUtf8(sink, reinterpret_cast<const uint8_t*>(s.flashOrRam()), s.byteLength());
#else
  Bytes b(s);  // a flash literal is copied to RAM (flash is read in aligned 32-bit words only)
  emitUtf8(sink, b.udata(), b.size());
#endif
}

void writeConsoleDirect(const ConsolePart* parts, size_t n, bool toStderr) {
  consoleBegin(toStderr);
  for (size_t i = 0; i < n; i++) {
    if (i > 0) consoleWriteBytes(reinterpret_cast<const uint8_t*>(" "), 1, toStderr);
    const String* text = parts[i].text;
    if (text != nullptr && text->isLive()) {
      consoleWriteString(*text, toStderr);
      continue;
    }
    // A boolean, an integer, or a null/undefined string (which prints its name).
    char digits[16];
    const char* word = digits;
    size_t k;
    if (text != nullptr) word = text->isNullState() ? "null" : "undefined";
    else if (parts[i].isBool) word = parts[i].integer ? "true" : "false";
    if (word == digits) k = formatInt32(parts[i].integer, digits);
    else k = strlen(word);
    consoleWriteBytes(reinterpret_cast<const uint8_t*>(word), k, toStderr);
  }
  consoleWriteBytes(reinterpret_cast<const uint8_t*>("\n"), 1, toStderr);
}

const char kConsoleBooleans[] PROGMEM = "falsetrue";

void writeConsoleLine(const LinePart* parts, size_t n, bool toStderr) {
  consoleBegin(toStderr);
  for (size_t i = 0; i < n; i++) {
    const LinePart& part = parts[i];
    char buf[32];
    if (part.text == nullptr) {
      consoleWriteBytes(reinterpret_cast<const uint8_t*>(buf), formatInt32(part.value, buf), toStderr);
      continue;
    }
#ifdef TSD_FLASH_IS_RAM
    consoleWriteBytes(reinterpret_cast<const uint8_t*>(part.text), size_t(part.value), toStderr);
#else
    // Flash is read in aligned words: the text goes through a buffer.
    for (size_t at = 0, k; at < size_t(part.value); at += k) {
      k = size_t(part.value) - at < sizeof buf ? size_t(part.value) - at : sizeof buf;
      memcpy_P(buf, part.text + at, k);
      consoleWriteBytes(reinterpret_cast<const uint8_t*>(buf), k, toStderr);
    }
#endif
  }
}

// Parts separated by spaces print as their concatenation would.
void writeConsoleParts(const String* parts, size_t n, bool toStderr) {
  consoleBegin(toStderr);
  for (size_t i = 0; i < n; i++) {
    if (i > 0) consoleWriteBytes(reinterpret_cast<const uint8_t*>(" "), 1, toStderr);
    consoleWriteString(parts[i], toStderr);
  }
  consoleWriteBytes(reinterpret_cast<const uint8_t*>("\n"), 1, toStderr);
}

}  // namespace detail

void print(Print& out, const String& s) {
  String t = toString(s);
  detail::Bytes b(t);
  detail::emitUtf8([&out](const uint8_t* p, size_t n) { out.write(p, n); }, b.udata(), b.size());
}

size_t write(Print& out, const String& s) {
  detail::Bytes b(s);
  return out.write(b.udata(), b.size());
}

void print(Print& out, double x) {
  char buf[40];
  size_t n = detail::formatNumber(x, buf);
  out.write(reinterpret_cast<const uint8_t*>(buf), n);
}

}  // namespace ts
