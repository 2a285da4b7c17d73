/* The only functions through which the emulated Arduino core (runtime/arduino/) touches the machine.
   runtime/host/platform.cpp implements them with POSIX, runtime/lx106-qemu/platform.cpp with Xtensa
   semihosting. Agreed between the runtime and the lx106-qemu engineers; keep the signatures stable. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

size_t tsd_platform_write(int fd /* 1 stdout, 2 stderr */, const uint8_t* data, size_t len);
int tsd_platform_read_byte(void); /* next input byte or -1 when none is waiting (never blocks) */
uint32_t tsd_platform_millis(void);
uint32_t tsd_platform_micros(void);
void tsd_platform_delay(uint32_t ms); /* also flushes buffered output */
#ifdef __cplusplus
[[noreturn]]
#endif
void tsd_platform_exit(int code);

#ifdef __cplusplus
}
#endif
