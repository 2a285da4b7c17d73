// The cycle collector (ts_gc.h): Bacon & Rajan's synchronous trial deletion with an explicit worklist.
//
// collect():
//   1. mark: from every purple candidate, colour gray everything it reaches and take each reference inside
//      that set off its target's count; what is left of a count is the references from outside (globals, the
//      stack, untracked objects);
//   2. scan: a gray node with references left is alive, and so is everything it reaches (black, counts
//      restored); the rest is white;
//   3. free the white nodes: give back the counts their references took from live nodes, mark them doomed
//      (their releases of each other are ignored), run their destructors, then free their memory.
// A candidate whose count fell to zero while buffered had its contents destroyed then; its memory is freed
// here. Nothing is freed that a reference from outside the candidates' subgraph still reaches.
#include "ts_gc.h"

#include "ts_error.h"
#include "ts_object.h"

#if !defined(TSDUINO_EMULATED_CORE) && defined(ARDUINO_ARCH_ESP8266)
#include <Schedule.h>
#endif

namespace ts {

#if defined(TSDUINO_EMULATED_CORE) && __SIZEOF_POINTER__ == 8
// The host's small-object cache (ts_object.h): its lists, and the paths that reach malloc and free.
namespace detail {
CachedBlock* objectCache[kCacheClasses];
// Gives each list's blocks beyond the first `keep` back to malloc.
void trimObjectCache(uint32_t keep) {
  for (size_t c = 0; c < kCacheClasses; c++) {
    CachedBlock** link = &objectCache[c];
    for (uint32_t n = 0; *link != nullptr && n < keep; n++) link = &(*link)->next;
    CachedBlock* rest = *link;
    *link = nullptr;
    while (rest != nullptr) {
      CachedBlock* next = rest->next;
      free(rest);
      rest = next;
    }
  }
}
void* objectNewSlow(size_t size) {
  void* p = gc::alloc(size);
  if (p == nullptr) {
    trimObjectCache(0);
    p = gc::alloc(size);
  }
  if (p == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
  return p;
}
void objectDeleteSlow(void* p) { free(p); }
}  // namespace detail
// What the lists hold, as mallinfo2 counts the chunks.
extern "C" size_t tsd_object_cache_bytes() {
  size_t bytes = 0;
  for (size_t c = 0; c < detail::kCacheClasses; c++)
    for (detail::CachedBlock* b = detail::objectCache[c]; b != nullptr; b = b->next) bytes += detail::cacheClassBytes(c) + 8;
  return bytes;
}
#else
void Object::operator delete(void* p, size_t) { free(p); }
void* Object::operator new(size_t size) {
  void* p = gc::alloc(size);
  if (p == nullptr) outOfMemory(PSTR("RangeError: out of memory"));
  return p;
}
#endif

namespace gc {

Visitor* capturing = nullptr;
bool wanted = false;

namespace {

void objectVisit(void* p, Visitor& v) { static_cast<Object*>(p)->tsVisit(v); }
// The allocation starts at the most derived object, which is not p when ts::Object is a virtual base (a class
// implementing several interfaces): dynamic_cast<void*> finds it (no RTTI needed), and once the contents are
// destroyed the dead vtable pointer word keeps it for objectFree (the collector reads only the count word).
void objectDestroyContents(void* p) {
  Object* o = static_cast<Object*>(p);
  void* start = dynamic_cast<void*>(o);
  o->~Object();
  *static_cast<void**>(p) = start;
}
void objectDestroy(void* p) { delete static_cast<Object*>(p); }
void objectFree(void* p) { free(*static_cast<void**>(p)); }

}  // namespace

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
const Ops objectOps = {&objectVisit, &objectDestroyContents, &objectDestroy, &objectFree, offsetof(Object, refcount_)};
#pragma GCC diagnostic pop

namespace {

struct Node {
  void* p;
  const Ops* ops;
};

// A growable array of nodes kept between collections (its high-water mark is the collector's memory).
struct NodeList {
  Node* items = nullptr;
  uint32_t count = 0;
  uint32_t cap = 0;
  bool push(const Node& n) {
    if (count == cap) {
      uint32_t grown = cap ? cap * 2 : 32;
      Node* next = static_cast<Node*>(realloc(items, grown * sizeof(Node)));
      if (next == nullptr) return false;
      items = next;
      cap = grown;
    }
    items[count++] = n;
    return true;
  }
  void pushOrFail(const Node& n) {
    if (!push(n)) outOfMemory(PSTR("RangeError: out of memory (cycle collector)"));
  }
};

#if defined(TSD_GC_STRESS)  // tests: collect at the first allocation after any candidate, and often in full
constexpr uint32_t kFirstThreshold = 1;
constexpr uint32_t kMaxThreshold = 1;
constexpr uint32_t kBufferLimit = 2;
constexpr uint32_t kFirstOldThreshold = 2;
#else
// The young buffer holds 8 bytes per candidate. At the threshold a collection is wanted at the next
// allocation or yield; at kBufferLimit (2 KB on the ESP8266) it runs right away, at the release that made the
// candidate (a loop over live objects that allocates nothing must not grow the buffer without bound).
constexpr uint32_t kFirstThreshold = 64;
constexpr uint32_t kMaxThreshold = 256;
constexpr uint32_t kBufferLimit = 256;
// A full collection runs when the nodes promoted since the last one exceed a quarter of the old generation
// it left (as CPython's): building or walking a large live structure costs O(log n) traversals of it, and
// garbage that was alive at a young collection waits at most that long. Old candidates (survivors that lost
// a reference again) wait in their own buffer, at most one per 4 old nodes (2 bytes each) or kBufferLimit.
constexpr uint32_t kFirstOldThreshold = 128;
#endif

NodeList roots;     // young candidates
NodeList oldRoots;  // old candidates
NodeList work;      // traversal worklist
NodeList garbage;   // white nodes being freed
uint32_t threshold = kFirstThreshold;
// Survivors are coloured liveColor; those of the collection before are previousLive (and old). Others
// promoted earlier carry kOld, set when they next lose a reference (released()).
uint32_t liveColor = SurvivorA;
uint32_t previousLive = SurvivorB;
uint32_t promotedSinceFull = 0;  // nodes young collections found alive since the last full collection
uint32_t liveAtLastFull = 0;     // nodes the last full collection found alive
uint32_t survivedThisRun = 0;
bool collecting = false;
bool full = false;  // this collection also traverses old nodes
Stats counters = {0, 0, 0};

inline bool fullDue() {
  uint32_t quarter = liveAtLastFull / 4;
  return promotedSinceFull > (quarter > kFirstOldThreshold ? quarter : kFirstOldThreshold);
}
inline uint32_t oldBufferLimit() {
  uint32_t quarter = liveAtLastFull / 4;
  return quarter > kBufferLimit ? quarter : kBufferLimit;
}

inline uint32_t& rcWord(void* p, const Ops* ops) {
  return *reinterpret_cast<uint32_t*>(static_cast<char*>(p) + ops->rcOffset);
}
inline uint32_t& rcWord(const Node& n) { return rcWord(n.p, n.ops); }
inline uint32_t colorOf(uint32_t w) { return w & kColorMask; }
inline void setColor(uint32_t& w, uint32_t color) { w = (w & ~kColorMask) | color; }
// A young collection leaves old nodes alone: their references count as references from outside. (Whether a
// node is skipped does not change during a collection: skipped nodes are not touched, the others are never
// coloured previousLive.)
inline bool isOld(uint32_t w) { return (w & kOld) || colorOf(w) == SurvivorA || colorOf(w) == SurvivorB; }
inline bool skipped(uint32_t w) { return !full && ((w & kOld) || colorOf(w) == previousLive); }
inline void survived(uint32_t& w) {
  setColor(w, liveColor);
  survivedThisRun++;
}

void drain(Visitor& v, uint32_t base) {
  while (work.count > base) {
    Node n = work.items[--work.count];
    n.ops->visit(n.p, v);
  }
}

// Phase 1: every reference inside the gray set is taken off its target's count.
void markGrayEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = rcWord(p, ops);
  if (skipped(w)) return;
  w--;
  if (colorOf(w) != Gray) {
    setColor(w, Gray);
    work.pushOrFail(Node{p, ops});
  }
}
Visitor markGrayVisitor(&markGrayEdge);

// Phase 2b: what a live node reaches is live; its references are counted again.
void scanBlackEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = rcWord(p, ops);
  if (skipped(w)) return;
  w++;
  if (colorOf(w) != liveColor) {
    survived(w);
    work.pushOrFail(Node{p, ops});
  }
}
Visitor scanBlackVisitor(&scanBlackEdge);

void scanBlack(const Node& n) {
  survived(rcWord(n));
  uint32_t base = work.count;
  work.pushOrFail(n);
  drain(scanBlackVisitor, base);
}

// Phase 2: gray nodes with references from outside are alive; the others turn white.
void scanNode(const Node& n) {
  uint32_t& w = rcWord(n);
  if (colorOf(w) != Gray) return;
  if ((w & kCountMask) > 0) {
    scanBlack(n);
  } else {
    setColor(w, White);
    work.pushOrFail(n);
  }
}
void scanEdge(Visitor&, void* p, const Ops* ops) { scanNode(Node{p, ops}); }
Visitor scanVisitor(&scanEdge);

void scan(const Node& root) {
  uint32_t base = work.count;
  scanNode(root);
  while (work.count > base) {
    Node n = work.items[--work.count];
    if (colorOf(rcWord(n)) == White) n.ops->visit(n.p, scanVisitor);  // turned black meanwhile: done
  }
}

// Phase 3: gather the white nodes.
void collectWhiteEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = rcWord(p, ops);
  if (colorOf(w) == White) {
    setColor(w, Doomed);
    work.pushOrFail(Node{p, ops});
  }
}
Visitor collectWhiteVisitor(&collectWhiteEdge);

// A doomed node's references to live nodes were taken off in phase 1 and not restored: restore them, so the
// destructors' releases leave those counts right.
void restoreEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = rcWord(p, ops);
  if (!skipped(w) && colorOf(w) != Doomed) w++;
}
Visitor restoreVisitor(&restoreEdge);

