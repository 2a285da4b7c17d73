// See host_ota.h. Follows ArduinoOTAClass::_onRx and _runUpdate step by step; Updater's checks (first byte
// 0xE9 for a flash image, size within the free sketch space, MD5 of what arrived) and error texts.
#if !defined(ESP8266)
#include "host_ota.h"

#include <arpa/inet.h>
#include <bearssl.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

unsigned long micros(void);
void delay(unsigned long ms);

namespace tsd_ota {
namespace {
const uint32_t kFlashSize = 4u << 20;
// The free sketch space of a 4 MB board with a 1 MB sketch area.
const int kMaxSketchSpace = 1 << 20;

void md5Hex(const void* data, size_t length, char out[33]) {
  br_md5_context ctx;
  br_md5_init(&ctx);
  br_md5_update(&ctx, data, length);
  unsigned char digest[16];
  br_md5_out(&ctx, digest);
  for (int i = 0; i < 16; i++) snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

// The library's parseInt()/readStringUntil() over the datagram.
struct Reader {
  const char* p;
  const char* end;
  int peek() const { return p < end ? (unsigned char)*p : -1; }
  int read() { return p < end ? (unsigned char)*p++ : -1; }
  int parseInt() {
    char data[16];
    while (peek() == ' ') read();
    for (size_t i = 0; i < sizeof data; i++) {
      int c = peek();
      if (c < '0' || c > '9') {
        data[i] = 0;
        return atoi(data);
      }
      data[i] = (char)read();
    }
    return 0;
  }
  size_t readUntil(char stop, char* out, size_t cap) {
    size_t n = 0;
    for (;;) {
      int c = read();
      if (c < 0 || c == 0 || c == stop) break;
      if (n + 1 < cap) out[n++] = (char)c;
    }
    out[n] = 0;
    return n;
  }
};

void trim(char* s) {
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r' || s[n - 1] == '\n' || s[n - 1] == '\t')) s[--n] = 0;
  size_t start = 0;
  while (s[start] == ' ' || s[start] == '\t') start++;
  if (start) memmove(s, s + start, n - start + 1);
}

bool writeFlashFile(const uint8_t* image, size_t length) {
  const char* path = getenv("TSDUINO_FLASH_FILE");
  if (path == nullptr || *path == 0) path = "tsduino-flash.bin";
  int fd = open(path, O_RDWR | O_CREAT, 0644);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0 || (uint64_t)st.st_size != kFlashSize) {
    if (ftruncate(fd, 0) != 0) { close(fd); return false; }
    static uint8_t erased[4096];
    memset(erased, 0xff, sizeof erased);
    for (uint32_t o = 0; o < kFlashSize; o += sizeof erased) {
      if (pwrite(fd, erased, sizeof erased, o) != (ssize_t)sizeof erased) { close(fd); return false; }
    }
  }
  bool ok = pwrite(fd, image, length, 0) == (ssize_t)length;
  // Rest of the last sector erased, as the flash holds it after the copy.
  size_t tail = (4096 - length % 4096) % 4096;
  if (ok && tail) {
    static uint8_t erased[4096];
    memset(erased, 0xff, sizeof erased);
    ok = pwrite(fd, erased, tail, (off_t)length) == (ssize_t)tail;
  }
  return close(fd) == 0 && ok;
}

void sendText(int fd, const char* text) {
  size_t n = strlen(text);
  while (n > 0) {
    ssize_t w = send(fd, text, n, MSG_NOSIGNAL);
    if (w <= 0) {
      if (w < 0 && (errno == EAGAIN || errno == EINTR)) { delay(1); continue; }
      return;
    }
    text += w;
    n -= (size_t)w;
  }
}
}  // namespace

HostOTA& instance() {
  static HostOTA ota;
  return ota;
}

void HostOTA::setPort(uint16_t port) {
  if (!initialized_ && !port_ && port) port_ = port;
}

void HostOTA::setHostname(const char* hostname) {
  if (!initialized_ && !hostname_[0] && hostname) snprintf(hostname_, sizeof hostname_, "%s", hostname);
}

Text HostOTA::getHostname() const {
  Text t;
  snprintf(t.data, sizeof t.data, "%s", hostname_);
  return t;
}

void HostOTA::setPassword(const char* password) {
  if (!initialized_ && !password_[0] && password) md5Hex(password, strlen(password), password_);
}

void HostOTA::setPasswordHash(const char* md5Hex) {
  if (!initialized_ && !password_[0] && md5Hex) snprintf(password_, sizeof password_, "%s", md5Hex);
}

void HostOTA::begin(bool useMDNS) {
  (void)useMDNS;  // no mDNS on the host: upload to 127.0.0.1
  if (initialized_) return;
  if (!hostname_[0]) snprintf(hostname_, sizeof hostname_, "esp8266-%06x", 0xc2a19au);
  if (!port_) port_ = 8266;
  udp_ = socket(AF_INET, SOCK_DGRAM, 0);
  if (udp_ < 0) return;
  int one = 1;
  setsockopt(udp_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port_);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(udp_, (sockaddr*)&addr, sizeof addr) != 0) {
    fprintf(stderr, "[OTA] cannot listen on UDP port %u: %s\n", (unsigned)port_, strerror(errno));
    close(udp_);
    udp_ = -1;
    return;
  }
  fcntl(udp_, F_SETFL, fcntl(udp_, F_GETFL) | O_NONBLOCK);
  initialized_ = true;
  state_ = IDLE;
}

