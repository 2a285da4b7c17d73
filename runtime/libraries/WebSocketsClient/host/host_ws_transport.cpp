// Non-blocking TCP + BearSSL transport for the host WebSocketsClient. TLS trust comes from PEM certificates
// decoded into BearSSL trust anchors at connect time (br_x509_minimal: chain, host name, validity dates
// against the system clock), or from a SHA-1 pin of the server certificate (the ESP8266 core's
// setFingerprint(): chain and dates are not checked, as on the board). A failed check closes the engine:
// there is no fallback to an unverified connection.
#if !defined(ESP8266)  // host only: never compiled into the board's sketch
#include "host_ws_transport.h"

#include <bearssl.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

namespace tsd_ws {

uint32_t monotonicMillis() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint32_t)((uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u);
}

namespace {

// ---- growable byte buffer (PEM/DER decoding sinks) ----
struct Bytes {
  unsigned char* data = nullptr;
  size_t length = 0;
  size_t capacity = 0;
  void append(const void* src, size_t n) {
    if (length + n > capacity) {
      size_t next = capacity ? capacity * 2 : 256;
      while (next < length + n) next *= 2;
      data = (unsigned char*)realloc(data, next);
      capacity = next;
    }
    memcpy(data + length, src, n);
    length += n;
  }
  unsigned char* take() {
    unsigned char* p = data;
    data = nullptr;
    length = capacity = 0;
    return p;
  }
  ~Bytes() { free(data); }
};

void appendToBytes(void* ctx, const void* src, size_t n) { static_cast<Bytes*>(ctx)->append(src, n); }

struct DerObject {
  char name[128];
  unsigned char* der;
  size_t length;
};

// Decodes every PEM object in `pem`; returns how many were stored in `out` (at most `max`), -1 on bad PEM.
int decodePem(const char* pem, DerObject* out, int max) {
  br_pem_decoder_context pc;
  br_pem_decoder_init(&pc);
  Bytes current;
  int count = 0;
  bool inObject = false;
  size_t total = strlen(pem);
  // A trailing newline makes the decoder report the final END line even when the text lacks one.
  for (int pass = 0; pass < 2; pass++) {
    const unsigned char* buf = pass == 0 ? (const unsigned char*)pem : (const unsigned char*)"\n";
    size_t len = pass == 0 ? total : 1;
    while (len > 0) {
      size_t n = br_pem_decoder_push(&pc, buf, len);
      buf += n;
      len -= n;
      switch (br_pem_decoder_event(&pc)) {
        case BR_PEM_BEGIN_OBJ:
          inObject = true;
          current.length = 0;
          br_pem_decoder_setdest(&pc, appendToBytes, &current);
          if (count < max) snprintf(out[count].name, sizeof out[count].name, "%s", br_pem_decoder_name(&pc));
          break;
        case BR_PEM_END_OBJ:
          if (inObject && count < max) {
            out[count].length = current.length;
            out[count].der = current.take();
            count++;
          }
          inObject = false;
          break;
        case BR_PEM_ERROR:
          for (int i = 0; i < count; i++) free(out[i].der);
          return -1;
        default:
          break;
      }
    }
  }
  return inObject ? -1 : count;
}

bool decodeTrustAnchor(const unsigned char* der, size_t length, br_x509_trust_anchor* ta) {
  Bytes dn;
  br_x509_decoder_context dc;
  br_x509_decoder_init(&dc, appendToBytes, &dn);
  br_x509_decoder_push(&dc, der, length);
  const br_x509_pkey* pk = br_x509_decoder_get_pkey(&dc);
  if (pk == nullptr) return false;
  ta->dn.len = dn.length;
  ta->dn.data = dn.take();
  ta->flags = br_x509_decoder_isCA(&dc) ? BR_X509_TA_CA : 0;
  ta->pkey.key_type = pk->key_type;
  if (pk->key_type == BR_KEYTYPE_RSA) {
    ta->pkey.key.rsa.nlen = pk->key.rsa.nlen;
    ta->pkey.key.rsa.n = (unsigned char*)malloc(pk->key.rsa.nlen);
    memcpy(ta->pkey.key.rsa.n, pk->key.rsa.n, pk->key.rsa.nlen);
    ta->pkey.key.rsa.elen = pk->key.rsa.elen;
    ta->pkey.key.rsa.e = (unsigned char*)malloc(pk->key.rsa.elen);
    memcpy(ta->pkey.key.rsa.e, pk->key.rsa.e, pk->key.rsa.elen);
  } else if (pk->key_type == BR_KEYTYPE_EC) {
    ta->pkey.key.ec.curve = pk->key.ec.curve;
    ta->pkey.key.ec.qlen = pk->key.ec.qlen;
    ta->pkey.key.ec.q = (unsigned char*)malloc(pk->key.ec.qlen);
    memcpy(ta->pkey.key.ec.q, pk->key.ec.q, pk->key.ec.qlen);
  } else {
    free(ta->dn.data);
    return false;
  }
  return true;
}

void freeTrustAnchor(br_x509_trust_anchor* ta) {
  free(ta->dn.data);
  if (ta->pkey.key_type == BR_KEYTYPE_RSA) {
    free(ta->pkey.key.rsa.n);
    free(ta->pkey.key.rsa.e);
  } else {
    free(ta->pkey.key.ec.q);
  }
}

// ---- fingerprint pinning: the ESP8266 core's BearSSL::WiFiClientSecure::setFingerprint() semantics ----
struct PinningValidator {
  const br_x509_class* vtable;
  br_sha1_context sha1;
  br_x509_decoder_context decoder;
  int certIndex;
  const uint8_t* expected;  // 20 bytes, or nullptr to accept any certificate (explicit insecure mode)
  uint8_t actual[20];
  br_x509_pkey pkey;
  unsigned char keyCopy[600];
};

void pinStartChain(const br_x509_class** ctx, const char*) {
  PinningValidator* v = (PinningValidator*)ctx;
  v->certIndex = 0;
}
void pinStartCert(const br_x509_class** ctx, uint32_t) {
  PinningValidator* v = (PinningValidator*)ctx;
  if (v->certIndex == 0) {
    br_sha1_init(&v->sha1);
    br_x509_decoder_init(&v->decoder, nullptr, nullptr);
  }
}
void pinAppend(const br_x509_class** ctx, const unsigned char* buf, size_t len) {
  PinningValidator* v = (PinningValidator*)ctx;
  if (v->certIndex == 0) {
    br_sha1_update(&v->sha1, buf, len);
    br_x509_decoder_push(&v->decoder, buf, len);
  }
}
void pinEndCert(const br_x509_class** ctx) {
  PinningValidator* v = (PinningValidator*)ctx;
  if (v->certIndex == 0) br_sha1_out(&v->sha1, v->actual);
  v->certIndex++;
}
unsigned pinEndChain(const br_x509_class** ctx) {
  PinningValidator* v = (PinningValidator*)ctx;
  const br_x509_pkey* pk = br_x509_decoder_get_pkey(&v->decoder);
  if (pk == nullptr) return BR_ERR_X509_EMPTY_CHAIN;
  if (v->expected != nullptr && memcmp(v->expected, v->actual, 20) != 0) return BR_ERR_X509_NOT_TRUSTED;
  // The decoder's key points into its own buffer; copy it so the engine can use it after the chain.
  v->pkey = *pk;
  if (pk->key_type == BR_KEYTYPE_RSA && pk->key.rsa.nlen + pk->key.rsa.elen <= sizeof v->keyCopy) {
    memcpy(v->keyCopy, pk->key.rsa.n, pk->key.rsa.nlen);
    memcpy(v->keyCopy + pk->key.rsa.nlen, pk->key.rsa.e, pk->key.rsa.elen);
    v->pkey.key.rsa.n = v->keyCopy;
    v->pkey.key.rsa.e = v->keyCopy + pk->key.rsa.nlen;
  } else if (pk->key_type == BR_KEYTYPE_EC && pk->key.ec.qlen <= sizeof v->keyCopy) {
    memcpy(v->keyCopy, pk->key.ec.q, pk->key.ec.qlen);
    v->pkey.key.ec.q = v->keyCopy;
  } else {
    return BR_ERR_X509_UNSUPPORTED;
  }
  return 0;
}
const br_x509_pkey* pinGetPkey(const br_x509_class* const* ctx, unsigned* usages) {
  PinningValidator* v = (PinningValidator*)ctx;
  if (usages != nullptr) *usages = BR_KEYTYPE_KEYX | BR_KEYTYPE_SIGN;
  return &v->pkey;
}
const br_x509_class kPinningVtable = {sizeof(PinningValidator), pinStartChain, pinStartCert, pinAppend,
                                      pinEndCert,                pinEndChain,   pinGetPkey};

const char* x509ErrorText(int err) {
  switch (err) {
    case BR_ERR_X509_NOT_TRUSTED: return "certificate not trusted (unknown CA or fingerprint mismatch)";
    case BR_ERR_X509_BAD_SERVER_NAME: return "certificate does not match the host name";
    case BR_ERR_X509_EXPIRED: return "certificate expired or not yet valid";
    case BR_ERR_X509_TIME_UNKNOWN: return "certificate validity could not be checked (no clock)";
    case BR_ERR_X509_NOT_CA: return "issuer is not a CA";
    case BR_ERR_X509_FORBIDDEN_KEY_USAGE: return "certificate key usage forbids TLS";
    case BR_ERR_X509_WEAK_PUBLIC_KEY: return "certificate public key too weak";
    case BR_ERR_X509_UNSUPPORTED: return "certificate uses an unsupported algorithm";
    case BR_ERR_X509_EMPTY_CHAIN: return "server sent no certificate";
    case BR_ERR_BAD_VERSION: return "unsupported TLS version";
    case BR_ERR_BAD_SIGNATURE: return "bad handshake signature";
    default: return nullptr;
  }
}

}  // namespace

