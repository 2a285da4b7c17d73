// The cycle collector: synchronous trial deletion (Bacon & Rajan 2001, as CPython's collector) over the
// objects that can take part in a reference cycle. Which those are, the compiler knows from the program's
// types (compiler/src/lower/cycles.ts): instances of the classes it marks `tsTracked`, closures it builds with
// `ts::traced`, and the arrays, maps, sets and cells whose element types can hold those. Everything else
// (strings, number arrays, classes that cannot reach themselves) is plain reference counting, untouched.
//
// No header grows: the collector's state lives in the top bits of the existing 32-bit refcount word:
//   bit 31 tracked (this object takes part), bit 30 buffered (in a candidate buffer),
//   bits 27-29 colour, bit 26 old (survived a collection), bits 0-25 the count (67 million references).
// Two generations: a young collection starts from the young candidates and does not enter old nodes (their
// references count as external); a full one, when old candidates reach a quarter of the old generation or
// an allocation fails, traverses everything.
// A release that leaves a tracked object's count above zero makes it a candidate root (it may have just
// become garbage held only by a cycle). The collection (collect()) runs at safe points: on allocation when the
// candidate buffer has filled, when an allocation fails (before the out-of-memory error), and when the sketch
// yields (delay(), yield(), between loop() calls). Traversals use an explicit worklist, never recursion.
#pragma once

#include "ts_base.h"

namespace ts {

typedef void (*DestroyFn)(void*);

namespace gc {

// -DTSD_NO_CYCLE_COLLECTOR builds plain reference counting (bench/gc measures the collector's cost with it).
#if defined(TSD_NO_CYCLE_COLLECTOR)
constexpr bool kEnabled = false;
#else
constexpr bool kEnabled = true;
#endif

constexpr uint32_t kTracked = 1u << 31;
constexpr uint32_t kBuffered = 1u << 30;
constexpr uint32_t kColorShift = 27;
constexpr uint32_t kColorMask = 7u << kColorShift;
constexpr uint32_t kOld = 1u << 26;  // survived a collection: young collections do not traverse it
constexpr uint32_t kCountMask = kOld - 1;
enum Color : uint32_t {
  Black = 0u << kColorShift,    // in use (or not looked at)
  Gray = 1u << kColorShift,     // reached by trial deletion
  White = 2u << kColorShift,    // garbage unless something external reaches it
  Purple = 3u << kColorShift,   // candidate root
  Doomed = 4u << kColorShift,   // garbage being freed: releases of it are ignored
  SurvivorA = 5u << kColorShift,  // found alive by a collection (the two alternate between collections, so a
  SurvivorB = 6u << kColorShift,  // young collection knows which nodes an earlier one promoted: old)
};

class Visitor;

// How the collector handles one kind of node (objects share one; each traced container type has its own).
struct Ops {
  void (*visit)(void* p, Visitor& v);  // calls v.edge() for every counted reference p holds to a tracked node
  DestroyFn destroyContents;           // releases what p holds, keeps p's memory
  DestroyFn destroy;                   // destroyContents + frees the memory
  DestroyFn freeMemory;
  uint32_t rcOffset;  // where the refcount word is: after the vtable pointer of a ts::Object, else first
};

class Visitor {
 public:
  typedef void (*EdgeFn)(Visitor& self, void* p, const Ops* ops);
  constexpr explicit Visitor(EdgeFn fn) : fn_(fn) {}  // constexpr: no static initialiser keeps the collector linked
  void edge(void* p, const Ops* ops) { fn_(*this, p, ops); }

 private:
  EdgeFn fn_;
};

// Whether a value of type T can hold a reference to a tracked node (specialised next to each handle type).
template <class T> struct Traceable {
  static constexpr bool value = false;
};
template <class T> constexpr bool traceable = Traceable<detail::Decay<T>>::value;

// A tracked node's release left `word` (already decremented): a candidate root, or freed at zero.
TSD_NOINLINE void released(void* p, const Ops* ops, uint32_t word);
// malloc for objects, arrays and maps: collects first when the candidate buffer is full, and again when
// malloc fails. Returns nullptr only when memory is exhausted after a collection.
extern bool wanted;  // the candidate buffer filled: collect at the next allocation
void* allocSlow(size_t size);
void release(void* p);  // free() for what alloc() gave (out of line, see Object::operator delete)
inline void* alloc(size_t size) {
  if constexpr (!kEnabled) return malloc(size);
  if (TSD_UNLIKELY(wanted)) return allocSlow(size);
  void* p = malloc(size);
  return TSD_LIKELY(p != nullptr) ? p : allocSlow(size);
}
// malloc / realloc for the runtime's buffers (string and array storage): when they fail, a full collection
// and one more try. nullptr only when memory is exhausted after the collection.
void* mallocCollecting(size_t size);
void* reallocCollecting(void* p, size_t size);
// Runs a young collection now (no-op when there are no candidates or one is already running).
void collect();
// Runs a full collection (old candidates too).
void collectFull();
// A yield point of the sketch: collects when enough candidates wait.
void idle();
// delay(): collects whatever candidates wait.
void idleDelay();

// Figures for tests and the bench (runtime-internal).
struct Stats {
  uint32_t collections;
  uint32_t freed;       // nodes freed by collections
  uint32_t candidates;  // in the buffer now
};
Stats stats();

// Set while a traced closure is asked for its captures (see ts_function.h and TSD_CAPTURES).
extern Visitor* capturing;

}  // namespace gc

// The fallback: values that hold no tracked node (numbers, strings, ...). Handle types add overloads (found
// by argument-dependent lookup, so a container's visit finds the element type's overload).
template <class T> inline void tsTrace(gc::Visitor&, const T&) {}

namespace gc {
template <class... T> inline void captures(const T&... values) { (tsTrace(*capturing, values), ...); }
}  // namespace gc

}  // namespace ts

// First statement of a traced closure's body (the compiler lists the variables it captures): while the
// collector asks for the closure's references, names them instead of running the body.
#define TSD_CAPTURES_VOID(...)                             \
  if (TSD_UNLIKELY(::ts::gc::capturing != nullptr)) {      \
    ::ts::gc::captures(__VA_ARGS__);                       \
    return;                                                \
  }
#define TSD_CAPTURES(...)                                  \
  if (TSD_UNLIKELY(::ts::gc::capturing != nullptr)) {      \
    ::ts::gc::captures(__VA_ARGS__);                       \
    return {};                                             \
  }