void freeGarbage() {
  for (uint32_t i = 0; i < garbage.count; i++) garbage.items[i].ops->visit(garbage.items[i].p, restoreVisitor);
  // Releases among the doomed never reach zero: their count is set far above any number of references.
  for (uint32_t i = 0; i < garbage.count; i++) {
    uint32_t& w = rcWord(garbage.items[i]);
    w = (w & ~kCountMask) | (kCountMask >> 1);
  }
  for (uint32_t i = 0; i < garbage.count; i++) detail::destroyDeferred(garbage.items[i].p, garbage.items[i].ops->destroyContents);
  for (uint32_t i = 0; i < garbage.count; i++) garbage.items[i].ops->freeMemory(garbage.items[i].p);
  counters.freed += garbage.count;
}

#if !defined(TSDUINO_EMULATED_CORE) && defined(ARDUINO_ARCH_ESP8266)
// On the board the core runs recurrent scheduled functions after loop() and inside yield() and delay().
bool scheduled = false;
void scheduleIdle() {
  if (scheduled) return;
  scheduled = schedule_recurrent_function_us([]() {
    idle();  // after loop() and in delay()/yield() (the core does not say which: the thresholds apply)
    return true;
  }, 0);
}
#else
inline void scheduleIdle() {}  // the emulated core calls tsd_gc_idle() itself
#endif

