// Host WiFiClient / WiFiClientSecure / X509List over the shared non-blocking TCP + BearSSL transport
// (runtime/libraries/WebSocketsClient/host/host_ws_transport.*). The board's blocking behaviour is rebuilt on
// top with poll(): connect() waits for the connection and handshake, readBytes() for data up to the timeout.
#if !defined(ESP8266)  // host only
#include "host_wifi_client.h"

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../WebSocketsClient/host/host_ws_transport.h"

namespace {
constexpr size_t kRxSize = 1460;  // one TCP_MSS, the core's WIFICLIENT_MAX_PACKET_SIZE
constexpr unsigned long kConnectTimeoutMs = 5000;

void sleepMs(int ms) { poll(nullptr, 0, ms); }

size_t countCertificates(const char* pem) {
  size_t n = 0;
  for (const char* p = pem; (p = strstr(p, "-----BEGIN CERTIFICATE-----")) != nullptr; p++) n++;
  return n;
}
}  // namespace

namespace BearSSL {

X509List::X509List() {}
X509List::X509List(const char* pemCert) { append(pemCert); }
X509List::~X509List() { free(pem_); }

bool X509List::append(const char* pemCert) {
  if (pemCert == nullptr) return false;
  size_t n = countCertificates(pemCert);
  if (n == 0) return false;
  size_t old = pem_ ? strlen(pem_) : 0;
  size_t add = strlen(pemCert);
  char* next = (char*)realloc(pem_, old + add + 2);
  if (next == nullptr) return false;
  memcpy(next + old, pemCert, add);
  next[old + add] = '\n';
  next[old + add + 1] = 0;
  pem_ = next;
  count_ += n;
  return true;
}

}  // namespace BearSSL

WiFiClient::WiFiClient() {}
WiFiClient::~WiFiClient() { stop(); }

bool WiFiClient::tlsConfig(void*, char*, size_t) { return false; }
void WiFiClient::connectFailed(const char*) {}

int WiFiClient::connect(const char* host, uint16_t port) {
  stop();
  char error[160] = {0};
  tsd_ws::TlsConfig tls = {nullptr, nullptr, nullptr, nullptr};
  if (isSecure() && !tlsConfig(&tls, error, sizeof error)) {
    connectFailed(error);
    return 0;
  }
  transport_ = tsd_ws::transportOpen(host, port, isSecure() ? &tls : nullptr, error, sizeof error);
  if (transport_ == nullptr) {
    connectFailed(error);
    return 0;
  }
  port_ = port;
  uint32_t start = tsd_ws::monotonicMillis();
  unsigned long limit = timeout_ > kConnectTimeoutMs ? timeout_ : kConnectTimeoutMs;
  for (;;) {
    int r = tsd_ws::transportPoll(transport_, error, sizeof error);
    if (r == 1) break;
    if (r < 0 || tsd_ws::monotonicMillis() - start > limit) {
      if (r == 0) snprintf(error, sizeof error, "connection timed out");
      tsd_ws::transportClose(transport_);
      transport_ = nullptr;
      connectFailed(error);
      return 0;
    }
    sleepMs(1);
  }
  rx_ = (uint8_t*)malloc(kRxSize);
  rxHead_ = rxTail_ = 0;
  peerClosed_ = false;
  connectSucceeded();
  return 1;
}

// Moves whatever the transport has into the receive buffer; waits up to waitMs for the first byte.
bool WiFiClient::fill(int waitMs) {
  if (transport_ == nullptr || peerClosed_) return rxTail_ > rxHead_;
  if (rxHead_ == rxTail_) rxHead_ = rxTail_ = 0;
  uint32_t start = tsd_ws::monotonicMillis();
  for (;;) {
    if (rxTail_ < kRxSize) {
      int n = tsd_ws::transportRead(transport_, rx_ + rxTail_, kRxSize - rxTail_);
      if (n > 0) rxTail_ += (size_t)n;
      else if (n < 0) peerClosed_ = true;
    }
    if (rxTail_ > rxHead_ || peerClosed_) break;
    if ((int)(tsd_ws::monotonicMillis() - start) >= waitMs) break;
    sleepMs(1);
  }
  return rxTail_ > rxHead_;
}

