// A ts::Num stored into an int32_t (issue 12: a Num value assigned to a variable of proven int32 range,
// compiler/src/lower/int-ranges.ts, or to an i32): ts::int32_from as for a double, without the double.
#pragma once

#include "ts_num.h"
#include "ts_fixed.h"

namespace ts {
inline int32_t int32_from(Num x) { return TSD_LIKELY(x.isInt()) ? x.intValue() : int32_from(x.toDouble()); }
}  // namespace ts
