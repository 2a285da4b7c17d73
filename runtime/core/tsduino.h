// The tsduino C++ runtime: the one header a generated sketch includes. It pulls in the Arduino core (the
// real ESP8266 core on the board, the emulated one in runtime/arduino/ on the host and in QEMU) and then
// every runtime header. The contract is docs/runtime-api.md; the design notes are docs/runtime.md.
#pragma once

#include <Arduino.h>

#include "ts_base.h"
#include "ts_num.h"
#include "ts_int_clone.h"
#include "ts_object.h"
#include "ts_error.h"
#include "ts_string.h"
#include "ts_string_append.h"
#include "ts_num_string.h"
#include "ts_error_object.h"
#include "ts_number.h"
#include "ts_function.h"
#include "ts_array.h"
#include "ts_uint8array.h"
#include "ts_map.h"
#include "ts_console.h"
#include "ts_union.h"
#include "ts_inspect.h"
#include "ts_json.h"
#include "ts_fixed.h"
#include "ts_num_convert.h"
#include "ts_yield.h"
#include "ts_timers.h"
#include "ts_stdlib.h"
#include "ts_uri.h"
#include "ts_regexp.h"
