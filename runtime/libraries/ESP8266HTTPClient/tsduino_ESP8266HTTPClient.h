// Adapter between generated code and the ESP8266 core's HTTPClient. begin() hands the library the core's own
// WiFiClient / WiFiClientSecure inside the TS object (raw()), so TLS settings made on it apply.
#pragma once

#include "../WiFiClient/tsduino_WiFiClient.h"
#if defined(ESP8266)
#include <ESP8266HTTPClient.h>
#else
#include "host/host_httpclient.h"
#endif

class HTTPClientTS {
 public:
  template <class C>
  bool begin(WiFiClientAdapterTS<C>& client, const ts::String& url) { return http_.begin(client.raw(), arg(url)); }
  template <class C>
  bool begin(WiFiClientAdapterTS<C>& client, const ts::String& host, double port) { return http_.begin(client.raw(), arg(host), (uint16_t)port); }
  template <class C>
  bool begin(WiFiClientAdapterTS<C>& client, const ts::String& host, double port, const ts::String& uri) {
    return http_.begin(client.raw(), arg(host), (uint16_t)port, arg(uri));
  }
  template <class C>
  bool begin(WiFiClientAdapterTS<C>& client, const ts::String& host, double port, const ts::String& uri, bool https) {
    return http_.begin(client.raw(), arg(host), (uint16_t)port, arg(uri), https);
  }
  void end() { http_.end(); }
  bool connected() { return http_.connected(); }
  void setReuse(bool reuse) { http_.setReuse(reuse); }
  void setUserAgent(const ts::String& userAgent) { http_.setUserAgent(arg(userAgent)); }
  void setAuthorization(const ts::String& user, const ts::String& password) { http_.setAuthorization(user.c_str(), password.c_str()); }
  void setAuthorization(const ts::String& auth) { http_.setAuthorization(auth.c_str()); }
  void setTimeout(double timeout) { http_.setTimeout((uint16_t)timeout); }
  void setFollowRedirects(double follow) { http_.setFollowRedirects((followRedirects_t)(int)follow); }
  void setRedirectLimit(double limit) { http_.setRedirectLimit((uint16_t)limit); }
  bool setURL(const ts::String& url) { return http_.setURL(arg(url)); }
  void useHTTP10() { http_.useHTTP10(true); }
  void useHTTP10(bool usehttp10) { http_.useHTTP10(usehttp10); }

  double GET() { return http_.GET(); }
  double DELETE() { return http_.DELETE(); }
  double POST(const ts::String& payload) { return http_.POST((const uint8_t*)payload.c_str(), payload.byteLength()); }
  double POST(const ts::Uint8Array& payload, double size) { return http_.POST((const uint8_t*)payload.data(), clamp(payload, size)); }
  double PUT(const ts::String& payload) { return http_.PUT((const uint8_t*)payload.c_str(), payload.byteLength()); }
  double PUT(const ts::Uint8Array& payload, double size) { return http_.PUT((const uint8_t*)payload.data(), clamp(payload, size)); }
  double PATCH(const ts::String& payload) { return http_.PATCH((const uint8_t*)payload.c_str(), payload.byteLength()); }
  double PATCH(const ts::Uint8Array& payload, double size) { return http_.PATCH((const uint8_t*)payload.data(), clamp(payload, size)); }
  double sendRequest(const ts::String& type) { return http_.sendRequest(type.c_str(), (const uint8_t*)nullptr, 0); }
  double sendRequest(const ts::String& type, const ts::String& payload) {
    return http_.sendRequest(type.c_str(), (const uint8_t*)payload.c_str(), payload.byteLength());
  }
  double sendRequest(const ts::String& type, const ts::Uint8Array& payload, double size) {
    return http_.sendRequest(type.c_str(), (const uint8_t*)payload.data(), clamp(payload, size));
  }

  void addHeader(const ts::String& name, const ts::String& value) { http_.addHeader(arg(name), arg(value)); }
  void addHeader(const ts::String& name, const ts::String& value, bool first) { http_.addHeader(arg(name), arg(value), first); }
  void addHeader(const ts::String& name, const ts::String& value, bool first, bool replace) { http_.addHeader(arg(name), arg(value), first, replace); }
  void collectHeaders(const ts::Array<ts::String>& keys, double count) {
    size_t n = count >= 0 && count < (double)keys.size() ? (size_t)count : (size_t)keys.size();
    // The library copies the names; the pointers only need to live for this call.
    const char** names = (const char**)malloc(sizeof(const char*) * (n ? n : 1));
    for (size_t i = 0; i < n; i++) names[i] = keys.data()[i].c_str();
    http_.collectHeaders(names, n);
    free(names);
  }
  ts::String header(const ts::String& name) { return text(http_.header(name.c_str())); }
  ts::String header(double i) { return text(http_.header((size_t)i)); }
  ts::String headerName(double i) { return text(http_.headerName((size_t)i)); }
  double headers() { return http_.headers(); }
  bool hasHeader(const ts::String& name) { return http_.hasHeader(name.c_str()); }
  double getSize() { return http_.getSize(); }
  ts::String getLocation() { return text(http_.getLocation()); }
#if defined(ESP8266)
  ts::String getString() { return text(http_.getString()); }
  static ts::String errorToString(double error) { return text(HTTPClient::errorToString((int)error)); }
#else
  ts::String getString() {
    const char* body = http_.getString();
    return ts::String::fromUtf8(body, http_.getStringLength());
  }
  static ts::String errorToString(double error) { return text(HTTPClient::errorToString((int)error)); }
#endif

 private:
  static size_t clamp(const ts::Uint8Array& payload, double size) {
    return size >= 0 && size < (double)payload.size() ? (size_t)size : payload.size();
  }
#if defined(ESP8266)
  static String arg(const ts::String& s) { return String(s.c_str()); }
  static ts::String text(const String& s) { return ts::String::fromUtf8(s.c_str(), s.length()); }
#else
  static const char* arg(const ts::String& s) { return s.c_str(); }
  static ts::String text(const char* s) { return ts::String::fromUtf8(s); }
#endif

  HTTPClient http_;
};
