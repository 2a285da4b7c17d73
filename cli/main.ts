// The `tsduino` command line: one module per command under cli/commands/, registered in commands/index.ts.
// The only place that turns errors into output and exit codes: a UserError (or a subclass, thrown by library
// code) is one `tsduino: ` line — after the compiler's diagnostics for a CompileError — and its exit code;
// anything else is a bug and keeps its stack trace.
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import type { Diagnostic } from "../compiler/src/index.js";
import { commands } from "./commands/index.js";
import { UserError } from "./user-error.js";

async function report(error: UserError): Promise<never> {
  const diagnostics = (error as UserError & { diagnostics?: Diagnostic[] }).diagnostics;
  if (diagnostics?.length) {
    const { formatDiagnostic } = await import("../compiler/src/index.js");
    for (const d of diagnostics) console.error(formatDiagnostic(d));
  }
  console.error(`tsduino: ${error.message}`);
  process.exit(error.exitCode);
}

const cli = yargs(hideBin(process.argv))
  .scriptName("tsduino")
  .usage("$0 <command> [options]")
  .strict()
  .demandCommand(1, "Give a command; 'tsduino --help' lists them.")
  .recommendCommands()
  .help()
  .version()
  .wrap(Math.min(100, process.stdout.columns || 100))
  .fail((message, error, y) => {
    if (error) throw error; // reported below, after the handler's own output
    console.error(`tsduino: ${message}`);
    console.error("Run 'tsduino --help' for usage.");
    void y;
    process.exit(1);
  });

for (const command of commands) cli.command(command);

try {
  await cli.parseAsync();
} catch (error) {
  if (error instanceof UserError) await report(error);
  throw error;
}
