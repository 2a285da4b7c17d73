// Print for the emulated Arduino core: Arduino's formatting rules (bases, 2 decimals for doubles, "\r\n").
#include "Print.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

size_t Print::write(const uint8_t* buffer, size_t size) {
  size_t n = 0;
  while (size--) n += write(*buffer++);
  return n;
}

static size_t vprintTo(Print& out, const char* format, va_list args) {
  char small[128];
  va_list copy;
  va_copy(copy, args);
  int n = vsnprintf(small, sizeof small, format, copy);
  va_end(copy);
  if (n < 0) return 0;
  if (size_t(n) < sizeof small) return out.write(reinterpret_cast<const uint8_t*>(small), size_t(n));
  char* big = static_cast<char*>(malloc(size_t(n) + 1));
  if (big == nullptr) return 0;
  vsnprintf(big, size_t(n) + 1, format, args);
  size_t written = out.write(reinterpret_cast<const uint8_t*>(big), size_t(n));
  free(big);
  return written;
}

size_t Print::printf(const char* format, ...) {
  va_list args;
  va_start(args, format);
  size_t n = vprintTo(*this, format, args);
  va_end(args);
  return n;
}

size_t Print::printf_P(PGM_P format, ...) {
  va_list args;
  va_start(args, format);
  size_t n = vprintTo(*this, format, args);
  va_end(args);
  return n;
}

size_t Print::print(const __FlashStringHelper* s) { return write(reinterpret_cast<const char*>(s)); }
size_t Print::print(const char s[]) { return write(s); }
size_t Print::print(char c) { return write(uint8_t(c)); }
size_t Print::print(unsigned char n, int base) { return printNumber(n, base); }
size_t Print::print(unsigned int n, int base) { return printNumber(n, base); }
size_t Print::print(unsigned long n, int base) { return printNumber(n, base); }
size_t Print::print(unsigned long long n, int base) { return printNumber(n, base); }
size_t Print::print(int n, int base) { return print(static_cast<long long>(n), base); }
size_t Print::print(long n, int base) { return print(static_cast<long long>(n), base); }
size_t Print::print(long long n, int base) {
  if (base == 0) return write(uint8_t(n));
  if (base == 10 && n < 0) return print('-') + printNumber(0ULL - static_cast<unsigned long long>(n), 10);
  return printNumber(static_cast<unsigned long long>(n), base);
}
size_t Print::print(double n, int digits) { return printFloat(n, digits); }

size_t Print::println(void) { return write("\r\n"); }
size_t Print::println(const __FlashStringHelper* s) { return print(s) + println(); }
size_t Print::println(const char s[]) { return print(s) + println(); }
size_t Print::println(char c) { return print(c) + println(); }
size_t Print::println(unsigned char n, int base) { return print(n, base) + println(); }
size_t Print::println(int n, int base) { return print(n, base) + println(); }
size_t Print::println(unsigned int n, int base) { return print(n, base) + println(); }
size_t Print::println(long n, int base) { return print(n, base) + println(); }
size_t Print::println(unsigned long n, int base) { return print(n, base) + println(); }
size_t Print::println(long long n, int base) { return print(n, base) + println(); }
size_t Print::println(unsigned long long n, int base) { return print(n, base) + println(); }
size_t Print::println(double n, int digits) { return print(n, digits) + println(); }

size_t Print::printNumber(unsigned long long n, int base) {
  if (base < 2) base = 10;
  char buf[8 * sizeof(n) + 1];
  char* p = buf + sizeof buf;
  do {
    int d = int(n % unsigned(base));
    *--p = char(d < 10 ? '0' + d : 'A' + d - 10);
    n /= unsigned(base);
  } while (n);
  return write(reinterpret_cast<const uint8_t*>(p), size_t(buf + sizeof buf - p));
}

size_t Print::printFloat(double n, int digits) {
  if (isnan(n)) return print("nan");
  if (isinf(n)) return print("inf");
  if (n > 4294967040.0 || n < -4294967040.0) return print("ovf");
  char buf[48];
  int len = snprintf(buf, sizeof buf, "%.*f", digits < 0 ? 0 : (digits > 16 ? 16 : digits), n);
  return write(reinterpret_cast<const uint8_t*>(buf), size_t(len));
}
