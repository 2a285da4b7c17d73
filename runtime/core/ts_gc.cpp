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

void* Object::operator new(size_t size) {
  void* p = gc::alloc(size);
  if (p == nullptr) uncaught(PSTR("RangeError: out of memory"));
  return p;
}

namespace gc {

Visitor* capturing = nullptr;
bool wanted = false;

namespace {

void objectVisit(void* p, Visitor& v) { static_cast<Object*>(p)->tsVisit(v); }
void objectDestroyContents(void* p) { static_cast<Object*>(p)->~Object(); }
void objectDestroy(void* p) { delete static_cast<Object*>(p); }
void objectFree(void* p) { free(p); }

}  // namespace

const Ops objectOps = {&objectVisit, &objectDestroyContents, &objectDestroy, &objectFree, true};

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
    if (!push(n)) uncaught(PSTR("RangeError: out of memory (cycle collector)"));
  }
};

#if defined(TSD_GC_STRESS)  // tests: collect at the first allocation after any candidate
constexpr uint32_t kFirstThreshold = 1;
constexpr uint32_t kMaxThreshold = 1;
#else
constexpr uint32_t kFirstThreshold = 64;
constexpr uint32_t kMaxThreshold = 4096;
#endif

NodeList roots;    // candidate roots
NodeList work;     // traversal worklist
NodeList garbage;  // white nodes being freed
uint32_t threshold = kFirstThreshold;
bool collecting = false;
Stats counters = {0, 0, 0};

inline uint32_t& word(void* p, const Ops* ops) {
  return ops->object ? static_cast<Object*>(p)->refcount_ : *static_cast<uint32_t*>(p);
}
inline uint32_t& word(const Node& n) { return word(n.p, n.ops); }
inline uint32_t colorOf(uint32_t w) { return w & kColorMask; }
inline void setColor(uint32_t& w, uint32_t color) { w = (w & ~kColorMask) | color; }

void drain(Visitor& v, uint32_t base) {
  while (work.count > base) {
    Node n = work.items[--work.count];
    n.ops->visit(n.p, v);
  }
}

// Phase 1: every reference inside the gray set is taken off its target's count.
void markGrayEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = word(p, ops);
  w--;
  if (colorOf(w) != Gray) {
    setColor(w, Gray);
    work.pushOrFail(Node{p, ops});
  }
}
Visitor markGrayVisitor(&markGrayEdge);

// Phase 2b: what a live node reaches is live; its references are counted again.
void scanBlackEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = word(p, ops);
  w++;
  if (colorOf(w) != Black) {
    setColor(w, Black);
    work.pushOrFail(Node{p, ops});
  }
}
Visitor scanBlackVisitor(&scanBlackEdge);

void scanBlack(const Node& n) {
  setColor(word(n), Black);
  uint32_t base = work.count;
  work.pushOrFail(n);
  drain(scanBlackVisitor, base);
}

// Phase 2: gray nodes with references from outside are alive; the others turn white.
void scanNode(const Node& n) {
  uint32_t& w = word(n);
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
    if (colorOf(word(n)) == White) n.ops->visit(n.p, scanVisitor);  // turned black meanwhile: done
  }
}

// Phase 3: gather the white nodes.
void collectWhiteEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = word(p, ops);
  if (colorOf(w) == White) {
    setColor(w, Doomed);
    work.pushOrFail(Node{p, ops});
  }
}
Visitor collectWhiteVisitor(&collectWhiteEdge);

// A doomed node's references to live nodes were taken off in phase 1 and not restored: restore them, so the
// destructors' releases leave those counts right.
void restoreEdge(Visitor&, void* p, const Ops* ops) {
  uint32_t& w = word(p, ops);
  if (colorOf(w) != Doomed) w++;
}
Visitor restoreVisitor(&restoreEdge);

