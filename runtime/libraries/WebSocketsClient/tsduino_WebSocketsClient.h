// Adapter between generated code and arduinoWebSockets' WebSocketsClient: the class WebSocketsClientTS takes
// runtime values (ts::String, double, ts::Uint8Array, ts::Fn) and forwards to the real library on the ESP8266
// (`#include <WebSocketsClient.h>`) or to tsd_ws::Client, the host implementation over TCP + BearSSL.
// Events reach the sketch as handler(type, payload, length) with the payload copied into a Uint8Array whose
// buffer keeps a NUL after the last byte, as the library's payload buffers do.
#pragma once

#if defined(ESP8266)
#include <WebSocketsClient.h>
#else
#include "host/host_ws_client.h"
// The library's enum, same names and values (WebSockets.h), for host builds.
typedef enum {
  WStype_ERROR,
  WStype_DISCONNECTED,
  WStype_CONNECTED,
  WStype_TEXT,
  WStype_BIN,
  WStype_FRAGMENT_TEXT_START,
  WStype_FRAGMENT_BIN_START,
  WStype_FRAGMENT,
  WStype_FRAGMENT_FIN,
  WStype_PING,
  WStype_PONG,
} WStype_t;
#endif

namespace tsd_ws_adapter {
// "AB:CD:…", "AB CD …" or "abcd…" → 20 bytes. False unless exactly 20 hex bytes.
inline bool parseFingerprint(const char* text, uint8_t out[20]) {
  int nibbles = 0;
  for (const char* p = text; *p; p++) {
    char c = *p;
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
    else if (c == ':' || c == ' ') continue;
    else return false;
    if (nibbles >= 40) return false;
    if (nibbles % 2 == 0) out[nibbles / 2] = (uint8_t)(v << 4);
    else out[nibbles / 2] = (uint8_t)(out[nibbles / 2] | v);
    nibbles++;
  }
  return nibbles == 40;
}
}  // namespace tsd_ws_adapter

class WebSocketsClientTS {
 public:
  typedef ts::Fn<void(double, ts::Uint8Array, double)> Handler;

  WebSocketsClientTS() {
#if defined(ESP8266)
    client_.onEvent([this](WStype_t type, uint8_t* payload, size_t length) { deliver((int)type, payload, length); });
#else
    client_.onEvent(&WebSocketsClientTS::trampoline, this);
#endif
  }

  void begin(const ts::String& host, double port) { begin(host, port, ts::String::fromUtf8("/"), ts::String::fromUtf8("arduino")); }
  void begin(const ts::String& host, double port, const ts::String& url) { begin(host, port, url, ts::String::fromUtf8("arduino")); }
  void begin(const ts::String& host, double port, const ts::String& url, const ts::String& protocol) {
    client_.begin(host.c_str(), (uint16_t)port, url.c_str(), protocol.c_str());
  }

  void beginSSL(const ts::String& host, double port) { beginSSL(host, port, ts::String::fromUtf8("/")); }
  void beginSSL(const ts::String& host, double port, const ts::String& url) { startSSL(host, port, url, nullptr, ts::String::fromUtf8("arduino")); }
  void beginSSL(const ts::String& host, double port, const ts::String& url, const ts::String& fingerprint) {
    beginSSL(host, port, url, fingerprint, ts::String::fromUtf8("arduino"));
  }
  void beginSSL(const ts::String& host, double port, const ts::String& url, const ts::String& fingerprint, const ts::String& protocol) {
    const char* text = fingerprint.c_str();
    if (text[0] == 0) {
      startSSL(host, port, url, nullptr, protocol);
      return;
    }
    if (!tsd_ws_adapter::parseFingerprint(text, fingerprint_)) {
      ts::uncaught(PSTR("beginSSL: the fingerprint must be 20 hex bytes, e.g. \"AB:CD:...\" (tsduino cert --fingerprint)"), __FILE__, __LINE__);
    }
    startSSL(host, port, url, fingerprint_, protocol);
  }

  void beginSslWithCA(const ts::String& host, double port) { beginSslWithCA(host, port, ts::String::fromUtf8("/")); }
  void beginSslWithCA(const ts::String& host, double port, const ts::String& url) {
#if defined(ESP8266)
    client_.beginSslWithCA(host.c_str(), (uint16_t)port, url.c_str(), (const char*)nullptr, "arduino");
#else
    client_.beginSslWithCA(host.c_str(), (uint16_t)port, url.c_str(), nullptr, "arduino");
#endif
  }
  void beginSslWithCA(const ts::String& host, double port, const ts::String& url, const ts::String& caCert) {
    beginSslWithCA(host, port, url, caCert, ts::String::fromUtf8("arduino"));
  }
  void beginSslWithCA(const ts::String& host, double port, const ts::String& url, const ts::String& caCert, const ts::String& protocol) {
    // The CA stays where it is (flash for a string constant): the library parses it at once.
    client_.beginSslWithCA(host.c_str(), (uint16_t)port, url.c_str(), caCert.flashOrRam(), protocol.c_str());
  }

