// Declaration-only stand-in for the ESP8266 core's Stream.h (esp8266/Arduino 3.1.2): the members a sketch or
// the runtime may use, with the real signatures (int read(uint8_t*, size_t), virtual readBytes ...).
#pragma once

#include "Print.h"

class Stream : public Print {
 protected:
  unsigned long _timeout = 1000;
  int timedRead();
  int timedPeek();

 public:
  virtual int available() = 0;
  virtual int read() = 0;
  virtual int peek() = 0;

  Stream() {}
  virtual ~Stream() {}

  void setTimeout(unsigned long timeout);
  unsigned long getTimeout() const { return _timeout; }

  bool find(const char* target);
  bool find(char target) { return find(&target, 1); }
  bool find(const char* target, size_t length);
  long parseInt();
  float parseFloat();

  virtual size_t readBytes(char* buffer, size_t length);
  virtual size_t readBytes(uint8_t* buffer, size_t length) { return readBytes((char*)buffer, length); }
  size_t readBytesUntil(char terminator, char* buffer, size_t length);
  size_t readBytesUntil(char terminator, uint8_t* buffer, size_t length) { return readBytesUntil(terminator, (char*)buffer, length); }
  virtual ::String readString();
  ::String readStringUntil(char terminator);

  virtual int read(uint8_t* buffer, size_t len);

  virtual bool hasPeekBufferAPI() const { return false; }
  virtual size_t peekAvailable() { return 0; }
  virtual const char* peekBuffer() { return nullptr; }
  virtual void peekConsume(size_t consume) { (void)consume; }
  virtual bool inputCanTimeout() { return true; }
};
