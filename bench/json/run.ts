// What JSON costs on the ESP8266's CPU (issue 11): QEMU lx106 with -icount (cycles = instructions). parse-*
// parse a 206-byte configuration (4 records, an array of 2, 12 numbers and strings) into a declared type
// once / 11 times, baseline-* do the same without the parse; stringify-200-x11 writes the parsed value back
// 11 times, parsed-200-x11 parses it once and loops without stringify. Cycles of one parse or stringify = the
// x11 difference / 11; flash = code bytes (.text + .rodata) added. Usage: node dist/bench/json/run.js
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { group, measurePrograms, result, type Lx106Cost } from "../lx106-cost.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const names = ["baseline-200", "parse-200", "baseline-200-x11", "parse-200-x11", "parsed-200-x11", "stringify-200-x11"];
const runs = await measurePrograms(join(root, "bench", "json", "programs"), names);
const get = (name: string): Lx106Cost => runs.get(name)!;
console.log("program             cycles      code B   prints");
for (const name of names) console.log(`${name.padEnd(19)} ${group(get(name).cycles).padStart(10)} ${group(get(name).code).padStart(10)}   ${result(get(name))}`);
const parse = (get("parse-200-x11").cycles - get("baseline-200-x11").cycles) / 11;
const first = get("parse-200").cycles - get("baseline-200").cycles;
const stringify = (get("stringify-200-x11").cycles - get("parsed-200-x11").cycles) / 11;
console.log(`JSON.parse of 206 bytes: ${group(parse)} cycles (${(parse / 80_000).toFixed(3)} ms at 80 MHz; the first, with its allocations: ${group(first)}), flash added ${group(get("parse-200").code - get("baseline-200").code)} B`);
console.log(`JSON.stringify back to 206 bytes: ${group(stringify)} cycles (${(stringify / 80_000).toFixed(3)} ms at 80 MHz), flash added ${group(get("stringify-200-x11").code - get("parsed-200-x11").code)} B`);
