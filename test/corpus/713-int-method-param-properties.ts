// Int32 copies of methods on fields declared as constructor parameter properties, with a local that is never
// read, a parameter the body reassigns, and fields that go from fractions back to integers and past 2^53.
class Account {
  constructor(public balance: number, private rate: number, readonly id: number) {}
  deposit(amount: number, times: number): void {
    const ignored = this.balance - 1;
    let total = amount;
    total = total * times;
    this.balance = this.balance + total - this.rate;
  }
  compound(): void {
    this.balance *= this.rate;
  }
  report(): string {
    return `#${this.id}: ${this.balance}`;
  }
}
const accounts = [new Account(100, 2, 1), new Account(0.5, 1, 2), new Account(4503599627370496, 2, 3), new Account(-7, 0, 4)];
for (const a of accounts) {
  a.deposit(10, 3);
  console.log(a.report());
  a.deposit(0.5, 1);
  console.log(a.report());
  a.compound();
  console.log(a.report());
  a.deposit(-5, 0);
  console.log(a.report(), 1 / a.balance);
}
const b = new Account(1, 3, 5);
for (let i = 0; i < 40; i++) b.compound();
console.log(b.report());
b.deposit(2147483647, 2147483647);
console.log(b.report());
