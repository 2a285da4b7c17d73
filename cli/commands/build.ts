// `tsduino build main.ts [--out build] [--target device|host|lx106-qemu]`: writes the Arduino sketch folder;
// for the host target also the native executable.
import type { CommandModule } from "yargs";
import { compileEntry } from "../compile-entry.js";
import { writeSketch } from "../../builders/sketch.js";
import { buildHost } from "../../builders/host.js";
import type { Target } from "../../compiler/src/index.js";

interface BuildArgs {
  entry: string;
  out: string;
  target: Target;
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: "build <entry>",
  describe: "Compile a TypeScript sketch to an Arduino sketch folder (and, for --target host, a native executable)",
  builder: (y) =>
    y
      .positional("entry", { type: "string", demandOption: true, describe: "the sketch's main .ts file" })
      .option("out", { type: "string", default: "build", describe: "output folder" })
      .option("target", { choices: ["device", "host", "lx106-qemu"] as const, default: "device" as Target, describe: "what to build for" }),
  handler: async (args) => {
    const sketch = compileEntry(args.entry, args.target);
    const dir = writeSketch(sketch, args.out);
    console.log(`sketch written to ${dir}/${sketch.name}.ino`);
    if (args.target === "host") {
      const { executable } = await buildHost(dir, sketch);
      console.log(`host executable: ${executable}`);
    }
  },
};