// What tsd_gc_idle runs, set with runCollection: a program without candidates links no idle collection.
void idleOrDelay(int delaying);
void (*idleHook)(int) = nullptr;

// The collection itself, reached through this pointer that released() sets: a program that never makes a
// candidate (no type on a possible cycle, so released() is not linked) does not link the collector either.
void run(NodeList& candidates);
void (*runCollection)(NodeList&) = nullptr;
// The collections the allocation paths run when the young buffer filled or malloc failed, also set by
// released(): without a candidate there is nothing to collect, and collect()/collectFull() stay unlinked.
void (*collectYoung)() = nullptr;
void (*collectAll)() = nullptr;

}  // namespace

void released(void* p, const Ops* ops, uint32_t w) {
  runCollection = &run;
  idleHook = &idleOrDelay;
  collectYoung = &collect;
  collectAll = &collectFull;
  uint32_t& rc = rcWord(p, ops);
  if ((w & kCountMask) == 0) {
    if (w & kBuffered) {
      // Still in a candidate buffer: destroy now, free the memory when the collector drops the entry.
      setColor(rc, Black);
      detail::destroyDeferred(p, ops->destroyContents);
    } else {
      detail::destroyDeferred(p, ops->destroy);
    }
    return;
  }
  uint32_t color = colorOf(w);
  if (color == Doomed || color == Purple) return;  // being freed, or already a candidate
  if (w & kBuffered) {
    setColor(rc, Purple);
    return;
  }
  bool old = isOld(w);
  NodeList& buffer = old ? oldRoots : roots;
  if (!buffer.push(Node{p, ops})) return;  // no memory for the entry: this candidate is dropped
  rc |= kBuffered | (old ? kOld : 0);
  setColor(rc, Purple);
  scheduleIdle();
  if (old) {
    if (oldRoots.count >= oldBufferLimit()) collectFull();  // may free p
  } else {
    if (roots.count >= threshold) wanted = true;
    if (roots.count >= kBufferLimit) collect();  // may free p
  }
}

