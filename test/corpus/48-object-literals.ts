// Object literals typed by interfaces and type aliases: nested objects, optional fields, mutation, sharing.
interface Address {
  city: string;
  zip?: string;
}
interface User {
  name: string;
  age: number;
  address: Address;
  tags: string[];
}
type Pair = { key: string; value: number };
const u: User = { name: "ann", age: 31, address: { city: "Oslo" }, tags: ["a", "b"] };
console.log(u.name, u.age, u.address.city, String(u.address.zip), u.tags.join("+"));
u.age += 1;
u.address.zip = "0150";
u.tags.push("c");
console.log(u.age, u.address.zip, u.tags.length);
const alias = u;
alias.name = "ann-marie";
console.log(u.name);
const pairs: Pair[] = [
  { key: "x", value: 1 },
  { value: 2, key: "y" },
];
pairs.push({ key: "z", value: 3 });
console.log(pairs.map((p) => p.key + "=" + p.value).join("&"));
function makeUser(name: string): User {
  return { name, age: 0, address: { city: "?", zip: "none" }, tags: [] };
}
const v = makeUser("bob");
console.log(v.name, v.address.city, v.address.zip ?? "-", v.tags.length);
interface Config {
  retries: number;
  verbose: boolean;
  name: string;
}
const config: Config = { retries: 3, verbose: false, name: "cfg" };
config.retries--;
console.log(config.retries, config.verbose, config.name);
