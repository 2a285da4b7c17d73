// The cost of JSON.parse on lx106 (docs/language.md, "console.log of structures and JSON"): the parse-*
// programs parse a 206-byte configuration once / 11 times, the baseline-* ones do the same without the parse.
// Cycles and flash: node dist/bench/json/run.js (QEMU -icount; one program: tsduino run <it> --target lx106-qemu --cycles)
interface Wifi { ssid: string; channel: number }
interface Mqtt { host: string; port: number }
interface Sensor { name: string; pin: number; scale: number }
interface Config { device: string; wifi: Wifi; mqtt: Mqtt; sensors: Sensor[]; interval: number }
const text = '{"device":"esp-livingroom","wifi":{"ssid":"home-net","channel":6},"mqtt":{"host":"192.168.1.10","port":1883},"sensors":[{"name":"temp","pin":4,"scale":0.1},{"name":"hum","pin":5,"scale":1}],"interval":2500}';
let n = 0;
for (let i = 0; i < 11; i++) { const c = JSON.parse(text) as Config; n += c.sensors.length + c.mqtt.port; }
console.log(n);
