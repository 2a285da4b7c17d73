// HTTP/1.1 client for host builds following the core's HTTPClient (see host_httpclient.h).
#if !defined(ESP8266)  // host only
#include "host_httpclient.h"

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

using tsd_http::Text;

namespace {

void base64(const char* in, size_t n, Text& out) {
  static const char kTable[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  out.clear();
  for (size_t i = 0; i < n; i += 3) {
    uint32_t v = (uint32_t)(uint8_t)in[i] << 16;
    if (i + 1 < n) v |= (uint32_t)(uint8_t)in[i + 1] << 8;
    if (i + 2 < n) v |= (uint8_t)in[i + 2];
    char q[4] = {kTable[(v >> 18) & 63], kTable[(v >> 12) & 63], i + 1 < n ? kTable[(v >> 6) & 63] : '=', i + 2 < n ? kTable[v & 63] : '='};
    out.append(q, 4);
  }
}

void trim(Text& t) {
  size_t start = 0;
  while (start < t.length && (t.data[start] == ' ' || t.data[start] == '\t' || t.data[start] == '\r' || t.data[start] == '\n')) start++;
  size_t end = t.length;
  while (end > start && (t.data[end - 1] == ' ' || t.data[end - 1] == '\t' || t.data[end - 1] == '\r' || t.data[end - 1] == '\n')) end--;
  if (start > 0 && end > start) memmove(t.data, t.data + start, end - start);
  t.length = end > start ? end - start : 0;
  if (t.data) t.data[t.length] = 0;
}

}  // namespace

HTTPClient::~HTTPClient() { delete[] currentHeaders_; }

void HTTPClient::clear() {
  returnCode_ = 0;
  size_ = -1;
  headers_.clear();
  location_.clear();
  payload_.clear();
  payloadRead_ = false;
}

bool HTTPClient::begin(WiFiClient& client, const char* url) {
  const char* colon = strchr(url, ':');
  if (colon == nullptr) return false;
  size_t n = (size_t)(colon - url);
  if (!((n == 4 && strncasecmp(url, "http", 4) == 0) || (n == 5 && strncasecmp(url, "https", 5) == 0))) return false;
  port_ = n == 5 ? 443 : 80;
  client_ = &client;
  return beginInternal(url, n == 5 ? "https" : "http");
}

bool HTTPClient::begin(WiFiClient& client, const char* host, uint16_t port, const char* uri, bool https) {
  if (host_.length && strcmp(host_.c_str(), host) != 0) {
    canReuse_ = false;
    disconnect(true);
  }
  client_ = &client;
  clear();
  host_.set(host);
  port_ = port;
  uri_.set(uri);
  protocol_.set(https ? "https" : "http");
  return true;
}

bool HTTPClient::beginInternal(const char* url, const char* expectedProtocol) {
  clear();
  const char* colon = strchr(url, ':');
  if (colon == nullptr) return false;
  protocol_.set(url, (size_t)(colon - url));
  for (size_t i = 0; i < protocol_.length; i++) protocol_.data[i] = (char)(protocol_.data[i] | 0x20);
  const char* rest = colon + 3 <= url + strlen(url) ? colon + 3 : url + strlen(url);  // remove "://"
  if (strcmp(protocol_.c_str(), "http") == 0) port_ = 80;
  else if (strcmp(protocol_.c_str(), "https") == 0) port_ = 443;
  else return false;
  const char* slash = strchr(rest, '/');
  Text host;
  host.set(rest, slash ? (size_t)(slash - rest) : strlen(rest));
  const char* path = slash ? slash : "";
  const char* at = strchr(host.c_str(), '@');
  if (at != nullptr) {
    base64(host.c_str(), (size_t)(at - host.c_str()), auth_);
    Text rest2;
    rest2.set(at + 1);
    host.set(rest2.c_str());
  }
  Text oldHost;
  oldHost.set(host_.c_str());
  const char* portColon = strchr(host.c_str(), ':');
  if (portColon != nullptr) {
    host_.set(host.c_str(), (size_t)(portColon - host.c_str()));
    port_ = (uint16_t)atoi(portColon + 1);
  } else {
    host_.set(host.c_str());
  }
  if (oldHost.length && strcmp(oldHost.c_str(), host_.c_str()) != 0) {
    canReuse_ = false;
    disconnect(true);
  }
  uri_.set(path);
  if (expectedProtocol != nullptr && strcmp(protocol_.c_str(), expectedProtocol) != 0) return false;
  return true;
}

void HTTPClient::end() {
  disconnect(false);
  clear();
}

void HTTPClient::disconnect(bool preserveClient) {
  if (connected()) {
    while (client_->available() > 0) client_->read();
    if (!(reuse_ && canReuse_)) {
      client_->stop();
      if (!preserveClient) client_ = nullptr;
    }
  } else if (!preserveClient) {
    client_ = nullptr;
  }
}

bool HTTPClient::connected() { return client_ != nullptr && (client_->connected() || client_->available() > 0); }

void HTTPClient::setAuthorization(const char* user, const char* password) {
  if (user && password) {
    Text both;
    both.set(user);
    both.append(":");
    both.append(password);
    base64(both.c_str(), both.length, auth_);
  }
}

void HTTPClient::setAuthorization(const char* auth) {
  if (auth == nullptr) return;
  auth_.clear();
  for (const char* p = auth; *p; p++) if (*p != '\n') auth_.append(p, 1);
}

void HTTPClient::setTimeout(uint16_t timeout) {
  tcpTimeout_ = timeout;
  if (connected()) client_->setTimeout(timeout);
}

bool HTTPClient::setURL(const char* url) {
  if (url[0] == '/') {
    uri_.set(url);
    clear();
    return true;
  }
  if (strncmp(url, protocol_.c_str(), protocol_.length) != 0 || url[protocol_.length] != ':') return false;
  canReuse_ = false;
  disconnect(true);
  Text copy;
  copy.set(url);  // url may be location_, which beginInternal clears
  return beginInternal(copy.c_str(), nullptr);
}

void HTTPClient::addHeader(const char* name, const char* value, bool first, bool replace) {
  if (strcasecmp(name, "Connection") == 0 || strcasecmp(name, "User-Agent") == 0 || strcasecmp(name, "Host") == 0 ||
      (strcasecmp(name, "Authorization") == 0 && auth_.length)) {
    return;
  }
  Text line;
  line.set(name);
  line.append(": ");
  if (replace) {
    const char* start = strstr(headers_.c_str(), line.c_str());
    if (start != nullptr) {
      const char* end = strchr(start, '\n');
      size_t from = (size_t)(start - headers_.c_str());
      size_t to = end ? (size_t)(end - headers_.c_str()) + 1 : headers_.length;
      memmove(headers_.data + from, headers_.data + to, headers_.length - to + 1);
      headers_.length -= to - from;
    }
  }
  line.append(value);
  line.append("\r\n");
  if (first) {
    line.append(headers_.c_str(), headers_.length);
    headers_.set(line.c_str(), line.length);
  } else {
    headers_.append(line.c_str(), line.length);
  }
}

void HTTPClient::collectHeaders(const char* headerKeys[], const size_t headerKeysCount) {
  delete[] currentHeaders_;
  headerKeysCount_ = headerKeysCount;
  currentHeaders_ = new Collected[headerKeysCount];
  for (size_t i = 0; i < headerKeysCount; i++) currentHeaders_[i].key.set(headerKeys[i]);
}

const char* HTTPClient::header(const char* name) {
  for (size_t i = 0; i < headerKeysCount_; i++) if (strcasecmp(currentHeaders_[i].key.c_str(), name) == 0) return currentHeaders_[i].value.c_str();
  return "";
}
const char* HTTPClient::header(size_t i) { return i < headerKeysCount_ ? currentHeaders_[i].value.c_str() : ""; }
const char* HTTPClient::headerName(size_t i) { return i < headerKeysCount_ ? currentHeaders_[i].key.c_str() : ""; }
bool HTTPClient::hasHeader(const char* name) {
  for (size_t i = 0; i < headerKeysCount_; i++) {
    if (strcasecmp(currentHeaders_[i].key.c_str(), name) == 0 && currentHeaders_[i].value.length > 0) return true;
  }
  return false;
}

bool HTTPClient::connect() {
  if (reuse_ && canReuse_ && connected()) {
    while (client_->available() > 0) client_->read();
    return true;
  }
  if (client_ == nullptr) return false;
  client_->setTimeout(tcpTimeout_);
  if (!client_->connect(host_.c_str(), port_)) return false;
  client_->setNoDelay(true);
  return connected();
}

bool HTTPClient::sendHeader(const char* type) {
  if (!connected()) return false;
  Text h;
  h.append(type);
  h.append(" ");
  h.append(uri_.length ? uri_.c_str() : "/");
  h.append(useHTTP10_ ? " HTTP/1.0" : " HTTP/1.1");
  h.append("\r\nHost: ");
  h.append(host_.c_str());
  if (port_ != 80 && port_ != 443) {
    char port[8];
    snprintf(port, sizeof port, ":%u", (unsigned)port_);
    h.append(port);
  }
  const char* agent = userAgentSet_ ? userAgent_.c_str() : "ESP8266HTTPClient";
  if (agent[0]) {
    h.append("\r\nUser-Agent: ");
    h.append(agent);
  }
  if (!useHTTP10_) h.append("\r\nAccept-Encoding: identity;q=1,chunked;q=0.1,*;q=0");
  if (auth_.length) {
    h.append("\r\nAuthorization: Basic ");
    h.append(auth_.c_str());
  }
  h.append("\r\nConnection: ");
  h.append(reuse_ ? "keep-alive" : "close");
  h.append("\r\n");
  h.append(headers_.c_str(), headers_.length);
  h.append("\r\n");
  return client_->write((const uint8_t*)h.c_str(), h.length) == h.length;
}

int HTTPClient::sendRequest(const char* type, const uint8_t* payload, size_t size) {
  int code;
  bool redirect;
  uint16_t redirectCount = 0;
  do {
    for (size_t i = 0; i < headerKeysCount_; i++) currentHeaders_[i].value.clear();
    if (!connect()) return returnError(HTTPC_ERROR_CONNECTION_FAILED);
    char length[16];
    snprintf(length, sizeof length, "%u", (unsigned)(payload && size > 0 ? size : 0));
    addHeader("Content-Length", length);
    if (!sendHeader(type)) return returnError(HTTPC_ERROR_SEND_HEADER_FAILED);
    if (size && client_->write(payload, size) != size) return returnError(HTTPC_ERROR_SEND_PAYLOAD_FAILED);
    code = handleHeaderResponse();
    redirect = false;
    if (followRedirects_ != HTTPC_DISABLE_FOLLOW_REDIRECTS && redirectCount < redirectLimit_ && location_.length > 0) {
      if (code == 301 || code == 307) {
        if (followRedirects_ == HTTPC_FORCE_FOLLOW_REDIRECTS || !strcmp(type, "GET") || !strcmp(type, "HEAD")) {
          redirectCount++;
          if (setURL(location_.c_str())) redirect = true;
        }
      } else if (code == 302 || code == 303) {
        redirectCount++;
        if (setURL(location_.c_str())) {
          type = "GET";
          payload = nullptr;
          size = 0;
          redirect = true;
        }
      }
    }
  } while (redirect);
  return returnError(code);
}

// One header line (up to '\n', timeout as Stream::readStringUntil); false when nothing arrived.
bool HTTPClient::readLine(Text& line) {
  line.clear();
  uint32_t start = tsd_host::monotonicMs();
  for (;;) {
    int c = client_->read();
    if (c < 0) {
      if (!client_->connected() || tsd_host::monotonicMs() - start >= tcpTimeout_) return line.length > 0;
      poll(nullptr, 0, 1);
      continue;
    }
    start = tsd_host::monotonicMs();
    if (c == '\n') return true;
    char ch = (char)c;
    line.append(&ch, 1);
  }
}

int HTTPClient::handleHeaderResponse() {
  if (!connected()) return HTTPC_ERROR_NOT_CONNECTED;
  clear();
  canReuse_ = reuse_;
  Text transferEncoding;
  transferEncoding_ = HTTPC_TE_IDENTITY;
  uint32_t lastDataTime = tsd_host::monotonicMs();
  while (connected()) {
    if (client_->available() > 0) {
      readLine(line_);
      lastDataTime = tsd_host::monotonicMs();
      const char* l = line_.c_str();
      const char* sep = strchr(l, ':');
      if (strncmp(l, "HTTP/1.", 7) == 0) {
        canReuse_ = canReuse_ && l[7] != '0';
        returnCode_ = atoi(l + 9);
        canReuse_ = canReuse_ && returnCode_ > 0 && returnCode_ < 500;
      } else if (sep != nullptr && sep > l) {
        Text name, value;
        name.set(l, (size_t)(sep - l));
        value.set(sep + 1);
        trim(value);
        if (strcasecmp(name.c_str(), "Content-Length") == 0) size_ = atoi(value.c_str());
        if (canReuse_ && strcasecmp(name.c_str(), "Connection") == 0 && strstr(value.c_str(), "close") && !strstr(value.c_str(), "keep-alive")) canReuse_ = false;
        if (strcasecmp(name.c_str(), "Transfer-Encoding") == 0) transferEncoding.set(value.c_str());
        if (strcasecmp(name.c_str(), "Location") == 0) location_.set(value.c_str());
        for (size_t i = 0; i < headerKeysCount_; i++) {
          if (strcasecmp(currentHeaders_[i].key.c_str(), name.c_str()) == 0) {
            if (currentHeaders_[i].value.length) currentHeaders_[i].value.append(",");
            currentHeaders_[i].value.append(value.c_str());
            break;
          }
        }
        continue;
      }
      trim(line_);
      if (line_.length == 0) {
        if (transferEncoding.length) {
          if (strcasecmp(transferEncoding.c_str(), "chunked") == 0) {
            transferEncoding_ = HTTPC_TE_CHUNKED;
          } else {
            returnCode_ = HTTPC_ERROR_ENCODING;
            return returnCode_;
          }
        }
        if (returnCode_ <= 0) returnCode_ = HTTPC_ERROR_NO_HTTP_SERVER;
        return returnCode_;
      }
    } else {
      if (tsd_host::monotonicMs() - lastDataTime > tcpTimeout_) return HTTPC_ERROR_READ_TIMEOUT;
      poll(nullptr, 0, 1);
    }
  }
  return HTTPC_ERROR_CONNECTION_LOST;
}

int HTTPClient::returnError(int error) {
  if (error < 0 && connected()) client_->stop();
  return error;
}

// The body into payload_ (writeToPrint): Content-Length bytes, everything until close/timeout, or chunks.
int HTTPClient::readBody() {
  if (!connected() && transferEncoding_ != HTTPC_TE_IDENTITY && size_ > 0) return returnError(HTTPC_ERROR_NOT_CONNECTED);
  char buf[1460];
  if (transferEncoding_ == HTTPC_TE_IDENTITY) {
    long left = size_;
    uint32_t last = tsd_host::monotonicMs();
    while (left != 0) {
      size_t want = left < 0 || (size_t)left > sizeof buf ? sizeof buf : (size_t)left;
      int n = client_ ? client_->read((uint8_t*)buf, want) : 0;
      if (n > 0) {
        payload_.append(buf, (size_t)n);
        if (left > 0) left -= n;
        last = tsd_host::monotonicMs();
        continue;
      }
      if (client_ == nullptr || !client_->connected()) break;
      if (tsd_host::monotonicMs() - last >= tcpTimeout_) break;
      poll(nullptr, 0, 1);
    }
    if (size_ >= 0 && left > 0) return returnError(HTTPC_ERROR_READ_TIMEOUT);
  } else {
    int total = 0;
    for (;;) {
      if (!connected()) return returnError(HTTPC_ERROR_CONNECTION_LOST);
      if (!readLine(line_) || line_.length == 0) return returnError(HTTPC_ERROR_READ_TIMEOUT);
      trim(line_);
      long len = strtol(line_.c_str(), nullptr, 16);
      total += (int)len;
      if (len > 0) {
        long left = len;
        while (left > 0) {
          size_t want = (size_t)left > sizeof buf ? sizeof buf : (size_t)left;
          size_t n = client_->readBytes((uint8_t*)buf, want);
          if (n == 0) return returnError(HTTPC_ERROR_READ_TIMEOUT);
          payload_.append(buf, n);
          left -= (long)n;
        }
      } else {
        if (size_ <= 0) size_ = total;
        if ((int)payload_.length != size_) return returnError(HTTPC_ERROR_STREAM_WRITE);
        // The last chunk's trailing CRLF (the core leaves it to the next request; reading it keeps reuse clean).
        readLine(line_);
        break;
      }
      uint8_t crlf[2];
      if (client_->readBytes(crlf, 2) != 2 || crlf[0] != '\r' || crlf[1] != '\n') return returnError(HTTPC_ERROR_READ_TIMEOUT);
    }
  }
  disconnect(true);
  return (int)payload_.length;
}

const char* HTTPClient::getString() {
  if (payloadRead_) return payload_.c_str();
  payloadRead_ = true;
  payload_.clear();
  readBody();
  return payload_.c_str();
}

const char* HTTPClient::errorToString(int error) {
  switch (error) {
    case HTTPC_ERROR_CONNECTION_FAILED: return "connection failed";
    case HTTPC_ERROR_SEND_HEADER_FAILED: return "send header failed";
    case HTTPC_ERROR_SEND_PAYLOAD_FAILED: return "send payload failed";
    case HTTPC_ERROR_NOT_CONNECTED: return "not connected";
    case HTTPC_ERROR_CONNECTION_LOST: return "connection lost";
    case HTTPC_ERROR_NO_STREAM: return "no stream";
    case HTTPC_ERROR_NO_HTTP_SERVER: return "no HTTP server";
    case HTTPC_ERROR_TOO_LESS_RAM: return "not enough ram";
    case HTTPC_ERROR_ENCODING: return "Transfer-Encoding not supported";
    case HTTPC_ERROR_STREAM_WRITE: return "Stream write error";
    case HTTPC_ERROR_READ_TIMEOUT: return "read Timeout";
    default: return "";
  }
}
#endif
