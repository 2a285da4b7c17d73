// Error classes written with field initialisers (`name = "WifiError"`, a fixed `message`), as many
// TypeScript code bases do, next to classes that set the name in the constructor.
class WifiError extends Error {
  name = "WifiError";
  retries = 0;
}
class AuthError extends WifiError {
  name = "AuthError";
  message = "wrong password";
}
class DhcpError extends WifiError {
  constructor(public seconds: number) {
    super(`no lease after ${seconds} s`);
    this.name = "DhcpError";
    this.retries = 3;
  }
}

function connect(step: number): string {
  switch (step) {
    case 0:
      return "192.168.1.20";
    case 1:
      throw new AuthError("ignored text");
    case 2:
      throw new DhcpError(30);
    default:
      throw new WifiError("radio off");
  }
}

for (let step = 0; step < 4; step++) {
  try {
    console.log("connected", connect(step));
  } catch (e) {
    if (e instanceof WifiError) {
      console.log(String(e), "| name:", e.name, "| retries:", e.retries, "| auth:", e instanceof AuthError);
    }
  }
}
const plain = new WifiError();
console.log(`[${String(plain)}] [${plain.message}]`);
