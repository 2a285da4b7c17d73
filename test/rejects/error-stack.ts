// An Error has a name and a message; Node's stack trace (and `cause`) has no equivalent on the board.
try {
  throw new Error("disk full");
} catch (e) {
  console.log((e as Error)./*@error TSD2264 stack*/stack ?? "");
}
