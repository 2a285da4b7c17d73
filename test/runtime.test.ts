// Tests of the C++ runtime (runtime/core, runtime/arduino, runtime/host) with real compilers: the runtime is
// built with g++ -Wall -Wextra -Werror, driven by the C++ programs in test/runtime-cpp/ and compared with
// Node itself (number formatting and parsing, every String member, arrays, maps, sets, typed arrays,
// console formatting); timers run in the order of Node's timer lists on a fake clock; memory stays flat
// over 300 000 dropped objects and a 1 000 000-node list is freed on a 256 KB stack; uncaught errors print
// Node's text and exit 1; and every runtime source plus a sample sketch compiles for the ESP8266 CPU with
// xtensa-lx106-elf-g++ against runtime/device.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cacheDir, repoRoot } from "./helpers/paths.js";
import { Rng } from "./generator/random.js";

const CORE = join(repoRoot, "runtime", "core");
const ARDUINO = join(repoRoot, "runtime", "arduino");
const HOST = join(repoRoot, "runtime", "host");
const DEVICE = join(repoRoot, "runtime", "device");
const CPP_TESTS = join(repoRoot, "test", "runtime-cpp");
const WARNINGS = ["-Wall", "-Wextra", "-Werror"];
const HOST_FLAGS = ["-std=gnu++17", "-O2", ...WARNINGS, "-I", ARDUINO, "-I", CORE];
// The machine may be shared with other builds: compilers get generous time, programs the default 2 min.
const BUILD_TIMEOUT_MS = 600_000;
const XTENSA_FLAGS = ["-std=gnu++17", "-fno-exceptions", "-fno-rtti", ...WARNINGS, "-Os", "-c", "-I", DEVICE, "-I", CORE];

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ code: 127, stdout: "", stderr: String(e) });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

function cppSources(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".cpp")).sort().map((f) => join(dir, f));
}

let work = "";
let runtimeObjects: string[] = [];

/** Compiles the runtime (two compilers at a time, cached) into object files shared by every test program. */
async function buildRuntimeObjects(): Promise<string[]> {
  const sources = [...cppSources(CORE), ...cppSources(ARDUINO), ...cppSources(HOST)];
  // Objects are cached by the content of every runtime source and header and the flags.
  const hash = createHash("sha256").update(HOST_FLAGS.join(" "));
  for (const dir of [CORE, ARDUINO, HOST])
    for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  const cache = join(cacheDir, "runtime-test", hash.digest("hex").slice(0, 16));
  mkdirSync(cache, { recursive: true });
  const objects: string[] = [];
  const queue = sources
    .map((src, i) => ({ src, obj: join(cache, `${i}-${basename(src, ".cpp")}.o`) }))
    .filter((job) => {
      if (!existsSync(job.obj)) return true;
      objects.push(job.obj);
      return false;
    });
  const failures: string[] = [];
  async function worker(): Promise<void> {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const tmp = `${job.obj}.${process.pid}.tmp`;
      const r = await run("nice", ["g++", ...HOST_FLAGS, "-c", job.src, "-o", tmp], { timeoutMs: BUILD_TIMEOUT_MS });
      if (r.code !== 0) failures.push(`${job.src}:\n${r.stderr}`);
      else renameSync(tmp, job.obj);
      objects.push(job.obj);
    }
  }
  await Promise.all([worker(), worker()]);
  if (failures.length) throw new Error(`runtime does not build warning-free with g++:\n${failures.join("\n")}`);
  return objects;
}

async function buildProgram(name: string): Promise<string> {
  const exe = join(work, name);
  const r = await run("nice", ["g++", ...HOST_FLAGS, join(CPP_TESTS, `${name}.cpp`), ...runtimeObjects, "-o", exe], { timeoutMs: BUILD_TIMEOUT_MS });
  assert.equal(r.code, 0, `building ${name}.cpp failed (exit ${r.code}):\n${r.stderr}`);
  return exe;
}

// ---- encoding of the oracle protocol (see test/runtime-cpp/oracle.cpp) ----

