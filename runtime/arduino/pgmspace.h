// PROGMEM and the pgm_read_* / *_P helpers for the emulated core: flash is ordinary memory on the host and
// in QEMU, so these are plain reads. Same names and signatures as the ESP8266 core's pgmspace.h.
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PROGMEM
#define PGM_P const char*
#define PGM_VOID_P const void*
#define PSTR(s) (s)
#define FPSTR(p) (reinterpret_cast<const __FlashStringHelper*>(p))
#define F(s) (reinterpret_cast<const __FlashStringHelper*>(PSTR(s)))
#define TSD_FLASH_IS_RAM 1

class __FlashStringHelper;

#define pgm_read_byte(addr) (*reinterpret_cast<const uint8_t*>(addr))
#define pgm_read_word(addr) (*reinterpret_cast<const uint16_t*>(addr))
#define pgm_read_dword(addr) (*reinterpret_cast<const uint32_t*>(addr))
#define pgm_read_float(addr) (*reinterpret_cast<const float*>(addr))
#define pgm_read_ptr(addr) (*reinterpret_cast<const void* const*>(addr))

inline void* memcpy_P(void* dest, const void* src, size_t n) { return memcpy(dest, src, n); }
inline size_t strlen_P(const char* s) { return strlen(s); }
inline int strcmp_P(const char* a, const char* b) { return strcmp(a, b); }
inline int strncmp_P(const char* a, const char* b, size_t n) { return strncmp(a, b, n); }
inline int memcmp_P(const void* a, const void* b, size_t n) { return memcmp(a, b, n); }
inline char* strcpy_P(char* dest, const char* src) { return strcpy(dest, src); }
inline char* strncpy_P(char* dest, const char* src, size_t n) { return strncpy(dest, src, n); }
