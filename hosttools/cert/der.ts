// Reads the two X.509 v3 extensions Node's X509Certificate does not expose but chain checking needs:
// basicConstraints (cA, pathLenConstraint) and keyUsage (the keyCertSign bit). A tiny DER walker over the
// certificate's TBSCertificate; anything it cannot parse reads as "extension absent".
import type { X509Certificate } from "node:crypto";

export interface CaExtensions {
  /** basicConstraints present. */
  hasBasicConstraints: boolean;
  isCa: boolean;
  /** pathLenConstraint, when given. */
  pathLength?: number;
  /** keyUsage present; then keyCertSign tells whether it may sign certificates. */
  hasKeyUsage: boolean;
  keyCertSign: boolean;
}

interface Element { tag: number; start: number; end: number; next: number }

function element(der: Buffer, offset: number): Element {
  const tag = der[offset];
  let len = der[offset + 1];
  let start = offset + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + der[start + i];
    start += count;
  }
  if (start + len > der.length) throw new RangeError("truncated DER");
  return { tag, start, end: start + len, next: start + len };
}

function children(der: Buffer, parent: Element): Element[] {
  const out: Element[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const e = element(der, offset);
    out.push(e);
    offset = e.next;
  }
  return out;
}

const OID_BASIC_CONSTRAINTS = "551d13"; // 2.5.29.19
const OID_KEY_USAGE = "551d0f"; // 2.5.29.15

export function caExtensions(cert: X509Certificate): CaExtensions {
  const result: CaExtensions = { hasBasicConstraints: false, isCa: false, hasKeyUsage: false, keyCertSign: false };
  try {
    const der = cert.raw;
    const tbs = children(der, element(der, 0))[0];
    const explicitExtensions = children(der, tbs).find((e) => e.tag === 0xa3);
    if (!explicitExtensions) return result;
    const list = children(der, explicitExtensions)[0];
    for (const ext of children(der, list)) {
      const [id, ...rest] = children(der, ext);
      const value = rest[rest.length - 1]; // OCTET STRING (after the optional critical BOOLEAN)
      const oid = der.subarray(id.start, id.end).toString("hex");
      const inner = element(der, value.start);
      if (oid === OID_BASIC_CONSTRAINTS) {
        result.hasBasicConstraints = true;
        for (const field of children(der, inner)) {
          if (field.tag === 0x01) result.isCa = der[field.start] !== 0;
          if (field.tag === 0x02) result.pathLength = der.subarray(field.start, field.end).reduce((n, b) => n * 256 + b, 0);
        }
      } else if (oid === OID_KEY_USAGE) {
        result.hasKeyUsage = true;
        // BIT STRING: first content byte = unused bits; keyCertSign is bit 5 (0x04 of the first byte).
        result.keyCertSign = inner.end - inner.start > 1 && (der[inner.start + 1] & 0x04) !== 0;
      }
    }
  } catch {
    // unparsable: report what was read so far
  }
  return result;
}
