// HTTP/1.1 server for host builds following the core's ESP8266WebServer (see host_webserver.h). The
// connection state machine (HC_NONE / HC_WAIT_READ / HC_WAIT_CLOSE, the data, POST and close waits) is the
// library's; the socket is non-blocking so handleClient() returns at once when nobody is talking.
#if !defined(ESP8266)  // host only
#include "host_webserver.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

using tsd_web::Text;

namespace {

const char* reasonPhrase(int code) {
  switch (code) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 205: return "Reset Content";
    case 206: return "Partial Content";
    case 300: return "Multiple Choices";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 305: return "Use Proxy";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Request Entity Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 416: return "Range not satisfiable";
    case 417: return "Expectation Failed";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version not supported";
    default: return "";
  }
}

// The library's urlDecode: %XX and '+' as space.
void urlDecode(const char* text, size_t length, Text& out) {
  out.clear();
  size_t i = 0;
  while (i < length) {
    char c = text[i++];
    if (c == '%' && i + 1 < length) {
      char hex[3] = {text[i], text[i + 1], 0};
      i += 2;
      c = (char)strtol(hex, nullptr, 16);
    } else if (c == '+') {
      c = ' ';
    }
    out.append(&c, 1);
  }
}

void trim(Text& t) {
  size_t start = 0;
  while (start < t.length && (t.data[start] == ' ' || t.data[start] == '\t')) start++;
  size_t end = t.length;
  while (end > start && (t.data[end - 1] == ' ' || t.data[end - 1] == '\t' || t.data[end - 1] == '\r' || t.data[end - 1] == '\n')) end--;
  if (start > 0 && end > start) memmove(t.data, t.data + start, end - start);
  t.length = end > start ? end - start : 0;
  if (t.data) t.data[t.length] = 0;
}

bool startsWithNoCase(const char* s, const char* prefix) { return strncasecmp(s, prefix, strlen(prefix)) == 0; }

}  // namespace

ESP8266WebServer::ESP8266WebServer(int port) : requestedPort_(port) {}

ESP8266WebServer::~ESP8266WebServer() {
  close();
  while (routes_ != nullptr) {
    Route* next = routes_->next;
    delete routes_;
    routes_ = next;
  }
  delete[] args_;
  delete[] currentHeaders_;
}

void ESP8266WebServer::begin(uint16_t port) {
  requestedPort_ = port;
  begin();
}

void ESP8266WebServer::begin() {
  close();
  if (headerKeysCount_ == 0) collectHeaders(nullptr, 0);  // the library's close(): Authorization, If-None-Match
  for (int attempt = 0; attempt < 2; attempt++) {
    int port = requestedPort_ + (attempt == 1 ? 8000 : 0);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // the PC's loopback only, never the network
    if (bind(fd, (struct sockaddr*)&addr, sizeof addr) == 0 && listen(fd, 5) == 0) {
      fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
      listenFd_ = fd;
      port_ = (uint16_t)port;
      if (attempt == 1) fprintf(stderr, "[WebServer] port %d needs root on this PC: listening on http://127.0.0.1:%d instead\n", requestedPort_, port);
      else fprintf(stderr, "[WebServer] listening on http://127.0.0.1:%d\n", port);
      return;
    }
    int error = errno;
    ::close(fd);
    if (attempt == 0 && error == EACCES && requestedPort_ < 1024) continue;
    fprintf(stderr, "[WebServer] cannot listen on 127.0.0.1:%d: %s\n", port, strerror(error));
    return;
  }
}

void ESP8266WebServer::close() {
  dropClient();
  if (listenFd_ >= 0) ::close(listenFd_);
  listenFd_ = -1;
  status_ = HC_NONE;
}

void ESP8266WebServer::on(const char* uri, HTTPMethod method, Handler handler, void* context) {
  Route* route = new Route();
  route->uri.set(uri);
  route->method = method;
  route->handler = handler;
  route->context = context;
  route->next = nullptr;
  Route** tail = &routes_;
  while (*tail != nullptr) tail = &(*tail)->next;
  *tail = route;
}

void ESP8266WebServer::onNotFound(Handler handler, void* context) {
  notFound_ = handler;
  notFoundContext_ = context;
}

void ESP8266WebServer::dropClient() {
  if (clientFd_ >= 0) ::close(clientFd_);
  clientFd_ = -1;
  peerClosed_ = false;
  rxHead_ = rxTail_ = 0;
}

