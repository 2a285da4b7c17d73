// Fault injection for the simulated board, keyed by opcode and occurrence so a test can say exactly which packet
// goes wrong: drop or corrupt a byte of the n-th packet of an op (as if the wire lost or flipped it), answer
// late, refuse a block with an error status, silently store a wrong byte in flash, or vanish mid-transfer.
export interface PacketFault {
  /** Opcode of the request the fault applies to (see flasher/protocol.ts Op). */
  op: number;
  /** 1-based occurrence of that opcode; with `times` the fault repeats on the following ones too. */
  nth: number;
  times?: number;
}

export interface Faults {
  /** One byte of the packet is lost on the wire (the frame no longer matches its length field). */
  dropByte?: PacketFault;
  /** One data byte of the packet is flipped (its checksum no longer matches). */
  corruptByte?: PacketFault;
  /** The answer to the packet is sent `delayMs` late. */
  lateAnswer?: PacketFault & { delayMs: number };
  /** The board answers the packet with an error status (flash write error). */
  refuse?: PacketFault;
  /** The flash stores one wrong byte of the data of this packet (a bad flash cell). */
  badFlashCell?: PacketFault;
  /** The board disappears (the pty pair is torn down) when the packet arrives. */
  disconnect?: PacketFault;
}

export function faultApplies(fault: PacketFault | undefined, op: number, count: number): boolean {
  if (!fault || fault.op !== op) return false;
  return count >= fault.nth && count < fault.nth + (fault.times ?? 1);
}
