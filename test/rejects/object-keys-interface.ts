// Object.keys needs the object's properties when compiling: an instance of a class that no class extends.
interface Config {
  ssid: string;
  port: number;
}
const cfg: Config = { ssid: "home", port: 1883 };
console.log(/*@error TSD2005 Object.keys*/Object.keys(cfg).join(","));
