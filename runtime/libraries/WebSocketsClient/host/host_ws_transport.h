// The byte pipe under the host WebSocketsClient: a non-blocking TCP socket (TCP_NODELAY) and, for wss://,
// a BearSSL client engine pumped without blocking. Connecting and the TLS handshake progress one step per
// transportPoll() call so that WebSocketsClient::loop() never waits on the network.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace tsd_ws {

struct TlsConfig {
  const char* caPem;           // trust anchors (PEM, one or more certificates), or nullptr
  const uint8_t* fingerprint;  // 20-byte SHA-1 pin of the server certificate, or nullptr
  const char* clientCertPem;   // optional client certificate chain (PEM)
  const char* clientKeyPem;    // optional client private key (PEM, RSA or EC)
};

struct Transport;

// Starts a connection; nullptr (with `error` filled) when it fails at once (bad host name, bad CA...).
Transport* transportOpen(const char* host, uint16_t port, const TlsConfig* tls, char* error, size_t errorSize);
// 1: connected (and TLS established), 0: still in progress, -1: failed (`error` filled).
int transportPoll(Transport* t, char* error, size_t errorSize);
// >0 bytes read, 0 nothing waiting, -1 closed by the peer or failed.
int transportRead(Transport* t, uint8_t* out, size_t capacity);
// Writes everything, waiting at most timeoutMs for the socket; false when the connection is gone.
bool transportWrite(Transport* t, const uint8_t* data, size_t length, uint32_t timeoutMs);
void transportClose(Transport* t);

uint32_t monotonicMillis();

}  // namespace tsd_ws