struct Transport {
  int fd = -1;
  bool connected = false;  // TCP established
  bool tls = false;
  bool peerClosed = false;
  uint32_t started = 0;
  br_ssl_client_context sc;
  br_x509_minimal_context xc;
  PinningValidator pin;
  br_x509_trust_anchor anchors[8];
  int anchorCount = 0;
  br_x509_certificate clientChain[4];
  int clientChainLength = 0;
  br_skey_decoder_context clientKey;
  unsigned char* iobuf = nullptr;
  char host[256];
};

static void fail(char* error, size_t errorSize, const char* what, const char* detail) {
  if (error != nullptr && errorSize > 0) snprintf(error, errorSize, "%s%s%s", what, detail ? ": " : "", detail ? detail : "");
}

static bool setupTls(Transport* t, const TlsConfig* tls, char* error, size_t errorSize) {
  if (tls->caPem != nullptr) {
    DerObject objects[8];
    int n = decodePem(tls->caPem, objects, 8);
    if (n <= 0) {
      fail(error, errorSize, "CA certificate is not valid PEM", nullptr);
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (strcmp(objects[i].name, "CERTIFICATE") == 0 && decodeTrustAnchor(objects[i].der, objects[i].length, &t->anchors[t->anchorCount])) t->anchorCount++;
      free(objects[i].der);
    }
    if (t->anchorCount == 0) {
      fail(error, errorSize, "CA certificate could not be decoded", nullptr);
      return false;
    }
  }
  br_ssl_client_init_full(&t->sc, &t->xc, t->anchors, (size_t)t->anchorCount);
  if (tls->caPem != nullptr) {
    time_t now = time(nullptr);
    br_x509_minimal_set_time(&t->xc, (uint32_t)(now / 86400 + 719528), (uint32_t)(now % 86400));
  } else {
    t->pin.vtable = &kPinningVtable;
    t->pin.expected = tls->fingerprint;
    br_ssl_engine_set_x509(&t->sc.eng, &t->pin.vtable);
  }
  if (tls->clientCertPem != nullptr && tls->clientKeyPem != nullptr) {
    DerObject objects[4];
    int n = decodePem(tls->clientCertPem, objects, 4);
    for (int i = 0; i < n; i++) {
      t->clientChain[t->clientChainLength].data = objects[i].der;
      t->clientChain[t->clientChainLength].data_len = objects[i].length;
      t->clientChainLength++;
    }
    DerObject key[1];
    int k = decodePem(tls->clientKeyPem, key, 1);
    if (n <= 0 || k != 1) {
      if (k == 1) free(key[0].der);
      fail(error, errorSize, "client certificate or key is not valid PEM", nullptr);
      return false;
    }
    br_skey_decoder_init(&t->clientKey);
    br_skey_decoder_push(&t->clientKey, key[0].der, key[0].length);
    free(key[0].der);
    if (br_skey_decoder_key_type(&t->clientKey) == BR_KEYTYPE_RSA) {
      br_ssl_client_set_single_rsa(&t->sc, t->clientChain, (size_t)t->clientChainLength,
                                   br_skey_decoder_get_rsa(&t->clientKey), br_rsa_pkcs1_sign_get_default());
    } else if (br_skey_decoder_key_type(&t->clientKey) == BR_KEYTYPE_EC) {
      br_ssl_client_set_single_ec(&t->sc, t->clientChain, (size_t)t->clientChainLength,
                                  br_skey_decoder_get_ec(&t->clientKey), BR_KEYTYPE_KEYX | BR_KEYTYPE_SIGN,
                                  BR_KEYTYPE_EC, br_ec_get_default(), br_ecdsa_sign_asn1_get_default());
    } else {
      fail(error, errorSize, "client private key could not be decoded", nullptr);
      return false;
    }
  }
  t->iobuf = (unsigned char*)malloc(BR_SSL_BUFSIZE_BIDI);
  br_ssl_engine_set_buffer(&t->sc.eng, t->iobuf, BR_SSL_BUFSIZE_BIDI, 1);
  if (!br_ssl_client_reset(&t->sc, t->host, 0)) {
    fail(error, errorSize, "TLS engine reset failed", nullptr);
    return false;
  }
  return true;
}

