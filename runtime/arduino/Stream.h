// Arduino's Stream (a Print that can also be read) for the emulated core.
#pragma once

#include "Print.h"

class Stream : public Print {
 public:
  virtual int available() = 0;
  virtual int read() = 0;
  virtual int peek() = 0;
  size_t readBytes(char* buffer, size_t length);
  size_t readBytes(uint8_t* buffer, size_t length) { return readBytes(reinterpret_cast<char*>(buffer), length); }
  void setTimeout(unsigned long timeout) { timeout_ = timeout; }

 protected:
  unsigned long timeout_ = 1000;
};
