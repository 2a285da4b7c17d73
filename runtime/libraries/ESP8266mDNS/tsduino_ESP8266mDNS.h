// Adapter for the ESP8266 core's mDNS responder (ESP8266mDNS.h): MDNSResponderTS forwards to the real MDNS
// on the board, or to the host responder (host/host_mdns.*, a real responder on UDP 5353).
#pragma once

#if defined(ESP8266)
#include <ESP8266mDNS.h>
#else
#include "host/host_mdns.h"
#endif

class MDNSResponderTS {
 public:
#if defined(ESP8266)
  bool begin(const ts::String& hostname) { return MDNS.begin(hostname.c_str()); }
  bool close() { return MDNS.close(); }
  bool end() { return MDNS.end(); }
  bool setHostname(const ts::String& hostname) { return MDNS.setHostname(hostname.c_str()); }
  bool isRunning() { return MDNS.isRunning(); }
  bool addService(const ts::String& service, const ts::String& protocol, double port) {
    return MDNS.addService(::String(service.c_str()), ::String(protocol.c_str()), (uint16_t)ts::toInt32(port));
  }
  bool addServiceTxt(const ts::String& service, const ts::String& protocol, const ts::String& key, const ts::String& value) {
    return MDNS.addServiceTxt(service.c_str(), protocol.c_str(), key.c_str(), value.c_str());
  }
  bool update() { return MDNS.update(); }
  bool announce() { return MDNS.announce(); }
#else
  bool begin(const ts::String& hostname) { return tsd_mdns::begin(hostname.c_str()); }
  bool close() { return tsd_mdns::close(); }
  bool end() { return tsd_mdns::close(); }
  bool setHostname(const ts::String& hostname) { return tsd_mdns::setHostname(hostname.c_str()); }
  bool isRunning() { return tsd_mdns::isRunning(); }
  bool addService(const ts::String& service, const ts::String& protocol, double port) {
    return tsd_mdns::addService(service.c_str(), protocol.c_str(), (uint16_t)ts::toInt32(port));
  }
  bool addServiceTxt(const ts::String& service, const ts::String& protocol, const ts::String& key, const ts::String& value) {
    return tsd_mdns::addServiceTxt(service.c_str(), protocol.c_str(), key.c_str(), value.c_str());
  }
  bool update() { return tsd_mdns::update(); }
  bool announce() { return tsd_mdns::announce(); }
#endif
};

inline MDNSResponderTS MDNSTS;
