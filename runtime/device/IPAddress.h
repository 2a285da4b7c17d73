// Declaration-only copy of the ESP8266 core's IPAddress (cores/esp8266/IPAddress.h), the same declaration
// (and include guard) as in this folder's ESP8266WiFi.h, for headers that include "IPAddress.h" directly.
#ifndef IPAddress_h
#define IPAddress_h
#include <Arduino.h>
class IPAddress {  // Printable in the core; printTo() is what Print::print(const Printable&) calls
  public:
    IPAddress();
    IPAddress(uint8_t first_octet, uint8_t second_octet, uint8_t third_octet, uint8_t fourth_octet);
    IPAddress(uint32_t address);
    operator uint32_t() const;
    bool isSet() const;
    uint8_t operator[](int index) const;
    uint8_t& operator[](int index);
    String toString() const;
    virtual size_t printTo(Print& p) const;
  private:
    uint32_t _address;
};
#endif