void HostOTA::end() {
  if (!initialized_) return;
  initialized_ = false;
  if (udp_ >= 0) close(udp_);
  udp_ = -1;
  state_ = IDLE;
}

void HostOTA::handle() {
  if (udp_ >= 0) {
    // The board gets datagrams from lwIP's callback; here they are read when the sketch calls handle().
    char buf[512];
    sockaddr_in from{};
    socklen_t fromLen = sizeof from;
    ssize_t n;
    while ((n = recvfrom(udp_, buf, sizeof buf - 1, 0, (sockaddr*)&from, &fromLen)) > 0) {
      buf[n] = 0;
      onRx(buf, (size_t)n, from.sin_addr.s_addr, ntohs(from.sin_port));
      fromLen = sizeof from;
    }
  }
  if (state_ == RUNUPDATE) {
    runUpdate();
    state_ = IDLE;
  }
}

void HostOTA::reply(const char* text) {
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(otaUdpPort_);
  to.sin_addr.s_addr = otaAddr_;
  sendto(udp_, text, strlen(text), 0, (sockaddr*)&to, sizeof to);
}

void HostOTA::fail(ota_error_t error) {
  if (callbacks_.error) callbacks_.error(callbacks_.context, error);
}

void HostOTA::onRx(const char* message, size_t length, uint32_t fromAddr, uint16_t fromPort) {
  Reader r{message, message + length};
  if (state_ == IDLE) {
    int cmd = r.parseInt();
    if (cmd != U_FLASH && cmd != U_FS) return;
    otaAddr_ = fromAddr;
    cmd_ = cmd;
    otaPort_ = (uint16_t)r.parseInt();
    otaUdpPort_ = fromPort;
    size_ = r.parseInt();
    r.read();
    char md5[64];
    r.readUntil('\n', md5, sizeof md5);
    trim(md5);
    if (strlen(md5) != 32) return;
    memcpy(md5_, md5, 33);
    if (password_[0]) {
      char now[24];
      snprintf(now, sizeof now, "%lu", micros());
      md5Hex(now, strlen(now), nonce_);
      char authReq[38];
      snprintf(authReq, sizeof authReq, "AUTH %s", nonce_);
      reply(authReq);
      state_ = WAITAUTH;
      return;
    }
    state_ = RUNUPDATE;
  } else if (state_ == WAITAUTH) {
    int cmd = r.parseInt();
    if (cmd != U_AUTH) {
      state_ = IDLE;
      return;
    }
    r.read();
    char cnonce[64], response[64];
    size_t cl = r.readUntil(' ', cnonce, sizeof cnonce);
    size_t rl = r.readUntil('\n', response, sizeof response);
    if (cl != 32 || rl != 32) {
      state_ = IDLE;
      return;
    }
    char challenge[32 + 1 + 32 + 1 + 32 + 1];
    snprintf(challenge, sizeof challenge, "%s:%s:%s", password_, nonce_, cnonce);
    char result[33];
    md5Hex(challenge, strlen(challenge), result);
    unsigned char diff = 0;  // equalsConstantTime
    for (int i = 0; i < 32; i++) diff |= (unsigned char)(result[i] ^ response[i]);
    if (diff == 0) {
      state_ = RUNUPDATE;
    } else {
      reply("Authentication Failed");
      fail(OTA_AUTH_ERROR);
      state_ = IDLE;
    }
  }
}

