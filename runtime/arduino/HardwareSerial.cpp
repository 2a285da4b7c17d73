// Serial and Stream::readBytes for the emulated core, over the tsd_platform_* functions.
#include "HardwareSerial.h"

#include "tsduino_platform.h"

HardwareSerial Serial;

size_t Stream::readBytes(char* buffer, size_t length) {
  size_t n = 0;
  uint32_t start = tsd_platform_millis();
  while (n < length) {
    int c = read();
    if (c < 0) {
      if (tsd_platform_millis() - start >= timeout_) break;
      tsd_platform_delay(1);
      continue;
    }
    buffer[n++] = char(c);
  }
  return n;
}

void HardwareSerial::pump() {
  while (count_ < sizeof rx_) {
    int c = tsd_platform_read_byte();
    if (c < 0) break;
    rx_[(head_ + count_) % sizeof rx_] = uint8_t(c);
    count_++;
  }
}

int HardwareSerial::available() {
  pump();
  return count_;
}

int HardwareSerial::read() {
  if (count_ == 0) pump();
  if (count_ == 0) return -1;
  uint8_t c = rx_[head_];
  head_ = uint16_t((head_ + 1) % sizeof rx_);
  count_--;
  return c;
}

int HardwareSerial::peek() {
  if (count_ == 0) pump();
  return count_ == 0 ? -1 : rx_[head_];
}

void HardwareSerial::flush() { tsd_platform_delay(0); }

size_t HardwareSerial::write(uint8_t c) { return open_ ? tsd_platform_write(1, &c, 1) : 0; }

size_t HardwareSerial::write(const uint8_t* buffer, size_t size) { return open_ ? tsd_platform_write(1, buffer, size) : 0; }
