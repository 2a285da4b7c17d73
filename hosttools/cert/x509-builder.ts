// A minimal X.509 v3 certificate builder over Node's crypto (which can sign but cannot issue certificates):
// DER-encodes a TBSCertificate (subject/issuer CN, validity dates, EC P-256 key, basicConstraints, keyUsage,
// subjectAltName, key identifiers), signs it with ECDSA-SHA256 and returns PEM. Used for throw-away CAs and
// server certificates by `npm run demo`, the tests and the benchmark; never for anything long-lived.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isIP } from "node:net";

export interface IssuedCert {
  certPem: string;
  keyPem: string;
  certDer: Buffer;
  privateKey: KeyObject;
  publicKeySpki: Buffer;
  subjectCn: string;
}

export interface CertOptions {
  commonName: string;
  organization?: string;
  /** DNS names and IP addresses for subjectAltName (leaf certificates). */
  altNames?: string[];
  isCa?: boolean;
  /** basicConstraints pathLenConstraint of a CA. */
  pathLength?: number;
  notBefore?: Date;
  notAfter?: Date;
  /** The issuing CA; omitted = self-signed. */
  issuer?: IssuedCert;
}

// ---- DER primitives ----
function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}
const seq = (...c: Buffer[]) => tlv(0x30, ...c);
const set = (...c: Buffer[]) => tlv(0x31, ...c);
const explicit = (n: number, ...c: Buffer[]) => tlv(0xa0 + n, ...c);
const octets = (b: Buffer) => tlv(0x04, b);
const bitString = (b: Buffer) => tlv(0x03, Buffer.from([0]), b);
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
function integer(b: Buffer): Buffer {
  let v = b;
  while (v.length > 1 && v[0] === 0 && (v[1] & 0x80) === 0) v = v.subarray(1);
  if (v[0] & 0x80) v = Buffer.concat([Buffer.from([0]), v]);
  return tlv(0x02, v);
}
function oid(dotted: string): Buffer {
  const parts = dotted.split(".").map(Number);
  const bytes = [parts[0] * 40 + parts[1]];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}
function time(d: Date): Buffer {
  const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "");
  const year = d.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(0x17, Buffer.from(digits.slice(2) + "Z", "latin1"));
  return tlv(0x18, Buffer.from(digits + "Z", "latin1"));
}
function name(cn: string, org?: string): Buffer {
  const rdns = [];
  if (org) rdns.push(set(seq(oid("2.5.4.10"), tlv(0x0c, Buffer.from(org, "utf8")))));
  rdns.push(set(seq(oid("2.5.4.3"), tlv(0x0c, Buffer.from(cn, "utf8")))));
  return seq(...rdns);
}
function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical ? seq(oid(id), bool(true), octets(value)) : seq(oid(id), octets(value));
}
function ipBytes(ip: string): Buffer {
  if (isIP(ip) === 4) return Buffer.from(ip.split(".").map(Number));
  const [head, tail = ""] = ip.split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  return Buffer.from(groups.flatMap((g) => { const v = parseInt(g, 16); return [v >> 8, v & 0xff]; }));
}

const ECDSA_SHA256 = seq(oid("1.2.840.10045.4.3.2"));

/** Issues a certificate with a fresh EC P-256 key. */
export function issueCertificate(options: CertOptions): IssuedCert {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const spki = publicKey.export({ type: "spki", format: "der" });
  const notBefore = options.notBefore ?? new Date(Date.now() - 60 * 60 * 1000);
  const notAfter = options.notAfter ?? new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  const issuer = options.issuer;
  const subjectName = name(options.commonName, options.organization);
  const issuerName = issuer ? extractSubject(issuer.certDer) : subjectName;
  // subjectPublicKey bit string content (skip the SPKI algorithm): last 65 bytes for P-256.
  const keyId = createHash("sha1").update(spki.subarray(spki.length - 65)).digest();
  const issuerKeyId = issuer
    ? createHash("sha1").update(issuer.publicKeySpki.subarray(issuer.publicKeySpki.length - 65)).digest()
    : keyId;
  const extensions = [
    extension("2.5.29.19", true, options.isCa ? seq(bool(true), ...(options.pathLength === undefined ? [] : [integer(Buffer.from([options.pathLength]))])) : seq()),
    // keyUsage: CA → keyCertSign + cRLSign; leaf → digitalSignature.
    extension("2.5.29.15", true, options.isCa ? tlv(0x03, Buffer.from([1, 0x06])) : tlv(0x03, Buffer.from([7, 0x80]))),
    extension("2.5.29.14", false, octets(keyId)),
    extension("2.5.29.35", false, seq(tlv(0x80, issuerKeyId))),
  ];
  if (options.altNames?.length) {
    const names = options.altNames.map((n) => (isIP(n) ? tlv(0x87, ipBytes(n)) : tlv(0x82, Buffer.from(n, "latin1"))));
    extensions.push(extension("2.5.29.17", false, seq(...names)));
  }
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    ECDSA_SHA256,
    issuerName,
    seq(time(notBefore), time(notAfter)),
    subjectName,
    spki,
    explicit(3, seq(...extensions)),
  );
  const signature = sign("sha256", tbs, issuer ? issuer.privateKey : privateKey);
  const certDer = seq(tbs, ECDSA_SHA256, bitString(signature));
  return {
    certPem: toPem(certDer),
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    certDer,
    privateKey,
    publicKeySpki: spki,
    subjectCn: options.commonName,
  };
}

export function toPem(der: Buffer): string {
  const b64 = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

// Reads one DER element header at `offset`: [tag, contentStart, contentEnd].
function element(der: Buffer, offset: number): [number, number, number] {
  const tag = der[offset];
  let len = der[offset + 1];
  let start = offset + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + der[start + i];
    start += count;
  }
  return [tag, start, start + len];
}

/** The raw DER subject Name of a certificate (used as the issuer of the certificates it signs). */
export function extractSubject(certDer: Buffer): Buffer {
  const [, certStart] = element(certDer, 0);
  const [, tbsStart] = element(certDer, certStart);
  let offset = tbsStart;
  // version [0], serial, signature alg, issuer, validity, subject
  const fields: Array<[number, number, number]> = [];
  for (let i = 0; i < 6; i++) {
    const e = element(certDer, offset);
    fields.push([offset, e[1], e[2]]);
    offset = e[2];
  }
  const [subjectOffset, , subjectEnd] = fields[5];
  return certDer.subarray(subjectOffset, subjectEnd);
}
