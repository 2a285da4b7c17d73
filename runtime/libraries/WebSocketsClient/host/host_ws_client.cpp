// RFC 6455 client state machine of the host WebSocketsClient, following Links2004/arduinoWebSockets
// (WebSocketsClient.cpp / WebSockets.cpp): the same handshake request (Host, Sec-WebSocket-Key, the
// `arduino` protocol, Origin: file://, User-Agent), the same events (CONNECTED carries the URL, TEXT is
// NUL-terminated, fragments are delivered piecewise as FRAGMENT_* events), automatic pong, close
// handshake, 15 KB message limit (close 1009), reconnect after the interval, heartbeat pings.
#if !defined(ESP8266)  // host only: never compiled into the board's sketch
#include "host_ws_client.h"

#include <bearssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "host_ws_transport.h"

namespace tsd_ws {

namespace {

const char kGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const size_t kMaxHeaderBytes = 8192;

char* duplicate(const char* s) {
  if (s == nullptr) return nullptr;
  size_t n = strlen(s);
  char* copy = (char*)malloc(n + 1);
  memcpy(copy, s, n + 1);
  return copy;
}

void replace(char*& field, const char* value) {
  free(field);
  field = duplicate(value);
}

void base64(const uint8_t* data, size_t length, char* out) {
  static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t o = 0;
  for (size_t i = 0; i < length; i += 3) {
    uint32_t v = (uint32_t)data[i] << 16;
    if (i + 1 < length) v |= (uint32_t)data[i + 1] << 8;
    if (i + 2 < length) v |= data[i + 2];
    out[o++] = table[(v >> 18) & 63];
    out[o++] = table[(v >> 12) & 63];
    out[o++] = i + 1 < length ? table[(v >> 6) & 63] : '=';
    out[o++] = i + 2 < length ? table[v & 63] : '=';
  }
  out[o] = 0;
}

uint32_t randomState = 0;
uint32_t random32() {
  if (randomState == 0) {
    if (getrandom(&randomState, sizeof randomState, 0) != sizeof randomState || randomState == 0) randomState = 0x9E3779B9u;
  }
  randomState ^= randomState << 13;
  randomState ^= randomState >> 17;
  randomState ^= randomState << 5;
  return randomState;
}

bool equalsIgnoreCase(const char* a, size_t aLength, const char* b) {
  size_t bLength = strlen(b);
  if (aLength != bLength) return false;
  for (size_t i = 0; i < aLength; i++) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Does the comma-separated header value contain `token` (case-insensitive)?
bool containsToken(const char* value, size_t length, const char* token) {
  size_t start = 0;
  while (start < length) {
    size_t end = start;
    while (end < length && value[end] != ',') end++;
    size_t s = start, e = end;
    while (s < e && (value[s] == ' ' || value[s] == '\t')) s++;
    while (e > s && (value[e - 1] == ' ' || value[e - 1] == '\t')) e--;
    if (equalsIgnoreCase(value + s, e - s, token)) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

// millis() of the sketch (time since the program started), the clock the library's reconnect logic uses.
// Weak: the client's own test driver links it without the emulated core and gets the PC's uptime (so its
// first attempt is immediate, as on a board that has been up for a while).
extern "C" uint32_t tsd_platform_millis(void) __attribute__((weak));
static uint32_t sketchMillis() { return tsd_platform_millis ? tsd_platform_millis() : monotonicMillis(); }

Client::Client() { extraHeaders_ = duplicate("Origin: file://"); }

Client::~Client() {
  // Like the library's destructor (disconnect()): a connected client says goodbye and reports DISCONNECTED.
  if (status_ == CONNECTED) clientDisconnect(true, 1000);
  if (transport_ != nullptr) transportClose(transport_);
  free(host_);
  free(url_);
  free(protocol_);
  free(extraHeaders_);
  free(authorization_);
  free(caPem_);
  free(clientCertPem_);
  free(clientKeyPem_);
  free(rx_);
  free(payload_);
  free(tx_);
}

void Client::configure(const char* host, uint16_t port, const char* url, const char* protocol) {
  replace(host_, host);
  port_ = port;
  replace(url_, url != nullptr ? url : "/");
  replace(protocol_, protocol != nullptr ? protocol : "");
  begun_ = true;
  everTried_ = false;
  lastConnectionFail_ = 0;
  lastError_[0] = 0;
}

void Client::begin(const char* host, uint16_t port, const char* url, const char* protocol) {
  configure(host, port, url, protocol);
  ssl_ = false;
}

void Client::beginSSL(const char* host, uint16_t port, const char* url, const uint8_t* fingerprint, const char* protocol) {
  configure(host, port, url, protocol);
  ssl_ = true;
  replace(caPem_, nullptr);
  pinned_ = fingerprint != nullptr;
  if (pinned_) memcpy(fingerprint_, fingerprint, 20);
}

void Client::beginSslWithCA(const char* host, uint16_t port, const char* url, const char* caPem, const char* protocol) {
  configure(host, port, url, protocol);
  ssl_ = true;
  pinned_ = false;
  replace(caPem_, caPem);
}

void Client::setSSLClientCertKey(const char* certPem, const char* keyPem) {
  replace(clientCertPem_, certPem);
  replace(clientKeyPem_, keyPem);
}

void Client::onEvent(EventCallback callback, void* context) {
  callback_ = callback;
  callbackContext_ = context;
}

void Client::setAuthorization(const char* user, const char* password) {
  if (user == nullptr || password == nullptr) return;
  size_t plainLength = strlen(user) + 1 + strlen(password);
  char* plain = (char*)malloc(plainLength + 1);
  snprintf(plain, plainLength + 1, "%s:%s", user, password);
  char* value = (char*)malloc(6 + (plainLength + 2) / 3 * 4 + 1);
  memcpy(value, "Basic ", 6);
  base64((const uint8_t*)plain, plainLength, value + 6);
  free(plain);
  free(authorization_);
  authorization_ = value;
}

void Client::setAuthorization(const char* auth) {
  if (auth != nullptr) replace(authorization_, auth);
}

void Client::setExtraHeaders(const char* extraHeaders) { replace(extraHeaders_, extraHeaders); }
void Client::setReconnectInterval(unsigned long ms) { reconnectInterval_ = ms; }

void Client::enableHeartbeat(uint32_t pingInterval, uint32_t pongTimeout, uint8_t disconnectTimeoutCount) {
  pingInterval_ = pingInterval;
  pongTimeout_ = pongTimeout;
  disconnectTimeoutCount_ = disconnectTimeoutCount;
  pongTimeoutCount_ = 0;
  lastPing_ = monotonicMillis();
  pongReceived_ = true;
}

void Client::disableHeartbeat() { pingInterval_ = 0; }
bool Client::isConnected() const { return status_ == CONNECTED; }

void Client::emit(int type, uint8_t* payload, size_t length) {
  if (callback_ != nullptr) callback_(callbackContext_, type, payload, length);
}

void Client::setError(const char* message) {
  // One line on stderr per new kind of failure: retries every 500 ms must not flood the console.
  if (strcmp(message, lastError_) != 0) fprintf(stderr, "[WS-Client] %s\n", message);
  snprintf(lastError_, sizeof lastError_, "%s", message);
}

void Client::loop() {
  if (!begun_) return;
  if (status_ == NOT_CONNECTED) {
    // As the library: the first attempt too waits until millis() passes the interval (lastConnectionFail_ is
    // 0 after begin), so a sketch that sets a long interval connects after it, as on the board.
    if (sketchMillis() - lastConnectionFail_ < reconnectInterval_) return;
    startConnect();
    return;
  }
  char error[160];
  if (status_ == CONNECTING) {
    int r = transportPoll(transport_, error, sizeof error);
    if (r < 0) {
      setError(error);
      clientDisconnect(false, 0);
    } else if (r > 0) {
      sendHandshake();
    }
    return;
  }
  if (status_ == HEADER) {
    if (monotonicMillis() - lastHeaderSent_ > kTcpTimeoutMs) {
      setError("handshake response timed out");
      clientDisconnect(false, 0);
      return;
    }
    if (!readIntoBuffer()) {
      setError("connection closed during the handshake");
      clientDisconnect(false, 0);
      return;
    }
    handleHeaderBytes();
    return;
  }
  // CONNECTED
  if (!readIntoBuffer()) {
    handleFrames();  // deliver what arrived before the close
    if (status_ == CONNECTED) clientDisconnect(false, 0);
    return;
  }
  handleFrames();
  if (status_ == CONNECTED) handleHeartbeat();
}

void Client::startConnect() {
  everTried_ = true;
  char error[160] = {0};
  TlsConfig tls = {caPem_, pinned_ ? fingerprint_ : nullptr, clientCertPem_, clientKeyPem_};
  transport_ = transportOpen(host_, port_, ssl_ ? &tls : nullptr, error, sizeof error);
  if (transport_ == nullptr) {
    setError(error);
    // The library creates its WiFiClient before connecting, so a failed attempt still reports DISCONNECTED.
    lastConnectionFail_ = sketchMillis();
    emit(EV_DISCONNECTED, nullptr, 0);
    return;
  }
  status_ = CONNECTING;
  connectStarted_ = monotonicMillis();
  rxLength_ = 0;
}

void Client::sendHandshake() {
  uint8_t random[16];
  for (int i = 0; i < 16; i += 4) {
    uint32_t r = random32();
    memcpy(random + i, &r, 4);
  }
  base64(random, 16, key_);
  size_t size = 512 + strlen(url_) + strlen(host_) + strlen(protocol_) + (extraHeaders_ ? strlen(extraHeaders_) : 0) +
                (authorization_ ? strlen(authorization_) : 0);
  char* request = (char*)malloc(size);
  int n = snprintf(request, size,
                   "GET %s HTTP/1.1\r\n"
                   "Host: %s:%u\r\n"
                   "Connection: Upgrade\r\n"
                   "Upgrade: websocket\r\n"
                   "Sec-WebSocket-Version: 13\r\n"
                   "Sec-WebSocket-Key: %s\r\n",
                   url_, host_, (unsigned)port_, key_);
  if (protocol_[0] != 0) n += snprintf(request + n, size - (size_t)n, "Sec-WebSocket-Protocol: %s\r\n", protocol_);
  if (extraHeaders_ != nullptr && extraHeaders_[0] != 0) n += snprintf(request + n, size - (size_t)n, "%s\r\n", extraHeaders_);
  n += snprintf(request + n, size - (size_t)n, "User-Agent: arduino-WebSocket-Client\r\n");
  if (authorization_ != nullptr && authorization_[0] != 0) n += snprintf(request + n, size - (size_t)n, "Authorization: %s\r\n", authorization_);
  n += snprintf(request + n, size - (size_t)n, "\r\n");
  bool ok = transportWrite(transport_, (const uint8_t*)request, (size_t)n, kTcpTimeoutMs);
  free(request);
  if (!ok) {
    setError("connection lost while sending the handshake");
    clientDisconnect(false, 0);
    return;
  }
  status_ = HEADER;
  lastHeaderSent_ = monotonicMillis();
}

bool Client::readIntoBuffer() {
  // Bounded work per loop(): at most 64 KB read per call.
  for (int round = 0; round < 4; round++) {
    if (rxCapacity_ - rxLength_ < 16384) {
      size_t next = rxCapacity_ == 0 ? 32768 : rxCapacity_ * 2;
      if (next > kMaxDataSize * 4 + 65536 && rxCapacity_ - rxLength_ > 0) break;
      rx_ = (uint8_t*)realloc(rx_, next);
      rxCapacity_ = next;
    }
    int n = transportRead(transport_, rx_ + rxLength_, rxCapacity_ - rxLength_);
    if (n < 0) return false;
    if (n == 0) break;
    rxLength_ += (size_t)n;
  }
  return true;
}

void Client::handleHeaderBytes() {
  for (size_t i = 3; i < rxLength_; i++) {
    if (rx_[i - 3] == '\r' && rx_[i - 2] == '\n' && rx_[i - 1] == '\r' && rx_[i] == '\n') {
      size_t headerLength = i + 1;
      bool ok = parseHandshakeResponse((const char*)rx_, headerLength);
      memmove(rx_, rx_ + headerLength, rxLength_ - headerLength);
      rxLength_ -= headerLength;
      if (!ok) {
        clientDisconnect(false, 0);
        return;
      }
      status_ = CONNECTED;
      lastError_[0] = 0;
      lastPing_ = monotonicMillis();
      pongReceived_ = true;
      pongTimeoutCount_ = 0;
      uint32_t generation = generation_;
      emit(EV_CONNECTED, (uint8_t*)url_, strlen(url_));
      if (generation == generation_ && status_ == CONNECTED) handleFrames();
      return;
    }
  }
  if (rxLength_ > kMaxHeaderBytes) {
    setError("handshake response too large");
    clientDisconnect(false, 0);
  }
}

bool Client::parseHandshakeResponse(const char* text, size_t length) {
  int code = 0;
  bool upgrade = false, websocket = false, acceptOk = false;
  char expected[29];
  {
    br_sha1_context sha;
    br_sha1_init(&sha);
    br_sha1_update(&sha, key_, strlen(key_));
    br_sha1_update(&sha, kGuid, sizeof kGuid - 1);
    uint8_t digest[20];
    br_sha1_out(&sha, digest);
    base64(digest, 20, expected);
  }
  size_t pos = 0;
  bool first = true;
  while (pos < length) {
    size_t end = pos;
    while (end < length && text[end] != '\n') end++;
    size_t lineEnd = end;
    if (lineEnd > pos && text[lineEnd - 1] == '\r') lineEnd--;
    const char* line = text + pos;
    size_t lineLength = lineEnd - pos;
    if (first) {
      if (lineLength > 12 && strncmp(line, "HTTP/1.", 7) == 0) code = atoi(line + 9);
      first = false;
    } else if (lineLength > 0) {
      size_t colon = 0;
      while (colon < lineLength && line[colon] != ':') colon++;
      if (colon < lineLength) {
        const char* value = line + colon + 1;
        size_t valueLength = lineLength - colon - 1;
        while (valueLength > 0 && (*value == ' ' || *value == '\t')) value++, valueLength--;
        if (equalsIgnoreCase(line, colon, "connection")) upgrade = containsToken(value, valueLength, "upgrade");
        if (equalsIgnoreCase(line, colon, "upgrade")) websocket = equalsIgnoreCase(value, valueLength, "websocket");
        if (equalsIgnoreCase(line, colon, "sec-websocket-accept")) acceptOk = valueLength == 28 && memcmp(value, expected, 28) == 0;
      }
    }
    pos = end + 1;
  }
  char message[160];
  if (code != 101) {
    snprintf(message, sizeof message, "handshake failed: HTTP status %d (expected 101)", code);
  } else if (!upgrade || !websocket) {
    snprintf(message, sizeof message, "handshake failed: missing Connection: Upgrade / Upgrade: websocket");
  } else if (!acceptOk) {
    snprintf(message, sizeof message, "handshake failed: Sec-WebSocket-Accept does not match the key");
  } else {
    return true;
  }
  setError(message);
  return false;
}

void Client::handleFrames() {
  uint32_t generation = generation_;
  size_t offset = 0;
  while (status_ == CONNECTED && generation == generation_) {
    uint8_t* p = rx_ + offset;
    size_t available = rxLength_ - offset;
    if (available < 2) break;
    bool fin = (p[0] & 0x80) != 0;
    uint8_t opcode = p[0] & 0x0F;
    bool masked = (p[1] & 0x80) != 0;
    uint64_t length = p[1] & 0x7F;
    size_t header = 2;
    if (length == 126) {
      if (available < 4) break;
      length = ((uint64_t)p[2] << 8) | p[3];
      header = 4;
    } else if (length == 127) {
      if (available < 10) break;
      length = 0;
      for (int i = 0; i < 8; i++) length = (length << 8) | p[2 + i];
      header = 10;
    }
    if (length > kMaxDataSize) {
      setError("message larger than WEBSOCKETS_MAX_DATA_SIZE (15 KB): closing with 1009");
      clientDisconnect(true, 1009);
      return;
    }
    size_t maskOffset = header;
    if (masked) header += 4;
    if (available < header + length) break;
    if (payload_ == nullptr) payload_ = (uint8_t*)malloc(kMaxDataSize + 1);
    memcpy(payload_, p + header, (size_t)length);
    if (masked) {
      for (size_t i = 0; i < length; i++) payload_[i] ^= p[maskOffset + (i & 3)];
    }
    payload_[length] = 0;
    offset += header + (size_t)length;
    handleFrame(opcode, fin, payload_, (size_t)length);
  }
  if (generation != generation_) return;  // the buffer was reset by a disconnect inside a callback
  if (offset > 0) {
    memmove(rx_, rx_ + offset, rxLength_ - offset);
    rxLength_ -= offset;
  }
}

void Client::handleFrame(uint8_t opcode, bool fin, uint8_t* payload, size_t length) {
  switch (opcode) {
    case 0x1:
      emit(fin ? EV_TEXT : EV_FRAGMENT_TEXT_START, payload, length);
      break;
    case 0x2:
      emit(fin ? EV_BIN : EV_FRAGMENT_BIN_START, payload, length);
      break;
    case 0x0:
      emit(fin ? EV_FRAGMENT_FIN : EV_FRAGMENT, payload, length);
      break;
    case 0x9: {
      // Answer first (with a copy: the callback may send and reuse buffers), then tell the sketch.
      uint8_t copy[126];
      size_t n = length < sizeof copy ? length : sizeof copy;
      memcpy(copy, payload, n);
      sendFrame(0xA, copy, n);
      emit(EV_PING, payload, length);
      break;
    }
    case 0xA:
      pongReceived_ = true;
      pongTimeoutCount_ = 0;
      emit(EV_PONG, payload, length);
      break;
    case 0x8:
      clientDisconnect(true, 1000);
      break;
    default:
      setError("unknown opcode: closing with 1002");
      clientDisconnect(true, 1002);
      break;
  }
}

void Client::handleHeartbeat() {
  if (pingInterval_ == 0) return;
  uint32_t now = monotonicMillis();
  if (now - lastPing_ > pingInterval_ && pongReceived_) {
    if (sendPing(nullptr, 0)) pongReceived_ = false;
    return;
  }
  if (!pongReceived_ && pongTimeout_ != 0 && now - lastPing_ > pongTimeout_) {
    pongTimeoutCount_++;
    lastPing_ = now - pingInterval_ - 500;  // as the library: ping again on the next round
    pongReceived_ = true;
    if (disconnectTimeoutCount_ != 0 && pongTimeoutCount_ >= disconnectTimeoutCount_) {
      setError("heartbeat: no pong from the server, disconnecting");
      clientDisconnect(false, 0);
    }
  }
}

bool Client::sendFrame(uint8_t opcode, const uint8_t* payload, size_t length) {
  if (status_ != CONNECTED || transport_ == nullptr) return false;
  size_t needed = length + 14;
  if (needed > txCapacity_) {
    tx_ = (uint8_t*)realloc(tx_, needed);
    txCapacity_ = needed;
  }
  size_t n = 0;
  tx_[n++] = (uint8_t)(0x80 | opcode);
  if (length < 126) {
    tx_[n++] = (uint8_t)(0x80 | length);
  } else if (length <= 0xFFFF) {
    tx_[n++] = 0x80 | 126;
    tx_[n++] = (uint8_t)(length >> 8);
    tx_[n++] = (uint8_t)length;
  } else {
    tx_[n++] = 0x80 | 127;
    for (int i = 7; i >= 0; i--) tx_[n++] = (uint8_t)((uint64_t)length >> (8 * i));
  }
  uint32_t maskWord = random32();
  uint8_t mask[4];
  memcpy(mask, &maskWord, 4);
  memcpy(tx_ + n, mask, 4);
  n += 4;
  for (size_t i = 0; i < length; i++) tx_[n + i] = payload[i] ^ mask[i & 3];
  n += length;
  if (!transportWrite(transport_, tx_, n, kTcpTimeoutMs)) {
    clientDisconnect(false, 0);
    return false;
  }
  return true;
}

bool Client::sendTXT(const uint8_t* payload, size_t length) { return sendFrame(0x1, payload, length); }
bool Client::sendBIN(const uint8_t* payload, size_t length) { return sendFrame(0x2, payload, length); }

bool Client::sendPing(const uint8_t* payload, size_t length) {
  bool sent = sendFrame(0x9, payload, length);
  if (sent) lastPing_ = monotonicMillis();
  return sent;
}

void Client::disconnect() {
  if (status_ == CONNECTED) clientDisconnect(true, 1000);
}

void Client::clientDisconnect(bool sendClose, uint16_t code) {
  if (sendClose && status_ == CONNECTED && transport_ != nullptr) {
    uint8_t reason[2] = {(uint8_t)(code >> 8), (uint8_t)code};
    sendFrame(0x8, reason, 2);  // may recurse into clientDisconnect on failure; guarded below
  }
  bool event = transport_ != nullptr;
  if (transport_ != nullptr) transportClose(transport_);
  transport_ = nullptr;
  status_ = NOT_CONNECTED;
  rxLength_ = 0;
  generation_++;
  lastConnectionFail_ = sketchMillis();
  if (event) emit(EV_DISCONNECTED, nullptr, 0);
}

}  // namespace tsd_ws
#endif  // !ESP8266
