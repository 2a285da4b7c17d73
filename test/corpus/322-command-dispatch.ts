// Commands received as JSON text, parsed into a declared type and dispatched on their `cmd` member.
interface Command {
  cmd: string;
  id: number;
  args: number[];
  target?: string;
}
interface Reply {
  id: number;
  ok: boolean;
  result: number;
  message: string;
}

const pins = new Map<number, number>();
function execute(c: Command): Reply {
  switch (c.cmd) {
    case "write":
      pins.set(c.args[0], c.args[1]);
      return { id: c.id, ok: true, result: c.args[1], message: `pin ${c.args[0]}` };
    case "read":
      return { id: c.id, ok: pins.has(c.args[0]), result: pins.get(c.args[0]) ?? -1, message: "" };
    case "sum": {
      let total = 0;
      for (const a of c.args) total += a;
      return { id: c.id, ok: true, result: total, message: c.target ?? "none" };
    }
    default:
      return { id: c.id, ok: false, result: 0, message: `unknown command '${c.cmd}'` };
  }
}

const inbox = [
  '{"cmd":"write","id":1,"args":[4,1]}',
  ' { "id" : 2 , "cmd" : "read" , "args" : [ 4 ] } ',
  '{"cmd":"read","id":3,"args":[5],"extra":{"nested":[1,2,{"x":"]"}]}}',
  '{"cmd":"sum","id":4,"args":[1.5,2.25,-0.75,1e2],"target":"acc"}',
  '{"cmd":"reboot","id":5,"args":[]}',
  '{"cmd":"sum","id":6,"args":[],"target":"\\ud83d\\ude00 \\t"}',
];
const replies: Reply[] = [];
for (const line of inbox) {
  const command = JSON.parse(line) as Command;
  const reply = execute(command);
  replies.push(reply);
  console.log(JSON.stringify(reply));
}
console.log(replies);
console.log(pins);
const last: Command = JSON.parse('{"cmd":"write","id":7,"args":[1,2,3,4,5,6,7,8,9,10,11,12]}');
console.log(last);
const broken = JSON.parse('{"cmd":"write","id":8,"args":[1,2,}') as Command;
console.log("not reached", broken);
