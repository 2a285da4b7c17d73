// Declaration-only stand-in for the ESP8266 core's Print.h (same names and signatures).
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "Printable.h"
#include "WString.h"
#include "pgmspace.h"

#define DEC 10
#define HEX 16
#define OCT 8
#define BIN 2

// Same members as the real class (esp8266/Arduino 3.1.2 cores/esp8266/Print.h): no virtual destructor there.
class Print {
 private:
  int write_error = 0;

 protected:
  void setWriteError(int err = 1) { write_error = err; }

 public:
  Print() {}
  int getWriteError() { return write_error; }
  void clearWriteError() { setWriteError(0); }
  virtual size_t write(uint8_t) = 0;
  size_t write(const char* str) {
    if (str == NULL) return 0;
    return write((const uint8_t*)str, strlen_P(str));
  }
  virtual size_t write(const uint8_t* buffer, size_t size);
  size_t write(const char* buffer, size_t size) { return write((const uint8_t*)buffer, size); }
  inline size_t write(short t) { return write((uint8_t)t); }
  inline size_t write(unsigned short t) { return write((uint8_t)t); }
  inline size_t write(int t) { return write((uint8_t)t); }
  inline size_t write(unsigned int t) { return write((uint8_t)t); }
  inline size_t write(long t) { return write((uint8_t)t); }
  inline size_t write(unsigned long t) { return write((uint8_t)t); }
  inline size_t write(long long t) { return write((uint8_t)t); }
  inline size_t write(unsigned long long t) { return write((uint8_t)t); }
  inline size_t write(char c) { return write((uint8_t)c); }
  inline size_t write(int8_t c) { return write((uint8_t)c); }
  virtual int availableForWrite() { return 0; }

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
  size_t print(const Printable&);

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
  size_t println(const Printable&);
  size_t println(void);

  virtual void flush() {}
  virtual bool outputCanTimeout() { return true; }
};
