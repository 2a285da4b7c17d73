// Declaration-only copy of the ESP8266 core's ESP8266WiFiMulti.h public API (same names, parameter order and
// defaults). Used only to compile generated sketches to xtensa object files.
#ifndef WIFI_CLIENT_MULTI_H_
#define WIFI_CLIENT_MULTI_H_

#include "ESP8266WiFi.h"

#ifndef WIFI_CONNECT_TIMEOUT_MS
#define WIFI_CONNECT_TIMEOUT_MS     5000
#endif

class ESP8266WiFiMulti {
  public:
    ESP8266WiFiMulti();
    ~ESP8266WiFiMulti();

    bool addAP(const char *ssid, const char *passphrase = NULL);
    bool existsAP(const char *ssid, const char *passphrase = NULL);

    wl_status_t run(uint32_t connectTimeoutMs = WIFI_CONNECT_TIMEOUT_MS);

    void cleanAPlist();

  private:
    void* _apList[3];
};

#endif