namespace {

// Marks gray from the buffered candidates that are still purple; drops the others (freeing those that died
// while buffered). The marked ones stay in the buffer.
void markRoots(NodeList& buffer) {
  uint32_t kept = 0;
  for (uint32_t i = 0; i < buffer.count; i++) {
    Node n = buffer.items[i];
    uint32_t& w = rcWord(n);
    if (colorOf(w) == Purple && (w & kCountMask) > 0) {
      setColor(w, Gray);
      work.pushOrFail(n);
      drain(markGrayVisitor, 0);
      buffer.items[kept++] = n;
    } else {
      w &= ~kBuffered;
      if (colorOf(w) == Black && (w & kCountMask) == 0) {  // died while buffered (a gray node is not dead)
        n.ops->freeMemory(n.p);
        counters.freed++;
      }
    }
  }
  buffer.count = kept;
}

void run(NodeList& candidates) {
  collecting = true;
  counters.collections++;
  uint32_t freedBefore = counters.freed;
  previousLive = liveColor;
  liveColor = liveColor == SurvivorA ? SurvivorB : SurvivorA;
  survivedThisRun = 0;
  // 1. mark gray.
  markRoots(candidates);
  // 2. scan.
  for (uint32_t i = 0; i < candidates.count; i++) scan(candidates.items[i]);
  // 3. gather the white nodes, then free them. The buffer is empty before any destructor runs (their
  //    releases of live nodes make new candidates).
  // A young candidate found alive may be held only by old nodes (which a young collection does not enter),
  // perhaps on a garbage cycle through them: it waits in the old buffer for a full collection.
  for (uint32_t i = 0; i < candidates.count; i++) {
    uint32_t& w = rcWord(candidates.items[i]);
    if (!full && colorOf(w) == liveColor) {
      setColor(w, Purple);
      w |= kOld;
      oldRoots.pushOrFail(candidates.items[i]);
    } else {
      w &= ~kBuffered;
    }
  }
  garbage.count = 0;
  for (uint32_t i = 0; i < candidates.count; i++) {
    Node n = candidates.items[i];
    uint32_t& w = rcWord(n);
    if (colorOf(w) != White) continue;
    setColor(w, Doomed);
    work.pushOrFail(n);
    while (work.count > 0) {
      Node g = work.items[--work.count];
      garbage.pushOrFail(g);
      g.ops->visit(g.p, collectWhiteVisitor);
    }
  }
  candidates.count = 0;
  if (full) liveAtLastFull = survivedThisRun;
  else promotedSinceFull += survivedThisRun;
  freeGarbage();
  garbage.count = 0;
  // A young collection that found nothing waits for twice as many candidates next time; one that freed
  // something starts again from the first threshold.
  if (!full) threshold = counters.freed == freedBefore ? (threshold < kMaxThreshold ? threshold * 2 : threshold) : kFirstThreshold;
  collecting = false;
}

// Inside a destruction, released objects wait in its queue (their memory must not be freed before their
// queued destructor runs): collect at the next allocation instead.
bool mayCollect() {
  if (collecting) return false;
  if (detail::destroyingNow()) {
    wanted = true;
    return false;
  }
  return true;
}

}  // namespace