size_t WiFiClient::write(const uint8_t* buf, size_t size) {
  if (transport_ == nullptr || peerClosed_) return 0;
  if (size == 0) return 0;
  uint32_t wait = timeout_ > kConnectTimeoutMs ? (uint32_t)timeout_ : (uint32_t)kConnectTimeoutMs;
  if (!tsd_ws::transportWrite(transport_, buf, size, wait)) {
    peerClosed_ = true;
    return 0;
  }
  return size;
}

int WiFiClient::available() {
  fill(0);
  return (int)(rxTail_ - rxHead_);
}

int WiFiClient::read() {
  if (!fill(0)) return -1;
  return rx_[rxHead_++];
}

int WiFiClient::read(uint8_t* buf, size_t size) {
  if (!fill(0)) return 0;
  size_t n = rxTail_ - rxHead_ < size ? rxTail_ - rxHead_ : size;
  memcpy(buf, rx_ + rxHead_, n);
  rxHead_ += n;
  return (int)n;
}

int WiFiClient::peek() {
  if (!fill(0)) return -1;
  return rx_[rxHead_];
}

size_t WiFiClient::readBytes(uint8_t* buf, size_t length) {
  size_t got = 0;
  uint32_t start = tsd_ws::monotonicMillis();
  while (got < length) {
    if (fill(1)) {
      got += (size_t)read(buf + got, length - got);
      start = tsd_ws::monotonicMillis();
    } else if (peerClosed_ || transport_ == nullptr || tsd_ws::monotonicMillis() - start >= timeout_) {
      break;
    }
  }
  return got;
}

uint8_t WiFiClient::connected() {
  if (transport_ == nullptr) return 0;
  fill(0);
  return (!peerClosed_ || rxTail_ > rxHead_) ? 1 : 0;
}

void WiFiClient::stop() {
  if (transport_ != nullptr) tsd_ws::transportClose(transport_);
  transport_ = nullptr;
  free(rx_);
  rx_ = nullptr;
  rxHead_ = rxTail_ = 0;
  peerClosed_ = false;
}

namespace BearSSL {

void WiFiClientSecure::setInsecure() {
  insecure_ = true;
  useFingerprint_ = false;
  ta_ = nullptr;
}

bool WiFiClientSecure::setFingerprint(const uint8_t fingerprint[20]) {
  memcpy(fingerprint_, fingerprint, 20);
  useFingerprint_ = true;
  insecure_ = false;
  return true;
}

// "AB:CD:…", "AB CD …" or "abcd…"; false (and no change) unless exactly 20 hex bytes.
bool WiFiClientSecure::setFingerprint(const char* fpStr) {
  uint8_t out[20];
  int nibbles = 0;
  for (const char* p = fpStr; *p; p++) {
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
  if (nibbles != 40) return false;
  return setFingerprint(out);
}

void WiFiClientSecure::setTrustAnchors(const X509List* ta) {
  ta_ = ta;
  insecure_ = false;
  useFingerprint_ = false;
}

bool WiFiClientSecure::tlsConfig(void* config, char* error, size_t errorSize) {
  tsd_ws::TlsConfig* tls = static_cast<tsd_ws::TlsConfig*>(config);
  if (useFingerprint_) {
    tls->fingerprint = fingerprint_;
    return true;
  }
  if (ta_ != nullptr && ta_->pem() != nullptr) {
    tls->caPem = ta_->pem();
    return true;
  }
  if (insecure_) return true;  // neither CA nor fingerprint: the transport accepts any certificate
  // The core refuses too: "Connection *will* fail, no authentication method is setup".
  snprintf(error, errorSize, "no authentication method is set up (setTrustAnchors, setFingerprint or setInsecure)");
  return false;
}

void WiFiClientSecure::connectFailed(const char* reason) {
  lastError_ = -1;
  // One line per new reason, like the board's debug output, so reconnect loops do not flood the console.
  if (strcmp(reason, lastErrorText_) != 0) fprintf(stderr, "[WiFiClientSecure] connection failed: %s\n", reason);
  snprintf(lastErrorText_, sizeof lastErrorText_, "%s", reason);
}

int WiFiClientSecure::getLastSSLError(char* dest, size_t len) {
  if (dest != nullptr && len > 0) snprintf(dest, len, "%s", lastErrorText_);
  return lastError_;
}

}  // namespace BearSSL
#endif
