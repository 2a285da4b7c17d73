// Reference-counted objects: `ts::Object` (base of every generated class: a vtable pointer and a 4-byte
// refcount, nothing else), the intrusive handle `ts::Ref<T>` with its null/undefined states, `ts::make`,
// `ts::instanceOf` / `ts::cast` over the generated `ClassInfo` chain, `ts::Cell<T>` (a boxed variable shared
// by closures) and the deferred release queue. Releasing an object whose destructor releases further
// objects never recurses: while one destruction runs, others are queued and run by the outermost caller,
// so dropping a 100 000-node linked list uses constant stack. Reference cycles among the classes the compiler
// marks `tsTracked` are collected by ts_gc.h's collector (the tracked bit lives in the refcount word).
#pragma once

#include "ts_base.h"
#include "ts_gc.h"

namespace ts {

class String;

struct ClassInfo {
  const char* name;
  const ClassInfo* base;
};

class Object {
 public:
  Object() : refcount_(1) {}
  Object(const Object&) : refcount_(1) {}
  Object& operator=(const Object&) { return *this; }
  virtual ~Object();
  virtual const ClassInfo* classInfo() const;
  static const ClassInfo classInfo_;
  // The object as the class or interface `target` (its address in that subobject), for a downcast that
  // static_cast cannot do: through a virtual ts::Object base (a class implementing several interfaces, or
  // extending a class and implementing one). Only such classes override it (no RTTI needed).
  virtual void* tsCastTo(const ClassInfo* target);
  // String(x) of an object seen through a type that declares no toString() (an interface, a base class, a
  // union of classes): the toString() of its dynamic class, which generated classes declaring one override this
  // to call; else "[object Object]", as Object.prototype.toString gives.
  virtual String tsToString();
  // Generated classes that can be part of a cycle say true and visit their fields in tsVisit.
  static constexpr bool tsTracked = false;
  virtual void tsVisit(gc::Visitor&) {}
  // The compiler marks a class plain when no class derives from it and its fields are all numbers or
  // booleans: destroying one releases nothing and runs no code, so its last release frees it on the spot
  // (no virtual destructor call, no deferred-destruction queue).
  static constexpr bool tsPlain = false;
  static void* operator new(size_t size);
  // Sized (the deleting destructor passes the most derived class's size): the host keeps small blocks for
  // reuse by size class. The free() paths are out of line: g++ would pair an inlined free() with `new`.
  static void operator delete(void* p, size_t size);

