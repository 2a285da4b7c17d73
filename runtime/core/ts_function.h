// `ts::Fn<R(A...)>`: a handle to a refcounted heap closure, built implicitly from any C++ callable (a lambda
// capturing handles by value keeps them alive). Calling a null/undefined Fn throws Node's TypeError. A callable
// that takes fewer parameters than the signature is called with the leading ones (JS ignores extra arguments).
#pragma once

#include "ts_base.h"
#include "ts_object.h"

namespace ts {

namespace detail {
TSD_COLD [[noreturn]] void notAFunction();
}

template <class Sig> class Fn;

template <class R, class... A> class Fn<R(A...)> {
  struct Base : Object {
    virtual R call(A... args) = 0;
  };
  template <class F> struct Impl final : Base {
    explicit Impl(F&& f) : f_(detail::move(f)) {}
    explicit Impl(const F& f) : f_(f) {}
    R call(A... args) override {
      if constexpr (detail::isSame<R, void>) detail::callFlex(f_, args...);
      else return static_cast<R>(detail::callFlex(f_, args...));
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
  Fn(F&& f) : p_(new Impl<detail::Decay<F>>(detail::forward<F>(f))) {}
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

  bool isLive() const { return uintptr_t(p_) > 1; }
  bool isNullState() const { return uintptr_t(p_) == 1; }
  bool isUndefinedState() const { return p_ == nullptr; }
  uintptr_t identity() const { return uintptr_t(p_); }

 private:
  Base* p_;
};

template <class S> inline bool truthy(const Fn<S>& f) { return f.isLive(); }
template <class S> inline bool same(const Fn<S>& a, const Fn<S>& b) { return a.identity() == b.identity(); }

}  // namespace ts
