// Exact JavaScript number formatting and parsing. toString: the shortest digit string that round-trips
// (tried with snprintf("%.*e") at 15, 16 and 17 significant digits, which is exact because any double
// whose shortest form has k <= 15 digits is printed as those k digits padded with zeros at precision 15),
// then laid out per ECMAScript Number::toString. toFixed: the exact decimal expansion (a small bignum)
// with JS's tie rule (round half up in magnitude) applied where printf would round half to even.
#include "ts_number.h"

#include "ts_string_internal.h"
#include "ts_yield.h"

namespace ts {
namespace detail {

namespace {
// Shortest round-trip decimal digits of a finite positive x: digits (no dot) and the exponent n such that
// x = 0.d1d2... * 10^n (ECMAScript's n).
// The decimal of buf's length (d.ddde±x) one unit in its last place up or down; false when a step down would
// lose the leading digit.
bool stepLastDigit(char* buf, size_t size, bool up) {
  char* e = strchr(buf, 'e');
  for (char* q = e - 1;; q--) {
    if (*q == '.') continue;
    if (up ? *q != '9' : *q != '0') {
      *q = char(*q + (up ? 1 : -1));
      return !(q == buf && *q == '0');
    }
    *q = up ? '0' : '9';
    if (q == buf) {
      if (!up) return false;
      *q = '1';  // 9.99e5 + 1 unit = 1.00e6
      snprintf(e, size - size_t(e - buf), "e%+d", atoi(e + 1) + 1);
      return true;
    }
  }
}

uint32_t shortestDigits(double x, char* digits, int* n) {
  char buf[40];
  // Subnormals carry fewer significant digits, so their shortest form may be shorter than 15 digits'
  // rounding suggests: search from 1 digit up for them.
  for (int precision = x < 2.2250738585072014e-308 ? 0 : 14; precision <= 16; precision++) {
    snprintf(buf, sizeof buf, "%.*e", precision, x);
    if (precision == 16) break;
    const double y = strtod(buf, nullptr);
    if (y == x) break;
    // The nearest decimal of this length reads back as a neighbour of x, but the next one towards x may
    // read back as x: next to a power of two the interval that rounds to x is lopsided (2^-24 is
    // 5.960464477539063e-8 in JavaScript, where the nearest 16 digits, ...062, read back as the double below).
    char next[sizeof buf];
    memcpy(next, buf, sizeof buf);
    if (stepLastDigit(next, sizeof next, y < x) && strtod(next, nullptr) == x) {
      memcpy(buf, next, sizeof buf);
      break;
    }
  }
  // buf = d.ddddde[+-]xx
  uint32_t k = 0;
  const char* p = buf;
  digits[k++] = *p++;
  if (*p == '.') {
    p++;
    while (*p >= '0' && *p <= '9') digits[k++] = *p++;
  }
  int exp10 = atoi(p + 1);  // skips 'e'
  while (k > 1 && digits[k - 1] == '0') k--;
  digits[k] = 0;
  *n = exp10 + 1;
  return k;
}
}  // namespace

const double undefinedNumber = __builtin_bit_cast(double, kUndefinedNumberBits);
const double holeNumber = __builtin_bit_cast(double, kHoleNumberBits);

void undefinedNumberMember(const char* member) {
  uncaughtString(concat(TS_STR("TypeError: Cannot read properties of undefined (reading '"), String::fromUtf8(member), TS_STR("')")));
}

// An integer in decimal without printf (whose double support is 6 KB of flash a program that prints only
// integers does not need).
// The magnitude is given apart from the sign so that 32-bit values use 32-bit divisions only.
// w / 10 without a division: the lx106 has no divide instruction (and no high multiply to divide by a
// constant), so `w / 10` and `w % 10` were two library calls per digit (about 50 instructions). Shifts and
// adds give the exact quotient for every uint32 (Hacker's Delight, divu10).
static inline uint32_t divideBy10(uint32_t w) {
#if defined(__XTENSA__)
  uint32_t q = (w >> 1) + (w >> 2);
  q += q >> 4;
  q += q >> 8;
  q += q >> 16;
  q >>= 3;
  const uint32_t r = w - q * 10;
  return q + (r > 9 ? 1 : 0);
#else
  return w / 10;
#endif
}
size_t formatMagnitude(bool negative, uint32_t w, char* out) {
  char tmp[12];  // the digits from the end, then the sign
  char* p = tmp + sizeof tmp;
  do {
    const uint32_t q = divideBy10(w);
    *--p = char('0' + (w - q * 10));
    w = q;
  } while (w);
  if (negative) *--p = '-';
  const size_t k = size_t(tmp + sizeof tmp - p);
  memcpy(out, p, k);
  out[k] = 0;
  return k;
}
size_t formatInt32(int32_t v, char* out) { return formatMagnitude(v < 0, v < 0 ? 0u - uint32_t(v) : uint32_t(v), out); }
// A 64-bit magnitude with its sign (AssemblyScript's i64/u64 print every digit; a double's integer part).
size_t formatMagnitude64(bool negative, uint64_t u, char* out) {
  if (u <= 0xFFFFFFFFULL) return formatMagnitude(negative, uint32_t(u), out);
  char tmp[24];
  size_t n = 0;
  do {
    tmp[n++] = char('0' + u % 10);
    u /= 10;
  } while (u);
  size_t k = 0;
  if (negative) out[k++] = '-';
  while (n) out[k++] = tmp[--n];
  out[k] = 0;
  return k;
}
size_t formatInteger(long long v, char* out) {
  return formatMagnitude64(v < 0, v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v), out);
}

size_t formatNumber(double x, char* out) {
  if (x != x) return size_t(snprintf(out, 32, isUndefinedNumber(x) ? "undefined" : "NaN"));
  if (x == 0) return size_t(snprintf(out, 32, "0"));
  if (isinf(x)) return size_t(snprintf(out, 32, x > 0 ? "Infinity" : "-Infinity"));
  // Integers below 2^53 print as themselves.
  if (x >= -9007199254740992.0 && x <= 9007199254740992.0 && x == trunc(x))
    return formatInteger(static_cast<long long>(x), out);
  char* o = out;
  if (x < 0) {
    *o++ = '-';
    x = -x;
  }
  char digits[24];
  int n;
  int k = int(shortestDigits(x, digits, &n));
  if (k <= n && n <= 21) {
    memcpy(o, digits, size_t(k));
    o += k;
    for (int i = k; i < n; i++) *o++ = '0';
  } else if (0 < n && n <= 21) {
    memcpy(o, digits, size_t(n));
    o += n;
    *o++ = '.';
    memcpy(o, digits + n, size_t(k - n));
    o += k - n;
  } else if (-6 < n && n <= 0) {
    *o++ = '0';
    *o++ = '.';
    for (int i = 0; i < -n; i++) *o++ = '0';
    memcpy(o, digits, size_t(k));
    o += k;
  } else {
    *o++ = digits[0];
    if (k > 1) {
      *o++ = '.';
      memcpy(o, digits + 1, size_t(k - 1));
      o += k - 1;
    }
    o += snprintf(o, 8, "e%c%d", n - 1 >= 0 ? '+' : '-', n - 1 >= 0 ? n - 1 : 1 - n);
  }
  *o = 0;
  return size_t(o - out);
}

int32_t toInt32Slow(double x) {
  if (x != x || isinf(x)) return 0;
  double m = fmod(trunc(x), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return int32_t(uint32_t(m));
}

namespace {
String fromAscii(const char* text, size_t n) {
  if (n == 1) return asciiChar(uint8_t(text[0]));
  StrBuf* b = allocStrBuf(uint32_t(n));
  memcpy(b->data, text, n);
  return String::adopt(b, true);
}

// StrDecimalLiteral ("Infinity", digits, fraction, exponent; with sign) at the start of p: its length, or 0.
size_t decimalLiteralLength(const char* p, size_t n, bool allowSign) {
  size_t i = 0;
  if (allowSign && i < n && (p[i] == '+' || p[i] == '-')) i++;
  if (n - i >= 8 && memcmp(p + i, "Infinity", 8) == 0) return i + 8;
  size_t intDigits = 0, fracDigits = 0;
  while (i < n && p[i] >= '0' && p[i] <= '9') i++, intDigits++;
  if (i < n && p[i] == '.') {
    size_t j = i + 1;
    while (j < n && p[j] >= '0' && p[j] <= '9') j++, fracDigits++;
    if (intDigits == 0 && fracDigits == 0) return 0;
    i = j;
  }
  if (intDigits == 0 && fracDigits == 0) return 0;
  if (i < n && (p[i] == 'e' || p[i] == 'E')) {
    size_t j = i + 1;
    if (j < n && (p[j] == '+' || p[j] == '-')) j++;
    size_t expDigits = 0;
    while (j < n && p[j] >= '0' && p[j] <= '9') j++, expDigits++;
    if (expDigits > 0) i = j;
  }
  return i;
}

namespace {
// Binary integers for the exact comparison in correctlyRounded (little-endian 32-bit limbs on the heap).
struct BigInt {
  uint32_t* d;
  uint32_t n;
};
void bigMulAdd(BigInt& b, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t i = 0; i < b.n; i++) {
    const uint64_t t = uint64_t(b.d[i]) * m + carry;
    b.d[i] = uint32_t(t);
    carry = t >> 32;
  }
  if (carry != 0) b.d[b.n++] = uint32_t(carry);
}
void bigMulPow5(BigInt& b, int32_t k) {
  for (; k >= 13; k -= 13) bigMulAdd(b, 1220703125u, 0);
  uint32_t p = 1;
  while (k-- > 0) p *= 5;
  if (p != 1) bigMulAdd(b, p, 0);
}
void bigShl(BigInt& b, int32_t bits) {
  const uint32_t words = uint32_t(bits) / 32, r = uint32_t(bits) % 32;
  if (r != 0) {
    uint32_t carry = 0;
    for (uint32_t i = 0; i < b.n; i++) {
      const uint32_t v = b.d[i];
      b.d[i] = (v << r) | carry;
      carry = v >> (32 - r);
    }
    if (carry != 0) b.d[b.n++] = carry;
  }
  if (words != 0 && b.n != 0) {
    for (uint32_t i = b.n; i-- > 0;) b.d[i + words] = b.d[i];
    for (uint32_t i = 0; i < words; i++) b.d[i] = 0;
    b.n += words;
  }
}
int bigCmp(BigInt& a, BigInt& b) {
  while (a.n > 0 && a.d[a.n - 1] == 0) a.n--;
  while (b.n > 0 && b.d[b.n - 1] == 0) b.n--;
  if (a.n != b.n) return a.n < b.n ? -1 : 1;
  for (uint32_t i = a.n; i-- > 0;)
    if (a.d[i] != b.d[i]) return a.d[i] < b.d[i] ? -1 : 1;
  return 0;
}

// sign(D * 10^e10 - h * 2^e2), D given by its decimal digits.
int compareDecimal(const char* digits, uint32_t count, int32_t e10, uint64_t h, int32_t e2, uint32_t* scratch, uint32_t limbs) {
  BigInt a{scratch, 0}, b{scratch + limbs, 0};
  for (uint32_t i = 0; i < count; i++) bigMulAdd(a, 10, uint32_t(digits[i] - '0'));
  b.d[b.n++] = uint32_t(h);
  if ((h >> 32) != 0) b.d[b.n++] = uint32_t(h >> 32);
  if (e10 >= 0) bigMulPow5(a, e10);
  else bigMulPow5(b, -e10);
  if (e10 > e2) bigShl(a, e10 - e2);
  else if (e2 > e10) bigShl(b, e2 - e10);
  return bigCmp(a, b);
}

// The C library's strtod on the lx106 (picolibc) keeps 19 significant digits and does not round correctly
// beyond 17 (Number("9007199254740993.0000000001") gave 9007199254740992, V8 ...994): a decimal with more
// than 17 significant digits is checked against the halfway points next to strtod's answer with exact
// integers and moved to the neighbour it is nearer to (ties to even), as V8 rounds.
double correctlyRounded(const char* text, double approx) {
  if (!(approx > 0) || approx == INFINITY) return approx;
  // D * 10^e10 with D's digits, at most 780 of them (past that a sticky 1 decides every halfway case).
  const uint32_t maxDigits = 780;
  char* digits = static_cast<char*>(malloc(maxDigits + 2));
  if (digits == nullptr) return approx;
  uint32_t count = 0;
  int32_t e10 = 0;
  bool point = false, sticky = false;
  const char* q = text;
  if (*q == '+' || *q == '-') q++;
  for (; (*q >= '0' && *q <= '9') || *q == '.'; q++) {
    if (*q == '.') {
      point = true;
      continue;
    }
    if (count == 0 && *q == '0') {
      if (point) e10--;
      continue;
    }
    if (count < maxDigits) {
      digits[count++] = *q;
      if (point) e10--;
    } else {
      if (*q != '0') sticky = true;
      if (!point) e10++;
    }
  }
  if (*q == 'e' || *q == 'E') {
    const int32_t x = int32_t(atol(q + 1));
    e10 += x > 100000 ? 100000 : x < -100000 ? -100000 : x;
  }
  if (sticky) {
    digits[count++] = '1';
    e10--;
  }
  while (count > 0 && digits[count - 1] == '0') count--, e10++;
  if (count <= 17 || e10 > 400 || e10 < -1200) {
    free(digits);
    return approx;
  }
  // Limbs enough for 10^780 * 5^1200 * 2^1200 and the halfway point scaled alike, twice.
  const uint32_t limbs = 420;
  uint32_t* scratch = static_cast<uint32_t*>(malloc(2 * limbs * sizeof(uint32_t)));
  if (scratch == nullptr) {
    free(digits);
    return approx;
  }
  double x = approx;
  for (int step = 0; step < 4 && x != INFINITY; step++) {
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    const uint32_t be = uint32_t(bits >> 52) & 0x7ff;
    const uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
    const uint64_t m = be == 0 ? frac : frac | (uint64_t(1) << 52);
    const int32_t e = be == 0 ? -1074 : int32_t(be) - 1075;
    const int up = compareDecimal(digits, count, e10, 2 * m + 1, e - 1, scratch, limbs);
    if (up > 0 || (up == 0 && (m & 1) != 0)) {
      bits++;
      memcpy(&x, &bits, sizeof x);
      if (up == 0) break;
      continue;
    }
    if (up == 0) break;
    const bool narrowBelow = frac == 0 && be > 1;
    const int down = narrowBelow ? compareDecimal(digits, count, e10, 4 * m - 1, e - 2, scratch, limbs)
                                 : compareDecimal(digits, count, e10, 2 * m - 1, e - 1, scratch, limbs);
    if (down < 0 || (down == 0 && (m & 1) != 0)) {
      bits--;
      memcpy(&x, &bits, sizeof x);
      if (down == 0) break;
      continue;
    }
    break;
  }
  free(scratch);
  free(digits);
  return x;
}
}  // namespace

// strtod on the first n bytes (which form a validated decimal literal), correctly rounded.
double parseDecimal(const char* p, size_t n) {
  bool negative = n > 0 && p[0] == '-';
  size_t sign = (n > 0 && (p[0] == '-' || p[0] == '+')) ? 1 : 0;
  if (n - sign == 8 && memcmp(p + sign, "Infinity", 8) == 0) return negative ? -INFINITY : INFINITY;
  char small[64];
  char* copy = n < sizeof small ? small : static_cast<char*>(malloc(n + 1));
  if (copy == nullptr) return NAN;
  memcpy(copy, p, n);
  copy[n] = 0;
  double v = strtod(copy, nullptr);
  if (n > 17 + sign) v = negative ? -correctlyRounded(copy, -v) : correctlyRounded(copy, v);
  if (copy != small) free(copy);
  return v;
}

int digitValue(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Whitespace per ECMAScript (StrWhiteSpaceChar) over WTF-8: the byte length of a whitespace char at p, or 0.
size_t whitespaceAt(const uint8_t* p, size_t n) {
  uint8_t c = p[0];
  if (c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20) return 1;
  if (c < 0x80) return 0;
  uint32_t cp;
  uint32_t len = decodeUtf8(p, n, &cp);
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
      cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
    return len;
  return 0;
}

// Parses digits of `radix` from p; returns the count consumed and the value in *value.
size_t parseDigits(const char* p, size_t n, int radix, double* value) {
  double v = 0;
  size_t i = 0;
  for (; i < n; i++) {
    int d = digitValue(uint8_t(p[i]));
    if (d >= radix) break;
    v = v * radix + d;
  }
  *value = v;
  return i;
}

// Radixes other than 10 and powers of two: V8 accumulates 32-bit chunks (value = value * multiplier +
// part), which rounds differently from digit-by-digit accumulation above 2^53; do the same.
double parseDigitsChunked(const char* p, size_t n, int radix) {
  const uint32_t kMaximumMultiplier = 0xFFFFFFFFu / 36;
  double result = 0;
  size_t i = 0;
  while (i < n) {
    uint32_t part = 0, multiplier = 1;
    while (i < n) {
      uint32_t m = multiplier * uint32_t(radix);
      if (m > kMaximumMultiplier) break;
      part = part * uint32_t(radix) + uint32_t(digitValue(uint8_t(p[i])));
      multiplier = m;
      i++;
    }
    result = result * multiplier + part;
  }
  return result;
}

// Digits of a power-of-two radix with more than 53 significant bits: the top 53 bits rounded half to even on
// the exact bit string (as V8 does), without the C library's strtod (picolibc's hex parsing is inexact).
double parsePowerOfTwo(const char* p, size_t n, int radix) {
  int bitsPerDigit = 0;
  while ((1 << bitsPerDigit) < radix) bitsPerDigit++;
  size_t first = 0;
  while (first < n && p[first] == '0') first++;
  if (first == n) return 0;
  int d0 = digitValue(uint8_t(p[first]));
  int lead = 0;
  while ((d0 >> lead) != 0) lead++;
  size_t total = size_t(lead) + (n - first - 1) * size_t(bitsPerDigit);
  auto bitAt = [&](size_t k) -> int {
    if (k < size_t(lead)) return (d0 >> (lead - 1 - int(k))) & 1;
    size_t rest = k - size_t(lead);
    int digit = digitValue(uint8_t(p[first + 1 + rest / size_t(bitsPerDigit)]));
    return (digit >> (bitsPerDigit - 1 - int(rest % size_t(bitsPerDigit)))) & 1;
  };
  size_t kept = total < 53 ? total : 53;
  uint64_t m = 0;
  for (size_t k = 0; k < kept; k++) m = (m << 1) | uint64_t(bitAt(k));
  if (total <= 53) return double(m);
  int roundBit = bitAt(53);
  bool sticky = false;
  for (size_t k = 54; k < total && !sticky; k++) sticky = bitAt(k) != 0;
  if (roundBit && (sticky || (m & 1))) m++;
  return ldexp(double(m), int(total - 53));
}

// 0x/0o/0b literal (Number() only): the value, or NaN.
double parsePrefixed(const char* p, size_t n, int radix) {
  if (n == 0) return NAN;
  double v;
  size_t used = parseDigits(p, n, radix, &v);
  if (used != n) return NAN;
  if (v >= 9007199254740992.0) return parsePowerOfTwo(p, n, radix);  // more than 53 bits: round exactly
  return v;
}
}  // namespace
double parseDecimalText(const char* p, size_t n) { return parseDecimal(p, n); }
}  // namespace detail

using detail::Bytes;

String toString(double x) {
  char buf[40];
  size_t n = detail::formatNumber(x, buf);
  return detail::fromAscii(buf, n);
}
String toString(int x) {
  char buf[24];
  return detail::fromAscii(buf, detail::formatInt32(x, buf));
}
String toString(unsigned x) {
  char buf[24];
  return detail::fromAscii(buf, detail::formatMagnitude(false, x, buf));
}
// A 64-bit integer in C++ is an AssemblyScript i64/u64 (int64_t is `long` on a 64-bit PC, `long long` on
// the lx106): every digit, as AssemblyScript prints it (a JS number's integers below 2^53 print the same).
String toString(long x) {
  char buf[24];
  if (sizeof(long) > 4) return detail::fromAscii(buf, detail::formatInteger(x, buf));
  return detail::fromAscii(buf, detail::formatInt32(int32_t(x), buf));
}
String toString(unsigned long x) {
  char buf[24];
  if (sizeof(long) > 4) return detail::fromAscii(buf, detail::formatMagnitude64(false, x, buf));
  return detail::fromAscii(buf, detail::formatMagnitude(false, uint32_t(x), buf));
}
String toString(long long x) {
  char buf[24];
  return detail::fromAscii(buf, detail::formatInteger(x, buf));
}
String toString(unsigned long long x) {
  char buf[24];
  return detail::fromAscii(buf, detail::formatMagnitude64(false, x, buf));
}
String toString(bool b) { return b ? TS_STR("true") : TS_STR("false"); }

namespace {
// The exact decimal expansion of a finite x >= 0 (a double is m * 2^e: for e < 0 its digits are those of
// m * 5^-e with the point -e places from the right). Base-1e9 limbs on the heap: no deep stack use, and no
// reliance on how many digits the C library's printf is willing to produce (picolibc stops at 17).
struct ExactDecimal {
  char* digits = nullptr;  // all digits, no sign, no point
  size_t length = 0;
  size_t pointAt = 0;      // digits[0 .. pointAt) is the integer part
  ~ExactDecimal() { free(digits); }
};

bool exactDecimal(double x, ExactDecimal& out) {
  int exp = 0;
  double mant = frexp(x, &exp);
  uint64_t m = uint64_t(ldexp(mant, 53));
  int e = exp - 53;
  size_t capacity = 140;  // enough for m * 5^1127 or m * 2^70 (< 800 decimal digits)
  uint32_t* limbs = static_cast<uint32_t*>(calloc(capacity, sizeof(uint32_t)));
  if (limbs == nullptr) return false;
  size_t used = 0;
  while (m) {
    limbs[used++] = uint32_t(m % 1000000000u);
    m /= 1000000000u;
  }
  if (used == 0) used = 1;
  // Multiply by 2^e or 5^-e, up to 2^29 or 5^13 per pass (a limb times either fits in 64 bits): 5e-324
  // takes 87 passes instead of 1126, which on the lx106 (64-bit division in software) was 370 ms without a
  // yield for one toPrecision.
  const uint32_t base = e >= 0 ? 2 : 5;
  const int batch = e >= 0 ? 29 : 13;
  for (int left = e >= 0 ? e : -e; left > 0;) {
    TSD_YIELD_CHECK();  // up to 87 passes of up to 140 limbs: ~2 ms each on the lx106 (issue 17: 177 ms without a yield)
    const int k = left < batch ? left : batch;
    uint32_t factor = 1;
    for (int i = 0; i < k; i++) factor *= base;
    left -= k;
    uint64_t carry = 0;
    for (size_t j = 0; j < used; j++) {
      uint64_t v = uint64_t(limbs[j]) * factor + carry;
      carry = v / 1000000000u;  // one 64-bit division (software on the lx106), the remainder by a multiplication
      limbs[j] = uint32_t(v - carry * 1000000000u);
    }
    while (carry && used < capacity) {
      limbs[used++] = uint32_t(carry % 1000000000u);
      carry /= 1000000000u;
    }
  }
  out.digits = static_cast<char*>(malloc(used * 9 + 2));
  if (out.digits == nullptr) {
    free(limbs);
    return false;
  }
  size_t n = size_t(snprintf(out.digits, 10, "%u", unsigned(limbs[used - 1])));
  for (size_t j = used - 1; j-- > 0;) n += size_t(snprintf(out.digits + n, 10, "%09u", unsigned(limbs[j])));
  free(limbs);
  out.length = n;
  size_t fractionDigits = e >= 0 ? 0 : size_t(-e);
  out.pointAt = n > fractionDigits ? n - fractionDigits : 0;
  if (n <= fractionDigits) {
    // Left-pad with zeros so that the point falls inside the digit string.
    size_t pad = fractionDigits - n + 1;
    char* wider = static_cast<char*>(malloc(n + pad + 1));
    if (wider == nullptr) return false;
    memset(wider, '0', pad);
    memcpy(wider + pad, out.digits, n + 1);
    free(out.digits);
    out.digits = wider;
    out.length = n + pad;
    out.pointAt = 1;
  }
  return true;
}
}  // namespace

String toFixed(double x, double digits) {
  if (TSD_UNLIKELY(x != x) && detail::isUndefinedNumber(x)) detail::undefinedNumberMember("toFixed");
  double f = detail::toIntegerOrInfinity(digits);
  if (f < 0 || f > 100) {
    raiseRuntime(PSTR("RangeError: toFixed() digits argument must be between 0 and 100"));
    return String();
  }
  if (x != x) return TS_STR("NaN");
  if (fabs(x) >= 1e21) return toString(x);
  size_t fd = size_t(f);
  bool negative = x < 0;
  ExactDecimal d;
  if (!exactDecimal(fabs(x), d)) uncaught(PSTR("RangeError: out of memory in toFixed"));
  // Keep the integer part and fd fraction digits; the first dropped digit decides (>= 5: the larger n,
  // which is also ECMAScript's choice on an exact tie).
  size_t keep = d.pointAt + fd;
  char* text = static_cast<char*>(malloc(keep + fd + 4));
  if (text == nullptr) uncaught(PSTR("RangeError: out of memory in toFixed"));
  char* kept = text + 2;  // room for a carry digit and the sign
  for (size_t i = 0; i < keep; i++) kept[i] = i < d.length ? d.digits[i] : '0';
  bool roundUp = keep < d.length && d.digits[keep] >= '5';
  char* first = kept;
  if (roundUp) {
    size_t i = keep;
    while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
    if (i == 0) *--first = '1';
    else kept[i - 1]++;
  }
  size_t intDigits = d.pointAt + size_t(kept - first);
  char* out = static_cast<char*>(malloc(keep + fd + 6));
  if (out == nullptr) uncaught(PSTR("RangeError: out of memory in toFixed"));
  size_t o = 0;
  if (negative) out[o++] = '-';
  for (size_t i = 0; i < intDigits; i++) out[o++] = first[i];
  if (fd > 0) {
    out[o++] = '.';
    for (size_t i = 0; i < fd; i++) out[o++] = first[intDigits + i];
  }
  String result = detail::fromAscii(out, o);
  free(text);
  free(out);
  return result;
}

namespace {
// p significant digits of a finite x > 0 from its exact decimal expansion, an exact half rounded up
// (ECMAScript: of two candidates pick the larger n): digits[0..p) and e with x ~ d.ddd * 10^e.
void significantDigits(double x, int p, char* digits, int* e10) {
  ExactDecimal d;
  if (!exactDecimal(x, d)) uncaught(PSTR("RangeError: out of memory"));
  size_t first = 0;
  while (first < d.length && d.digits[first] == '0') first++;
  int e = int(d.pointAt) - int(first) - 1;
  for (int i = 0; i < p; i++) digits[i] = first + size_t(i) < d.length ? d.digits[first + size_t(i)] : '0';
  if (first + size_t(p) < d.length && d.digits[first + size_t(p)] >= '5') {
    int i = p - 1;
    for (; i >= 0 && digits[i] == '9'; i--) digits[i] = '0';
    if (i >= 0) {
      digits[i]++;
    } else {
      digits[0] = '1';
      e++;
    }
  }
  *e10 = e;
}

size_t exponentSuffix(char* out, int e) { return size_t(snprintf(out, 8, "e%c%d", e >= 0 ? '+' : '-', e >= 0 ? e : -e)); }
}  // namespace

String toPrecision(double x, double precision) {
  if (TSD_UNLIKELY(x != x) && detail::isUndefinedNumber(x)) detail::undefinedNumberMember("toPrecision");
  double p = detail::toIntegerOrInfinity(precision);
  if (x != x || isinf(x)) return toString(x);
  if (p < 1 || p > 100) {
    raiseRuntime(PSTR("RangeError: toPrecision() argument must be between 1 and 100"));
    return String();
  }
  int pd = int(p);
  if (x == 0) x = 0;
  bool negative = x < 0;
  if (negative) x = -x;
  char digits[104];
  int exp10 = 0;
  if (x == 0) memset(digits, '0', size_t(pd));
  else significantDigits(x, pd, digits, &exp10);
  char out[240];
  size_t o = 0;
  if (negative) out[o++] = '-';
  if (exp10 < -6 || exp10 >= pd) {
    out[o++] = digits[0];
    if (pd > 1) {
      out[o++] = '.';
      memcpy(out + o, digits + 1, size_t(pd - 1));
      o += size_t(pd - 1);
    }
    o += exponentSuffix(out + o, exp10);
  } else if (exp10 >= 0) {
    memcpy(out + o, digits, size_t(exp10 + 1));
    o += size_t(exp10 + 1);
    if (pd > exp10 + 1) {
      out[o++] = '.';
      memcpy(out + o, digits + exp10 + 1, size_t(pd - exp10 - 1));
      o += size_t(pd - exp10 - 1);
    }
  } else {
    out[o++] = '0';
    out[o++] = '.';
    for (int i = 0; i < -exp10 - 1; i++) out[o++] = '0';
    memcpy(out + o, digits, size_t(pd));
    o += size_t(pd);
  }
  return detail::fromAscii(out, o);
}

namespace {
String exponential(bool negative, const char* digits, int count, int exp10) {
  char out[240];
  size_t o = 0;
  if (negative) out[o++] = '-';
  out[o++] = digits[0];
  if (count > 1) {
    out[o++] = '.';
    memcpy(out + o, digits + 1, size_t(count - 1));
    o += size_t(count - 1);
  }
  o += exponentSuffix(out + o, exp10);
  return detail::fromAscii(out, o);
}
}  // namespace

String toExponential(double x) {
  if (TSD_UNLIKELY(x != x) && detail::isUndefinedNumber(x)) detail::undefinedNumberMember("toExponential");
  if (x != x || isinf(x)) return toString(x);
  if (x == 0) return TS_STR("0e+0");
  bool negative = x < 0;
  char digits[24];
  int n = 0;
  int k = int(detail::shortestDigits(negative ? -x : x, digits, &n));
  return exponential(negative, digits, k, n - 1);
}

String toExponential(double x, double fractionDigits) {
  if (TSD_UNLIKELY(x != x) && detail::isUndefinedNumber(x)) detail::undefinedNumberMember("toExponential");
  double f = detail::toIntegerOrInfinity(fractionDigits);
  if (x != x || isinf(x)) return toString(x);
  if (f < 0 || f > 100) {
    raiseRuntime(PSTR("RangeError: toExponential() argument must be between 0 and 100"));
    return String();
  }
  int count = int(f) + 1;
  if (x == 0) x = 0;
  bool negative = x < 0;
  char digits[104];
  int exp10 = 0;
  if (x == 0) memset(digits, '0', size_t(count));
  else significantDigits(negative ? -x : x, count, digits, &exp10);
  return exponential(negative, digits, count, exp10);
}

String toStringRadix(double x, double radix) {
  if (TSD_UNLIKELY(x != x) && detail::isUndefinedNumber(x)) detail::undefinedNumberMember("toString");
  double r = detail::toIntegerOrInfinity(radix);
  if (r < 2 || r > 36) {
    raiseRuntime(PSTR("RangeError: toString() radix argument must be between 2 and 36"));
    return String();
  }
  int base = int(r);
  if (base == 10 || x != x || isinf(x)) return toString(x);
  static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  const int kSize = 2200;
  char* buffer = static_cast<char*>(malloc(kSize));
  if (buffer == nullptr) uncaught(PSTR("RangeError: out of memory"));
  int integerCursor = kSize / 2, fractionCursor = integerCursor;
  bool negative = x < 0;
  if (negative) x = -x;
  double integer = floor(x);
  double fraction = x - integer;
  double delta = 0.5 * (nextafter(x, INFINITY) - x);
  double minDelta = nextafter(0.0, 1.0);
  if (delta < minDelta) delta = minDelta;
  if (fraction >= delta) {
    buffer[fractionCursor++] = '.';
    do {
      fraction *= base;
      delta *= base;
      int digit = int(fraction);
      buffer[fractionCursor++] = chars[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          for (;;) {  // round up, carrying into earlier digits
            fractionCursor--;
            if (fractionCursor == kSize / 2) {
              integer += 1;
              break;
            }
            char c = buffer[fractionCursor];
            int d = c > '9' ? (c - 'a' + 10) : (c - '0');
            if (d + 1 < base) {
              buffer[fractionCursor++] = chars[d + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta && fractionCursor < kSize - 2);
  }
  // Digits below the double's precision are zeros (V8: while the exponent of integer / radix is > 0).
  while (integer / base >= 9007199254740992.0) {
    integer /= base;
    buffer[--integerCursor] = '0';
  }
  do {
    double remainder = fmod(integer, base);
    buffer[--integerCursor] = chars[int(remainder)];
    integer = (integer - remainder) / base;
  } while (integer > 0);
  if (negative) buffer[--integerCursor] = '-';
  String out = detail::fromAscii(buffer + integerCursor, size_t(fractionCursor - integerCursor));
  free(buffer);
  return out;
}

namespace {
// i64/u64 .toString(radix): the magnitude's digits, exact (AssemblyScript's itoa64 with a radix).
String integerRadix(bool negative, uint64_t m, double radix) {
  double r = detail::toIntegerOrInfinity(radix);
  if (r < 2 || r > 36) {
    raiseRuntime(PSTR("RangeError: toString() radix argument must be between 2 and 36"));
    return String();
  }
  const uint32_t base = uint32_t(r);
  char buf[66];  // 64 binary digits and the sign
  char* p = buf + sizeof buf;
  do {
    const uint32_t digit = uint32_t(m % base);
    *--p = char(digit < 10 ? '0' + digit : 'a' + (digit - 10));
    m /= base;
  } while (m);
  if (negative) *--p = '-';
  return detail::fromAscii(p, size_t(buf + sizeof buf - p));
}
}  // namespace
String toStringRadix64(int64_t x, double radix) {
  return integerRadix(x < 0, x < 0 ? 0ULL - static_cast<uint64_t>(x) : static_cast<uint64_t>(x), radix);
}
String toStringRadix64(uint64_t x, double radix) { return integerRadix(false, x, radix); }

double Number(const String& s) {
  if (!s.isLive()) return s.isNullState() ? 0 : NAN;
  Bytes b(s);
  const uint8_t* p = b.udata();
  size_t a = 0, e = b.size();
  while (a < e) {
    size_t w = detail::whitespaceAt(p + a, e - a);
    if (w == 0) break;
    a += w;
  }
  while (e > a) {  // trailing whitespace: step back over 1..3-byte characters
    size_t w = 0;
    for (size_t back = 1; back <= 3 && back <= e - a && w == 0; back++) {
      size_t l = detail::whitespaceAt(p + e - back, back);
      if (l == back) w = back;
    }
    if (w == 0) break;
    e -= w;
  }
  const char* t = b.data() + a;
  size_t n = e - a;
  if (n == 0) return 0;
  if (n > 2 && t[0] == '0') {
    char c = char(t[1] | 0x20);
    if (c == 'x') return detail::parsePrefixed(t + 2, n - 2, 16);
    if (c == 'o') return detail::parsePrefixed(t + 2, n - 2, 8);
    if (c == 'b') return detail::parsePrefixed(t + 2, n - 2, 2);
  }
  if (detail::decimalLiteralLength(t, n, true) != n) return NAN;
  return detail::parseDecimal(t, n);
}

double parseFloat(const String& s) {
  String str = toString(s);
  Bytes b(str);
  const uint8_t* p = b.udata();
  size_t a = 0, n = b.size();
  while (a < n) {
    size_t w = detail::whitespaceAt(p + a, n - a);
    if (w == 0) break;
    a += w;
  }
  size_t len = detail::decimalLiteralLength(b.data() + a, n - a, true);
  if (len == 0) return NAN;
  return detail::parseDecimal(b.data() + a, len);
}

double parseInt(const String& s, double radix) {
  String str = toString(s);
  Bytes b(str);
  const uint8_t* p = b.udata();
  size_t a = 0, n = b.size();
  while (a < n) {
    size_t w = detail::whitespaceAt(p + a, n - a);
    if (w == 0) break;
    a += w;
  }
  bool negative = false;
  if (a < n && (p[a] == '+' || p[a] == '-')) negative = p[a++] == '-';
  int32_t r = toInt32(radix);
  bool stripPrefix = true;
  if (r != 0) {
    if (r < 2 || r > 36) return NAN;
    if (r != 16) stripPrefix = false;
  } else {
    r = 10;
  }
  if (stripPrefix && n - a >= 2 && p[a] == '0' && (p[a + 1] | 0x20) == 'x') {
    a += 2;
    r = 16;
  }
  const char* t = b.data() + a;
  double v;
  size_t used = detail::parseDigits(t, n - a, r, &v);
  if (used == 0) return NAN;
  if ((r & (r - 1)) != 0 && r != 10) v = detail::parseDigitsChunked(t, used, r);
  if (r == 10 && used > 15) v = detail::parseDecimal(t, used);  // correctly rounded like V8
  else if ((r & (r - 1)) == 0 && v >= 9007199254740992.0) v = detail::parsePowerOfTwo(t, used, r);
  return negative ? -v : v;
}

double Math_round(double x) {
  if (x != x) return NAN;  // also undefined read past a number[]'s end
  if (isinf(x) || x == 0) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  double r = floor(x);
  return (x - r >= 0.5) ? r + 1 : r;
}

double Math_random() {
  // 53 random bits from the Arduino core's random() (hardware RNG on the ESP8266, xorshift on the host).
  uint32_t hi = uint32_t(::random(0x4000000L));  // 26 bits
  uint32_t lo = uint32_t(::random(0x8000000L));  // 27 bits
  return (double(hi) * 134217728.0 + double(lo)) / 9007199254740992.0;
}

}  // namespace ts
