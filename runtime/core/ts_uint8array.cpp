// Out-of-line members of ts::Uint8Array (construction, views, copies, joins).
#include "ts_uint8array.h"

#include "ts_number.h"

namespace ts {

namespace detail {
ByteStorage* allocByteStorage(uint32_t size) {
  ByteStorage* s = static_cast<ByteStorage*>(calloc(1, offsetof(ByteStorage, bytes) + (size ? size : 1)));
  if (s == nullptr) uncaught(PSTR("RangeError: Array buffer allocation failed"));
  s->refcount = 1;
  s->size = size;
  return s;
}
}  // namespace detail

Uint8Array Uint8Array::withLength(double length) {
  // ToIndex, as `new Uint8Array(length)` does: NaN is 0, a fraction is truncated (1.5 is 1, -0.5 is 0).
  const double n = length != length ? 0 : trunc(length);
  if (!(n >= 0 && n <= 2147483647.0)) uncaughtString(concat(TS_STR("RangeError: Invalid typed array length: "), toString(length)));
  return Uint8Array(detail::allocByteStorage(uint32_t(n)), 0, uint32_t(n));
}

Uint8Array Uint8Array::from(const Array<double>& values) {
  uint32_t n = uint32_t(values.length());
  Uint8Array u = withLength(n);
  for (uint32_t i = 0; i < n; i++) u.s_->bytes[i] = detail::toUint8(values.data()[i]);
  return u;
}

Uint8Array Uint8Array::wrap(const uint8_t* data, size_t len) {
  Uint8Array u = withLength(double(len));
  if (len) memcpy(u.s_->bytes, data, len);
  return u;
}

void Uint8Array::outOfRange() const {
  if (!isLive()) nullishAccess();
  uncaught(PSTR("RangeError: index out of range"));
}

void Uint8Array::nullishAccess() const {
  if (isNullState()) uncaught(PSTR("TypeError: Cannot read properties of null"));
  uncaught(PSTR("TypeError: Cannot read properties of undefined"));
}

uint32_t Uint8Array::relIndex(double d) const {
  if (d != d) return 0;
  d = trunc(d);
  if (d < 0) {
    d += len_;
    return d <= 0 ? 0 : uint32_t(d);
  }
  return d >= len_ ? len_ : uint32_t(d);
}

Uint8Array Uint8Array::subarray(double start, double end) const {
  if (!isLive()) nullishAccess();
  uint32_t a = relIndex(start), b = relIndex(end);
  if (b < a) b = a;
  ++s_->refcount;
  return Uint8Array(s_, off_ + a, b - a);
}

Uint8Array Uint8Array::slice(double start, double end) const {
  if (!isLive()) nullishAccess();
  uint32_t a = relIndex(start), b = relIndex(end);
  if (b < a) b = a;
  return wrap(s_->bytes + off_ + a, b - a);
}

Uint8Array Uint8Array::fill(double v, double start, double end) const {
  if (!isLive()) nullishAccess();
  uint32_t a = relIndex(start), b = relIndex(end);
  if (a < b) memset(s_->bytes + off_ + a, detail::toUint8(v), b - a);
  return *this;
}

void Uint8Array::set(const Uint8Array& source, double offset) const {
  if (!isLive() || !source.isLive()) nullishAccess();
  double o = trunc(offset);
  if (!(o >= 0) || o + source.len_ > len_) uncaught(PSTR("RangeError: offset is out of bounds"));
  memmove(s_->bytes + off_ + uint32_t(o), source.s_->bytes + source.off_, source.len_);
}

double Uint8Array::indexOf(double v, double from) const {
  if (!isLive()) nullishAccess();
  for (uint32_t i = relIndex(from); i < len_; i++)
    if (s_->bytes[off_ + i] == v) return i;
  return -1;
}

String Uint8Array::join() const { return join(TS_STR(",")); }

String Uint8Array::join(const String& sepArg) const {
  const String sep = sepArg.isUndefinedState() ? TS_STR(",") : sepArg;  // join(undefined) = join()
  if (!isLive()) nullishAccess();
  Array<String> parts = Array<String>::withCapacity(len_);
  for (uint32_t i = 0; i < len_; i++) parts.append(toString(int(s_->bytes[off_ + i])));
  return parts.join(sep);
}

String toString(const Uint8Array& u) {
  if (!u.isLive()) return u.isNullState() ? TS_STR("null") : TS_STR("undefined");
  return u.join();
}

}  // namespace ts