void freeGarbage() {
  for (uint32_t i = 0; i < garbage.count; i++) garbage.items[i].ops->visit(garbage.items[i].p, restoreVisitor);
  // Releases among the doomed never reach zero: their count is set far above any number of references.
  for (uint32_t i = 0; i < garbage.count; i++) {
    uint32_t& w = word(garbage.items[i]);
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
    idle();
    return true;
  }, 0);
}
#else
inline void scheduleIdle() {}  // the emulated core calls tsd_gc_idle() itself
#endif

}  // namespace

void released(void* p, const Ops* ops, uint32_t w) {
  uint32_t& rc = word(p, ops);
  if ((w & kCountMask) == 0) {
    if (w & kBuffered) {
      // Still in the candidate buffer: destroy now, free the memory when the collector drops the entry.
      setColor(rc, Black);
      detail::destroyDeferred(p, ops->destroyContents);
    } else {
      detail::destroyDeferred(p, ops->destroy);
    }
    return;
  }
  uint32_t color = colorOf(w);
  if (color == Doomed || color == Purple) return;  // being freed, or already a candidate
  if (!(w & kBuffered)) {
    if (!roots.push(Node{p, ops})) return;  // no memory for the entry: this candidate is dropped
    rc |= kBuffered;
    if (roots.count >= threshold) wanted = true;
    scheduleIdle();
  }
  setColor(rc, Purple);
}

void collect() {
  if (collecting || roots.count == 0) return;
  collecting = true;
  wanted = false;
  counters.collections++;
  uint32_t freedBefore = counters.freed;
  // 1. mark gray from the purple candidates; drop the others (freeing those whose count reached zero).
  uint32_t kept = 0;
  for (uint32_t i = 0; i < roots.count; i++) {
    Node n = roots.items[i];
    uint32_t& w = word(n);
    if (colorOf(w) == Purple && (w & kCountMask) > 0) {
      setColor(w, Gray);
      work.pushOrFail(n);
      drain(markGrayVisitor, 0);
      roots.items[kept++] = n;
    } else {
      w &= ~kBuffered;
      if (colorOf(w) == Black && (w & kCountMask) == 0) {  // died while buffered (a gray node is not dead)
        n.ops->freeMemory(n.p);
        counters.freed++;
      }
    }
  }
  roots.count = kept;
  // 2. scan.
  for (uint32_t i = 0; i < roots.count; i++) scan(roots.items[i]);
  // 3. gather the white nodes, then free them. The buffer is empty before any destructor runs (their
  //    releases of live nodes make new candidates).
  for (uint32_t i = 0; i < roots.count; i++) word(roots.items[i]) &= ~kBuffered;
  garbage.count = 0;
  for (uint32_t i = 0; i < roots.count; i++) {
    Node n = roots.items[i];
    uint32_t& w = word(n);
    if (colorOf(w) != White) continue;
    setColor(w, Doomed);
    work.pushOrFail(n);
    while (work.count > 0) {
      Node g = work.items[--work.count];
      garbage.pushOrFail(g);
      g.ops->visit(g.p, collectWhiteVisitor);
    }
  }
  roots.count = 0;
  freeGarbage();
  garbage.count = 0;
  // A collection that found nothing waits for twice as many candidates next time (a large live structure
  // is not traversed over and over); one that freed something starts again from the first threshold.
  if (counters.freed == freedBefore) {
    if (threshold < kMaxThreshold) threshold *= 2;
  } else {
    threshold = kFirstThreshold;
  }
  collecting = false;
}

void* allocSlow(size_t size) {
  collect();  // the buffer is full, or malloc failed: then a collection may free enough
  return malloc(size);
}

void idle() {
  if (roots.count > 0) collect();
}

Stats stats() {
  Stats s = counters;
  s.candidates = roots.count;
  return s;
}

}  // namespace gc
}  // namespace ts

// The emulated core (runtime/arduino) calls this in delay() and yield() (and so between loop() calls).
extern "C" void tsd_gc_idle(void) { ts::gc::idle(); }
