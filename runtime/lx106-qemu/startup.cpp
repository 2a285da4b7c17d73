// What runs between the reset stub (reset.S) and the program's main(): zero .bss, run the C++ global
// constructors (.init_array: `Serial` and the sketch's globals), call main(), and end QEMU with main's status.
// Also the ends of a run that goes wrong: CPU exceptions from the vectors and fatal runtime conditions
// (division by zero, heap exhausted) print one line on stderr and exit with status 134 (like SIGABRT).
// The program's running time is CCOUNT at exit minus CCOUNT on entry here, widened to 64 bits by
// tsd_lx106_ticks() whenever the platform layer reads the clock (so a stretch of more than 2^32 ticks
// without any output, time or input call would be undercounted).
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "semihost.h"
#include "lx106_target.h"

extern "C" {
extern uint32_t _bss_start[], _bss_end[];
extern uint32_t __stack_limit[], __stack[];
typedef void (*InitFunction)();
extern InitFunction __init_array_start[], __init_array_end[];
int main();
}

namespace {
uint32_t startCount;
uint32_t lastCount;
uint64_t highCount;  // cycles elapsed before lastCount's 32-bit epoch

void writeStderr(const char* text) { tsd_simcall(kSysWrite, 2, reinterpret_cast<int>(text), strlen(text)); }

void appendHex(char* out, uint32_t value) {
  char* p = out + strlen(out);
  *p++ = '0';
  *p++ = 'x';
  for (int shift = 28; shift >= 0; shift -= 4) *p++ = "0123456789abcdef"[(value >> shift) & 15];
  *p = 0;
}
}  // namespace

extern "C" uint64_t tsd_lx106_ticks() {
  uint32_t now = tsd_read_ccount();
  if (now < lastCount) highCount += 1ull << 32;
  lastCount = now;
  return highCount + now - startCount;
}

// The stack is painted with a pattern before the program starts; at exit the lowest overwritten word gives
// the peak stack use (the ESP8266 Arduino core gives loop() a 4 KB stack, so this figure matters).
constexpr uint32_t kStackPaint = 0xa5a5a5a5u;

extern "C" size_t tsd_lx106_peak_stack() {
  const uint32_t* p = __stack_limit;
  while (p < __stack && *p == kStackPaint) p++;
  return static_cast<size_t>(reinterpret_cast<const char*>(__stack) - reinterpret_cast<const char*>(p));
}

extern "C" [[noreturn]] void tsd_lx106_start() {
  for (uint32_t* p = _bss_start; p < _bss_end; p++) *p = 0;  // first: startCount itself lives in .bss
  uint32_t* sp;
  __asm__ volatile("mov %0, a1" : "=a"(sp));
  for (uint32_t* p = __stack_limit; p < sp - 64; p++) *p = kStackPaint;  // 256 bytes below sp stay untouched
  tsd_lx106_watchdog_start();
  startCount = lastCount = tsd_read_ccount();  // zeroing, painting, arming are not part of the program's cycles
  for (InitFunction* f = __init_array_start; f < __init_array_end; f++) (*f)();
  tsd_lx106_exit(main());
}

// Every word on the live stack that points into the code (return addresses, and whatever else looks like
// one): "tsduino-lx106: code-trace=<hex>,<hex>,..." on stderr, innermost first. builders/lx106-qemu.ts maps
// them to TypeScript lines through the ELF's debug info (the generated C++ carries #line directives), as the
// monitor does with a board's stack dump.
extern "C" void tsd_lx106_code_trace() {
  constexpr uint32_t kCodeStart = 0x50000000u, kCodeEnd = 0x54000000u;
  constexpr int kMaxAddresses = 48;
  uint32_t* sp;
  __asm__ volatile("mov %0, a1" : "=a"(sp));
  char line[40];
  writeStderr("tsduino-lx106: code-trace=");
  int n = 0;
  for (const uint32_t* p = sp; p < __stack && n < kMaxAddresses; p++) {
    uint32_t v = *p;
    if (v < kCodeStart || v >= kCodeEnd) continue;
    char* q = line;
    if (n++ > 0) *q++ = ',';
    for (int shift = 28; shift >= 0; shift -= 4) *q++ = "0123456789abcdef"[(v >> shift) & 15];
    *q = 0;
    writeStderr(line);
  }
  writeStderr("\n");
}

extern "C" [[noreturn]] void tsd_lx106_fatal(const char* message) {
  writeStderr("lx106: ");
  writeStderr(message);
  writeStderr("\n");
  tsd_lx106_exit(134);
}

extern "C" [[noreturn]] void tsd_lx106_exception(int vector, uint32_t cause, uint32_t pc, uint32_t address) {
  if (vector == 4 && cause == 4 && tsd_lx106_watchdog_fired()) {
    // What the ESP8266 core prints after its software watchdog reset the chip, then what it means.
    char line[200] = "\nSoft WDT reset\nlx106: the sketch ran 3.2 s (at 80 MHz) without yielding, at PC ";
    appendHex(line, pc);
    strcat(line, "; an ESP8266 resets here. Long work must yield: delay(), yieldNow(), or return from loop()\n");
    writeStderr(line);
    tsd_lx106_exit(134);
  }
  static const char* const kVectors[] = {"?", "debug", "NMI", "kernel", "user", "double"};
  static const char* const kCauses[] = {"illegal instruction", "syscall", "instruction fetch error",
                                        "load/store error", "level-1 interrupt", "alloca", "integer divide by zero",
                                        "?", "privileged", "unaligned load/store"};
  char line[160] = "lx106: CPU exception (";
  strcat(line, kVectors[vector >= 1 && vector <= 5 ? vector : 0]);
  strcat(line, " vector): ");
  strcat(line, cause < sizeof kCauses / sizeof kCauses[0] ? kCauses[cause] : "cause");
  strcat(line, ", EXCCAUSE ");
  appendHex(line, cause);
  strcat(line, " at PC ");
  appendHex(line, pc);
  strcat(line, ", address ");
  appendHex(line, address);
  strcat(line, "\n");
  writeStderr(line);
  tsd_lx106_exit(134);
}
