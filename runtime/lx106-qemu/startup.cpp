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

extern "C" [[noreturn]] void tsd_lx106_start() {
  startCount = lastCount = tsd_read_ccount();
  for (uint32_t* p = _bss_start; p < _bss_end; p++) *p = 0;
  for (InitFunction* f = __init_array_start; f < __init_array_end; f++) (*f)();
  tsd_lx106_exit(main());
}

extern "C" [[noreturn]] void tsd_lx106_fatal(const char* message) {
  writeStderr("lx106: ");
  writeStderr(message);
  writeStderr("\n");
  tsd_lx106_exit(134);
}

extern "C" [[noreturn]] void tsd_lx106_exception(int vector, uint32_t cause, uint32_t pc, uint32_t address) {
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
