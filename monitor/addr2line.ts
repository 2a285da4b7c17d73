// Resolves code addresses to function and source line with xtensa-lx106-elf-addr2line against the firmware ELF.
// Generated C++ carries `#line` directives, so the lines point into the TypeScript files. Return addresses from a
// stack dump point after the call instruction; asking for the byte before gives the line of the call itself.
import { spawnSync } from "node:child_process";

export const ADDR2LINE = "xtensa-lx106-elf-addr2line";

export interface Location {
  address: number;
  func: string;
  file: string;
  line: number;
}

/** Code regions of the ESP8266: IRAM and the memory-mapped flash (IROM). */
export function isCodeAddress(a: number): boolean {
  return (a >= 0x40100000 && a < 0x40110000) || (a >= 0x40200000 && a < 0x40300000);
}

export function resolveAddresses(elf: string, addresses: number[], tool = ADDR2LINE): Map<number, Location> {
  const result = new Map<number, Location>();
  if (addresses.length === 0) return result;
  const r = spawnSync(tool, ["-a", "-f", "-C", "-e", elf, ...addresses.map((a) => `0x${a.toString(16)}`)], { encoding: "utf8" });
  if (r.error || r.status !== 0) throw new Error(`${tool} failed: ${r.error?.message ?? r.stderr.trim()}`);
  // Output: per address three lines: 0xADDR / function / file:line
  const lines = r.stdout.split("\n");
  for (let i = 0; i + 2 < lines.length; i += 3) {
    const address = parseInt(lines[i] ?? "", 16);
    const func = lines[i + 1] ?? "??";
    const fileLine = /^(.*):(\d+)(?: \(discriminator \d+\))?$/.exec(lines[i + 2] ?? "");
    if (!Number.isFinite(address) || !fileLine || func === "??") continue;
    result.set(address, { address, func, file: fileLine[1]!, line: Number(fileLine[2]) });
  }
  return result;
}
