// `xs.concat([]).reduceRight(f, init())` evaluates the receiver before the initial value, as every call
// does; reduceRight was lowered to a free C++ function whose arguments g++ evaluated right to left, so an
// initial value that reassigns the array was seen by the receiver (fuzz g33600171, --everyday, session 7:
// Node printed -0, ours 4294967295).
let readings: number[] = [2, 3, 5];
class Sensor {
  reset(x: number): number {
    readings = [7];
    return x;
  }
}
const sensor = new Sensor();
function restart(x: number): number {
  readings = [11];
  return x;
}
console.log(readings.concat([]).reduceRight((acc, x) => acc * x, sensor.reset(1)));
readings = [2, 3, 5];
console.log(readings.reduceRight((acc, x) => acc + "/" + x, String(restart(4))));
readings = [2, 3, 5];
const product = readings.slice(1).reduceRight((acc, x) => acc * x, sensor.reset(-1));
console.log(product, readings.join());
readings = [-0, 4294967295, 9007199254740993];
console.log(readings.concat([]).reduceRight((acc, x) => acc * x, restart(1)), readings.join());
