// Nested try statements: the order of catch and finally blocks, rethrowing, an error thrown inside a catch
// handled by the outer try, and a return inside finally overriding both a return and a throw.
const log: string[] = [];

function inner(n: number): number {
  try {
    log.push("inner try " + n);
    if (n % 2 === 1) throw new Error("odd " + n);
    return n * 10;
  } catch (e) {
    log.push("inner catch " + (e as Error).message);
    if (n > 2) throw new RangeError("too big " + n);
    return -1;
  } finally {
    log.push("inner finally " + n);
  }
}

function outer(n: number): string {
  try {
    try {
      return "value " + inner(n);
    } finally {
      log.push("middle finally");
    }
  } catch (e) {
    if (e instanceof RangeError) return "range: " + e.message;
    throw e;
  } finally {
    log.push("outer finally");
  }
}

for (let n = 0; n < 4; n++) {
  console.log(outer(n));
  console.log(log.join(" | "));
  log.length = 0;
}

function overrideReturn(): string {
  try {
    return "from try";
  } finally {
    return "from finally";
  }
}
function overrideThrow(): string {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
console.log(overrideReturn(), overrideThrow());

function rethrow(): void {
  try {
    try {
      throw new TypeError("deep");
    } catch (e) {
      console.log("first", String(e));
      throw e;
    }
  } catch (e) {
    console.log("second", String(e), e instanceof TypeError, e instanceof Error);
  }
}
rethrow();

let depth = 0;
function recurse(n: number): number {
  depth++;
  if (n === 0) throw new Error("bottom reached after " + depth);
  return recurse(n - 1) + 1;
}
try {
  console.log(recurse(20));
} catch (e) {
  console.log((e as Error).message);
}
