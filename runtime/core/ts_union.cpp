// ts::Prim's out-of-line parts: typeof, String(x), === and console.log's form.
#include "ts_union.h"

#include "ts_console.h"
#include "ts_json.h"
#include "ts_number.h"

namespace ts {

String typeOf(const Prim& v) {
  switch (v.tag()) {
    case Prim::kNumber: return TS_STR("number");
    case Prim::kString: return TS_STR("string");
    case Prim::kBoolean: return TS_STR("boolean");
    case Prim::kNull: return TS_STR("object");
    default: return TS_STR("undefined");
  }
}

String toString(const Prim& v) {
  switch (v.tag()) {
    case Prim::kNumber: return toString(v.number());
    case Prim::kString: return v.string();
    case Prim::kBoolean: return toString(v.boolean());
    case Prim::kNull: return TS_STR("null");
    default: return TS_STR("undefined");
  }
}

double Number(const Prim& v) {
  switch (v.tag()) {
    case Prim::kNumber: return v.number();
    case Prim::kString: return Number(v.string());
    case Prim::kBoolean: return v.boolean() ? 1 : 0;
    case Prim::kNull: return 0;
    default: return NAN;
  }
}

bool same(const Prim& a, const Prim& b) {
  if (a.tag() != b.tag()) return false;
  switch (a.tag()) {
    case Prim::kNumber: return a.number() == b.number();
    case Prim::kString: return a.string().equals(b.string());
    case Prim::kBoolean: return a.boolean() == b.boolean();
    default: return true;
  }
}

String typeOf(const Mixed& v) { return v.isObject() ? TS_STR("object") : typeOf(v.prim()); }
String toString(const Mixed& v) { return v.isObject() ? toString(v.object()) : toString(v.prim()); }

namespace detail {
// Map and Set keys (declared in ts_map.h): SameValueZero on the member.
uint32_t hashKey(const Prim& k) {
  switch (k.tag()) {
    case Prim::kNumber: return hashKey(k.number());
    case Prim::kString: return k.string().hash();
    case Prim::kBoolean: return hashKey(k.boolean());
    default: return 3u + k.tag();
  }
}
bool keyEquals(const Prim& a, const Prim& b) {
  if (a.isNumber() && b.isNumber()) return keyEquals(a.number(), b.number());
  return same(a, b);
}
uint32_t hashKey(const Mixed& k) { return k.isObject() ? mixHash(uint64_t(k.object().identity())) : hashKey(k.prim()); }
bool keyEquals(const Mixed& a, const Mixed& b) {
  if (a.isObject() || b.isObject()) return a.object().identity() == b.object().identity();
  return keyEquals(a.prim(), b.prim());
}
Prim normalizeKey(const Prim& k) { return k.isNumber() ? Prim(normalizeKey(k.number())) : k; }
Mixed normalizeKey(const Mixed& k) { return k.isObject() ? k : Mixed(normalizeKey(k.prim())); }

String inspectMixed(const Mixed& v, bool nested) {
  if (!v.isObject()) return inspectPrim(v.prim(), nested);
  Inspect ctx;
  return inspect(ctx, v.object(), nested);
}

String inspectPrim(const Prim& v, bool nested) {
  Inspect ctx;
  switch (v.tag()) {
    case Prim::kNumber: return inspect(ctx, v.number(), nested);
    case Prim::kString: return inspect(ctx, v.string(), nested);
    default: return toString(v);
  }
}
}  // namespace detail

namespace json {
void write(Writer& w, const Mixed& v) {
  if (v.isObject()) return write(w, v.object());
  write(w, v.prim());
}
}  // namespace json

}  // namespace ts
