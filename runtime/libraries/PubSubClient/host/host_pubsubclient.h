// Host implementation of knolleary/pubsubclient 2.8's PubSubClient (src/PubSubClient.h): MQTT 3.1.1 over
// the host WiFiClient with the library's names, defaults (256-byte buffer, 15 s keepalive and socket
// timeout), state() codes and behaviour: connect() waits for CONNACK; loop() handles one incoming packet per
// call, sends PINGREQ after keepAlive seconds of silence and drops the connection when the ping is not
// answered; publish is QoS 0; subscribe sends SUBSCRIBE without waiting for SUBACK; QoS 1 messages are
// acknowledged with PUBACK; packets larger than the buffer are skipped.
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "../../WiFiClient/host/host_wifi_client.h"

#define MQTT_VERSION_3_1 3
#define MQTT_VERSION_3_1_1 4
#define MQTT_VERSION MQTT_VERSION_3_1_1
#define MQTT_MAX_PACKET_SIZE 256
#define MQTT_KEEPALIVE 15
#define MQTT_SOCKET_TIMEOUT 15

#define MQTT_CONNECTION_TIMEOUT -4
#define MQTT_CONNECTION_LOST -3
#define MQTT_CONNECT_FAILED -2
#define MQTT_DISCONNECTED -1
#define MQTT_CONNECTED 0
#define MQTT_CONNECT_BAD_PROTOCOL 1
#define MQTT_CONNECT_BAD_CLIENT_ID 2
#define MQTT_CONNECT_UNAVAILABLE 3
#define MQTT_CONNECT_BAD_CREDENTIALS 4
#define MQTT_CONNECT_UNAUTHORIZED 5

#define MQTT_MAX_HEADER_SIZE 5

class PubSubClient {
 public:
  typedef void (*Callback)(void* context, char* topic, uint8_t* payload, unsigned int length);

  PubSubClient();
  explicit PubSubClient(WiFiClient& client);
  ~PubSubClient();
  PubSubClient(const PubSubClient&) = delete;
  PubSubClient& operator=(const PubSubClient&) = delete;

  PubSubClient& setServer(const char* domain, uint16_t port);
  PubSubClient& setCallback(Callback callback, void* context);
  PubSubClient& setClient(WiFiClient& client);
  PubSubClient& setKeepAlive(uint16_t keepAlive);
  PubSubClient& setSocketTimeout(uint16_t timeout);
  bool setBufferSize(uint16_t size);
  uint16_t getBufferSize() { return bufferSize_; }

  bool connect(const char* id);
  bool connect(const char* id, const char* user, const char* pass);
  bool connect(const char* id, const char* willTopic, uint8_t willQos, bool willRetain, const char* willMessage);
  bool connect(const char* id, const char* user, const char* pass, const char* willTopic, uint8_t willQos, bool willRetain, const char* willMessage);
  bool connect(const char* id, const char* user, const char* pass, const char* willTopic, uint8_t willQos, bool willRetain, const char* willMessage, bool cleanSession);
  void disconnect();
  bool publish(const char* topic, const char* payload);
  bool publish(const char* topic, const char* payload, bool retained);
  bool publish(const char* topic, const uint8_t* payload, unsigned int plength);
  bool publish(const char* topic, const uint8_t* payload, unsigned int plength, bool retained);
  bool subscribe(const char* topic);
  bool subscribe(const char* topic, uint8_t qos);
  bool unsubscribe(const char* topic);
  bool loop();
  bool connected();
  int state() { return state_; }

 private:
  bool readByte(uint8_t* out);
  uint32_t readPacket(uint8_t* lengthLength);
  bool writePacket(uint8_t header, uint16_t length);
  size_t buildHeader(uint8_t header, uint16_t length);
  bool fits(uint16_t at, const char* s);
  uint16_t writeString(const char* s, uint16_t at);
  uint32_t now();

  WiFiClient* client_ = nullptr;
  uint8_t* buffer_ = nullptr;
  uint16_t bufferSize_ = 0;
  uint16_t keepAlive_ = MQTT_KEEPALIVE;
  uint16_t socketTimeout_ = MQTT_SOCKET_TIMEOUT;
  uint16_t nextMsgId_ = 1;
  uint32_t lastOutActivity_ = 0, lastInActivity_ = 0;
  bool pingOutstanding_ = false;
  Callback callback_ = nullptr;
  void* context_ = nullptr;
  char* domain_ = nullptr;
  uint16_t port_ = 0;
  int state_ = MQTT_DISCONNECTED;
};
