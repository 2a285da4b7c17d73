// Uncaught errors and program exit. `ts::uncaught` / `ts::throwError` print Node's "Uncaught Error: ..." line
// and the TypeScript location on Serial, then exit(1) on the host or halt readably on the device (loop
// calling delay so the watchdog stays fed). Messages that already name a JS error class
// ("RangeError: Invalid count value: -1") are printed as "Uncaught RangeError: ...".
#pragma once

#include "ts_base.h"

namespace ts {

class Object;

class String;

// flashMessage is a PGM_P (PSTR/F-style) string; file may be nullptr (runtime-internal errors).
// Without a location the message must start with its error class ("TypeError: ..."): it is printed as is.
[[noreturn]] TSD_COLD void uncaught(const char* flashMessage);
[[noreturn]] TSD_COLD void uncaught(const char* flashMessage, const char* file, int line);
// Memory exhausted after a full collection: prints the RangeError, then where it happened as code addresses
// that the runner (lx106-qemu) or the monitor (the board's stack dump) maps to the TypeScript line.
[[noreturn]] TSD_COLD void outOfMemory(const char* flashMessage);
// `throw new Error(message)`.
[[noreturn]] TSD_COLD void throwError(const String& message, const char* file = nullptr, int line = 0);
// A runtime error that a `catch` may handle (`toFixed(101)` → "RangeError: ..."): with a try active
// (detail::catchDepth > 0) it becomes the pending error and returns, and the operation returns a default
// value; otherwise it is uncaught as before. The compiler checks ts::errorPending() after such operations.
TSD_COLD void raiseRuntime(const char* flashMessage);
TSD_COLD void raiseRuntimeText(const char* ramMessage);

namespace detail {
// The error being propagated (owns one reference to a ts::Error), or nullptr. Set only while a try is
// active: a throw with no try active anywhere on the stack is reported as uncaught at once.
extern Object* pendingError;
// How many try regions (try blocks, and catch blocks that have a finally) are active on the stack.
extern uint16_t catchDepth;
}  // namespace detail

inline bool errorPending() { return TSD_UNLIKELY(detail::pendingError != nullptr); }
// In front of a call that may throw: no error is pending in normal control flow (a pending error is taken
// by its catch or finally, or returned to the caller, before any other code runs). Telling the C++ compiler so
// lets it drop the test after the call when it inlines a callee whose throw is unreachable there (a 12-cycle
// i32 function called in a loop kept a load and a branch of the test otherwise: +25%). The host build checks
// the invariant instead (the differential corpus runs it).
[[noreturn]] TSD_COLD void pendingErrorInvariantBroken();
inline void assumeNoPendingError() {
#if defined(__XTENSA__)
  if (detail::pendingError != nullptr) __builtin_unreachable();
#else
  if (TSD_UNLIKELY(detail::pendingError != nullptr)) pendingErrorInvariantBroken();
#endif
}

// After a throw (ts::raise / ts::raisePending returned): an error is pending. Telling the C++ compiler so lets it
// jump from an inlined callee's throw straight to the caller's catch, without the normal path's values live
// across the throw's call (bench/errors' -unproven rows: +15% -> +5%). The host build checks it instead.
inline void assumeErrorPending() {
#if defined(__XTENSA__)
  if (detail::pendingError == nullptr) __builtin_unreachable();
#else
  if (TSD_UNLIKELY(detail::pendingError == nullptr)) pendingErrorInvariantBroken();
#endif
}

// Where the first version of a loop whose body is a try/catch leaves for the catch in its second version
// (compiler/src/lower/try-loop.ts): an empty asm keeps this a block of its own, so that g++ does not merge the
// two versions' tests of the pending error (they would share one target), which lost the first version its
// folded tests and its registers (bench/errors' try-in-loop-i32-unproven: +57% with the merge, -7% without).
inline void leaveForCatch() { __asm__ __volatile__(""); }

// An active try region (RAII: every way out of the block — fall-through, goto, return, break — ends it).
struct TryScope {
  TryScope() { ++detail::catchDepth; }
  ~TryScope() { --detail::catchDepth; }
  TryScope(const TryScope&) = delete;
  TryScope& operator=(const TryScope&) = delete;
};

// A closure the library calls (a timer, an event handler): no try of the code around the call applies.
struct DetachedScope {
  DetachedScope() : saved_(detail::catchDepth) { detail::catchDepth = 0; }
  ~DetachedScope() { detail::catchDepth = saved_; }
  DetachedScope(const DetachedScope&) = delete;
  DetachedScope& operator=(const DetachedScope&) = delete;

 private:
  uint16_t saved_;
};

// `throw e` with no try active: "Uncaught " + String(e) as it is ("ParseError: bad input", "Oops: x").
[[noreturn]] TSD_COLD void uncaughtThrown(const String& text, const char* file, int line);
// Like uncaught but the message is text in RAM (n bytes of UTF-8).
[[noreturn]] TSD_COLD void uncaughtText(const char* text, size_t n);
// Like uncaught but the message is a runtime String already containing the error class name.
[[noreturn]] TSD_COLD void uncaughtString(const String& message, const char* file = nullptr, int line = 0);
// Like uncaughtString with the concatenation of n parts, the first starting with the error class name
// ("TypeError: "): written part by part, so a runtime error report links no string concatenation.
[[noreturn]] TSD_COLD void uncaughtParts(const String* parts, size_t n);
// End of a program (a module without setup/loop): flush and exit on the host, return on the device.
void exitProgram(int code);

}  // namespace ts
