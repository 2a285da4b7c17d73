// TypeScript view of knolleary/pubsubclient 2.8 (src/PubSubClient.h): MQTT 3.1.1 with the library's names,
// overloads, defaults (MQTT_MAX_PACKET_SIZE 256, keepalive and socket timeout 15 s) and state() codes.
// Host builds run a C++ MQTT client over the host WiFiClient (runtime/libraries/PubSubClient/host).
declare module "PubSubClient" {
  import { WiFiClient } from "WiFiClient";

  export const MQTT_CONNECTION_TIMEOUT: number;
  export const MQTT_CONNECTION_LOST: number;
  export const MQTT_CONNECT_FAILED: number;
  export const MQTT_DISCONNECTED: number;
  export const MQTT_CONNECTED: number;
  export const MQTT_CONNECT_BAD_PROTOCOL: number;
  export const MQTT_CONNECT_BAD_CLIENT_ID: number;
  export const MQTT_CONNECT_UNAVAILABLE: number;
  export const MQTT_CONNECT_BAD_CREDENTIALS: number;
  export const MQTT_CONNECT_UNAUTHORIZED: number;
  export const MQTT_MAX_PACKET_SIZE: number;
  export const MQTT_KEEPALIVE: number;
  export const MQTT_SOCKET_TIMEOUT: number;

  /** topic, payload (the message bytes), length = payload.length. */
  export type MqttCallback = (topic: string, payload: Uint8Array, length: number) => void;

  export class PubSubClient {
    constructor();
    /** The network client (a WiFiClient or WiFiClientSecure) the MQTT connection runs over. */
    constructor(client: WiFiClient);
    setServer(domain: string, port: number): PubSubClient;
    setCallback(callback: MqttCallback): PubSubClient;
    setClient(client: WiFiClient): PubSubClient;
    /** Seconds between PINGREQs when idle (15 by default). */
    setKeepAlive(keepAlive: number): PubSubClient;
    /** Seconds to wait for CONNACK and for the rest of a packet (15 by default). */
    setSocketTimeout(timeout: number): PubSubClient;
    /** Largest packet sent or received (256 by default); larger incoming messages are dropped. */
    setBufferSize(size: number): boolean;
    getBufferSize(): number;
    connect(id: string): boolean;
    connect(id: string, user: string, pass: string): boolean;
    connect(id: string, willTopic: string, willQos: number, willRetain: boolean, willMessage: string): boolean;
    connect(id: string, user: string, pass: string, willTopic: string, willQos: number, willRetain: boolean, willMessage: string): boolean;
    connect(id: string, user: string, pass: string, willTopic: string, willQos: number, willRetain: boolean, willMessage: string, cleanSession: boolean): boolean;
    disconnect(): void;
    publish(topic: string, payload: string, retained?: boolean): boolean;
    publish(topic: string, payload: Uint8Array, plength: number, retained?: boolean): boolean;
    subscribe(topic: string, qos?: number): boolean;
    unsubscribe(topic: string): boolean;
    /** Call often: handles one incoming packet and the keepalive. False when not connected. */
    loop(): boolean;
    connected(): boolean;
    /** MQTT_CONNECTED (0), a negative MQTT_* code or the CONNACK refusal code (1-5). */
    state(): number;
  }
}
