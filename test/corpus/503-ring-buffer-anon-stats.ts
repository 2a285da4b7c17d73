// Was finding mix-anon-type-console-log (session 5 fix: console.log of an anonymous object type).
// A fixed-size ring buffer of readings (a generic class with a #private array), statistics returned as an
// anonymous object type and destructured with defaults and renames, printed with console.log.
class Ring<T> {
  #items: T[] = [];
  #next = 0;
  constructor(readonly capacity: number) {}
  push(values: T[]): void {
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
ring.push([3, 1, 4]);
console.log(ring.toArray(), ring.size);
ring.push([1, 5, 9, 2]);
console.log(ring.toArray(), ring.size);
const { min: low, max: high, mean, spread = 0 } = stats(ring.toArray());
console.log(`low=${low} high=${high} mean=${mean.toFixed(2)} spread=${spread}`);
const labels = new Ring<string>(3);
labels.push([..."abcdefg".split(""), "h"]);
console.log(labels.toArray().join(""), labels);
