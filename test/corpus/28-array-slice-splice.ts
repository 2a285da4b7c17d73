// slice (copy) and splice (remove/insert in place, returning the removed elements).
const base = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
console.log(base.slice(2, 5).join(","), base.slice(-3).join(","), base.slice(7, 2).length, base.slice().length);
const a = base.slice();
const removed = a.splice(2, 3);
console.log(removed.join(","), "|", a.join(","));
const removed2 = a.splice(1, 0, 100, 200);
console.log(removed2.length, "|", a.join(","));
const removed3 = a.splice(-2);
console.log(removed3.join(","), "|", a.join(","));
const removed4 = a.splice(1, 2, 42);
console.log(removed4.join(","), "|", a.join(","));
console.log(base.join(","));
