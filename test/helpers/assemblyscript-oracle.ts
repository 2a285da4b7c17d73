// The reference for fixed-width programs: AssemblyScript itself. A test/fixed program is compiled by `asc`
// (the `assemblyscript` package) to WebAssembly and run in Node, with `console.log` and `abort` supplied
// as host imports; its output is what the host and lx106 builds must print.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./paths.js";
import { runProcess } from "./process.js";

const ASC = join(repoRoot, "node_modules", "assemblyscript", "bin", "asc.js");

export async function runWithAssemblyScript(source: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tsduino-asc-"));
  try {
    const wasm = join(dir, "program.wasm");
    // --exportStart: the top-level code runs after instantiation, once memory is reachable for console.log.
    const compiled = await runProcess(process.execPath, [ASC, source, "-o", wasm, "--exportStart", "_start"], { timeoutMs: 120_000 });
    if (compiled.code !== 0) throw new Error(`asc failed on ${source}:\n${compiled.stderr}`);
    return instantiateAndRun(readFileSync(wasm));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function instantiateAndRun(binary: Buffer): string {
  let memory: WebAssembly.Memory | undefined;
  let output = "";
  const lift = (pointer: number): string => {
    const buffer = memory!.buffer;
    const bytes = new Uint32Array(buffer)[(pointer - 4) >>> 2];
    const units = new Uint16Array(buffer, pointer, bytes >>> 1);
    return String.fromCharCode(...units);
  };
  const imports = {
    env: {
      abort(message: number, file: number, line: number, column: number): never {
        throw new Error(`abort: ${lift(message)} at ${lift(file)}:${line}:${column}`);
      },
      "console.log"(text: number): void {
        output += lift(text) + "\n";
      },
    },
  };
  const instance = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(binary)), imports);
  memory = instance.exports.memory as WebAssembly.Memory;
  (instance.exports._start as () => void)();
  return output;
}
