// Declaration-only stand-in for the ESP8266 core's Print.h (same names and signatures).
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "WString.h"
#include "pgmspace.h"

#define DEC 10
#define HEX 16
#define OCT 8
#define BIN 2

class Print {
 public:
  Print() {}
  virtual ~Print() {}
  int getWriteError() { return write_error; }
  void clearWriteError() { write_error = 0; }
  virtual size_t write(uint8_t) = 0;
  size_t write(const char* str) {
    if (str == nullptr) return 0;
    return write(reinterpret_cast<const uint8_t*>(str), strlen(str));
  }
  virtual size_t write(const uint8_t* buffer, size_t size);
  size_t write(const char* buffer, size_t size) { return write(reinterpret_cast<const uint8_t*>(buffer), size); }
  size_t write(int8_t c) { return write(uint8_t(c)); }
  size_t write(char c) { return write(uint8_t(c)); }
  virtual int availableForWrite() { return 0; }
  virtual void flush() {}

  size_t printf(const char* format, ...) __attribute__((format(printf, 2, 3)));
  size_t printf_P(PGM_P format, ...) __attribute__((format(printf, 2, 3)));
  size_t print(const __FlashStringHelper*);
  size_t print(const ::String&);
  size_t print(const char[]);
  size_t print(char);
  size_t print(unsigned char, int = DEC);
  size_t print(int, int = DEC);
  size_t print(unsigned int, int = DEC);
  size_t print(long, int = DEC);
  size_t print(unsigned long, int = DEC);
  size_t print(long long, int = DEC);
  size_t print(unsigned long long, int = DEC);
  size_t print(double, int = 2);

  size_t println(const __FlashStringHelper*);
  size_t println(const ::String& s);
  size_t println(const char[]);
  size_t println(char);
  size_t println(unsigned char, int = DEC);
  size_t println(int, int = DEC);
  size_t println(unsigned int, int = DEC);
  size_t println(long, int = DEC);
  size_t println(unsigned long, int = DEC);
  size_t println(long long, int = DEC);
  size_t println(unsigned long long, int = DEC);
  size_t println(double, int = 2);
  size_t println(void);

 protected:
  void setWriteError(int err = 1) { write_error = err; }

 private:
  int write_error = 0;
};
