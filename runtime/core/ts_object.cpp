// Out-of-line parts of ts_object.h: Object's vtable anchor and the iterative (deferred) destruction queue.
#include "ts_object.h"

#include "ts_error.h"
#include "ts_function.h"
#include "ts_string.h"

namespace ts {

const ClassInfo Object::classInfo_ = {"Object", nullptr};
Object::~Object() {}
const ClassInfo* Object::classInfo() const { return &classInfo_; }
void* Object::tsCastTo(const ClassInfo* target) { return target == &classInfo_ ? this : nullptr; }
String Object::tsToString() { return TS_STR("[object Object]"); }

namespace detail {

namespace {
struct Pending {
  void* p;
  DestroyFn fn;
};
bool destroying = false;
Pending* pending = nullptr;
uint32_t pendingCount = 0;
uint32_t pendingCap = 0;

void push(void* p, DestroyFn fn) {
  if (pendingCount == pendingCap) {
    uint32_t cap = pendingCap ? pendingCap * 2 : 64;
    Pending* grown = static_cast<Pending*>(realloc(pending, cap * sizeof(Pending)));
    if (grown == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
    pending = grown;
    pendingCap = cap;
  }
  pending[pendingCount++] = Pending{p, fn};
}
}  // namespace

void destroyDeferred(void* p, DestroyFn fn) {
  if (destroying) {
    push(p, fn);
    return;
  }
  destroying = true;
  fn(p);
  while (pendingCount > 0) {
    Pending next = pending[--pendingCount];
    next.fn(next.p);
  }
  if (pendingCap > 256) {  // give back the memory a huge release needed
    free(pending);
    pending = nullptr;
    pendingCap = 0;
  }
  destroying = false;
}

void destroyObject(void* p) { delete static_cast<Object*>(p); }
bool destroyingNow() { return destroying; }

void nullDereference() { uncaught(PSTR("TypeError: Cannot read properties of null or undefined")); }
void notAFunction() { uncaught(PSTR("TypeError: value is not a function")); }

}  // namespace detail
}  // namespace ts
