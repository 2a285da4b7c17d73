// Adapter for the ESP8266 core's ESP8266WiFi: `WiFiTS` takes runtime values and forwards to the real `WiFi`
// on the board; on the host it simulates a station that is connected at once (the PC's own network does the
// work), localIP() = 127.0.0.1, until disconnect(). Also makes IPAddress printable by the runtime (ts::print/println/toString).
#pragma once

#if defined(ESP8266)
#include <ESP8266WiFi.h>
#else
#include <stdio.h>
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
typedef enum WiFiMode { WIFI_OFF = 0, WIFI_STA = 1, WIFI_AP = 2, WIFI_AP_STA = 3 } WiFiMode_t;

#ifndef TSD_HOST_IPADDRESS_DEFINED
#define TSD_HOST_IPADDRESS_DEFINED
// The host stand-in for the core's IPAddress (IPv4 only): what WiFi.localIP() returns.
class IPAddress {
 public:
  IPAddress() : bytes_{0, 0, 0, 0} {}
  IPAddress(uint8_t a, uint8_t b, uint8_t c, uint8_t d) : bytes_{a, b, c, d} {}
  uint8_t operator[](int index) const { return bytes_[index & 3]; }
  bool isSet() const { return bytes_[0] | bytes_[1] | bytes_[2] | bytes_[3]; }
 private:
  uint8_t bytes_[4];
};
#endif
#endif

// In the global namespace (IPAddress's) so that the runtime's templates find it by argument-dependent lookup
// (`${ip}`, console.log(ip)); ts::toString below serves direct calls.
inline ts::String toString(const IPAddress& ip) {
  char text[16];
  int n = snprintf(text, sizeof text, "%u.%u.%u.%u", (unsigned)ip[0], (unsigned)ip[1], (unsigned)ip[2], (unsigned)ip[3]);
  return ts::String::fromUtf8(text, (size_t)n);
}

namespace ts {
inline String toString(const IPAddress& ip) { return ::toString(ip); }
inline decltype(auto) print(Print& out, const IPAddress& ip) { return print(out, ::toString(ip)); }
inline decltype(auto) println(Print& out, const IPAddress& ip) { return println(out, ::toString(ip)); }
namespace detail {
// console.log(ip): the runtime's console formats each argument with detail::inspect (found by ADL).
inline String inspect(Inspect&, const IPAddress& ip, bool) { return ::toString(ip); }
}  // namespace detail
}  // namespace ts

#include "tsduino_ESP8266WiFi_events.h"  // libs-device: events, status transitions, scans

class ESP8266WiFiClassTS : public ESP8266WiFiEventsTS {
 public:
  using ESP8266WiFiEventsTS::RSSI;
  using ESP8266WiFiEventsTS::SSID;
#if defined(ESP8266)
  double begin(const ts::String& ssid) { return WiFi.begin(ssid.c_str()); }
  double begin(const ts::String& ssid, const ts::String& passphrase) { return WiFi.begin(ssid.c_str(), passphrase.c_str()); }
  double status() { return WiFi.status(); }
  bool isConnected() { return WiFi.isConnected(); }
  IPAddress localIP() { return WiFi.localIP(); }
  ts::String macAddress() { return ts::String::fromUtf8(WiFi.macAddress().c_str()); }
  ts::String SSID() { return ts::String::fromUtf8(WiFi.SSID().c_str()); }
  double RSSI() { return WiFi.RSSI(); }
  bool mode(double m) { return WiFi.mode((WiFiMode_t)(int)m); }
  double getMode() { return WiFi.getMode(); }
  bool disconnect() { return WiFi.disconnect(); }
  bool disconnect(bool wifioff) { return WiFi.disconnect(wifioff); }
  bool setAutoReconnect(bool on) { return WiFi.setAutoReconnect(on); }
  ts::String hostname() { return ts::String::fromUtf8(WiFi.hostname().c_str()); }
#else
  double begin(const ts::String& ssid) { return begin(ssid, ts::String::fromUtf8("")); }
  double begin(const ts::String& ssid, const ts::String&) {
    ssid_ = ssid;
    connected_ = true;
    hostJoined(ssid);
    return status();
  }
  // The host station is connected from the start: the PC's own network carries the traffic (until a
  // `WIFI LOW` stimulus takes the access point away: tsduino_ESP8266WiFi_events.h).
  double status() { return connected_ && hostLinkUp() ? WL_CONNECTED : WL_DISCONNECTED; }
  bool isConnected() { return connected_ && hostLinkUp(); }
  IPAddress localIP() { return isConnected() ? IPAddress(127, 0, 0, 1) : IPAddress(); }
  ts::String macAddress() { return ts::String::fromUtf8("02:00:00:00:00:01"); }
  ts::String SSID() { return connected_ && ts::truthy(ssid_) ? ssid_ : ts::String::fromUtf8(""); }
  double RSSI() { return connected_ ? -40 : 31; }
  bool mode(double m) { mode_ = m; return true; }
  double getMode() { return mode_; }
  bool disconnect() { hostLeft(); connected_ = false; return true; }
  bool disconnect(bool) { return disconnect(); }
  bool setAutoReconnect(bool) { return true; }
  ts::String hostname() { return ts::String::fromUtf8("ESP-HOST01"); }

 private:
  bool connected_ = true;
  double mode_ = WIFI_STA;
  ts::String ssid_;
#endif
};

inline ESP8266WiFiClassTS WiFiTS;
