// Numeric enums: automatic and explicit values, arithmetic on members, comparisons and use in a switch.
enum Direction {
  Up,
  Down,
  Left = 10,
  Right,
}
enum Flags {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
}
console.log(Direction.Up, Direction.Down, Direction.Left, Direction.Right);
const perms = Flags.Read | Flags.Exec;
console.log(perms, (perms & Flags.Write) !== 0, (perms & Flags.Exec) !== 0, Flags.None);
function turn(d: Direction): Direction {
  switch (d) {
    case Direction.Up:
      return Direction.Right;
    case Direction.Right:
      return Direction.Down;
    case Direction.Down:
      return Direction.Left;
    default:
      return Direction.Up;
  }
}
let d = Direction.Up;
const path: number[] = [];
for (let i = 0; i < 5; i++) {
  path.push(d);
  d = turn(d);
}
console.log(path.join(" "), d === Direction.Right, d > Direction.Down);
