// Driver of the regular expression differential test (test/regexp.test.ts): reads one case per line from
// stdin — "<program hex> <input as UTF-16 units, 4 hex digits each, or -> <g|y|1>" — runs the bytecode through
// the VM the way the test's Node side runs RegExp.prototype.exec (repeatedly from lastIndex with g or y,
// stepping over empty matches), and prints one line per case: the matches separated by ';', each the
// capture indices "start,end" of every group (-1,-1 when a group did not participate) joined by ','.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ts_regexp_vm.h"

namespace ts {
[[noreturn]] void uncaught(const char* message, const char*, int) {
  printf("!%s\n", message);
  fflush(stdout);
  exit(3);
}
[[noreturn]] void uncaught(const char* message) { uncaught(message, nullptr, 0); }
}  // namespace ts

static int hexValue(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

int main() {
  static char line[1 << 20];
  static uint8_t program[1 << 16];
  static uint16_t units[1 << 16];
  static int32_t caps[512];
  while (fgets(line, sizeof line, stdin)) {
    char* prog = strtok(line, " \n");
    char* text = strtok(nullptr, " \n");
    char* mode = strtok(nullptr, " \n");
    if (!prog || !text || !mode) continue;
    size_t n = strlen(prog) / 2;
    for (size_t i = 0; i < n; i++) program[i] = uint8_t(hexValue(prog[2 * i]) << 4 | hexValue(prog[2 * i + 1]));
    uint32_t len = 0;
    if (strcmp(text, "-") != 0)
      for (size_t i = 0; text[i]; i += 4)
        units[len++] = uint16_t(hexValue(text[i]) << 12 | hexValue(text[i + 1]) << 8 | hexValue(text[i + 2]) << 4 | hexValue(text[i + 3]));
    ts::regexp::Input input{nullptr, units, len};
    bool repeat = mode[0] != '1';
    bool unicode = ts::regexp::programFlags(program) & ts::regexp::kUnicode;
    uint32_t ncaps = ts::regexp::captureCount(program);
    uint32_t lastIndex = 0;
    for (int k = 0; k < 50 && lastIndex <= len; k++) {
      if (!ts::regexp::exec(program, input, lastIndex, caps)) break;
      if (k) putchar(';');
      for (uint32_t i = 0; i < ncaps * 2; i++) printf(i ? ",%d" : "%d", int(caps[i]));
      if (!repeat) break;
      lastIndex = uint32_t(caps[1]);
      if (caps[0] == caps[1]) {
        bool pair = unicode && lastIndex + 1 < len && units[lastIndex] >= 0xD800 && units[lastIndex] <= 0xDBFF &&
                    units[lastIndex + 1] >= 0xDC00 && units[lastIndex + 1] <= 0xDFFF;
        lastIndex += pair ? 2 : 1;
      }
    }
    putchar('\n');
  }
  return 0;
}
