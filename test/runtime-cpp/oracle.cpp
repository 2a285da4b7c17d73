// Differential driver for test/runtime.test.ts: reads one operation per line on stdin (tab-separated; numbers
// as the hex of their IEEE bits, strings as the hex of their UTF-8/WTF-8 bytes), applies the runtime's
// implementation and prints one result per line in the same encoding ("n:<bits>", "s:<hex>", "b:0|1",
// "a:,<hex>,<hex>..." for string arrays). The test computes the same operations with Node and compares.
#include <stdio.h>

#include "tsduino.h"

namespace {

double hexToDouble(const char* h) {
  uint64_t bits = strtoull(h, nullptr, 16);
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

ts::String hexToString(const char* h) {
  size_t n = strlen(h) / 2;
  char* bytes = static_cast<char*>(malloc(n + 1));
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    sscanf(h + 2 * i, "%2x", &v);
    bytes[i] = char(v);
  }
  ts::String s = ts::String::fromUtf8(bytes, n);
  free(bytes);
  return s;
}

void emitHex(const ts::String& s) {
  size_t n = s.byteLength();
  for (size_t i = 0; i < n; i++) Serial.printf("%02x", s.byteAt(i));
}
void outNumber(double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  Serial.printf("n:%016llx\n", static_cast<unsigned long long>(bits));
}
void outString(const ts::String& s) {
  if (s.isUndefinedState()) {
    Serial.print("u:\n");
    return;
  }
  Serial.print("s:");
  emitHex(s);
  Serial.print("\n");
}
void outBool(bool b) { Serial.print(b ? "b:1\n" : "b:0\n"); }
void outArray(const ts::Array<ts::String>& a) {
  Serial.print("a:");  // every item is preceded by a comma, so [""] and [] differ
  for (uint32_t i = 0; i < a.size(); i++) {
    Serial.print(",");
    emitHex(a.get(i));
  }
  Serial.print("\n");
}

void apply(char** f, int n) {
  const char* op = f[0];
  auto N = [&](int i) { return hexToDouble(f[i]); };
  auto S = [&](int i) { return hexToString(f[i]); };
  if (!strcmp(op, "fmt")) return outString(ts::toString(N(1)));
  if (!strcmp(op, "fixed")) return outString(ts::toFixed(N(1), N(2)));
  if (!strcmp(op, "prec")) return outString(ts::toPrecision(N(1), N(2)));
  if (!strcmp(op, "radix")) return outString(ts::toStringRadix(N(1), N(2)));
  if (!strcmp(op, "num")) return outNumber(ts::Number(S(1)));
  if (!strcmp(op, "int")) return outNumber(n > 2 ? ts::parseInt(S(1), N(2)) : ts::parseInt(S(1)));
  if (!strcmp(op, "float")) return outNumber(ts::parseFloat(S(1)));
  if (!strcmp(op, "round")) return outNumber(ts::Math_round(N(1)));
  if (!strcmp(op, "mod")) return outNumber(ts::mod(N(1), N(2)));
  if (!strcmp(op, "pow")) return outNumber(ts::pow(N(1), N(2)));
  if (!strcmp(op, "int32")) return outNumber(ts::toInt32(N(1)));
  if (!strcmp(op, "uint32")) return outNumber(ts::toUint32(N(1)));
  if (!strcmp(op, "max")) return outNumber(ts::Math_max(N(1), N(2)));
  if (!strcmp(op, "min")) return outNumber(ts::Math_min(N(1), N(2)));
  if (!strcmp(op, "sign")) return outNumber(ts::Math_sign(N(1)));
  if (!strcmp(op, "length")) return outNumber(S(1).length());
  if (!strcmp(op, "charCodeAt")) return outNumber(S(1).charCodeAt(N(2)));
  if (!strcmp(op, "charAt")) return outString(S(1).charAt(N(2)));
  if (!strcmp(op, "at")) return outString(S(1).at(N(2)));
  if (!strcmp(op, "index")) return outString(S(1).index(N(2)));
  if (!strcmp(op, "indexOf")) return outNumber(S(1).indexOf(S(2), N(3)));
  if (!strcmp(op, "lastIndexOf")) return outNumber(S(1).lastIndexOf(S(2), N(3)));
  if (!strcmp(op, "includes")) return outBool(S(1).includes(S(2), N(3)));
  if (!strcmp(op, "startsWith")) return outBool(S(1).startsWith(S(2), N(3)));
  if (!strcmp(op, "endsWith")) return outBool(S(1).endsWith(S(2), N(3)));
  if (!strcmp(op, "slice")) return outString(S(1).slice(N(2), N(3)));
  if (!strcmp(op, "substring")) return outString(S(1).substring(N(2), N(3)));
  if (!strcmp(op, "toUpperCase")) return outString(S(1).toUpperCase());
  if (!strcmp(op, "toLowerCase")) return outString(S(1).toLowerCase());
  if (!strcmp(op, "trim")) return outString(S(1).trim());
  if (!strcmp(op, "trimStart")) return outString(S(1).trimStart());
  if (!strcmp(op, "trimEnd")) return outString(S(1).trimEnd());
  if (!strcmp(op, "split")) return outArray(S(1).split(S(2)));
  if (!strcmp(op, "repeat")) return outString(S(1).repeat(N(2)));
  if (!strcmp(op, "padStart")) return outString(S(1).padStart(N(2), S(3)));
  if (!strcmp(op, "padEnd")) return outString(S(1).padEnd(N(2), S(3)));
  if (!strcmp(op, "replace")) return outString(S(1).replace(S(2), S(3)));
  if (!strcmp(op, "replaceAll")) return outString(S(1).replaceAll(S(2), S(3)));
  if (!strcmp(op, "concat")) return outString(ts::concat(S(1), S(2)));
  if (!strcmp(op, "less")) return outBool(S(1) < S(2));
  if (!strcmp(op, "equal")) return outBool(S(1) == S(2));
  if (!strcmp(op, "fromCharCode")) return outString(ts::String::fromCharCode(N(1), N(2)));
  if (!strcmp(op, "codePoints")) {
    ts::Array<ts::String> parts = ts::Array<ts::String>::empty();
    for (ts::String ch : S(1)) parts.push(ch);
    return outArray(parts);
  }
  if (!strcmp(op, "sortStrings")) {
    ts::Array<ts::String> a = S(1).split(TS_STR(","));
    a.sort();
    return outArray(a);
  }
  if (!strcmp(op, "sortNumbers")) {
    ts::Array<ts::String> parts = S(1).split(TS_STR(","));
    ts::Array<double> a = parts.map([](const ts::String& p) { return ts::Number(p); });
    a.sort();
    return outString(a.join(TS_STR(",")));
  }
  Serial.printf("?:%s\n", op);
}

}  // namespace

void setup() {
  Serial.begin(115200);  // writes before begin() are dropped, as on the board
  static char line[1 << 16];
  while (fgets(line, sizeof line, stdin) != nullptr) {
    char* fields[8];
    int n = 0;
    for (char* p = strtok(line, "\t\n"); p != nullptr && n < 8; p = strtok(nullptr, "\t\n")) fields[n++] = p;
    // An empty string argument is sent as "-".
    for (int i = 1; i < n; i++)
      if (!strcmp(fields[i], "-")) fields[i][0] = 0;
    if (n > 0) apply(fields, n);
  }
  ts::exitProgram(0);
}

void loop() {}