function numberHex(x: number): string {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return b.readBigUInt64LE().toString(16).padStart(16, "0");
}

/** WTF-8: UTF-8 with unpaired surrogates as 3-byte sequences (what the runtime stores). */
function wtf8Hex(s: string): string {
  if (s === "") return "-";
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Buffer.from(bytes).toString("hex");
}

function fromWtf8Hex(hex: string): string {
  const b = Buffer.from(hex, "hex");
  let s = "";
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    let cp: number;
    if (c < 0x80) (cp = c), (i += 1);
    else if (c < 0xe0) (cp = ((c & 31) << 6) | (b[i + 1]! & 63)), (i += 2);
    else if (c < 0xf0) (cp = ((c & 15) << 12) | ((b[i + 1]! & 63) << 6) | (b[i + 2]! & 63)), (i += 3);
    else (cp = ((c & 7) << 18) | ((b[i + 1]! & 63) << 12) | ((b[i + 2]! & 63) << 6) | (b[i + 3]! & 63)), (i += 4);
    s += cp >= 0x10000 ? String.fromCodePoint(cp) : String.fromCharCode(cp);
  }
  return s;
}

type Value = number | string | boolean | string[] | undefined;
interface Case {
  op: string;
  args: (number | string)[];
  expected: Value;
}

function encodeCase(c: Case): string {
  return [c.op, ...c.args.map((a) => (typeof a === "number" ? numberHex(a) : wtf8Hex(a)))].join("\t");
}

function decodeResult(line: string): Value {
  const [kind, payload = ""] = [line.slice(0, 1), line.slice(2)];
  if (kind === "n") {
    const b = Buffer.from(payload.padStart(16, "0"), "hex");
    return b.readDoubleBE();
  }
  if (kind === "s") return fromWtf8Hex(payload);
  if (kind === "u") return undefined;
  if (kind === "b") return payload === "1";
  if (kind === "a") return payload === "" ? [] : payload.slice(1).split(",").map(fromWtf8Hex);
  return `unknown result ${line}`;
}

function sameValue(a: Value, b: Value, op = ""): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  // Known difference: V8's ** is fdlibm's pow, the C library's is correctly rounded; allow 1 ulp.
  if (op === "pow" && typeof a === "number" && typeof b === "number" && Number.isFinite(a) && Number.isFinite(b))
    return Math.abs(a - b) <= Math.abs(b) * Number.EPSILON;
  return Object.is(a, b);
}

function show(v: unknown): string {
  return typeof v === "number" && Object.is(v, -0) ? "-0" : JSON.stringify(v);
}

