// Declaration-only copy of the ESP8266 core's WiFiClientSecure.h with what it brings in:
// BearSSLHelpers.h's X509List and WiFiClientSecureBearSSL.h's BearSSL::WiFiClientSecure (3.1.2), public API
// used by sketches: same names, overloads and defaults; `using namespace BearSSL` as the real header.
#ifndef wificlientbearssl_h
#define wificlientbearssl_h
#include <time.h>
#include "WiFiClient.h"

struct br_x509_certificate;
struct br_x509_trust_anchor;

namespace BearSSL {

class X509List {
  public:
    X509List();
    X509List(const char *pemCert);
    X509List(const uint8_t *derCert, size_t derLen);
    X509List(Stream& stream, size_t size);
    ~X509List();

    bool append(const char *pemCert);
    bool append(const uint8_t *derCert, size_t derLen);

    size_t getCount() const {
      return _count;
    }
    const br_x509_certificate *getX509Certs() const {
      return _cert;
    }
    const br_x509_trust_anchor *getTrustAnchors() const {
      return _ta;
    }

  private:
    X509List(const X509List& that) = delete;
    X509List & operator=(const X509List& that) = delete;

    size_t _count;
    br_x509_certificate *_cert;
    br_x509_trust_anchor *_ta;
};

class WiFiClientSecure : public WiFiClient {
  public:
    WiFiClientSecure();
    WiFiClientSecure(const WiFiClientSecure &rhs);
    ~WiFiClientSecure() override;

    int connect(IPAddress ip, uint16_t port) override;
    int connect(const String& host, uint16_t port) override;
    int connect(const char* name, uint16_t port) override;

    uint8_t connected() override;
    size_t write(const uint8_t *buf, size_t size) override;
    size_t write_P(PGM_P buf, size_t size) override;
    size_t write(uint8_t b) override { return write(&b, 1); }
    int read(uint8_t *buf, size_t size) override;
    int available() override;
    int read() override;
    int peek() override;
    size_t peekBytes(uint8_t *buffer, size_t length) override;
    void flush() override { (void)flush(0); }
    void stop() override { (void)stop(0); }
    bool flush(unsigned int maxWaitMs);
    bool stop(unsigned int maxWaitMs);

    void setSession(void *session);
    void setInsecure();
    bool setFingerprint(const uint8_t fingerprint[20]);
    bool setFingerprint(const char *fpStr);
    void allowSelfSignedCerts();
    void setTrustAnchors(const X509List *ta);
    void setX509Time(time_t now);
    void setBufferSizes(int recv, int xmit);
    int getLastSSLError(char *dest = NULL, size_t len = 0);

    using Print::write;
};

}  // namespace BearSSL

using namespace BearSSL;

#endif
