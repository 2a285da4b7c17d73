// Declaration-only std::function for the xtensa object-file check: xtensa-lx106-elf-g++ here has no
// libstdc++ headers, but the ESP8266 core and arduinoWebSockets take callbacks as std::function. Object
// files only need the type; the converting constructor has a body because a lambda (a local type) cannot
// bind to a declared-only template. Nothing here is ever linked.
#pragma once
#if __has_include(<functional>)
#include <functional>
#elif !defined(TSD_DEVICE_STD_FUNCTION)
#define TSD_DEVICE_STD_FUNCTION
namespace std {
template <class Signature> class function;
template <class R, class... A> class function<R(A...)> {
 public:
  function() noexcept;
  function(decltype(nullptr)) noexcept;
  function(const function& other);
  template <class F> function(F f) { (void)f; }
  ~function();
  function& operator=(const function& other);
  R operator()(A... args) const;
  explicit operator bool() const noexcept;

 private:
  void* storage_[4];
};
}  // namespace std
#endif