async function checkCases(exe: string, cases: Case[]): Promise<void> {
  const r = await run(exe, [], { input: cases.map(encodeCase).join("\n") + "\n" });
  assert.equal(r.code, 0, `oracle exited with ${r.code}: ${r.stdout.slice(-500)}${r.stderr}`);
  const lines = r.stdout.split("\n").filter((l) => l.length > 0);
  assert.equal(lines.length, cases.length, "one result per case");
  const failures: string[] = [];
  cases.forEach((c, i) => {
    const got = decodeResult(lines[i]!);
    if (!sameValue(got, c.expected, c.op)) failures.push(`${c.op}(${c.args.map(show).join(", ")}): node ${show(c.expected)}, runtime ${show(got)}`);
  });
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} differ from Node:\n${failures.slice(0, 25).join("\n")}`);
}

// ---- inputs ----

function seededRandom(seed: number): () => number {
  const rng = new Rng(seed);  // mulberry32, as the program generator uses
  return () => rng.next();
}

const SPECIAL_NUMBERS = [
  0, -0, NaN, Infinity, -Infinity, 1, -1, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1e21, 1e20, 123456789012345680000, 1e-7, 1e-6,
  1.5e-7, 123e-20, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -2.5e-8, 9007199254740992, 9007199254740993,
  2 ** 53 + 2, 2 ** 60, 2 ** 64, 2 ** 70, 4294967295, 4294967296, -2147483648, 2147483647, 2147483648, 1e15, 1e16, 1e17,
  123.456, 1.005, 2.5, 0.5, 1.5, -2.5, -0.5, 1.45, 8.345, 1.255, 0.000001, 0.0000001, 100, 1000000, 1e300, 1e-300,
  Math.PI, Math.E, Math.SQRT2, 0.1 * 3, 1.1 * 1.1, 4.35, 0.07, 1234.5678, 99.995, 0.125, 0.375, 10.5, 1e-10, 5e-7,
];

function numberPool(): number[] {
  const rand = seededRandom(1234);
  const pool = [...SPECIAL_NUMBERS];
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 400; i++) {
    // Uniform bit patterns (any exponent), decimal-looking values, and integers.
    view.setUint32(0, Math.floor(rand() * 2 ** 32));
    view.setUint32(4, Math.floor(rand() * 2 ** 32));
    pool.push(view.getFloat64(0));
    pool.push(Number((rand() * 10 ** Math.floor(rand() * 12 - 4)).toPrecision(1 + Math.floor(rand() * 17))));
    pool.push(Math.floor(rand() * 2 ** Math.floor(rand() * 60)) * (rand() < 0.3 ? -1 : 1));
    pool.push(Math.round(rand() * 100000) / 1000);
  }
  return pool;
}

const NUMBER_STRINGS = [
  "", " ", "0", "-0", "12", "  12  ", "\t\n 42 \r\n", "\u00a012\u2003", "\ufeff7", "0x1F", "0X1f", "-0x10", "0x", "0b101",
  "0o17", "0b2", "1e3", "1E-3", ".5", "5.", "+.5e-3", "-.5", ".", "e5", "1e", "1e+", "Infinity", "-Infinity", "+Infinity",
  "infinity", "INFINITY", "NaN", "1_000", "12px", "px12", "00012", "1.7976931348623157e309", "4.9e-324", "2e-324",
  "0.1", "123456789012345678901234567890", "9007199254740993", "0.30000000000000004", "3.14abc", "  -3.5e2xyz",
  "0x123456789abcdef0123", "1,5", "١٢", "- 5", "+-5", "0.0000001", "12.34.56", "1e1000", "-1e-1000",
];

const STRINGS = [
  "", "a", "hello world", "Hello, World!", "  padded  ", "héllo wörld", "日本語のテキスト", "emoji 😀 here 🎉!",
  "\ud800 lone", "a\udc00b", "x\ud83d", "mixed ÀÉÎõü ß ÿ µ × ÷", "x,y,,z", "aaa", "abcabc", "\u00a0\u2003 nbsp \ufeff",
  "line1\nline2\r\n", "a$b", "$&$$", "tab\there", "ÀÀ", "😀😀😀",
];
const INDEXES = [-Infinity, -5, -1, -0.5, 0, 0.7, 1, 2, 3, 7, 100, Infinity, NaN];
const NEEDLES = ["", "a", "l", "o w", "😀", "\udc00", "ß", ",", "abc", "zz", "é", "aa"];

function numberCases(): Case[] {
  const cases: Case[] = [];
  const pool = numberPool();
  const rand = seededRandom(99);
  for (const x of pool) {
    cases.push({ op: "fmt", args: [x], expected: String(x) });
    cases.push({ op: "round", args: [x], expected: Math.round(x) });
    cases.push({ op: "int32", args: [x], expected: x | 0 });
    cases.push({ op: "uint32", args: [x], expected: x >>> 0 });
    cases.push({ op: "sign", args: [x], expected: Math.sign(x) });
    if (Math.abs(x) < 1e21 || !Number.isFinite(x)) {
      for (const d of [0, 1, 2, 3, 5, 10, 20]) cases.push({ op: "fixed", args: [x, d], expected: x.toFixed(d) });
      cases.push({ op: "fixed", args: [x, 100], expected: x.toFixed(100) });
    }
    for (const p of [1, 2, 6, 15, 17, 21]) cases.push({ op: "prec", args: [x, p], expected: x.toPrecision(p) });
    for (const r of [2, 8, 16, 36]) cases.push({ op: "radix", args: [x, r], expected: x.toString(r) });
    const y = pool[Math.floor(rand() * pool.length)]!;
    cases.push({ op: "mod", args: [x, y], expected: x % y });
    cases.push({ op: "pow", args: [x, y], expected: x ** y });
    cases.push({ op: "max", args: [x, y], expected: Math.max(x, y) });
    cases.push({ op: "min", args: [x, y], expected: Math.min(x, y) });
  }
  for (const [x, y] of [[1, NaN], [-8, 1 / 3], [1, Infinity], [-1, -Infinity], [NaN, 0], [0, -1], [-0, -1], [-0, 3], [2, 0.5], [0, 0], [-0, 0], [5, -0]])
    cases.push({ op: "pow", args: [x!, y!], expected: x! ** y! }, { op: "mod", args: [x!, y!], expected: x! % y! });
  for (const x of [0.5, 1.5, 2.5, 1.005, 1.045, 0.045, 10.235, 1.0e-10, 8.345e-5, 5e-7, 1234.5, 0.0005, 99.5, 0.95])
    for (let d = 0; d <= 12; d++) cases.push({ op: "fixed", args: [x, d], expected: x.toFixed(d) }, { op: "fixed", args: [-x, d], expected: (-x).toFixed(d) });
  for (const s of NUMBER_STRINGS) {
    cases.push({ op: "num", args: [s], expected: Number(s) });
    cases.push({ op: "float", args: [s], expected: parseFloat(s) });
    cases.push({ op: "int", args: [s], expected: parseInt(s) });
    for (const r of [0, 2, 8, 10, 16, 36, 37, 1, -1, NaN, 16.9]) cases.push({ op: "int", args: [s, r], expected: parseInt(s, r) });
  }
  return cases;
}

function stringCases(): Case[] {
  const cases: Case[] = [];
  for (const s of STRINGS) {
    cases.push({ op: "length", args: [s], expected: s.length });
    for (const op of ["toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd"] as const) cases.push({ op, args: [s], expected: s[op]() });
    cases.push({ op: "codePoints", args: [s], expected: [...s] });
    for (const i of INDEXES) {
      cases.push({ op: "charCodeAt", args: [s, i], expected: s.charCodeAt(i) });
      cases.push({ op: "charAt", args: [s, i], expected: s.charAt(i) });
      cases.push({ op: "at", args: [s, i], expected: s.at(i) });
      cases.push({ op: "index", args: [s, i], expected: (s as unknown as Record<number, string | undefined>)[i] });
      cases.push({ op: "slice", args: [s, i, 4], expected: s.slice(i, 4) }, { op: "slice", args: [s, -3, i], expected: s.slice(-3, i) });
      cases.push({ op: "substring", args: [s, i, 3], expected: s.substring(i, 3) }, { op: "substring", args: [s, 5, i], expected: s.substring(5, i) });
      if (i >= 0 && i <= 100) {
        cases.push({ op: "repeat", args: [s, Math.min(i, 5)], expected: s.repeat(Math.min(i, 5)) });
        cases.push({ op: "padStart", args: [s, i + 10, "-=😀"], expected: s.padStart(i + 10, "-=😀") });
        cases.push({ op: "padEnd", args: [s, i + 12, "ab"], expected: s.padEnd(i + 12, "ab") });
      }
    }
    for (const t of NEEDLES) {
      for (const from of [0, 1, 3, -2, Infinity, NaN]) {
        cases.push({ op: "indexOf", args: [s, t, from], expected: s.indexOf(t, from) });
        cases.push({ op: "lastIndexOf", args: [s, t, from], expected: s.lastIndexOf(t, from) });
        cases.push({ op: "includes", args: [s, t, from], expected: s.includes(t, from) });
        cases.push({ op: "startsWith", args: [s, t, from], expected: s.startsWith(t, from) });
        cases.push({ op: "endsWith", args: [s, t, from], expected: s.endsWith(t, from) });
      }
      cases.push({ op: "split", args: [s, t], expected: s.split(t) });
      cases.push({ op: "replace", args: [s, t, "<$&|$$|$`|$'>"], expected: s.replace(t, "<$&|$$|$`|$'>") });
      cases.push({ op: "replaceAll", args: [s, t, "[$&]"], expected: s.replaceAll(t, "[$&]") });
      cases.push({ op: "concat", args: [s, t], expected: s + t });
    }
    for (const t of STRINGS) {
      cases.push({ op: "less", args: [s, t], expected: s < t }, { op: "equal", args: [s, t], expected: s === t });
    }
  }
  const units = [0, 65, 0xe9, 0x20ac, 0xd83d, 0xde00, 0xdc00, 0xd800, 65536 + 66, -1, 1.9, NaN, 0x10ffff];
  for (const a of units) for (const b of units) cases.push({ op: "fromCharCode", args: [a, b], expected: String.fromCharCode(a, b) });
  cases.push({ op: "concat", args: ["\ud83d", "\ude00"], expected: "\ud83d\ude00" });
  cases.push({ op: "length", args: ["\ud83d\ude00"], expected: 2 });
  cases.push({ op: "sortStrings", args: ["b,a,B,\u00e9,e,😀,\uffff,10,9,,z"], expected: "b,a,B,\u00e9,e,😀,\uffff,10,9,,z".split(",").sort() });
  cases.push({ op: "sortNumbers", args: ["10,9,1,-1,0.5,1e21,NaN,-0,100"], expected: [10, 9, 1, -1, 0.5, 1e21, NaN, -0, 100].sort().join(",") });
  return cases;
}