void collect() {
  if (roots.count == 0 || !mayCollect()) return;
  wanted = false;
  full = false;
  runCollection(roots);
  if (fullDue() || oldRoots.count >= oldBufferLimit()) collectFull();
}

void collectFull() {
  if ((roots.count == 0 && oldRoots.count == 0) || !mayCollect()) return;
  wanted = false;
  full = true;
  for (uint32_t i = 0; i < roots.count; i++) oldRoots.pushOrFail(roots.items[i]);
  roots.count = 0;
  runCollection(oldRoots);
  full = false;
  promotedSinceFull = 0;
}

void release(void* p) { free(p); }

void* allocSlow(size_t size) {
  if (wanted && collectYoung != nullptr) {
    collectYoung();  // the young buffer filled
    void* p = malloc(size);
    if (p != nullptr) return p;
  }
  if (collectAll == nullptr) return malloc(size);  // no candidate ever: nothing to free
  collectAll();  // malloc failed: everything that can be freed is
  return malloc(size);
}

void* mallocCollecting(size_t size) {
  void* p = malloc(size);
  if (p != nullptr || !kEnabled || collectAll == nullptr) return p;
  collectAll();
  return malloc(size);
}

void* reallocCollecting(void* old, size_t size) {
  void* p = realloc(old, size);
  if (p != nullptr || !kEnabled || collectAll == nullptr) return p;
  collectAll();
  return realloc(old, size);
}

// At a yield a quarter of the threshold is enough: the sketch is idle anyway, and garbage goes sooner. A
// program that keeps making candidates of a large live structure raises the threshold (collect()), so its
// yields do not traverse that structure every time.
void idle() {
  if (roots.count > 0 && roots.count >= threshold / 4) collect();
  if (oldRoots.count > 0 && oldRoots.count >= oldBufferLimit() / 4) collectFull();
}

// delay(): the sketch waits anyway, so every candidate is looked at.
void idleDelay() {
  collect();
  collectFull();
}

namespace {
void idleOrDelay(int delaying) {
  if (delaying) idleDelay();
  else idle();
}
}  // namespace

Stats stats() {
  Stats s = counters;
  s.candidates = roots.count + oldRoots.count;
  return s;
}

}  // namespace gc
}  // namespace ts

// The emulated core (runtime/arduino) calls this in delay() (delaying = 1) and yield() (and so between loop()
// calls).
extern "C" void tsd_gc_idle(int delaying) {
  if (ts::gc::idleHook) ts::gc::idleHook(delaying);
#if defined(TSDUINO_EMULATED_CORE) && __SIZEOF_POINTER__ == 8
  // The small-object lists go back to kCacheDepth blocks each in delay() and at every 1024th yield (a walk of
  // at most 8 x 64 blocks: rare enough for a loop() that runs a million times a second).
  static uint32_t yields = 0;
  if (delaying || (++yields & 1023) == 0) ts::detail::trimObjectCache(ts::detail::kCacheDepth);
#endif
}
