// Adapter for the ESP8266 core's ArduinoOTA: `ArduinoOTATS` takes runtime values and forwards to the real
// `ArduinoOTA` on the board, or to the host implementation (host/host_ota.cpp: real UDP/TCP on 127.0.0.1,
// MD5 with BearSSL, the image written to the board's flash file). Callbacks are kept as ts::Fn.
#pragma once

#if defined(ESP8266)
#include <ArduinoOTA.h>
#define TSD_OTA_TARGET ArduinoOTA
#else
#include "host/host_ota.h"
#define TSD_OTA_TARGET tsd_ota::instance()
#endif

class ArduinoOTAClassTS {
 public:
  typedef ts::Fn<void()> Handler;
  typedef ts::Fn<void(double)> ErrorHandler;
  typedef ts::Fn<void(double, double)> ProgressHandler;

  void setPort(double port) { TSD_OTA_TARGET.setPort((uint16_t)port); }
  void setHostname(const ts::String& name) { TSD_OTA_TARGET.setHostname(name.c_str()); }
  ts::String getHostname() { return ts::String::fromUtf8(TSD_OTA_TARGET.getHostname().c_str()); }
  void setPassword(const ts::String& password) { TSD_OTA_TARGET.setPassword(password.c_str()); }
  void setPasswordHash(const ts::String& hash) { TSD_OTA_TARGET.setPasswordHash(hash.c_str()); }
  void setRebootOnSuccess(bool reboot) { TSD_OTA_TARGET.setRebootOnSuccess(reboot); }
  void begin() { TSD_OTA_TARGET.begin(); }
  void begin(bool useMDNS) { TSD_OTA_TARGET.begin(useMDNS); }
  void end() { TSD_OTA_TARGET.end(); }
  void handle() { TSD_OTA_TARGET.handle(); }
  double getCommand() { return TSD_OTA_TARGET.getCommand(); }

  void onStart(const Handler& fn) {
    start_ = fn;
#if defined(ESP8266)
    ArduinoOTA.onStart([this]() { fireStart(this); });
#else
    hook();
#endif
  }
  void onEnd(const Handler& fn) {
    end_ = fn;
#if defined(ESP8266)
    ArduinoOTA.onEnd([this]() { fireEnd(this); });
#else
    hook();
#endif
  }
  void onError(const ErrorHandler& fn) {
    error_ = fn;
#if defined(ESP8266)
    ArduinoOTA.onError([this](ota_error_t e) { fireError(this, e); });
#else
    hook();
#endif
  }
  void onProgress(const ProgressHandler& fn) {
    progress_ = fn;
#if defined(ESP8266)
    ArduinoOTA.onProgress([this](unsigned int done, unsigned int total) { fireProgress(this, done, total); });
#else
    hook();
#endif
  }
  // An arrow whose body is an expression arrives typed by its own result (`() => Serial.println(...)` is a
  // ts::Fn<double()>); TypeScript lets it stand for a void callback, so take any result and drop it.
  template <class R> void onStart(const ts::Fn<R()>& fn) { onStart(Handler([fn]() { fn(); })); }
  template <class R> void onEnd(const ts::Fn<R()>& fn) { onEnd(Handler([fn]() { fn(); })); }
  template <class R> void onError(const ts::Fn<R(double)>& fn) { onError(ErrorHandler([fn](double e) { fn(e); })); }
  template <class R> void onProgress(const ts::Fn<R(double, double)>& fn) {
    onProgress(ProgressHandler([fn](double d, double t) { fn(d, t); }));
  }
  // Named functions arrive as plain function pointers.
  void onStart(void (*fn)()) { onStart(Handler([fn]() { fn(); })); }
  void onEnd(void (*fn)()) { onEnd(Handler([fn]() { fn(); })); }
  void onError(void (*fn)(double)) { onError(ErrorHandler([fn](double e) { fn(e); })); }
  void onProgress(void (*fn)(double, double)) { onProgress(ProgressHandler([fn](double d, double t) { fn(d, t); })); }

 private:
  // A callback may replace itself: run a copy.
  static void fireStart(void* self) {
    Handler h = static_cast<ArduinoOTAClassTS*>(self)->start_;
    if (!ts::isNullish(h)) h();
  }
  static void fireEnd(void* self) {
    Handler h = static_cast<ArduinoOTAClassTS*>(self)->end_;
    if (!ts::isNullish(h)) h();
  }
  static void fireError(void* self, ota_error_t e) {
    ErrorHandler h = static_cast<ArduinoOTAClassTS*>(self)->error_;
    if (!ts::isNullish(h)) h((double)e);
  }
  static void fireProgress(void* self, unsigned int done, unsigned int total) {
    ProgressHandler h = static_cast<ArduinoOTAClassTS*>(self)->progress_;
    if (!ts::isNullish(h)) h((double)done, (double)total);
  }
#if !defined(ESP8266)
  void hook() {
    tsd_ota::Callbacks c;
    c.context = this;
    c.start = &fireStart;
    c.end = &fireEnd;
    c.error = &fireError;
    c.progress = &fireProgress;
    tsd_ota::instance().setCallbacks(c);
  }
#endif

  Handler start_;
  Handler end_;
  ErrorHandler error_;
  ProgressHandler progress_;
};

inline ArduinoOTAClassTS ArduinoOTATS;
#undef TSD_OTA_TARGET
