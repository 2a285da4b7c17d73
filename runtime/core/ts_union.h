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

// `shapes.filter((s): s is Circle => ...)`, `xs.filter((x): x is number => ...)`: the runtime's filter keeps
// the receiver's element type; the result, which TypeScript types as Circle[], is a new array of the same
// elements in the member's representation.
namespace detail {
template <class To, class From> To narrowElement(const From& v) {
  if constexpr (isSame<From, Prim>) return v.template as<To>();
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
// console.log: found by argument-dependent lookup from ts_console.h's templates (Inspect is in ts::detail).
inline String inspect(Inspect&, const Prim& v, bool nested) { return inspectPrim(v, nested); }
}  // namespace detail

}  // namespace ts