// Bytes waiting (after reading what the socket has, waiting up to waitMs for the first one).
int ESP8266WebServer::fill(uint32_t waitMs) {
  if (clientFd_ < 0) return 0;
  if (rxHead_ == rxTail_) rxHead_ = rxTail_ = 0;
  uint32_t start = tsd_host::monotonicMs();
  for (;;) {
    if (!peerClosed_ && rxTail_ < sizeof rx_) {
      ssize_t n = recv(clientFd_, rx_ + rxTail_, sizeof rx_ - rxTail_, 0);
      if (n > 0) rxTail_ += (size_t)n;
      else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) peerClosed_ = true;
    }
    if (rxTail_ > rxHead_ || peerClosed_ || tsd_host::monotonicMs() - start >= waitMs) break;
    struct pollfd p = {clientFd_, POLLIN, 0};
    poll(&p, 1, 1);
  }
  return (int)(rxTail_ - rxHead_);
}

bool ESP8266WebServer::clientAlive() {
  if (clientFd_ < 0) return false;
  fill(0);
  return !peerClosed_ || rxTail_ > rxHead_;
}

bool ESP8266WebServer::pendingClient() {
  if (listenFd_ < 0) return false;
  struct pollfd p = {listenFd_, POLLIN, 0};
  return poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

bool ESP8266WebServer::writeAll(const char* data, size_t length) {
  uint32_t start = tsd_host::monotonicMs();
  while (length > 0 && clientFd_ >= 0) {
    ssize_t n = ::send(clientFd_, data, length, MSG_NOSIGNAL);
    if (n > 0) {
      data += n;
      length -= (size_t)n;
      start = tsd_host::monotonicMs();
      continue;
    }
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) return false;
    if (tsd_host::monotonicMs() - start > HTTP_MAX_SEND_WAIT) return false;
    struct pollfd p = {clientFd_, POLLOUT, 0};
    poll(&p, 1, 10);
  }
  return length == 0;
}

// Stream::readStringUntil('\r') then readStringUntil('\n'): a line without its CR LF.
bool ESP8266WebServer::readLine(Text& line, uint32_t timeoutMs) {
  line.clear();
  bool sawCr = false;
  uint32_t start = tsd_host::monotonicMs();
  for (;;) {
    if (rxHead_ == rxTail_ && fill(0) == 0) {
      if (peerClosed_ || tsd_host::monotonicMs() - start >= timeoutMs) return line.length > 0;
      fill(timeoutMs - (tsd_host::monotonicMs() - start));
      continue;
    }
    char c = rx_[rxHead_++];
    start = tsd_host::monotonicMs();
    if (sawCr) {
      if (c == '\n') return true;
      continue;  // the library drops everything up to the '\n'
    }
    if (c == '\r') sawCr = true;
    else line.append(&c, 1);
  }
}

bool ESP8266WebServer::readBytes(Text& out, size_t length, uint32_t timeoutMs) {
  out.clear();
  uint32_t start = tsd_host::monotonicMs();
  while (out.length < length) {
    if (rxHead_ == rxTail_ && fill(10) == 0) {
      if (peerClosed_ || tsd_host::monotonicMs() - start >= timeoutMs) return false;
      continue;
    }
    size_t n = rxTail_ - rxHead_;
    if (n > length - out.length) n = length - out.length;
    out.append(rx_ + rxHead_, n);
    rxHead_ += n;
    start = tsd_host::monotonicMs();
  }
  return true;
}

void ESP8266WebServer::handleClient() {
  if (status_ == HC_NONE) {
    if (listenFd_ < 0) return;
    int fd = accept(listenFd_, nullptr, nullptr);
    if (fd < 0) return;
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    clientFd_ = fd;
    peerClosed_ = false;
    rxHead_ = rxTail_ = 0;
    status_ = HC_WAIT_READ;
    statusChange_ = tsd_host::monotonicMs();
  }
  bool keepCurrentClient = false;
  if (clientAlive()) {
    bool available = rxTail_ > rxHead_;
    if (available && keepAlive_) status_ = HC_WAIT_READ;
    switch (status_) {
      case HC_NONE:
        break;
      case HC_WAIT_READ:
        if (available) {
          if (parseRequest() == CAN_CONTINUE) {
            contentLength_ = CONTENT_LENGTH_NOT_SET;
            handleRequest();
            if (clientAlive()) {
              status_ = HC_WAIT_CLOSE;
              statusChange_ = tsd_host::monotonicMs();
              keepCurrentClient = true;
            }
          } else {
            dropClient();
          }
        } else {
          uint32_t since = tsd_host::monotonicMs() - statusChange_;
          if (!(pendingClient() && since > 30) && since <= HTTP_MAX_DATA_WAIT) keepCurrentClient = true;
        }
        break;
      case HC_WAIT_CLOSE:
        if (!pendingClient() && tsd_host::monotonicMs() - statusChange_ <= HTTP_MAX_CLOSE_WAIT) {
          keepCurrentClient = true;
          if (rxTail_ > rxHead_) status_ = HC_WAIT_READ;
        }
        break;
    }
  }
  if (!keepCurrentClient) {
    dropClient();
    status_ = HC_NONE;
  }
}

