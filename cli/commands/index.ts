// Every `tsduino` command, in the order `tsduino --help` lists them. Add one line per command module.
import type { CommandModule } from "yargs";
import { buildCommand } from "./build.js";
import { runCommand } from "./run.js";
import { certCommand } from "./cert.js";
import { boardsCommand } from "./boards.js";
import { newCommand } from "./new.js";
import { doctorCommand } from "./doctor.js";
import { flashCommand } from "./flash.js";
import { eraseCommand } from "./erase.js";
import { monitorCommand } from "./monitor.js";
import { uploadCommand } from "./upload.js";
import { bindCommand } from "./bind.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  buildCommand,
  runCommand,
  certCommand,
  boardsCommand,
  newCommand,
  doctorCommand,
  flashCommand,
  eraseCommand,
  monitorCommand,
  uploadCommand,
  bindCommand,
];