describe("C++ runtime", { concurrency: 1 }, () => {
  before(async () => {
    work = mkdtempSync(join(tmpdir(), "tsduino-runtime-"));
    runtimeObjects = await buildRuntimeObjects();
  });
  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("formats and parses numbers exactly as Node does", async () => {
    const exe = await buildProgram("oracle");
    await checkCases(exe, numberCases());
  });

  it("implements every String member with JavaScript's UTF-16 semantics on UTF-8 storage", async () => {
    await checkCases(join(work, "oracle"), stringCases());
  });

  it("behaves like Node for arrays, maps, sets, typed arrays, closures, classes and console.log", async () => {
    const exe = await buildProgram("semantics");
    const cpp = await run(exe, []);
    const node = await run(process.execPath, [join(CPP_TESTS, "semantics.js")]);
    assert.equal(node.code, 0, node.stderr);
    assert.equal(cpp.code, 0, cpp.stdout + cpp.stderr);
    const want = node.stdout.split("\n");
    const got = cpp.stdout.split("\n");
    for (let i = 0; i < Math.max(want.length, got.length); i++) assert.equal(got[i], want[i], `line ${i + 1} differs`);
  });

  it("keeps memory flat while 300 000 objects are created and dropped", async () => {
    const exe = await buildProgram("memory");
    const base = await run(exe, [], { env: { MODE: "baseline" } });
    const churn = await run(exe, [], { env: { MODE: "churn" } });
    assert.equal(churn.code, 0, churn.stdout + churn.stderr);
    const rss = (r: RunResult) => Number(/rss (\d+)/.exec(r.stdout)?.[1]);
    assert.match(churn.stdout, /^total 45003638890\n/);
    const growthKb = rss(churn) - rss(base);
    assert.ok(growthKb < 2048, `peak RSS grew by ${growthKb} KB (baseline ${rss(base)} KB, churn ${rss(churn)} KB)`);
  });

  it("frees a 1 000 000-node linked list without recursion (256 KB stack)", async () => {
    const exe = join(work, "memory");
    const r = await run("sh", ["-c", `ulimit -s 256 && exec "${exe}"`], { env: { MODE: "chain" } });
    assert.equal(r.code, 0, `exit ${r.code}: ${r.stdout}${r.stderr}`);
    assert.match(r.stdout, /^built 999999\ndestroyed 1000000\n/);
  });

  it("adds only a vtable pointer and a 4-byte refcount per object", async () => {
    const r = await run(join(work, "memory"), [], { env: { MODE: "sizes" } });
    const m = /object (\d+) pointer (\d+) string (\d+) array (\d+)/.exec(r.stdout);
    assert.ok(m, r.stdout);
    const [object, pointer] = [Number(m[1]), Number(m[2])];
    assert.ok(object <= pointer + 4 + (pointer === 8 ? 4 : 0), `sizeof(ts::Object) = ${object}`);
    assert.ok(Number(m[3]) <= 2 * pointer, `sizeof(ts::String) = ${m[3]}`);
    assert.equal(Number(m[4]), pointer, "an array handle is one pointer");
  });

  it("prints uncaught errors like Node and exits with code 1", async () => {
    const exe = await buildProgram("errors");
    const expect: Record<string, string> = {
      throw: "before\nUncaught Error: boom\n    at main.ts:12\n",
      repeat: "before\nUncaught RangeError: Invalid count value: -1\n",
      index: "before\nUncaught RangeError: index out of range\n",
      reduce: "before\nUncaught TypeError: Reduce of empty array with no initial value\n",
      null: "before\nUncaught TypeError: Cannot read properties of null (reading '0')\n", // Node: null[0]
      fixed: "before\nUncaught RangeError: toFixed() digits argument must be between 0 and 100\n",
    };
    for (const [mode, stdout] of Object.entries(expect)) {
      const r = await run(exe, [], { env: { MODE: mode } });
      assert.equal(r.stdout, stdout, mode);
      assert.equal(r.code, 1, `${mode}: exit code`);
    }
    const ok = await run(exe, [], { env: { MODE: "none" } });
    assert.deepEqual([ok.code, ok.stdout], [0, "before\nafter\n"]);
  });

  it("runs timers in Node's order on a fake clock, with no loop that never yields and no list freed while it runs", async () => {
    // test/runtime-cpp/timers.cpp is its own platform layer (a clock that moves only when the program waits or
    // a callback spends time, as on lx106), so it links every runtime object but the host platform and the
    // timers, which it builds from source with AddressSanitizer (a list freed under listOnTimeout is caught).
    const objects = runtimeObjects.filter((o) => !/-(platform|ts_timers)\.o$/.test(basename(o)));
    const exe = join(work, "timers");
    const build = await run("nice", ["g++", ...HOST_FLAGS, "-fsanitize=address", "-g", join(CPP_TESTS, "timers.cpp"), join(CORE, "ts_timers.cpp"), ...objects, "-o", exe], { timeoutMs: BUILD_TIMEOUT_MS });
    assert.equal(build.code, 0, build.stderr);
    const r = await run(exe, [], { env: { ASAN_OPTIONS: "detect_leaks=0" } });
    assert.equal(r.code, 0, `exit ${r.code}:\n${r.stdout}${r.stderr}`);
    assert.deepEqual(r.stdout.split("\n").filter((l) => l), expectedTimerLines());
  });

  it("compiles every runtime source and a sample sketch for the ESP8266 CPU (xtensa-lx106-elf-g++)", async () => {
    const dir = join(work, "xtensa");
    mkdirSync(dir, { recursive: true });
    const sketch = join(dir, "sample.cpp");
    writeFileSync(sketch, '#include "tsduino.h"\n' + SAMPLE_SKETCH);
    const failures: string[] = [];
    const queue = [...cppSources(CORE), sketch, join(CPP_TESTS, "semantics.cpp")];
    const worker = async (id: number) => {
      for (let src = queue.shift(); src; src = queue.shift()) {
        const r = await run("nice", ["xtensa-lx106-elf-g++", ...XTENSA_FLAGS, src, "-o", join(dir, `out${id}.o`)], { timeoutMs: BUILD_TIMEOUT_MS });
        if (r.code !== 0) failures.push(`${src}:\n${r.stderr.split("\n").slice(0, 15).join("\n")}`);
      }
    };
    await Promise.all([worker(0), worker(1)]);
    assert.equal(failures.length, 0, failures.join("\n"));
  });
});

