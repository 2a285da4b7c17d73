// Force-included after the emulation's mock.h (which sets LED_BUILTIN to 0): the value the real nodemcuv2
// build passes (boards.txt nodemcuv2.menu.led.2: -DLED_BUILTIN=2), so pin numbers print as on the board.
#pragma once
#undef LED_BUILTIN
#define LED_BUILTIN 2
