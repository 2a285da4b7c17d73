// A device configuration loaded from JSON text, with defaults for optional members, then printed back.
interface WifiConfig {
  ssid: string;
  password: string;
  channel?: number;
}
interface SensorConfig {
  name: string;
  pin: number;
  intervalMs: number;
  enabled: boolean;
  scale: number;
  label: string | null;
}
interface DeviceConfig {
  deviceId: string;
  wifi: WifiConfig;
  sensors: SensorConfig[];
  thresholds: number[];
  debug?: boolean;
}

const text = `{
  "deviceId": "esp-01\\u00e9",
  "wifi": { "ssid": "home", "password": "p\\"w\\\\d" },
  "sensors": [
    { "name": "temp", "pin": 4, "intervalMs": 1000, "enabled": true, "scale": 0.1, "label": "Temperature °C" },
    { "name": "hum", "pin": 5, "intervalMs": 2500, "enabled": false, "scale": 1, "label": null }
  ],
  "thresholds": [18.5, 22, 26.75, -3, 1e3, 0.000001, 12, 14],
  "debug": true
}`;

const config = JSON.parse(text) as DeviceConfig;
console.log("device", config.deviceId, "channel", config.wifi.channel ?? 1);
for (const s of config.sensors) {
  const state = s.enabled ? "on" : "off";
  console.log(`${s.name}@${s.pin} every ${s.intervalMs} ms x${s.scale} ${state} ${s.label ?? "(no label)"}`);
}
console.log(config.wifi);
console.log(config.sensors);
console.log(config.thresholds);
console.log(config);
console.log(JSON.stringify(config));
console.log(JSON.stringify(config.wifi, null, 2));
const again = JSON.parse(JSON.stringify(config)) as DeviceConfig;
console.log(JSON.stringify(again) === JSON.stringify(config), again.sensors.length, again.debug);