ESP8266WebServer::Future ESP8266WebServer::parseRequest() {
  Text req;
  readLine(req, 1000);
  for (size_t i = 0; i < headerKeysCount_; i++) currentHeaders_[i].value.clear();
  const char* r = req.c_str();
  const char* sp1 = strchr(r, ' ');
  const char* sp2 = sp1 ? strchr(sp1 + 1, ' ') : nullptr;
  if (sp1 == nullptr || sp2 == nullptr) return MUST_STOP;
  Text methodStr, url, search;
  methodStr.set(r, (size_t)(sp1 - r));
  url.set(sp1 + 1, (size_t)(sp2 - sp1 - 1));
  version_ = strlen(sp2) > 8 ? atoi(sp2 + 8) : 0;
  const char* q = strchr(url.c_str(), '?');
  if (q != nullptr) {
    search.set(q + 1);
    url.length = (size_t)(q - url.c_str());
    url.data[url.length] = 0;
  }
  uri_.set(url.c_str());
  chunked_ = false;
  const char* m = methodStr.c_str();
  method_ = !strcmp(m, "HEAD") ? HTTP_HEAD : !strcmp(m, "POST") ? HTTP_POST : !strcmp(m, "DELETE") ? HTTP_DELETE
          : !strcmp(m, "OPTIONS") ? HTTP_OPTIONS : !strcmp(m, "PUT") ? HTTP_PUT : !strcmp(m, "PATCH") ? HTTP_PATCH : HTTP_GET;
  keepAlive_ = version_ > 0;
  current_ = nullptr;
  for (Route* route = routes_; route != nullptr; route = route->next) {
    if ((route->method == HTTP_ANY || route->method == method_) && strcmp(route->uri.c_str(), uri_.c_str()) == 0) {
      current_ = route;
      break;
    }
  }
  hostHeader_.clear();
  bool hasBody = method_ == HTTP_POST || method_ == HTTP_PUT || method_ == HTTP_PATCH || method_ == HTTP_DELETE;
  bool isEncoded = false;
  size_t contentLength = 0;
  Text name, value;
  for (;;) {
    readLine(req, 1000);
    if (req.length == 0) break;
    const char* colon = strchr(req.c_str(), ':');
    if (colon == nullptr) break;
    name.set(req.c_str(), (size_t)(colon - req.c_str()));
    // The library trims the value of a request with a body, and drops ": " otherwise.
    if (hasBody) {
      value.set(colon + 1);
      trim(value);
    } else {
      value.set(strlen(colon) >= 2 ? colon + 2 : "");
    }
    for (size_t i = 0; i < headerKeysCount_; i++) {
      if (strcasecmp(currentHeaders_[i].key.c_str(), name.c_str()) == 0) currentHeaders_[i].value.set(value.c_str());
    }
    if (hasBody && strcasecmp(name.c_str(), "Content-Type") == 0) {
      isEncoded = startsWithNoCase(value.c_str(), "application/x-www-form-urlencoded");
    } else if (hasBody && strcasecmp(name.c_str(), "Content-Length") == 0) {
      contentLength = (size_t)atol(value.c_str());
    } else if (strcasecmp(name.c_str(), "Host") == 0) {
      hostHeader_.set(value.c_str());
    } else if (strcasecmp(name.c_str(), "Connection") == 0) {
      keepAlive_ = strcasecmp(value.c_str(), "keep-alive") == 0;
    }
  }
  if (hasBody) {
    Text body;
    if (!readBytes(body, contentLength, HTTP_MAX_POST_WAIT)) return MUST_STOP;
    if (isEncoded) {
      if (search.length) search.append("&");
      search.append(body.c_str(), body.length);
    }
    parseArguments(search.c_str(), search.length);
    argsHavePlain_ = false;
    if (contentLength) {
      args_[argCount_].key.set("plain");
      args_[argCount_].value.set(body.c_str(), body.length);
      argsHavePlain_ = true;
    }
  } else {
    parseArguments(search.c_str(), search.length);
    argsHavePlain_ = false;
  }
  return CAN_CONTINUE;
}

