// Foundations shared by every runtime header: the C library includes, placement new (the xtensa toolchain
// has no <new>), a few type traits (no STL), branch hints, and the `null` / `undefined` values with the
// `ts::Opt<T>` wrapper for nullable numbers and booleans. Also the free functions that ask a value for its
// nullish state (isNull/isUndefined/isNullish), which every handle type plugs into via `isNullState()` /
// `isUndefinedState()` members and a `static constexpr bool tsNullable = true` marker.
#pragma once

#include <Arduino.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if __has_include(<new>)
#include <new>
#elif !defined(TSD_PLACEMENT_NEW_DECLARED)
#define TSD_PLACEMENT_NEW_DECLARED 1
inline void* operator new(size_t, void* where) noexcept { return where; }
inline void operator delete(void*, void*) noexcept {}
#endif

#define TSD_LIKELY(x) __builtin_expect(!!(x), 1)
#define TSD_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define TSD_NOINLINE __attribute__((noinline))
#define TSD_COLD __attribute__((cold, noinline))

namespace ts {

namespace detail {
template <class T> struct RemoveRef { using type = T; };
template <class T> struct RemoveRef<T&> { using type = T; };
template <class T> struct RemoveRef<T&&> { using type = T; };
template <class T> struct RemoveCV { using type = T; };
template <class T> struct RemoveCV<const T> { using type = T; };
template <class T> struct RemoveCV<volatile T> { using type = T; };
template <class T> struct RemoveCV<const volatile T> { using type = T; };
template <class T> using Decay = typename RemoveCV<typename RemoveRef<T>::type>::type;

template <bool B, class T = void> struct EnableIfT {};
template <class T> struct EnableIfT<true, T> { using type = T; };
template <bool B, class T = void> using EnableIf = typename EnableIfT<B, T>::type;

template <class A, class B> struct IsSameT { static constexpr bool value = false; };
template <class A> struct IsSameT<A, A> { static constexpr bool value = true; };
template <class A, class B> constexpr bool isSame = IsSameT<A, B>::value;

template <class T> struct IsIntegralT { static constexpr bool value = false; };
#define TSD_INTEGRAL(T) template <> struct IsIntegralT<T> { static constexpr bool value = true; };
TSD_INTEGRAL(char) TSD_INTEGRAL(signed char) TSD_INTEGRAL(unsigned char) TSD_INTEGRAL(short)
TSD_INTEGRAL(unsigned short) TSD_INTEGRAL(int) TSD_INTEGRAL(unsigned int) TSD_INTEGRAL(long)
TSD_INTEGRAL(unsigned long) TSD_INTEGRAL(long long) TSD_INTEGRAL(unsigned long long)
#undef TSD_INTEGRAL
template <class T> constexpr bool isIntegral = IsIntegralT<Decay<T>>::value;
template <class T> constexpr bool isArithmetic = isIntegral<T> || isSame<Decay<T>, double> || isSame<Decay<T>, float>;

template <class T> T&& declval() noexcept;
template <class T> constexpr T&& forward(typename RemoveRef<T>::type& t) noexcept { return static_cast<T&&>(t); }
template <class T> constexpr T&& forward(typename RemoveRef<T>::type&& t) noexcept { return static_cast<T&&>(t); }
template <class T> constexpr typename RemoveRef<T>::type&& move(T&& t) noexcept {
  return static_cast<typename RemoveRef<T>::type&&>(t);
}

// True for handle types and Opt<T>: the types that can be null or undefined.
template <class T, class = void> struct IsNullableT { static constexpr bool value = false; };
template <class T> struct IsNullableT<T, EnableIf<T::tsNullable>> { static constexpr bool value = true; };
template <class T> constexpr bool isNullable = IsNullableT<Decay<T>>::value;

// Priority tags for overload ranking (Rank<2> is preferred over Rank<1> ...).
template <int N> struct Rank : Rank<N - 1> {};
template <> struct Rank<0> {};

// Calls f with as many of the leading arguments as it accepts (JS callbacks may ignore trailing ones).
template <class F> auto callFlex(F& f) -> decltype(f()) { return f(); }
template <class F, class A> auto callFlexR(Rank<1>, F& f, A&& a) -> decltype(f(a)) { return f(a); }
template <class F, class A> auto callFlexR(Rank<0>, F& f, A&&) -> decltype(f()) { return f(); }
template <class F, class A> decltype(auto) callFlex(F& f, A&& a) { return callFlexR(Rank<1>(), f, a); }
template <class F, class A, class B> auto callFlexR(Rank<2>, F& f, A&& a, B&& b) -> decltype(f(a, b)) { return f(a, b); }
template <class F, class A, class B> auto callFlexR(Rank<1>, F& f, A&& a, B&&) -> decltype(f(a)) { return f(a); }
template <class F, class A, class B> auto callFlexR(Rank<0>, F& f, A&&, B&&) -> decltype(f()) { return f(); }
template <class F, class A, class B> decltype(auto) callFlex(F& f, A&& a, B&& b) { return callFlexR(Rank<2>(), f, a, b); }
template <class F, class A, class B, class C>
auto callFlexR(Rank<3>, F& f, A&& a, B&& b, C&& c) -> decltype(f(a, b, c)) { return f(a, b, c); }
template <class F, class A, class B, class C>
auto callFlexR(Rank<2>, F& f, A&& a, B&& b, C&&) -> decltype(f(a, b)) { return f(a, b); }
template <class F, class A, class B, class C>
auto callFlexR(Rank<1>, F& f, A&& a, B&&, C&&) -> decltype(f(a)) { return f(a); }
template <class F, class A, class B, class C>
auto callFlexR(Rank<0>, F& f, A&&, B&&, C&&) -> decltype(f()) { return f(); }
template <class F, class A, class B, class C>
decltype(auto) callFlex(F& f, A&& a, B&& b, C&& c) { return callFlexR(Rank<3>(), f, a, b, c); }
template <class F, class A, class B, class C, class D>
auto callFlexR(Rank<4>, F& f, A&& a, B&& b, C&& c, D&& d) -> decltype(f(a, b, c, d)) { return f(a, b, c, d); }
template <class F, class A, class B, class C, class D>
auto callFlexR(Rank<3>, F& f, A&& a, B&& b, C&& c, D&&) -> decltype(f(a, b, c)) { return f(a, b, c); }
template <class F, class A, class B, class C, class D>
auto callFlexR(Rank<2>, F& f, A&& a, B&& b, C&&, D&&) -> decltype(f(a, b)) { return f(a, b); }
template <class F, class A, class B, class C, class D>
auto callFlexR(Rank<1>, F& f, A&& a, B&&, C&&, D&&) -> decltype(f(a)) { return f(a); }
template <class F, class A, class B, class C, class D>
decltype(auto) callFlex(F& f, A&& a, B&& b, C&& c, D&& d) { return callFlexR(Rank<4>(), f, a, b, c, d); }
}  // namespace detail

// `undefined` read from a `number[]` past its end (Array::get's slow path only, so the in-range read costs
// nothing more): a signalling NaN with a payload arithmetic never produces. Every arithmetic operation quiets
// it into an ordinary NaN (Node: undefined + 1 is NaN), while the value copied unchanged (stored, returned,
// passed) still prints "undefined" (formatNumber) and throws on a method call (undefinedNumberMember).
namespace detail {
constexpr uint64_t kUndefinedNumberBits = 0x7FF400000000075DULL;
// A hole of a `number[]` (`a.length = 9`, a store past the end, new Array<number>(n)): the same payload but
// its lowest bit, so it reads and prints as undefined too, while forEach/map/filter/reduce/some/every skip it
// and console.log counts it among the `<N empty items>`, as Node does with holes.
constexpr uint64_t kHoleNumberBits = kUndefinedNumberBits ^ 1;
extern const double undefinedNumber;
extern const double holeNumber;
inline bool isUndefinedNumber(double x) {
  uint64_t bits;
  __builtin_memcpy(&bits, &x, sizeof bits);
  return (bits | 1) == kUndefinedNumberBits;
}
inline bool isHoleNumber(double x) {
  uint64_t bits;
  __builtin_memcpy(&bits, &x, sizeof bits);
  return bits == kHoleNumberBits;
}
// `a[9].toFixed(2)` with a[9] undefined: Node's TypeError naming the member.
TSD_COLD [[noreturn]] void undefinedNumberMember(const char* member);
// "TypeError: Cannot read properties of null|undefined (reading '<member>')", or "Cannot set properties of
// ... (setting '<member>')"; member is a PSTR.
TSD_COLD [[noreturn]] void nullishProperty(bool isNull, const char* member, bool setting = false);
// The same message with the member as flash text, or (flashMember null) as text in RAM.
TSD_COLD [[noreturn]] void nullishAccess(bool isNull, bool setting, const char* flashMember, const char* ramMember);
// The same TypeError, catchable: with a try active it becomes the pending error and returns (ts_error_object.cpp).
TSD_COLD void raiseNullishProperty(bool isNull, const char* member, bool setting);
// `for (const v of rows[9])` over undefined: "TypeError: rows[9] is not iterable" (text is a PSTR), catchable.
TSD_COLD void raiseNotIterable(const char* text);
// `const [[x]] = rows` (an array pattern) over an undefined row: "TypeError: undefined is not iterable (cannot read
// property Symbol(Symbol.iterator))" (null: "object null is not iterable …"). Uncaught, and the catchable form.
TSD_COLD [[noreturn]] void patternNotIterable(bool isNull);
TSD_COLD void raisePatternNotIterable(bool isNull);
// `rows[9][c]` with rows[9] undefined: "Cannot read properties of undefined (reading '2')", catchable; a store
// `rows[9][c] = v`: "Cannot set properties of undefined (setting '2')".
TSD_COLD void raiseNullishIndex(bool isNull, double index, bool setting = false);
// `const { x } = arr[9]` with arr[9] undefined: "TypeError: Cannot destructure property 'x' of 'arr[9]' as it is
// undefined." (property nullptr: "Cannot destructure 'arr[9]' as it is undefined."); both PSTRs. Uncaught, and the
// catchable form (ts_error_object.cpp).
TSD_COLD [[noreturn]] void nullishDestructure(bool isNull, const char* property, const char* text);
TSD_COLD void raiseNullishDestructure(bool isNull, const char* property, const char* text);
}  // namespace detail

// `items[9].name`: the element handle, or Node's TypeError naming the member when it is null or undefined.
template <class T> inline const T& member(const T& v, const char* name) {
  if (TSD_UNLIKELY(!v.isLive())) detail::nullishProperty(v.isNullState(), name);
  return v;
}
// `items[9].name = v`: "Cannot set properties of undefined (setting 'name')".
template <class T> inline const T& memberSet(const T& v, const char* name) {
  if (TSD_UNLIKELY(!v.isLive())) detail::nullishProperty(v.isNullState(), name, true);
  return v;
}

// The same inside a try block: the caller tests ts::errorPending() before it uses the handle.
template <class T> inline const T& memberCaught(const T& v, const char* name) {
  if (TSD_UNLIKELY(!v.isLive())) detail::raiseNullishProperty(v.isNullState(), name, false);
  return v;
}
template <class T> inline const T& memberSetCaught(const T& v, const char* name) {
  if (TSD_UNLIKELY(!v.isLive())) detail::raiseNullishProperty(v.isNullState(), name, true);
  return v;
}

// The source of `const { x } = arr[9]`: Node's "Cannot destructure property 'x' of 'arr[9]' …".
template <class T> inline const T& destructure(const T& v, const char* property, const char* text) {
  if (TSD_UNLIKELY(!v.isLive())) detail::nullishDestructure(v.isNullState(), property, text);
  return v;
}
template <class T> inline const T& destructureCaught(const T& v, const char* property, const char* text) {
  if (TSD_UNLIKELY(!v.isLive())) detail::raiseNullishDestructure(v.isNullState(), property, text);
  return v;
}

// A `let`, `const` or class used before its declaration has run (compiler/src/lower/tdz.ts): Node's
// "ReferenceError: Cannot access 'name' before initialization" (name a PSTR), catchable inside a try.
namespace detail {
TSD_COLD void raiseNotInitialised(const char* name);
}  // namespace detail
inline void checkInitialised(bool ready, const char* name) {
  if (TSD_UNLIKELY(!ready)) detail::raiseNotInitialised(name);
}

// The iterable of a for-of inside a try (or in a function whose callers test): null or undefined raise Node's
// TypeError, and the caller tests ts::errorPending() before the loop.
template <class T> inline const T& iterableCaught(const T& v, const char* text) {
  if (TSD_UNLIKELY(!v.isLive())) detail::raiseNotIterable(text);
  return v;
}

// The source of an array pattern (destructuring.ts): Node's TypeError when it is null or undefined.
template <class T> inline const T& patternIterable(const T& v) {
  if (TSD_UNLIKELY(!v.isLive())) detail::patternNotIterable(v.isNullState());
  return v;
}
template <class T> inline const T& patternIterableCaught(const T& v) {
  if (TSD_UNLIKELY(!v.isLive())) detail::raisePatternNotIterable(v.isNullState());
  return v;
}

template <class T, class I> inline const T& elementCaught(const T& v, I index) {
  if (TSD_UNLIKELY(!v.isLive())) detail::raiseNullishIndex(v.isNullState(), double(index));
  return v;
}
template <class T, class I> inline const T& elementSetCaught(const T& v, I index) {
  if (TSD_UNLIKELY(!v.isLive())) detail::raiseNullishIndex(v.isNullState(), double(index), true);
  return v;
}

// The JavaScript values null and undefined. Convert implicitly to every handle type and every Opt<T>.
struct Null {
  constexpr Null() {}
};
struct Undefined {
  constexpr Undefined() {}
};
inline constexpr Null null{};
inline constexpr Undefined undefined{};
// A value TypeScript types as `undefined` after evaluating an expression for its effects (`xs.find(v => v === undefined)`
// on a string[]: the checker infers the predicate `v is never`).
template <class T> inline Undefined undefinedAfter(const T&) { return undefined; }

// Nullish state codes shared by handles and Opt.
enum class Nullish : uint8_t { Value = 0, NullValue = 1, UndefinedValue = 2 };

// A double/bool (or any value type) that may also be null or undefined. Default: undefined.
template <class T> class Opt {
 public:
  static constexpr bool tsNullable = true;
  constexpr Opt() : v_(), s_(Nullish::UndefinedValue) {}
  // A handle that is itself null or undefined (an undefined string read past the end) keeps that state.
  constexpr Opt(const T& v) : v_(v), s_(stateOf(v)) {}
  template <class U, class = detail::EnableIf<detail::isArithmetic<U> && !detail::isSame<detail::Decay<U>, T>>>
  constexpr Opt(U v) : v_(static_cast<T>(v)), s_(Nullish::Value) {}
  constexpr Opt(Null) : v_(), s_(Nullish::NullValue) {}
  constexpr Opt(Undefined) : v_(), s_(Nullish::UndefinedValue) {}

  bool hasValue() const { return s_ == Nullish::Value; }
  const T& value() const { return v_; }
  T& value() { return v_; }
  // `x ?? fallback`
  T valueOr(const T& fallback) const { return s_ == Nullish::Value ? v_ : fallback; }
  bool isNullState() const { return s_ == Nullish::NullValue; }
  bool isUndefinedState() const { return s_ == Nullish::UndefinedValue; }
  Nullish state() const { return s_; }
  // An Opt of a handle type is that handle (which has its own null/undefined states).
  template <class U = T, class = detail::EnableIf<detail::isNullable<U>>> operator T() const {
    if (s_ == Nullish::Value) return v_;
    return s_ == Nullish::NullValue ? T(Null()) : T(Undefined());
  }

 private:
  static constexpr Nullish stateOf(const T& v) {
    if constexpr (detail::isNullable<T>) {
      return v.isNullState() ? Nullish::NullValue : v.isUndefinedState() ? Nullish::UndefinedValue : Nullish::Value;
    } else {
      (void)v;
      return Nullish::Value;
    }
  }
  T v_;
  Nullish s_;
};

template <class T> inline bool isNull(const T& x) {
  if constexpr (detail::isNullable<T>) return x.isNullState();
  else return false;
}
template <class T> inline bool isUndefined(const T& x) {
  if constexpr (detail::isNullable<T>) return x.isUndefinedState();
  else return false;
}
template <class T> inline bool isNullish(const T& x) { return isNull(x) || isUndefined(x); }
inline bool isNull(Null) { return true; }
inline bool isNull(Undefined) { return false; }
inline bool isUndefined(Null) { return false; }
inline bool isUndefined(Undefined) { return true; }
inline bool isNullish(Null) { return true; }
inline bool isNullish(Undefined) { return true; }
// A value narrowed to `null | undefined`, stored where another nullable type is expected: its state only.
template <class To, class From> inline To nullishAs(const From& x) { return isNull(x) ? To(Null()) : To(Undefined()); }
// A number read past the end of a `number[]` is undefined (detail::undefinedNumber), whatever its static type.
inline bool isUndefined(double x) { return detail::isUndefinedNumber(x); }
inline bool isNullish(double x) { return detail::isUndefinedNumber(x); }
// The value of `a[i]++` (ToNumeric of the old value): an undefined read past the end is NaN, not undefined.
inline double numeric(double x) { return TSD_UNLIKELY(detail::isUndefinedNumber(x)) ? __builtin_nan("") : x; }

// JS truthiness for primitives; handles (non-nullish → true) and String/Opt add their own overloads.
inline bool truthy(double x) { return x == x && x != 0; }
inline bool truthy(bool b) { return b; }
inline bool truthy(int x) { return x != 0; }
inline bool truthy(unsigned x) { return x != 0; }
inline bool truthy(long x) { return x != 0; }
inline bool truthy(unsigned long x) { return x != 0; }
inline bool truthy(long long x) { return x != 0; }
inline bool truthy(Null) { return false; }
inline bool truthy(Undefined) { return false; }
template <class T> inline bool truthy(const Opt<T>& o) { return o.hasValue() && truthy(o.value()); }
namespace detail {
// A callback's result read as a test (filter, some, every, find...): a callback that returns nothing returns
// undefined, which is falsy (TypeScript types these predicates `=> unknown`, so a void body is accepted).
template <class F, class... A> inline bool callTest(F& f, A&&... a) {
  if constexpr (isSame<decltype(callFlex(f, a...)), void>) {
    callFlex(f, a...);
    return false;
  } else {
    return truthy(callFlex(f, a...));
  }
}
}  // namespace detail

// `===` for primitives, Opt and the nullish constants; handles add overloads next to their definitions.
inline bool same(double a, double b) { return a == b; }
inline bool same(bool a, bool b) { return a == b; }
// Two fixed-width integers of one type (a u8[]'s indexOf): exact, where same(double, double) and same(bool, bool)
// would be equally good conversions.
template <class T, class = detail::EnableIf<detail::isIntegral<T> && !detail::isSame<T, bool>>> inline bool same(T a, T b) { return a == b; }
inline bool same(Null, Null) { return true; }
inline bool same(Undefined, Undefined) { return true; }
inline bool same(Null, Undefined) { return false; }
inline bool same(Undefined, Null) { return false; }
template <class T> inline bool same(const Opt<T>& a, const Opt<T>& b) {
  if (a.hasValue() && b.hasValue()) return same(a.value(), b.value());
  return a.state() == b.state();
}
namespace detail {
template <class U> constexpr bool isPlainValue = !isNullable<U> && !isSame<Decay<U>, Null> && !isSame<Decay<U>, Undefined>;
}
template <class T, class U, class = detail::EnableIf<detail::isPlainValue<U>>>
inline bool same(const Opt<T>& a, const U& b) { return a.hasValue() && same(a.value(), static_cast<T>(b)); }
template <class T, class U, class = detail::EnableIf<detail::isPlainValue<U>>>
inline bool same(const U& a, const Opt<T>& b) { return b.hasValue() && same(static_cast<T>(a), b.value()); }
template <class T, class = detail::EnableIf<detail::isNullable<T>>> inline bool same(const T& a, Null) { return isNull(a); }
template <class T, class = detail::EnableIf<detail::isNullable<T>>> inline bool same(Null, const T& a) { return isNull(a); }
template <class T, class = detail::EnableIf<detail::isNullable<T>>> inline bool same(const T& a, Undefined) { return isUndefined(a); }
template <class T, class = detail::EnableIf<detail::isNullable<T>>> inline bool same(Undefined, const T& a) { return isUndefined(a); }
// A non-nullable value is never === null/undefined.
template <class T, class = detail::EnableIf<detail::isPlainValue<T>>, class = void>
inline bool same(const T&, Null) { return false; }
template <class T, class = detail::EnableIf<detail::isPlainValue<T>>, class = void>
inline bool same(const T&, Undefined) { return false; }

// Converts a bool to a number (`+true`).
inline double toNumber(bool b) { return b ? 1.0 : 0.0; }
inline double toNumber(double d) { return d; }

}  // namespace ts
