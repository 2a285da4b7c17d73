// ESP8266WiFi events, status transitions and scans (libs-device part of the ESP8266WiFi adapter):
// ESP8266WiFiEventsTS is the base of ESP8266WiFiClassTS. On the board it forwards to WiFi.onStationMode*
// (keeping the returned WiFiEventHandler, so a sketch need not store it) and WiFi.scanNetworks. On the host
// it simulates the station's side: the access point comes and goes with `WIFI HIGH` / `WIFI LOW` stimulus
// lines; events are queued and delivered at the next yield()/delay()/loop end, as the SDK's event task does.
#pragma once

struct WiFiEventStationModeGotIPTS {
  IPAddress ip;
  IPAddress mask;
  IPAddress gw;
};
struct WiFiEventStationModeDisconnectedTS {
  ts::String ssid;
  double reason = 0;
};

#if !defined(ESP8266)
#define WIFI_SCAN_RUNNING (-1)
#define WIFI_SCAN_FAILED (-2)
enum wl_enc_type { ENC_TYPE_WEP = 5, ENC_TYPE_TKIP = 2, ENC_TYPE_CCMP = 4, ENC_TYPE_NONE = 7, ENC_TYPE_AUTO = 8 };
enum WiFiDisconnectReason {
  WIFI_DISCONNECT_REASON_UNSPECIFIED = 1,
  WIFI_DISCONNECT_REASON_AUTH_EXPIRE = 2,
  WIFI_DISCONNECT_REASON_ASSOC_LEAVE = 8,
  WIFI_DISCONNECT_REASON_4WAY_HANDSHAKE_TIMEOUT = 15,
  WIFI_DISCONNECT_REASON_BEACON_TIMEOUT = 200,
  WIFI_DISCONNECT_REASON_NO_AP_FOUND = 201,
  WIFI_DISCONNECT_REASON_AUTH_FAIL = 202,
};
#endif

class WiFiEventHandlerTS {
 public:
  WiFiEventHandlerTS() {}
#if defined(ESP8266)
  explicit WiFiEventHandlerTS(const WiFiEventHandler& h) : handler_(h) {}

 private:
  WiFiEventHandler handler_;
#endif
};

class ESP8266WiFiEventsTS {
 public:
  typedef ts::Fn<void(WiFiEventStationModeGotIPTS)> GotIPHandler;
  typedef ts::Fn<void(WiFiEventStationModeDisconnectedTS)> DisconnectedHandler;

  WiFiEventHandlerTS onStationModeGotIP(void (*h)(WiFiEventStationModeGotIPTS)) {
    return onStationModeGotIP(GotIPHandler([h](WiFiEventStationModeGotIPTS e) { h(e); }));
  }
  WiFiEventHandlerTS onStationModeDisconnected(void (*h)(WiFiEventStationModeDisconnectedTS)) {
    return onStationModeDisconnected(DisconnectedHandler([h](WiFiEventStationModeDisconnectedTS e) { h(e); }));
  }
  double scanNetworks() { return scanNetworks(false, false); }
  double scanNetworks(bool async) { return scanNetworks(async, false); }

#if defined(ESP8266)
  WiFiEventHandlerTS onStationModeGotIP(const GotIPHandler& h) {
    WiFiEventHandler r = WiFi.onStationModeGotIP([h](const WiFiEventStationModeGotIP& e) {
      WiFiEventStationModeGotIPTS event;
      event.ip = e.ip;
      event.mask = e.mask;
      event.gw = e.gw;
      GotIPHandler handler = h;
      handler(event);
    });
    keep(r);
    return WiFiEventHandlerTS(r);
  }
  WiFiEventHandlerTS onStationModeDisconnected(const DisconnectedHandler& h) {
    WiFiEventHandler r = WiFi.onStationModeDisconnected([h](const WiFiEventStationModeDisconnected& e) {
      WiFiEventStationModeDisconnectedTS event;
      event.ssid = ts::String::fromUtf8(e.ssid.c_str());
      event.reason = (double)e.reason;
      DisconnectedHandler handler = h;
      handler(event);
    });
    keep(r);
    return WiFiEventHandlerTS(r);
  }
  double scanNetworks(bool async, bool showHidden) { return WiFi.scanNetworks(async, showHidden); }
  double scanComplete() { return WiFi.scanComplete(); }
  void scanDelete() { WiFi.scanDelete(); }
  ts::String SSID(double i) { return ts::String::fromUtf8(WiFi.SSID((uint8_t)ts::toInt32(i)).c_str()); }
  double RSSI(double i) { return WiFi.RSSI((uint8_t)ts::toInt32(i)); }
  double encryptionType(double i) { return WiFi.encryptionType((uint8_t)ts::toInt32(i)); }
  double channel(double i) { return WiFi.channel((uint8_t)ts::toInt32(i)); }
  ts::String BSSIDstr(double i) { return ts::String::fromUtf8(WiFi.BSSIDstr((uint8_t)ts::toInt32(i)).c_str()); }
  bool isHidden(double i) { return WiFi.isHidden((uint8_t)ts::toInt32(i)); }

