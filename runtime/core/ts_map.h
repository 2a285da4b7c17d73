// `ts::Map<K, V>` and `ts::Set<T>`: insertion-ordered hash tables (no STL). Entries live in an array in
// insertion order (deleted ones are tombstoned and compacted on growth); an open-addressing index of
// entry positions finds keys. Keys compare with SameValueZero: numbers by value (NaN equals NaN, -0
// equals 0), strings by content, handles by identity.
#pragma once

#include "ts_array.h"
#include "ts_base.h"
#include "ts_object.h"
#include "ts_string.h"

namespace ts {

class Prim;
class Mixed;

namespace detail {
inline uint32_t mixHash(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return uint32_t(x);
}
inline uint32_t hashKey(double d) {
  if (d == 0) d = 0;  // -0 and 0 are one key
  if (d != d) return 0x7ff80000u;
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  return mixHash(bits);
}
inline uint32_t hashKey(bool b) { return b ? 1u : 2u; }
// Map.prototype.set stores -0 as +0 (so keys() prints 0).
inline double normalizeKey(double d) { return d == 0 ? 0.0 : d; }
template <class T> inline const T& normalizeKey(const T& key) { return key; }
inline uint32_t hashKey(const String& s) { return s.hash(); }
// Keys of a union type (`Map<number | string, V>`): SameValueZero on the member (ts_union.h).
uint32_t hashKey(const Prim& k);
bool keyEquals(const Prim& a, const Prim& b);
uint32_t hashKey(const Mixed& k);
bool keyEquals(const Mixed& a, const Mixed& b);
Prim normalizeKey(const Prim& k);
Mixed normalizeKey(const Mixed& k);
template <class T> inline uint32_t hashKey(const T& handle) { return mixHash(uint64_t(handle.identity())); }
inline bool keyEquals(double a, double b) { return a == b || (a != a && b != b); }
inline bool keyEquals(bool a, bool b) { return a == b; }
inline bool keyEquals(const String& a, const String& b) { return a.equals(b); }
template <class T> inline bool keyEquals(const T& a, const T& b) { return a.identity() == b.identity(); }

struct Unit {};

template <class K, class V> struct MapEntry {
  K key;
  V value;
  uint32_t hash;
  bool live;
};

template <class K, class V> struct MapData {
  uint32_t refcount = 1;
  uint32_t count = 0;  // live entries
  uint32_t used = 0;   // entries in use, including tombstones
  uint32_t cap = 0;    // entry capacity
  uint32_t slots = 0;  // index size (power of two) or 0
  MapEntry<K, V>* entries = nullptr;
  uint32_t* index = nullptr;  // entry position + 1, 0 = empty slot; tombstoned entries stay indexed
  uint32_t iterating = 0;     // live for-of iterators: entries keep their positions (no compaction)
  // The position + 1 of the entry the last successful find() reached (0: none), so that set() right after a
  // get() or has() of the same key (`m.set(k, (m.get(k) ?? 0) + 1)`) neither hashes nor probes again. Entries
  // move only when rebuild() compacts them, which clears it; a deleted entry is no longer live.
  mutable uint32_t hint = 0;

  ~MapData() { destroyEntries(); }
  void destroyEntries() {
    for (uint32_t i = 0; i < used; i++) entries[i].~MapEntry<K, V>();
    free(entries);
    free(index);
    entries = nullptr;
    index = nullptr;
    used = count = cap = slots = hint = 0;
  }
  static void* operator new(size_t size) { return gc::alloc(size); }
  static void operator delete(void* p) { gc::release(p); }
  static void destroy(void* p) { delete static_cast<MapData*>(p); }
  // The cycle collector's view (ts_gc.h): entries in use hold their key and value (a deleted entry's key
  // stays until compaction).
  static void destroyContents(void* p) { static_cast<MapData*>(p)->destroyEntries(); }
  static void gcVisit(void* p, gc::Visitor& v) {
    MapData* d = static_cast<MapData*>(p);
    for (uint32_t i = 0; i < d->used; i++) {
      tsTrace(v, d->entries[i].key);
      tsTrace(v, d->entries[i].value);
    }
  }
  static inline const gc::Ops gcOps = {&gcVisit, &destroyContents, &destroy, &free, 0};

  int64_t find(const K& key, uint32_t h) const {
    if (slots == 0) return -1;
    for (uint32_t s = h & (slots - 1);; s = (s + 1) & (slots - 1)) {
      uint32_t e = index[s];
      if (e == 0) return -1;
      const MapEntry<K, V>& entry = entries[e - 1];
      if (entry.live && entry.hash == h && keyEquals(entry.key, key)) {
        hint = e;
        return e - 1;
      }
    }
  }
  void rebuild(uint32_t wantCap) {
    // Compact live entries (unless a for-of is walking them by position), then re-index.
    hint = 0;
    uint32_t live = 0;
    if (iterating > 0) {
      live = used;
      if (wantCap < used * 2) wantCap = used * 2;
    } else {
      // Deleted entries let go of their keys first, while every entry is still in place: a release may run
      // the cycle collector, which reads the entries.
      for (uint32_t i = 0; i < used; i++)
        if (!entries[i].live) entries[i].key = K();
    }
    for (uint32_t i = 0; iterating == 0 && i < used; i++) {
      if (entries[i].live) {
        if (live != i) memcpy(static_cast<void*>(entries + live), static_cast<void*>(entries + i), sizeof(MapEntry<K, V>));
        live++;
      } else {
        entries[i].~MapEntry<K, V>();
      }
    }
    used = live;
    if (wantCap < 4) wantCap = 4;
    if (wantCap != cap) {
      void* grown = gc::reallocCollecting(static_cast<void*>(entries), wantCap * sizeof(MapEntry<K, V>));
      if (grown == nullptr) outOfMemory(PSTR("RangeError: Map maximum size exceeded (out of memory)"));
      entries = static_cast<MapEntry<K, V>*>(grown);
      cap = wantCap;
    }
    uint32_t want = 8;
    while (want < cap * 2) want *= 2;
    free(index);
    index = nullptr;  // a collection may run in the allocation: the map has no index meanwhile
    slots = 0;
    index = static_cast<uint32_t*>(gc::mallocCollecting(want * sizeof(uint32_t)));
    if (index == nullptr) outOfMemory(PSTR("RangeError: Map maximum size exceeded (out of memory)"));
    memset(index, 0, want * sizeof(uint32_t));
    slots = want;
    for (uint32_t i = 0; i < used; i++) {
      uint32_t s = entries[i].hash & (slots - 1);
      while (index[s] != 0) s = (s + 1) & (slots - 1);
      index[s] = i + 1;
    }
  }
  MapEntry<K, V>& insert(const K& key, uint32_t h) {
    if (used == cap) rebuild(count * 2 > 4 ? count * 2 : 4);
    MapEntry<K, V>* e = new (entries + used) MapEntry<K, V>{key, V(), h, true};
    uint32_t s = h & (slots - 1);
    while (index[s] != 0) s = (s + 1) & (slots - 1);
    index[s] = ++used;
    count++;
    return *e;
  }
  bool erase(const K& key) {
    int64_t i = find(key, hashKey(key));
    if (i < 0) return false;
    entries[i].live = false;
    entries[i].value = V();
    count--;
    return true;
  }
  void clear() {
    for (uint32_t i = 0; i < used; i++) {
      entries[i].live = false;
      entries[i].value = V();
    }
    count = 0;
  }
};

TSD_COLD [[noreturn]] void nullishCollection();
}  // namespace detail

template <class K, class V> class Map {
  using Data = detail::MapData<K, V>;

 public:
  static constexpr bool tsNullable = true;
  using Entry = detail::MapEntry<K, V>;

  Map() : d_(nullptr) {}
  Map(Undefined) : d_(nullptr) {}
  Map(Null) : d_(reinterpret_cast<Data*>(uintptr_t(1))) {}
  Map(const Map& o) : d_(o.d_) {
    if (isLive()) ++d_->refcount;
  }
  Map(Map&& o) noexcept : d_(o.d_) { o.d_ = nullptr; }
  ~Map() { release(d_); }
  Map& operator=(const Map& o) {
    if (o.isLive()) ++o.d_->refcount;
    release(d_);
    d_ = o.d_;
    return *this;
  }
  Map& operator=(Map&& o) noexcept {
    if (this != &o) {
      Data* old = d_;
      d_ = o.d_;
      o.d_ = nullptr;
      release(old);
    }
    return *this;
  }

  static Map create() {
    Data* d = new Data();
    if (d == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
    if constexpr (gc::kEnabled && (gc::traceable<K> || gc::traceable<V>)) d->refcount |= gc::kTracked;
    return Map(d);
  }
  Data* tsData() const { return isLive() ? d_ : nullptr; }

  bool isLive() const { return uintptr_t(d_) > 1; }
  bool isNullState() const { return uintptr_t(d_) == 1; }
  bool isUndefinedState() const { return d_ == nullptr; }
  uintptr_t identity() const { return uintptr_t(d_); }

  double size() const { return live()->count; }
  V get(const K& key) const {
    int64_t i = live()->find(key, detail::hashKey(key));
    return i < 0 ? V() : d_->entries[i].value;
  }
  Opt<V> getOpt(const K& key) const {
    int64_t i = live()->find(key, detail::hashKey(key));
    if (i < 0) return undefined;
    // A stored `number[]` read past the end (m.set(k, a[7])) is undefined again, as the array's getOpt does.
    if constexpr (detail::isSame<V, double>) {
      if (d_->entries[i].value != d_->entries[i].value && detail::isUndefinedNumber(d_->entries[i].value)) return undefined;
    }
    return Opt<V>(d_->entries[i].value);
  }
  Map set(const K& key, const V& value) const {
    if (uint32_t hint = live()->hint) {
      Entry& e = d_->entries[hint - 1];
      if (e.live && detail::keyEquals(e.key, key)) {
        e.value = value;
        return *this;
      }
    }
    uint32_t h = detail::hashKey(key);
    int64_t i = live()->find(key, h);
    if (i >= 0) d_->entries[i].value = value;
    else d_->insert(detail::normalizeKey(key), h).value = value;
    return *this;
  }
  bool has(const K& key) const { return live()->find(key, detail::hashKey(key)) >= 0; }
  bool remove(const K& key) const { return live()->erase(key); }
  void clear() const { live()->clear(); }

  template <class F> void forEach(F f) const {
    Iterator pinned(live(), 0);  // entries keep their positions while callbacks add and delete
    for (uint32_t i = 0; i < d_->used; i++) {
      if (!d_->entries[i].live) continue;
      V v = d_->entries[i].value;
      K k = d_->entries[i].key;
      detail::callFlex(f, v, k, *this);
    }
  }
  Array<K> keys() const {
    Array<K> out = Array<K>::withCapacity(live()->count);
    for (uint32_t i = 0; i < d_->used; i++)
      if (d_->entries[i].live) out.append(d_->entries[i].key);
    return out;
  }
  Array<V> values() const {
    Array<V> out = Array<V>::withCapacity(live()->count);
    for (uint32_t i = 0; i < d_->used; i++)
      if (d_->entries[i].live) out.append(d_->entries[i].value);
    return out;
  }

  class Iterator {
   public:
    // An iterator holds a reference (the loop may reassign the variable it iterates) and pins positions.
    Iterator(Data* d, uint32_t i) : d_(d), i_(i) {
      pin();
      skip();
    }
    Iterator(const Iterator& o) : d_(o.d_), i_(o.i_) { pin(); }
    Iterator& operator=(const Iterator&) = delete;
    ~Iterator() {
      if (d_ == nullptr) return;
      d_->iterating--;
      Map::release(d_);
    }
    const Entry& operator*() const { return d_->entries[i_]; }
    const Entry* operator->() const { return d_->entries + i_; }
    Iterator& operator++() {
      ++i_;
      skip();
      return *this;
    }
    bool operator!=(const Iterator&) const { return d_ != nullptr && i_ < d_->used; }

   private:
    void pin() {
      if (d_ == nullptr) return;
      d_->iterating++;
      d_->refcount++;
    }
    void skip() {
      while (d_ != nullptr && i_ < d_->used && !d_->entries[i_].live) ++i_;
    }
    Data* d_;
    uint32_t i_;
  };
  Iterator begin() const { return Iterator(live(), 0); }
  Iterator end() const { return Iterator(nullptr, 0); }

 private:
  explicit Map(Data* d) : d_(d) {}
  Data* live() const {
    if (TSD_UNLIKELY(!isLive())) detail::nullishCollection();
    return d_;
  }
  static void release(Data* d) {
    if (uintptr_t(d) <= 1) return;
    uint32_t word = --d->refcount;
    if (word == 0) detail::destroyDeferred(d, &Data::destroy);
    else if constexpr (gc::kEnabled && (gc::traceable<K> || gc::traceable<V>)) {
      if (TSD_UNLIKELY(int32_t(word) < 0)) gc::released(d, &Data::gcOps, word);
    }
  }
  Data* d_;
};

template <class T> class Set {
 public:
  static constexpr bool tsNullable = true;
  Set() {}
  Set(Undefined) {}
  Set(Null) : m_(null) {}

  static Set create() { return Set(Map<T, detail::Unit>::create()); }
  bool isLive() const { return m_.isLive(); }
  bool isNullState() const { return m_.isNullState(); }
  bool isUndefinedState() const { return m_.isUndefinedState(); }
  uintptr_t identity() const { return m_.identity(); }

  double size() const { return m_.size(); }
  Set add(const T& v) const {
    m_.set(v, detail::Unit());
    return *this;
  }
  bool has(const T& v) const { return m_.has(v); }
  bool remove(const T& v) const { return m_.remove(v); }
  void clear() const { m_.clear(); }
  template <class F> void forEach(F f) const {
    m_.forEach([&f, this](const detail::Unit&, const T& k) {
      T a = k, b = k;
      detail::callFlex(f, a, b, *this);
    });
  }
  Array<T> values() const { return m_.keys(); }
  Array<T> keys() const { return m_.keys(); }

  class Iterator {
   public:
    explicit Iterator(typename Map<T, detail::Unit>::Iterator it) : it_(it) {}
    const T& operator*() const { return (*it_).key; }
    Iterator& operator++() {
      ++it_;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return it_ != o.it_; }

   private:
    typename Map<T, detail::Unit>::Iterator it_;
  };
  Iterator begin() const { return Iterator(m_.begin()); }
  Iterator end() const { return Iterator(m_.end()); }

 private:
  explicit Set(const Map<T, detail::Unit>& m) : m_(m) {}
  Map<T, detail::Unit> m_;
  template <class U> friend void tsTrace(gc::Visitor& v, const Set<U>& s);
};

namespace gc {
template <class K, class V> struct Traceable<Map<K, V>> {
  static constexpr bool value = traceable<K> || traceable<V>;
};
template <class T> struct Traceable<Set<T>> {
  static constexpr bool value = traceable<T>;
};
}  // namespace gc
template <class K, class V> inline void tsTrace(gc::Visitor& v, const Map<K, V>& m) {
  if constexpr (gc::traceable<K> || gc::traceable<V>) {
    auto* d = m.tsData();
    if (d != nullptr && (d->refcount & gc::kTracked)) v.edge(d, &detail::MapData<K, V>::gcOps);
  }
}
template <class T> inline void tsTrace(gc::Visitor& v, const Set<T>& s) { tsTrace(v, s.m_); }

template <class K, class V> inline bool truthy(const Map<K, V>& m) { return m.isLive(); }
template <class T> inline bool truthy(const Set<T>& s) { return s.isLive(); }
template <class K, class V> inline bool same(const Map<K, V>& a, const Map<K, V>& b) { return a.identity() == b.identity(); }
template <class T> inline bool same(const Set<T>& a, const Set<T>& b) { return a.identity() == b.identity(); }

// String(map) / `${set}`: what Object.prototype.toString gives.
template <class K, class V> inline String toString(const Map<K, V>& m) {
  if (!m.isLive()) return m.isNullState() ? TS_STR("null") : TS_STR("undefined");
  return TS_STR("[object Map]");
}
template <class T> inline String toString(const Set<T>& s) {
  if (!s.isLive()) return s.isNullState() ? TS_STR("null") : TS_STR("undefined");
  return TS_STR("[object Set]");
}

}  // namespace ts
