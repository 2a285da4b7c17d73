// The story's final sketch lowered by hand to what the compiler emits (globals WiFiMulti/webSocket, the event
// handler as a ts::Fn, strings as ts::String): proves the adapters end to end on the host before the
// compiler supports library objects. story_endpoint.h (written by the test) gives WS_HOST, WS_PORT and the CA.
#include "tsduino.h"
#include "tsduino_WebSocketsClient.h"
#include "tsduino_ESP8266WiFi.h"
#include "tsduino_ESP8266WiFiMulti.h"
#include "tsduino_Ticker.h"
#include "story_endpoint.h"

ESP8266WiFiMultiTS WiFiMulti;
WebSocketsClientTS webSocket;
TickerTS heartbeatLed;
double ledToggles = 0;

static ts::String text(const ts::Uint8Array& payload) { return ts::String::fromUtf8((const char*)payload.data(), payload.size()); }

void webSocketEventHandler(double type, ts::Uint8Array payload, double length) {
  if (type == WStype_DISCONNECTED) {
    Serial.printf("[WSc] Disconnected\n");
  } else if (type == WStype_CONNECTED) {
    Serial.printf("[WSc] Connected to url: %s\n", text(payload).c_str());
    webSocket.sendTXT(ts::String::fromUtf8("Hi there!\n"));
  } else if (type == WStype_TEXT) {
    Serial.printf("[WSc] get text: %s\n", text(payload).c_str());
    Serial.printf("[WSc] led toggles so far: %s\n", ledToggles > 0 ? "some" : "none");
    Serial.flush();
    exit(0);
  } else if (type == WStype_BIN) {
    Serial.printf("[WSc] get binary length: %u\n", (unsigned)length);
  } else {
    Serial.printf("[WSc] Unknown transmission: %i. Probably can be ignored.", (int)type);
  }
}

void setup() {
  Serial.begin(115200);
  Serial.setDebugOutput(true);
  Serial.print("Connecting");
  WiFiMulti.addAP(ts::String::fromUtf8("SET_HERE_YOUR_WIFI_NAME"), ts::String::fromUtf8("SET_HERE_YOUR_WIFI_PASSWORD"));
  while (WiFiMulti.run() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  ts::println(Serial);
  Serial.print("Connected, IP address: ");
  ts::println(Serial, WiFiTS.localIP());
  heartbeatLed.attach_ms(5, ts::Fn<void()>([]() { ledToggles = ledToggles + 1; }));
  delay(30);
  webSocket.beginSslWithCA(ts::String::fromUtf8(WS_HOST), WS_PORT, ts::String::fromUtf8("/"), ENDPOINT_CA_CERT);
  webSocket.onEvent(webSocketEventHandler);
}

void loop() { webSocket.loop(); }
