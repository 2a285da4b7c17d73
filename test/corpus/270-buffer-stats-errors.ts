// Sample buffers sized from a configuration and averaged with reduce: an invalid size is a RangeError and
// the average of no samples a TypeError, both caught and reported with Node's messages.
class SampleBuffer {
  private readonly samples: number[];
  private count = 0;
  constructor(size: number) {
    this.samples = new Array<number>(size).fill(0);
  }
  add(v: number): void {
    this.samples[this.count % this.samples.length] = v;
    this.count++;
  }
  average(): number {
    const used = this.samples.slice(0, Math.min(this.count, this.samples.length));
    return used.reduce((a, b) => a + b) / used.length;
  }
}

const sizes = [4, -2, 2.5, 3, 0];
for (const size of sizes) {
  try {
    const buffer = new SampleBuffer(size);
    if (size > 3) {
      for (let i = 1; i <= 6; i++) buffer.add(i * 1.5);
    }
    console.log(`size ${size}: average ${buffer.average().toFixed(2)}`);
  } catch (e) {
    if (e instanceof RangeError) console.log(`size ${size}: ${e.name}: ${e.message}`);
    else if (e instanceof TypeError) console.log(`size ${size}: no samples (${e.message})`);
    else throw e;
  }
}
