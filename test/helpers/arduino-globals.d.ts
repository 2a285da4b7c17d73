// Declarations of the Arduino globals the corpus programs use, for type-checking the corpus with plain tsc
// (test/helpers/corpus.tsconfig.json). The compiler has its own typings in runtime/typings; these only keep
// the corpus honest. console.log prints any value as Node's util.inspect lays it out (docs/testing.md).
declare const console: { log(...args: unknown[]): void };
declare const Serial: {
  begin(baud: number): void;
  print(x: string | number): void;
  println(x?: string | number): void;
  available(): number;
  read(): number;
  setDebugOutput(on: boolean): void;
};
declare function millis(): number;
declare function micros(): number;
declare function delay(ms: number): void;
declare function yieldNow(): void;
declare function pinMode(pin: number, mode: number): void;
declare function digitalWrite(pin: number, value: number): void;
declare function digitalRead(pin: number): number;
declare function analogWrite(pin: number, value: number): void;
declare const HIGH: number;
declare const LOW: number;
declare const INPUT: number;
declare const OUTPUT: number;
declare const INPUT_PULLUP: number;
declare const LED_BUILTIN: number;
declare function setTimeout(callback: () => void, ms?: number): number;
declare function setTimeout<A extends unknown[]>(callback: (...args: A) => void, ms: number, ...args: A): number;
declare function setInterval(callback: () => void, ms?: number): number;
declare function setInterval<A extends unknown[]>(callback: (...args: A) => void, ms: number, ...args: A): number;
declare function clearTimeout(id?: number | null): void;
declare function clearInterval(id?: number | null): void;
interface ObjectConstructor {
  values<T extends object>(o: T): { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? never : T[K] }[keyof T][];
}
