// console.log of class and record instances (Node's util.inspect layout). The compiler generates, next to
// each non-generic class and record, `ts::String tsInspect(ts::detail::Inspect& ctx, C* p)` (lower/inspect.ts)
// which lists the own fields in declaration order through ObjectInspect; ts_console.h finds it by
// argument-dependent lookup. A class prints as `Point { x: 1, y: 2 }`, a record (interface) as `{ x: 1 }`,
// an empty one as `{}`/`Point {}`, one nested deeper than depth 2 as `[Object]`/`[Point]`.
#pragma once

#include "ts_console.h"

namespace ts {
namespace detail {

// A member whose value is undefined (an optional record member that was never set is left out).
template <class T> inline bool isUndefinedValue(const T& v) {
  if constexpr (isSame<T, Undefined>) return true;
  else if constexpr (isNullable<T>) return v.isUndefinedState();
  else return false;
}

class ObjectInspect {
 public:
  // className: nullptr for a record (plain object); keys: how many members will be listed; array: a tuple's
  // record, printed as the array it is in JavaScript (`[ 't1', 21.5 ]`, elements added with element()).
  ObjectInspect(Inspect& ctx, const Object* self, const char* className, uint32_t keys, bool array = false);
  // Empty, or too deep to show: the text is ready (result()).
  bool done() const { return done_; }
  const String& result() const { return result_; }
  // `key` is the member's name as Node shows it (quoted when not an identifier).
  template <class V> void field(const String& key, const V& v) { entries_.append(concat(key, TS_STR(": "), inspect(ctx_, v, true))); }
  // A function-valued member: `[Function: key]` as Node names an arrow function stored in a property.
  template <class S> void function(const String& key, const String& name, const Fn<S>& f) {
    if (!f.isLive()) field(key, f);
    else entries_.append(concat(key, TS_STR(": [Function: "), name, TS_STR("]")));
  }
  template <class V> void element(const V& v) { entries_.append(inspect(ctx_, v, true)); }
  String finish();

 private:
  Inspect& ctx_;
  const Object* self_;
  const char* className_;
  Array<String> entries_;
  String result_;
  bool done_ = false;
  bool array_ = false;
};

}  // namespace detail
}  // namespace ts
