// A closure that writes captured variables by destructuring assignment (a swap, object patterns, defaults,
// an array pattern in a loop): they are shared with the enclosing function, as in JavaScript. g++
// rejected the swap (fuzz g21000130: the captured copies were const).
function run(): string {
  let low = 255;
  let high = 3;
  let name = "none";
  let count = 0;
  const swap = (): void => {
    [low, high] = [high, low];
  };
  const rename = (): void => {
    ({ name, count = 7 } = { name: "relay" } as { name: string; count?: number });
  };
  const last = (pairs: [string, number][]): void => {
    for (const pair of pairs) {
      [name, count] = pair;
      low += count;
    }
  };
  swap();
  rename();
  const before = `${low} ${high} ${name} ${count}`;
  last([["a", 1], ["b", 2]]);
  return `${before} | ${low} ${high} ${name} ${count}`;
}
console.log(run());
