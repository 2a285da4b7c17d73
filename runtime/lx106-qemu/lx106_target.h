// Functions the lx106-qemu target's own files share (startup.cpp, platform.cpp, heap.cpp, intmath.cpp).
// Sketch code never includes this; it talks to the machine only through tsduino_platform.h.
#ifndef TSDUINO_LX106_TARGET_H
#define TSDUINO_LX106_TARGET_H
#include <stddef.h>
#include <stdint.h>

extern "C" {
// CCOUNT ticks since tsd_lx106_start, widened to 64 bits.
uint64_t tsd_lx106_ticks();
// Largest heap extent malloc ever asked for (bytes above the heap start).
size_t tsd_lx106_peak_heap();
// Bytes of stack the program used at most (from the paint on the stack region).
size_t tsd_lx106_peak_stack();
// Ends the run: prints the statistics line on stderr, then the semihosting exit with `code`.
[[noreturn]] void tsd_lx106_exit(int code);
// The software watchdog model (watchdog.cpp): start it, feed it at every yield, the longest stretch between
// yields so far (ticks, the current one included), and whether its timer interrupt is what fired.
void tsd_lx106_watchdog_start();
void tsd_lx106_watchdog_feed();
uint64_t tsd_lx106_longest_without_yield();
bool tsd_lx106_watchdog_fired();
// Code addresses found on the live stack, on stderr (see startup.cpp): where an out-of-memory error happened.
void tsd_lx106_code_trace();
// "lx106: <message>" on stderr, exit status 134.
[[noreturn]] void tsd_lx106_fatal(const char* message);
}

#endif
