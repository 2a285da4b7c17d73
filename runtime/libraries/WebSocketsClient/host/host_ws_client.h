// Host implementation of Links2004/arduinoWebSockets' WebSocketsClient: the same state machine, events and
// limits (15 KB messages, 500 ms reconnect interval, heartbeat) over POSIX non-blocking TCP with TCP_NODELAY,
// and BearSSL for wss:// (CA trust anchors decoded from PEM at run time, host name and validity dates checked,
// or SHA-1 fingerprint pinning). It knows nothing of the tsduino runtime: events go to a plain C callback, so
// the thin adapter in tsduino_WebSocketsClient.h is the only place that speaks ts::String/ts::Fn.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace tsd_ws {

// Same values and order as WStype_t in WebSockets.h.
enum EventType {
  EV_ERROR = 0,
  EV_DISCONNECTED,
  EV_CONNECTED,
  EV_TEXT,
  EV_BIN,
  EV_FRAGMENT_TEXT_START,
  EV_FRAGMENT_BIN_START,
  EV_FRAGMENT,
  EV_FRAGMENT_FIN,
  EV_PING,
  EV_PONG,
};

static const size_t kMaxDataSize = 15 * 1024;     // WEBSOCKETS_MAX_DATA_SIZE on ESP8266
static const uint32_t kTcpTimeoutMs = 5000;       // WEBSOCKETS_TCP_TIMEOUT

typedef void (*EventCallback)(void* context, int type, uint8_t* payload, size_t length);

struct Transport;  // TCP socket + optional BearSSL engine (host_ws_transport.cpp)

class Client {
 public:
  Client();
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  void begin(const char* host, uint16_t port, const char* url = "/", const char* protocol = "arduino");
  // fingerprint: 20 raw SHA-1 bytes of the server certificate, or nullptr for an unverified connection.
  void beginSSL(const char* host, uint16_t port, const char* url, const uint8_t* fingerprint,
                const char* protocol = "arduino");
  void beginSslWithCA(const char* host, uint16_t port, const char* url, const char* caPem,
                      const char* protocol = "arduino");
  void setSSLClientCertKey(const char* certPem, const char* keyPem);

  void onEvent(EventCallback callback, void* context);
  void loop();

  bool sendTXT(const uint8_t* payload, size_t length);
  bool sendBIN(const uint8_t* payload, size_t length);
  bool sendPing(const uint8_t* payload = nullptr, size_t length = 0);
  void disconnect();

  void setAuthorization(const char* user, const char* password);
  void setAuthorization(const char* auth);
  void setExtraHeaders(const char* extraHeaders);
  void setReconnectInterval(unsigned long ms);
  void enableHeartbeat(uint32_t pingInterval, uint32_t pongTimeout, uint8_t disconnectTimeoutCount);
  void disableHeartbeat();
  bool isConnected() const;

  // The last TLS/handshake failure as text (empty when none), for diagnostics.
  const char* lastError() const { return lastError_; }

 private:
  enum Status { NOT_CONNECTED, CONNECTING, HEADER, CONNECTED };

  void configure(const char* host, uint16_t port, const char* url, const char* protocol);
  void startConnect();
  void sendHandshake();
  void handleHeaderBytes();
  bool parseHandshakeResponse(const char* text, size_t length);
  void handleFrames();
  void handleFrame(uint8_t opcode, bool fin, uint8_t* payload, size_t length);
  void handleHeartbeat();
  bool sendFrame(uint8_t opcode, const uint8_t* payload, size_t length);
  bool readIntoBuffer();
  void clientDisconnect(bool sendClose, uint16_t code);
  void emit(int type, uint8_t* payload, size_t length);
  void setError(const char* message);

  char* host_ = nullptr;
  uint16_t port_ = 0;
  char* url_ = nullptr;
  char* protocol_ = nullptr;
  char* extraHeaders_ = nullptr;
  char* authorization_ = nullptr;  // full value after "Authorization: "
  bool begun_ = false;

  bool ssl_ = false;
  char* caPem_ = nullptr;
  bool pinned_ = false;
  uint8_t fingerprint_[20] = {0};
  char* clientCertPem_ = nullptr;
  char* clientKeyPem_ = nullptr;

  EventCallback callback_ = nullptr;
  void* callbackContext_ = nullptr;

  Transport* transport_ = nullptr;
  Status status_ = NOT_CONNECTED;
  uint32_t generation_ = 0;  // bumped on every disconnect so callbacks can detect a reset under their feet
  unsigned long reconnectInterval_ = 500;
  uint32_t lastConnectionFail_ = 0;
  bool everTried_ = false;
  uint32_t connectStarted_ = 0;
  uint32_t lastHeaderSent_ = 0;
  char key_[25] = {0};

  uint8_t* rx_ = nullptr;  // received, not yet parsed bytes
  size_t rxLength_ = 0;
  size_t rxCapacity_ = 0;
  uint8_t* payload_ = nullptr;  // current frame payload, NUL-terminated
  uint8_t* tx_ = nullptr;       // frame being sent (header + masked payload)
  size_t txCapacity_ = 0;

  uint32_t pingInterval_ = 0;
  uint32_t pongTimeout_ = 0;
  uint8_t disconnectTimeoutCount_ = 0;
  uint8_t pongTimeoutCount_ = 0;
  uint32_t lastPing_ = 0;
  bool pongReceived_ = false;

  char lastError_[160] = {0};
};

}  // namespace tsd_ws
