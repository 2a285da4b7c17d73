// Test driver for the host WebSocketsClient core (runtime/libraries/WebSocketsClient/host): a small program
// that connects the way a sketch does (begin / beginSSL / beginSslWithCA, then loop() forever), runs one
// scripted scenario and prints every event as one line (`CONNECTED /`, `TEXT 9 Hi there!`, `DISCONNECTED`),
// plus measurements (`MAXLOOP`, `HEAP`, `RATE`) for the tests and the benchmark to assert on.
//   ws_driver <plain|ca|fp|insecure> <host> <port> <url> <ca-file|fingerprint-hex|-> <script> [arg] [ms]
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "host_ws_client.h"
#include "host_ws_transport.h"

using tsd_ws::Client;

static const char* kNames[] = {"ERROR", "DISCONNECTED", "CONNECTED", "TEXT", "BIN", "FRAGMENT_TEXT_START",
                               "FRAGMENT_BIN_START", "FRAGMENT", "FRAGMENT_FIN", "PING", "PONG"};

static Client client;
static const char* script = "hello";
static long scriptArg = 0;
static bool done = false;
static long roundTrips = 0;
static size_t heapAtWarmup = 0;
static uint32_t roundTripStart = 0;
static uint8_t big[10240];
static uint8_t binary[256];

static size_t heapInUse() { return mallinfo2().uordblks; }

static uint64_t nowMicros() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static void onEvent(void*, int type, uint8_t* payload, size_t length) {
  const char* name = type >= 0 && type <= 10 ? kNames[type] : "?";
  bool quiet = strcmp(script, "roundtrips") == 0 && type == tsd_ws::EV_TEXT;
  if (!quiet) {
    if (type == tsd_ws::EV_TEXT || type == tsd_ws::EV_CONNECTED || type == tsd_ws::EV_FRAGMENT_TEXT_START ||
        type == tsd_ws::EV_FRAGMENT || type == tsd_ws::EV_FRAGMENT_FIN || type == tsd_ws::EV_PING || type == tsd_ws::EV_PONG) {
      // TEXT payloads are NUL-terminated by contract: print them with %s, not with the length.
      if (length <= 64)
        printf("%s %zu %s\n", name, length, payload ? (const char*)payload : "");
      else
        printf("%s %zu nul=%d\n", name, length, payload[length] == 0 ? 1 : 0);
    } else if (type == tsd_ws::EV_BIN) {
      unsigned sum = 0;
      for (size_t i = 0; i < length; i++) sum = sum * 31 + payload[i];
      printf("BIN %zu %u\n", length, sum);
    } else {
      printf("%s %zu\n", name, length);
    }
    fflush(stdout);
  }
  if (type == tsd_ws::EV_CONNECTED) {
    if (strcmp(script, "hello") == 0) client.sendTXT((const uint8_t*)"Hi there!", 9);
    if (strcmp(script, "big") == 0) client.sendTXT(big, sizeof big);
    if (strcmp(script, "bin") == 0) {
      unsigned sum = 0;
      for (size_t i = 0; i < sizeof binary; i++) sum = sum * 31 + binary[i];
      printf("SENT-BIN %zu %u\n", sizeof binary, sum);
      client.sendBIN(binary, sizeof binary);
    }
    if (strcmp(script, "ping") == 0) client.sendPing((const uint8_t*)"abc", 3);
    if (strcmp(script, "send") == 0) client.sendTXT((const uint8_t*)"first", 5);
    if (strcmp(script, "roundtrips") == 0) {
      roundTripStart = tsd_ws::monotonicMillis();
      client.sendTXT((const uint8_t*)"message 0", 9);
    }
  }
  if (type == tsd_ws::EV_TEXT) {
    if (strcmp(script, "hello") == 0) done = true;
    if (strcmp(script, "big") == 0) {
      printf("MATCH %d\n", length == sizeof big && memcmp(payload, big, sizeof big) == 0 ? 1 : 0);
      done = true;
    }
    if (strcmp(script, "roundtrips") == 0) {
      roundTrips++;
      if (roundTrips == 1000) heapAtWarmup = heapInUse();
      if (roundTrips >= scriptArg) {
        uint32_t elapsed = tsd_ws::monotonicMillis() - roundTripStart;
        printf("ROUNDTRIPS %ld\nHEAP %zu %zu\nRATE %.1f\n", roundTrips, heapAtWarmup, heapInUse(),
               elapsed > 0 ? roundTrips * 1000.0 / elapsed : 0.0);
        done = true;
      } else {
        char message[32];
        int n = snprintf(message, sizeof message, "message %ld", roundTrips);
        client.sendTXT((const uint8_t*)message, (size_t)n);
      }
    }
  }
  if (type == tsd_ws::EV_BIN && strcmp(script, "bin") == 0) done = true;
  if (type == tsd_ws::EV_PONG && strcmp(script, "ping") == 0) done = true;
}

