// The cost of JSON.stringify on lx106: stringify-200-x11 writes the parsed 206-byte configuration 11 times,
// parsed-200-x11 parses it once and does the same loop without stringify (node dist/bench/json/run.js).
interface Wifi { ssid: string; channel: number }
interface Mqtt { host: string; port: number }
interface Sensor { name: string; pin: number; scale: number }
interface Config { device: string; wifi: Wifi; mqtt: Mqtt; sensors: Sensor[]; interval: number }
const text = '{"device":"esp-livingroom","wifi":{"ssid":"home-net","channel":6},"mqtt":{"host":"192.168.1.10","port":1883},"sensors":[{"name":"temp","pin":4,"scale":0.1},{"name":"hum","pin":5,"scale":1}],"interval":2500}';
let n = 0;
const c = JSON.parse(text) as Config;
for (let i = 0; i < 11; i++) n += c.mqtt.port;
console.log(n);
