// A function whose end can be reached returns undefined there (a filter callback, an arrow, a function, a
// method), and a bare `return;` in a function that returns a value elsewhere: C++ ran off the end of the
// non-void function (findnever's finding) or g++ rejected `return;`.
const q = [3, 1, 4];
console.log(q.filter((n) => { if (n > 2) return true; }).length);
const g = (n: number) => { if (n > 2) return true; };
console.log(g(1), g(3));
function h(n: number) { if (n > 2) return "big"; }
console.log(h(1), h(3));
const k = (n: number) => { if (n > 2) return n * 2; return; };
console.log(k(1), k(3));
class C { m(n: number) { if (n > 0) return [n]; } }
console.log(new C().m(0), new C().m(2));
