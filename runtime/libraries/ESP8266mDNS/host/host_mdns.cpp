// Host mDNS responder (RFC 6762 / RFC 6763), enough for what ESP8266 sketches publish: an A record for
// <hostname>.local and, per service, PTR (_service._proto.local and _services._dns-sd._udp.local), SRV and
// TXT. update() answers every waiting question without blocking. Queries from port 5353 get multicast
// answers to 224.0.0.251; queries from another port get a unicast "legacy" answer that repeats the id and
// the question (RFC 6762 section 6.7), which is what a test or `dig -p 5353 @127.0.0.1` sends.
#if !defined(ESP8266)
#include "host_mdns.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tsd_mdns {
namespace {
const int kServices = 8, kTxt = 8;
const uint32_t kTtl = 120;
struct Service {
  char service[32];
  char protocol[8];
  uint16_t port;
  char txt[kTxt][64];
  int txtCount;
};
int sock = -1;
uint16_t port = 5353;
char host[64];
Service services[kServices];
int serviceCount = 0;

const char* bare(const char* s) { return s[0] == '_' ? s + 1 : s; }

// ---- writing a DNS message
struct Writer {
  uint8_t buf[1500];
  size_t len = 0;
  bool ok = true;
  void u8(uint8_t v) {
    if (len < sizeof buf) buf[len++] = v;
    else ok = false;
  }
  void u16(uint16_t v) { u8(uint8_t(v >> 8)), u8(uint8_t(v)); }
  void u32(uint32_t v) { u16(uint16_t(v >> 16)), u16(uint16_t(v)); }
  void label(const char* s, size_t n) {
    u8(uint8_t(n));
    for (size_t i = 0; i < n; i++) u8(uint8_t(s[i]));
  }
  // "a.b.c" as labels, then more labels, then the root.
  void name(const char* dotted) {
    for (const char* p = dotted; *p;) {
      const char* dot = strchr(p, '.');
      size_t n = dot ? size_t(dot - p) : strlen(p);
      label(p, n);
      p += n + (dot ? 1 : 0);
    }
    u8(0);
  }
};

void hostName(char* out, size_t cap) { snprintf(out, cap, "%s.local", host); }
void typeName(const Service& s, char* out, size_t cap) { snprintf(out, cap, "_%s._%s.local", bare(s.service), bare(s.protocol)); }
void instanceName(const Service& s, char* out, size_t cap) { snprintf(out, cap, "%s._%s._%s.local", host, bare(s.service), bare(s.protocol)); }

size_t recordStart(Writer& w, const char* name, uint16_t type) {
  w.name(name);
  w.u16(type);
  w.u16(0x8001);  // IN, cache-flush
  w.u32(kTtl);
  w.u16(0);  // length, patched by recordEnd
  return w.len;
}
void recordEnd(Writer& w, size_t start) {
  size_t n = w.len - start;
  w.buf[start - 2] = uint8_t(n >> 8);
  w.buf[start - 1] = uint8_t(n);
}
void recordA(Writer& w) {
  char n[96];
  hostName(n, sizeof n);
  size_t s = recordStart(w, n, 1);
  w.u8(127), w.u8(0), w.u8(0), w.u8(1);
  recordEnd(w, s);
}
void recordPtr(Writer& w, const char* from, const char* to) {
  size_t s = recordStart(w, from, 12);
  w.buf[s - 8] = 0x00;  // PTR records are shared: no cache-flush bit
  w.name(to);
  recordEnd(w, s);
}
void recordSrv(Writer& w, const Service& svc) {
  char inst[160], target[96];
  instanceName(svc, inst, sizeof inst);
  hostName(target, sizeof target);
  size_t s = recordStart(w, inst, 33);
  w.u16(0), w.u16(0), w.u16(svc.port);
  w.name(target);
  recordEnd(w, s);
}
void recordTxt(Writer& w, const Service& svc) {
  char inst[160];
  instanceName(svc, inst, sizeof inst);
  size_t s = recordStart(w, inst, 16);
  if (svc.txtCount == 0) w.u8(0);
  for (int i = 0; i < svc.txtCount; i++) w.label(svc.txt[i], strlen(svc.txt[i]));
  recordEnd(w, s);
}

// ---- reading a question name (with compression pointers) as "a.b.c"
bool readName(const uint8_t* msg, size_t len, size_t& pos, char* out, size_t cap) {
  size_t o = 0, p = pos;
  bool jumped = false;
  for (int hops = 0; hops < 32; hops++) {
    if (p >= len) return false;
    uint8_t n = msg[p];
    if (n == 0) {
      if (!jumped) pos = p + 1;
      out[o ? o - 1 : 0] = 0;
      return true;
    }
    if ((n & 0xC0) == 0xC0) {
      if (p + 1 >= len) return false;
      if (!jumped) pos = p + 2;
      jumped = true;
      p = size_t((n & 0x3F) << 8 | msg[p + 1]);
      continue;
    }
    if (p + 1 + n > len || o + n + 1 >= cap) return false;
    memcpy(out + o, msg + p + 1, n);
    o += n;
    out[o++] = '.';
    p += 1 + n;
  }
  return false;
}

// Appends the answers to one question; returns how many records.
int answer(Writer& w, const char* name, uint16_t type) {
  char n[160];
  int count = 0;
  bool any = type == 255;
  hostName(n, sizeof n);
  if (!strcasecmp(name, n) && (type == 1 || any)) recordA(w), count++;
  if (!strcasecmp(name, "_services._dns-sd._udp.local") && (type == 12 || any)) {
    for (int i = 0; i < serviceCount; i++) {
      typeName(services[i], n, sizeof n);
      recordPtr(w, "_services._dns-sd._udp.local", n), count++;
    }
  }
  for (int i = 0; i < serviceCount; i++) {
    char inst[160];
    typeName(services[i], n, sizeof n);
    instanceName(services[i], inst, sizeof inst);
    if (!strcasecmp(name, n) && (type == 12 || any)) {
      recordPtr(w, n, inst), recordSrv(w, services[i]), recordTxt(w, services[i]), recordA(w);
      count += 4;
    }
    if (!strcasecmp(name, inst)) {
      if (type == 33 || any) recordSrv(w, services[i]), count++;
      if (type == 16 || any) recordTxt(w, services[i]), count++;
    }
  }
  return count;
}

void sendTo(const Writer& w, const sockaddr_in& to) {
  if (w.ok) sendto(sock, w.buf, w.len, 0, reinterpret_cast<const sockaddr*>(&to), sizeof to);
}

sockaddr_in group() {
  sockaddr_in g{};
  g.sin_family = AF_INET;
  g.sin_port = htons(port);
  g.sin_addr.s_addr = inet_addr("224.0.0.251");
  return g;
}

void handle(const uint8_t* msg, size_t len, const sockaddr_in& from) {
  if (len < 12 || (msg[2] & 0x80)) return;  // too short, or a response
  uint16_t questions = uint16_t(msg[4] << 8 | msg[5]);
  bool legacy = ntohs(from.sin_port) != 5353;
  Writer w;
  w.u16(legacy ? uint16_t(msg[0] << 8 | msg[1]) : 0);
  w.u16(0x8400);  // response, authoritative
  w.u16(0), w.u16(0), w.u16(0), w.u16(0);
  size_t pos = 12;
  int answers = 0;
  uint16_t echoed = 0;
  // Legacy unicast: the questions go first, then the answers.
  struct Q { char name[256]; uint16_t type; } qs[8];
  int nq = 0;
  for (uint16_t q = 0; q < questions && nq < 8; q++) {
    if (!readName(msg, len, pos, qs[nq].name, sizeof qs[nq].name) || pos + 4 > len) return;
    qs[nq].type = uint16_t(msg[pos] << 8 | msg[pos + 1]);
    pos += 4;
    nq++;
  }
  if (legacy) {
    for (int i = 0; i < nq; i++) {
      w.name(qs[i].name);
      w.u16(qs[i].type), w.u16(1);
      echoed++;
    }
  }
  for (int i = 0; i < nq; i++) answers += answer(w, qs[i].name, qs[i].type);
  if (answers == 0) return;
  w.buf[4] = uint8_t(echoed >> 8), w.buf[5] = uint8_t(echoed);
  w.buf[6] = uint8_t(answers >> 8), w.buf[7] = uint8_t(answers);
  if (legacy) sendTo(w, from);
  else sendTo(w, group());
}
}  // namespace

