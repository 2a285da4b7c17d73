// Declaration-only stand-in for the ESP8266 core's Printable.h: what Print::print(const Printable&) prints.
#ifndef Printable_h
#define Printable_h

#include <stdlib.h>

class Print;

class Printable {
 public:
  virtual size_t printTo(Print& p) const = 0;
};

#endif
