// Fault injection for the simulated board, keyed by opcode and occurrence so a test can say exactly which packet
// goes wrong. On the wire towards the board: a byte of the request lost, or a data byte flipped (the packet's
// checksum no longer matches). On the way back: the answer lost, late or garbled. On the board: the flash
// chip failing a write (the stub's FAILED_SPI_OP, the ROM's flash write error), a bit flipping after the
// write (only an MD5 check finds it), or the board vanishing (unplugged).
export interface PacketFault {
  /** Opcode of the request the fault applies to (see simulator/packets.ts CMD). */
  op: number;
  /** 1-based occurrence of that opcode; with `times` the fault repeats on the following ones too. */
  nth: number;
  times?: number;
}

export interface Faults {
  /** One byte of the request is lost on the wire (the frame no longer matches its length field). */
  dropByte?: PacketFault;
  /** One payload byte of the request is flipped on the wire (its checksum no longer matches). */
  corruptByte?: PacketFault;
  /** The answer to the request never arrives. */
  dropAnswer?: PacketFault;
  /** The answer to the request is sent `delayMs` late. */
  lateAnswer?: PacketFault & { delayMs: number };
  /** The answer arrives garbled (a header byte flipped). */
  corruptAnswer?: PacketFault;
  /** Writing this data packet to the flash chip fails (SPI error). */
  spiWriteFail?: PacketFault;
  /** A bit of the data this packet wrote flips afterwards (a weak flash cell). */
  bitFlip?: PacketFault;
  /** The board disappears (the pty pair is torn down) when the packet arrives. */
  disconnect?: PacketFault;
}

export function faultApplies(fault: PacketFault | undefined, op: number, count: number): boolean {
  if (!fault || fault.op !== op) return false;
  return count >= fault.nth && count < fault.nth + (fault.times ?? 1);
}
