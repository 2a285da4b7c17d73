// mix finding (issue 11 corpus, session 4): rest parameters (push(...values: T[]), add(...sensors: T[])) are rejected (TSD2153/TSD2125); docs/language.md does not list them as rejected
// Found as test/corpus/411-ring-buffer-stats.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 411-ring-buffer-stats.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   test/corpus/411-ring-buffer-stats.ts:7:8: error TSD2153: not supported by tsduino: rest parameters
//     7 |   push(...values: T[]): void {
//                ^^^^^^^^^^^^^^
//     hint: take an array parameter
//   test/corpus/411-ring-buffer-stats.ts:32:11: error TSD2125: not supported by tsduino: rest parameters
//     32 | ring.push(3, 1, 4);
//                    ^
//     hint: pass an array
//   test/corpus/411-ring-buffer-stats.ts:34:11: error TSD2125: not supported by tsduino: rest parameters
//     34 | ring.push(1, 5, 9, 2);
//                    ^
//     hint: pass an array
//   test/corpus/411-ring-buffer-stats.ts:39:13: error TSD2111: not supported by tsduino: spread ('...')
//     39 | labels.push(..."abcdefg".split(""));
//                      ^^^^^^^^^^^^^^^^^^^^^^
//     hint: pass the elements explicitly, or use concat()
//   tsduino: 4 errors; no C++ written.
//   
// signature: mix-rest-parameters

// A fixed-size ring buffer of readings (a generic class with a #private array), statistics returned as an
// anonymous object type and destructured with defaults and renames, printed with console.log.
class Ring<T> {
  #items: T[] = [];
  #next = 0;
  constructor(readonly capacity: number) {}
  push(...values: T[]): void {
    for (const v of values) {
      if (this.#items.length < this.capacity) this.#items.push(v);
      else this.#items[this.#next] = v;
      this.#next = (this.#next + 1) % this.capacity;
    }
  }
  toArray(): T[] {
    return this.#items.length < this.capacity ? this.#items.slice() : [...this.#items.slice(this.#next), ...this.#items.slice(0, this.#next)];
  }
  get size(): number {
    return this.#items.length;
  }
}

function stats(xs: number[]): { min: number; max: number; mean: number; spread?: number } {
  if (xs.length === 0) return { min: NaN, max: NaN, mean: NaN };
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { min, max, mean, spread: max - min };
}

const ring = new Ring<number>(5);
console.log(stats(ring.toArray()));
ring.push(3, 1, 4);
console.log(ring.toArray(), ring.size);
ring.push(1, 5, 9, 2);
console.log(ring.toArray(), ring.size);
const { min: low, max: high, mean, spread = 0 } = stats(ring.toArray());
console.log(`low=${low} high=${high} mean=${mean.toFixed(2)} spread=${spread}`);
const labels = new Ring<string>(3);
labels.push(..."abcdefg".split(""));
console.log(labels.toArray().join(""), labels);
