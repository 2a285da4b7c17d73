// console output and JS-formatted printing: Node's string quoting inside containers, and the write of a
// finished line to Serial (or to stderr through the platform layer on the host for console.error).
#include "ts_console.h"

#include "ts_number.h"

#ifdef TSDUINO_EMULATED_CORE
#include "tsduino_platform.h"
#endif

namespace ts {
namespace detail {

void LineOut::quoted(const String& s) {
  Bytes b(s);
  bool hasSingle = memchr(b.data(), '\'', b.size()) != nullptr;
  bool hasDouble = memchr(b.data(), '"', b.size()) != nullptr;
  bool hasBack = memchr(b.data(), '`', b.size()) != nullptr;
  char q = !hasSingle ? '\'' : (!hasDouble ? '"' : (!hasBack ? '`' : '\''));
  b_.appendAscii(q);
  for (uint32_t i = 0; i < b.size(); i++) {
    char c = b.data()[i];
    switch (c) {
      case '\n': b_.appendAsciiBytes("\\n", 2); break;
      case '\t': b_.appendAsciiBytes("\\t", 2); break;
      case '\r': b_.appendAsciiBytes("\\r", 2); break;
      case '\b': b_.appendAsciiBytes("\\b", 2); break;
      case '\f': b_.appendAsciiBytes("\\f", 2); break;
      case '\v': b_.appendAsciiBytes("\\v", 2); break;
      case '\\': b_.appendAsciiBytes("\\\\", 2); break;
      default:
        if (c == q) {
          b_.appendAscii('\\');
          b_.appendAscii(c);
        } else if (uint8_t(c) < 0x20 || c == 0x7F) {
          char esc[8];
          snprintf(esc, sizeof esc, "\\x%02X", uint8_t(c));
          b_.appendAsciiBytes(esc, 4);
        } else {
          b_.appendBytes(&c, 1, uint8_t(c) < 0x80);
        }
    }
  }
  b_.appendAscii(q);
}

void writeConsole(const String& line, bool toStderr) {
  Bytes b(line);
#ifdef TSDUINO_EMULATED_CORE
  if (toStderr) {
    Serial.flush();
    tsd_platform_write(2, b.udata(), b.size());
    tsd_platform_write(2, reinterpret_cast<const uint8_t*>("\n"), 1);
    return;
  }
#else
  (void)toStderr;
#endif
  Serial.write(b.udata(), b.size());
  Serial.write(uint8_t('\n'));
}

}  // namespace detail

void print(Print& out, const String& s) {
  String t = toString(s);
  detail::Bytes b(t);
  out.write(b.udata(), b.size());
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
