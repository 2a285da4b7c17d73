// Declaration-only copy of the ESP8266 core's libraries/Ticker/src/Ticker.h public API (same names and
// signatures). Used only to compile generated sketches to xtensa object files.
#pragma once

#include <Arduino.h>
#include "tsd_std_function.h"

class Ticker {
  public:
    Ticker();
    ~Ticker();

    typedef void (*callback_with_arg_t)(void*);
    typedef std::function<void(void)> callback_function_t;

    void attach(float seconds, callback_function_t callback);
    void attach_ms(uint32_t milliseconds, callback_function_t callback);
    void attach_scheduled(float seconds, callback_function_t callback);
    void attach_ms_scheduled(uint32_t milliseconds, callback_function_t callback);

    void once(float seconds, callback_function_t callback);
    void once_ms(uint32_t milliseconds, callback_function_t callback);
    void once_scheduled(float seconds, callback_function_t callback);
    void once_ms_scheduled(uint32_t milliseconds, callback_function_t callback);

    void detach();
    bool active() const;

  private:
    void* _timer[8];
};

