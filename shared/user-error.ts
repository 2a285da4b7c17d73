// An error caused by the user's input or environment (bad file, missing tool, wrong port, bad certificate).
// Library code throws it (or a subclass with a `code`); only cli/ prints its message — on one line, without a
// stack trace — and chooses the exit code (`exitCode`, 1 unless the thrower says otherwise).
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "UserError";
  }
}
