// Host mDNS responder: `<hostname>.local` → 127.0.0.1 (the host station's address) and DNS-SD services
// (PTR _service._proto.local → instance, SRV → port and host, TXT), on UDP port 5353 or TSDUINO_MDNS_PORT.
#pragma once
#include <stdint.h>

namespace tsd_mdns {
bool begin(const char* hostname);
bool close();
bool setHostname(const char* hostname);
bool isRunning();
bool addService(const char* service, const char* protocol, uint16_t port);
bool addServiceTxt(const char* service, const char* protocol, const char* key, const char* value);
bool update();
bool announce();
}  // namespace tsd_mdns
