// JS `**` and Math.pow with V8's results bit for bit. V8 (math::pow in src/numbers/ieee754.cc) computes
// them with fdlibm's __ieee754_pow, not the C library's pow (glibc's is correctly rounded, fdlibm's is
// within 1 ulp, so the last digit can differ: 7 ** -2). This is that algorithm, written here: log2(|x|)
// in extra precision as t1 + t2, times y split into y1 + y2, then 2^(p_h + p_l) with the exponent added
// by hand. The constants are fdlibm's (their bit patterns in the comments are the specification).
// Like ES (and fdlibm 5.3), (+-1) ** (+-Infinity) and 1 ** NaN are NaN.
#include "ts_number.h"

#include <string.h>

namespace ts {

namespace {

inline int32_t hiWord(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return int32_t(uint32_t(b >> 32));
}
inline uint32_t loWord(double d) {
  uint64_t b;
  memcpy(&b, &d, 8);
  return uint32_t(b);
}
inline double fromWords(uint32_t hi, uint32_t lo) {
  uint64_t b = (uint64_t(hi) << 32) | lo;
  double d;
  memcpy(&d, &b, 8);
  return d;
}
inline double withLowZero(double d) { return fromWords(uint32_t(hiWord(d)), 0); }

const double bp[] = {1.0, 1.5};
const double dp_h[] = {0.0, 5.84962487220764160156e-01};  // 0x3FE2B803 40000000
const double dp_l[] = {0.0, 1.35003920212974897128e-08};  // 0x3E4CFDEB 43CFD006
const double two53 = 9007199254740992.0;
const double huge = 1.0e300;
const double tiny = 1.0e-300;
// (3/2) * (log(x) - 2s - 2/3 s^3) polynomial
const double L1 = 5.99999999999994648725e-01;  // 0x3FE33333 33333303
const double L2 = 4.28571428578550184252e-01;  // 0x3FDB6DB6 DB6FABFF
const double L3 = 3.33333329818377432918e-01;  // 0x3FD55555 518F264D
const double L4 = 2.72728123808534006489e-01;  // 0x3FD17460 A91D4101
const double L5 = 2.30660745775561754067e-01;  // 0x3FCD864A 93C9DB65
const double L6 = 2.06975017800338417784e-01;  // 0x3FCA7E28 4A454EEF
const double P1 = 1.66666666666666019037e-01;   // 0x3FC55555 5555553E
const double P2 = -2.77777777770155933842e-03;  // 0xBF66C16C 16BEBD93
const double P3 = 6.61375632143793436117e-05;   // 0x3F11566A AF25DE2C
const double P4 = -1.65339022054652515390e-06;  // 0xBEBBBD41 C5D26BF1
const double P5 = 4.13813679705723846039e-08;   // 0x3E663769 72BEA4D0
const double lg2 = 6.93147180559945286227e-01;     // 0x3FE62E42 FEFA39EF
const double lg2_h = 6.93147182464599609375e-01;   // 0x3FE62E43 00000000
const double lg2_l = -1.90465429995776804525e-09;  // 0xBE205C61 0CA86C39
const double ovt = 8.0085662595372944372e-17;      // -(1024 - log2(ovfl + .5ulp))
const double cp = 9.61796693925975554329e-01;      // 0x3FEEC709 DC3A03FD = 2/(3 ln2)
const double cp_h = 9.61796700954437255859e-01;    // 0x3FEEC709 E0000000
const double cp_l = -7.02846165095275826516e-09;   // 0xBE3E2FE0 145B01F5
const double ivln2 = 1.44269504088896338700e+00;   // 0x3FF71547 652B82FE = 1/ln2
const double ivln2_h = 1.44269502162933349609e+00; // 0x3FF71547 60000000
const double ivln2_l = 1.92596299112661746887e-08; // 0x3E54AE0B F85DDF44

}  // namespace

double pow(double x, double y) {
  const int32_t hx = hiWord(x), hy = hiWord(y);
  const uint32_t lx = loWord(x), ly = loWord(y);
  int32_t ix = hx & 0x7fffffff;
  const int32_t iy = hy & 0x7fffffff;

  if ((uint32_t(iy) | ly) == 0) return 1.0;  // x ** +-0
  if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) return x + y;

