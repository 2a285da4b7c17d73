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
    if (c == ':' ) return i >= 5 && memcmp(text + i - 5, "Error", 5) == 0 && text[i + 1] == ' ';
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
  }
  return false;
}

[[noreturn]] void stop(const char* file, int line) {
  if (file != nullptr) {
    Serial.print("    at ");
    Serial.print(file);
    Serial.print(":");
    Serial.print(line);
    Serial.print("\n");
  }
  Serial.flush();
#ifdef TSDUINO_EMULATED_CORE
  tsd_platform_exit(1);
#else
  for (;;) delay(1000);
#endif
}

void printUncaught(const char* prefix, const char* text, size_t n) {
  detail::beginSerialForConsole();
  Serial.print(prefix);
  Serial.write(reinterpret_cast<const uint8_t*>(text), n);
  Serial.print("\n");
}

[[noreturn]] void report(const char* text, size_t n, const char* file, int line) {
  printUncaught(namesErrorClass(text, n) ? "Uncaught " : "Uncaught Error: ", text, n);
  stop(file, line);
}
}  // namespace

namespace detail {
// Built in a buffer, not a String: every member access on a handle can reach it (`msg.kind` with msg undefined
// at run time), so its code is linked into nearly every program.
void nullishProperty(bool isNull, PGM_P member, bool setting) {
  const char* const parts[] = {setting ? PSTR("TypeError: Cannot set properties of ") : PSTR("TypeError: Cannot read properties of "),
                               isNull ? PSTR("null") : PSTR("undefined"), setting ? PSTR(" (setting '") : PSTR(" (reading '"), member, PSTR("')")};
  char text[160];
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

void uncaught(const char* flashMessage, const char* file, int line) {
#ifdef TSD_FLASH_IS_RAM
  report(flashMessage, strlen(flashMessage), file, line);  // flash is ordinary memory here: no copy
#else
  char text[160];
  size_t n = strlen_P(flashMessage);
  if (n >= sizeof text) n = sizeof text - 1;
  memcpy_P(text, flashMessage, n);
  text[n] = 0;
  report(text, n, file, line);
#endif
}

void outOfMemory(const char* flashMessage) {
#ifdef TSD_FLASH_IS_RAM
  printUncaught("Uncaught ", flashMessage, strlen(flashMessage));
#else
  char text[96];
  size_t n = strlen_P(flashMessage);
  if (n >= sizeof text) n = sizeof text - 1;
  memcpy_P(text, flashMessage, n);
  text[n] = 0;
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
  stop(nullptr, 0);
}

void uncaughtText(const char* text, size_t n) { report(text, n, nullptr, 0); }

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
  stop(nullptr, 0);
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
