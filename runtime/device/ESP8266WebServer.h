// Declaration-only copy of the ESP8266 core's ESP8266WebServer.h and Uri.h (libraries/ESP8266WebServer/src,
// 3.1.2), public API used by sketches: same names, overloads and defaults. The real class is
// esp8266webserver::ESP8266WebServerTemplate<WiFiServer> behind `using ESP8266WebServer = ...`; here the
// template is declared the same way. Used only to compile generated sketches to xtensa object files.
#ifndef ESP8266WEBSERVER_H
#define ESP8266WEBSERVER_H

#include <Arduino.h>
#include <ESP8266WiFi.h>
#include <WiFiClient.h>
#include "tsd_std_function.h"

enum HTTPMethod { HTTP_ANY, HTTP_GET, HTTP_HEAD, HTTP_POST, HTTP_PUT, HTTP_PATCH, HTTP_DELETE, HTTP_OPTIONS };
enum HTTPUploadStatus { UPLOAD_FILE_START, UPLOAD_FILE_WRITE, UPLOAD_FILE_END, UPLOAD_FILE_ABORTED };
enum HTTPClientStatus { HC_NONE, HC_WAIT_READ, HC_WAIT_CLOSE };
enum HTTPAuthMethod { BASIC_AUTH, DIGEST_AUTH };

#define HTTP_DOWNLOAD_UNIT_SIZE 1460
#define HTTP_MAX_DATA_WAIT 5000
#define HTTP_MAX_DATA_AVAILABLE_WAIT 30
#define HTTP_MAX_POST_WAIT 5000
#define HTTP_MAX_SEND_WAIT 5000
#define HTTP_MAX_CLOSE_WAIT 2000
#define CONTENT_LENGTH_UNKNOWN ((size_t) -1)
#define CONTENT_LENGTH_NOT_SET ((size_t) -2)

class WiFiServer {
  public:
    typedef WiFiClient ClientType;
};

class Uri {
    protected:
        const String _uri;
    public:
        Uri(const char *uri) : _uri(uri) {}
        Uri(const String &uri) : _uri(uri) {}
        Uri(const __FlashStringHelper *uri) : _uri(String(uri)) {}
        virtual ~Uri() {}
        virtual Uri* clone() const;
};

namespace esp8266webserver {

template<typename ServerType>
class ESP8266WebServerTemplate
{
public:
  ESP8266WebServerTemplate(IPAddress addr, int port = 80);
  ESP8266WebServerTemplate(int port = 80);
  ~ESP8266WebServerTemplate();

  using ClientType = typename ServerType::ClientType;

  void begin();
  void begin(uint16_t port);
  void handleClient();

  void close();
  void stop();

  bool authenticate(const char * username, const char * password);
  void requestAuthentication(HTTPAuthMethod mode = BASIC_AUTH, const char* realm = NULL, const String& authFailMsg = String("") );

  typedef std::function<void(void)> THandlerFunction;

  void on(const Uri &uri, THandlerFunction handler);
  void on(const Uri &uri, HTTPMethod method, THandlerFunction fn);
  void on(const Uri &uri, HTTPMethod method, THandlerFunction fn, THandlerFunction ufn);
  void onNotFound(THandlerFunction fn);
  void onFileUpload(THandlerFunction fn);
  void enableCORS(bool enable);

  const String& uri() const { return _currentUri; }
  HTTPMethod method() const { return _currentMethod; }
  ClientType& client() { return _currentClient; }

  const String& pathArg(unsigned int i) const;
  const String& arg(const String& name) const;
  const String& arg(int i) const;
  const String& argName(int i) const;
  int args() const;
  bool hasArg(const String& name) const;
  void collectHeaders(const char* headerKeys[], const size_t headerKeysCount);
  const String& header(const String& name) const;
  const String& header(int i) const;
  const String& headerName(int i) const;
  int headers() const;
  bool hasHeader(const String& name) const;
  const String& hostHeader() const;

  void send(int code, const char* content_type = NULL, const String& content = emptyString);
  void send(int code, char* content_type, const String& content);
  void send(int code, const String& content_type, const String& content);
  void send(int code, const char *content_type, const char *content) {
    send_P(code, content_type, content);
  }
  void send(int code, const char *content_type, const char *content, size_t content_length) {
    send_P(code, content_type, content, content_length);
  }
  void send(int code, const char *content_type, const uint8_t *content, size_t content_length) {
    send_P(code, content_type, (const char *)content, content_length);
  }
  void send_P(int code, PGM_P content_type, PGM_P content);
  void send_P(int code, PGM_P content_type, PGM_P content, size_t contentLength);

  void send(int code, const char* content_type, Stream* stream, size_t content_length = 0);
  void send(int code, const char* content_type, Stream& stream, size_t content_length = 0) {
    send(code, content_type, &stream, content_length);
  }

  void setContentLength(const size_t contentLength);
  void sendHeader(const String& name, const String& value, bool first = false);
  void sendContent(const String& content);
  void sendContent(String& content) {
    sendContent((const String&)content);
  }
  void sendContent_P(PGM_P content);
  void sendContent_P(PGM_P content, size_t size);
  void sendContent(const char *content) { sendContent_P(content); }
  void sendContent(const char *content, size_t size) { sendContent_P(content, size); }

  bool chunkedResponseModeStart_P (int code, PGM_P content_type);
  bool chunkedResponseModeStart (int code, const char* content_type) {
    return chunkedResponseModeStart_P(code, content_type);
  }
  bool chunkedResponseModeStart (int code, const String& content_type) {
    return chunkedResponseModeStart_P(code, content_type.c_str());
  }
  void chunkedResponseFinalize () {
    sendContent(emptyString);
  }

  void keepAlive(bool keepAlive) { _keepAlive = keepAlive; }
  bool keepAlive() { return _keepAlive; }

  static String credentialHash(const String& username, const String& realm, const String& password);
  static String urlDecode(const String& text);

  template<typename T>
  size_t streamFile(T &file, const String& contentType) {
    return streamFile(file, contentType, HTTP_GET);
  }
  template<typename T>
  size_t streamFile(T &file, const String& contentType, HTTPMethod requestMethod) {
    size_t contentLength = 0;
    _streamFileCore(file.size(), file.name(), contentType);
    if (requestMethod == HTTP_GET) {
      contentLength = file.sendAll(_currentClient);
    }
    return contentLength;
  }

protected:
  void _streamFileCore(const size_t fileSize, const String & fileName, const String & contentType);

  ServerType  _server;
  ClientType  _currentClient;
  HTTPMethod  _currentMethod = HTTP_ANY;
  String      _currentUri;
  bool        _keepAlive = false;
};

}  // namespace esp8266webserver

using ESP8266WebServer = esp8266webserver::ESP8266WebServerTemplate<WiFiServer>;

#endif
