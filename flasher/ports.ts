// Finding the board's serial port: the USB-serial adapters ESP8266 boards use, recognised by USB vendor:product
// id. serialport's list() needs udevadm on Linux; where it fails (containers, minimal systems) the same facts are
// read from /sys/class/tty/<tty>/device, whose USB interface's parent holds idVendor/idProduct.
import { existsSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { SerialPort } from "serialport";

export const KNOWN_ADAPTERS: Record<string, string> = {
  "1a86:7523": "CH340",
  "1a86:5523": "CH341",
  "1a86:55d4": "CH9102",
  "10c4:ea60": "CP210x",
  "0403:6001": "FTDI FT232R",
  "0403:6010": "FTDI FT2232",
  "0403:6014": "FTDI FT232H",
  "0403:6015": "FTDI FT231X",
  "067b:2303": "PL2303",
  "303a:1001": "Espressif USB-JTAG/serial",
};

export interface PortCandidate {
  path: string;
  vendorId?: string;
  productId?: string;
  /** Adapter name when the id is known. */
  adapter?: string;
}

export function describePort(p: PortCandidate): string {
  const id = p.vendorId && p.productId ? `${p.vendorId}:${p.productId}` : "no USB id";
  return `${p.path} (${p.adapter ?? "unknown adapter"}, ${id})`;
}

function withAdapter(p: PortCandidate): PortCandidate {
  const key = `${p.vendorId ?? ""}:${p.productId ?? ""}`.toLowerCase();
  return { ...p, vendorId: p.vendorId?.toLowerCase(), productId: p.productId?.toLowerCase(), adapter: KNOWN_ADAPTERS[key] };
}

/** USB serial ports seen in sysfs (`root` is "/" except in tests). */
export function listPortsFromSysfs(root = "/"): PortCandidate[] {
  const ttyDir = join(root, "sys/class/tty");
  if (!existsSync(ttyDir)) return [];
  const ports: PortCandidate[] = [];
  for (const name of readdirSync(ttyDir).sort()) {
    const device = join(ttyDir, name, "device");
    if (!existsSync(device)) continue;
    let dir: string;
    try {
      dir = realpathSync(device);
    } catch {
      continue;
    }
    // Walk up from the interface (or usb-serial port) to the USB device that carries the ids.
    let vendorId: string | undefined;
    let productId: string | undefined;
    for (let i = 0; i < 4 && dir.length > root.length; i++, dir = dirname(dir)) {
      const v = join(dir, "idVendor");
      if (existsSync(v)) {
        vendorId = readFileSync(v, "utf8").trim();
        productId = readFileSync(join(dir, "idProduct"), "utf8").trim();
        break;
      }
    }
    if (vendorId) ports.push(withAdapter({ path: join("/dev", name), vendorId, productId }));
  }
  return ports;
}

export async function listSerialPorts(): Promise<PortCandidate[]> {
  try {
    const listed = await SerialPort.list();
    const usb = listed.filter((p) => p.vendorId).map((p) => withAdapter({ path: p.path, vendorId: p.vendorId, productId: p.productId }));
    if (usb.length > 0) return usb;
  } catch {
    // udevadm missing or failing: sysfs below knows the same.
  }
  return listPortsFromSysfs();
}

export class PortSelectionError extends Error {}

/** The one port to use: the explicit one, or the single known adapter; otherwise a helpful error. */
export function choosePort(candidates: PortCandidate[]): PortCandidate {
  const known = candidates.filter((p) => p.adapter);
  if (known.length === 1) return known[0]!;
  if (known.length > 1) {
    throw new PortSelectionError(`several boards found: ${known.map(describePort).join(", ")}; choose one with --port`);
  }
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    throw new PortSelectionError(`several serial ports found: ${candidates.map(describePort).join(", ")}; choose one with --port`);
  }
  throw new PortSelectionError("no USB serial adapter found (CH340, CP210x, FTDI...): plug the board in or give --port");
}

export async function findPort(explicit?: string): Promise<string> {
  if (explicit) return explicit;
  return choosePort(await listSerialPorts()).path;
}