// A sketch in the shape the compiler emits: globals from literals, setup/loop, Serial printing.
const SAMPLE_SKETCH = `
ts::String greeting = TS_STR("héllo");
ts::Array<double> readings = ts::Array<double>::of(1.5, 2, 3);
ts::Map<ts::String, double> counts = ts::Map<ts::String, double>::create();
void setup() {
  Serial.begin(115200);
  counts.set(greeting, readings.reduce([](double a, double b) { return a + b; }, 0.0));
  ts::println(Serial, ts::concat(greeting, TS_STR(" "), counts.get(greeting), TS_STR(" "), ts::toFixed(0.1 + 0.2, 3)));
  Serial.printf("%s %d\\n", greeting.c_str(), 3);
  pinMode(LED_BUILTIN, OUTPUT);
}
void loop() {
  digitalWrite(LED_BUILTIN, millis() % 1000 < 500 ? HIGH : LOW);
  ts::console_log(greeting.toUpperCase(), greeting.length(), ts::Math_random() < 1);
  delay(1000);
}
`;

/**
 * What Node's lib/internal/timers.js gives for each scenario of test/runtime-cpp/timers.cpp (times in ms from
 * the scenario's start on its fake clock). The rule: one list per duration, timers in creation order; a pass
 * at time `now` takes the list with the smallest (expiry, list id) while its expiry <= now and runs its
 * timers from the front while `now - start >= duration`; a list whose front timer is not due gets
 * expiry max(start + duration, now + 1) and a new id; an interval is re-armed from the time its callback
 * started; a timer armed in a pass started at or after `now`, so it never runs in that pass.
 */
