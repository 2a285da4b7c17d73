// Adapter between generated code and PubSubClient (knolleary/pubsubclient 2.8). The network client is the
// core's own WiFiClient / WiFiClientSecure inside the TS object (raw()). Messages reach the sketch as
// callback(topic, payload, length) with the payload copied into a Uint8Array.
#pragma once

#include "../WiFiClient/tsduino_WiFiClient.h"
#if defined(ESP8266)
#include <PubSubClient.h>
#else
#include "host/host_pubsubclient.h"
#endif

class PubSubClientTS {
 public:
  typedef ts::Fn<void(ts::String, ts::Uint8Array, double)> Callback;

  PubSubClientTS() { hook(); }
  template <class C>
  explicit PubSubClientTS(WiFiClientAdapterTS<C>& client) : client_(client.raw()) { hook(); }

  PubSubClientTS& setServer(const ts::String& domain, double port) {
    // The library keeps the pointer: the host name lives here.
    domain_ = ts::String::fromUtf8(domain.c_str());
    client_.setServer(domain_.c_str(), (uint16_t)port);
    return *this;
  }
  PubSubClientTS& setCallback(const Callback& callback) {
    callback_ = callback;
    return *this;
  }
  PubSubClientTS& setCallback(void (*callback)(ts::String, ts::Uint8Array, double)) {
    callback_ = Callback([callback](ts::String topic, ts::Uint8Array payload, double length) { callback(topic, payload, length); });
    return *this;
  }
  template <class C>
  PubSubClientTS& setClient(WiFiClientAdapterTS<C>& client) {
    client_.setClient(client.raw());
    return *this;
  }
  PubSubClientTS& setKeepAlive(double keepAlive) {
    client_.setKeepAlive((uint16_t)keepAlive);
    return *this;
  }
  PubSubClientTS& setSocketTimeout(double timeout) {
    client_.setSocketTimeout((uint16_t)timeout);
    return *this;
  }
  bool setBufferSize(double size) { return client_.setBufferSize((uint16_t)size); }
  double getBufferSize() { return client_.getBufferSize(); }

  bool connect(const ts::String& id) { return client_.connect(id.c_str()); }
  bool connect(const ts::String& id, const ts::String& user, const ts::String& pass) { return client_.connect(id.c_str(), user.c_str(), pass.c_str()); }
  bool connect(const ts::String& id, const ts::String& willTopic, double willQos, bool willRetain, const ts::String& willMessage) {
    return client_.connect(id.c_str(), willTopic.c_str(), (uint8_t)willQos, willRetain, willMessage.c_str());
  }
  bool connect(const ts::String& id, const ts::String& user, const ts::String& pass, const ts::String& willTopic, double willQos, bool willRetain,
               const ts::String& willMessage) {
    return client_.connect(id.c_str(), user.c_str(), pass.c_str(), willTopic.c_str(), (uint8_t)willQos, willRetain, willMessage.c_str());
  }
  bool connect(const ts::String& id, const ts::String& user, const ts::String& pass, const ts::String& willTopic, double willQos, bool willRetain,
               const ts::String& willMessage, bool cleanSession) {
    return client_.connect(id.c_str(), user.c_str(), pass.c_str(), willTopic.c_str(), (uint8_t)willQos, willRetain, willMessage.c_str(), cleanSession);
  }
  void disconnect() { client_.disconnect(); }

  bool publish(const ts::String& topic, const ts::String& payload) { return publish(topic, payload, false); }
  bool publish(const ts::String& topic, const ts::String& payload, bool retained) {
    return client_.publish(topic.c_str(), (const uint8_t*)payload.c_str(), (unsigned int)payload.byteLength(), retained);
  }
  bool publish(const ts::String& topic, const ts::Uint8Array& payload, double plength) { return publish(topic, payload, plength, false); }
  bool publish(const ts::String& topic, const ts::Uint8Array& payload, double plength, bool retained) {
    unsigned int n = plength >= 0 && plength < (double)payload.size() ? (unsigned int)plength : (unsigned int)payload.size();
    return client_.publish(topic.c_str(), (const uint8_t*)payload.data(), n, retained);
  }
  bool subscribe(const ts::String& topic) { return client_.subscribe(topic.c_str()); }
  bool subscribe(const ts::String& topic, double qos) { return client_.subscribe(topic.c_str(), (uint8_t)qos); }
  bool unsubscribe(const ts::String& topic) { return client_.unsubscribe(topic.c_str()); }
  bool loop() { return client_.loop(); }
  bool connected() { return client_.connected(); }
  double state() { return client_.state(); }

 private:
  void hook() {
#if defined(ESP8266)
    client_.setCallback([this](char* topic, uint8_t* payload, unsigned int length) { deliver(topic, payload, length); });
#else
    client_.setCallback(&PubSubClientTS::trampoline, this);
#endif
  }

  void deliver(char* topic, uint8_t* payload, unsigned int length) {
    if (ts::isNullish(callback_)) return;
    ts::Uint8Array bytes = ts::Uint8Array::withLength((double)length);
    if (length > 0) memcpy(bytes.data(), payload, length);
    Callback callback = callback_;  // alive even if the sketch replaces it while it runs
    callback(ts::String::fromUtf8(topic), bytes, (double)length);
  }

#if !defined(ESP8266)
  static void trampoline(void* self, char* topic, uint8_t* payload, unsigned int length) {
    static_cast<PubSubClientTS*>(self)->deliver(topic, payload, length);
  }
#endif

  PubSubClient client_;
  Callback callback_;
  ts::String domain_;
};
