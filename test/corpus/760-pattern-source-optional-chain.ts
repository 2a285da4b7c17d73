// A destructuring whose source is an optional chain (`const { a } = h?.opt`) that a caller filled with an
// element read past the end: Node's TypeError names it '(intermediate value)' and the caller's try catches it
// (mutant m-739-pattern-source-parameter-77000764 stopped uncaught).
interface Opt { a?: number; c?: number }
interface Holder { opt: Opt }
const opts: Opt[] = [{ a: 1, c: 2 }];
const holders: Holder[] = [{ opt: opts[0] }, { opt: opts[5] }];
function plain(h: Holder): void {
  const { a } = h?.opt;
  console.log("plain", a);
}
function assigned(h: Holder): void {
  let c: number | undefined = 0;
  ({ c } = h?.opt);
  console.log("assigned", c);
}
for (const h of holders) {
  try {
    plain(h);
  } catch (e) {
    console.log(e instanceof TypeError, (e as Error).message);
  }
  try {
    assigned(h);
  } catch (e) {
    console.log(e instanceof TypeError, (e as Error).message);
  }
}
console.log("end");
