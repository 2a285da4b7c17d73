// Adapter for the ESP8266 core's ESP8266WiFiMulti: ESP8266WiFiMultiTS forwards to the real class on the board;
// on the host it remembers the access points and run() connects (via WiFiTS) as soon as one is known.
#pragma once
#include "../ESP8266WiFi/tsduino_ESP8266WiFi.h"

#if defined(ESP8266)
#include <ESP8266WiFiMulti.h>
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
  bool addAP(const ts::String& ssid, const ts::String&) {
    if (count_ == 0) first_ = ssid;
    count_++;
    return true;
  }
  bool existsAP(const ts::String&) { return count_ > 0; }
  bool existsAP(const ts::String&, const ts::String&) { return count_ > 0; }
  double run() { return run(6000); }
  double run(double) {
    if (count_ == 0) return WL_NO_SSID_AVAIL;
    if (!WiFiTS.isConnected()) WiFiTS.connectHost(first_);
    return WL_CONNECTED;
  }
  void cleanAPlist() { count_ = 0; }

 private:
  int count_ = 0;
  ts::String first_;
#endif
};