// The library's _parseArgumentsPrivate: '&' or ';' separated, keys and values URL-decoded.
void ESP8266WebServer::parseArguments(const char* data, size_t length) {
  int count = 0;
  for (int pass = 0; pass < 2; pass++) {
    if (pass == 1 && count + 1 > argCapacity_) {
      delete[] args_;
      argCapacity_ = count + 1;  // one more for "plain"
      args_ = new Arg[argCapacity_];
    }
    int total = 0;
    size_t pos = 0;
    for (;;) {
      while (pos < length && (data[pos] == '&' || data[pos] == ';')) pos++;
      long equal = -1, next = -1;
      for (size_t i = pos; i < length; i++) {
        if (equal < 0 && data[i] == '=') equal = (long)i;
        if (data[i] == '&' || data[i] == ';') {
          next = (long)i;
          break;
        }
      }
      long keyEnd = equal;
      if (keyEnd == -1 || (next != -1 && keyEnd > next)) keyEnd = next;
      if (keyEnd == -1) keyEnd = (long)length;
      if ((long)pos < keyEnd) {
        if (pass == 1) {
          urlDecode(data + pos, (size_t)keyEnd - pos, args_[total].key);
          args_[total].value.clear();
          if (equal != -1 && (equal < next - 1 || next == -1)) {
            size_t end = next == -1 ? length : (size_t)next;
            urlDecode(data + equal + 1, end - (size_t)equal - 1, args_[total].value);
          }
        }
        total++;
      }
      if (next == -1) break;
      pos = (size_t)next + 1;
    }
    count = total;
  }
  argCount_ = count;
}

const char* ESP8266WebServer::arg(const char* name) const {
  for (int i = 0; i < argCount_ + (argsHavePlain_ ? 1 : 0); i++) if (strcmp(args_[i].key.c_str(), name) == 0) return args_[i].value.c_str();
  return "";
}
const char* ESP8266WebServer::arg(int i) const { return i >= 0 && i < argCount_ + (argsHavePlain_ ? 1 : 0) ? args_[i].value.c_str() : ""; }
const char* ESP8266WebServer::argName(int i) const { return i >= 0 && i < argCount_ + (argsHavePlain_ ? 1 : 0) ? args_[i].key.c_str() : ""; }
bool ESP8266WebServer::hasArg(const char* name) const {
  for (int i = 0; i < argCount_ + (argsHavePlain_ ? 1 : 0); i++) if (strcmp(args_[i].key.c_str(), name) == 0) return true;
  return false;
}

void ESP8266WebServer::collectHeaders(const char* headerKeys[], size_t headerKeysCount) {
  delete[] currentHeaders_;
  headerKeysCount_ = headerKeysCount + 2;  // the library always collects these two first
  currentHeaders_ = new Arg[headerKeysCount_];
  currentHeaders_[0].key.set("Authorization");
  currentHeaders_[1].key.set("If-None-Match");
  for (size_t i = 0; i < headerKeysCount; i++) currentHeaders_[i + 2].key.set(headerKeys[i]);
}

