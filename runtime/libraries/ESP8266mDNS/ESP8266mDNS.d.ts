// TypeScript view of the ESP8266 core's mDNS responder (libraries/ESP8266mDNS: ESP8266mDNS.h, LEAmDNS.h,
// esp8266/Arduino 3.1.2): announce `<hostname>.local` and DNS-SD services. Call MDNS.update() in loop().
// On the host the responder is real: it answers A, PTR, SRV and TXT questions on UDP port 5353
// (TSDUINO_MDNS_PORT overrides it), multicast and, for queries from other ports, unicast (RFC 6762 6.7).
declare module "ESP8266mDNS" {
  export interface MDNSResponder {
    begin(hostname: string): boolean;
    close(): boolean;
    end(): boolean;
    setHostname(hostname: string): boolean;
    isRunning(): boolean;
    /** addService(service, protocol, port), e.g. ("http", "tcp", 80); the leading "_" may be given. */
    addService(service: string, protocol: string, port: number): boolean;
    addServiceTxt(service: string, protocol: string, key: string, value: string): boolean;
    /** Runs the responder: answers questions, announces. */
    update(): boolean;
    announce(): boolean;
  }
  export const MDNS: MDNSResponder;
}