  // Starts at 1 for the creator (make<T> adopts it), so `Ref<T>(this)` inside a constructor is safe. The top
  // bits are the cycle collector's (ts_gc.h); only tracked objects have them set.
  uint32_t refcount_;
};

namespace gc {
extern const Ops objectOps;
}

#if defined(TSDUINO_EMULATED_CORE) && __SIZEOF_POINTER__ == 8
// Host only: small objects (a `new Vec(x, y)` per step) go back to a free list per size class instead of
// free(): glibc's tcache keeps 7 blocks a size and beyond that _int_free took a fifth of bench/host simulation.
// A class-c block is always malloc'd with the class's full 24 + 16c bytes, and the sized delete gives the
// class back. The lists keep no count (two memory updates fewer per object): at every yield each is trimmed
// to kCacheDepth blocks, and a failed allocation empties them; freeHeap() (host_esp.cpp) counts what they
// hold as free. The collector
// frees with free() (objectFree), which takes any of these blocks. The fast paths are inline, so a `new T`
// finds its size class at compile time.
namespace detail {
struct CachedBlock {
  CachedBlock* next;
};
constexpr size_t kCacheClasses = 8;  // up to 136 bytes
constexpr uint32_t kCacheDepth = 64;  // what each list keeps after a yield (tsd_gc_idle trims them)
extern CachedBlock* objectCache[kCacheClasses];
constexpr size_t cacheClassOf(size_t n) { return n <= 24 ? 0 : (n - 24 + 15) / 16; }
constexpr size_t cacheClassBytes(size_t c) { return 24 + 16 * c; }
void* objectNewSlow(size_t size);
void objectDeleteSlow(void* p);
}  // namespace detail
inline void* Object::operator new(size_t size) {
  size_t c = detail::cacheClassOf(size);
  if (c < detail::kCacheClasses) {
    detail::CachedBlock* b = detail::objectCache[c];
    if (TSD_LIKELY(b != nullptr && !gc::wanted)) {  // a wanted collection runs in gc::alloc as before
      detail::objectCache[c] = b->next;
      return b;
    }
    size = detail::cacheClassBytes(c);
  }
  return detail::objectNewSlow(size);
}
inline void Object::operator delete(void* p, size_t size) {
  size_t c = detail::cacheClassOf(size);
  if (c < detail::kCacheClasses) {
    detail::CachedBlock* b = static_cast<detail::CachedBlock*>(p);
    b->next = detail::objectCache[c];
    detail::objectCache[c] = b;
    return;
  }
  detail::objectDeleteSlow(p);
}
#endif

namespace detail {
// Runs destroy(p) now, or queues it when a destruction is already running (iterative release).
void destroyDeferred(void* p, DestroyFn destroy);
bool destroyingNow();  // a destruction is running (queued releases pending)
void destroyObject(void* p);
TSD_COLD [[noreturn]] void nullDereference();
}  // namespace detail

inline void retainObject(Object* o) { ++o->refcount_; }
// Tracked (possibly): a release that leaves a count makes a candidate for the cycle collector.
inline void releaseObject(Object* o) {
  uint32_t word = --o->refcount_;
  if (word == 0) detail::destroyDeferred(o, &detail::destroyObject);
  else if (gc::kEnabled && TSD_UNLIKELY(int32_t(word) < 0)) gc::released(o, &gc::objectOps, word);  // a tracked object
}
// A Ref<T> whose T is not tracked: no subclass of T is either (cycles.ts marks whole hierarchies), so this is
// plain reference counting.
inline void releaseUntracked(Object* o) {
  if (--o->refcount_ == 0) detail::destroyDeferred(o, &detail::destroyObject);
}

struct AdoptTag {};

namespace detail {
template <class T, class U, class = void> struct StaticCastableT { static constexpr bool value = false; };
template <class T, class U> struct StaticCastableT<T, U, decltype((void)static_cast<T*>(declval<U*>()))> { static constexpr bool value = true; };
// A Ref<U> converts to a Ref<T> when U* converts to T* by static_cast (up, or down a non-virtual base), or
// when T derives from U through a virtual base (down by tsCastTo).
template <class T, class U> constexpr bool convertible = StaticCastableT<T, U>::value || __is_base_of(U, T);
}  // namespace detail

// A live U* as the T it is (proved by the compiler or tested with instanceOf).
template <class T, class U> inline T* downcast(U* p) {
  if constexpr (detail::StaticCastableT<T, U>::value) return static_cast<T*>(p);
  else return static_cast<T*>(static_cast<Object*>(p)->tsCastTo(&T::classInfo_));
}

// Intrusive handle to a T derived from Object. Pointer values 0 and 1 encode undefined and null.
template <class T> class Ref {
 public:
  static constexpr bool tsNullable = true;
  using element_type = T;

  Ref() : p_(nullptr) {}
  Ref(Null) : p_(reinterpret_cast<T*>(uintptr_t(1))) {}
  Ref(Undefined) : p_(nullptr) {}
  explicit Ref(T* p) : p_(p) {
    if (isLive()) retainObject(p_);
  }
  Ref(T* p, AdoptTag) : p_(p) {}
  Ref(const Ref& o) : p_(o.p_) {
    if (isLive()) retainObject(p_);
  }
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  template <class U, class = detail::EnableIf<!detail::isSame<U, T> && detail::convertible<T, U>>>
  Ref(const Ref<U>& o) : p_(convert(o.rawTagged())) {
    if (isLive()) retainObject(p_);
  }
  template <class U, class = detail::EnableIf<!detail::isSame<U, T> && detail::convertible<T, U>>>
  Ref(Ref<U>&& o) noexcept : p_(convert(o.rawTagged())) {
    o.forget();
  }
  // A cross-cast (a union's common base to an interface every member implements): the object's own tsCastTo.
  template <class U, class = detail::EnableIf<!detail::isSame<U, T> && !detail::convertible<T, U> && __is_base_of(Object, U) && __is_base_of(Object, T)>, class = void>
  explicit Ref(const Ref<U>& o) : p_(o.isLive() ? downcast<T>(o.get()) : reinterpret_cast<T*>(o.rawTagged())) {
    if (isLive()) retainObject(p_);
  }
  ~Ref() {
    if (isLive()) release(p_);
  }
  Ref& operator=(const Ref& o) {
    T* old = p_;
    p_ = o.p_;
    if (isLive()) retainObject(p_);
    if (uintptr_t(old) > 1) release(old);
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      T* old = p_;
      p_ = o.p_;
      o.p_ = nullptr;
      if (uintptr_t(old) > 1) release(old);
    }
    return *this;
  }

