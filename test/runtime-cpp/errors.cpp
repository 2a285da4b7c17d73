// Uncaught errors as a user sees them (driven by test/runtime.test.ts through MODE): each mode prints a
// line, then fails the way its name says; the test checks stdout and the exit code.
#include "tsduino.h"

void setup() {
  const char* mode = getenv("MODE");
  ts::console_log(TS_STR("before"));
  ts::String m = ts::String::fromUtf8(mode ? mode : "");
  if (m == TS_STR("throw")) ts::throwError(TS_STR("boom"), "main.ts", 12);
  if (m == TS_STR("repeat")) ts::console_log(TS_STR("x").repeat(-1));
  if (m == TS_STR("index")) ts::console_log(ts::Array<bool>::of(true, false).get(5));
  if (m == TS_STR("reduce")) ts::console_log(ts::Array<double>::empty().reduce([](double a, double b) { return a + b; }));
  if (m == TS_STR("null")) {
    ts::Array<double> a = ts::null;
    ts::console_log(a.get(0));
  }
  if (m == TS_STR("fixed")) ts::console_log(ts::toFixed(1.5, 101));
  ts::console_log(TS_STR("after"));
  ts::exitProgram(0);
}

void loop() {}
