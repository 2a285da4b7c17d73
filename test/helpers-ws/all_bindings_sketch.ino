// What the compiler emits for a sketch that uses every bound library (the story's sketch plus Ticker and the
// rest of the WebSocketsClient API): compiled by test/websocket-device.test.ts with xtensa-lx106-elf-g++
// against runtime/device (declaration-only ESP8266 headers) and with host g++ against the host runtime.
#include "tsduino.h"
#include "tsduino_WebSocketsClient.h"
#include "tsduino_ESP8266WiFi.h"
#include "tsduino_ESP8266WiFiMulti.h"
#include "tsduino_Ticker.h"

static const char ENDPOINT_CA_CERT_text[] PROGMEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
static const ts::String ENDPOINT_CA_CERT = ts::String::literal(ENDPOINT_CA_CERT_text, sizeof(ENDPOINT_CA_CERT_text) - 1);

ESP8266WiFiMultiTS WiFiMulti;
WebSocketsClientTS webSocket;
TickerTS blinker;
double ticks = 0;
void tick() { ticks = ticks + 1; }

void webSocketEventHandler(double type, ts::Uint8Array payload, double length) {
  if (type == WStype_CONNECTED) {
    webSocket.sendTXT(ts::String::fromUtf8("Hi there!\n"));
    webSocket.sendTXT(payload);
    webSocket.sendTXT(payload, 2);
    webSocket.sendBIN(payload);
    webSocket.sendBIN(payload, length);
    webSocket.sendPing();
    webSocket.sendPing(ts::String::fromUtf8("hb"));
    webSocket.sendPing(payload);
  } else if (type == WStype_TEXT || type == WStype_BIN || type == WStype_PING || type == WStype_PONG ||
             type == WStype_FRAGMENT_TEXT_START || type == WStype_FRAGMENT_BIN_START || type == WStype_FRAGMENT ||
             type == WStype_FRAGMENT_FIN || type == WStype_ERROR || type == WStype_DISCONNECTED) {
    ts::println(Serial, ts::toString(payload));
  }
}

void setup() {
  Serial.begin(115200);
  WiFiMulti.addAP(ts::String::fromUtf8("ssid"), ts::String::fromUtf8("password"));
  WiFiMulti.addAP(ts::String::fromUtf8("open"));
  while (WiFiMulti.run() != WL_CONNECTED) delay(500);
  WiFiMulti.run(3000);
  WiFiTS.mode(WIFI_STA);
  WiFiTS.begin(ts::String::fromUtf8("ssid"), ts::String::fromUtf8("password"));
  ts::print(Serial, WiFiTS.localIP());
  ts::println(Serial, WiFiTS.localIP());
  ts::println(Serial, ts::toString(WiFiTS.localIP()));
  ts::println(Serial, ts::concat(ts::String::fromUtf8("ip="), WiFiTS.localIP()));
  ts::console_log(WiFiTS.localIP(), WiFiTS.isConnected());
  ts::println(Serial, WiFiTS.macAddress());
  ts::println(Serial, WiFiTS.RSSI());
  ts::println(Serial, WiFiTS.status());
  webSocket.begin(ts::String::fromUtf8("echo.websocket.org"), 80, ts::String::fromUtf8("/"));
  webSocket.begin(ts::String::fromUtf8("echo.websocket.org"), 80);
  webSocket.beginSSL(ts::String::fromUtf8("echo.websocket.org"), 443, ts::String::fromUtf8("/"),
                     ts::String::fromUtf8("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01"));
  webSocket.beginSslWithCA(ts::String::fromUtf8("echo.websocket.org"), 443, ts::String::fromUtf8("/"), ENDPOINT_CA_CERT);
  webSocket.setSSLClientCertKey(ts::String::fromUtf8("cert"), ts::String::fromUtf8("key"));
  webSocket.setAuthorization(ts::String::fromUtf8("user"), ts::String::fromUtf8("pass"));
  webSocket.setAuthorization(ts::String::fromUtf8("Bearer x"));
  webSocket.setExtraHeaders(ts::String::fromUtf8("X-Test: 1"));
  webSocket.setExtraHeaders();
  webSocket.setReconnectInterval(5000);
  webSocket.enableHeartbeat(15000, 3000, 2);
  webSocket.disableHeartbeat();
  webSocket.onEvent(webSocketEventHandler);  // a named function, as the compiler emits it
  webSocket.onEvent(ts::Fn<void(double, ts::Uint8Array, double)>([](double type, ts::Uint8Array payload, double length) { (void)type; (void)payload; (void)length; }));
  blinker.attach(0.5, ts::Fn<void()>([]() { ticks = ticks + 1; }));
  blinker.attach_ms(100, tick);
  blinker.once(1, tick);
  blinker.once_ms_scheduled(5, ts::Fn<void()>([]() {}));
  if (blinker.active()) blinker.detach();
  if (webSocket.isConnected()) webSocket.disconnect();
  WiFiTS.disconnect();
}

void loop() { webSocket.loop(); }