Transport* transportOpen(const char* host, uint16_t port, const TlsConfig* tls, char* error, size_t errorSize) {
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  char service[8];
  snprintf(service, sizeof service, "%u", (unsigned)port);
  struct addrinfo* res = nullptr;
  int gai = getaddrinfo(host, service, &hints, &res);
  if (gai != 0 || res == nullptr) {
    fail(error, errorSize, "cannot resolve host", gai_strerror(gai));
    return nullptr;
  }
  Transport* t = new Transport();
  snprintf(t->host, sizeof t->host, "%s", host);
  t->started = monotonicMillis();
  t->fd = socket(res->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  int one = 1;
  setsockopt(t->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  int rc = connect(t->fd, res->ai_addr, res->ai_addrlen);
  freeaddrinfo(res);
  if (rc != 0 && errno != EINPROGRESS) {
    fail(error, errorSize, "connect failed", strerror(errno));
    transportClose(t);
    return nullptr;
  }
  t->connected = rc == 0;
  if (tls != nullptr) {
    t->tls = true;
    if (!setupTls(t, tls, error, errorSize)) {
      transportClose(t);
      return nullptr;
    }
  }
  return t;
}

// Moves TLS records between the engine and the socket without blocking. Returns false on a socket error.
static bool pumpRecords(Transport* t) {
  br_ssl_engine_context* eng = &t->sc.eng;
  for (;;) {
    bool progressed = false;
    unsigned st = br_ssl_engine_current_state(eng);
    if (st & BR_SSL_CLOSED) return true;
    if (st & BR_SSL_SENDREC) {
      size_t len;
      unsigned char* buf = br_ssl_engine_sendrec_buf(eng, &len);
      ssize_t n = send(t->fd, buf, len, MSG_NOSIGNAL);
      if (n > 0) {
        br_ssl_engine_sendrec_ack(eng, (size_t)n);
        progressed = true;
      } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        return false;
      }
    }
    st = br_ssl_engine_current_state(eng);
    if ((st & BR_SSL_RECVREC) && !t->peerClosed) {
      size_t len;
      unsigned char* buf = br_ssl_engine_recvrec_buf(eng, &len);
      ssize_t n = recv(t->fd, buf, len, 0);
      if (n > 0) {
        br_ssl_engine_recvrec_ack(eng, (size_t)n);
        progressed = true;
      } else if (n == 0) {
        t->peerClosed = true;
      } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        return false;
      }
    }
    if (!progressed) return true;
  }
}

