// Arduino's Print class for the emulated core (ESP8266 core names and signatures): write/print/println/
// printf on top of one virtual write(uint8_t). Arduino number formatting (print(3.0) → "3.00"); the
// compiler lowers Serial.print of TS values to ts::print, which formats like JavaScript instead.
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pgmspace.h"

#define DEC 10
#define HEX 16
#define OCT 8
#define BIN 2

class Print {
 public:
  virtual ~Print() {}
  virtual size_t write(uint8_t c) = 0;
  virtual size_t write(const uint8_t* buffer, size_t size);
  size_t write(const char* str) { return str == nullptr ? 0 : write(reinterpret_cast<const uint8_t*>(str), strlen(str)); }
  size_t write(const char* buffer, size_t size) { return write(reinterpret_cast<const uint8_t*>(buffer), size); }
  virtual int availableForWrite() { return 0; }
  virtual void flush() {}

  size_t printf(const char* format, ...) __attribute__((format(printf, 2, 3)));
  size_t printf_P(PGM_P format, ...) __attribute__((format(printf, 2, 3)));
  size_t print(const __FlashStringHelper* s);
  size_t print(const char s[]);
  size_t print(char c);
  size_t print(unsigned char n, int base = DEC);
  size_t print(int n, int base = DEC);
  size_t print(unsigned int n, int base = DEC);
  size_t print(long n, int base = DEC);
  size_t print(unsigned long n, int base = DEC);
  size_t print(long long n, int base = DEC);
  size_t print(unsigned long long n, int base = DEC);
  size_t print(double n, int digits = 2);

  size_t println(const __FlashStringHelper* s);
  size_t println(const char s[]);
  size_t println(char c);
  size_t println(unsigned char n, int base = DEC);
  size_t println(int n, int base = DEC);
  size_t println(unsigned int n, int base = DEC);
  size_t println(long n, int base = DEC);
  size_t println(unsigned long n, int base = DEC);
  size_t println(long long n, int base = DEC);
  size_t println(unsigned long long n, int base = DEC);
  size_t println(double n, int digits = 2);
  size_t println(void);

 private:
  size_t printNumber(unsigned long long n, int base);
  size_t printFloat(double n, int digits);
};
