// Adapter for the ESP8266 core's BearSSL::WiFiClientSecure and X509List. The X509List keeps its PEM text
// where it is (flash for a string constant) on the board: the core parses it at construction / append().
#pragma once

#include "../WiFiClient/tsduino_WiFiClient.h"
#if defined(ESP8266)
#include <WiFiClientSecure.h>
#endif

class X509ListTS {
 public:
  X509ListTS() {}
  explicit X509ListTS(const char* pem) : list_(pem) {}
  explicit X509ListTS(const ts::String& pem) : list_(pem.c_str()) {}
  bool append(const ts::String& pem) { return list_.append(pem.c_str()); }
  double getCount() { return (double)list_.getCount(); }
  const BearSSL::X509List* raw() const { return &list_; }

 private:
  BearSSL::X509List list_;
};

class WiFiClientSecureTS : public WiFiClientAdapterTS<BearSSL::WiFiClientSecure> {
 public:
  void setTrustAnchors(const X509ListTS& ta) { client_.setTrustAnchors(ta.raw()); }
  bool setFingerprint(const ts::String& fingerprint) { return client_.setFingerprint(fingerprint.c_str()); }
  void setInsecure() { client_.setInsecure(); }
  void allowSelfSignedCerts() { client_.allowSelfSignedCerts(); }
  void setBufferSizes(double recv, double xmit) { client_.setBufferSizes((int)recv, (int)xmit); }
  double getLastSSLError() { return client_.getLastSSLError(); }
};
