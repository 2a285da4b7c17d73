// Host implementation of the ESP8266 core's ESP8266WebServer (libraries/ESP8266WebServer/src, 3.1.2): a real
// HTTP/1.1 server on 127.0.0.1 with the library's request handling: one client at a time served from
// handleClient(); request line, headers, query and x-www-form-urlencoded arguments (URL-decoded, `+` as
// space), other bodies as the "plain" argument; handlers matched in registration order by exact URI and
// method; onNotFound or the library's "Not found: <uri>" 404; responses with the library's headers
// (Content-Type first, Content-Length or chunked when setContentLength(CONTENT_LENGTH_UNKNOWN), Connection
// keep-alive/close, Keep-Alive: timeout=2000) and keep-alive as the library decides it.
// Ports below 1024 need root on a PC: the server then listens on port + 8000 and says so on stderr.
#pragma once
#include "host_text.h"
#include <stddef.h>
#include <stdint.h>

enum HTTPMethod { HTTP_ANY, HTTP_GET, HTTP_HEAD, HTTP_POST, HTTP_PUT, HTTP_PATCH, HTTP_DELETE, HTTP_OPTIONS };
enum HTTPAuthMethod { BASIC_AUTH, DIGEST_AUTH };

#define HTTP_MAX_DATA_WAIT 5000
#define HTTP_MAX_POST_WAIT 5000
#define HTTP_MAX_SEND_WAIT 5000
#define HTTP_MAX_CLOSE_WAIT 2000
#define CONTENT_LENGTH_UNKNOWN ((size_t)-1)
#define CONTENT_LENGTH_NOT_SET ((size_t)-2)

namespace tsd_web {
using Text = tsd_host::Text;
}  // namespace tsd_web

class ESP8266WebServer {
 public:
  typedef void (*Handler)(void* context);

  explicit ESP8266WebServer(int port = 80);
  ~ESP8266WebServer();
  ESP8266WebServer(const ESP8266WebServer&) = delete;
  ESP8266WebServer& operator=(const ESP8266WebServer&) = delete;

  void begin();
  void begin(uint16_t port);
  void handleClient();
  void close();
  void stop() { close(); }

  void on(const char* uri, HTTPMethod method, Handler handler, void* context);
  void onNotFound(Handler handler, void* context);
  void enableCORS(bool enable) { cors_ = enable; }
  bool authenticate(const char* username, const char* password);
  // BASIC_AUTH only (Digest is not implemented on the host).
  void requestAuthentication(const char* realm, const char* authFailMsg);

  const char* uri() const { return uri_.c_str(); }
  HTTPMethod method() const { return method_; }
  const char* arg(const char* name) const;
  const char* arg(int i) const;
  const char* argName(int i) const;
  int args() const { return argCount_; }
  bool hasArg(const char* name) const;
  void collectHeaders(const char* headerKeys[], size_t headerKeysCount);
  const char* header(const char* name) const;
  const char* header(int i) const;
  const char* headerName(int i) const;
  int headers() const { return (int)headerKeysCount_; }
  bool hasHeader(const char* name) const;
  const char* hostHeader() const { return hostHeader_.c_str(); }

  void send(int code, const char* contentType, const char* content, size_t length);
  void sendHeader(const char* name, const char* value, bool first = false);
  void setContentLength(size_t contentLength) { contentLength_ = contentLength; }
  void sendContent(const char* content, size_t length);
  void keepAlive(bool keepAlive) { keepAlive_ = keepAlive; }
  bool keepAlive() const { return keepAlive_; }
  // _streamFileCore: headers for a file body of `size` bytes (Content-Encoding gzip for *.gz files).
  void beginFile(size_t size, const char* fileName, const char* contentType);
  // Raw body bytes after beginFile (nothing for HEAD); returns what was written.
  size_t writeBody(const uint8_t* data, size_t length);
  // The port actually listened on (port + 8000 when the sketch's port needs root on this PC).
  uint16_t port() const { return port_; }

 private:
  struct Route {
    tsd_web::Text uri;
    HTTPMethod method;
    Handler handler;
    void* context;
    Route* next;
  };
  struct Arg {
    tsd_web::Text key, value;
  };
  enum Status { HC_NONE, HC_WAIT_READ, HC_WAIT_CLOSE };
  enum Future { CAN_CONTINUE, MUST_STOP };

  Future parseRequest();
  void handleRequest();
  void parseArguments(const char* data, size_t length);
  void prepareHeader(tsd_web::Text& out, int code, const char* contentType, size_t contentLength);
  bool readLine(tsd_web::Text& line, uint32_t timeoutMs);  // up to '\r', then drops the '\n'
  bool readBytes(tsd_web::Text& out, size_t length, uint32_t timeoutMs);
  int fill(uint32_t waitMs);
  bool clientAlive();
  bool pendingClient();
  bool writeAll(const char* data, size_t length);
  void dropClient();

  int requestedPort_;
  uint16_t port_ = 0;
  int listenFd_ = -1;
  int clientFd_ = -1;
  bool peerClosed_ = false;
  char rx_[1460];
  size_t rxHead_ = 0, rxTail_ = 0;
  Status status_ = HC_NONE;
  uint32_t statusChange_ = 0;
  Route* routes_ = nullptr;
  Handler notFound_ = nullptr;
  void* notFoundContext_ = nullptr;
  Route* current_ = nullptr;
  tsd_web::Text uri_, hostHeader_, responseHeaders_, line_;
  HTTPMethod method_ = HTTP_ANY;
  int version_ = 0;
  bool keepAlive_ = false;
  bool chunked_ = false;
  bool cors_ = false;
  size_t contentLength_ = CONTENT_LENGTH_NOT_SET;
  Arg* args_ = nullptr;
  int argCount_ = 0;
  int argCapacity_ = 0;
  bool argsHavePlain_ = false;
  Arg* currentHeaders_ = nullptr;
  size_t headerKeysCount_ = 0;
};
