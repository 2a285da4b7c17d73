// Unions of primitive types (`number | string`, `string | boolean | undefined`): `ts::Prim`, a tag and the
// member's value, with JavaScript's String(x), truthiness, `===`, `typeof` and console.log for it. The
// compiler reads a member out with `as<T>()` only where TypeScript has narrowed the union to that member
// (`typeof x === "number"`), so `as` does not check. Unions of object types need none of this: they are a
// ts::Ref to the members' common base class (ts::Object when there is none) and narrow with the classInfo
// chain, like instanceof. Only programs that use a primitive union include this header's code.
#pragma once

#include "ts_array.h"
#include "ts_base.h"
#include "ts_object.h"
#include "ts_string.h"

namespace ts {

class Prim {
 public:
  static constexpr bool tsNullable = true;
  enum Tag : uint8_t { kUndefined = 0, kNull = 1, kBoolean = 2, kNumber = 3, kString = 4 };

  Prim() : num_(0), tag_(kUndefined) {}
  Prim(Undefined) : Prim() {}
  Prim(Null) : num_(0), tag_(kNull) {}
  Prim(bool b) : num_(b ? 1 : 0), tag_(kBoolean) {}
  template <class N, class = detail::EnableIf<detail::isArithmetic<N> && !detail::isSame<N, bool>>>
  Prim(N n) : num_(static_cast<double>(n)), tag_(kNumber) {}
  // A string handle keeps its own nullish state (`string | undefined` into `number | string | undefined`).
  Prim(const String& s) : num_(0), str_(s), tag_(s.isLive() ? kString : s.isNullState() ? kNull : kUndefined) {}
  template <class T> Prim(const Opt<T>& o) : Prim() {
    if (o.hasValue()) *this = Prim(o.value());
    else if (o.isNullState()) tag_ = kNull;
  }

  Tag tag() const { return Tag(tag_); }
  bool isNumber() const { return tag_ == kNumber; }
  bool isString() const { return tag_ == kString; }
  bool isBoolean() const { return tag_ == kBoolean; }
  bool isNullState() const { return tag_ == kNull; }
  bool isUndefinedState() const { return tag_ == kUndefined; }
  double number() const { return num_; }
  bool boolean() const { return num_ != 0; }
  const String& string() const { return str_; }

  // The member TypeScript narrowed the value to, in that member's representation.
  template <class T> T as() const {
    if constexpr (detail::isSame<T, double>) return num_;
    else if constexpr (detail::isSame<T, bool>) return num_ != 0;
    else if constexpr (detail::isSame<T, String>) return tag_ == kString ? str_ : tag_ == kNull ? String(null) : String(undefined);
    else if constexpr (detail::isSame<T, Null>) return null;
    else if constexpr (detail::isSame<T, Undefined>) return undefined;
    else {  // Opt<double>, Opt<bool>
      if (tag_ == kNull) return T(null);
      if (tag_ == kUndefined) return T(undefined);
      return T(num_);
    }
  }

 private:
  double num_;  // the number, or 0/1 for a boolean
  String str_;
  uint8_t tag_;
};

// typeof's answer for a primitive union.
String typeOf(const Prim& v);
String toString(const Prim& v);
// Number(v) and `+v` for a primitive union: JavaScript's ToNumber of whichever member it holds.
double Number(const Prim& v);
inline bool truthy(const Prim& v) {
  switch (v.tag()) {
    case Prim::kNumber: return truthy(v.number());
    case Prim::kBoolean: return v.boolean();
    case Prim::kString: return truthy(v.string());
    default: return false;
  }
}
bool same(const Prim& a, const Prim& b);
inline bool same(const Prim& a, double b) { return a.isNumber() && a.number() == b; }
inline bool same(double a, const Prim& b) { return same(b, a); }
inline bool same(const Prim& a, bool b) { return a.isBoolean() && a.boolean() == b; }
inline bool same(bool a, const Prim& b) { return same(b, a); }
inline bool same(const Prim& a, const String& b) { return same(a, Prim(b)); }
inline bool same(const String& a, const Prim& b) { return same(Prim(a), b); }

// The object of a union handle as the member class a ClassInfo test (or TypeScript) chose: a plain pointer,
// no reference count traffic; null and undefined still fail as a member read does.
template <class T, class U> inline T* narrowPtr(const Ref<U>& r) { return downcast<T>(r.operator->()); }

namespace detail {
template <class T> struct IsRef {
  static constexpr bool value = false;
};
template <class T> struct IsRef<Ref<T>> {
  static constexpr bool value = true;
};
}  // namespace detail

// A union of object types and primitive types (`Command | string`): an object reference or a primitive.
class Mixed {
 public:
  static constexpr bool tsNullable = true;
  Mixed() {}
  template <class T> Mixed(const Ref<T>& r) : obj_(r) {
    if (!r.isLive()) prim_ = r.isNullState() ? Prim(null) : Prim(undefined);
  }
  template <class P, class = decltype(Prim(detail::declval<const P&>()))> Mixed(const P& p) : prim_(p) {}

