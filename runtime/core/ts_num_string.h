// String reads that feed ts::Num arithmetic (issue 12): `s.charCodeAt(i)` with an int32 index as a Num, and
// `s.length` as an int32 where it is compared with an int32 counter. Neither converts through a software
// double on the lx106; both give exactly what the double paths give (NaN out of range).
#pragma once

#include "ts_num.h"
#include "ts_string.h"

namespace ts {

// s.charCodeAt(i) as a Num: the code unit as an int32, NaN out of range (through the double path).
inline Num charCodeAtNum(const String& s, int32_t i) {
  if (TSD_LIKELY(s.isAscii()) && static_cast<uint32_t>(i) < s.byteLength()) return Num::fromInt(s.byteAt(uint32_t(i)));
  return Num(s.charCodeAt(double(i)));
}

// s.length as an int32 (a string on the board is far shorter than 2^31 code units).
inline int32_t lengthInt32(const String& s) { return TSD_LIKELY(s.isAscii()) ? int32_t(s.byteLength()) : int32_t(s.unitLength()); }

}  // namespace ts
