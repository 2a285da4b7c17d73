// `tsduino bind path/to/Library.h [--out libraries] [--module Name]`: writes a starting binding for an
// Arduino library (typings, adapter, binding.json) into the project's libraries/ folder, from which the
// compiler resolves `import ... from "<Module>"` like a built-in library. The adapter lists what it could
// not infer as TODO lines.
import type { CommandModule } from "yargs";
import { bindHeader, BindError } from "../../hosttools/bind/index.js";
import { UserError } from "../user-error.js";

interface BindArgs {
  header: string;
  out: string;
  module?: string;
}

export const bindCommand: CommandModule<object, BindArgs> = {
  command: "bind <header>",
  describe: "Write a starting TypeScript binding (.d.ts + adapter) for an Arduino library's C++ header",
  builder: (y) =>
    y
      .positional("header", { type: "string", demandOption: true, describe: "the library's header, e.g. libraries/Foo/src/Foo.h" })
      .option("out", { type: "string", default: "libraries", describe: "the project's libraries folder" })
      .option("module", { type: "string", describe: "the import name (default: the header's name)" }),
  handler: (args) => {
    try {
      const b = bindHeader(args.header, args.out, args.module);
      console.log(`wrote ${b.dir}: ${b.bound.classes} class${b.bound.classes === 1 ? "" : "es"}, ${b.bound.methods} method signatures, ${b.bound.constants} constants`);
      console.log(`import them with: import { ... } from "${b.module}";`);
      if (b.todo.length) {
        console.log(`${b.todo.length} thing${b.todo.length === 1 ? "" : "s"} to finish by hand (also at the top of tsduino_${b.module}.h):`);
        for (const t of b.todo) console.log(`  - ${t}`);
      }
    } catch (error) {
      if (error instanceof BindError) throw new UserError(error.message);
      throw error;
    }
  },
};
