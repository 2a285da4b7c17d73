// Chooses the certificate a board should trust for an endpoint: the top-most CA of the presented chain, or,
// when the server does not send its root (the usual case), the issuer looked up in a root store (Node's
// bundled Mozilla roots, tls.rootCertificates). Also judges validity: expired → error, soon → warning.
import { X509Certificate } from "node:crypto";
import { rootCertificates } from "node:tls";
import { UserError } from "../../cli/user-error.js";

export interface PickedRoot {
  cert: X509Certificate;
  source: "sent by the server" | "Node's bundled Mozilla root store" | "the server certificate itself (self-signed)";
  warnings: string[];
}

const SOON_DAYS = 90;

function isSelfSigned(cert: X509Certificate): boolean {
  return cert.subject === cert.issuer && cert.checkIssued(cert) && cert.verify(cert.publicKey);
}

function findIssuer(cert: X509Certificate, store: readonly string[]): X509Certificate | undefined {
  for (const pem of store) {
    const candidate = new X509Certificate(pem);
    if (candidate.subject === cert.issuer && cert.checkIssued(candidate) && cert.verify(candidate.publicKey)) return candidate;
  }
  return undefined;
}

export function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function pickRoot(chain: X509Certificate[], display: string, store: readonly string[] = rootCertificates, now = new Date()): PickedRoot {
  const top = chain[chain.length - 1];
  let picked: PickedRoot;
  if (isSelfSigned(top)) {
    picked = { cert: top, source: chain.length === 1 ? "the server certificate itself (self-signed)" : "sent by the server", warnings: [] };
  } else {
    const issuer = findIssuer(top, store);
    if (!issuer) {
      throw new UserError(
        `${display} does not send its root CA and its issuer (${oneLine(top.issuer)}) is not in Node's root store; ask the server's operator for the root certificate`,
      );
    }
    picked = { cert: issuer, source: "Node's bundled Mozilla root store", warnings: [] };
  }
  const notAfter = new Date(picked.cert.validTo);
  if (notAfter.getTime() < now.getTime()) {
    throw new UserError(`the root CA of ${display} (${oneLine(picked.cert.subject)}) expired on ${day(notAfter)}; a board that trusts it cannot connect`);
  }
  const daysLeft = Math.floor((notAfter.getTime() - now.getTime()) / 86400000);
  if (daysLeft < SOON_DAYS) {
    picked.warnings.push(`the root CA of ${display} (${oneLine(picked.cert.subject)}) expires on ${day(notAfter)}, in ${daysLeft} days: plan a firmware update`);
  }
  const leafEnd = new Date(chain[0].validTo);
  if (leafEnd.getTime() < now.getTime()) picked.warnings.push(`the server certificate of ${display} expired on ${day(leafEnd)}: connections will fail until it is renewed`);
  return picked;
}

export function oneLine(dn: string): string {
  return dn.split("\n").filter(Boolean).join(", ");
}
