// Uncaught errors and program exit. `ts::uncaught` / `ts::throwError` print Node's "Uncaught Error: ..." line
// and the TypeScript location on Serial, then exit(1) on the host or halt readably on the device (loop
// calling delay so the watchdog stays fed). Messages that already name a JS error class
// ("RangeError: Invalid count value: -1") are printed as "Uncaught RangeError: ...".
#pragma once

#include "ts_base.h"

namespace ts {

class String;

// flashMessage is a PGM_P (PSTR/F-style) string; file may be nullptr (runtime-internal errors).
[[noreturn]] TSD_COLD void uncaught(const char* flashMessage, const char* file = nullptr, int line = 0);
// Memory exhausted after a full collection: prints the RangeError, then where it happened as code addresses
// that the runner (lx106-qemu) or the monitor (the board's stack dump) maps to the TypeScript line.
[[noreturn]] TSD_COLD void outOfMemory(const char* flashMessage);
// `throw new Error(message)`.
[[noreturn]] TSD_COLD void throwError(const String& message, const char* file = nullptr, int line = 0);
// Like uncaught but the message is a runtime String already containing the error class name.
[[noreturn]] TSD_COLD void uncaughtString(const String& message, const char* file = nullptr, int line = 0);
// End of a program (a module without setup/loop): flush and exit on the host, return on the device.
void exitProgram(int code);

}  // namespace ts
