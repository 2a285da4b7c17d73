// Declaration-only stand-in for the ESP8266 core's HardwareSerial.h (the UART-backed Serial).
#pragma once

#include "Stream.h"

enum SerialConfig { SERIAL_8N1 = 0x1c };
enum SerialMode { SERIAL_FULL = 0, SERIAL_RX_ONLY = 1, SERIAL_TX_ONLY = 2 };

class HardwareSerial : public Stream {
 public:
  explicit HardwareSerial(int uart_nr);
  virtual ~HardwareSerial() {}
  void begin(unsigned long baud) { begin(baud, SERIAL_8N1, SERIAL_FULL, 1, false); }
  void begin(unsigned long baud, SerialConfig config) { begin(baud, config, SERIAL_FULL, 1, false); }
  void begin(unsigned long baud, SerialConfig config, SerialMode mode, uint8_t tx_pin = 1, bool invert = false);
  void end();
  int available(void) override;
  int peek(void) override;
  int read(void) override;
  size_t read(char* buffer, size_t size);
  int availableForWrite(void) override;
  void flush(void) override;
  size_t write(uint8_t c) override;
  size_t write(const uint8_t* buffer, size_t size) override;
  using Print::write;
  operator bool() const;
  void setDebugOutput(bool);
  unsigned long baudRate(void);
};

extern HardwareSerial Serial;
extern HardwareSerial Serial1;
