/* LD_PRELOAD shim of the real-core check: the network examples connect to a public server (the
   secure-websocket example to echo.websocket.org:443, mqtt to broker.local:1883...); this sends the name
   $TSD_REDIRECT_HOST to 127.0.0.1 and the ports $TSD_REDIRECT_FROM (default 443) on loopback to
   the ports $TSD_REDIRECT_PORT (the local servers), so the examples run unmodified without network access.
   Harness code only. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dlfcn.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static int redirected(const char* name) {
  const char* list = getenv("TSD_REDIRECT_HOST");
  return name != NULL && list != NULL && strcmp(name, list) == 0;
}

struct hostent* gethostbyname(const char* name) {
  static struct hostent* (*real)(const char*);
  if (!real) real = (struct hostent * (*)(const char*)) dlsym(RTLD_NEXT, "gethostbyname");
  return real(redirected(name) ? "127.0.0.1" : name);
}

int getaddrinfo(const char* node, const char* service, const struct addrinfo* hints, struct addrinfo** res) {
  static int (*real)(const char*, const char*, const struct addrinfo*, struct addrinfo**);
  if (!real) real = (int (*)(const char*, const char*, const struct addrinfo*, struct addrinfo**))dlsym(RTLD_NEXT, "getaddrinfo");
  return real(redirected(node) ? "127.0.0.1" : node, service, hints, res);
}

/* The local port for `port` from the lists $TSD_REDIRECT_FROM ("443" by default, or "443,80") and
   $TSD_REDIRECT_PORT ("40123" or "40123,40124"), or 0. */
static int redirected_port(int port) {
  const char* from = getenv("TSD_REDIRECT_FROM");
  const char* to = getenv("TSD_REDIRECT_PORT");
  if (to == NULL) return 0;
  if (from == NULL) from = "443";
  while (*from && *to) {
    if (atoi(from) == port) return atoi(to);
    from = strchr(from, ',');
    to = strchr(to, ',');
    if (from == NULL || to == NULL) break;
    from++;
    to++;
  }
  return 0;
}

int connect(int fd, const struct sockaddr* addr, socklen_t len) {
  static int (*real)(int, const struct sockaddr*, socklen_t);
  if (!real) real = (int (*)(int, const struct sockaddr*, socklen_t))dlsym(RTLD_NEXT, "connect");
  if (addr != NULL && addr->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
    struct sockaddr_in in;
    memcpy(&in, addr, sizeof in);
    int to = in.sin_addr.s_addr == htonl(INADDR_LOOPBACK) ? redirected_port(ntohs(in.sin_port)) : 0;
    if (to > 0) {
      in.sin_port = htons((unsigned short)to);
      return real(fd, (const struct sockaddr*)&in, sizeof in);
    }
  }
  return real(fd, addr, len);
}
