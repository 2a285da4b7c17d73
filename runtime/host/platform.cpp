// The POSIX platform layer of the emulated Arduino core (host target). Output is buffered and flushed on
// delay()/yield(), when the program polls for input, every 20 ms of writing, when full, at exit and on
// SIGINT/SIGTERM/SIGHUP (so `tsduino run --timeout` loses nothing); a terminal gets every line at once.
// Input is read without blocking (poll with a zero timeout). Time is CLOCK_MONOTONIC since start.
// Every delay()/yield() also checks how long the sketch ran since the previous one: past 3 s (the ESP8266's
// software watchdog resets the chip after about 3.2 s without a yield) it warns once on stderr. The PC is far
// faster than the chip, so this only catches the worst cases; `--target lx106-qemu` measures it at 80 MHz.
// A stop signal ends the program at its next delay()/yield() (so between two loop() calls) with exit(0),
// which runs the sketch's global destructors as the ESP8266 core's own host emulation does on Ctrl-C (a
// connected WebSocketsClient prints its last DISCONNECTED event); a sketch that never yields is ended
// by the signal itself after one second.
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "tsduino_platform.h"

namespace {

const size_t kOutCap = 16384;
char outBuf[kOutCap];
size_t outLen = 0;
bool outIsTty = false;
bool initialised = false;
uint64_t startNs = 0;
uint64_t lastFlushNs = 0;
uint64_t lastYieldNs = 0;
bool warnedNoYield = false;
const uint64_t kNoYieldWarnNs = 3000000000ULL;
uint8_t inBuf[256];
size_t inPos = 0, inLen = 0;
bool inEof = false;
volatile sig_atomic_t stopSignal = 0;
bool exiting = false;

uint64_t nowNs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
}

void writeAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        pollfd pfd = {fd, POLLOUT, 0};
        poll(&pfd, 1, 100);
        continue;
      }
      return;  // stdout closed: drop output like a UART with nobody listening
    }
    p += w;
    n -= size_t(w);
  }
}

void flushOut() {
  if (outLen > 0) {
    // SIGINT/SIGTERM/SIGHUP wait until the buffer is written and emptied: a signal between the write and
    // `outLen = 0` would make onSignal write the same bytes a second time.
    sigset_t block, previous;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigprocmask(SIG_BLOCK, &block, &previous);
    writeAll(1, outBuf, outLen);
    outLen = 0;
    sigprocmask(SIG_SETMASK, &previous, nullptr);
  }
  lastFlushNs = nowNs();
}

void dieNow(int sig) {
  if (outLen > 0) writeAll(1, outBuf, outLen);
  outLen = 0;
  signal(sig, SIG_DFL);
  raise(sig);
}

void onSignal(int sig) {
  if (stopSignal != 0) dieNow(sig);  // a second signal: now
  stopSignal = sig;
  signal(SIGALRM, [](int) { dieNow(stopSignal); });
  alarm(1);
}

// Called where the sketch yields: exit(0) runs the global destructors; their output is written at once.
void stopIfRequested() {
  if (stopSignal == 0 || exiting) return;
  exiting = true;
  flushOut();
  exit(0);
}

// A recursion without bound overflows the native stack. Node ends such a program with
// `RangeError: Maximum call stack size exceeded` (after ~10,800 frames, a depth the device's 4 KB stack never
// reaches): the host prints that line and exits 1 instead of dying of SIGSEGV. A fault elsewhere stays a
// SIGSEGV (the handler restores the default action and the faulting instruction runs again).
char* stackTop = nullptr;
size_t stackSpan = 0;
alignas(16) char altStack[65536];

void onSegv(int sig, siginfo_t* info, void*) {
  char* at = static_cast<char*>(info->si_addr);
  if (stackTop != nullptr && at < stackTop && size_t(stackTop - at) <= stackSpan) {
    if (outLen > 0) writeAll(1, outBuf, outLen);
    outLen = 0;
    static const char line[] = "Uncaught RangeError: Maximum call stack size exceeded\n";
    writeAll(1, line, sizeof line - 1);
    _exit(1);
  }
  signal(sig, SIG_DFL);
}

