// MQTT 3.1.1 client for host builds, following PubSubClient 2.8's packet layout and state handling
// (see host_pubsubclient.h). Blocking waits are the library's: CONNACK and the bytes of a started packet
// are awaited up to socketTimeout seconds.
#if !defined(ESP8266)  // host only
#include "host_pubsubclient.h"

#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MQTTCONNECT (1 << 4)
#define MQTTPUBLISH (3 << 4)
#define MQTTPUBACK (4 << 4)
#define MQTTSUBSCRIBE (8 << 4)
#define MQTTUNSUBSCRIBE (10 << 4)
#define MQTTPINGREQ (12 << 4)
#define MQTTPINGRESP (13 << 4)
#define MQTTDISCONNECT (14 << 4)
#define MQTTQOS1 (1 << 1)

PubSubClient::PubSubClient() { setBufferSize(MQTT_MAX_PACKET_SIZE); }
PubSubClient::PubSubClient(WiFiClient& client) : client_(&client) { setBufferSize(MQTT_MAX_PACKET_SIZE); }
PubSubClient::~PubSubClient() {
  free(buffer_);
  free(domain_);
}

uint32_t PubSubClient::now() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint32_t)((uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u);
}

PubSubClient& PubSubClient::setServer(const char* domain, uint16_t port) {
  free(domain_);
  domain_ = strdup(domain);
  port_ = port;
  return *this;
}

PubSubClient& PubSubClient::setCallback(Callback callback, void* context) {
  callback_ = callback;
  context_ = context;
  return *this;
}

PubSubClient& PubSubClient::setClient(WiFiClient& client) {
  client_ = &client;
  return *this;
}

PubSubClient& PubSubClient::setKeepAlive(uint16_t keepAlive) {
  keepAlive_ = keepAlive;
  return *this;
}

PubSubClient& PubSubClient::setSocketTimeout(uint16_t timeout) {
  socketTimeout_ = timeout;
  return *this;
}

bool PubSubClient::setBufferSize(uint16_t size) {
  if (size == 0) return false;  // the library refuses a zero-size buffer
  uint8_t* next = (uint8_t*)realloc(buffer_, size);
  if (next == nullptr) return false;
  buffer_ = next;
  bufferSize_ = size;
  return true;
}

bool PubSubClient::connect(const char* id) { return connect(id, nullptr, nullptr, nullptr, 0, false, nullptr, true); }
bool PubSubClient::connect(const char* id, const char* user, const char* pass) { return connect(id, user, pass, nullptr, 0, false, nullptr, true); }
bool PubSubClient::connect(const char* id, const char* willTopic, uint8_t willQos, bool willRetain, const char* willMessage) {
  return connect(id, nullptr, nullptr, willTopic, willQos, willRetain, willMessage, true);
}
bool PubSubClient::connect(const char* id, const char* user, const char* pass, const char* willTopic, uint8_t willQos, bool willRetain, const char* willMessage) {
  return connect(id, user, pass, willTopic, willQos, willRetain, willMessage, true);
}

// The library's CHECK_STRING_LENGTH: a string that does not fit in the buffer drops the connection.
bool PubSubClient::fits(uint16_t at, const char* s) { return at + 2 + strnlen(s, bufferSize_) <= bufferSize_; }

uint16_t PubSubClient::writeString(const char* s, uint16_t at) {
  uint16_t start = at;
  at += 2;
  for (const char* p = s; *p && at < bufferSize_; p++) buffer_[at++] = (uint8_t)*p;
  uint16_t n = (uint16_t)(at - start - 2);
  buffer_[start] = (uint8_t)(n >> 8);
  buffer_[start + 1] = (uint8_t)(n & 0xFF);
  return at;
}

