// Running the real `tsduino` command line (node bin/tsduino.js ...) as a user would, from the repository
// root, and the helpers around its output.
import { runProcess, type ProcessResult } from "./process.js";
import { cliEntry, repoRoot } from "./paths.js";

export function runTsduino(args: string[], timeoutMs = 180_000): Promise<ProcessResult> {
  return runProcess(process.execPath, [cliEntry, ...args], { cwd: repoRoot, timeoutMs });
}

/** True when the text contains a Node stack-trace frame ("    at f (file:1:2)"): never allowed for user errors. */
export function hasStackTrace(text: string): boolean {
  return /^ {4}at /m.test(text);
}
