// Declaration-only copy of the ESP8266 core's ESP8266WiFi API a sketch uses (ESP8266WiFi.h,
// ESP8266WiFiSTA.h, ESP8266WiFiGeneric.h, include/wl_definitions.h, ESP8266WiFiType.h, IPAddress.h): the
// `WiFi` object, wl_status_t, WiFiMode_t and IPAddress with the core's names and signatures. Used only to
// compile generated sketches to xtensa object files; the board links the real core.
#ifndef WiFi_h
#define WiFi_h

#include <Arduino.h>

typedef enum {
    WL_NO_SHIELD        = 255,
    WL_IDLE_STATUS      = 0,
    WL_NO_SSID_AVAIL    = 1,
    WL_SCAN_COMPLETED   = 2,
    WL_CONNECTED        = 3,
    WL_CONNECT_FAILED   = 4,
    WL_CONNECTION_LOST  = 5,
    WL_WRONG_PASSWORD   = 6,
    WL_DISCONNECTED     = 7
} wl_status_t;

typedef enum WiFiMode {
    WIFI_OFF = 0, WIFI_STA = 1, WIFI_AP = 2, WIFI_AP_STA = 3
} WiFiMode_t;

#ifndef IPAddress_h
#define IPAddress_h
class IPAddress : public Printable {  // cores/esp8266/IPAddress.h (IPv4 build, LWIP_IPV6=0)
  public:
    IPAddress();
    IPAddress(const IPAddress&);
    IPAddress(IPAddress&&);
    IPAddress(uint8_t first_octet, uint8_t second_octet, uint8_t third_octet, uint8_t fourth_octet);
    IPAddress(uint32_t address) { *this = address; }
    IPAddress(unsigned long address) { *this = address; }
    IPAddress(int address) { *this = address; }
    IPAddress(const uint8_t *address) { *this = address; }
    IPAddress& operator=(const uint8_t *address);
    IPAddress& operator=(uint32_t address);
    IPAddress& operator=(const IPAddress&) = default;
    operator uint32_t() const;
    operator uint32_t();
    bool isSet () const;
    operator bool () const { return isSet(); }
    operator bool ()       { return isSet(); }
    uint8_t operator[](int index) const;
    uint8_t& operator[](int index);
    virtual size_t printTo(Print& p) const;
    String toString() const;
  private:
    uint32_t _address;
};
#endif

extern const String emptyString;

// ---- Events and scans (libs-device): ESP8266WiFiGeneric.h, ESP8266WiFiScan.h, ESP8266WiFiType.h.
#include "ESP8266WiFiGeneric.h"
struct WiFiEventStationModeGotIP {
  IPAddress ip;
  IPAddress mask;
  IPAddress gw;
};

class ESP8266WiFiClass : public ESP8266WiFiGenericClass, public ESP8266WiFiScanClass {
  public:
    using ESP8266WiFiScanClass::SSID;
    using ESP8266WiFiScanClass::RSSI;
    using ESP8266WiFiScanClass::encryptionType;
    using ESP8266WiFiScanClass::BSSIDstr;
    using ESP8266WiFiScanClass::channel;
    using ESP8266WiFiScanClass::isHidden;
    using ESP8266WiFiGenericClass::channel;
    wl_status_t begin(const char* ssid, const char *passphrase = NULL, int32_t channel = 0, const uint8_t* bssid = NULL, bool connect = true);
    wl_status_t begin(const String& ssid, const String& passphrase = emptyString, int32_t channel = 0, const uint8_t* bssid = NULL, bool connect = true);
    wl_status_t begin();
    bool disconnect(bool wifioff = false);
    bool isConnected();
    bool setAutoReconnect(bool autoReconnect);
    wl_status_t status();
    IPAddress localIP();
    String macAddress();
    String SSID() const;
    int32_t RSSI();
    bool mode(WiFiMode_t);
    WiFiMode_t getMode();
    String hostname();
    bool hostname(const char* aHostname);
};

extern ESP8266WiFiClass WiFi;

#endif
