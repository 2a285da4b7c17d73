// ts::Num's slow paths (ts_num.h): the operations whose int32 fast path does not apply, done in double as
// JavaScript does, with integral results stored as int32 again.
#include "ts_num.h"
#include "ts_number.h"

namespace ts {
namespace num {
namespace impl {

Num numAddSlow(Num a, Num b) { return Num::fromDouble(a.toDouble() + b.toDouble()); }
Num numSubSlow(Num a, Num b) { return Num::fromDouble(a.toDouble() - b.toDouble()); }
Num numMulSlow(Num a, Num b) {
  if (Num::bothInt(a, b)) {
    int64_t r = int64_t(a.intValue()) * int64_t(b.intValue());
    if (r != 0 && r >= -2147483647LL - 1 && r <= 2147483647LL) return Num::fromInt(int32_t(r));
  }
  return Num::fromDouble(a.toDouble() * b.toDouble());
}
Num numDivSlow(Num a, Num b) {
  if (Num::bothInt(a, b)) {
    int32_t x = a.intValue(), y = b.intValue();
    // An exact int32 quotient that is not -0 (0 / negative) and not 2^31 (INT_MIN / -1).
    if (y != 0 && !(y == -1 && x == int32_t(-2147483647 - 1)) && x % y == 0 && !(x == 0 && y < 0)) return Num::fromInt(x / y);
  }
  return Num::fromDouble(a.toDouble() / b.toDouble());
}
Num numModSlow(Num a, Num b) {
  if (Num::bothInt(a, b)) {
    int32_t x = a.intValue(), y = b.intValue();
    if (y != 0 && y != -1) {
      int32_t r = x % y;  // C's % truncates like JS's; only a zero remainder of a negative dividend is -0
      if (r != 0 || x >= 0) return Num::fromInt(r);
    }
  }
  return Num::fromDouble(jsMod(a.toDouble(), b.toDouble()));
}
Num numNegSlow(Num a) { return Num::fromDouble(-a.toDouble()); }
bool numLtSlow(Num a, Num b) { return a.toDouble() < b.toDouble(); }
bool numLeSlow(Num a, Num b) { return a.toDouble() <= b.toDouble(); }
bool numEqSlow(Num a, Num b) { return numEq(a.toDouble(), b.toDouble()); }

}  // namespace impl
}  // namespace num
}  // namespace ts
