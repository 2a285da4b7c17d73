// What the flash, erase and upload commands share (CLI side of flasher/): reading `[ADDRESS] FILE` arguments,
// building a .ts entry first (through the device builder, loaded lazily), opening a session on the chosen
// port (or on a simulated board for `--port sim`), and turning flasher errors into one-line user errors with
// the CLI's exit codes (2: the board or port, 3: verification failed).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { UserError } from "./user-error.js";
import { connect, type Session } from "../flasher/connect.js";
import { findPort, PortSelectionError } from "../flasher/ports.js";
import { LoaderError } from "../flasher/loader.js";
import { DisconnectedError, TimeoutError } from "../flasher/transport.js";
import { VerifyError, type FlashImage } from "../flasher/write.js";
import { RomEraseError } from "../flasher/targets/esp8266.js";
import { hardReset, type AfterReset, type BeforeReset } from "../flasher/reset.js";
import type { BuilderName } from "./project.js";

export interface PortOptions {
  port?: string;
  baud?: number;
  before?: BeforeReset;
  stub?: boolean;
  /** Where progress messages go (default: stderr). */
  log?: (line: string) => void;
}

export function parseAddress(text: string): number {
  const value = /^0x[0-9a-f]+$/i.test(text) ? parseInt(text, 16) : /^[0-9]+$/.test(text) ? parseInt(text, 10) : NaN;
  if (!Number.isFinite(value)) throw new UserError(`'${text}' is not an address (write it like 0x10000)`);
  return value;
}

const isAddress = (s: string) => /^(0x[0-9a-f]+|[0-9]+)$/i.test(s);

/** `FILE` (written at `defaultAddress`) or `ADDRESS FILE [ADDRESS FILE ...]` like esptool's write_flash. */
export function parseImageArgs(args: string[], defaultAddress: number): { address: number; file: string }[] {
  if (args.length === 1 && !isAddress(args[0]!)) return [{ address: defaultAddress, file: args[0]! }];
  if (args.length === 0 || args.length % 2 !== 0) throw new UserError("give a firmware file, or ADDRESS FILE pairs like: 0x0 boot.bin 0x10000 app.bin");
  const out: { address: number; file: string }[] = [];
  for (let i = 0; i < args.length; i += 2) {
    if (!isAddress(args[i]!)) throw new UserError(`'${args[i]}' is not an address: expected ADDRESS FILE pairs`);
    out.push({ address: parseAddress(args[i]!), file: args[i + 1]! });
  }
  return out;
}

export function readImage(file: string, address: number): FlashImage {
  if (!existsSync(file)) throw new UserError(`${file}: no such file`);
  const data = readFileSync(file);
  if (data.length === 0) throw new UserError(`${file} is empty`);
  return { address, data, name: file };
}

/** Builds a .ts entry with the device builder and returns firmware.bin and its ELF. */
export async function buildEntry(entry: string, board: string, builder: BuilderName, outDir: string): Promise<{ bin: string; elf: string }> {
  if (!existsSync(entry)) throw new UserError(`${entry}: no such file`);
  const { buildFirmware } = await import("../builders/device.js");
  const { printDiagnostics } = await import("./compile-entry.js");
  console.error(`Building ${entry} for ${board}...`);
  const built = await buildFirmware({ entry: resolve(entry), board, builder, outDir: resolve(outDir) });
  printDiagnostics(built.warnings);
  for (const line of built.report) console.error(line);
  return { bin: built.bin, elf: built.elf };
}

export interface OpenedSession {
  session: Session;
  close(): Promise<void>;
}

/** Connects to the board on `--port` (auto-detected when absent; `sim` starts a simulated board). */
export async function openSession(options: PortOptions): Promise<OpenedSession> {
  let stopSim: (() => Promise<void>) | undefined;
  let port: string;
  try {
    if (options.port === "sim" || options.port?.startsWith("sim:")) {
      const { SimulatedBoard } = await import("../simulator/board.js");
      const flashFile = options.port.startsWith("sim:") ? options.port.slice(4) : "sim-flash.bin";
      // TSDUINO_SIM_FAULTS='{"spiWriteFail":{"op":17,"nth":2}}' injects faults (see simulator/faults.ts).
      const faults = process.env.TSDUINO_SIM_FAULTS ? JSON.parse(process.env.TSDUINO_SIM_FAULTS) : undefined;
      const debug = process.env.TSDUINO_SIM_DEBUG ? (line: string) => console.error(line) : undefined;
      const board = await SimulatedBoard.start({ flashFile, faults, throttle: process.env.TSDUINO_SIM_THROTTLE === "1", debug });
      (options.log ?? console.error)(`Simulated ESP8266 on ${board.hostPath} (flash kept in ${flashFile})`);
      port = board.hostPath;
      stopSim = () => board.stop();
    } else port = await findPort(options.port);
    const session = await connect({ port, baud: options.baud, before: options.before, stub: options.stub, log: options.log ?? ((l) => console.error(l)) });
    return {
      session,
      close: async () => {
        await session.close();
        await stopSim?.();
      },
    };
  } catch (e) {
    await stopSim?.();
    throw toUserError(e, options.port);
  }
}

export async function finish(opened: OpenedSession, after: AfterReset, log: (line: string) => void = (l) => console.error(l)): Promise<void> {
  const { transport } = opened.session;
  if (after === "hard_reset" && transport.isOpen) {
    await hardReset(transport);
    log(transport.hasModemLines ? "Hard resetting via RTS pin..." : "This port has no DTR/RTS lines: press RESET on the board to start the firmware.");
  }
  await opened.close();
}

/** Flasher failures are the user's to act on: one clear line, no stack trace. */
export function toUserError(e: unknown, port?: string): unknown {
  if (e instanceof UserError) return e;
  if (e instanceof VerifyError || e instanceof LoaderError || e instanceof RomEraseError || e instanceof PortSelectionError || e instanceof TimeoutError || e instanceof DisconnectedError) {
    return new UserError(e.message, e instanceof VerifyError ? 3 : 2);
  }
  const message = (e as Error)?.message ?? String(e);
  if (/Cannot lock port|Resource temporarily unavailable/i.test(message)) {
    return new UserError(`${port ?? "the serial port"} is in use by another program (a serial monitor?): close it and try again`, 2);
  }
  if (/No such file|ENOENT|cannot open|Permission denied|EACCES|Error Resource busy/i.test(message)) {
    return new UserError(`cannot open ${port ?? "the serial port"}: ${message.replace(/^Error: /, "")}`, 2);
  }
  return e;
}