bool PubSubClient::connect(const char* id, const char* user, const char* pass, const char* willTopic, uint8_t willQos, bool willRetain, const char* willMessage, bool cleanSession) {
  if (connected()) return true;
  if (client_ == nullptr) return false;
  int result = client_->connected() ? 1 : (domain_ != nullptr ? client_->connect(domain_, port_) : 0);
  if (result != 1) {
    state_ = MQTT_CONNECT_FAILED;
    return false;
  }
  nextMsgId_ = 1;
  uint16_t length = MQTT_MAX_HEADER_SIZE;
  static const uint8_t kProtocol[7] = {0x00, 0x04, 'M', 'Q', 'T', 'T', MQTT_VERSION};
  memcpy(buffer_ + length, kProtocol, sizeof kProtocol);
  length += sizeof kProtocol;
  uint8_t flags = willTopic ? (uint8_t)(0x04 | (willQos << 3) | ((willRetain ? 1 : 0) << 5)) : 0;
  if (cleanSession) flags |= 0x02;
  if (user != nullptr) {
    flags |= 0x80;
    if (pass != nullptr) flags |= 0x40;
  }
  buffer_[length++] = flags;
  buffer_[length++] = (uint8_t)(keepAlive_ >> 8);
  buffer_[length++] = (uint8_t)(keepAlive_ & 0xFF);
  const char* strings[5] = {id, willTopic ? willTopic : nullptr, willTopic ? willMessage : nullptr, user, user ? pass : nullptr};
  for (const char* s : strings) {
    if (s == nullptr) continue;
    if (!fits(length, s)) {
      client_->stop();
      return false;
    }
    length = writeString(s, length);
  }
  writePacket(MQTTCONNECT, (uint16_t)(length - MQTT_MAX_HEADER_SIZE));
  lastInActivity_ = lastOutActivity_ = now();
  while (!client_->available()) {
    if (now() - lastInActivity_ >= socketTimeout_ * 1000UL || !client_->connected()) {
      state_ = MQTT_CONNECTION_TIMEOUT;
      client_->stop();
      return false;
    }
    poll(nullptr, 0, 1);
  }
  uint8_t llen;
  uint32_t len = readPacket(&llen);
  if (len == 4) {
    if (buffer_[3] == 0) {
      lastInActivity_ = now();
      pingOutstanding_ = false;
      state_ = MQTT_CONNECTED;
      return true;
    }
    state_ = buffer_[3];
  }
  client_->stop();
  return false;
}

bool PubSubClient::readByte(uint8_t* out) {
  uint32_t start = now();
  while (!client_->available()) {
    if (now() - start >= socketTimeout_ * 1000UL || !client_->connected()) return false;
    poll(nullptr, 0, 1);
  }
  *out = (uint8_t)client_->read();
  return true;
}

// The library's readPacket: the whole packet into the buffer, or 0 (ignored) when it does not fit.
uint32_t PubSubClient::readPacket(uint8_t* lengthLength) {
  uint16_t len = 0;
  if (!readByte(&buffer_[len])) return 0;
  len++;
  bool isPublish = (buffer_[0] & 0xF0) == MQTTPUBLISH;
  uint32_t multiplier = 1, length = 0;
  uint8_t digit = 0;
  do {
    if (len == 5) {  // invalid remaining-length encoding
      state_ = MQTT_DISCONNECTED;
      client_->stop();
      return 0;
    }
    if (!readByte(&digit)) return 0;
    buffer_[len++] = digit;
    length += (digit & 127) * multiplier;
    multiplier <<= 7;
  } while ((digit & 128) != 0);
  *lengthLength = (uint8_t)(len - 1);
  uint32_t start = 0;
  if (isPublish) {
    if (!readByte(&buffer_[len])) return 0;
    len++;
    if (!readByte(&buffer_[len])) return 0;
    len++;
    start = 2;
  }
  uint32_t idx = len;
  for (uint32_t i = start; i < length; i++) {
    if (!readByte(&digit)) return 0;
    if (len < bufferSize_) buffer_[len++] = digit;
    idx++;
  }
  if (idx > bufferSize_) len = 0;  // too large for the buffer: ignored
  return len;
}

size_t PubSubClient::buildHeader(uint8_t header, uint16_t length) {
  uint8_t lenBuf[4];
  uint8_t llen = 0;
  uint16_t len = length;
  do {
    uint8_t digit = len & 127;
    len >>= 7;
    if (len > 0) digit |= 0x80;
    lenBuf[llen++] = digit;
  } while (len > 0);
  buffer_[4 - llen] = header;
  for (int i = 0; i < llen; i++) buffer_[MQTT_MAX_HEADER_SIZE - llen + i] = lenBuf[i];
  return llen + 1u;
}

bool PubSubClient::writePacket(uint8_t header, uint16_t length) {
  size_t hlen = buildHeader(header, length);
  size_t total = length + hlen;
  size_t written = client_->write(buffer_ + (MQTT_MAX_HEADER_SIZE - hlen), total);
  lastOutActivity_ = now();
  return written == total;
}

