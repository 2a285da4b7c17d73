// Running sums and histograms in number[]: compound assignments of elements, elements compared with each
// other, and values that grow past int32 inside the loop.
const hist: number[] = [];
for (let i = 0; i < 5; i++) hist.push(0);
let x = 1;
for (let i = 0; i < 60; i++) {
  x = (x * 1103515245 + 12345) % 2147483648;
  hist[x % 5] = hist[x % 5] + 1;
}
let hs = "";
for (let i = 0; i < hist.length; i++) hs = hs + hist[i] + ",";
console.log(hs);
const fibs: number[] = [];
fibs.push(0);
fibs.push(1);
for (let i = 2; i < 90; i++) fibs.push(fibs[i - 1] + fibs[i - 2]);
const f46 = fibs[46];
const f47 = fibs[47];
const f80 = fibs[80];
const f89 = fibs[89];
console.log(f46, f47, f80, f89, f89 % 1000, f89 > fibs[88]);
let maxIndex = 0;
for (let i = 1; i < fibs.length; i++) if (fibs[i] > fibs[maxIndex]) maxIndex = i;
console.log("max at", maxIndex);
const avg: number[] = [];
for (let i = 0; i < 4; i++) avg.push(i);
for (let i = 0; i < 4; i++) avg[i] = (avg[i] + 1) / 2;
let as = 0;
for (let i = 0; i < 4; i++) as += avg[i];
console.log("avg", as);