void HostOTA::runUpdate() {
  // Update.begin(size, command)
  const char* beginError = nullptr;
  if (size_ <= 0) beginError = "ERROR[5]: Bad Size Given";
  else if (cmd_ == U_FLASH && size_ > kMaxSketchSpace) beginError = "ERROR[4]: Not Enough Space";
  if (beginError) {
    fail(OTA_BEGIN_ERROR);
    char msg[80];
    snprintf(msg, sizeof msg, "ERR: %s\n", beginError);
    reply(msg);
    delay(100);
    state_ = IDLE;
    return;
  }
  reply("OK");
  delay(100);
  if (callbacks_.start) callbacks_.start(callbacks_.context);
  if (callbacks_.progress) callbacks_.progress(callbacks_.context, 0, (unsigned)size_);

  int client = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(otaPort_);
  to.sin_addr.s_addr = otaAddr_;
  if (client < 0 || connect(client, (sockaddr*)&to, sizeof to) != 0) {
    if (client >= 0) close(client);
    fail(OTA_CONNECT_ERROR);
    state_ = IDLE;
    return;
  }
  int one = 1;
  setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // client.setNoDelay(true)
  uint8_t* image = (uint8_t*)malloc((size_t)size_);
  int total = 0;
  bool magicOk = true;
  while (image != nullptr && total < size_) {
    pollfd pfd{client, POLLIN, 0};
    int waited = 1000;  // the library waits up to 1000 × delay(1) for data
    while (waited-- > 0 && poll(&pfd, 1, 0) == 0) delay(1);
    if (waited < 0) break;
    ssize_t n = recv(client, image + total, (size_t)(size_ - total), 0);
    if (n <= 0) break;
    if (total == 0 && cmd_ == U_FLASH && image[0] != 0xE9) magicOk = false;
    total += (int)n;
    char count[16];
    snprintf(count, sizeof count, "%d", (int)n);  // client.print(written, DEC)
    sendText(client, count);
    if (callbacks_.progress) callbacks_.progress(callbacks_.context, (unsigned)total, (unsigned)size_);
    if (!magicOk) break;
  }
  // Update.end(): all bytes there, magic byte, MD5 as announced; then the image is in flash.
  char error[160] = {0};
  if (image == nullptr) snprintf(error, sizeof error, "ERROR[14]: Out of memory\n");
  else if (!magicOk) snprintf(error, sizeof error, "ERROR[10]: Magic byte is not 0xE9\n");
  else if (total < size_) snprintf(error, sizeof error, "ERROR[6]: Stream Read Timeout\n");
  else {
    char got[33];
    md5Hex(image, (size_t)total, got);
    if (strcmp(got, md5_) != 0) {
      snprintf(error, sizeof error, "ERROR[7]: MD5 verification failed: expected: %s, calculated: %s\n", md5_, got);
    } else if (cmd_ == U_FLASH && !writeFlashFile(image, (size_t)total)) {
      snprintf(error, sizeof error, "ERROR[1]: Flash Write Failed\n");
    }
  }
  free(image);
  if (error[0] == 0) {
    delay(1000);
    sendText(client, "OK");
    delay(1000);
    close(client);
    if (callbacks_.end) callbacks_.end(callbacks_.context);
    if (rebootOnSuccess_) {
      delay(100);
      fflush(stdout);
      fprintf(stderr, "[OTA] update written to the flash file; restarting (the host program ends)\n");
      exit(0);
    }
  } else {
    fail(OTA_END_ERROR);
    sendText(client, error);
    close(client);
    state_ = IDLE;
  }
}

}  // namespace tsd_ota
#endif
