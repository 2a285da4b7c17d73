#!/usr/bin/env node
// Installs the npm dependencies when they are missing, and what `npm test`, `npm run demo` and `npm run bench` need from Debian, so that a fresh
// machine needs nothing but the two commands in the README. As root it runs apt-get; otherwise it
// prints the exact command to run and fails. Plain JavaScript: it runs before the TypeScript build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const purpose = process.argv.includes("--for") ? process.argv[process.argv.indexOf("--for") + 1] : "test";

// Each Debian package with a file that shows it is installed.
const PACKAGES = [
  { pkg: "g++", probe: "/usr/bin/g++", for: ["test", "demo", "bench"] },
  { pkg: "libbearssl-dev", probe: "/usr/include/bearssl.h", for: ["test", "demo", "bench"] },
  { pkg: "gcc-xtensa-lx106", probe: "/usr/bin/xtensa-lx106-elf-g++", for: ["test", "bench"] },
  { pkg: "binutils-xtensa-lx106", probe: "/usr/bin/xtensa-lx106-elf-addr2line", for: ["test", "bench"] },
  { pkg: "picolibc-xtensa-lx106-elf", probe: "/usr/lib/xtensa-lx106-elf/include/string.h", for: ["test", "bench"] },
  { pkg: "socat", probe: "/usr/bin/socat", for: ["test", "bench"] },
  { pkg: "qemu-system-misc", probe: "/usr/bin/qemu-system-xtensa", for: ["test", "bench"] },
  { pkg: "time", probe: "/usr/bin/time", for: ["bench"] },
  // Real Arduino library headers (Wire.h, SPI.h, SoftwareSerial.h) as input for the `tsduino bind` test.
  { pkg: "arduino-core-avr", probe: "/usr/share/arduino/hardware/arduino/avr/libraries/Wire/src/Wire.h", for: ["test"] },
  // The MQTT broker and its command-line clients for the PubSubClient tests and bench/net.
  { pkg: "mosquitto", probe: "/usr/sbin/mosquitto", for: ["test", "bench"] },
  { pkg: "mosquitto-clients", probe: "/usr/bin/mosquitto_pub", for: ["test", "bench"] },
];

// npm dependencies first: `npm test` and `npm run demo` work on a fresh clone without a separate `npm install`.
const root = new URL("..", import.meta.url).pathname;
if (!existsSync(`${root}node_modules/typescript/package.json`)) {
  console.error("tsduino: installing npm dependencies (npm ci)");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("tsduino: 'npm ci' failed; run it yourself to see why.");
    process.exit(1);
  }
}

const missing = PACKAGES.filter((p) => p.for.includes(purpose) && !existsSync(p.probe)).map((p) => p.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(`tsduino: missing Debian packages: ${missing.join(", ")}`);
  console.error(`Install them with:\n  sudo ${command}`);
  process.exit(1);
}
console.error(`tsduino: installing Debian packages: ${missing.join(", ")}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [["update", "-qq"], ["install", "-y", "-qq", ...missing]]) {
  const r = spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env });
  if (r.status !== 0) {
    console.error(`tsduino: 'apt-get ${args.join(" ")}' failed (exit ${r.status}).`);
    process.exit(1);
  }
}
