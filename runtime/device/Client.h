// Declaration-only copy of the ESP8266 core's Client (cores/esp8266/Client.h): the interface PubSubClient
// and HTTPClient talk to. `override` is left out where this folder's Stream/Print stand-ins do not declare
// the base function.
#ifndef client_h
#define client_h
#include "Print.h"
#include "Stream.h"
#include "IPAddress.h"

class Client: public Stream {
    public:
        virtual int connect(IPAddress ip, uint16_t port) = 0;
        virtual int connect(const char *host, uint16_t port) = 0;
        virtual size_t write(uint8_t) override = 0;
        virtual size_t write(const uint8_t *buf, size_t size) override = 0;
        virtual int available() override = 0;
        virtual int read() override = 0;
        virtual int read(uint8_t *buf, size_t size) = 0;
        virtual int peek() override = 0;
        virtual void flush() = 0;
        virtual void stop() = 0;
        virtual uint8_t connected() = 0;
        virtual operator bool() = 0;
};

#endif
