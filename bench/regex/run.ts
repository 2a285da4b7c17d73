// What regular expressions cost on the ESP8266's CPU (issue 11): QEMU lx106 with -icount (cycles =
// instructions). match-10 tests 10 patterns typical of firmware input (a command, an MQTT topic, an IPv4
// address, a MAC address, a sensor line, NMEA, an HTTP request line, an ISO date, an e-mail address, a version)
// against their lines, 11 rounds; baseline is the same loop without the regular expressions. Cycles of one
// round of 10 matches = the difference / 11; flash = code bytes (.text + .rodata) added by the regex engine
// and the 10 compiled patterns. Usage: node dist/bench/regex/run.js
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { group, measurePrograms, result } from "../lx106-cost.js";

const ROUNDS = 11;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const runs = await measurePrograms(join(root, "bench", "regex", "programs"), ["baseline", "match-10"]);
const base = runs.get("baseline")!;
const match = runs.get("match-10")!;
if (result(match) !== result(base)) throw new Error(`match-10 prints ${result(match)} but baseline prints ${result(base)}`);
const perRound = (match.cycles - base.cycles) / ROUNDS;
console.log("program     cycles      code B");
console.log(`baseline    ${group(base.cycles).padStart(10)} ${group(base.code).padStart(10)}`);
console.log(`match-10    ${group(match.cycles).padStart(10)} ${group(match.code).padStart(10)}`);
console.log(`10 pattern matches (one round): ${group(perRound)} cycles (${(perRound / 80_000).toFixed(3)} ms at 80 MHz), ${group(perRound / 10)} a match`);
console.log(`flash added by regex (engine + 10 patterns): ${group(match.code - base.code)} B`);
