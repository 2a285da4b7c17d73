// Declaration-only copy of the ESP8266 core's libraries/ArduinoOTA/ArduinoOTA.h public API (same names and
// signatures). Used only to compile generated sketches to xtensa object files.
#ifndef __ARDUINO_OTA_H
#define __ARDUINO_OTA_H

#include <Arduino.h>
#include "tsd_std_function.h"

#define U_FLASH 0
#define U_FS 100
#define U_AUTH 200

typedef enum { OTA_IDLE, OTA_WAITAUTH, OTA_RUNUPDATE } ota_state_t;

typedef enum {
  OTA_AUTH_ERROR,
  OTA_BEGIN_ERROR,
  OTA_CONNECT_ERROR,
  OTA_RECEIVE_ERROR,
  OTA_END_ERROR,
  OTA_ERASE_SETTINGS_ERROR
} ota_error_t;

typedef enum { OTA_ERASE_CFG_NO = 0, OTA_ERASE_CFG_IGNORE_ERROR, OTA_ERASE_CFG_ABORT_ON_ERROR } ota_erase_cfg_t;

class ArduinoOTAClass {
  public:
    typedef std::function<void(void)> THandlerFunction;
    typedef std::function<void(ota_error_t)> THandlerFunction_Error;
    typedef std::function<void(unsigned int, unsigned int)> THandlerFunction_Progress;

    ArduinoOTAClass();
    ~ArduinoOTAClass();
    void setPort(uint16_t port);
    void setHostname(const char *hostname);
    String getHostname();
    void setPassword(const char *password);
    void setPasswordHash(const char *password);
    void setRebootOnSuccess(bool reboot);
    void setEraseConfig(ota_erase_cfg_t eraseConfig = OTA_ERASE_CFG_ABORT_ON_ERROR);
    void onStart(THandlerFunction fn);
    void onEnd(THandlerFunction fn);
    void onError(THandlerFunction_Error fn);
    void onProgress(THandlerFunction_Progress fn);
    void begin(bool useMDNS = true);
    void end();
    void eraseConfigAndReset();
    void handle();
    int getCommand();
};

extern ArduinoOTAClass ArduinoOTA;

#endif /* __ARDUINO_OTA_H */
