// Declaration-only stand-in for the ESP8266 core's pgmspace.h (cores/esp8266 + sys/pgmspace.h): PROGMEM
// places data in the flash section, PSTR is a statement expression (only valid inside functions), and
// flash reads go through pgm_read_* / *_P. Used to compile object files with xtensa-lx106-elf-g++ here.
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define __STRINGIZE_NX(A) #A
#define __STRINGIZE(A) __STRINGIZE_NX(A)
#define PROGMEM __attribute__((section("\".irom.text." __FILE__ "." __STRINGIZE(__LINE__) "." __STRINGIZE(__COUNTER__) "\"")))
#define PGM_P const char*
#define PGM_VOID_P const void*
#define PSTR(s)                                                                                                   \
  (__extension__({                                                                                                \
    static const char __pstr__[] __attribute__((__aligned__(4)))                                                  \
    __attribute__((section("\".irom0.pstr." __FILE__ "." __STRINGIZE(__LINE__) "." __STRINGIZE(__COUNTER__) "\", \"aSM\", @progbits, 1 #"))) = \
        (s);                                                                                                      \
    &__pstr__[0];                                                                                                 \
  }))
#define FPSTR(pstr_pointer) (reinterpret_cast<const __FlashStringHelper *>(pstr_pointer))
#define F(string_literal) (FPSTR(PSTR(string_literal)))

class __FlashStringHelper;

// The real core reads flash with aligned 32-bit loads; declared here, defined by the core.
extern "C" uint8_t tsd_device_pgm_read_byte(const void* addr);
static inline uint8_t pgm_read_byte_inlined(const void* addr) {
  const uint32_t* aligned = reinterpret_cast<const uint32_t*>(reinterpret_cast<uintptr_t>(addr) & ~uintptr_t(3));
  uint32_t shift = (reinterpret_cast<uintptr_t>(addr) & 3) * 8;
  return uint8_t(*aligned >> shift);
}
#define pgm_read_byte(addr) pgm_read_byte_inlined(reinterpret_cast<const void*>(addr))
#define pgm_read_word(addr) (*reinterpret_cast<const uint16_t*>(addr))
#define pgm_read_dword(addr) (*reinterpret_cast<const uint32_t*>(addr))
#define pgm_read_float(addr) (*reinterpret_cast<const float*>(addr))
#define pgm_read_ptr(addr) (*reinterpret_cast<const void* const*>(addr))

extern "C" {
void* memcpy_P(void* dest, PGM_VOID_P src, size_t count);
int memcmp_P(const void* buf1, PGM_VOID_P buf2P, size_t size);
size_t strlen_P(PGM_P s);
int strcmp_P(const char* str1, PGM_P str2P);
int strncmp_P(const char* str1, PGM_P str2P, size_t size);
char* strcpy_P(char* dest, PGM_P src);
char* strncpy_P(char* dest, PGM_P src, size_t size);
}
