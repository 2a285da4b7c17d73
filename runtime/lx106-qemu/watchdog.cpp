// The ESP8266's software watchdog, modelled: the Arduino core resets the chip ("Soft WDT reset") when the
// sketch runs about 3.2 s without yielding. Here every yield (tsd_platform_delay: delay(), yield(),
// optimistic_yield() when it yields, the return from loop()) feeds the watchdog: it records the stretch since
// the previous yield and re-arms the CPU's CCOMPARE0 timer interrupt 3.2 s of F_CPU cycles ahead. A stretch that
// reaches it, even one that never calls anything (a C++ busy loop), is interrupted like on the chip: the
// run prints "Soft WDT reset" and ends with status 134.
//
// Time here is cycles at F_CPU (80 MHz), one instruction = one cycle as in the --cycles figure, i.e. ticks ×
// 25 / 32 (QEMU's CCOUNT runs 1.28 ticks per instruction under -icount shift=5; see builders/lx106-qemu.ts).
// Each new longest stretch of at least 1 ms is printed at once as "tsduino-lx106: yield-gap=<ticks>" (the
// runner takes these lines off stderr), so the figure survives a run that --timeout kills.
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "semihost.h"
#include "lx106_target.h"

extern "C" void tsd_platform_delay(uint32_t ms);

namespace {
constexpr uint64_t kCpuHz = 80000000;  // the ESP8266 Arduino core's default F_CPU
constexpr uint64_t cyclesToTicks(uint64_t cycles) { return cycles * 32 / 25; }
constexpr uint32_t kWatchdogTicks = static_cast<uint32_t>(cyclesToTicks(kCpuHz * 32 / 10));  // 3.2 s
constexpr uint64_t kReportTicks = cyclesToTicks(kCpuHz / 1000);                               // 1 ms
constexpr uint32_t kTimer0Interrupt = 6;  // CCOMPARE0 on the lx106 (ETS_CCOMPARE0_INUM)

uint64_t lastYield;  // tsd_lx106_ticks() at the last yield
uint32_t lastYieldCcount;  // CCOUNT at the last yield (what optimistic_yield compares with)
uint64_t longest;

void arm() {
  uint32_t due = tsd_read_ccount() + kWatchdogTicks;
  __asm__ volatile("wsr %0, ccompare0\n rsync" : : "a"(due) : "memory");
}

char* appendHex(char* p, uint64_t value) {
  int shift = 60;
  while (shift > 0 && ((value >> shift) & 15) == 0) shift -= 4;
  for (; shift >= 0; shift -= 4) *p++ = "0123456789abcdef"[(value >> shift) & 15];
  return p;
}
}  // namespace

// Called before the program's clock starts (lastYield = 0 is its start), so that it costs the program nothing.
extern "C" void tsd_lx106_watchdog_start() {
  arm();
  lastYieldCcount = tsd_read_ccount();
  uint32_t enable = 1u << kTimer0Interrupt;
  __asm__ volatile("wsr %0, intenable\n rsync" : : "a"(enable) : "memory");
}

extern "C" void tsd_lx106_watchdog_feed() {
  uint64_t now = tsd_lx106_ticks();
  uint64_t gap = now - lastYield;
  if (gap > longest) {
    longest = gap;
    if (gap >= kReportTicks) {
      char line[48] = "tsduino-lx106: yield-gap=0x";
      char* p = appendHex(line + strlen(line), gap);
      *p++ = '\n';
      tsd_simcall(kSysWrite, 2, reinterpret_cast<int>(line), static_cast<int>(p - line));
    }
  }
  arm();
  lastYield = now;
  lastYieldCcount = tsd_read_ccount();
}

// The ESP8266 core's optimistic_yield compares CPU cycles since the last yield with interval_us × the CPU's
// MHz in 32 bits, a dozen instructions; so does this one (ticks: cycles × 32 / 25, i.e. interval_us × 102.4,
// taken as × 102.5 to stay in shifts and additions). A stretch never comes near CCOUNT's 32-bit wrap: the
// watchdog ends it at 3.2 s.
extern "C" void optimistic_yield(uint32_t interval_us) {
  uint32_t limit = interval_us < 20000000u ? (interval_us * 205u) >> 1 : 0xffffffffu;
  if (tsd_read_ccount() - lastYieldCcount > limit) tsd_platform_delay(0);  // what yield() does
}

extern "C" uint64_t tsd_lx106_longest_without_yield() {
  uint64_t open = tsd_lx106_ticks() - lastYield;
  return open > longest ? open : longest;
}

extern "C" bool tsd_lx106_watchdog_fired() {
  uint32_t pending;
  __asm__ volatile("rsr %0, interrupt" : "=a"(pending));
  return (pending >> kTimer0Interrupt) & 1;
}
