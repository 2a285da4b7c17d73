// A singly linked list of class nodes with T | null links: build, traverse, reverse, remove.
class ListNode {
  constructor(public value: number, public next: ListNode | null = null) {}
}
class LinkedList {
  head: ListNode | null = null;
  size = 0;
  push(v: number): void {
    this.head = new ListNode(v, this.head);
    this.size++;
  }
  toString(): string {
    const parts: string[] = [];
    for (let n = this.head; n !== null; n = n.next) parts.push(String(n.value));
    return parts.join(" -> ");
  }
  reverse(): void {
    let prev: ListNode | null = null;
    let cur = this.head;
    while (cur !== null) {
      const next: ListNode | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    this.head = prev;
  }
  remove(v: number): boolean {
    if (this.head === null) return false;
    if (this.head.value === v) {
      this.head = this.head.next;
      this.size--;
      return true;
    }
    for (let n = this.head; n.next !== null; n = n.next) {
      if (n.next.value === v) {
        n.next = n.next.next;
        this.size--;
        return true;
      }
    }
    return false;
  }
}
const list = new LinkedList();
for (let i = 1; i <= 6; i++) list.push(i * i);
console.log(list.toString(), list.size);
list.reverse();
console.log(list.toString());
console.log(list.remove(16), list.remove(1), list.remove(99), list.toString(), list.size);
const big = new LinkedList();
for (let i = 0; i < 20000; i++) big.push(i);
console.log(big.size, big.head?.value);
big.head = null;
console.log("dropped");
