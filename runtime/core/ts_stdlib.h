// More of the JavaScript library, as free functions over the runtime's types (the compiler's stdlib.ts maps
// the calls): reduceRight, findLast, findLastIndex, flat, flatMap, keys/values of arrays, Array.from,
// String.fromCodePoint. Same callback conventions as Array's members: f(element, index, array) or a prefix.
#pragma once

#include "ts_array.h"
#include "ts_base.h"
#include "ts_string.h"

namespace ts {
namespace detail {
TSD_COLD [[noreturn]] void invalidCodePoint(double cp);
template <class T> struct IsArray { static constexpr bool value = false; };
template <class T> struct IsArray<Array<T>> { static constexpr bool value = true; };
}  // namespace detail

template <class T, class F, class U> auto Array_reduceRight(const Array<T>& a, F f, U init) {
  using R = detail::Decay<decltype(detail::callFlex(f, detail::declval<U&>(), detail::declval<T&>(), detail::declval<double&>(),
                                                    detail::declval<const Array<T>&>()))>;
  R acc(init);
  for (uint32_t i = uint32_t(a.length()); i-- > 0;) {
    if (i >= a.size()) continue;  // the callback shortened the array: JavaScript skips the missing indices
    T el = a.data()[i];
    if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;
    double idx = i;
    acc = detail::callFlex(f, acc, el, idx, a);
  }
  return acc;
}
template <class T, class F> T Array_reduceRight(const Array<T>& a, F f) {
  uint32_t n = uint32_t(a.length());
  while (n > 0 && detail::isHoleElement(a.data()[n - 1])) n--;  // the last element that is not a hole
  if (n == 0) detail::reduceOfEmptyArray();
  T acc = a.data()[n - 1];
  for (uint32_t i = n - 1; i-- > 0;) {
    if (i >= a.size()) continue;
    T el = a.data()[i];
    if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;
    double idx = i;
    acc = detail::callFlex(f, acc, el, idx, a);
  }
  return acc;
}

/** findLastIndex: from the end, over the length the array had when the call began (past its end: undefined). */
template <class T, class F> double Array_findLastIndex(const Array<T>& a, F f) {
  for (uint32_t i = uint32_t(a.length()); i-- > 0;) {
    T el = i < a.size() ? a.data()[i] : T();
    double idx = i;
    if (detail::callTest(f, el, idx, a)) return i;
  }
  return -1;
}
template <class T, class F> Opt<T> Array_findLast(const Array<T>& a, F f) {
  for (uint32_t i = uint32_t(a.length()); i-- > 0;) {
    T el = i < a.size() ? a.data()[i] : T();
    double idx = i;
    if (detail::callTest(f, el, idx, a)) return Opt<T>(el);
  }
  return undefined;
}
template <class T, class F> T Array_findLastValue(const Array<T>& a, F f) {
  Opt<T> r = Array_findLast(a, f);
  return r.hasValue() ? r.value() : T();
}

/** flat() with depth 1: the elements of the nested arrays, in order (a non-array element stays itself). */
template <class T> auto Array_flat(const Array<T>& a) {
  if constexpr (detail::IsArray<T>::value) {
    using E = typename T::value_type;
    Array<E> out = Array<E>::empty();
    for (uint32_t i = 0; i < uint32_t(a.length()); i++) {
      const T& inner = a.data()[i];
      if (!inner.isLive()) continue;  // an empty slot: flat() skips it
      for (uint32_t j = 0; j < inner.size(); j++) out.push(inner.data()[j]);
    }
    return out;
  } else {
    return a.slice(0);
  }
}

/** flatMap(f): map, then flatten one level where the callback returned an array. */
template <class T, class F> auto Array_flatMap(const Array<T>& a, F f) {
  using R = detail::Decay<decltype(detail::callFlex(f, detail::declval<T&>(), detail::declval<double&>(), detail::declval<const Array<T>&>()))>;
  if constexpr (detail::IsArray<R>::value) {
    using E = typename R::value_type;
    Array<E> out = Array<E>::empty();
    for (uint32_t i = 0; i < uint32_t(a.length()); i++) {
      if (i >= a.size()) break;
      T el = a.data()[i];
      if (TSD_UNLIKELY(detail::isHoleElement(el))) continue;
      double idx = i;
      R part = detail::callFlex(f, el, idx, a);
      for (uint32_t j = 0; j < part.size(); j++) out.push(part.data()[j]);
    }
    return out;
  } else {
    return a.map(f);
  }
}

/** keys(): the indices 0 .. length-1. */
template <class T> Array<double> Array_keys(const Array<T>& a) {
  uint32_t n = uint32_t(a.length());
  Array<double> out = Array<double>::withCapacity(n);
  for (uint32_t i = 0; i < n; i++) out.push(double(i));
  return out;
}

/** Array.from(string): its code points, each a string. */
Array<String> Array_fromString(const String& s);

/** Array.from({ length: n }, f): f(undefined, i) for each index. */
template <class F> auto Array_fromLength(double n, F f) {
  using R = detail::Decay<decltype(detail::callFlex(f, detail::declval<Undefined&>(), detail::declval<double&>()))>;
  if (!(n > 0)) n = 0;
  if (n > 4294967295.0) detail::invalidArrayLength();
  uint32_t count = uint32_t(n);
  Array<R> out = Array<R>::withCapacity(count);
  for (uint32_t i = 0; i < count; i++) {
    Undefined u;
    double idx = i;
    out.push(detail::callFlex(f, u, idx));
  }
  return out;
}

/** Array.from(array): a copy whose holes are undefined elements (Node iterates the source; slice keeps holes). */
template <class T> Array<T> Array_fromArray(const Array<T>& a) {
  Array<T> out = Array<T>::withCapacity(uint32_t(a.length()));
  for (const T& el : a) out.push(el);
  return out;
}

/** Array.from(array, f) and friends: f(element, index) over a copy. */
template <class T, class F> auto Array_fromMapped(const Array<T>& a, F f) {
  using R = detail::Decay<decltype(detail::callFlex(f, detail::declval<T&>(), detail::declval<double&>()))>;
  uint32_t n = uint32_t(a.length());
  Array<R> out = Array<R>::withCapacity(n);
  for (uint32_t i = 0; i < n && i < a.size(); i++) {
    T el = a.data()[i];
    double idx = i;
    out.push(detail::callFlex(f, el, idx));
  }
  return out;
}

/** String.fromCodePoint(...): a RangeError for anything but an integer in [0, 0x10FFFF], as in Node. */
String String_fromCodePoint(const double* cps, size_t n);
template <class... A> String String_fromCodePoint(A... cps) {
  const double values[sizeof...(A) + 1] = {double(cps)..., 0};
  return String_fromCodePoint(values, sizeof...(A));
}

}  // namespace ts
