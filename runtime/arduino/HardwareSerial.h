// `Serial` of the emulated core: output to the platform's stdout, input from the platform's non-blocking
// byte source buffered in a 256-byte ring (like the ESP8266's UART FIFO + ring buffer). As on the board,
// nothing is written before begin() (the real core's uart_write returns 0 while the UART is closed) and
// `if (Serial)` tells whether begin() was called.
#pragma once

#include "Stream.h"

class HardwareSerial : public Stream {
 public:
  void begin(unsigned long baud) { baud_ = baud, open_ = true; }
  void begin(unsigned long baud, int config) { baud_ = baud, open_ = true, (void)config; }
  void end() { open_ = false; }
  int available() override;
  int read() override;
  int peek() override;
  size_t read(char* buffer, size_t size) { return readBytes(buffer, size); }
  void flush() override;
  size_t write(uint8_t c) override;
  size_t write(const uint8_t* buffer, size_t size) override;
  using Print::write;
  int availableForWrite() override { return 128; }
  void setDebugOutput(bool enable) { debugOutput_ = enable; }
  int baudRate() const { return open_ ? int(baud_) : 0; }
  operator bool() const { return open_; }

 private:
  void pump();
  unsigned long baud_ = 0;
  bool open_ = false;
  bool debugOutput_ = false;
  uint8_t rx_[256];
  uint16_t head_ = 0, count_ = 0;
};

extern HardwareSerial Serial;
