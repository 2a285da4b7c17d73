// A string where a class with no members is expected: TypeScript accepts it structurally, tsduino's handle
// cannot hold a string (mutant m-305-…-43000756 passed a `Command | string` as a `Command`).
class SetPin {
  constructor(public pin: number) {}
}
class Help {}
type Command = SetPin | Help;
function parse(line: string): Command | string {
  return line === "help" ? new Help() : line === "set" ? new SetPin(1) : `unknown '${line}'`;
}
function run(cmd: Command): string {
  return cmd instanceof SetPin ? `pin ${cmd.pin}` : "help";
}
console.log(run(/*@error TSD2340 a 'string | Command' where 'Command' is expected*/parse("frob")));
