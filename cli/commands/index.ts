// Every `tsduino` command, in the order `tsduino --help` lists them. Add one line per command module.
import type { CommandModule } from "yargs";
import { buildCommand } from "./build.js";
import { runCommand } from "./run.js";
import { certCommand } from "./cert.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  buildCommand,
  runCommand,
  certCommand,
];
