// uncaught / throwError / exitProgram: print Node's "Uncaught ..." text on Serial, then stop (exit(1) on the
// host and lx106-qemu through the platform layer; a readable halt on the real board).
#include "ts_error.h"

#include "ts_console.h"
#include "ts_string.h"

#ifdef TSDUINO_EMULATED_CORE
#include "tsduino_platform.h"
#endif

#if defined(TSDUINO_LX106_QEMU)
extern "C" void tsd_lx106_code_trace();
#elif defined(TSDUINO_EMULATED_CORE)
extern "C" void tsd_host_print_code_location(void (*print)(const char* text));
#endif

namespace ts {

namespace {
// True when the message already starts with "SomethingError: ".
bool namesErrorClass(const char* text, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    char c = text[i];
    if (c == ':') {
      // "Error" before the colon, compared by hand (memcmp is linked by nothing else in a small program).
      if (i < 5 || text[i + 1] != ' ') return false;
      for (size_t k = 0; k < 5; k++)
        if (text[i - 5 + k] != "Error"[k]) return false;
      return true;
    }
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  }
  return false;
}

[[noreturn]] void halt() {
  Serial.flush();
#ifdef TSDUINO_EMULATED_CORE
  tsd_platform_exit(1);
#else
  for (;;) delay(1000);
#endif
}

// "    at file:line": only a throw statement and the runtime's checks with a location pass one, so the errors
// without (uncaught(message), uncaughtText) do not link it.
TSD_NOINLINE void printLocation(const char* file, int line) {
  Serial.print("    at ");
#ifdef TSD_FLASH_IS_RAM
  Serial.print(file);
#else
  Serial.print(FPSTR(file));  // a PSTR (the compiler's throw statements)
#endif
  // The line number through the runtime's integer formatter: Serial.print(int) would link the core's 64-bit
  // printNumber (~320 B on the lx106) into every program only for this.
  char text[16];
  text[0] = ':';
  size_t n = 1 + detail::formatInt32(line, text + 1);
  text[n++] = '\n';
  Serial.write(reinterpret_cast<const uint8_t*>(text), n);
}

[[noreturn]] void stop(const char* file, int line) {
  if (file != nullptr) printLocation(file, line);
  halt();
}

TSD_NOINLINE void printUncaught(const char* prefix, const char* text, size_t n) {
  detail::beginSerialForConsole();
  Serial.print(prefix);
  Serial.write(reinterpret_cast<const uint8_t*>(text), n);
  Serial.print("\n");
}

void printReport(const char* text, size_t n) { printUncaught(namesErrorClass(text, n) ? "Uncaught " : "Uncaught Error: ", text, n); }

[[noreturn]] void report(const char* text, size_t n, const char* file, int line) {
  printReport(text, n);
  stop(file, line);
}

#ifndef TSD_FLASH_IS_RAM
// A flash message copied into `out` (truncated to size - 1 bytes, NUL-terminated) with the pgmspace accessors.
size_t copyFlash(char* out, size_t size, const char* flashMessage) {
  size_t n = strlen_P(flashMessage);
  if (n >= size) n = size - 1;
  memcpy_P(out, flashMessage, n);
  out[n] = 0;
  return n;
}
#endif
}  // namespace