static int tlsFailure(Transport* t, char* error, size_t errorSize) {
  int err = br_ssl_engine_last_error(&t->sc.eng);
  const char* text = x509ErrorText(err);
  char detail[96];
  if (text == nullptr) {
    if (err >= BR_ERR_SEND_FATAL_ALERT) snprintf(detail, sizeof detail, "fatal TLS alert %d sent", err - BR_ERR_SEND_FATAL_ALERT);
    else if (err >= BR_ERR_RECV_FATAL_ALERT) snprintf(detail, sizeof detail, "the server refused the handshake (TLS alert %d)", err - BR_ERR_RECV_FATAL_ALERT);
    else snprintf(detail, sizeof detail, "BearSSL error %d", err);
    text = detail;
  }
  fail(error, errorSize, "TLS handshake failed", text);
  return -1;
}

int transportPoll(Transport* t, char* error, size_t errorSize) {
  if (!t->connected) {
    struct pollfd p = {t->fd, POLLOUT, 0};
    int r = poll(&p, 1, 0);
    if (r == 0) {
      if (monotonicMillis() - t->started > 5000) {
        fail(error, errorSize, "connect timed out", nullptr);
        return -1;
      }
      return 0;
    }
    int soError = 0;
    socklen_t len = sizeof soError;
    getsockopt(t->fd, SOL_SOCKET, SO_ERROR, &soError, &len);
    if (soError != 0) {
      fail(error, errorSize, "connect failed", strerror(soError));
      return -1;
    }
    t->connected = true;
  }
  if (!t->tls) return 1;
  if (!pumpRecords(t)) {
    fail(error, errorSize, "TLS connection lost", strerror(errno));
    return -1;
  }
  unsigned st = br_ssl_engine_current_state(&t->sc.eng);
  if (st & BR_SSL_CLOSED) return tlsFailure(t, error, errorSize);
  if (st & BR_SSL_SENDAPP) return 1;
  if (t->peerClosed) {
    fail(error, errorSize, "TLS handshake failed", "connection closed by the server");
    return -1;
  }
  if (monotonicMillis() - t->started > 5000) {
    fail(error, errorSize, "TLS handshake timed out", nullptr);
    return -1;
  }
  return 0;
}

