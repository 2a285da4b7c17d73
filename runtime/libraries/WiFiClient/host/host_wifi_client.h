// Host implementation of the ESP8266 core's WiFiClient, BearSSL::WiFiClientSecure and BearSSL::X509List
// (libraries/ESP8266WiFi/src/WiFiClient.h, WiFiClientSecureBearSSL.h, BearSSLHelpers.h): same class names,
// method names and return values, over a POSIX TCP socket and Debian's BearSSL (the transport shared with the
// host WebSocketsClient). connect() blocks until connected (and the TLS handshake is done) or the timeout,
// as on the board; available()/read() never block; write() sends everything or reports 0.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace tsd_ws {
struct Transport;
}

namespace BearSSL {

// PEM certificates kept as text; decoded to trust anchors when a connection starts.
class X509List {
 public:
  X509List();
  explicit X509List(const char* pemCert);
  ~X509List();
  X509List(const X509List&) = delete;
  X509List& operator=(const X509List&) = delete;
  bool append(const char* pemCert);
  size_t getCount() const { return count_; }
  const char* pem() const { return pem_; }

 private:
  char* pem_ = nullptr;
  size_t count_ = 0;
};

}  // namespace BearSSL

class WiFiClient {
 public:
  WiFiClient();
  virtual ~WiFiClient();
  WiFiClient(const WiFiClient&) = delete;
  WiFiClient& operator=(const WiFiClient&) = delete;

  // 1 when connected, 0 on failure (unresolvable host, refused, timeout, TLS failure).
  int connect(const char* host, uint16_t port);
  size_t write(uint8_t b) { return write(&b, 1); }
  size_t write(const uint8_t* buf, size_t size);
  int available();
  int read();
  int read(uint8_t* buf, size_t size);
  int peek();
  // Stream::readBytes: waits up to the timeout for `length` bytes.
  size_t readBytes(uint8_t* buf, size_t length);
  void flush() {}
  void stop();
  // Connected, or closed by the peer with bytes still to read (the core's semantics).
  uint8_t connected();
  explicit operator bool() { return connected() != 0; }
  void setTimeout(unsigned long timeoutMs) { timeout_ = timeoutMs; }
  unsigned long getTimeout() const { return timeout_; }
  void setNoDelay(bool) {}
  uint16_t remotePort() const { return port_; }

 protected:
  // TLS settings of a WiFiClientSecure, or nullptr for plain TCP. `error` explains a refusal to connect.
  virtual bool tlsConfig(void* config, char* error, size_t errorSize);
  virtual bool isSecure() const { return false; }
  virtual void connectFailed(const char* reason);
  virtual void connectSucceeded() {}

 private:
  bool fill(int waitMs);
  tsd_ws::Transport* transport_ = nullptr;
  uint8_t* rx_ = nullptr;
  size_t rxHead_ = 0, rxTail_ = 0;
  bool peerClosed_ = false;
  unsigned long timeout_ = 1000;  // Stream's default
  uint16_t port_ = 0;
};

namespace BearSSL {

class WiFiClientSecure : public WiFiClient {
 public:
  WiFiClientSecure() {}
  // Accept any server certificate (no authentication at all).
  void setInsecure();
  // Pin the server certificate's SHA-1 (chain and dates not checked, as on the board).
  bool setFingerprint(const uint8_t fingerprint[20]);
  bool setFingerprint(const char* fpStr);
  void allowSelfSignedCerts() {}
  // Verify the chain, host name and dates against these roots. The list must outlive the client.
  void setTrustAnchors(const X509List* ta);
  void setBufferSizes(int, int) {}
  // The last TLS failure (0 none); its text in `dest`.
  int getLastSSLError(char* dest = nullptr, size_t len = 0);

 protected:
  bool tlsConfig(void* config, char* error, size_t errorSize) override;
  bool isSecure() const override { return true; }
  void connectFailed(const char* reason) override;
  void connectSucceeded() override { lastError_ = 0; }

 private:
  bool insecure_ = false;
  bool useFingerprint_ = false;
  uint8_t fingerprint_[20] = {0};
  const X509List* ta_ = nullptr;
  int lastError_ = 0;
  char lastErrorText_[160] = {0};
};

}  // namespace BearSSL

using namespace BearSSL;  // as the core's WiFiClientSecure.h
