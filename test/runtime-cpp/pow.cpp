// ts::pow (runtime/core/ts_pow.cpp) against Node's `**`: reads (x, y, Node's x ** y) triples of doubles from
// the file named by argv[1] and compares each result bit for bit (any NaN matches any NaN). Prints
// "checked N" and "fails=F".
#include "ts_number.h"

#include <stdio.h>
#include <string.h>

static uint64_t bits(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return b;
}

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  FILE* f = fopen(argv[1], "rb");
  if (!f) return 2;
  double t[3];
  long checked = 0, fails = 0;
  while (fread(t, sizeof t, 1, f) == 1) {
    checked++;
    const double got = ts::pow(t[0], t[1]);
    if ((got != got && t[2] != t[2]) || bits(got) == bits(t[2])) continue;
    if (fails++ < 20) printf("%.17g ** %.17g: got %.17g, want %.17g\n", t[0], t[1], got, t[2]);
  }
  fclose(f);
  printf("checked %ld\nfails=%ld\n", checked, fails);
  return 0;
}
