// `ts::Fn<R(A...)>`: a handle to a refcounted heap closure, built implicitly from any C++ callable (a lambda
// capturing handles by value keeps them alive). Calling a null/undefined Fn throws Node's TypeError. A callable
// that takes fewer parameters than the signature is called with the leading ones (JS ignores extra arguments).
#pragma once

#include "ts_base.h"
#include "ts_object.h"

namespace ts {

namespace detail {
TSD_COLD [[noreturn]] void notAFunction();
// `fns[9]()` with fns[9] undefined: "TypeError: fns[9] is not a function" (callee is the source text, a PSTR).
TSD_COLD [[noreturn]] void notAFunction(const char* callee);
// The same TypeError, catchable: with a try active it becomes the pending error and returns (ts_error_object.cpp).
TSD_COLD void raiseNotAFunction(const char* callee);
}

// `ts::Fn<...>(ts::traced, [=]() { TSD_CAPTURES(...); ... })`: a closure that can be part of a cycle (it captures
// a tracked object). The collector asks it for its captures by calling it while gc::capturing is set.
struct TracedTag {};
inline constexpr TracedTag traced{};

template <class Sig> class Fn;

template <class R, class... A> class Fn<R(A...)> {
  struct Base : Object {
    virtual R call(A... args) = 0;
  };
  template <class F, bool Traced> struct Impl final : Base {
    explicit Impl(F&& f) : f_(detail::move(f)) {
      if constexpr (Traced && gc::kEnabled) this->refcount_ |= gc::kTracked;
    }
    explicit Impl(const F& f) : f_(f) {
      if constexpr (Traced && gc::kEnabled) this->refcount_ |= gc::kTracked;
    }
    R call(A... args) override {
      if constexpr (detail::isSame<R, void>) detail::callFlex(f_, args...);
      else return static_cast<R>(detail::callFlex(f_, args...));
    }
    void tsVisit(gc::Visitor& v) override {
      if constexpr (Traced) {
        gc::Visitor* saved = gc::capturing;
        gc::capturing = &v;
        detail::callFlex(f_, detail::Decay<A>()...);  // returns at its TSD_CAPTURES line
        gc::capturing = saved;
      } else {
        (void)v;
      }
    }
    F f_;
  };

 public:
  static constexpr bool tsNullable = true;
  Fn() : p_(nullptr) {}
  Fn(Null) : p_(reinterpret_cast<Base*>(uintptr_t(1))) {}
  Fn(Undefined) : p_(nullptr) {}
  template <class F, class = detail::EnableIf<!detail::isSame<detail::Decay<F>, Fn> && !detail::isSame<detail::Decay<F>, Null> &&
                                              !detail::isSame<detail::Decay<F>, Undefined>>,
            class = decltype(detail::callFlex(detail::declval<detail::Decay<F>&>(), detail::declval<A&>()...))>
  Fn(F&& f) : p_(new Impl<detail::Decay<F>, false>(detail::forward<F>(f))) {}
  template <class F> Fn(TracedTag, F&& f) : p_(new Impl<detail::Decay<F>, true>(detail::forward<F>(f))) {}
  Fn(const Fn& o) : p_(o.p_) {
    if (isLive()) retainObject(p_);
  }
  Fn(Fn&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  ~Fn() {
    if (isLive()) releaseObject(p_);
  }
  Fn& operator=(const Fn& o) {
    Base* old = p_;
    p_ = o.p_;
    if (isLive()) retainObject(p_);
    if (uintptr_t(old) > 1) releaseObject(old);
    return *this;
  }
  Fn& operator=(Fn&& o) noexcept {
    if (this != &o) {
      Base* old = p_;
      p_ = o.p_;
      o.p_ = nullptr;
      if (uintptr_t(old) > 1) releaseObject(old);
    }
    return *this;
  }

  R operator()(A... args) const {
    if (TSD_UNLIKELY(!isLive())) detail::notAFunction();
    return p_->call(args...);
  }
  // A call whose callee may be undefined at run time (an array element read past the end): Node's message
  // names the callee's source text.
  R call(const char* callee, A... args) const {
    if (TSD_UNLIKELY(!isLive())) detail::notAFunction(callee);
    return p_->call(args...);
  }

  // The same in a program with a try: the TypeError is catchable; the caller tests ts::errorPending().
  R callCaught(const char* callee, A... args) const {
    if (TSD_UNLIKELY(!isLive())) {
      detail::raiseNotAFunction(callee);
      return R();
    }
    return p_->call(args...);
  }

  bool isLive() const { return uintptr_t(p_) > 1; }
  bool isNullState() const { return uintptr_t(p_) == 1; }
  bool isUndefinedState() const { return p_ == nullptr; }
  uintptr_t identity() const { return uintptr_t(p_); }
  Object* tsObject() const { return isLive() ? p_ : nullptr; }

 private:
  Base* p_;
};

namespace gc {
template <class S> struct Traceable<Fn<S>> {
  static constexpr bool value = true;
};
}  // namespace gc
template <class S> inline void tsTrace(gc::Visitor& v, const Fn<S>& f) {
  Object* o = f.tsObject();
  if (o != nullptr && (o->refcount_ & gc::kTracked)) v.edge(o, &gc::objectOps);
}

template <class S> inline bool truthy(const Fn<S>& f) { return f.isLive(); }
template <class S> inline bool same(const Fn<S>& a, const Fn<S>& b) { return a.identity() == b.identity(); }

}  // namespace ts