namespace detail {
// Written part by part, not built as a String: every member access on a handle can reach it (`msg.kind` with
// msg undefined at run time), so its code is linked into nearly every program. The member is a flash string
// (flashMember), or text in RAM (an index the caller formatted: arrayIndexError shares this routine).
void nullishAccess(bool isNull, bool setting, PGM_P flashMember, const char* ramMember) {
  const char* const parts[] = {PSTR("Uncaught TypeError: Cannot "), setting ? PSTR("set") : PSTR("read"), PSTR(" properties of "),
                               isNull ? PSTR("null") : PSTR("undefined"), setting ? PSTR(" (setting '") : PSTR(" (reading '"), flashMember,
                               PSTR("')\n")};
  detail::beginSerialForConsole();
  for (const char* part : parts) {
#ifdef TSD_FLASH_IS_RAM
    Serial.print(part != nullptr ? part : ramMember);  // flash is ordinary memory here
#else
    if (part == nullptr) Serial.print(ramMember);
    else Serial.print(FPSTR(part));
#endif
  }
  halt();
}
void nullishProperty(bool isNull, PGM_P member, bool setting) { nullishAccess(isNull, setting, member, nullptr); }

void nullishDestructure(bool isNull, PGM_P property, PGM_P source) {
  const char* const parts[] = {property ? PSTR("TypeError: Cannot destructure property '") : PSTR("TypeError: Cannot destructure '"), property ? property : PSTR(""),
                               property ? PSTR("' of '") : PSTR(""), source, isNull ? PSTR("' as it is null.") : PSTR("' as it is undefined.")};
  char text[200];
  size_t n = 0;
  for (const char* part : parts) {
    size_t k = strlen_P(part);
    if (k > sizeof text - 1 - n) k = sizeof text - 1 - n;
    memcpy_P(text + n, part, k);
    n += k;
  }
  text[n] = 0;
  report(text, n, nullptr, 0);
}
}  // namespace detail

// Without a location: the runtime's own errors, whose messages all start with their class ("RangeError: ..."),
// so neither the class test nor printLocation is linked by them.
void uncaught(const char* flashMessage) {
#ifdef TSD_FLASH_IS_RAM
  printUncaught("Uncaught ", flashMessage, strlen(flashMessage));  // flash is ordinary memory here: no copy
#else
  char text[160];
  size_t n = copyFlash(text, sizeof text, flashMessage);
  printUncaught("Uncaught ", text, n);
#endif
  halt();
}

void uncaught(const char* flashMessage, const char* file, int line) {
  if (file == nullptr) uncaught(flashMessage);
#ifdef TSD_FLASH_IS_RAM
  report(flashMessage, strlen(flashMessage), file, line);  // flash is ordinary memory here: no copy
#else
  char text[160];
  size_t n = copyFlash(text, sizeof text, flashMessage);
  report(text, n, file, line);
#endif
}

void outOfMemory(const char* flashMessage) {
#ifdef TSD_FLASH_IS_RAM
  printUncaught("Uncaught ", flashMessage, strlen(flashMessage));
#else
  char text[96];
  size_t n = copyFlash(text, sizeof text, flashMessage);
  printUncaught("Uncaught ", text, n);
#endif
  Serial.flush();
#if defined(TSDUINO_LX106_QEMU)
  tsd_lx106_code_trace();
#elif defined(TSDUINO_EMULATED_CORE)
  tsd_host_print_code_location([](const char* s) { Serial.print(s); });
#else
  abort();  // the core's stack dump, which `tsduino monitor --elf` turns into TypeScript lines; then a reset
#endif
  halt();
}

void uncaughtText(const char* text, size_t n) {
  printReport(text, n);
  halt();
}

void uncaughtString(const String& message, const char* file, int line) {
  String m = toString(message);
  report(m.c_str(), m.byteLength(), file, line);
}

void uncaughtParts(const String* parts, size_t n) {
  detail::beginSerialForConsole();
  Serial.print("Uncaught ");
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < parts[i].byteLength(); k++) Serial.write(parts[i].byteAt(k));
  Serial.print("\n");
  halt();
}

void uncaughtThrown(const String& text, const char* file, int line) {
  detail::beginSerialForConsole();
  Serial.print("Uncaught ");
  Serial.write(reinterpret_cast<const uint8_t*>(text.c_str()), text.byteLength());
  Serial.print("\n");
  stop(file, line);
}

void throwError(const String& message, const char* file, int line) {
  String m = toString(message);
  detail::beginSerialForConsole();
  Serial.print("Uncaught Error: ");
  Serial.write(reinterpret_cast<const uint8_t*>(m.c_str()), m.byteLength());
  Serial.print("\n");
  stop(file, line);
}

void exitProgram(int code) {
  Serial.flush();
#ifdef TSDUINO_EMULATED_CORE
  tsd_platform_exit(code);
#else
  (void)code;
#endif
}

}  // namespace ts