bool begin(const char* hostname) {
  if (!hostname || !hostname[0] || strlen(hostname) >= sizeof host) return false;
  snprintf(host, sizeof host, "%s", hostname);
  if (sock >= 0) return true;
  const char* p = getenv("TSDUINO_MDNS_PORT");
  if (p && *p) port = uint16_t(atoi(p));
  sock = socket(AF_INET, SOCK_DGRAM, 0);
  if (sock < 0) return false;
  int one = 1;
  setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  setsockopt(sock, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    fprintf(stderr, "[mDNS] cannot listen on UDP port %u: %s\n", (unsigned)port, strerror(errno));
    ::close(sock);
    sock = -1;
    return false;
  }
  ip_mreq mreq{};
  mreq.imr_multiaddr.s_addr = inet_addr("224.0.0.251");
  mreq.imr_interface.s_addr = htonl(INADDR_ANY);
  setsockopt(sock, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mreq, sizeof mreq);  // best effort: no multicast route is fine
  fcntl(sock, F_SETFL, fcntl(sock, F_GETFL) | O_NONBLOCK);
  announce();
  return true;
}

bool close() {
  if (sock < 0) return false;
  ::close(sock);
  sock = -1;
  serviceCount = 0;
  return true;
}

bool setHostname(const char* hostname) {
  if (!hostname || !hostname[0] || strlen(hostname) >= sizeof host) return false;
  snprintf(host, sizeof host, "%s", hostname);
  return true;
}

