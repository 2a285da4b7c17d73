// Declaration-only stand-in for the part of the ESP8266 core's WString.h (Arduino's String) that Print
// and library headers refer to. tsduino code uses ts::String; this global ::String only has to exist.
#pragma once

#include <stddef.h>
#include <stdint.h>

class __FlashStringHelper;

class String {
 public:
  String(const char* cstr = "");
  String(const String& str);
  String(const __FlashStringHelper* str);
  ~String();
  String& operator=(const String& rhs);
  const char* c_str() const;
  unsigned int length() const;
};