bool PubSubClient::loop() {
  if (!connected()) return false;
  uint32_t t = now();
  if (t - lastInActivity_ > keepAlive_ * 1000UL || t - lastOutActivity_ > keepAlive_ * 1000UL) {
    if (pingOutstanding_) {
      state_ = MQTT_CONNECTION_TIMEOUT;
      client_->stop();
      return false;
    }
    buffer_[0] = MQTTPINGREQ;
    buffer_[1] = 0;
    client_->write(buffer_, 2);
    lastOutActivity_ = t;
    lastInActivity_ = t;
    pingOutstanding_ = true;
  }
  if (client_->available()) {
    uint8_t llen;
    uint32_t len = readPacket(&llen);
    if (len > 0) {
      lastInActivity_ = t;
      uint8_t type = buffer_[0] & 0xF0;
      if (type == MQTTPUBLISH) {
        if (callback_ != nullptr) {
          uint16_t tl = (uint16_t)((buffer_[llen + 1] << 8) + buffer_[llen + 2]);
          memmove(buffer_ + llen + 2, buffer_ + llen + 3, tl);  // topic one byte to the front, NUL after it
          buffer_[llen + 2 + tl] = 0;
          char* topic = (char*)buffer_ + llen + 2;
          if ((buffer_[0] & 0x06) == MQTTQOS1) {
            uint16_t msgId = (uint16_t)((buffer_[llen + 3 + tl] << 8) + buffer_[llen + 3 + tl + 1]);
            callback_(context_, topic, buffer_ + llen + 3 + tl + 2, len - llen - 3 - tl - 2);
            buffer_[0] = MQTTPUBACK;
            buffer_[1] = 2;
            buffer_[2] = (uint8_t)(msgId >> 8);
            buffer_[3] = (uint8_t)(msgId & 0xFF);
            client_->write(buffer_, 4);
            lastOutActivity_ = t;
          } else {
            callback_(context_, topic, buffer_ + llen + 3 + tl, len - llen - 3 - tl);
          }
        }
      } else if (type == MQTTPINGREQ) {
        buffer_[0] = MQTTPINGRESP;
        buffer_[1] = 0;
        client_->write(buffer_, 2);
      } else if (type == MQTTPINGRESP) {
        pingOutstanding_ = false;
      }
    } else if (!connected()) {
      return false;
    }
  }
  return true;
}

bool PubSubClient::publish(const char* topic, const char* payload) { return publish(topic, (const uint8_t*)payload, payload ? (unsigned)strnlen(payload, bufferSize_) : 0, false); }
bool PubSubClient::publish(const char* topic, const char* payload, bool retained) {
  return publish(topic, (const uint8_t*)payload, payload ? (unsigned)strnlen(payload, bufferSize_) : 0, retained);
}
bool PubSubClient::publish(const char* topic, const uint8_t* payload, unsigned int plength) { return publish(topic, payload, plength, false); }

bool PubSubClient::publish(const char* topic, const uint8_t* payload, unsigned int plength, bool retained) {
  if (!connected()) return false;
  if (bufferSize_ < MQTT_MAX_HEADER_SIZE + 2 + strnlen(topic, bufferSize_) + plength) return false;  // too long
  uint16_t length = writeString(topic, MQTT_MAX_HEADER_SIZE);
  for (unsigned int i = 0; i < plength; i++) buffer_[length++] = payload[i];
  uint8_t header = MQTTPUBLISH;
  if (retained) header |= 1;
  return writePacket(header, (uint16_t)(length - MQTT_MAX_HEADER_SIZE));
}

bool PubSubClient::subscribe(const char* topic) { return subscribe(topic, 0); }

bool PubSubClient::subscribe(const char* topic, uint8_t qos) {
  if (qos > 1) return false;
  size_t topicLength = strnlen(topic, bufferSize_);
  if (bufferSize_ < 9 + topicLength) return false;  // too long
  if (!connected()) return false;
  uint16_t length = MQTT_MAX_HEADER_SIZE;
  nextMsgId_++;
  if (nextMsgId_ == 0) nextMsgId_ = 1;
  buffer_[length++] = (uint8_t)(nextMsgId_ >> 8);
  buffer_[length++] = (uint8_t)(nextMsgId_ & 0xFF);
  length = writeString(topic, length);
  buffer_[length++] = qos;
  return writePacket(MQTTSUBSCRIBE | MQTTQOS1, (uint16_t)(length - MQTT_MAX_HEADER_SIZE));
}

bool PubSubClient::unsubscribe(const char* topic) {
  size_t topicLength = strnlen(topic, bufferSize_);
  if (bufferSize_ < 9 + topicLength) return false;
  if (!connected()) return false;
  uint16_t length = MQTT_MAX_HEADER_SIZE;
  nextMsgId_++;
  if (nextMsgId_ == 0) nextMsgId_ = 1;
  buffer_[length++] = (uint8_t)(nextMsgId_ >> 8);
  buffer_[length++] = (uint8_t)(nextMsgId_ & 0xFF);
  length = writeString(topic, length);
  return writePacket(MQTTUNSUBSCRIBE | MQTTQOS1, (uint16_t)(length - MQTT_MAX_HEADER_SIZE));
}

void PubSubClient::disconnect() {
  buffer_[0] = MQTTDISCONNECT;
  buffer_[1] = 0;
  if (client_ != nullptr) {
    client_->write(buffer_, 2);
    client_->flush();
    client_->stop();
  }
  state_ = MQTT_DISCONNECTED;
  lastInActivity_ = lastOutActivity_ = now();
}

bool PubSubClient::connected() {
  if (client_ == nullptr) return false;
  bool rc = client_->connected() != 0;
  if (!rc) {
    if (state_ == MQTT_CONNECTED) {
      state_ = MQTT_CONNECTION_LOST;
      client_->flush();
      client_->stop();
    }
  }
  return rc;
}
#endif
