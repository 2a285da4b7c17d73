// Shared by the real-core check's modules.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const BOARD = "nodemcuv2";

export interface Program {
  /** Row name in the table. */
  name: string;
  entry: string;
}

export interface Row {
  program: string;
  compiles: string;
  same: string;
}

export function firstLine(text: string): string {
  return text.split("\n").map((l) => l.trim()).find((l) => l) ?? "";
}

export function firstError(log: string): string {
  const line = log.split("\n").find((l) => /error:|undefined reference|No such file/.test(l));
  return (line ?? log.split("\n").filter((l) => l.trim()).slice(-1)[0] ?? "").trim().slice(0, 200);
}
