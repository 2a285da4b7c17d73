// Adapter for the ESP8266 core's Ticker: TickerTS keeps the sketch's callback (a ts::Fn) and arms the real
// Ticker on the board, or a host timer (host/host_ticker.cpp) that fires from delay() and between loop()s.
#pragma once

#if defined(ESP8266)
#include <Ticker.h>
#else
#include "host/host_ticker.h"
#endif

class TickerTS {
 public:
  typedef ts::Fn<void()> Callback;

  ~TickerTS() { detach(); }
  void attach(double seconds, const Callback& cb) { start(seconds * 1000.0, true, cb, false); }
  void attach_ms(double ms, const Callback& cb) { start(ms, true, cb, false); }
  void attach_scheduled(double seconds, const Callback& cb) { start(seconds * 1000.0, true, cb, true); }
  void attach_ms_scheduled(double ms, const Callback& cb) { start(ms, true, cb, true); }
  void once(double seconds, const Callback& cb) { start(seconds * 1000.0, false, cb, false); }
  void once_ms(double ms, const Callback& cb) { start(ms, false, cb, false); }
  void once_scheduled(double seconds, const Callback& cb) { start(seconds * 1000.0, false, cb, true); }
  void once_ms_scheduled(double ms, const Callback& cb) { start(ms, false, cb, true); }

  // Named functions (`blinker.attach(0.5, toggle)`); closures arrive as a Callback.
  void attach(double seconds, void (*cb)()) { attach(seconds, wrap(cb)); }
  void attach_ms(double ms, void (*cb)()) { attach_ms(ms, wrap(cb)); }
  void attach_scheduled(double seconds, void (*cb)()) { attach_scheduled(seconds, wrap(cb)); }
  void attach_ms_scheduled(double ms, void (*cb)()) { attach_ms_scheduled(ms, wrap(cb)); }
  void once(double seconds, void (*cb)()) { once(seconds, wrap(cb)); }
  void once_ms(double ms, void (*cb)()) { once_ms(ms, wrap(cb)); }
  void once_scheduled(double seconds, void (*cb)()) { once_scheduled(seconds, wrap(cb)); }
  void once_ms_scheduled(double ms, void (*cb)()) { once_ms_scheduled(ms, wrap(cb)); }

  void detach() {
#if defined(ESP8266)
    ticker_.detach();
#else
    tsd_ticker::disarm(&timer_);
#endif
  }
  bool active() {
#if defined(ESP8266)
    return ticker_.active();
#else
    return timer_.armed;
#endif
  }

 private:
  void start(double ms, bool repeat, const Callback& cb, bool scheduled) {
    callback_ = cb;
    uint32_t period = ms < 1 ? 1 : (uint32_t)ms;
#if defined(ESP8266)
    auto fire = [this]() { run(); };
    if (repeat) {
      if (scheduled) ticker_.attach_ms_scheduled(period, fire);
      else ticker_.attach_ms(period, fire);
    } else {
      if (scheduled) ticker_.once_ms_scheduled(period, fire);
      else ticker_.once_ms(period, fire);
    }
#else
    (void)scheduled;  // host timers always run at a safe point
    tsd_ticker::arm(&timer_, period, repeat, &TickerTS::fire, this);
#endif
  }

  static Callback wrap(void (*cb)()) { return Callback([cb]() { cb(); }); }

  void run() {
    if (ts::isNullish(callback_)) return;
    Callback cb = callback_;  // the callback may detach or re-attach this ticker
    cb();
  }

#if defined(ESP8266)
  Ticker ticker_;
#else
  static void fire(void* self) { static_cast<TickerTS*>(self)->run(); }
  tsd_ticker::Timer timer_;
#endif
  Callback callback_;
};