  bool isObject() const { return obj_.isLive(); }
  bool isNumber() const { return !isObject() && prim_.isNumber(); }
  bool isString() const { return !isObject() && prim_.isString(); }
  bool isBoolean() const { return !isObject() && prim_.isBoolean(); }
  bool isNullState() const { return !isObject() && prim_.isNullState(); }
  bool isUndefinedState() const { return !isObject() && prim_.isUndefinedState(); }
  const Prim& prim() const { return prim_; }
  const Ref<Object>& object() const { return obj_; }

  // The member (or sub-union) TypeScript narrowed the value to.
  template <class T> T as() const {
    if constexpr (detail::isSame<T, Prim>) return prim_;
    else if constexpr (detail::IsRef<T>::value) {
      if (!obj_.isLive()) return prim_.isNullState() ? T(null) : T(undefined);
      return cast<typename T::element_type>(obj_);
    } else return prim_.template as<T>();
  }

 private:
  Prim prim_;
  Ref<Object> obj_;
};

String typeOf(const Mixed& v);
String toString(const Mixed& v);
inline bool truthy(const Mixed& v) { return v.isObject() || truthy(v.prim()); }
inline bool same(const Mixed& a, const Mixed& b) {
  if (a.isObject() || b.isObject()) return a.object().identity() == b.object().identity();
  return same(a.prim(), b.prim());
}
template <class T> inline bool same(const Mixed& a, const Ref<T>& b) {
  if (b.isLive()) return a.isObject() && a.object().identity() == b.identity();
  return b.isNullState() ? a.isNullState() : a.isUndefinedState();
}
template <class T> inline bool same(const Ref<T>& a, const Mixed& b) { return same(b, a); }
inline bool same(const Mixed& a, double b) { return a.isNumber() && a.prim().number() == b; }
inline bool same(double a, const Mixed& b) { return same(b, a); }
inline bool same(const Mixed& a, const String& b) { return !a.isObject() && same(a.prim(), b); }
inline bool same(const String& a, const Mixed& b) { return same(b, a); }
template <class T> inline bool instanceOf(const Mixed& m) { return instanceOf<T>(m.object()); }
namespace gc {
template <> struct Traceable<Mixed> {
  static constexpr bool value = true;
};
}  // namespace gc
inline void tsTrace(gc::Visitor& v, const Mixed& m) { tsTrace(v, m.object()); }

// `shapes.filter((s): s is Circle => ...)`, `xs.filter((x): x is number => ...)`: the runtime's filter keeps
// the receiver's element type; the result, which TypeScript types as Circle[], is a new array of the same
// elements in the member's representation.
namespace detail {
template <class To, class From> To narrowElement(const From& v) {
  if constexpr (isSame<From, Prim> || isSame<From, Mixed>) return v.template as<To>();
  else return cast<typename To::element_type>(v);
}
}  // namespace detail
template <class To, class From> Array<To> castElements(const Array<From>& a) {
  if (!a.isLive()) return a.isNullState() ? Array<To>(null) : Array<To>(undefined);
  Array<To> out = Array<To>::withCapacity(a.size());
  for (uint32_t i = 0; i < a.size(); i++) out.append(detail::narrowElement<To>(a.data()[i]));
  return out;
}

namespace detail {
struct Inspect;
String inspectPrim(const Prim& v, bool nested);
String inspectMixed(const Mixed& v, bool nested);
inline String inspect(Inspect&, const Mixed& v, bool nested) { return inspectMixed(v, nested); }
// console.log: found by argument-dependent lookup from ts_console.h's templates (Inspect is in ts::detail).
inline String inspect(Inspect&, const Prim& v, bool nested) { return inspectPrim(v, nested); }
}  // namespace detail

}  // namespace ts
