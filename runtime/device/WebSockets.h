// Declaration-only copy of Links2004/arduinoWebSockets src/WebSockets.h (the parts a sketch sees): the
// WStype_t / WSopcode_t enums and limits with the library's names and values, as configured for the ESP8266
// (NETWORK_ESP8266 with BearSSL). Used only to compile generated sketches to xtensa object files.
#ifndef WEBSOCKETS_H_
#define WEBSOCKETS_H_

#include <Arduino.h>
#include "tsd_std_function.h"

#define WEBSOCKETS_MAX_DATA_SIZE (15 * 1024)
#define WEBSOCKETS_TCP_TIMEOUT (5000)
#define WEBSOCKETS_MAX_HEADER_SIZE (14)
#define NETWORK_ESP8266 (1)
#define WEBSOCKETS_NETWORK_TYPE NETWORK_ESP8266
#define HAS_SSL
#define SSL_BARESSL

#ifndef DEBUG_WEBSOCKETS
#define DEBUG_WEBSOCKETS(...)
#define NODEBUG_WEBSOCKETS
#endif

typedef enum {
    WSC_NOT_CONNECTED,
    WSC_HEADER,
    WSC_BODY,
    WSC_CONNECTED
} WSclientsStatus_t;

typedef enum {
    WStype_ERROR,
    WStype_DISCONNECTED,
    WStype_CONNECTED,
    WStype_TEXT,
    WStype_BIN,
    WStype_FRAGMENT_TEXT_START,
    WStype_FRAGMENT_BIN_START,
    WStype_FRAGMENT,
    WStype_FRAGMENT_FIN,
    WStype_PING,
    WStype_PONG,
} WStype_t;

typedef enum {
    WSop_continuation = 0x00,
    WSop_text         = 0x01,
    WSop_binary       = 0x02,
    WSop_close        = 0x08,
    WSop_ping         = 0x09,
    WSop_pong         = 0x0A
} WSopcode_t;

class WebSockets {
  protected:
    virtual ~WebSockets() {}
};

#endif /* WEBSOCKETS_H_ */
