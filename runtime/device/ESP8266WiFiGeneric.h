// Declaration-only stand-ins for the event registration of ESP8266WiFiGeneric.h and the scan class of
// ESP8266WiFiScan.h (ESP8266 core 3.1.2), for the xtensa object check.
#pragma once

#include <stdint.h>

#include "ESP8266WiFiType.h"
#include "tsd_std_function.h"
#include "tsd_std_memory.h"

class IPAddress;
struct WiFiEventStationModeGotIP;
struct WiFiEventHandlerOpaque;
typedef std::shared_ptr<WiFiEventHandlerOpaque> WiFiEventHandler;

class ESP8266WiFiGenericClass {
 public:
  int32_t channel(void);
  WiFiEventHandler onStationModeDisconnected(std::function<void(const WiFiEventStationModeDisconnected&)>);
  WiFiEventHandler onStationModeGotIP(std::function<void(const WiFiEventStationModeGotIP&)>);
};

class ESP8266WiFiScanClass {
 public:
  int8_t scanNetworks(bool async = false, bool show_hidden = false, uint8_t channel = 0, uint8_t* ssid = NULL);
  int8_t scanComplete();
  void scanDelete();
  String SSID(uint8_t networkItem);
  uint8_t encryptionType(uint8_t networkItem);
  int32_t RSSI(uint8_t networkItem);
  uint8_t* BSSID(uint8_t networkItem);
  String BSSIDstr(uint8_t networkItem);
  int32_t channel(uint8_t networkItem);
  bool isHidden(uint8_t networkItem);
};
