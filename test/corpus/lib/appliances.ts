// Helper module (corpus 588): an interface and a base class implementing it, which another file's classes
// extend while implementing interfaces of their own.
export interface Powered {
  readonly watts: number;
  power(on: boolean): string;
}

export interface Scheduled {
  at: number;
  due(now: number): boolean;
}

export class Appliance implements Powered {
  protected running = false;
  constructor(readonly name: string, readonly watts: number) {}
  power(on: boolean): string {
    this.running = on;
    return `${this.name} ${on ? "on" : "off"}`;
  }
}

export function totalWatts(items: readonly Powered[]): number {
  return items.reduce((sum, p) => sum + p.watts, 0);
}