function expectedTimerLines(): string[] {
  // "many": 100 timers created at 0 with durations 1 + (k * 37) % 10, all due in the pass at 20: lists by
  // duration, each in creation order; timer k clears timer k + 1 when k % 10 === 3 (if it has not run), and
  // timer k arms a 0 ms timer when k % 25 === 0: those run at 21, in the order they were armed.
  const duration = (k: number): number => 1 + ((k * 37) % 10);
  const order = [...Array(100).keys()].sort((a, b) => duration(a) - duration(b) || a - b);
  const cleared = new Set<number>();
  const many: string[] = [];
  const retries: string[] = [];
  for (const k of order) {
    if (cleared.has(k)) continue;
    many.push(`t${k}@20`);
    if (k % 10 === 3 && k + 1 < 100) cleared.add(k + 1);
    if (k % 25 === 0) retries.push(`t${k}+@21`);
  }
  return [
    // a (1 ms) arms b (0 ms = 1 ms) after spending 1 ms: b joins the 1 ms list but waits; x (2 ms) runs first.
    "zero retry: a@5 x@6 b@7",
    // the 15 ms list is re-armed at 15 (expiry 30, a newer id than the 30 ms list): job runs first at 30 and
    // takes 2 ms; the tick then starts at 32, so it is next due at 47 (not again in the pass at 30).
    "interval: tick@15 job@30 tick@32 tick@47 tick@62 100 ticks, last@1502",
    "clear in list: a@10 c@10",
    // p empties its own list by clearing q; r and s go to a new 20 ms list armed at 20.
    "clear empties list: p@20 r@40 s@40",
    "clearInterval self: i@5 i@10 i@15 z@20",
    "clearInterval self, list not empty: j@7 w@7",
    `many: ${[...many, ...retries].join(" ")}`,
    // 0, negative and NaN are 1 ms: one list in creation order, expiring before the 2 ms list.
    "zero is 1 ms: a@5 b@5 d@5 e@5 c@5",
    // at 10 three lists expire together: A's (created first), C's (at 4), E's (at 8), in that order.
    "same expiry: B@4 D@8 A@10 C@10 E@10",
    // P2 joins the 5 ms list at 5, which then gets a newer id than Q's 10 ms list: both expire at 10.
    "re-armed list: P@5 Q@10 P2@10",
    "delay: a@5 i@7 i@14 delay@20",
    // x waits 10 ms inside its callback (no timer runs meanwhile), then y, which was due at 2, runs.
    "delay in callback: x@11 y@11",
    "armed 0",
  ];
}
