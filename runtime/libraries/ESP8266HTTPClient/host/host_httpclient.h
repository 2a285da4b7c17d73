// Host implementation of the ESP8266 core's HTTPClient (libraries/ESP8266HTTPClient/src/ESP8266HTTPClient.h,
// 3.1.2) over the host WiFiClient / WiFiClientSecure: the same request bytes (request line, Host with the
// port unless 80/443, User-Agent ESP8266HTTPClient, Accept-Encoding, Authorization, Connection keep-alive or
// close, Content-Length), status line and header parsing, identity and chunked bodies, keep-alive reuse,
// redirects as configured, and the HTTPC_ERROR_* codes. Strings are returned as NUL-terminated text owned by
// the client (valid until the next request).
#pragma once
#include "host_text.h"
#include <stddef.h>
#include <stdint.h>

#include "../../WiFiClient/host/host_wifi_client.h"

#define HTTPC_ERROR_CONNECTION_FAILED (-1)
#define HTTPC_ERROR_SEND_HEADER_FAILED (-2)
#define HTTPC_ERROR_SEND_PAYLOAD_FAILED (-3)
#define HTTPC_ERROR_NOT_CONNECTED (-4)
#define HTTPC_ERROR_CONNECTION_LOST (-5)
#define HTTPC_ERROR_NO_STREAM (-6)
#define HTTPC_ERROR_NO_HTTP_SERVER (-7)
#define HTTPC_ERROR_TOO_LESS_RAM (-8)
#define HTTPC_ERROR_ENCODING (-9)
#define HTTPC_ERROR_STREAM_WRITE (-10)
#define HTTPC_ERROR_READ_TIMEOUT (-11)
#define HTTPCLIENT_DEFAULT_TCP_TIMEOUT (5000)

typedef enum {
  HTTP_CODE_CONTINUE = 100,
  HTTP_CODE_SWITCHING_PROTOCOLS = 101,
  HTTP_CODE_PROCESSING = 102,
  HTTP_CODE_OK = 200,
  HTTP_CODE_CREATED = 201,
  HTTP_CODE_ACCEPTED = 202,
  HTTP_CODE_NON_AUTHORITATIVE_INFORMATION = 203,
  HTTP_CODE_NO_CONTENT = 204,
  HTTP_CODE_RESET_CONTENT = 205,
  HTTP_CODE_PARTIAL_CONTENT = 206,
  HTTP_CODE_MULTI_STATUS = 207,
  HTTP_CODE_ALREADY_REPORTED = 208,
  HTTP_CODE_IM_USED = 226,
  HTTP_CODE_MULTIPLE_CHOICES = 300,
  HTTP_CODE_MOVED_PERMANENTLY = 301,
  HTTP_CODE_FOUND = 302,
  HTTP_CODE_SEE_OTHER = 303,
  HTTP_CODE_NOT_MODIFIED = 304,
  HTTP_CODE_USE_PROXY = 305,
  HTTP_CODE_TEMPORARY_REDIRECT = 307,
  HTTP_CODE_PERMANENT_REDIRECT = 308,
  HTTP_CODE_BAD_REQUEST = 400,
  HTTP_CODE_UNAUTHORIZED = 401,
  HTTP_CODE_PAYMENT_REQUIRED = 402,
  HTTP_CODE_FORBIDDEN = 403,
  HTTP_CODE_NOT_FOUND = 404,
  HTTP_CODE_METHOD_NOT_ALLOWED = 405,
  HTTP_CODE_NOT_ACCEPTABLE = 406,
  HTTP_CODE_PROXY_AUTHENTICATION_REQUIRED = 407,
  HTTP_CODE_REQUEST_TIMEOUT = 408,
  HTTP_CODE_CONFLICT = 409,
  HTTP_CODE_GONE = 410,
  HTTP_CODE_LENGTH_REQUIRED = 411,
  HTTP_CODE_PRECONDITION_FAILED = 412,
  HTTP_CODE_PAYLOAD_TOO_LARGE = 413,
  HTTP_CODE_URI_TOO_LONG = 414,
  HTTP_CODE_UNSUPPORTED_MEDIA_TYPE = 415,
  HTTP_CODE_RANGE_NOT_SATISFIABLE = 416,
  HTTP_CODE_EXPECTATION_FAILED = 417,
  HTTP_CODE_MISDIRECTED_REQUEST = 421,
  HTTP_CODE_UNPROCESSABLE_ENTITY = 422,
  HTTP_CODE_LOCKED = 423,
  HTTP_CODE_FAILED_DEPENDENCY = 424,
  HTTP_CODE_UPGRADE_REQUIRED = 426,
  HTTP_CODE_PRECONDITION_REQUIRED = 428,
  HTTP_CODE_TOO_MANY_REQUESTS = 429,
  HTTP_CODE_REQUEST_HEADER_FIELDS_TOO_LARGE = 431,
  HTTP_CODE_INTERNAL_SERVER_ERROR = 500,
  HTTP_CODE_NOT_IMPLEMENTED = 501,
  HTTP_CODE_BAD_GATEWAY = 502,
  HTTP_CODE_SERVICE_UNAVAILABLE = 503,
  HTTP_CODE_GATEWAY_TIMEOUT = 504,
  HTTP_CODE_HTTP_VERSION_NOT_SUPPORTED = 505,
  HTTP_CODE_VARIANT_ALSO_NEGOTIATES = 506,
  HTTP_CODE_INSUFFICIENT_STORAGE = 507,
  HTTP_CODE_LOOP_DETECTED = 508,
  HTTP_CODE_NOT_EXTENDED = 510,
  HTTP_CODE_NETWORK_AUTHENTICATION_REQUIRED = 511
} t_http_codes;

