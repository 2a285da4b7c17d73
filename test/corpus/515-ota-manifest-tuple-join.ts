// Was finding mix-tuple-array-method-gpp (session 5 fix: array methods that read a tuple whose elements share one type (join, map)).
// An OTA update check: the manifest is JSON (records, arrays, optional members), versions compared as
// tuples parsed by a regex, the candidate chosen with findLast; an invalid version string throws a
// VersionError caught per entry; the decision is printed with console.log and JSON.
// (Members in the order the JSON text writes them: tsduino prints a record in declaration order.)
interface Release { version: string; url: string; size: number; channel: "stable" | "beta"; minBoot?: string }
interface Manifest { device: string; releases: Release[] }
type Version = [major: number, minor: number, patch: number];

interface Decision { device: string; newest: Release }

class VersionError extends Error {
  name = "VersionError";
}

function parseVersion(v: string): Version {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(v);
  if (!m) throw new VersionError(`not a version: '${v}'`);
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? "0")];
}

function compare([a1, a2, a3]: Version, [b1, b2, b3]: Version): number {
  return a1 - b1 || a2 - b2 || a3 - b3;
}

const manifest = JSON.parse(`{
  "device": "esp8266-thermo",
  "releases": [
    {"version": "1.2.0", "url": "/fw/1.2.0.bin", "size": 301232, "channel": "stable"},
    {"version": "1.3", "url": "/fw/1.3.bin", "size": 305120, "channel": "stable", "minBoot": "1.1"},
    {"version": "1.4.0-rc1", "url": "/fw/1.4rc.bin", "size": 310000, "channel": "beta"},
    {"version": "v1.4.1", "url": "/fw/1.4.1.bin", "size": 312004, "channel": "beta", "minBoot": "1.3.2"}
  ]
}`) as Manifest;

const running = parseVersion("1.2.0");
const boot = parseVersion("1.3.0");
const valid: [Release, Version][] = [];
const bootOk = new Set<Release>();
for (const r of manifest.releases) {
  try {
    valid.push([r, parseVersion(r.version)]);
    if (compare(boot, parseVersion(r.minBoot ?? "0.0")) >= 0) bootOk.add(r);
  } catch (e) {
    if (e instanceof VersionError) console.log(`skip ${r.url}: ${e.message}`);
  }
}
for (const channel of ["stable", "beta"]) {
  const pick = valid.findLast(([r, v]) => (channel === "beta" || r.channel === "stable") && compare(v, running) > 0 && bootOk.has(r));
  if (pick) {
    const [{ url, size }, version] = pick;
    console.log(channel, version.join("."), url, `${(size / 1024).toFixed(1)} KB`);
  } else console.log(channel, "up to date");
}
console.log(valid.map(([r]) => r.version), manifest.releases.length);
console.log(manifest.releases[1]);
const decision: Decision = { device: manifest.device, newest: valid[valid.length - 1][0] };
console.log(JSON.stringify(decision));
class Gyro {
  constructor(public axes: [number, number, number]) {}
  magnitude(): string {
    return Math.sqrt(this.axes.map((a) => a * a).reduce((a, b) => a + b, 0)).toFixed(3);
  }
}
const g = new Gyro([3, -4, 12]);
console.log(g.magnitude(), g.axes.join("/"), g.axes.some((a) => a < 0), g.axes.indexOf(12), g.axes.slice(1));
