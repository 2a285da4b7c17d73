// Declaration-only stand-in for the ESP8266 core's Schedule.h (3.1.2), for the xtensa object check.
#pragma once

#include <stdint.h>

#include "tsd_std_function.h"

bool schedule_function(const std::function<void(void)>& fn);
bool schedule_recurrent_function_us(const std::function<bool(void)>& fn, uint32_t repeat_us,
                                    const std::function<bool(void)>& alarm = nullptr);
