// Map<number, string>: SameValueZero keys (NaN finds NaN, -0 and 0 are one key), objects as values.
const m = new Map<number, string>();
m.set(1, "one");
m.set(0 / 0, "nan");
m.set(-0, "zero");
m.set(0, "zero again");
m.set(1.5, "one and a half");
console.log(m.size, m.get(0 / 0), m.get(0), m.get(-0), m.get(1.5), String(m.get(2)));
for (const [k, v] of m) console.log(k, v);
class Account {
  constructor(public owner: string, public balance: number) {}
}
const accounts = new Map<number, Account>();
accounts.set(101, new Account("ann", 50));
accounts.set(102, new Account("bob", 20));
const a = accounts.get(101);
if (a) a.balance += 25;
console.log(accounts.get(101)?.balance, accounts.get(999)?.balance ?? "none");
const squares = new Map<number, number>();
for (let i = 10; i > 0; i -= 3) squares.set(i, i * i);
let line = "";
squares.forEach((v, k) => {
  line += k + "^2=" + v + " ";
});
console.log(line.trim());
