// Force-included after the emulation's mock.h (which sets LED_BUILTIN to 0): the value the real nodemcuv2
// build passes (boards.txt nodemcuv2.menu.led.2: -DLED_BUILTIN=2), so pin numbers print as on the board.
#pragma once
#undef LED_BUILTIN
#define LED_BUILTIN 2

// The emulation has no variant header: what variants/generic/common.h (included by variants/nodemcu) gives
// every nodemcuv2 sketch and the emulation lacks, with the variant's own definitions.
#ifndef EXTERNAL_NUM_INTERRUPTS
#define EXTERNAL_NUM_INTERRUPTS 16
#endif
#ifndef digitalPinToInterrupt
#define digitalPinToInterrupt(p)    (((p) < EXTERNAL_NUM_INTERRUPTS)? (p) : NOT_AN_INTERRUPT)
#endif