  // For x < 0: 0 = y is not an integer, 1 = odd integer, 2 = even integer.
  int yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) {
      yisint = 2;
    } else if (iy >= 0x3ff00000) {
      const int k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        const uint32_t j = ly >> (52 - k);
        if ((j << (52 - k)) == ly) yisint = 2 - int(j & 1);
      } else if (ly == 0) {
        const uint32_t j = uint32_t(iy) >> (20 - k);
        if ((j << (20 - k)) == uint32_t(iy)) yisint = 2 - int(j & 1);
      }
    }
  }

  if (ly == 0) {
    if (iy == 0x7ff00000) {                                  // y is +-Infinity
      if (((ix - 0x3ff00000) | int32_t(lx)) == 0) return y - y;  // (+-1) ** +-Infinity is NaN
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0.0;
      return hy < 0 ? -y : 0.0;
    }
    if (iy == 0x3ff00000) return hy < 0 ? 1.0 / x : x;
    if (hy == 0x40000000) return x * x;
    if (hy == 0x3fe00000 && hx >= 0) return sqrt(x);
  }

  double ax = fabs(x);
  if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {  // x is +-0, +-Infinity, +-1
    double z = ax;
    if (hy < 0) z = 1.0 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) == 0) z = (z - z) / (z - z);  // (-1) ** non-integer
      else if (yisint == 1) z = -z;
    }
    return z;
  }

  if (hx < 0 && yisint == 0) return (x - x) / (x - x);  // negative ** non-integer
  const double s = (hx < 0 && yisint == 1) ? -1.0 : 1.0;

  double t1, t2;
  if (iy > 0x41e00000) {  // |y| > 2^31
    if (iy > 0x43f00000) {  // |y| > 2^64: over- or underflows
      if (ix <= 0x3fefffff) return hy < 0 ? huge * huge : tiny * tiny;
      if (ix >= 0x3ff00000) return hy > 0 ? huge * huge : tiny * tiny;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * huge * huge : s * tiny * tiny;
    if (ix > 0x3ff00000) return hy > 0 ? s * huge * huge : s * tiny * tiny;
    // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
    const double t = ax - 1.0;
    const double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const double u = ivln2_h * t;
    const double v = t * ivln2_l - w * ivln2;
    t1 = withLowZero(u + v);
    t2 = v - (t1 - u);
  } else {
    int32_t n = 0;
    if (ix < 0x00100000) {  // subnormal x
      ax *= two53;
      n -= 53;
      ix = hiWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const int32_t j = ix & 0x000fffff;
    int k;
    ix = j | 0x3ff00000;
    if (j <= 0x3988E) {
      k = 0;  // |x| < sqrt(3/2)
    } else if (j < 0xBB67A) {
      k = 1;  // |x| < sqrt(3)
    } else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = fromWords(uint32_t(ix), loWord(ax));

    // ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5)
    double u = ax - bp[k];
    double v = 1.0 / (ax + bp[k]);
    const double ss = u * v;
    const double s_h = withLowZero(ss);
    double t_h = fromWords(uint32_t(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)), 0);
    double t_l = ax - (t_h - bp[k]);
    const double s_l = v * ((u - s_h * t_h) - s_h * t_l);
    // log(ax)
    double s2 = ss * ss;
    double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    s2 = s_h * s_h;
    t_h = withLowZero(3.0 + s2 + r);
    t_l = r - ((t_h - 3.0) - s2);
    u = s_h * t_h;
    v = s_l * t_h + t_l * ss;
    // 2/(3 log2) * (ss + ...)
    const double p_h = withLowZero(u + v);
    const double p_l = v - (p_h - u);
    const double z_h = cp_h * p_h;
    const double z_l = cp_l * p_h + p_l * cp + dp_l[k];
    // log2(ax) = n + dp_h + z_h + z_l
    const double t = double(n);
    t1 = withLowZero(((z_h + z_l) + dp_h[k]) + t);
    t2 = z_l - (((t1 - t) - dp_h[k]) - z_h);
  }

  // (y1 + y2) * (t1 + t2)
  const double y1 = withLowZero(y);
  const double p_l = (y - y1) * t1 + y * t2;
  double p_h = y1 * t1;
  double z = p_l + p_h;
  int32_t j = hiWord(z);
  int32_t i = int32_t(loWord(z));
  if (j >= 0x40900000) {  // z >= 1024
    if (((j - 0x40900000) | i) != 0) return s * huge * huge;
    if (p_l + ovt > z - p_h) return s * huge * huge;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {  // z <= -1075
    if ((int32_t(uint32_t(j) - 0xc090cc00u) | i) != 0) return s * tiny * tiny;
    if (p_l <= z - p_h) return s * tiny * tiny;
  }

  // 2 ** (p_h + p_l)
  i = j & 0x7fffffff;
  int k = (i >> 20) - 0x3ff;
  int32_t n = 0;
  if (i > 0x3fe00000) {  // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const double t = fromWords(uint32_t(n & ~(0x000fffff >> k)), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    p_h -= t;
  }
  double t = withLowZero(p_l + p_h);
  const double u = t * lg2_h;
  const double v = (p_l - (t - p_h)) * lg2 + t * lg2_l;
  z = u + v;
  const double w = v - (z - u);
  t = z * z;
  const double tt1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  // V8 divides by the whole difference where fdlibm computes (z*t1)/(t1-2) - (w + z*w): the results
  // differ in the last bit, and V8's are what JS prints.
  const double r = (z * tt1) / ((tt1 - 2.0) - (w + z * w));
  z = 1.0 - (r - z);
  j = int32_t(uint32_t(hiWord(z)) + (uint32_t(n) << 20));
  if ((j >> 20) <= 0) z = scalbn(z, n);  // subnormal result
  else z = fromWords(uint32_t(j), loWord(z));
  return s * z;
}

}  // namespace ts
