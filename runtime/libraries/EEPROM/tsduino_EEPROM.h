// Adapter for the ESP8266 core's EEPROM library: EEPROMClassTS forwards to the real EEPROM on the board.
// On the host it is the same class logic (EEPROM.cpp of esp8266/Arduino 3.1.2: size capped at 4096 and
// rounded up to 4, out-of-range reads give 0 and writes are ignored, commit() only when something changed)
// over a sector file (host/host_eeprom.*). get/put move a C++ double, the type a TS number is.
#pragma once

#if defined(ESP8266)
#include <EEPROM.h>
#else
#include <stdlib.h>
#include <string.h>

#include "host/host_eeprom.h"
#endif

class EEPROMClassTS {
 public:
#if defined(ESP8266)
  void begin(double size) { EEPROM.begin((size_t)ts::toUint32(size)); }
  double read(double address) { return EEPROM.read((int)ts::toInt32(address)); }
  void write(double address, double value) { EEPROM.write((int)ts::toInt32(address), (uint8_t)ts::toInt32(value)); }
  bool commit() { return EEPROM.commit(); }
  bool end() { return EEPROM.end(); }
  double length() { return (double)EEPROM.length(); }
  double get(double address, double value) { return EEPROM.get((int)ts::toInt32(address), value); }
  double put(double address, double value) { return EEPROM.put((int)ts::toInt32(address), value); }
#else
  void begin(double requested) {
    size_t size = (size_t)ts::toUint32(requested);
    if (size == 0) return;
    if (size > tsd_eeprom::kSectorSize) size = tsd_eeprom::kSectorSize;
    size = (size + 3) & ~size_t(3);
    if (data_ && size != size_) {
      free(data_);
      data_ = nullptr;
    }
    if (!data_) data_ = static_cast<uint8_t*>(malloc(size));
    size_ = size;
    tsd_eeprom::readSector(data_, size_);
    dirty_ = false;
  }
  double read(double address) {
    int a = (int)ts::toInt32(address);
    if (a < 0 || (size_t)a >= size_ || !data_) return 0;
    return data_[a];
  }
  void write(double address, double value) {
    int a = (int)ts::toInt32(address);
    if (a < 0 || (size_t)a >= size_ || !data_) return;
    uint8_t v = (uint8_t)ts::toInt32(value);
    if (data_[a] != v) {
      data_[a] = v;
      dirty_ = true;
    }
  }
  bool commit() {
    if (!size_) return false;
    if (!dirty_) return true;
    if (!data_) return false;
    if (!tsd_eeprom::writeSector(data_, size_)) return false;
    dirty_ = false;
    return true;
  }
  bool end() {
    if (!size_) return false;
    bool ok = commit();
    free(data_);
    data_ = nullptr;
    size_ = 0;
    dirty_ = false;
    return ok;
  }
  double length() { return (double)size_; }
  double get(double address, double value) {
    int a = (int)ts::toInt32(address);
    if (a < 0 || (size_t)a + sizeof value > size_) return value;
    memcpy(&value, data_ + a, sizeof value);
    return value;
  }
  double put(double address, double value) {
    int a = (int)ts::toInt32(address);
    if (a < 0 || (size_t)a + sizeof value > size_) return value;
    if (memcmp(data_ + a, &value, sizeof value) != 0) {
      dirty_ = true;
      memcpy(data_ + a, &value, sizeof value);
    }
    return value;
  }

 private:
  uint8_t* data_ = nullptr;
  size_t size_ = 0;
  bool dirty_ = false;
#endif
};

inline EEPROMClassTS EEPROMTS;