bool isRunning() { return sock >= 0; }

bool addService(const char* service, const char* protocol, uint16_t p) {
  if (sock < 0 || serviceCount >= kServices || !service || !protocol) return false;
  Service& s = services[serviceCount++];
  memset(&s, 0, sizeof s);
  snprintf(s.service, sizeof s.service, "%s", bare(service));
  snprintf(s.protocol, sizeof s.protocol, "%s", bare(protocol));
  s.port = p;
  return true;
}

bool addServiceTxt(const char* service, const char* protocol, const char* key, const char* value) {
  for (int i = 0; i < serviceCount; i++) {
    Service& s = services[i];
    if (strcasecmp(s.service, bare(service)) || strcasecmp(s.protocol, bare(protocol)) || s.txtCount >= kTxt) continue;
    snprintf(s.txt[s.txtCount++], sizeof s.txt[0], "%s=%s", key, value);
    return true;
  }
  return false;
}

bool update() {
  if (sock < 0) return false;
  uint8_t buf[1500];
  for (;;) {
    sockaddr_in from{};
    socklen_t fromLen = sizeof from;
    ssize_t n = recvfrom(sock, buf, sizeof buf, 0, reinterpret_cast<sockaddr*>(&from), &fromLen);
    if (n <= 0) break;
    handle(buf, size_t(n), from);
  }
  return true;
}

bool announce() {
  if (sock < 0) return false;
  Writer w;
  w.u16(0), w.u16(0x8400), w.u16(0), w.u16(0), w.u16(0), w.u16(0);
  char n[96];
  hostName(n, sizeof n);
  int count = answer(w, n, 1);
  for (int i = 0; i < serviceCount; i++) {
    typeName(services[i], n, sizeof n);
    count += answer(w, n, 12);
  }
  w.buf[6] = uint8_t(count >> 8), w.buf[7] = uint8_t(count);
  sendTo(w, group());
  return true;
}
}  // namespace tsd_mdns
#endif