  void setSSLClientCertKey(const ts::String& cert, const ts::String& key) { client_.setSSLClientCertKey(cert.c_str(), key.c_str()); }

  void loop() { client_.loop(); }
  void onEvent(const Handler& handler) { handler_ = handler; }
  // A named function (`webSocket.onEvent(webSocketEventHandler)`); closures arrive as a Handler.
  void onEvent(void (*handler)(double, ts::Uint8Array, double)) {
    handler_ = Handler([handler](double type, ts::Uint8Array payload, double length) { handler(type, payload, length); });
  }

  bool sendTXT(const ts::String& payload) { return client_.sendTXT((const uint8_t*)payload.c_str(), payload.byteLength()); }
  bool sendTXT(const ts::Uint8Array& payload) { return sendTXT(payload, (double)payload.size()); }
  bool sendTXT(const ts::Uint8Array& payload, double length) {
    // The library reads a length of 0 as "use strlen": an empty message must point at a real "".
    if (payload.size() == 0) return client_.sendTXT((const uint8_t*)"", 0);
    return client_.sendTXT((const uint8_t*)payload.data(), clamp(payload, length));
  }
  bool sendBIN(const ts::Uint8Array& payload) { return client_.sendBIN((const uint8_t*)payload.data(), payload.size()); }
  bool sendBIN(const ts::Uint8Array& payload, double length) { return client_.sendBIN((const uint8_t*)payload.data(), clamp(payload, length)); }
  bool sendPing() { return client_.sendPing(nullptr, 0); }
  bool sendPing(const ts::Uint8Array& payload) { return client_.sendPing((uint8_t*)payload.data(), payload.size()); }
  bool sendPing(const ts::String& payload) { return client_.sendPing((uint8_t*)payload.c_str(), payload.byteLength()); }

  void disconnect() { client_.disconnect(); }
  void setAuthorization(const ts::String& user, const ts::String& password) { client_.setAuthorization(user.c_str(), password.c_str()); }
  void setAuthorization(const ts::String& auth) { client_.setAuthorization(auth.c_str()); }
  void setExtraHeaders() { client_.setExtraHeaders(nullptr); }
  void setExtraHeaders(const ts::String& headers) { client_.setExtraHeaders(headers.c_str()); }
  void setReconnectInterval(double ms) { client_.setReconnectInterval((unsigned long)ms); }
  void enableHeartbeat(double pingInterval, double pongTimeout, double disconnectTimeoutCount) {
    client_.enableHeartbeat((uint32_t)pingInterval, (uint32_t)pongTimeout, (uint8_t)disconnectTimeoutCount);
  }
  void disableHeartbeat() { client_.disableHeartbeat(); }
  bool isConnected() { return client_.isConnected(); }

 private:
  static size_t clamp(const ts::Uint8Array& payload, double length) {
    return length > 0 && length < (double)payload.size() ? (size_t)length : payload.size();
  }

  void startSSL(const ts::String& host, double port, const ts::String& url, const uint8_t* fingerprint, const ts::String& protocol) {
    client_.beginSSL(host.c_str(), (uint16_t)port, url.c_str(), fingerprint, protocol.c_str());
  }

  // A copy with a NUL after the last byte (as the library's buffers have), so `%s` can print TEXT payloads.
  static ts::Uint8Array copyPayload(const uint8_t* payload, size_t length) {
    ts::Uint8Array bytes = ts::Uint8Array::withLength((double)length + 1);  // zero-filled
    if (payload != nullptr && length > 0) memcpy(bytes.data(), payload, length);
    return bytes.subarray(0, (double)length);
  }

  void deliver(int type, uint8_t* payload, size_t length) {
    if (ts::isNullish(handler_)) return;
    Handler handler = handler_;  // keep the closure alive even if the sketch replaces it while it runs
    handler((double)type, copyPayload(payload, length), (double)length);
  }

#if !defined(ESP8266)
  static void trampoline(void* self, int type, uint8_t* payload, size_t length) {
    static_cast<WebSocketsClientTS*>(self)->deliver(type, payload, length);
  }
#endif

  // Declared before client_ so they are destroyed after it: the library's destructor disconnects and
  // delivers a last WStype_DISCONNECTED to the handler, and keeps using the fingerprint until then.
  Handler handler_;
  uint8_t fingerprint_[20] = {0};  // the library keeps the pointer, so the bytes live here
#if !defined(ESP8266)
  tsd_ws::Client client_;
#else
  WebSocketsClient client_;
#endif
};
