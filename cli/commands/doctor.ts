// `tsduino doctor`: checks everything tsduino uses on this machine and prints one line per check with the
// fix when something is missing: Node, host g++, BearSSL headers, xtensa-lx106-elf-g++, arduino-cli with its
// ESP8266 core and WebSockets library, PlatformIO, USB serial ports and the permission to open them.
// Exits 1 when the host build cannot work or no device builder is usable.
import { accessSync, constants, existsSync, readdirSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import type { CommandModule } from "yargs";
import { ARDUINO_CLI_INSTALL, ESP8266_CORE_INSTALL, arduinoCliInventory, libraryInstallCommand } from "../../builders/arduino-cli.js";
import { PIO_INSTALL, findPio } from "../../builders/pio.js";
import { ESP8266_PLATFORM } from "../../builders/project-files.js";
import { findOnPath, runTool } from "../../builders/run-tool.js";

export type Status = "ok" | "missing" | "warn";

export interface Check {
  status: Status;
  what: string;
  detail: string;
  /** Needed for host builds (missing → exit 1). */
  essential?: boolean;
}

export const doctorCommand: CommandModule = {
  command: "doctor",
  describe: "Check the tools tsduino needs and say how to install what is missing",
  handler: async () => {
    const checks = await runChecks();
    for (const line of formatChecks(checks)) console.log(line);
    if (!doctorPassed(checks)) process.exitCode = 1;
  },
};

export function formatChecks(checks: Check[]): string[] {
  return checks.map((c) => `${c.status.padEnd(8)} ${c.what}: ${c.detail}`);
}

/** Host essentials present and at least one device builder (arduino-cli with core, or PlatformIO) usable. */
export function doctorPassed(checks: Check[]): boolean {
  if (checks.some((c) => c.essential && c.status === "missing")) return false;
  const ok = (what: string) => checks.some((c) => c.what === what && c.status === "ok");
  return (ok("arduino-cli") && ok("ESP8266 core")) || ok("PlatformIO");
}

const APT = "sudo apt-get install -y";

export async function runChecks(): Promise<Check[]> {
  const checks: Check[] = [];
  const major = Number(process.versions.node.split(".")[0]);
  checks.push(major >= 20
    ? { status: "ok", what: "Node.js", detail: `v${process.versions.node}`, essential: true }
    : { status: "missing", what: "Node.js", detail: `v${process.versions.node} is too old; tsduino needs Node 20 or newer: https://nodejs.org/ (or: nvm install 20)`, essential: true });

  checks.push(await toolCheck("host g++", "g++", ["--version"], `not found; run sketches on this PC needs it: ${APT} g++`, true));
  const bearssl = ["/usr/include/bearssl.h", "/usr/local/include/bearssl.h"].find((f) => existsSync(f));
  checks.push(bearssl
    ? { status: "ok", what: "BearSSL headers", detail: bearssl, essential: true }
    : { status: "missing", what: "BearSSL headers", detail: `bearssl.h not found; wss:// on this PC needs it: ${APT} libbearssl-dev`, essential: true });
  checks.push(await toolCheck("xtensa-lx106-elf-g++", "xtensa-lx106-elf-g++", ["--version"],
    `not found; the ESP8266 CPU checks and lx106 runs need it: ${APT} gcc-xtensa-lx106 binutils-xtensa-lx106 picolibc-xtensa-lx106-elf`));

  const cli = await toolCheck("arduino-cli", "arduino-cli", ["version"], `not on the PATH (the default device builder); install: ${ARDUINO_CLI_INSTALL}`);
  checks.push(cli);
  const inventory = cli.status === "ok" ? await arduinoCliInventory() : undefined;
  if (!inventory) {
    checks.push({ status: "missing", what: "ESP8266 core", detail: `needs arduino-cli first, then: ${ESP8266_CORE_INSTALL}` });
    checks.push({ status: "missing", what: "WebSockets library", detail: `needs arduino-cli first, then: ${libraryInstallCommand("WebSockets")}` });
  } else {
    const unreadable = (what: string, cmd: string): Check =>
      ({ status: "warn", what, detail: `'arduino-cli ${cmd} --json' gave no readable answer; check with: arduino-cli ${cmd}` });
    checks.push(inventory.coreInstalled === undefined ? unreadable("ESP8266 core", "core list") : inventory.coreInstalled
      ? { status: "ok", what: "ESP8266 core", detail: `${ESP8266_PLATFORM} ${inventory.coreVersion ?? ""}`.trim() }
      : { status: "missing", what: "ESP8266 core", detail: `not installed in arduino-cli; install: ${ESP8266_CORE_INSTALL}` });
    checks.push(inventory.libraries === undefined ? unreadable("WebSockets library", "lib list") : inventory.libraries.includes("WebSockets")
      ? { status: "ok", what: "WebSockets library", detail: "installed in arduino-cli" }
      : { status: "missing", what: "WebSockets library", detail: `not installed in arduino-cli (needed by sketches that import "WebSocketsClient"); install: ${libraryInstallCommand("WebSockets")}` });
  }
  const pio = findPio();
  checks.push(pio
    ? await toolCheck("PlatformIO", pio, ["--version"], "")
    : { status: "missing", what: "PlatformIO", detail: `'pio' not on the PATH (optional builder, --builder pio); install: ${PIO_INSTALL}` });

  checks.push(...serialChecks());
  return checks;
}

async function toolCheck(what: string, command: string, args: string[], fix: string, essential = false): Promise<Check> {
  const path = command.includes("/") ? command : findOnPath(command);
  if (!path) return { status: "missing", what, detail: fix, essential };
  const r = await runTool(path, args);
  const first = (r.stdout || r.stderr).split("\n").find((l) => l.trim()) ?? "";
  if (r.code !== 0) return { status: "warn", what, detail: `${path} did not run ('${args.join(" ")}' exited ${r.code}): ${first}`, essential };
  return { status: "ok", what, detail: `${first.trim()} (${path})`, essential };
}

/** USB serial adapters (CP2102, CH340, FTDI → ttyUSB*; native USB → ttyACM*) and whether we may open them. */
function serialChecks(): Check[] {
  const ports = existsSync("/dev") ? readdirSync("/dev").filter((n) => /^tty(USB|ACM)\d+$/.test(n)).map((n) => `/dev/${n}`) : [];
  const user = userInfo().username;
  const checks: Check[] = [];
  if (ports.length === 0) {
    checks.push({ status: "warn", what: "serial ports", detail: "no /dev/ttyUSB* or /dev/ttyACM* found; plug the board in with a data USB cable (Linux has the CP210x/CH340 drivers built in)" });
  } else {
    checks.push({ status: "ok", what: "serial ports", detail: ports.join(", ") });
    for (const port of ports) {
      try {
        accessSync(port, constants.R_OK | constants.W_OK);
        checks.push({ status: "ok", what: `permission ${port}`, detail: `${user} can open it` });
      } catch {
        checks.push({ status: "missing", what: `permission ${port}`, detail: `${user} cannot open it; run: sudo usermod -aG dialout ${user}  (then log out and back in)` });
      }
    }
  }
  if (process.getuid?.() === 0) {
    checks.push({ status: "ok", what: "dialout group", detail: "running as root: every serial port can be opened" });
  } else {
    const inGroup = dialoutMembers().includes(user) || primaryGroupIsDialout();
    checks.push(inGroup
      ? { status: "ok", what: "dialout group", detail: `${user} is in 'dialout' (serial ports can be opened)` }
      : { status: "missing", what: "dialout group", detail: `${user} is not in 'dialout', so serial ports cannot be opened; run: sudo usermod -aG dialout ${user}  (then log out and back in)` });
  }
  return checks;
}

function dialoutMembers(): string[] {
  try {
    const line = readFileSync("/etc/group", "utf8").split("\n").find((l) => l.startsWith("dialout:"));
    return line ? line.split(":")[3]?.split(",").filter(Boolean) ?? [] : [];
  } catch {
    return [];
  }
}

function primaryGroupIsDialout(): boolean {
  try {
    const line = readFileSync("/etc/group", "utf8").split("\n").find((l) => l.startsWith("dialout:"));
    const gid = line ? Number(line.split(":")[2]) : NaN;
    return process.getgroups?.().includes(gid) ?? false;
  } catch {
    return false;
  }
}
