// Optional chaining on properties, calls and methods of possibly-null or undefined values.
interface Node {
  value: number;
  next?: Node;
  tag: string | null;
}
const list: Node = { value: 1, next: { value: 2, tag: "two" }, tag: null };
console.log(list.next?.value, String(list.next?.next?.value), list.next?.next?.next?.value ?? "end");
console.log(list.tag?.length ?? -1, list.next?.tag?.length, list.next?.tag?.toUpperCase());
class Box {
  constructor(public content: string) {}
  open(): string {
    return "opened " + this.content;
  }
}
let box: Box | undefined;
console.log(String(box?.open()), String(box?.content));
box = new Box("gift");
console.log(box?.open(), box?.content.length);
let cb: ((n: number) => number) | undefined;
console.log(String(cb?.(2)));
cb = (n) => n * 2;
console.log(cb?.(2));
const arr: number[] | null = [10, 20];
console.log(arr?.[1], arr?.length);