void catchStackOverflow() {
  char here;
  stackTop = &here;
  struct rlimit limit;
  const size_t slack = size_t(1) << 20;  // the frames above init() and the guard page below the limit
  stackSpan = getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY ? size_t(limit.rlim_cur) + slack : size_t(256) << 20;
  stack_t alt;
  alt.ss_sp = altStack;
  alt.ss_size = sizeof altStack;
  alt.ss_flags = 0;
  if (sigaltstack(&alt, nullptr) != 0) return;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = onSegv;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&action.sa_mask);
  sigaction(SIGSEGV, &action, nullptr);
}

void init() {
  if (initialised) return;
  initialised = true;
  catchStackOverflow();
  startNs = lastFlushNs = lastYieldNs = nowNs();
  outIsTty = isatty(1) != 0;
  signal(SIGINT, onSignal);
  signal(SIGTERM, onSignal);
  signal(SIGHUP, onSignal);
  signal(SIGPIPE, SIG_IGN);
}

void checkStretch() {
  uint64_t now = nowNs();
  uint64_t stretch = now - lastYieldNs;
  lastYieldNs = now;
  if (stretch <= kNoYieldWarnNs || warnedNoYield) return;
  warnedNoYield = true;
  char line[256];
  int n = snprintf(line, sizeof line,
                   "tsduino: warning: the sketch ran %.1f s without yielding (delay(), yieldNow() or returning from "
                   "loop()); this would reset an ESP8266 (Soft WDT reset after about 3.2 s)\n",
                   double(stretch) / 1e9);
  if (n > 0) writeAll(2, line, size_t(n) < sizeof line ? size_t(n) : sizeof line - 1);
}

struct Init {
  Init() { init(); }
} initAtStartup;

}  // namespace

extern "C" size_t tsd_platform_write(int fd, const uint8_t* data, size_t len) {
  init();
  if (fd != 1) {
    flushOut();
    writeAll(fd, reinterpret_cast<const char*>(data), len);
    return len;
  }
  if (len >= kOutCap) {
    flushOut();
    writeAll(1, reinterpret_cast<const char*>(data), len);
    return len;
  }
  if (outLen + len > kOutCap) flushOut();
  memcpy(outBuf + outLen, data, len);
  outLen += len;
  if (exiting) flushOut();
  else if (outIsTty ? memchr(data, '\n', len) != nullptr : nowNs() - lastFlushNs > 20000000ULL) flushOut();
  return len;
}

extern "C" int tsd_platform_read_byte(void) {
  init();
  if (inPos < inLen) return inBuf[inPos++];
  if (inEof) return -1;
  flushOut();  // a program waiting for input should have shown its prompt
  pollfd pfd = {0, POLLIN, 0};
  if (poll(&pfd, 1, 0) <= 0 || !(pfd.revents & (POLLIN | POLLHUP))) return -1;
  ssize_t n = read(0, inBuf, sizeof inBuf);
  if (n <= 0) {
    if (n == 0 || (errno != EINTR && errno != EAGAIN)) inEof = true;
    return -1;
  }
  inPos = 0;
  inLen = size_t(n);
  return inBuf[inPos++];
}

extern "C" uint32_t tsd_platform_millis(void) {
  init();
  return uint32_t((nowNs() - startNs) / 1000000ULL);
}

extern "C" uint32_t tsd_platform_micros(void) {
  init();
  return uint32_t((nowNs() - startNs) / 1000ULL);
}

extern "C" void tsd_platform_delay(uint32_t ms) {
  init();
  flushOut();
  checkStretch();
  stopIfRequested();
  if (ms == 0) return;
  timespec ts = {time_t(ms / 1000), long(ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    stopIfRequested();
  }
  lastYieldNs = nowNs();  // the sketch starts running again
}

extern "C" void tsd_platform_exit(int code) {
  init();
  flushOut();
  checkStretch();
  fflush(stdout);
  fflush(stderr);
  _exit(code);
}
