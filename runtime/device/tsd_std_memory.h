// Declaration-only std::shared_ptr for the xtensa object check (no libstdc++ headers here); the ESP8266
// core's WiFiEventHandler is a std::shared_ptr. Nothing here is ever linked.
#pragma once
#if __has_include(<memory>)
#include <memory>
#elif !defined(TSD_DEVICE_STD_SHARED_PTR)
#define TSD_DEVICE_STD_SHARED_PTR
namespace std {
template <class T> class shared_ptr {
 public:
  shared_ptr() noexcept;
  shared_ptr(decltype(nullptr)) noexcept;
  shared_ptr(const shared_ptr& other) noexcept;
  ~shared_ptr();
  shared_ptr& operator=(const shared_ptr& other) noexcept;
  T* get() const noexcept;
  explicit operator bool() const noexcept;

 private:
  T* ptr_;
  void* control_;
};
}  // namespace std
#endif
