// Declaration-only copy of the ESP8266 core's WiFiClient (libraries/ESP8266WiFi/src/WiFiClient.h, 3.1.2),
// public API: same names, overloads and defaults. Used only to compile generated sketches to xtensa object
// files; the board links the real core.
#ifndef wificlient_h
#define wificlient_h
#include "Arduino.h"
#include "Print.h"
#include "Client.h"
#include "IPAddress.h"

#define TCP_DEFAULT_KEEPALIVE_IDLE_SEC          7200
#define TCP_DEFAULT_KEEPALIVE_INTERVAL_SEC      75
#define TCP_DEFAULT_KEEPALIVE_COUNT             9

class ClientContext;
class WiFiServer;

class WiFiClient : public Client {
protected:
  WiFiClient(ClientContext* client);

public:
  WiFiClient();
  virtual ~WiFiClient();
  WiFiClient(const WiFiClient&);
  WiFiClient& operator=(const WiFiClient&);

  virtual uint8_t status();
  virtual int connect(IPAddress ip, uint16_t port) override;
  virtual int connect(const char *host, uint16_t port) override;
  virtual int connect(const String& host, uint16_t port);
  virtual size_t write(uint8_t) override;
  virtual size_t write(const uint8_t *buf, size_t size) override;
  virtual size_t write_P(PGM_P buf, size_t size);

  virtual int available() override;
  virtual int read() override;
  virtual int read(uint8_t* buf, size_t size) override;
  int read(char* buf, size_t size);

  virtual int peek() override;
  virtual size_t peekBytes(uint8_t *buffer, size_t length);
  virtual void flush() override { (void)flush(0); }
  virtual void stop() override { (void)stop(0); }
  bool flush(unsigned int maxWaitMs);
  bool stop(unsigned int maxWaitMs);
  virtual uint8_t connected() override;
  virtual operator bool() override;

  virtual IPAddress remoteIP();
  virtual uint16_t  remotePort();
  virtual IPAddress localIP();
  virtual uint16_t  localPort();

  int availableForWrite();

  using Print::write;

  void     keepAlive (uint16_t idle_sec = TCP_DEFAULT_KEEPALIVE_IDLE_SEC, uint16_t intv_sec = TCP_DEFAULT_KEEPALIVE_INTERVAL_SEC, uint8_t count = TCP_DEFAULT_KEEPALIVE_COUNT);
  void     disableKeepAlive () { keepAlive(0, 0, 0); }
  bool getNoDelay() const;
  void setNoDelay(bool nodelay);
  bool getSync() const;
  void setSync(bool sync);
  void abort();

protected:
  ClientContext* _client;
  WiFiClient* _owned;
};

#endif
