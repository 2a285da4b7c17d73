// `in` with an optional property: JavaScript's answer depends on whether the object literal set it, which
// tsduino's records (every declared field always present) do not track.
interface Wifi {
  ssid: string;
  password?: string;
}
interface Eth {
  mac: string;
}
const configs: (Wifi | Eth)[] = [{ ssid: "home" }, { mac: "01" }];
for (const c of configs) {
  if (/*@error TSD2303 optional property 'password'*/"password" in c) console.log("secured");
}
