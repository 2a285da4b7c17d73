// Adapter for the ESP8266 core's ESP8266WiFiMulti: ESP8266WiFiMultiTS forwards to the real class on the board;
// on the host run() reports WL_CONNECTED as soon as one access point is known (the PC is already online).
#pragma once
#if defined(ESP8266)
#include <ESP8266WiFiMulti.h>
#else
#ifndef TSD_HOST_WL_STATUS_DEFINED
#define TSD_HOST_WL_STATUS_DEFINED
typedef enum {
  WL_NO_SHIELD = 255,
  WL_IDLE_STATUS = 0,
  WL_NO_SSID_AVAIL = 1,
  WL_SCAN_COMPLETED = 2,
  WL_CONNECTED = 3,
  WL_CONNECT_FAILED = 4,
  WL_CONNECTION_LOST = 5,
  WL_WRONG_PASSWORD = 6,
  WL_DISCONNECTED = 7
} wl_status_t;
#endif
#endif

class ESP8266WiFiMultiTS {
 public:
#if defined(ESP8266)
  bool addAP(const ts::String& ssid) { return multi_.addAP(ssid.c_str()); }
  bool addAP(const ts::String& ssid, const ts::String& passphrase) { return multi_.addAP(ssid.c_str(), passphrase.c_str()); }
  bool existsAP(const ts::String& ssid) { return multi_.existsAP(ssid.c_str()); }
  bool existsAP(const ts::String& ssid, const ts::String& passphrase) { return multi_.existsAP(ssid.c_str(), passphrase.c_str()); }
  double run() { return multi_.run(); }
  double run(double connectTimeoutMs) { return multi_.run((uint32_t)connectTimeoutMs); }
  void cleanAPlist() { multi_.cleanAPlist(); }

 private:
  ESP8266WiFiMulti multi_;
#else
  bool addAP(const ts::String& ssid) { return addAP(ssid, ts::String::fromUtf8("")); }
  bool addAP(const ts::String&, const ts::String&) {
    count_++;
    return true;
  }
  bool existsAP(const ts::String&) { return count_ > 0; }
  bool existsAP(const ts::String&, const ts::String&) { return count_ > 0; }
  double run() { return run(6000); }
  double run(double) {
    return count_ == 0 ? WL_NO_SSID_AVAIL : WL_CONNECTED;
  }
  void cleanAPlist() { count_ = 0; }

 private:
  int count_ = 0;
#endif
};
