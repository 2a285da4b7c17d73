// Fuzz findings g53744 and g880008: inside a branch narrowing proved dead, `v && String(x)` and `v || s` are
// typed `never`; the compiler gave the value C++ `double` and g++ rejected storing a string in it.
let ready: boolean = false;
let name: string = "-0";
if (ready) {
  for (let i = 0; i <= 2; i += 2) {
    console.log(`${i}|${ready && String("x")}`, String(ready && name));
  }
}
let on: boolean = true;
let count = 0;
if (!(count || (on || on))) {
  console.log(`v=${32}${on || name}`.lastIndexOf("v="), String(on ? name : "z"));
} else {
  console.log("live", `${on || name}`, `${ready && name}`, ready || name);
}