  T* operator->() const {
    if (TSD_UNLIKELY(!isLive())) detail::nullDereference();
    return p_;
  }
  T& operator*() const { return *operator->(); }
  // The object pointer, or nullptr for null/undefined.
  T* get() const { return isLive() ? p_ : nullptr; }
  bool isLive() const { return uintptr_t(p_) > 1; }
  bool isNullState() const { return uintptr_t(p_) == 1; }
  bool isUndefinedState() const { return p_ == nullptr; }
  // Identity including the nullish state (0 undefined, 1 null, else the Object address).
  uintptr_t identity() const { return isLive() ? reinterpret_cast<uintptr_t>(static_cast<const Object*>(p_)) : uintptr_t(p_); }
  T* rawTagged() const { return p_; }
  void forget() { p_ = nullptr; }

  bool operator==(const Ref& o) const { return p_ == o.p_; }
  bool operator!=(const Ref& o) const { return p_ != o.p_; }

 private:
  static void release(T* p) {
    // A Ref<Object> (a union of object types without a common base) may hold a tracked member: check its bit.
    // A plain class (no subclass, number and boolean fields only): its destructor would do nothing.
    if constexpr (T::tsPlain) {
      if (--p->refcount_ == 0) T::operator delete(p, sizeof(T));
    } else if constexpr (T::tsTracked || detail::isSame<T, Object>) releaseObject(p);
    else releaseUntracked(p);
  }
  template <class U> static T* convert(U* u) {
    if (uintptr_t(u) <= 1) return reinterpret_cast<T*>(u);
    return downcast<T>(u);
  }
  T* p_;
};

template <class T, class... A> inline Ref<T> make(A&&... args) {
  T* p = new T(detail::forward<A>(args)...);
  if constexpr (gc::kEnabled && T::tsTracked) p->refcount_ |= gc::kTracked;
  return Ref<T>(p, AdoptTag());
}

namespace detail {
// `{ ...items[9], n: 1 }` where the spread gave nothing (items[9] is undefined) and no other part of the literal
// gives the required member: JavaScript leaves it out of the object, which a record cannot (a TypeError naming
// it, docs/language.md). member is a PSTR.
TSD_COLD [[noreturn]] void spreadMissingMember(const char* member);
}  // namespace detail

namespace gc {
template <class T> struct Traceable<Ref<T>> {
  static constexpr bool value = T::tsTracked || detail::isSame<T, Object>;
};
}  // namespace gc
template <class T> inline void tsTrace(gc::Visitor& v, const Ref<T>& r) {
  if constexpr (T::tsTracked) {  // then every instance is tracked (make<T> of T or a subclass set the bit)
    Object* o = r.get();
    if (o != nullptr) v.edge(o, &gc::objectOps);
  } else if constexpr (detail::isSame<T, Object>) {  // a union of object types: only its tracked members
    Object* o = r.get();
    if (o != nullptr && (o->refcount_ & gc::kTracked)) v.edge(o, &gc::objectOps);
  }
}

inline bool classInfoDerives(const ClassInfo* info, const ClassInfo* target) {
  for (; info != nullptr; info = info->base)
    if (info == target) return true;
  return false;
}

template <class T, class U> inline bool instanceOf(const Ref<U>& r) {
  const U* p = r.get();
  return p != nullptr && classInfoDerives(p->classInfo(), &T::classInfo_);
}

// Downcast after the compiler has proved (or checked with instanceOf) the dynamic type.
template <class T, class U> inline Ref<T> cast(const Ref<U>& r) {
  if (!r.isLive()) return Ref<T>(reinterpret_cast<T*>(r.rawTagged()), AdoptTag());
  return Ref<T>(downcast<T>(r.get()));
}

template <class T> inline bool truthy(const Ref<T>& r) { return r.isLive(); }
template <class A, class B> inline bool same(const Ref<A>& a, const Ref<B>& b) { return a.identity() == b.identity(); }

// A boxed variable shared by closures: `auto n = ts::cell<double>(0); n->value += 1;`
template <class T> class Cell : public Object {
 public:
  Cell() : value() {}
  template <class U> explicit Cell(U&& v) : value(detail::forward<U>(v)) {}
  static constexpr bool tsTracked = gc::traceable<T>;
  void tsVisit(gc::Visitor& v) override { tsTrace(v, value); }
  T value;
};
template <class T> inline Ref<Cell<T>> cell() { return make<Cell<T>>(); }
template <class T, class U> inline Ref<Cell<T>> cell(U&& v) { return make<Cell<T>>(detail::forward<U>(v)); }

}  // namespace ts
