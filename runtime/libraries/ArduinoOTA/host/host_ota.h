// Host implementation of the ESP8266 core's ArduinoOTA (libraries/ArduinoOTA/ArduinoOTA.cpp) and the part of
// Updater it uses: the same states (idle, waiting for authentication, running the update), the same UDP
// messages and MD5 challenge, the same TCP loop (count of bytes written sent back after each read, "OK" at
// the end, "ERROR[n]: ..." on failure), over real sockets on 127.0.0.1 (the host board's address). The image
// is checked (first byte 0xE9, size, MD5) and written at 0x0 of the board's flash file (TSDUINO_FLASH_FILE,
// default tsduino-flash.bin, 4 MB, created erased), i.e. where the board's eboot copies it when it restarts.
// "Restarting" ends the host program (exit status 0). No tsduino runtime types: C callbacks with a context.
#pragma once
#include <stddef.h>
#include <stdint.h>

typedef enum {
  OTA_AUTH_ERROR,
  OTA_BEGIN_ERROR,
  OTA_CONNECT_ERROR,
  OTA_RECEIVE_ERROR,
  OTA_END_ERROR,
  OTA_ERASE_SETTINGS_ERROR
} ota_error_t;

#ifndef U_FLASH
#define U_FLASH 0
#define U_FS 100
#define U_AUTH 200
#endif

namespace tsd_ota {

struct Text {
  char data[72];
  const char* c_str() const { return data; }
};

struct Callbacks {
  void* context = nullptr;
  void (*start)(void* context) = nullptr;
  void (*end)(void* context) = nullptr;
  void (*error)(void* context, ota_error_t error) = nullptr;
  void (*progress)(void* context, unsigned int done, unsigned int total) = nullptr;
};

class HostOTA {
 public:
  void setPort(uint16_t port);
  void setHostname(const char* hostname);
  Text getHostname() const;
  void setPassword(const char* password);
  void setPasswordHash(const char* md5Hex);
  void setRebootOnSuccess(bool reboot) { rebootOnSuccess_ = reboot; }
  void setCallbacks(const Callbacks& callbacks) { callbacks_ = callbacks; }
  Callbacks& callbacks() { return callbacks_; }
  void begin(bool useMDNS = true);
  void end();
  void handle();
  int getCommand() const { return cmd_; }

 private:
  enum State { IDLE, WAITAUTH, RUNUPDATE };
  void onRx(const char* message, size_t length, uint32_t fromAddr, uint16_t fromPort);
  void runUpdate();
  void reply(const char* text);
  void fail(ota_error_t error);

  int udp_ = -1;
  uint16_t port_ = 0;
  char hostname_[64] = {0};
  char password_[33] = {0};  // MD5 hex of the password, as the library keeps it
  char nonce_[33] = {0};
  char md5_[33] = {0};
  bool initialized_ = false;
  bool rebootOnSuccess_ = true;
  State state_ = IDLE;
  int cmd_ = 0;
  int size_ = 0;
  uint32_t otaAddr_ = 0;  // network order
  uint16_t otaPort_ = 0;
  uint16_t otaUdpPort_ = 0;
  Callbacks callbacks_;
};

HostOTA& instance();

}  // namespace tsd_ota
