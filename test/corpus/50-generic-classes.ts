// Generic classes: a stack, a pair and a box, each used with more than one type argument.
class Stack<T> {
  private items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  get size(): number {
    return this.items.length;
  }
}
class Pair<A, B> {
  constructor(readonly first: A, readonly second: B) {}
  swap(): Pair<B, A> {
    return new Pair(this.second, this.first);
  }
  show(): string {
    return "(" + this.first + ", " + this.second + ")";
  }
}
const s = new Stack<number>();
s.push(1);
s.push(2);
s.push(3);
console.log(s.size, s.pop(), s.peek(), s.size);
const words = new Stack<string>();
words.push("a");
console.log(words.pop(), String(words.pop()), words.size);
const p = new Pair("x", 42);
console.log(p.show(), p.swap().show(), p.swap().first + 1);
const nested = new Pair<number, Pair<string, boolean>>(1, new Pair("y", true));
console.log(nested.second.show(), nested.first, nested.second.second);