static bool parseHex(const char* text, uint8_t out[20]) {
  int n = 0;
  for (const char* p = text; *p && n < 40; p++) {
    int v;
    if (*p >= '0' && *p <= '9') v = *p - '0';
    else if (*p >= 'a' && *p <= 'f') v = *p - 'a' + 10;
    else if (*p >= 'A' && *p <= 'F') v = *p - 'A' + 10;
    else continue;
    if (n % 2 == 0) out[n / 2] = (uint8_t)(v << 4);
    else out[n / 2] |= (uint8_t)v;
    n++;
  }
  return n == 40;
}

static char* readFile(const char* path) {
  FILE* f = fopen(path, "rb");
  if (!f) return nullptr;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char* text = (char*)malloc((size_t)size + 1);
  size_t n = fread(text, 1, (size_t)size, f);
  text[n] = 0;
  fclose(f);
  return text;
}

int main(int argc, char** argv) {
  if (argc < 7) {
    fprintf(stderr, "usage: ws_driver <plain|ca|fp|insecure> <host> <port> <url> <ca|fp|-> <script> [arg] [ms] [reconnect-ms] [heartbeat p,t,c] [client-cert client-key]\n");
    return 2;
  }
  const char* mode = argv[1];
  const char* host = argv[2];
  uint16_t port = (uint16_t)atoi(argv[3]);
  const char* url = argv[4];
  script = argv[6];
  scriptArg = argc > 7 ? atol(argv[7]) : 0;
  long durationMs = argc > 8 ? atol(argv[8]) : 5000;
  if (argc > 9 && atol(argv[9]) >= 0) client.setReconnectInterval((unsigned long)atol(argv[9]));
  if (argc > 10) {
    unsigned p = 0, t = 0, c = 0;
    if (sscanf(argv[10], "%u,%u,%u", &p, &t, &c) == 3 && p > 0) client.enableHeartbeat(p, t, (uint8_t)c);
  }
  for (size_t i = 0; i < sizeof big; i++) big[i] = (uint8_t)('a' + i % 26);
  for (size_t i = 0; i < sizeof binary; i++) binary[i] = (uint8_t)(255 - i);

  if (strcmp(mode, "plain") == 0) {
    client.begin(host, port, url);
  } else if (strcmp(mode, "ca") == 0) {
    char* pem = readFile(argv[5]);
    if (!pem) return 2;
    client.beginSslWithCA(host, port, url, pem);
    free(pem);
  } else if (strcmp(mode, "fp") == 0) {
    uint8_t fp[20];
    if (!parseHex(argv[5], fp)) return 2;
    client.beginSSL(host, port, url, fp);
  } else {
    client.beginSSL(host, port, url, nullptr);
  }
  if (argc > 12) {
    char* cert = readFile(argv[11]);
    char* key = readFile(argv[12]);
    if (!cert || !key) return 2;
    client.setSSLClientCertKey(cert, key);
    free(cert);
    free(key);
  }
  client.onEvent(onEvent, nullptr);

  uint64_t start = nowMicros();
  uint64_t maxLoop = 0;
  while (!done && (long)((nowMicros() - start) / 1000) < durationMs) {
    uint64_t before = nowMicros();
    client.loop();
    uint64_t spent = nowMicros() - before;
    if (spent > maxLoop) maxLoop = spent;
    if (strcmp(script, "roundtrips") != 0) usleep(200);
  }
  printf("MAXLOOP %.2f\n", maxLoop / 1000.0);
  printf("END %s\n", done ? "done" : "timeout");
  return 0;
}
