// Fuzz g42002179: a map callback that pops from the array it maps leaves holes in Node's result, which keeps
// the length at the call; ours reads undefined there. Fuzz g42000537: a conditional whose one branch is a
// range-proven int32 variable and the other a number expression failed in g++.
let queue: number[] = [];
let retries: number = 10;
let maxRetries: number = 5;

function drainLabels(): string[] {
  return queue.map((job) => {
    const last = queue.pop();
    return `job ${job} took ${last ?? "nothing"}`;
  });
}

function scaled(level: number, clamp: boolean): number {
  return clamp ? (level % 255) : +(maxRetries);
}

function pick(level: number, useRetries: boolean): number {
  return useRetries ? maxRetries : level * 1.5;
}

retries = 12;
maxRetries = 7;
queue = [4, 8, 15, 16];
const labels = drainLabels();
console.log(labels.length, JSON.stringify(labels));
for (const label of labels) console.log(label === undefined ? "(hole)" : label);
console.log(queue.length, queue.join(","));

queue = [1, 2, 3];
const doubled = queue.map((x) => (queue.pop() ?? 0) + x);
console.log(doubled.length, JSON.stringify(doubled), String(doubled[2]));
let seen = 0;
for (const d of doubled) if (d === undefined) seen++;
console.log("undefined slots", seen);

console.log(scaled(300, true), scaled(300, false), scaled(-7, true));
console.log(pick(3, true), pick(3, false), pick(-0, false));
for (let i = 0; i < 3; i++) {
  retries += i;
  console.log(i % 2 === 0 ? retries : i / 4, i > 0 ? (i * 0.5) : retries);
}

// g41000907: a negated range-proven int32 in one branch (a double in C++, -0 kept) and the variable itself in the other.
let offset: number = 0;
function mirrored(flip: boolean): number {
  return flip ? -(offset) : offset;
}
console.log(mirrored(true), mirrored(false), 1 / mirrored(true));
offset = 9;
console.log((offset >= offset) ? offset : -(offset), mirrored(true), [1, 2].map((k) => (k > 1 ? -offset : offset * k)));
