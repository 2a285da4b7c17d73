// Several compiled corpus programs in one translation unit, for the host and the lx106 corpus tests: g++
// spends much of a program's build on the runtime's headers, templates and inline functions, the same in
// every program, so one .ino holds N programs, each unchanged but for its `#include` of the runtime and
// wrapped in `namespace tsd_batch_<i>`, and a dispatcher setup()/loop() that call the program whose index
// the target passes at start (an environment variable on the host, a semihosting argument under QEMU).
// Every program still runs alone, in its own process (its own runtime state, Serial, heap, exit status).
import { createHash } from "node:crypto";
import type { CompiledSketch } from "../../compiler/src/index.js";

export const RUNTIME_INCLUDE = '#include "src/tsduino/tsduino.h"\n';

/** How the batch binary learns which program to run: C++ that defines `static int tsdBatchProgram()`. */
export const HOST_SELECTOR =
  "#include <stdlib.h>\n" +
  "static int tsdBatchProgram() { static int program = -1; if (program < 0) { const char* s = getenv(\"TSD_BATCH_PROGRAM\"); program = s ? atoi(s) : 0; } return program; }\n";

/** Under QEMU: argv[1] from Xtensa semihosting (SYS_argc 1000, SYS_argv_sz 1001, SYS_argv 1002), which QEMU
 * takes from `-append <index>` (argv[0] is the kernel). runLx106's `append` option passes it. */
export const LX106_SELECTOR =
  '#include "semihost.h"\n' +
  "static int tsdBatchProgram() {\n" +
  "  static int program = -1;\n" +
  "  if (program >= 0) return program;\n" +
  "  program = 0;\n" +
  "  static char buffer[128] __attribute__((aligned(4)));\n" +
  "  if (tsd_simcall(1000, 0, 0, 0) < 2 || tsd_simcall(1001, 0, 0, 0) > static_cast<int>(sizeof buffer)) return program;\n" +
  "  tsd_simcall(1002, reinterpret_cast<int>(buffer), 0, 0);\n" +
  "  for (const char* p = reinterpret_cast<char* const*>(buffer)[1]; *p >= '0' && *p <= '9'; p++) program = program * 10 + (*p - '0');\n" +
  "  return program;\n" +
  "}\n";

export function inoOf(sketch: CompiledSketch): string | undefined {
  return sketch.files.find((f) => f.path === `${sketch.name}.ino`)?.content;
}

/** Whether the sketch can go into a batch: its .ino includes the runtime in the one expected way. */
export function batchable(sketch: CompiledSketch): boolean {
  return inoOf(sketch)?.includes(RUNTIME_INCLUDE) ?? false;
}

/** The batch's one translation unit: each program in `namespace tsd_batch_<i>`, then the dispatcher. */
export function batchSource(sketches: CompiledSketch[], selector: string): string {
  const parts = [RUNTIME_INCLUDE];
  sketches.forEach((sketch, i) => {
    parts.push(`namespace tsd_batch_${i} {\n${inoOf(sketch)!.replace(RUNTIME_INCLUDE, "")}\n}  // namespace tsd_batch_${i}\n`);
  });
  const calls = (fn: string) => sketches.map((_, i) => `case ${i}: tsd_batch_${i}::${fn}(); break;`).join(" ");
  parts.push(selector, `void setup() { switch (tsdBatchProgram()) { ${calls("setup")} } }\n`, `void loop() { switch (tsdBatchProgram()) { ${calls("loop")} } }\n`);
  return parts.join("");
}

/** Runtime files of a sketch (everything but its .ino): programs are batched only with the same runtime. */
export function runtimeKey(sketch: CompiledSketch): string {
  const hash = createHash("sha256");
  for (const f of sketch.files.filter((f) => f.path !== `${sketch.name}.ino`).sort((a, b) => (a.path < b.path ? -1 : 1))) hash.update(f.path).update("\0").update(f.content).update("\0");
  return hash.digest("hex");
}

/** Splits each group into batches of at most `size`. */
export function intoBatches<T>(groups: Iterable<T[]>, size: number): T[][] {
  return [...groups].flatMap((g) => Array.from({ length: Math.ceil(g.length / size) }, (_, i) => g.slice(i * size, (i + 1) * size)));
}
