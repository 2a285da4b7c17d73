// Declaration-only stand-in for libraries/ESP8266mDNS (ESP8266mDNS.h + LEAmDNS.h, ESP8266 core 3.1.2): the
// MDNSResponder members tsduino binds, with the real names and signatures, for the xtensa object check.
#pragma once

#include <stdint.h>

#include "ESP8266WiFi.h"
#include "WString.h"

extern const IPAddress INADDR_ANY;

namespace esp8266 {
namespace MDNSImplementation {
class MDNSResponder {
 public:
  bool begin(const char* p_pcHostname, const IPAddress& p_IPAddress = INADDR_ANY, uint32_t p_u32TTL = 120);
  bool begin(const String& p_strHostname, const IPAddress& p_IPAddress = INADDR_ANY, uint32_t p_u32TTL = 120);
  bool close(void);
  bool end(void);
  bool setHostname(const char* p_pcHostname);
  bool setHostname(const String& p_strHostname);
  bool isRunning(void);
  typedef const void* hMDNSService;
  hMDNSService addService(const char* p_pcName, const char* p_pcService, const char* p_pcProtocol, uint16_t p_u16Port);
  bool addService(const String& p_strServiceName, const String& p_strProtocol, uint16_t p_u16Port);
  bool addServiceTxt(const char* p_pcService, const char* p_pcProtocol, const char* p_pcKey, const char* p_pcValue);
  bool addServiceTxt(const String& p_strService, const String& p_strProtocol, const String& p_strKey, const String& p_strValue);
  bool update(void);
  bool announce(void);
};
}  // namespace MDNSImplementation
}  // namespace esp8266

using MDNSResponder = esp8266::MDNSImplementation::MDNSResponder;
extern MDNSResponder MDNS;
