// An error thrown from a class method deep in a call chain, with a template-literal message.
class Account {
  constructor(private balance: number) {}
  withdraw(amount: number): number {
    if (amount > this.balance) {
      throw new Error(`insufficient funds: balance ${this.balance}, requested ${amount}`);
    }
    this.balance -= amount;
    return this.balance;
  }
}
const acct = new Account(100);
const amounts = [30, 50, 40, 10];
amounts.forEach((a) => {
  console.log("withdrew", a, "left", acct.withdraw(a));
});
console.log("unreachable");
