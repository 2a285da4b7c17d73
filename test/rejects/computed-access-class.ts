// A computed property access with a non-literal key on a class instance has no fixed field to compile to.
class Settings {
  width = 10;
  height = 20;
}
const s = new Settings();
const key: keyof Settings = Math.random() > 2 ? "width" : "height";
console.log(s[/*@error TSD2007 computed*/key]);
