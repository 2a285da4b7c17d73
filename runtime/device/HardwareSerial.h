// Declaration-only stand-in for the ESP8266 core's HardwareSerial.h (esp8266/Arduino 3.1.2): the same
// overloads (begin has five, no default arguments), return types (int read(char*, size_t), int baudRate())
// and the implicit operator bool that tells whether begin() was called. The bodies the real header has
// inline call uart_*; here they are declarations.
#pragma once

#include "Stream.h"

enum SerialConfig { SERIAL_8N1 = 0x1c };  // the real enum lists every UART_* format; sketches use 8N1
enum SerialMode { SERIAL_FULL = 0, SERIAL_RX_ONLY = 1, SERIAL_TX_ONLY = 2 };

class HardwareSerial : public Stream {
 public:
  HardwareSerial(int uart_nr);
  virtual ~HardwareSerial() {}

  void begin(unsigned long baud) { begin(baud, SERIAL_8N1, SERIAL_FULL, 1, false); }
  void begin(unsigned long baud, SerialConfig config) { begin(baud, config, SERIAL_FULL, 1, false); }
  void begin(unsigned long baud, SerialConfig config, SerialMode mode) { begin(baud, config, mode, 1, false); }
  void begin(unsigned long baud, SerialConfig config, SerialMode mode, uint8_t tx_pin) { begin(baud, config, mode, tx_pin, false); }
  void begin(unsigned long baud, SerialConfig config, SerialMode mode, uint8_t tx_pin, bool invert);
  void end();
  void updateBaudRate(unsigned long baud);

  int available(void) override;
  int peek(void) override;
  int read(void) override;
  int read(char* buffer, size_t size);
  int read(uint8_t* buffer, size_t size) override;
  size_t readBytes(char* buffer, size_t size) override;
  size_t readBytes(uint8_t* buffer, size_t size) override { return readBytes((char*)buffer, size); }
  int availableForWrite(void) override;
  void flush(void) override;
  size_t write(uint8_t c) override;
  size_t write(const uint8_t* buffer, size_t size) override;
  using Print::write;
  operator bool() const;
  void setDebugOutput(bool);
  bool isTxEnabled(void);
  bool isRxEnabled(void);
  int baudRate(void);

 protected:
  int _uart_nr;
  void* _uart = nullptr;
  size_t _rx_size;
};

extern HardwareSerial Serial;
extern HardwareSerial Serial1;
