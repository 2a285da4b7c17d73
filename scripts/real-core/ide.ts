import type { Checkouts } from "./emulation.js";
import type { Program, Row } from "./common.js";
export async function arduinoBuilderCheck(_c: Checkouts, _work: string, _programs: Program[]): Promise<Row[]> { return []; }
