// The core's BasicHttpsClient example in TypeScript: GET a page over https:// verified against a root CA
// (X509List + setTrustAnchors), then POST a JSON body over plain http://, printing status codes and bodies.
// The CA comes from `npx tsduino cert https://<your server> --out certs.ts`.
// On the PC: `tsduino run examples/http-client/main.ts` with the constants pointing at local servers.
import { WiFiClient } from "WiFiClient";
import { WiFiClientSecure, X509List } from "WiFiClientSecure";
import { HTTPClient, HTTP_CODE_OK } from "ESP8266HTTPClient";
import { WiFi, WL_CONNECTED } from "ESP8266WiFi";
import { ENDPOINT_CA_CERT } from "./certs";

const HTTPS_URL = "https://jigsaw.w3.org/HTTP/connection.html";
const HTTP_URL = "http://jigsaw.w3.org/HTTP/echo";

const client = new WiFiClient();
const secureClient = new WiFiClientSecure();
const cert = new X509List();
const http = new HTTPClient();

export function setup(): void {
  Serial.begin(115200);
  WiFi.begin("SET_HERE_YOUR_WIFI_NAME", "SET_HERE_YOUR_WIFI_PASSWORD");
  while (WiFi.status() !== WL_CONNECTED) delay(500);
  cert.append(ENDPOINT_CA_CERT);
  secureClient.setTrustAnchors(cert);

  Serial.print("[HTTPS] GET...\n");
  if (http.begin(secureClient, HTTPS_URL)) {
    const httpCode = http.GET();
    if (httpCode > 0) {
      Serial.printf("[HTTPS] GET... code: %d\n", httpCode);
      if (httpCode === HTTP_CODE_OK) Serial.println(http.getString());
    } else {
      Serial.printf("[HTTPS] GET... failed, error: %s\n", HTTPClient.errorToString(httpCode));
    }
    http.end();
  } else {
    Serial.printf("[HTTPS] Unable to connect\n");
  }

  Serial.print("[HTTP] POST...\n");
  if (http.begin(client, HTTP_URL)) {
    http.addHeader("Content-Type", "application/json");
    const httpCode = http.POST("{\"hello\":\"world\"}");
    if (httpCode > 0) {
      Serial.printf("[HTTP] POST... code: %d\n", httpCode);
      Serial.println(http.getString());
    } else {
      Serial.printf("[HTTP] POST... failed, error: %s\n", HTTPClient.errorToString(httpCode));
    }
    http.end();
  }
  Serial.println("done");
}

export function loop(): void {
  delay(1000);
}
