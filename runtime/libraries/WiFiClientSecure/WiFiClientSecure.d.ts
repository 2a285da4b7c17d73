// TypeScript view of the ESP8266 core's BearSSL::WiFiClientSecure and BearSSL::X509List
// (libraries/ESP8266WiFi/src/WiFiClientSecureBearSSL.h, BearSSLHelpers.h; WiFiClientSecure.h brings them
// into the global namespace). A WiFiClientSecure is a WiFiClient: pass it to HTTPClient.begin or
// new PubSubClient. Host builds verify servers with Debian's BearSSL exactly as configured here.
declare module "WiFiClientSecure" {
  import { WiFiClient } from "WiFiClient";

  /** Trusted root certificates (PEM). Keep it alive as long as the client uses it (a module-level const). */
  export class X509List {
    constructor();
    constructor(pemCert: string);
    append(pemCert: string): boolean;
    getCount(): number;
  }

  export class WiFiClientSecure extends WiFiClient {
    constructor();
    /** Verify the server's chain, host name and validity dates against these roots. */
    setTrustAnchors(ta: X509List): void;
    /** Pin the server certificate's SHA-1 ("AB:CD:…" as `tsduino cert --fingerprint` prints it). False if malformed. */
    setFingerprint(fingerprint: string): boolean;
    /** Accept any server certificate: no authentication (the compiler warns). */
    setInsecure(): void;
    allowSelfSignedCerts(): void;
    setBufferSizes(recv: number, xmit: number): void;
    /** The last TLS error code (0 = none). */
    getLastSSLError(): number;
  }
}
