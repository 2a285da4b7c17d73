// The Node side of the regular expression differential test: runs RegExp.prototype.exec the way the C++
// driver (test/runtime-cpp/regexp.cpp) runs the VM and encodes the result the same way.
import type { RegExpCase } from "./generate.js";

export function nodeMatches(c: RegExpCase): string {
  const re = new RegExp(c.pattern, c.flags + "d");
  const repeat = re.global || re.sticky;
  const out: string[] = [];
  for (let k = 0; k < 50; k++) {
    if (re.lastIndex > c.input.length) break;
    const m = re.exec(c.input);
    if (!m) break;
    out.push(m.indices!.map((r) => (r ? `${r[0]},${r[1]}` : "-1,-1")).join(","));
    if (!repeat) break;
    if (m[0] === "") {
      const cp = c.input.codePointAt(re.lastIndex);
      re.lastIndex += re.unicode && cp !== undefined && cp > 0xffff ? 2 : 1;
    }
  }
  return out.join(";");
}

/** A case on the driver's stdin line (the program comes from our compiler). */
export function driverLine(program: Uint8Array, c: RegExpCase): string {
  let units = "";
  for (let i = 0; i < c.input.length; i++) units += c.input.charCodeAt(i).toString(16).padStart(4, "0");
  return `${Buffer.from(program).toString("hex")} ${units || "-"} ${c.flags.includes("g") || c.flags.includes("y") ? "g" : "1"}`;
}
