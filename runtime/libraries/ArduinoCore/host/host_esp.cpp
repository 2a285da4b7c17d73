// Host ESP object. The free heap is what an ESP8266 sketch typically has left after the core and WiFi start
// (about 52 KB) minus what this program has allocated since start (mallinfo2), so leaks and growth show up
// as on the board. Restart and deep-sleep wake re-execute /proc/self/exe with the reason in the environment.
#if !defined(ESP8266)
#include "host_esp.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "tsduino_platform.h"

namespace tsd_esp {
namespace {
const uint32_t kHeapAtStart = 52000;
size_t baseline = 0;
int reason = kPowerOn;

struct AtStart {
  AtStart() {
    const char* r = getenv("TSDUINO_RESET_REASON");
    if (r) reason = atoi(r);
  }
} atStart;
}  // namespace

// main() calls it before setup(): every static constructor, libstdc++'s too, has allocated by then.
extern "C" void tsd_host_started() { baseline = mallinfo2().uordblks; }

// The runtime's free lists of small objects (ts_gc.cpp): memory the program gave back.
extern "C" __attribute__((weak)) size_t tsd_object_cache_bytes();

uint32_t freeHeap() {
  size_t used = mallinfo2().uordblks;
  if (tsd_object_cache_bytes != nullptr) used -= tsd_object_cache_bytes();
  size_t grown = used > baseline ? used - baseline : 0;
  return grown >= kHeapAtStart ? 0 : uint32_t(kHeapAtStart - grown);
}

uint32_t chipId() { return 0x000001; }  // the host's MAC address is 02:00:00:00:00:01

const char* resetReason() {
  switch (reason) {
    case kPowerOn: return "Power On";
    case 1: return "Hardware Watchdog";
    case 2: return "Exception";
    case 3: return "Software Watchdog";
    case kSoftRestart: return "Software/System restart";
    case kDeepSleepAwake: return "Deep-Sleep Wake";
    case kExternal: return "External System";
  }
  return "Unknown";
}

void reboot(int why, uint64_t sleepUs) {
  tsd_platform_delay(0);  // flush Serial
  fflush(stdout);
  if (sleepUs) {
    timespec ts = {time_t(sleepUs / 1000000u), long(sleepUs % 1000000u) * 1000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
  }
  char value[8];
  snprintf(value, sizeof value, "%d", why);
  setenv("TSDUINO_RESET_REASON", value, 1);
  char self[] = "/proc/self/exe";
  char* argv[] = {self, nullptr};
  execv(self, argv);
  perror("tsduino: restart failed");
  tsd_platform_exit(1);
}
}  // namespace tsd_esp
#endif
