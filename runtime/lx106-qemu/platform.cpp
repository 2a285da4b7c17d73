// The platform layer of the emulated Arduino core (runtime/arduino/) for the lx106 under QEMU: output and
// input through Xtensa semihosting (write/read/select on the host's stdout, stderr and stdin), time from the
// CPU's cycle counter CCOUNT, which QEMU advances at 40 MHz of virtual time (under -icount, virtual time is a
// fixed number of nanoseconds per instruction). delay() does not spin: it moves the clock forward, so a
// sketch's delays cost no emulated cycles and no real time, and --cycles counts computation only. Ending the
// run prints "tsduino-lx106: ccount=<ticks> peak-heap=<bytes> peak-stack=<bytes> longest-no-yield=<ticks>" as
// the last line on stderr;
// builders/lx106-qemu.ts takes that line off and converts the ticks to instructions (= cycles).
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "semihost.h"
#include "lx106_target.h"

#if __has_include("tsduino_platform.h")
#include "tsduino_platform.h"
#else
extern "C" {
size_t tsd_platform_write(int fd, const uint8_t* data, size_t len);
int tsd_platform_read_byte(void);
uint32_t tsd_platform_millis(void);
uint32_t tsd_platform_micros(void);
void tsd_platform_delay(uint32_t ms);
[[noreturn]] void tsd_platform_exit(int code);
}
#endif

namespace {
constexpr uint32_t kTicksPerMicrosecond = 40;  // QEMU runs the lx106 CCOUNT at 40 MHz of virtual time
uint64_t skippedMicros;  // total of all delay() calls

uint64_t nowMicros() { return tsd_lx106_ticks() / kTicksPerMicrosecond + skippedMicros; }

char* appendDecimal(char* p, uint64_t value) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value);
  while (n) *p++ = digits[--n];
  return p;
}
}  // namespace

extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len) {
  size_t done = 0;
  while (done < len) {
    int n = tsd_simcall(kSysWrite, fd == 2 ? 2 : 1, reinterpret_cast<int>(data + done), static_cast<int>(len - done));
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  return done;
}

extern "C" int tsd_platform_read_byte(void) {
  uint32_t noWait[2] = {0, 0};
  if (tsd_simcall(kSysSelectOne, 0, kSelectOneRead, reinterpret_cast<int>(noWait)) <= 0) return -1;
  uint8_t byte;
  if (tsd_simcall(kSysRead, 0, reinterpret_cast<int>(&byte), 1) != 1) return -1;
  return byte;
}

extern "C" uint32_t tsd_platform_millis(void) { return static_cast<uint32_t>(nowMicros() / 1000); }
extern "C" uint32_t tsd_platform_micros(void) { return static_cast<uint32_t>(nowMicros()); }
extern "C" void tsd_platform_delay(uint32_t ms) {
  skippedMicros += static_cast<uint64_t>(ms) * 1000;
  tsd_lx106_watchdog_feed();  // every delay() and yield() ends here: the sketch yielded
}

extern "C" [[noreturn]] void tsd_platform_exit(int code) { tsd_lx106_exit(code); }

extern "C" [[noreturn]] void tsd_lx106_exit(int code) {
  uint64_t ticks = tsd_lx106_ticks();
  char line[160] = "tsduino-lx106: ccount=";
  char* p = appendDecimal(line + strlen(line), ticks);
  memcpy(p, " peak-heap=", 11);
  p = appendDecimal(p + 11, tsd_lx106_peak_heap());
  memcpy(p, " peak-stack=", 12);
  p = appendDecimal(p + 12, tsd_lx106_peak_stack());
  memcpy(p, " longest-no-yield=", 18);
  p = appendDecimal(p + 18, tsd_lx106_longest_without_yield());
  *p++ = '\n';
  tsd_simcall(kSysWrite, 2, reinterpret_cast<int>(line), static_cast<int>(p - line));
  for (;;) tsd_simcall(kSysExit, code, 0, 0);
}
