// Adapter between generated code and the ESP8266 core's WiFiClient (and, through WiFiClientAdapterTS, the
// BearSSL::WiFiClientSecure of tsduino_WiFiClientSecure.h). Libraries that take a `WiFiClient&`
// (PubSubClient, HTTPClient) receive `raw()`, the core's own object, so they behave as in a C++ sketch.
#pragma once

#if defined(ESP8266)
#include <WiFiClient.h>
#else
#include "host/host_wifi_client.h"
#endif

template <class Client>
class WiFiClientAdapterTS {
 public:
  Client& raw() { return client_; }

  double connect(const ts::String& host, double port) { return client_.connect(host.c_str(), (uint16_t)port); }
  double write(const ts::String& data) { return (double)client_.write((const uint8_t*)data.c_str(), data.byteLength()); }
  double write(const ts::Uint8Array& data) { return (double)client_.write((const uint8_t*)data.data(), data.size()); }
  double write(const ts::Uint8Array& data, double size) {
    size_t n = size > 0 && size < (double)data.size() ? (size_t)size : data.size();
    return (double)client_.write((const uint8_t*)data.data(), n);
  }
  double print(const ts::String& data) { return write(data); }
  double println() { return (double)client_.write((const uint8_t*)"\r\n", 2); }
  double println(const ts::String& data) { return write(data) + println(); }
  double available() { return client_.available(); }
  double read() { return client_.read(); }
  double peek() { return client_.peek(); }
  ts::String readStringUntil(const ts::String& terminator) {
    const char* t = terminator.c_str();
    return readUntil(t[0] ? (int)(unsigned char)t[0] : -1);
  }
  ts::String readString() { return readUntil(-1); }
  bool connected() { return client_.connected() != 0; }
  void stop() { client_.stop(); }
  void flush() { client_.flush(); }
  void setTimeout(double timeoutMs) { client_.setTimeout((unsigned long)timeoutMs); }
  void setNoDelay(bool nodelay) { client_.setNoDelay(nodelay); }

 protected:
  // Stream::readStringUntil / readString: byte by byte with the stream timeout, bytes kept as UTF-8.
  ts::String readUntil(int terminator) {
    size_t n = 0, capacity = 128;
    char* bytes = (char*)malloc(capacity);
    for (;;) {
      uint8_t c;
      if (client_.readBytes(&c, 1) != 1 || (int)c == terminator) break;
      if (n == capacity) bytes = (char*)realloc(bytes, capacity *= 2);
      bytes[n++] = (char)c;
    }
    ts::String out = ts::String::fromUtf8(bytes, n);
    free(bytes);
    return out;
  }

  Client client_;
};

class WiFiClientTS : public WiFiClientAdapterTS<WiFiClient> {};