 private:
  void keep(const WiFiEventHandler& h) {
    if (kept_ < kKeep) handlers_[kept_++] = h;
  }
  static const int kKeep = 8;
  WiFiEventHandler handlers_[kKeep];
  int kept_ = 0;
#else
  WiFiEventHandlerTS onStationModeGotIP(const GotIPHandler& h) {
    install();
    if (gotIpCount_ < kMax) gotIp_[gotIpCount_++] = h;
    return WiFiEventHandlerTS();
  }
  WiFiEventHandlerTS onStationModeDisconnected(const DisconnectedHandler& h) {
    install();
    if (lostCount_ < kMax) lost_[lostCount_++] = h;
    return WiFiEventHandlerTS();
  }
  double scanNetworks(bool async, bool) {
    if (async) {
      install();
      scan_ = kScanRunning;
      return WIFI_SCAN_RUNNING;
    }
    scan_ = kScanDone;
    return kNetworks;
  }
  double scanComplete() { return scan_ == kScanRunning ? WIFI_SCAN_RUNNING : scan_ == kScanDone ? kNetworks : WIFI_SCAN_FAILED; }
  void scanDelete() { scan_ = kNoScan; }
  // A simulated neighbourhood: the access point the station joins, and two others.
  ts::String SSID(double i) {
    int n = item(i);
    if (n == 0) return ts::truthy(ssid_) ? ssid_ : ts::String::fromUtf8("tsduino-host");
    return ts::String::fromUtf8(n == 1 ? "Neighbour" : n == 2 ? "CafeFreeWiFi" : "");
  }
  double RSSI(double i) { return item(i) == 0 ? -40 : item(i) == 1 ? -71 : item(i) == 2 ? -83 : 0; }
  double encryptionType(double i) { return item(i) == 2 ? ENC_TYPE_NONE : item(i) >= 0 ? ENC_TYPE_CCMP : -1; }
  double channel(double i) { return item(i) == 0 ? 6 : item(i) == 1 ? 11 : item(i) == 2 ? 1 : 0; }
  ts::String BSSIDstr(double i) {
    int n = item(i);
    if (n < 0) return ts::String::fromUtf8("");
    char text[18];
    snprintf(text, sizeof text, "02:00:00:00:01:%02X", (unsigned)n);
    return ts::String::fromUtf8(text);
  }
  bool isHidden(double) { return false; }

 protected:
  bool hostLinkUp() const { return linkUp_; }
  // The station joined (begin) or left (disconnect): events as the SDK delivers them.
  void hostJoined(const ts::String& ssid) {
    ssid_ = ssid;
    station_ = true;
    if (linkUp_) queue(kGotIp, 0);
  }
  void hostLeft() {
    if (station_ && linkUp_) queue(kLost, WIFI_DISCONNECT_REASON_ASSOC_LEAVE);
    station_ = false;
  }

 private:
  enum { kGotIp, kLost };
  enum { kNoScan, kScanRunning, kScanDone };
  static const int kMax = 8, kNetworks = 3;
  int item(double i) const {
    int n = (int)ts::toInt32(i);
    return scan_ == kScanDone && n >= 0 && n < kNetworks ? n : -1;
  }
  void install() {
    self() = this;
    tsd_pins_on_service(&ESP8266WiFiEventsTS::service);
    tsd_pins_on_event(&ESP8266WiFiEventsTS::stimulus);
  }
  void queue(int kind, int reason) {
    install();
    if (pending_ < kMax) {
      kinds_[pending_] = kind;
      reasons_[pending_++] = reason;
    }
  }
  static ESP8266WiFiEventsTS*& self() {
    static ESP8266WiFiEventsTS* instance = nullptr;
    return instance;
  }
  static void stimulus(uint8_t what, int value) {
    ESP8266WiFiEventsTS* w = self();
    if (!w || what != TSD_STIMULUS_WIFI || (value != 0) == w->linkUp_) return;
    w->linkUp_ = value != 0;
    if (!w->station_) return;
    if (w->linkUp_) w->queue(kGotIp, 0);  // auto-reconnect once the access point is back
    else w->queue(kLost, WIFI_DISCONNECT_REASON_BEACON_TIMEOUT);
  }
  static void service() {
    ESP8266WiFiEventsTS* w = self();
    if (!w) return;
    if (w->scan_ == kScanRunning) w->scan_ = kScanDone;
    for (int e = 0; e < w->pending_; e++) {
      if (w->kinds_[e] == kGotIp) {
        WiFiEventStationModeGotIPTS event;
        event.ip = IPAddress(127, 0, 0, 1);
        event.mask = IPAddress(255, 0, 0, 0);
        event.gw = IPAddress(127, 0, 0, 1);
        for (int i = 0; i < w->gotIpCount_; i++) {
          GotIPHandler h = w->gotIp_[i];
          h(event);
        }
      } else {
        WiFiEventStationModeDisconnectedTS event;
        event.ssid = ts::truthy(w->ssid_) ? w->ssid_ : ts::String::fromUtf8("tsduino-host");
        event.reason = w->reasons_[e];
        for (int i = 0; i < w->lostCount_; i++) {
          DisconnectedHandler h = w->lost_[i];
          h(event);
        }
      }
    }
    w->pending_ = 0;
  }

  GotIPHandler gotIp_[kMax];
  DisconnectedHandler lost_[kMax];
  int gotIpCount_ = 0, lostCount_ = 0;
  int kinds_[kMax], reasons_[kMax];
  int pending_ = 0;
  int scan_ = kNoScan;
  bool linkUp_ = true;
  bool station_ = true;
  ts::String ssid_;
#endif
};
