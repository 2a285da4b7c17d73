// Reset lines and port discovery. A pseudo-terminal cannot carry DTR/RTS, so the flasher talks to the simulated
// board through a binding that wraps the real one and records every set() call (with the flags serialport
// actually passes, defaults filled in) instead of forwarding it. Port detection reads a fake sysfs tree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SerialPort } from "serialport";
import type { BindingInterface } from "../flasher/transport.js";
import { connect } from "../flasher/connect.js";
import { hardReset } from "../flasher/reset.js";
import { choosePort, listPortsFromSysfs, PortSelectionError } from "../flasher/ports.js";
import { startTestBoard } from "../simulator/test-support.js";

interface SetOptions { dtr?: boolean; rts?: boolean; brk?: boolean; cts?: boolean; dsr?: boolean }
interface SetCall extends SetOptions { at: number }
type BindingPort = Awaited<ReturnType<BindingInterface["open"]>>;

function recordingBinding(calls: SetCall[]): BindingInterface {
  const real = SerialPort.binding;
  return {
    list: () => real.list(),
    open: async (options: Parameters<BindingInterface["open"]>[0]) => {
      const port: BindingPort = await real.open(options as never);
      return new Proxy(port, {
        get(target, prop, receiver) {
          if (prop === "set") return async (flags: SetOptions) => { calls.push({ ...flags, at: Date.now() }); };
          const value = Reflect.get(target, prop, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
  } as unknown as BindingInterface;
}

test("classic reset into the bootloader before syncing, hard reset afterwards, both lines always given", async () => {
  const tb = await startTestBoard({}, false);
  const calls: SetCall[] = [];
  try {
    const s = await connect({ port: tb.board.hostPath, stub: false, binding: recordingBinding(calls), connectAttempts: 1 });
    assert.equal(s.chip, "ESP8266EX");
    const resetCalls = calls.length;
    await hardReset(s.transport);
    await s.close();
    const lines = calls.map((c) => ({ dtr: c.dtr, rts: c.rts }));
    assert.deepEqual(lines.slice(0, resetCalls), [
      { dtr: false, rts: true },  // EN low: in reset, GPIO0 high
      { dtr: true, rts: false },  // EN released with GPIO0 low: ROM loader
      { dtr: false, rts: false }, // GPIO0 released
    ]);
    assert.deepEqual(lines.slice(resetCalls), [{ dtr: false, rts: true }, { dtr: false, rts: false }]);
    assert.ok(calls[1]!.at - calls[0]!.at >= 95, "EN held low for 100 ms");
    assert.ok(calls[2]!.at - calls[1]!.at >= 45, "GPIO0 held low for 50 ms after reset");
    // serialport fills unspecified flags with defaults (dtr/rts true): every call must carry both explicitly.
    for (const c of calls) assert.ok(typeof c.dtr === "boolean" && typeof c.rts === "boolean");
  } finally {
    await tb.cleanup();
  }
});

test("--before no_reset touches no line", async () => {
  const tb = await startTestBoard({}, false);
  const calls: SetCall[] = [];
  try {
    const s = await connect({ port: tb.board.hostPath, stub: false, before: "no_reset", binding: recordingBinding(calls) });
    await s.close();
    assert.equal(calls.length, 0);
  } finally {
    await tb.cleanup();
  }
});

test("ports from sysfs: USB ids found on the parent device, known adapters chosen, several listed", () => {
  const root = mkdtempSync(join(tmpdir(), "tsduino-sysfs-"));
  try {
    const addUsbTty = (tty: string, usb: string, vid: string, pid: string) => {
      const dev = join(root, "sys/devices/pci0000:00/usb1", usb);
      const iface = join(dev, `${usb}:1.0`, tty);
      mkdirSync(iface, { recursive: true });
      writeFileSync(join(dev, "idVendor"), `${vid}\n`);
      writeFileSync(join(dev, "idProduct"), `${pid}\n`);
      mkdirSync(join(root, "sys/class/tty", tty), { recursive: true });
      symlinkSync(iface, join(root, "sys/class/tty", tty, "device"));
    };
    mkdirSync(join(root, "sys/class/tty/ttyS0"), { recursive: true }); // no device link: not a USB port
    addUsbTty("ttyUSB0", "1-1", "1a86", "7523");
    let ports = listPortsFromSysfs(root);
    assert.deepEqual(ports, [{ path: "/dev/ttyUSB0", vendorId: "1a86", productId: "7523", adapter: "CH340" }]);
    assert.equal(choosePort(ports).path, "/dev/ttyUSB0");
    addUsbTty("ttyUSB1", "1-2", "10C4", "EA60");
    ports = listPortsFromSysfs(root);
    assert.equal(ports[1]!.adapter, "CP210x");
    assert.throws(() => choosePort(ports), (e: Error) => e instanceof PortSelectionError && /ttyUSB0 \(CH340.*ttyUSB1 \(CP210x.*--port/.test(e.message));
    assert.throws(() => choosePort([]), /no USB serial adapter found/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
