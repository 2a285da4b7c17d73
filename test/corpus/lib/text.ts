// Helper module for the multi-file corpus programs: string utilities, an enum and a module-level
// counter whose state is shared by every importer.
export enum Align {
  Left,
  Right,
}

let calls = 0;

export function pad(s: string, width: number, align: Align = Align.Left): string {
  calls++;
  return align === Align.Left ? s.padEnd(width, ".") : s.padStart(width, ".");
}

export function callCount(): number {
  return calls;
}

export function words(s: string): string[] {
  return s.split(" ").filter((w) => w.length > 0);
}
