// Adapter between generated code and the ESP8266 core's ESP8266WebServer. Handlers are ts::Fn closures kept
// by the adapter; the library calls them from handleClient(). Strings the library returns (arg, uri,
// header...) are copied into TS strings.
#pragma once

#if defined(ESP8266)
#include <ESP8266WebServer.h>
#else
#include "host/host_webserver.h"
#endif

namespace tsd_web_adapter {
template <class T> T& lvalue();  // declaration only: for the detection below
template <class F> constexpr auto hasRaw(int) -> decltype(lvalue<F>().raw(), bool()) { return true; }
template <class F> constexpr bool hasRaw(...) { return false; }
}  // namespace tsd_web_adapter

class ESP8266WebServerTS {
 public:
  typedef ts::Fn<void()> Handler;

  ESP8266WebServerTS() : server_(80) {}
  explicit ESP8266WebServerTS(double port) : server_((int)port) {}
  ~ESP8266WebServerTS() {
    while (handlers_ != nullptr) {
      Node* next = handlers_->next;
      delete handlers_;
      handlers_ = next;
    }
  }

  void begin() { server_.begin(); }
  void begin(double port) { server_.begin((uint16_t)port); }
  void handleClient() { server_.handleClient(); }
  void close() { server_.close(); }
  void stop() { server_.stop(); }

  void on(const ts::String& uri, const Handler& handler) { on(uri, (double)HTTP_ANY, handler); }
  void on(const ts::String& uri, void (*handler)()) { on(uri, (double)HTTP_ANY, wrap(handler)); }
  void on(const ts::String& uri, double method, void (*handler)()) { on(uri, method, wrap(handler)); }
  void on(const ts::String& uri, double method, const Handler& handler) {
#if defined(ESP8266)
    server_.on(Uri(uri.c_str()), (HTTPMethod)(int)method, [handler]() { Handler h = handler; h(); });
#else
    server_.on(uri.c_str(), (HTTPMethod)(int)method, &ESP8266WebServerTS::call, keep(handler));
#endif
  }
  void onNotFound(void (*handler)()) { onNotFound(wrap(handler)); }
  void onNotFound(const Handler& handler) {
#if defined(ESP8266)
    server_.onNotFound([handler]() { Handler h = handler; h(); });
#else
    server_.onNotFound(&ESP8266WebServerTS::call, keep(handler));
#endif
  }
  void enableCORS(bool enable) { server_.enableCORS(enable); }
  bool authenticate(const ts::String& username, const ts::String& password) { return server_.authenticate(username.c_str(), password.c_str()); }
  void requestAuthentication() { requestAuthentication((double)BASIC_AUTH); }
  void requestAuthentication(double mode) { requestAuthentication(mode, ts::String::fromUtf8("")); }
  void requestAuthentication(double mode, const ts::String& realm) { requestAuthentication(mode, realm, ts::String::fromUtf8("")); }
  void requestAuthentication(double mode, const ts::String& realm, const ts::String& authFailMsg) {
#if defined(ESP8266)
    server_.requestAuthentication((HTTPAuthMethod)(int)mode, realm.byteLength() ? realm.c_str() : nullptr, String(authFailMsg.c_str()));
#else
    (void)mode;  // the host server answers Basic only
    server_.requestAuthentication(realm.byteLength() ? realm.c_str() : nullptr, authFailMsg.c_str());
#endif
  }

  ts::String uri() { return text(server_.uri()); }
  double method() { return (double)server_.method(); }
  ts::String arg(const ts::String& name) { return text(server_.arg(key(name))); }
  ts::String arg(double i) { return text(server_.arg((int)i)); }
  ts::String argName(double i) { return text(server_.argName((int)i)); }
  double args() { return server_.args(); }
  bool hasArg(const ts::String& name) { return server_.hasArg(key(name)); }
  void collectHeaders(const ts::Array<ts::String>& keys, double count) {
    size_t n = count >= 0 && count < (double)keys.size() ? (size_t)count : (size_t)keys.size();
    const char** names = (const char**)malloc(sizeof(const char*) * (n ? n : 1));  // the library copies them
    for (size_t i = 0; i < n; i++) names[i] = keys.data()[i].c_str();
    server_.collectHeaders(names, n);
    free(names);
  }
  ts::String header(const ts::String& name) { return text(server_.header(key(name))); }
  ts::String header(double i) { return text(server_.header((int)i)); }
  ts::String headerName(double i) { return text(server_.headerName((int)i)); }
  double headers() { return server_.headers(); }
  bool hasHeader(const ts::String& name) { return server_.hasHeader(key(name)); }
  ts::String hostHeader() { return text(server_.hostHeader()); }