typedef enum { HTTPC_TE_IDENTITY, HTTPC_TE_CHUNKED } transferEncoding_t;
typedef enum { HTTPC_DISABLE_FOLLOW_REDIRECTS, HTTPC_STRICT_FOLLOW_REDIRECTS, HTTPC_FORCE_FOLLOW_REDIRECTS } followRedirects_t;

namespace tsd_http {
using Text = tsd_host::Text;
}  // namespace tsd_http

class HTTPClient {
 public:
  HTTPClient() {}
  ~HTTPClient();
  HTTPClient(const HTTPClient&) = delete;
  HTTPClient& operator=(const HTTPClient&) = delete;

  bool begin(WiFiClient& client, const char* url);
  bool begin(WiFiClient& client, const char* host, uint16_t port, const char* uri = "/", bool https = false);
  void end();
  bool connected();
  void setReuse(bool reuse) { reuse_ = reuse; }
  void setUserAgent(const char* userAgent) {
    userAgent_.set(userAgent);
    userAgentSet_ = true;
  }
  void setAuthorization(const char* user, const char* password);
  void setAuthorization(const char* auth);
  void setTimeout(uint16_t timeout);
  void setFollowRedirects(followRedirects_t follow) { followRedirects_ = follow; }
  void setRedirectLimit(uint16_t limit) { redirectLimit_ = limit; }
  bool setURL(const char* url);
  void useHTTP10(bool usehttp10 = true) {
    useHTTP10_ = usehttp10;
    reuse_ = !usehttp10;
  }

  int GET() { return sendRequest("GET"); }
  int DELETE() { return sendRequest("DELETE"); }
  int POST(const uint8_t* payload, size_t size) { return sendRequest("POST", payload, size); }
  int PUT(const uint8_t* payload, size_t size) { return sendRequest("PUT", payload, size); }
  int PATCH(const uint8_t* payload, size_t size) { return sendRequest("PATCH", payload, size); }
  int sendRequest(const char* type, const uint8_t* payload = nullptr, size_t size = 0);

  void addHeader(const char* name, const char* value, bool first = false, bool replace = true);
  void collectHeaders(const char* headerKeys[], const size_t headerKeysCount);
  const char* header(const char* name);
  const char* header(size_t i);
  const char* headerName(size_t i);
  int headers() { return (int)headerKeysCount_; }
  bool hasHeader(const char* name);
  int getSize() { return size_; }
  const char* getLocation() { return location_.c_str(); }
  // The body (read once, then kept until the next request); its byte length in getStringLength().
  const char* getString();
  size_t getStringLength() { return payload_.length; }
  static const char* errorToString(int error);

 private:
  bool beginInternal(const char* url, const char* expectedProtocol);
  void disconnect(bool preserveClient = false);
  void clear();
  int returnError(int error);
  bool connect();
  bool sendHeader(const char* type);
  int handleHeaderResponse();
  bool readLine(tsd_http::Text& line);
  int readBody();

  WiFiClient* client_ = nullptr;
  tsd_http::Text host_, uri_, protocol_, headers_, auth_, location_, payload_, line_;
  tsd_http::Text userAgent_;
  bool userAgentSet_ = false;
  uint16_t port_ = 0;
  bool reuse_ = true;
  bool canReuse_ = false;
  uint16_t tcpTimeout_ = HTTPCLIENT_DEFAULT_TCP_TIMEOUT;
  bool useHTTP10_ = false;
  int returnCode_ = 0;
  int size_ = -1;
  bool payloadRead_ = false;
  transferEncoding_t transferEncoding_ = HTTPC_TE_IDENTITY;
  followRedirects_t followRedirects_ = HTTPC_DISABLE_FOLLOW_REDIRECTS;
  uint16_t redirectLimit_ = 10;
  struct Collected {
    tsd_http::Text key, value;
  };
  Collected* currentHeaders_ = nullptr;
  size_t headerKeysCount_ = 0;
};
