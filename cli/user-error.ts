// An error caused by the user's input or environment (bad file, missing tool, wrong port). The CLI prints
// its message on one line, without a stack trace, and exits with `exitCode`.
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "UserError";
  }
}