int transportRead(Transport* t, uint8_t* out, size_t capacity) {
  if (!t->tls) {
    ssize_t n = recv(t->fd, out, capacity, 0);
    if (n > 0) return (int)n;
    if (n == 0) return -1;
    return (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) ? 0 : -1;
  }
  br_ssl_engine_context* eng = &t->sc.eng;
  if (!pumpRecords(t)) return -1;
  size_t total = 0;
  for (;;) {
    size_t len;
    unsigned char* buf = br_ssl_engine_recvapp_buf(eng, &len);
    if (buf == nullptr || total == capacity) break;
    if (len > capacity - total) len = capacity - total;
    memcpy(out + total, buf, len);
    br_ssl_engine_recvapp_ack(eng, len);
    total += len;
    if (!pumpRecords(t)) return total > 0 ? (int)total : -1;
  }
  if (total > 0) return (int)total;
  if ((br_ssl_engine_current_state(eng) & BR_SSL_CLOSED) || t->peerClosed) return -1;
  return 0;
}

static bool waitWritable(int fd, uint32_t deadline) {
  int32_t remaining = (int32_t)(deadline - monotonicMillis());
  if (remaining <= 0) return false;
  struct pollfd p = {fd, POLLOUT, 0};
  return poll(&p, 1, remaining) > 0;
}

bool transportWrite(Transport* t, const uint8_t* data, size_t length, uint32_t timeoutMs) {
  uint32_t deadline = monotonicMillis() + timeoutMs;
  if (!t->tls) {
    while (length > 0) {
      ssize_t n = send(t->fd, data, length, MSG_NOSIGNAL);
      if (n > 0) {
        data += n;
        length -= (size_t)n;
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
        if (!waitWritable(t->fd, deadline)) return false;
      } else {
        return false;
      }
    }
    return true;
  }
  br_ssl_engine_context* eng = &t->sc.eng;
  while (length > 0) {
    if (br_ssl_engine_current_state(eng) & BR_SSL_CLOSED) return false;
    size_t avail;
    unsigned char* buf = br_ssl_engine_sendapp_buf(eng, &avail);
    if (buf != nullptr) {
      size_t n = length < avail ? length : avail;
      memcpy(buf, data, n);
      br_ssl_engine_sendapp_ack(eng, n);
      data += n;
      length -= n;
      continue;
    }
    if (!pumpRecords(t)) return false;
    if (br_ssl_engine_current_state(eng) & BR_SSL_SENDREC) {
      if (!waitWritable(t->fd, deadline)) return false;
    } else {
      // The engine wants input first (a handshake message); wait briefly for it.
      int32_t remaining = (int32_t)(deadline - monotonicMillis());
      if (remaining <= 0) return false;
      struct pollfd p = {t->fd, POLLIN, 0};
      poll(&p, 1, remaining < 10 ? remaining : 10);
    }
  }
  br_ssl_engine_flush(eng, 0);
  for (;;) {
    if (!pumpRecords(t)) return false;
    unsigned st = br_ssl_engine_current_state(eng);
    if (st & BR_SSL_CLOSED) return false;
    if (!(st & BR_SSL_SENDREC)) return true;
    if (!waitWritable(t->fd, deadline)) return false;
  }
}

void transportClose(Transport* t) {
  if (t == nullptr) return;
  if (t->tls && t->connected && t->iobuf != nullptr && !(br_ssl_engine_current_state(&t->sc.eng) & BR_SSL_CLOSED)) {
    br_ssl_engine_close(&t->sc.eng);
    pumpRecords(t);
  }
  if (t->fd >= 0) close(t->fd);
  for (int i = 0; i < t->anchorCount; i++) freeTrustAnchor(&t->anchors[i]);
  for (int i = 0; i < t->clientChainLength; i++) free(t->clientChain[i].data);
  free(t->iobuf);
  delete t;
}

}  // namespace tsd_ws
#endif  // !ESP8266