  void send(double code) { sendBytes(code, nullptr, "", 0); }
  void send(double code, const ts::String& contentType) { sendBytes(code, contentType.c_str(), "", 0); }
  void send(double code, const ts::String& contentType, const ts::String& content) {
    sendBytes(code, contentType.c_str(), content.c_str(), content.byteLength());
  }
  void send(double code, const ts::String& contentType, const ts::Uint8Array& content, double length) {
    size_t n = length >= 0 && length < (double)content.size() ? (size_t)length : content.size();
    sendBytes(code, contentType.c_str(), (const char*)content.data(), n);
  }
  void sendHeader(const ts::String& name, const ts::String& value) { sendHeader(name, value, false); }
  void sendHeader(const ts::String& name, const ts::String& value, bool first) {
#if defined(ESP8266)
    server_.sendHeader(String(name.c_str()), String(value.c_str()), first);
#else
    server_.sendHeader(name.c_str(), value.c_str(), first);
#endif
  }
  void setContentLength(double length) {
    // CONTENT_LENGTH_UNKNOWN is SIZE_MAX, which a double cannot tell from its neighbours.
    server_.setContentLength(length < 0 || length >= 9007199254740992.0 ? CONTENT_LENGTH_UNKNOWN : (size_t)length);
  }
  void sendContent(const ts::String& content) { server_.sendContent(content.c_str(), content.byteLength()); }
  bool chunkedResponseModeStart(double code, const ts::String& contentType) {
#if defined(ESP8266)
    return server_.chunkedResponseModeStart((int)code, contentType.c_str());
#else
    setContentLength(-1);
    sendBytes(code, contentType.c_str(), "", 0);
    return true;
#endif
  }
  void chunkedResponseFinalize() { server_.sendContent("", 0); }
  void keepAlive(bool keepAlive) { server_.keepAlive(keepAlive); }
  bool keepAlive() { return server_.keepAlive(); }

  // `file` is the LittleFS binding's File object. With raw() (the core's fs::File on the board; on the host
  // an object with fs::File's size(), name(), read(uint8_t*, size_t)) the library's own streamFile runs;
  // otherwise the File's TS methods are used: size(), name() and read() byte by byte.
  template <class FileTS>
  double streamFile(FileTS& file, const ts::String& contentType) {
    if constexpr (tsd_web_adapter::hasRaw<FileTS>(0)) {
#if defined(ESP8266)
      return (double)server_.streamFile(file.raw(), String(contentType.c_str()));
#else
      auto& f = file.raw();
      server_.beginFile((size_t)f.size(), f.name(), contentType.c_str());
      uint8_t buf[1460];
      size_t sent = 0;
      for (;;) {
        size_t n = f.read(buf, sizeof buf);
        if (n == 0) break;
        sent += server_.writeBody(buf, n);
      }
      return (double)sent;
#endif
    } else {
      size_t size = (size_t)file.size();
      ts::String name = file.name();
      // _streamFileCore: Content-Length = size, gzip encoding for *.gz files, 200 with the headers.
      const char* type = contentType.c_str();
#if defined(ESP8266)
      server_.setContentLength(size);
      if (name.endsWith(ts::String::fromUtf8(".gz")) && strcmp(type, "application/x-gzip") != 0 && strcmp(type, "application/octet-stream") != 0) {
        server_.sendHeader(String("Content-Encoding"), String("gzip"));
      }
      server_.send(200, type, "");
#else
      server_.beginFile(size, name.c_str(), type);
#endif
      uint8_t buf[512];
      size_t sent = 0, n = 0;
      for (size_t i = 0; i < size; i++) {
        double b = file.read();
        if (b < 0) break;
        buf[n++] = (uint8_t)b;
        if (n == sizeof buf) sent += writeBody(buf, n), n = 0;
      }
      if (n) sent += writeBody(buf, n);
      return (double)sent;
    }
  }

  static ts::String urlDecode(const ts::String& text) {
#if defined(ESP8266)
    return ESP8266WebServerTS::text(ESP8266WebServer::urlDecode(String(text.c_str())));
#else
    // The library's rule: %XX and '+' as space.
    const char* s = text.c_str();
    size_t n = text.byteLength(), o = 0;
    char* out = (char*)malloc(n + 1);
    for (size_t i = 0; i < n;) {
      char c = s[i++];
      if (c == '%' && i + 1 < n) {
        char hex[3] = {s[i], s[i + 1], 0};
        i += 2;
        c = (char)strtol(hex, nullptr, 16);
      } else if (c == '+') {
        c = ' ';
      }
      out[o++] = c;
    }
    ts::String r = ts::String::fromUtf8(out, o);
    free(out);
    return r;
#endif
  }

 private:
  struct Node {
    Handler handler;
    Node* next;
  };

  // A named function (`server.on("/", handleRoot)`); closures arrive as a Handler.
  static Handler wrap(void (*handler)()) { return Handler([handler]() { handler(); }); }

  void sendBytes(double code, const char* contentType, const char* content, size_t length) {
#if defined(ESP8266)
    if (contentType == nullptr) server_.send((int)code);  // the library's default type (text/html)
    else server_.send((int)code, contentType, (const uint8_t*)content, length);
#else
    server_.send((int)code, contentType, content, length);
#endif
  }

#if defined(ESP8266)
  static String key(const ts::String& s) { return String(s.c_str()); }
  static ts::String text(const String& s) { return ts::String::fromUtf8(s.c_str(), s.length()); }
#else
  static const char* key(const ts::String& s) { return s.c_str(); }
  static ts::String text(const char* s) { return ts::String::fromUtf8(s); }
  static void call(void* context) {
    Handler handler = static_cast<Node*>(context)->handler;  // alive while it runs
    handler();
  }
#endif
  size_t writeBody(const uint8_t* data, size_t length) {
#if defined(ESP8266)
    server_.sendContent((const char*)data, length);
    return length;
#else
    return server_.writeBody(data, length);
#endif
  }

  void* keep(const Handler& handler) {
    handlers_ = new Node{handler, handlers_};
    return handlers_;
  }

  ESP8266WebServer server_;
  Node* handlers_ = nullptr;
};