// Basic authentication as the library checks it: "Basic " + base64(user:password) in Authorization.
bool ESP8266WebServer::authenticate(const char* username, const char* password) {
  if (!hasHeader("Authorization")) return false;
  Text auth;
  auth.set(header("Authorization"));
  if (strncmp(auth.c_str(), "Basic", 5) != 0) return false;
  Text given;
  given.set(auth.c_str() + (auth.length > 6 ? 6 : auth.length));
  trim(given);
  Text raw;
  raw.set(username);
  raw.append(":");
  raw.append(password);
  static const char kTable[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  Text encoded;
  for (size_t i = 0; i < raw.length; i += 3) {
    uint32_t v = (uint32_t)(uint8_t)raw.data[i] << 16;
    if (i + 1 < raw.length) v |= (uint32_t)(uint8_t)raw.data[i + 1] << 8;
    if (i + 2 < raw.length) v |= (uint8_t)raw.data[i + 2];
    char q[4] = {kTable[(v >> 18) & 63], kTable[(v >> 12) & 63], i + 1 < raw.length ? kTable[(v >> 6) & 63] : '=', i + 2 < raw.length ? kTable[v & 63] : '='};
    encoded.append(q, 4);
  }
  // Compared in constant time, as the library does.
  if (encoded.length != given.length) return false;
  unsigned diff = 0;
  for (size_t i = 0; i < encoded.length; i++) diff |= (unsigned)(encoded.data[i] ^ given.data[i]);
  return diff == 0;
}

void ESP8266WebServer::requestAuthentication(const char* realm, const char* authFailMsg) {
  Text value;
  value.set("Basic realm=\"");
  value.append(realm != nullptr ? realm : "Login Required");
  value.append("\"");
  sendHeader("WWW-Authenticate", value.c_str());
  send(401, "text/html", authFailMsg, strlen(authFailMsg));
}
const char* ESP8266WebServer::header(const char* name) const {
  for (size_t i = 0; i < headerKeysCount_; i++) if (strcasecmp(currentHeaders_[i].key.c_str(), name) == 0) return currentHeaders_[i].value.c_str();
  return "";
}
const char* ESP8266WebServer::header(int i) const { return i >= 0 && (size_t)i < headerKeysCount_ ? currentHeaders_[i].value.c_str() : ""; }
const char* ESP8266WebServer::headerName(int i) const { return i >= 0 && (size_t)i < headerKeysCount_ ? currentHeaders_[i].key.c_str() : ""; }
bool ESP8266WebServer::hasHeader(const char* name) const {
  for (size_t i = 0; i < headerKeysCount_; i++) if (strcasecmp(currentHeaders_[i].key.c_str(), name) == 0 && currentHeaders_[i].value.length) return true;
  return false;
}

void ESP8266WebServer::handleRequest() {
  bool handled = false;
  if (current_ != nullptr) {
    current_->handler(current_->context);
    handled = true;
  }
  if (!handled && notFound_ != nullptr) {
    notFound_(notFoundContext_);
    handled = true;
  }
  if (!handled) {
    Text body;
    body.set("Not found: ");
    body.append(uri_.c_str());
    send(404, "text/html", body.c_str(), body.length);
  }
  if (chunked_) sendContent("", 0);  // _finalizeResponse
  uri_.clear();
}

void ESP8266WebServer::sendHeader(const char* name, const char* value, bool first) {
  Text line;
  line.set(name);
  line.append(": ");
  line.append(value);
  line.append("\r\n");
  if (first) {
    line.append(responseHeaders_.c_str(), responseHeaders_.length);
    responseHeaders_.set(line.c_str(), line.length);
  } else {
    responseHeaders_.append(line.c_str(), line.length);
  }
}

void ESP8266WebServer::prepareHeader(Text& out, int code, const char* contentType, size_t contentLength) {
  char status[64];
  snprintf(status, sizeof status, "HTTP/1.%d %d %s\r\n", version_, code, reasonPhrase(code));
  out.set(status);
  sendHeader("Content-Type", contentType ? contentType : "text/html", true);
  char number[24];
  if (contentLength_ == CONTENT_LENGTH_NOT_SET) {
    snprintf(number, sizeof number, "%zu", contentLength);
    sendHeader("Content-Length", number);
  } else if (contentLength_ != CONTENT_LENGTH_UNKNOWN) {
    snprintf(number, sizeof number, "%zu", contentLength_);
    sendHeader("Content-Length", number);
  } else if (version_) {
    chunked_ = true;
    sendHeader("Accept-Ranges", "none");
    sendHeader("Transfer-Encoding", "chunked");
  }
  if (cors_) sendHeader("Access-Control-Allow-Origin", "*");
  if (keepAlive_ && pendingClient()) keepAlive_ = false;  // another client is waiting
  sendHeader("Connection", keepAlive_ ? "keep-alive" : "close");
  if (keepAlive_) sendHeader("Keep-Alive", "timeout=2000");
  out.append(responseHeaders_.c_str(), responseHeaders_.length);
  out.append("\r\n");
  responseHeaders_.clear();
}

void ESP8266WebServer::send(int code, const char* contentType, const char* content, size_t length) {
  Text header;
  prepareHeader(header, code, contentType, length);
  writeAll(header.c_str(), header.length);
  if (length) sendContent(content, length);
}

void ESP8266WebServer::sendContent(const char* content, size_t length) {
  if (method_ == HTTP_HEAD) return;
  if (chunked_) {
    char size[24];
    snprintf(size, sizeof size, "%zx\r\n", length);
    writeAll(size, strlen(size));
  }
  writeAll(content, length);
  if (chunked_) {
    writeAll("\r\n", 2);
    if (length == 0) chunked_ = false;
  }
}

void ESP8266WebServer::beginFile(size_t size, const char* fileName, const char* contentType) {
  setContentLength(size);
  size_t n = strlen(fileName);
  if (n >= 3 && strcmp(fileName + n - 3, ".gz") == 0 && strcmp(contentType, "application/x-gzip") != 0 &&
      strcmp(contentType, "application/octet-stream") != 0) {
    sendHeader("Content-Encoding", "gzip");
  }
  send(200, contentType, "", 0);
}

size_t ESP8266WebServer::writeBody(const uint8_t* data, size_t length) { return writeAll((const char*)data, length) ? length : 0; }
#endif
