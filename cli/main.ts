// The `tsduino` command line: one module per command under cli/commands/, registered in commands/index.ts.
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { commands } from "./commands/index.js";
import { UserError } from "./user-error.js";

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
    if (error && !(error instanceof UserError)) throw error;
    console.error(`tsduino: ${error ? error.message : message}`);
    if (!error) console.error("Run 'tsduino --help' for usage.");
    void y;
    process.exit(1);
  });

for (const command of commands) cli.command(command);

try {
  await cli.parseAsync();
} catch (error) {
  if (error instanceof UserError) {
    console.error(`tsduino: ${error.message}`);
    process.exit(error.exitCode);
  }
  throw error;
}
