// Declaration-only stand-in for the ESP8266 core's Stream.h.
#pragma once

#include "Print.h"

class Stream : public Print {
 public:
  virtual int available() = 0;
  virtual int read() = 0;
  virtual int peek() = 0;
  void setTimeout(unsigned long timeout);
  unsigned long getTimeout() const { return _timeout; }
  size_t readBytes(char* buffer, size_t length);
  size_t readBytes(uint8_t* buffer, size_t length) { return readBytes(reinterpret_cast<char*>(buffer), length); }
  ::String readString();
  ::String readStringUntil(char terminator);

 protected:
  unsigned long _timeout = 1000;
};
